#include "signindialog.h"

#include "jalalidate.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

// Messages stand out from the form without shouting; the same colours in both languages.
const auto panelStyle = QStringLiteral(
    "QLabel#signInError { color: #8c1d18; background: #fdecea; border: 1px solid #f2b8b5;"
    " border-radius: 6px; padding: 8px 10px; }"
    "QLabel#signInNotice { color: #5b4300; background: #fff6db; border: 1px solid #f0d98c;"
    " border-radius: 6px; padding: 8px 10px; }"
    "QLabel#signInProgress { color: #3c4a5a; padding: 2px 2px; }"
    "QLabel#signInSubtitle { color: #5f6b7a; }"
    "QLineEdit:read-only { background: #eef1f4; color: #3c4a5a; }");

QString countdown(qint64 msLeft)
{
    const qint64 seconds = (std::max<qint64>(msLeft, 0) + 999) / 1000;
    const QString text = QStringLiteral("%1:%2")
                             .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return toLocalDigits(text);
}

} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/shahrvand.svg")));
    setStyleSheet(panelStyle);

    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/shahrvand.svg")).pixmap(QSize(48, 48)));
    m_icon->setFixedSize(48, 48);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("signInTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("signInSubtitle"));
    m_subtitle->setWordWrap(true);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    // An address reads left to right in either language.
    m_server->setLayoutDirection(Qt::LeftToRight);
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_server->setPlaceholderText(QStringLiteral("crm.example.ir"));
    m_server->setMinimumWidth(300);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("remember"));

    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_usernameLabel = new QLabel(this);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->hide();

    m_buttons = new QDialogButtonBox(this);
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    // Beside the box rather than in it: QDialogButtonBox shows every button it lays out.
    m_offline = new QPushButton(this);
    m_offline->setObjectName(QStringLiteral("workOffline"));
    m_offline->hide();
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    // Enter signs in from any field; only the flow decides when the dialog is done.
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_offline->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (!m_busy && !m_throttled)
            emit signInRequested();
    });
    connect(m_offline, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            emit workOfflineRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_offline);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);
    setMinimumWidth(460);

    setTabOrder(m_server, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_signIn);
    setTabOrder(m_signIn, m_offline);
    setTabOrder(m_offline, m_cancel);

    m_throttleTimer = new QTimer(this);
    m_throttleTimer->setInterval(1000);
    connect(m_throttleTimer, &QTimer::timeout, this, &SignInDialog::updateThrottle);

    for (QLineEdit *field : {m_server, m_username, m_password})
        connect(field, &QLineEdit::textEdited, this, &SignInDialog::updateEnabled);

    retranslate();
    updateEnabled();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::retranslate()
{
    setWindowTitle(m_locked ? tr("Sign in again") : tr("Sign in to Shahrvand"));
    m_title->setText(tr("Shahrvand"));
    m_subtitle->setText(m_locked ? tr("Your session on the server has ended. Enter your password "
                                      "to carry on; your work on this computer is kept.")
                                 : tr("Citizen relationship management. Sign in with the account "
                                      "your organisation gave you."));
    m_serverLabel->setText(tr("&Server address:"));
    m_usernameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember me on this computer"));
    m_remember->setToolTip(
        tr("Start without asking for the password next time. Your sign-in is kept in the "
           "system keychain, never in a plain file."));
    m_signIn->setText(tr("&Sign in"));
    m_offline->setText(tr("Work &offline"));
    m_offline->setToolTip(tr("Open the data saved on this computer; your changes are sent "
                             "to the server when it can be reached again."));
    m_cancel->setText(tr("Cancel"));
    m_progress->setText(tr("Signing in…"));

    m_server->setAccessibleName(tr("Server address"));
    m_server->setAccessibleDescription(tr("The address of your organisation's Shahrvand "
                                          "server, for example crm.example.ir"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setAccessibleName(tr("Remember me on this computer"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_notice->setAccessibleName(tr("Keychain notice"));
    if (m_throttled)
        updateThrottle();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::showEvent(QShowEvent *event)
{
    fitToContents();
    QDialog::showEvent(event);
    focusFirstEmptyField();
}

void SignInDialog::fitToContents()
{
    // Word-wrapped messages need a height for the dialog's width; a top-level window does
    // not ask its layout for one by itself, so messages would be cut off.
    layout()->activate();
    const int width = std::max(this->width(), minimumSizeHint().width());
    const int height =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    resize(width, std::max(height, minimumSizeHint().height()));
}

void SignInDialog::focusFirstEmptyField()
{
    if (m_server->isEnabled() && !m_server->isReadOnly() && m_server->text().trimmed().isEmpty())
        m_server->setFocus(Qt::OtherFocusReason);
    else if (!m_username->isReadOnly() && m_username->text().trimmed().isEmpty())
        m_username->setFocus(Qt::OtherFocusReason);
    else
        m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setServerAddress(const QString &address)
{
    m_server->setText(address);
    updateEnabled();
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    updateEnabled();
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
    updateEnabled();
}

void SignInDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember && m_remember->isEnabled());
}

void SignInDialog::lockAccount(const QUrl &server, const QString &username)
{
    m_locked = true;
    m_server->setText(server.toString());
    m_username->setText(username);
    for (QLineEdit *field : {m_server, m_username}) {
        field->setReadOnly(true);
        field->setFocusPolicy(Qt::ClickFocus);
    }
    retranslate();
    updateEnabled();
}

void SignInDialog::setKeychainLimitation(const QString &limitation)
{
    m_limitation = limitation;
    m_notice->setText(limitation);
    m_notice->setVisible(!limitation.isEmpty());
    // Without a keychain nothing outlives this run, so "remember me" would be a promise
    // the workstation cannot keep.
    m_remember->setEnabled(limitation.isEmpty());
    if (!limitation.isEmpty())
        m_remember->setChecked(false);
    if (isVisible())
        fitToContents();
}

QString SignInDialog::serverAddress() const
{
    return m_server->text().trimmed();
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

bool SignInDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        m_offline->hide();
        m_error->hide();
    }
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_username),
                           static_cast<QWidget *>(m_password)})
        field->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_limitation.isEmpty());
    updateEnabled();
    if (isVisible())
        fitToContents();
    if (!busy && m_error->isHidden())
        focusFirstEmptyField();
}

void SignInDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (isVisible())
        fitToContents();
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void SignInDialog::showThrottled(int retryAfterSeconds)
{
    m_throttled = true;
    m_throttledUntil = QDeadlineTimer(std::max(retryAfterSeconds, 1) * 1000LL);
    m_throttleTimer->start();
    updateThrottle();
    updateEnabled();
}

void SignInDialog::updateThrottle()
{
    const qint64 left = m_throttledUntil.remainingTime();
    if (left <= 0) {
        m_throttled = false;
        m_throttleTimer->stop();
        clearError();
        updateEnabled();
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_error->setText(tr("Too many unsuccessful attempts with this user name. For your "
                        "account's safety, signing in is paused; you can try again in %1.")
                         .arg(countdown(left)));
    if (m_error->isHidden()) {
        m_error->show();
        if (isVisible())
            fitToContents();
        QAccessibleEvent alert(m_error, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void SignInDialog::offerOffline(const QString &message)
{
    showError(message);
    m_offline->show();
    if (isVisible())
        fitToContents();
    m_offline->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::clearError()
{
    m_error->clear();
    m_error->hide();
    m_offline->hide();
    if (isVisible())
        fitToContents();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SignInDialog::isOfflineOffered() const
{
    return !m_offline->isHidden();
}

void SignInDialog::updateEnabled()
{
    m_signIn->setEnabled(!m_busy && !m_throttled);
    m_offline->setEnabled(!m_busy);
}

} // namespace Shahrvand::Ui
