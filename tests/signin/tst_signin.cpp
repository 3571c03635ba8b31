// Signing in as a clerk does it: the real server on loopback with the small municipality
// of TestWorld, the sign-in dialog on the offscreen platform filled in and clicked, the
// real keychain (a private D-Bus session with an unlocked GNOME keyring, from
// tests/credentials/with-keychain.sh) and real encrypted cache files in a temporary folder.
#include "apiserver.h"
#include "appfonts.h"
#include "authroutes.h"
#include "clock.h"
#include "credentialstore.h"
#include "entityroutes.h"
#include "localization.h"
#include "passwordhasher.h"
#include "signindialog.h"
#include "signinflow.h"
#include "syncroutes.h"
#include "testenvironment.h"
#include "testworld.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Ui;

namespace {

const QString password = QStringLiteral("Shahrvand-1405");
constexpr int slow = 30'000; // Argon2id on both sides, in a debug build

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInThroughTheDialog();
    void wrongPasswordIsShownInTheDialog();
    void givenUserIsSignedInWithoutAClick();
    void givenWrongPasswordWaitsInTheDialog();
    void throttledSignInSaysWhenToTryAgain();
    void rememberMeStartsWithoutTheDialog();
    void offlineStartWithThePassword();
    void noOfflineOfferWithoutACache();
    void unreadableCacheIsKeptAside();
    void signInAgainRenewsTheSession();
    void signOutForgetsTheToken();
    void keychainLimitationIsShown();
    void keyboardAndAccessibility();
    void escapeCancels();
    void screenshots();

private:
    void startServer();
    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    std::unique_ptr<SignInFlow> makeFlow(Credentials::CredentialStore *store = nullptr,
                                         SignInOptions options = {});
    static void fill(SignInDialog *dialog, const QString &server, const QString &username,
                     const QString &typedPassword, bool remember);
    // Starts a flow, signs in through the dialog, and returns the workspace.
    std::unique_ptr<Workspace> signIn(const QString &username, bool remember);

    std::unique_ptr<Testing::TestWorld> w;
    SystemClock m_clock;
    std::unique_ptr<Server::ApiServer> m_server;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::CredentialStore> m_store;
};

void TestSignIn::initTestCase()
{
    Testing::isolateUserFolders();
    installApplicationFonts();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this suite through CTest (tests/credentials/"
              "with-keychain.sh), which starts one with an unlocked keyring");
}

