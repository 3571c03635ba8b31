// The credential store against the real Secret Service (a private D-Bus session with an
// unlocked GNOME keyring, set up by with-keychain.sh): secrets go to the keychain and only
// there; without a keychain they are kept in memory and the user is told why.
#include "credentialstore.h"
#include "testenvironment.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Credentials;

namespace {

const QString service = QStringLiteral("ShahrvandTest");
const QUrl serverA(QStringLiteral("https://crm.example.ir"));
const QUrl serverB(QStringLiteral("https://crm.tehran.example.ir:8443"));
// Recognizable, so that a copy anywhere on disk is found.
const QString tokenA = QStringLiteral("refresh-token-AAAA-0123456789abcdef");
const QString tokenB = QStringLiteral("refresh-token-BBBB-0123456789abcdef");
const QString keyA = QString(64, u'a');
const QString keyB = QStringLiteral("0123456789abcdef").repeated(4);

// The child process of noDBusFallsBackToMemory: runs with no reachable session bus.
constexpr char childVariable[] = "SHAHRVAND_CREDENTIALS_CHILD_SETTINGS";

int runWithoutKeychain(const QString &settingsPath)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    QElapsedTimer timer;
    timer.start();
    const auto store = openCredentialStore(service, settings);
    const qint64 elapsed = timer.elapsed();
    QJsonObject answer{{QStringLiteral("persistent"), store->isPersistent()},
                       {QStringLiteral("limitation"), store->limitation()},
                       {QStringLiteral("elapsed_ms"), elapsed}};
    const bool saved = store->save(serverA, QStringLiteral("agent-a"), {tokenA, keyA});
    const auto loaded = store->load(serverA, QStringLiteral("agent-a"));
    const auto other = store->load(serverA, QStringLiteral("agent-b"));
    answer.insert(QStringLiteral("round_trip"), saved && loaded && loaded->refreshToken == tokenA &&
                                                    loaded->cacheKeyHex == keyA && !other);
    answer.insert(QStringLiteral("remembered"),
                  store->setLastRemembered(serverA, QStringLiteral("agent-a")));
    const bool removed = store->remove(serverA, QStringLiteral("agent-a"));
    answer.insert(QStringLiteral("removed"),
                  removed && !store->load(serverA, QStringLiteral("agent-a")));
    std::fputs(QJsonDocument(answer).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keychainAnswers();
    void saveLoadRemoveRoundTrip();
    void secretIsInTheSecretService();
    void newerTokenReplacesOlder();
    void twoUsersAreSeparate();
    void twoServersAreSeparate();
    void serverAddressFormsNameOneEntry();
    void lastRememberedSurvivesARestart();
    void settingsHoldNoSecret();
    void noDBusFallsBackToMemory_data();
    void noDBusFallsBackToMemory();
    void memoryStoreForgetsAtExit();

private:
    std::unique_ptr<CredentialStore> openStore();

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<QSettings> m_settings;
};

void TestCredentials::initTestCase()
{
    Testing::isolateUserFolders();
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this suite through CTest (tests/credentials/"
              "with-keychain.sh), which starts one with an unlocked keyring");
}

void TestCredentials::init()
{
    static int run = 0;
    m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run));
    m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
}

void TestCredentials::cleanup()
{
    // Leave the keyring empty for the next test.
    const auto store = openStore();
    for (const QUrl &server : {serverA, serverB})
        for (const QString &user : {QStringLiteral("agent-a"), QStringLiteral("agent-b")})
            QVERIFY(store->remove(server, user));
    m_settings.reset();
}

std::unique_ptr<CredentialStore> TestCredentials::openStore()
{
    return openCredentialStore(service, *m_settings);
}

void TestCredentials::keychainAnswers()
{
    QElapsedTimer timer;
    timer.start();
    const auto store = openStore();
    QVERIFY2(store->isPersistent(), qPrintable(store->limitation()));
    QVERIFY(store->limitation().isEmpty());
    QVERIFY2(timer.elapsed() < 3000, "the probe of a working keychain should be quick");
}

void TestCredentials::saveLoadRemoveRoundTrip()
{
    const auto store = openStore();
    QVERIFY(store->isPersistent());
    QVERIFY(!store->load(serverA, QStringLiteral("agent-a")));
    QVERIFY(store->save(serverA, QStringLiteral("agent-a"), {tokenA, keyA}));

    // Another store (a later run of the program) reads it from the keychain.
    const auto later = openStore();
    const auto loaded = later->load(serverA, QStringLiteral("agent-a"));
    QVERIFY(loaded);
    QCOMPARE(loaded->refreshToken, tokenA);
    QCOMPARE(loaded->cacheKeyHex, keyA);

    // Without "remember me" only the cache key is kept.
    QVERIFY(later->save(serverA, QStringLiteral("agent-a"), {QString(), keyA}));
    const auto keyOnly = store->load(serverA, QStringLiteral("agent-a"));
    QVERIFY(keyOnly);
    QVERIFY(keyOnly->refreshToken.isEmpty());
    QCOMPARE(keyOnly->cacheKeyHex, keyA);

    QVERIFY(store->remove(serverA, QStringLiteral("agent-a")));
    QVERIFY(!later->load(serverA, QStringLiteral("agent-a")));
    // Removing what is not there is not a failure.
    QVERIFY(store->remove(serverA, QStringLiteral("agent-a")));
}

