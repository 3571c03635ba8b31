#pragma once

#include <QDeadlineTimer>
#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Shahrvand::Ui {

// Asks who is signing in where: server address, user name, password and "remember me".
// It only collects and shows: pressing Sign in (or Enter) emits signInRequested() and the
// sign-in flow answers with accept(), showError() or offerOffline(). Problems are shown
// inside the dialog, in the user's language, and nothing typed is cleared by them.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServerAddress(const QString &address);
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    void setRemember(bool remember);
    // "Sign in again": the server and user are fixed, only the password is asked for.
    void lockAccount(const QUrl &server, const QString &username);
    // Why secrets are not kept between runs (CredentialStore::limitation()); empty hides
    // the notice. Without a keychain "remember me" cannot be offered.
    void setKeychainLimitation(const QString &limitation);

    QString serverAddress() const;
    QString username() const;
    QString password() const;
    bool remember() const;
    bool isAccountLocked() const { return m_locked; }

    // While the server is asked: fields and Sign in disabled, "Signing in…" shown.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A problem the user can fix, shown under the fields; focus goes to `field` if given.
    void showError(const QString &message, QWidget *field = nullptr);
    // Too many attempts: the error counts down and Sign in is disabled until it ends.
    void showThrottled(int retryAfterSeconds);
    // The server cannot be reached, but this user's data is on this computer.
    void offerOffline(const QString &message);
    void clearError();
    QString errorText() const;
    bool isOfflineOffered() const;

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *offlineButton() const { return m_offline; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void signInRequested();
    void workOfflineRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateThrottle();
    void updateEnabled();
    void focusFirstEmptyField();
    void fitToContents();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_offline = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_throttleTimer = nullptr;

    QString m_limitation;
    QDeadlineTimer m_throttledUntil{QDeadlineTimer::Forever};
    bool m_throttled = false;
    bool m_locked = false;
    bool m_busy = false;
};

} // namespace Shahrvand::Ui