void TestSignIn::init()
{
    static int run = 0;
    ++run;
    w = std::make_unique<Testing::TestWorld>();
    QVERIFY(w->isValid());
    const QString hash = Auth::PasswordHasher::hash(password).value();
    QSqlQuery query(w->database()->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE users SET password_hash = '%1'").arg(hash)));
    startServer();

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    // A service of its own per test: nothing one test keeps is seen by the next.
    m_store = Credentials::openCredentialStore(QStringLiteral("ShahrvandSignInTest%1").arg(run),
                                               *m_settings);
    QVERIFY2(m_store->isPersistent(), qPrintable(m_store->limitation()));
}

void TestSignIn::cleanup()
{
    m_server.reset();
    m_port = 0;
    w.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

void TestSignIn::startServer()
{
    Server::ApiServerOptions options;
    options.rateLimits.requestsPerSecond = 0;
    options.rateLimits.maxInFlight = 0;
    m_server = std::make_unique<Server::ApiServer>(m_clock, w->database(), options);
    Api::registerAuthRoutes(*m_server, w->database(), m_clock);
    Api::registerEntityRoutes(*m_server, w->database(), m_clock);
    Api::registerSyncRoutes(*m_server, w->database(), m_clock);
    const auto port = m_server->listen({QHostAddress(QHostAddress::LocalHost), m_port});
    QVERIFY(port.hasValue());
    m_port = *port;
}

std::unique_ptr<SignInFlow> TestSignIn::makeFlow(Credentials::CredentialStore *store,
                                                 SignInOptions options)
{
    options.dataFolder = m_dir->filePath(QStringLiteral("data"));
    options.requestTimeoutMs = slow;
    return std::make_unique<SignInFlow>(store ? *store : *m_store, options);
}

void TestSignIn::fill(SignInDialog *dialog, const QString &server, const QString &username,
                      const QString &typedPassword, bool remember)
{
    if (!dialog->serverField()->isReadOnly()) {
        dialog->serverField()->clear();
        QTest::keyClicks(dialog->serverField(), server);
        dialog->usernameField()->clear();
        QTest::keyClicks(dialog->usernameField(), username);
    }
    dialog->passwordField()->clear();
    QTest::keyClicks(dialog->passwordField(), typedPassword);
    dialog->rememberBox()->setChecked(remember);
}

std::unique_ptr<Workspace> TestSignIn::signIn(const QString &username, bool remember)
{
    auto flow = makeFlow();
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    flow->start();
    if (!flow->dialog()) {
        qWarning("no dialog");
        return nullptr;
    }
    fill(flow->dialog(), address(), username, password, remember);
    flow->dialog()->signInButton()->click();
    if (!finished.wait(slow) && finished.isEmpty()) {
        qWarning("sign-in did not finish: %s",
                 qPrintable(flow->dialog() ? flow->dialog()->errorText() : QString()));
        return nullptr;
    }
    return flow->takeWorkspace();
}

void TestSignIn::signInThroughTheDialog()
{
    auto flow = makeFlow();
    QSignalSpy shown(flow.get(), &SignInFlow::dialogShown);
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    flow->start();
    QCOMPARE(shown.size(), 1);
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->serverField()->text().isEmpty());
    QCOMPARE(dialog->passwordField()->echoMode(), QLineEdit::Password);

    fill(dialog, address(), QStringLiteral("Agent-A "), password, false);
    // Enter in the password field signs in.
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    QVERIFY(dialog->isBusy());
    QVERIFY(finished.wait(slow));
    QTRY_VERIFY(!flow->dialog()); // closed and deleted

    const auto workspace = flow->takeWorkspace();
    QVERIFY(workspace);
    QVERIFY(!workspace->startedOffline);
    QVERIFY(workspace->session.hasAccessToken());
    QCOMPARE(workspace->session.username, QStringLiteral("agent-a"));
    QCOMPARE(workspace->session.user.userId.value(), w->agentAId);
    QCOMPARE(workspace->credentials, m_store.get());
    QVERIFY(workspace->engine);

    // The cache is a file in the data folder, knows its user and can be opened offline.
    QCOMPARE(workspace->cachePath,
             Cache::LocalCache::pathFor(m_dir->filePath(QStringLiteral("data")), serverUrl(),
                                        QStringLiteral("agent-a")));
    QVERIFY(QFileInfo::exists(workspace->cachePath));
    QVERIFY(workspace->cache);
    QCOMPARE(workspace->cache->user()->username, QStringLiteral("agent-a"));
    QVERIFY(!Cache::LocalCache::wrappedKey(workspace->cachePath).isEmpty());

    // The key is in the keychain; without "remember me" the refresh token is not, and
    // nobody is remembered.
    const auto stored = m_store->load(serverUrl(), QStringLiteral("agent-a"));
    QVERIFY(stored);
    QVERIFY(stored->refreshToken.isEmpty());
    QVERIFY(Cache::CacheKey::fromHex(stored->cacheKeyHex));
    QVERIFY(!m_store->lastRemembered());
}

// The demo's start (scripts/start.sh): --server, --user and SHAHRVAND_PASSWORD.
void TestSignIn::givenUserIsSignedInWithoutAClick()
{
    SignInOptions options;
    options.serverAddress = address();
    options.username = QStringLiteral("Agent-A");
    options.password = password;
    auto flow = makeFlow(nullptr, options);
    QSignalSpy shown(flow.get(), &SignInFlow::dialogShown);
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    flow->start();
    // The dialog shows who is being signed in while the server is asked.
    QCOMPARE(shown.size(), 1);
    QVERIFY(flow->dialog()->isBusy());
    QCOMPARE(flow->dialog()->usernameField()->text(), QStringLiteral("Agent-A"));
    QVERIFY(finished.wait(slow));
    const auto workspace = flow->takeWorkspace();
    QVERIFY(workspace);
    QCOMPARE(workspace->session.user.userId.value(), w->agentAId);
    QVERIFY(!workspace->startedOffline);
    // Not remembered unless asked for: the keychain keeps no refresh token.
    QVERIFY(!m_store->lastRemembered());

    // The password is used once: the next start (after signing out) asks for it.
    flow->start();
    QVERIFY(flow->dialog());
    QVERIFY(!flow->dialog()->isBusy());
    QVERIFY(flow->dialog()->passwordField()->text().isEmpty());
    QCOMPARE(flow->dialog()->usernameField()->text(), QStringLiteral("Agent-A"));
    flow->dialog()->reject();
}

void TestSignIn::givenWrongPasswordWaitsInTheDialog()
{
    SignInOptions options;
    options.serverAddress = address();
    options.username = QStringLiteral("agent-a");
    options.password = QStringLiteral("not-the-password");
    auto flow = makeFlow(nullptr, options);
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    flow->start();
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), slow);
    QCOMPARE(dialog->errorText(), QStringLiteral("The user name or password is not correct."));
    QVERIFY(finished.isEmpty());
    QVERIFY(dialog->isVisible());
    fill(dialog, address(), QStringLiteral("agent-a"), password, false);
    dialog->signInButton()->click();
    QVERIFY(finished.wait(slow));
    QVERIFY(flow->takeWorkspace());
}