void TestCredentials::secretIsInTheSecretService()
{
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const auto store = openStore();
    QVERIFY(store->save(serverA, QStringLiteral("agent-a"), {tokenA, keyA}));

    // Ask the Secret Service directly, as another program on the desktop would.
    QProcess lookup;
    lookup.start(secretTool,
                 {QStringLiteral("lookup"), QStringLiteral("server"), service,
                  QStringLiteral("user"), credentialKey(serverA, QStringLiteral("agent-a"))});
    QVERIFY(lookup.waitForFinished(10'000));
    QCOMPARE(lookup.exitCode(), 0);
    const QJsonObject secret = QJsonDocument::fromJson(lookup.readAllStandardOutput()).object();
    QCOMPARE(secret.value(u"refresh_token").toString(), tokenA);
    QCOMPARE(secret.value(u"cache_key").toString(), keyA);
}

void TestCredentials::newerTokenReplacesOlder()
{
    const auto store = openStore();
    QVERIFY(store->save(serverA, QStringLiteral("agent-a"), {tokenA, keyA}));
    QVERIFY(store->save(serverA, QStringLiteral("agent-a"), {tokenB, keyA}));
    QCOMPARE(store->load(serverA, QStringLiteral("agent-a"))->refreshToken, tokenB);
}

void TestCredentials::twoUsersAreSeparate()
{
    const auto store = openStore();
    QVERIFY(store->save(serverA, QStringLiteral("agent-a"), {tokenA, keyA}));
    QVERIFY(store->save(serverA, QStringLiteral("agent-b"), {tokenB, keyB}));
    QCOMPARE(store->load(serverA, QStringLiteral("agent-a"))->refreshToken, tokenA);
    QCOMPARE(store->load(serverA, QStringLiteral("agent-b"))->refreshToken, tokenB);
    QCOMPARE(store->load(serverA, QStringLiteral("agent-b"))->cacheKeyHex, keyB);

    QVERIFY(store->remove(serverA, QStringLiteral("agent-a")));
    QVERIFY(!store->load(serverA, QStringLiteral("agent-a")));
    QCOMPARE(store->load(serverA, QStringLiteral("agent-b"))->refreshToken, tokenB);
}

void TestCredentials::twoServersAreSeparate()
{
    const auto store = openStore();
    QVERIFY(store->save(serverA, QStringLiteral("agent-a"), {tokenA, keyA}));
    QVERIFY(!store->load(serverB, QStringLiteral("agent-a")));
    QVERIFY(store->save(serverB, QStringLiteral("agent-a"), {tokenB, keyB}));
    QCOMPARE(store->load(serverA, QStringLiteral("agent-a"))->cacheKeyHex, keyA);
    QCOMPARE(store->load(serverB, QStringLiteral("agent-a"))->cacheKeyHex, keyB);

    QVERIFY(store->remove(serverB, QStringLiteral("agent-a")));
    QCOMPARE(store->load(serverA, QStringLiteral("agent-a"))->cacheKeyHex, keyA);
}

void TestCredentials::serverAddressFormsNameOneEntry()
{
    QCOMPARE(
        credentialKey(QUrl(QStringLiteral("https://CRM.Example.ir/")), QStringLiteral("agent-a")),
        credentialKey(serverA, QStringLiteral("agent-a")));
    QVERIFY(
        credentialKey(QUrl(QStringLiteral("http://crm.example.ir")), QStringLiteral("agent-a")) !=
        credentialKey(serverA, QStringLiteral("agent-a")));
    const auto store = openStore();
    QVERIFY(store->save(QUrl(QStringLiteral("https://crm.example.ir/")), QStringLiteral("agent-a"),
                        {tokenA, keyA}));
    QCOMPARE(store->load(serverA, QStringLiteral("agent-a"))->refreshToken, tokenA);
}

void TestCredentials::lastRememberedSurvivesARestart()
{
    {
        const auto store = openStore();
        QVERIFY(!store->lastRemembered());
        QVERIFY(store->setLastRemembered(serverB, QStringLiteral("agent-b")));
    }
    m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
    const auto store = openStore();
    const auto remembered = store->lastRemembered();
    QVERIFY(remembered);
    QCOMPARE(remembered->first, serverB);
    QCOMPARE(remembered->second, QStringLiteral("agent-b"));
}

void TestCredentials::settingsHoldNoSecret()
{
    {
        const auto store = openStore();
        QVERIFY(store->isPersistent());
        QVERIFY(store->save(serverA, QStringLiteral("agent-a"), {tokenA, keyA}));
        QVERIFY(store->setLastRemembered(serverA, QStringLiteral("agent-a")));
        QVERIFY(store->load(serverA, QStringLiteral("agent-a")));
    }
    m_settings->sync();
    const QByteArray bytes = readAll(m_settingsPath);
    QVERIFY(bytes.contains("crm.example.ir"));
    QVERIFY(bytes.contains("agent-a"));
    QVERIFY(!bytes.contains(tokenA.toLatin1()));
    QVERIFY(!bytes.contains(keyA.toLatin1()));

    // The default-settings form of the store, and QtKeychain's plain-text fallback file,
    // hold nothing either; no file under the home or configuration folders has the token
    // in the clear (the keyring itself is encrypted).
    {
        const auto store = openCredentialStore(service);
        QVERIFY(store->save(serverA, QStringLiteral("agent-b"), {tokenB, keyB}));
        QVERIFY(store->setLastRemembered(serverA, QStringLiteral("agent-b")));
    }
    QVERIFY(!readAll(QSettings().fileName()).contains(tokenB.toLatin1()));
    for (const QString &root : {QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME"),
                                qEnvironmentVariable("XDG_DATA_HOME"), m_dir.path()}) {
        if (root.isEmpty())
            continue;
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QByteArray content = readAll(path);
            QVERIFY2(!content.contains(tokenA.toLatin1()) && !content.contains(tokenB.toLatin1()),
                     qPrintable(path));
            QVERIFY2(!content.contains(keyA.toLatin1()) && !content.contains(keyB.toLatin1()),
                     qPrintable(path));
        }
    }
}

void TestCredentials::noDBusFallsBackToMemory_data()
{
    QTest::addColumn<bool>("busNamed");
    // A session bus is named but does not answer: the keychain is asked and fails.
    QTest::newRow("unreachable bus") << true;
    // No session bus at all (a console, a bare X server): not even asked.
    QTest::newRow("no bus") << false;
}

void TestCredentials::noDBusFallsBackToMemory()
{
    QFETCH(bool, busNamed);
    const QString childSettings = m_dir.filePath(QStringLiteral("child.ini"));
    QFile::remove(childSettings);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), childSettings);
    if (busNamed) {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    } else {
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // A runtime folder with no "bus" socket in it.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("runtime")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                           m_dir.filePath(QStringLiteral("runtime")));
    }
    environment.remove(QStringLiteral("DISPLAY")); // no D-Bus autolaunch either
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60'000));
    const QByteArray errors = child.readAllStandardError();
    QVERIFY2(child.exitCode() == 0, errors.constData());
    QCOMPARE(errors.contains("no D-Bus session"), !busNamed);
    const QJsonObject answer = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    QVERIFY2(!answer.isEmpty(), "the child printed no answer");
    QCOMPARE(answer.value(u"persistent").toBool(true), false);
    const QString limitation = answer.value(u"limitation").toString();
    QVERIFY2(limitation.contains(QStringLiteral("keychain")), qPrintable(limitation));
    QVERIFY2(answer.value(u"elapsed_ms").toInt() < 10'000, "falling back took too long");
    QVERIFY(answer.value(u"round_trip").toBool());
    QVERIFY(answer.value(u"remembered").toBool());
    QVERIFY(answer.value(u"removed").toBool());

    // The user is remembered, the secret is not.
    const QByteArray bytes = readAll(childSettings);
    QVERIFY(bytes.contains("agent-a"));
    QVERIFY(!bytes.contains(tokenA.toLatin1()));
    QVERIFY(!bytes.contains(keyA.toLatin1()));

    // And it wrote nothing to the real keychain.
    QVERIFY(!openStore()->load(serverA, QStringLiteral("agent-a")));
}

