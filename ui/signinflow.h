#pragma once

#include "workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Shahrvand::SyncClient {
class ApiClient;
struct ApiFailure;
} // namespace Shahrvand::SyncClient

namespace Shahrvand::Ui {

class SignInDialog;

struct SignInOptions
{
    // Where the users' caches live: QStandardPaths::AppDataLocation when empty.
    QString dataFolder;
    // Prefilled in the dialog (the --server option); a remembered user on another server
    // is then not started automatically.
    QString serverAddress;
    // Signs this user in without waiting for a click (the --user option with
    // SHAHRVAND_PASSWORD: the demo and scripted starts). The dialog is still shown,
    // filled in, so that a wrong password or an unreachable server is explained there.
    QString username;
    QString password;
    int requestTimeoutMs = 20'000;
    SyncClient::SyncOptions sync;
};

// From "who are you" to a Workspace: a remembered user starts straight away; otherwise
// the sign-in dialog asks, the server checks the password, and the user's cache is opened
// with its key (from the keychain, or unwrapped with the password, or a new one). When
// the server cannot be reached, a user who has a cache on this computer can open it with
// their password and work offline.
//
// Asynchronous: start() and then finished(); run() does both for main(). The flow must
// outlive the dialogs it shows; the store must outlive every workspace made here.
class SignInFlow final : public QObject
{
    Q_OBJECT

public:
    SignInFlow(Credentials::CredentialStore &store, SignInOptions options = {},
               QWidget *dialogParent = nullptr, QObject *parent = nullptr);
    ~SignInFlow() override;

    void start();
    // The workspace once finished() was emitted; null if the user cancelled.
    std::unique_ptr<Workspace> takeWorkspace();
    // start(), wait for finished(), takeWorkspace().
    std::unique_ptr<Workspace> run();

    // After the engine's signInNeeded() (or an offline start): the dialog, locked to the
    // workspace's server and user, asks for the password; on success the engine, the
    // cache's user and the keychain get the new session. Emits signedInAgain(). The
    // workspace must outlive the dialog.
    void signInAgain(Workspace &workspace, QWidget *parent = nullptr);
    // Forgets the refresh token (the next start asks for the password) and ends the
    // session on the server; the cache and its key stay, so the user can sign in again
    // or work offline. The caller closes the workspace afterwards.
    bool signOut(Workspace &workspace);

    // The dialog on screen, if any (tests and screenshots drive it).
    SignInDialog *dialog() const { return m_dialog; }

    // Keeps each renewed refresh token (a refresh token is good for one use) in the
    // store, for users who asked to be remembered. Done for every workspace made here;
    // the headless sync needs the same.
    static void keepRenewedSessions(Workspace &workspace);

signals:
    void dialogShown(Shahrvand::Ui::SignInDialog *dialog);
    void finished();
    void signedInAgain(bool signedIn);

private:
    struct Typed
    {
        QUrl server;
        QString account; // canonicalAccountName() of what was typed
        QString password;
        bool remember = false;
    };

    bool startRemembered();
    SignInDialog *createDialog(QWidget *parent);
    void showDialog();
    void signInFromDialog();
    void finish(std::unique_ptr<Workspace> workspace);
    std::optional<Typed> readDialog(bool needServer);
    void login(const Typed &typed, std::function<void(const SyncClient::Session &session)> signedIn,
               bool mayOfferOffline);
    void cancelLogin();

    void completeSignIn(const SyncClient::Session &session, const Typed &typed);
    void showFailure(const SyncClient::ApiFailure &failure, const Typed &typed,
                     bool mayOfferOffline);
    void workOffline();
    void completeSignInAgain(Workspace &workspace, const SyncClient::Session &session,
                             const Typed &typed);

    // Opens this user's cache with the key from the keychain or, failing that, the one
    // unwrapped with the password; a cache no key opens is removed and a new one made.
    // Shows the problem and returns nothing when the cache cannot be used at all.
    std::unique_ptr<Cache::LocalCache> openCache(const QString &path, const Typed &typed,
                                                 Cache::CacheKey *key);
    std::unique_ptr<Workspace> makeWorkspace(SyncClient::Session session,
                                             std::unique_ptr<Cache::LocalCache> cache,
                                             const Cache::CacheKey &key, const QString &path,
                                             bool offline);
    QString dataFolder() const;
    QString cachePath(const QUrl &server, const QString &account) const;
    void showCacheProblem(const Cache::CacheError &error);

    Credentials::CredentialStore &m_store;
    SignInOptions m_options;
    QPointer<QWidget> m_dialogParent;
    QPointer<SignInDialog> m_dialog;
    std::unique_ptr<SyncClient::ApiClient> m_api;
    std::unique_ptr<Workspace> m_workspace;
    bool m_finished = false;
    // Answers to an attempt the user has since cancelled or replaced are ignored.
    quint64 m_attempt = 0;
    // The key of each cache opened here, for "sign in again" when nothing is kept in a
    // keychain.
    QHash<QString, Cache::CacheKey> m_keys;
};

// The form in which the server compares user names and passwords (NFKC, Arabic yeh and
// kaf as Persian, Persian and Arabic-Indic digits as ASCII; user names also trimmed and
// in lower case), so that a cache opened offline is found and unlocked whichever keyboard
// layout the clerk types on. Mirrors Auth's canonical forms.
QString canonicalAccountName(const QString &username);
QString canonicalPassword(const QString &password);

} // namespace Shahrvand::Ui