// A cache no key of this user opens (keychain emptied, password changed) is not deleted:
// it may hold edits never sent. It is kept aside and a new one is made.
void TestSignIn::unreadableCacheIsKeptAside()
{
    const QString path = Cache::LocalCache::pathFor(m_dir->filePath(QStringLiteral("data")),
                                                    serverUrl(), QStringLiteral("agent-a"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        auto other = Cache::LocalCache::open(path, Cache::CacheKey::generate());
        QVERIFY(other);
        QVERIFY((*other)->setMeta(QStringLiteral("marker"), QStringLiteral("old")));
    }
    const QByteArray oldBytes = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!oldBytes.isEmpty());

    const auto workspace = signIn(QStringLiteral("agent-a"), false);
    QVERIFY(workspace);
    QVERIFY(workspace->cache->meta(QStringLiteral("marker")).isEmpty()); // a new cache
    QStringList aside = QFileInfo(path).dir().entryList(
        {QFileInfo(path).fileName() + QStringLiteral(".unreadable-*")}, QDir::Files);
    // With its WAL and shared-memory files, if SQLite left them.
    aside.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    QCOMPARE(aside.size(), 1);
    QFile kept(QFileInfo(path).dir().filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), oldBytes);
}

void TestSignIn::wrongPasswordIsShownInTheDialog()
{
    auto flow = makeFlow();
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    flow->start();
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);

    fill(dialog, address(), QStringLiteral("agent-a"), QStringLiteral("not-the-password"), false);
    dialog->signInButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), slow);
    QCOMPARE(dialog->errorText(), QStringLiteral("The user name or password is not correct."));
    QVERIFY(finished.isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isOfflineOffered());
    // What was typed stays; the password is selected, ready to be typed again.
    QCOMPARE(dialog->usernameField()->text(), QStringLiteral("agent-a"));
    QCOMPARE(dialog->passwordField()->selectedText(), QStringLiteral("not-the-password"));

    // Empty fields are caught before asking the server.
    dialog->passwordField()->clear();
    dialog->signInButton()->click();
    QCOMPARE(dialog->errorText(), QStringLiteral("Enter your password."));
    QVERIFY(!dialog->isBusy());

    fill(dialog, address(), QStringLiteral("agent-a"), password, false);
    dialog->signInButton()->click();
    QVERIFY(dialog->errorText().isEmpty());
    QVERIFY(finished.wait(slow));
    QVERIFY(flow->takeWorkspace());
}