void TestCredentials::memoryStoreForgetsAtExit()
{
    {
        const auto memory = memoryCredentialStore(QStringLiteral("for the test"));
        QVERIFY(!memory->isPersistent());
        QCOMPARE(memory->limitation(), QStringLiteral("for the test"));
        QVERIFY(memory->save(serverA, QStringLiteral("agent-a"), {tokenA, keyA}));
        QVERIFY(memory->setLastRemembered(serverA, QStringLiteral("agent-a")));
        QCOMPARE(memory->load(serverA, QStringLiteral("agent-a"))->refreshToken, tokenA);
        QCOMPARE(memory->lastRemembered()->second, QStringLiteral("agent-a"));
    }
    const auto next = memoryCredentialStore();
    QVERIFY(!next->limitation().isEmpty());
    QVERIFY(!next->load(serverA, QStringLiteral("agent-a")));
    QVERIFY(!next->lastRemembered());
    QVERIFY(!openStore()->load(serverA, QStringLiteral("agent-a")));
    QVERIFY(readAll(m_settingsPath).isEmpty());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Without an organization QSettings() can neither read nor write.
    QCoreApplication::setOrganizationName(QStringLiteral("ShahrvandTest"));
    if (qEnvironmentVariableIsSet(childVariable)) {
        Testing::isolateUserFolders();
        return runWithoutKeychain(qEnvironmentVariable(childVariable));
    }
    TestCredentials test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials.moc"