void TestSignIn::throttledSignInSaysWhenToTryAgain()
{
    auto flow = makeFlow();
    flow->start();
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    for (int attempt = 0; attempt < 6 && !dialog->errorText().contains(u"try again"); ++attempt) {
        fill(dialog, address(), QStringLiteral("agent-b"), QStringLiteral("wrong-password-1"),
             false);
        dialog->signInButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), slow);
    }
    QVERIFY2(dialog->errorText().contains(u"you can try again in"),
             qPrintable(dialog->errorText()));
    QVERIFY(!dialog->signInButton()->isEnabled());
    // Enter does not sign in while paused.
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    QVERIFY(!dialog->isBusy());
}

void TestSignIn::rememberMeStartsWithoutTheDialog()
{
    QString cachePath;
    {
        const auto workspace = signIn(QStringLiteral("agent-a"), true);
        QVERIFY(workspace);
        cachePath = workspace->cachePath;
        const auto stored = m_store->load(serverUrl(), QStringLiteral("agent-a"));
        QVERIFY(stored);
        QCOMPARE(stored->refreshToken, workspace->session.refreshToken);
        QCOMPARE(m_store->lastRemembered()->second, QStringLiteral("agent-a"));
        QCOMPARE(m_store->lastRemembered()->first, serverUrl());
    }

    // The next start: no dialog, the same cache, the refresh token ready for the engine.
    const QString oldToken = m_store->load(serverUrl(), QStringLiteral("agent-a"))->refreshToken;
    auto flow = makeFlow();
    QSignalSpy shown(flow.get(), &SignInFlow::dialogShown);
    const auto workspace = flow->run();
    QCOMPARE(shown.size(), 0);
    QVERIFY(workspace);
    QCOMPARE(workspace->cachePath, cachePath);
    QCOMPARE(workspace->session.refreshToken, oldToken);
    QVERIFY(!workspace->session.hasAccessToken());
    QCOMPARE(workspace->session.user.userId.value(), w->agentAId);

    // The engine's first cycle refreshes the session; the new refresh token (the old one
    // is spent) goes to the keychain.
    QSignalSpy renewed(workspace->engine.get(), &SyncClient::SyncEngine::sessionRenewed);
    workspace->engine->start();
    QVERIFY(renewed.wait(slow));
    const QString newToken = m_store->load(serverUrl(), QStringLiteral("agent-a"))->refreshToken;
    QVERIFY(!newToken.isEmpty());
    QVERIFY(newToken != oldToken);
    QCOMPARE(newToken, workspace->engine->session().refreshToken);
}

void TestSignIn::offlineStartWithThePassword()
{
    QString cachePath;
    {
        const auto workspace = signIn(QStringLiteral("agent-a"), false);
        QVERIFY(workspace);
        cachePath = workspace->cachePath;
    }
    m_server.reset(); // the network is down

    auto flow = makeFlow();
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    flow->start();
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    fill(dialog, address(), QStringLiteral("agent-a"), QStringLiteral("a-wrong-password"), false);
    dialog->signInButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), slow);
    QVERIFY2(dialog->errorText().contains(u"cannot be reached"), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isOfflineOffered());

    // Offline, the password is checked against the data on this computer.
    dialog->offlineButton()->click();
    QCOMPARE(dialog->errorText(), QStringLiteral("The password is not correct."));
    QVERIFY(finished.isEmpty());
    QVERIFY(dialog->isOfflineOffered());

    fill(dialog, address(), QStringLiteral("agent-a"), password, false);
    dialog->offlineButton()->click();
    QVERIFY(finished.size() == 1 || finished.wait(slow));
    const auto workspace = flow->takeWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->startedOffline);
    QCOMPARE(workspace->cachePath, cachePath);
    QVERIFY(!workspace->session.hasAccessToken());
    QVERIFY(workspace->session.refreshToken.isEmpty());
    QCOMPARE(workspace->session.user.userId.value(), w->agentAId);
    QCOMPARE(workspace->session.user.username, QStringLiteral("agent-a"));
    QVERIFY(workspace->cache);
    QVERIFY(workspace->engine);
}

void TestSignIn::noOfflineOfferWithoutACache()
{
    {
        const auto workspace = signIn(QStringLiteral("agent-a"), false);
        QVERIFY(workspace);
    }
    m_server.reset();
    auto flow = makeFlow();
    flow->start();
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    // agent-b never signed in on this computer: nothing to work on offline.
    fill(dialog, address(), QStringLiteral("agent-b"), password, false);
    dialog->signInButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), slow);
    QVERIFY(dialog->errorText().contains(u"cannot be reached"));
    QVERIFY(!dialog->isOfflineOffered());
}

void TestSignIn::signInAgainRenewsTheSession()
{
    {
        const auto workspace = signIn(QStringLiteral("agent-a"), false);
        QVERIFY(workspace);
    }
    // Start offline, then the server comes back and the user signs in again.
    m_server.reset();
    auto flow = makeFlow();
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    flow->start();
    fill(flow->dialog(), address(), QStringLiteral("agent-a"), password, true);
    flow->dialog()->signInButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->dialog()->isOfflineOffered(), slow);
    flow->dialog()->offlineButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, slow);
    const auto workspace = flow->takeWorkspace();
    QVERIFY(workspace && workspace->startedOffline);
    startServer();

    QSignalSpy again(flow.get(), &SignInFlow::signedInAgain);
    flow->signInAgain(*workspace);
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isAccountLocked());
    QVERIFY(dialog->serverField()->isReadOnly());
    QVERIFY(dialog->usernameField()->isReadOnly());
    QCOMPARE(dialog->usernameField()->text(), QStringLiteral("agent-a"));
    QTRY_VERIFY(dialog->passwordField()->hasFocus());

    fill(dialog, address(), QStringLiteral("agent-a"), QStringLiteral("wrong-again"), true);
    dialog->signInButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), slow);
    QCOMPARE(dialog->errorText(), QStringLiteral("The user name or password is not correct."));
    QVERIFY(again.isEmpty());

    fill(dialog, address(), QStringLiteral("agent-a"), password, true);
    dialog->signInButton()->click();
    QVERIFY(again.wait(slow));
    QCOMPARE(again.first().first().toBool(), true);
    QVERIFY(workspace->session.hasAccessToken());
    QCOMPARE(workspace->engine->session().accessToken, workspace->session.accessToken);
    const auto stored = m_store->load(serverUrl(), QStringLiteral("agent-a"));
    QVERIFY(stored);
    QCOMPARE(stored->refreshToken, workspace->session.refreshToken);
    QCOMPARE(m_store->lastRemembered()->second, QStringLiteral("agent-a"));
}

void TestSignIn::signOutForgetsTheToken()
{
    auto flow = makeFlow();
    {
        auto workspace = signIn(QStringLiteral("agent-a"), true);
        QVERIFY(workspace);
        const QString key = m_store->load(serverUrl(), QStringLiteral("agent-a"))->cacheKeyHex;
        QVERIFY(flow->signOut(*workspace));
        const auto stored = m_store->load(serverUrl(), QStringLiteral("agent-a"));
        QVERIFY(stored);
        QVERIFY(stored->refreshToken.isEmpty());
        QCOMPARE(stored->cacheKeyHex, key);
        QVERIFY(QFileInfo::exists(workspace->cachePath));
    }
    // The next start asks, with the server and user filled in.
    flow->start();
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->serverField()->text(), serverUrl().toString());
    QCOMPARE(dialog->usernameField()->text(), QStringLiteral("agent-a"));
    QTRY_VERIFY(dialog->passwordField()->hasFocus());
}

void TestSignIn::keychainLimitationIsShown()
{
    const auto memory = Credentials::memoryCredentialStore(
        QStringLiteral("No system keychain is available on this computer."));
    auto flow = makeFlow(memory.get());
    flow->start();
    SignInDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    const auto *notice = dialog->findChild<QLabel *>(QStringLiteral("signInNotice"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->text(), memory->limitation());
    QVERIFY(!dialog->rememberBox()->isEnabled());
    QVERIFY(!dialog->remember());

    // Signing in still works; the key is kept for this run only.
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    fill(dialog, address(), QStringLiteral("agent-b"), password, false);
    dialog->signInButton()->click();
    QVERIFY(finished.wait(slow));
    QVERIFY(flow->takeWorkspace());
    QVERIFY(memory->load(serverUrl(), QStringLiteral("agent-b")));
    QVERIFY(!m_store->load(serverUrl(), QStringLiteral("agent-b")));
}

void TestSignIn::keyboardAndAccessibility()
{
    SignInDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.serverField());
    // Tab goes through the fields in reading order, then to Sign in.
    const QList<QWidget *> order{dialog.serverField(), dialog.usernameField(),
                                 dialog.passwordField(), dialog.rememberBox(),
                                 dialog.signInButton()};
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), order[i]);
    }
    QVERIFY(dialog.signInButton()->isDefault());
    for (QWidget *widget : {static_cast<QWidget *>(dialog.serverField()),
                            static_cast<QWidget *>(dialog.usernameField()),
                            static_cast<QWidget *>(dialog.passwordField()),
                            static_cast<QWidget *>(dialog.rememberBox())}) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), widget->metaObject()->className());
    }
    // The password is never shown.
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("secret"));
    QCOMPARE(QAccessible::queryAccessibleInterface(dialog.passwordField())
                 ->text(QAccessible::Value)
                 .contains(u"secret"),
             false);
}

void TestSignIn::escapeCancels()
{
    auto flow = makeFlow();
    QSignalSpy finished(flow.get(), &SignInFlow::finished);
    flow->start();
    QVERIFY(flow->dialog());
    QTest::keyClicks(flow->dialog()->serverField(), address());
    QTest::keyClick(flow->dialog()->serverField(), Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!flow->takeWorkspace());
}

void TestSignIn::screenshots()
{
    const QDir artifacts = Testing::artifactDirectory();
    QSettings settings(m_dir->filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    Localization localization(settings);
    for (const Language language : {Language::Persian, Language::English}) {
        localization.applyWithoutSaving(language);
        const QString code = languageCode(language);

        SignInDialog plain;
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QCOMPARE(plain.layoutDirection(), layoutDirectionFor(language));
        QVERIFY(plain.grab().save(artifacts.filePath(QStringLiteral("signin-%1.png").arg(code))));

        SignInDialog offline;
        offline.setServerAddress(QStringLiteral("crm.example.ir"));
        offline.setUsername(QStringLiteral("agent-a"));
        offline.passwordField()->setText(password);
        offline.setKeychainLimitation(Credentials::memoryCredentialStore()->limitation());
        offline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&offline));
        offline.offerOffline(SignInFlow::tr("The server cannot be reached. Check the address and "
                                            "the network connection.") +
                             u' ' +
                             SignInFlow::tr("Your data from your last sign-in is on this "
                                            "computer: you can work offline, and your changes "
                                            "are sent when the server can be reached again."));
        QVERIFY(offline.grab().save(
            artifacts.filePath(QStringLiteral("signin-offline-%1.png").arg(code))));

        SignInDialog throttled;
        throttled.lockAccount(QUrl(QStringLiteral("https://crm.example.ir")),
                              QStringLiteral("agent-a"));
        throttled.show();
        QVERIFY(QTest::qWaitForWindowExposed(&throttled));
        throttled.showThrottled(95);
        QVERIFY(throttled.grab().save(
            artifacts.filePath(QStringLiteral("signin-again-throttled-%1.png").arg(code))));
        // Nothing is cut off: every label fits its text.
        for (const auto *label : throttled.findChildren<QLabel *>())
            if (label->isVisible() && !label->wordWrap())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
