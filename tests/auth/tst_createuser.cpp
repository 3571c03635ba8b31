// `shahrvand-server create-user`, end to end: the real executable, started as a process,
// on the suite's database (a SQLite file, or PostgreSQL under pg_virtualenv).
#include "authfixture.h"
#include "principalloader.h"

#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace Shahrvand;
using namespace Shahrvand::Auth;
using Access::Role;
using Shahrvand::Testing::AuthFixture;
using Shahrvand::Testing::TestDatabase;

namespace {

const QString password = QStringLiteral("Chahar-Bagh 1405");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The --db URL of the fixture's database, as an operator would write it.
QString urlOf(const Storage::DatabaseUrl &url)
{
    if (url.backend == Storage::Backend::SQLite)
        return QStringLiteral("sqlite:") + url.path;
    const auto enc = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QString text = QStringLiteral("postgres://") + enc(url.user);
    if (!url.password.isEmpty())
        text += u':' + enc(url.password);
    const bool socket = url.host.startsWith(u'/');
    text += u'@' + (socket ? QString() : url.host);
    if (!socket && url.port > 0)
        text += u':' + QString::number(url.port);
    text += u'/' + enc(url.databaseName);
    if (socket)
        text += QStringLiteral("?host=") + url.host;
    return text;
}

Run createUser(const AuthFixture &f, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(
        QStringLiteral(SHAHRVAND_SERVER_EXECUTABLE),
        QStringList{QStringLiteral("create-user"), QStringLiteral("--db"), urlOf(f.test.url())} +
            arguments);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCreateUser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstAdministratorNeedsNoUnit();
    void agentWithUnitsAndPersianName();
    void refusals_data();
    void refusals();
};

void TestCreateUser::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
}

void TestCreateUser::firstAdministratorNeedsNoUnit()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const Run run = createUser(f,
                               {QStringLiteral("--username"), QStringLiteral("Admin"),
                                QStringLiteral("--role"), QStringLiteral("administrator"),
                                QStringLiteral("--language"), QStringLiteral("en")},
                               password.toUtf8() + "\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto id = UserId::fromString(run.out);
    QVERIFY2(id.has_value(), qPrintable(run.out));

    // The password is the first line, without its line break, and it signs in.
    const auto signedIn = f.sessions->login(QStringLiteral("admin"), password, {});
    QVERIFY(signedIn.hasValue());
    QCOMPARE(signedIn->principal.userId, *id);
    QCOMPARE(signedIn->principal.roles, QSet<Role>{Role::Administrator});
    QCOMPARE(signedIn->principal.language, Language::English);
    QCOMPARE(f.column(QStringLiteral("SELECT client FROM audit_log WHERE action = 'create'")),
             QVariantList{QStringLiteral("shahrvand-server create-user")});
}

void TestCreateUser::agentWithUnitsAndPersianName()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId district = f.addUnit(QStringLiteral("D-3"));
    const OrgUnitId team = f.addUnit(QStringLiteral("T-3-1"), district);
    const QString persianPassword = QStringLiteral("گل‌های بهاری ۱۴۰۵");
    const Run run =
        createUser(f,
                   {QStringLiteral("--username"), QStringLiteral("مریم.احمدی"),
                    QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--role"),
                    QStringLiteral("supervisor"), QStringLiteral("--unit"), QStringLiteral("D-3"),
                    QStringLiteral("--display-name"), QStringLiteral("مریم احمدی")},
                   persianPassword.toUtf8() + "\r\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto id = UserId::fromString(run.out);
    QVERIFY(id.has_value());

    const auto signedIn = f.sessions->login(QStringLiteral("مریم.احمدی"), persianPassword, {});
    QVERIFY(signedIn.hasValue());
    const Access::Principal &principal = signedIn->principal;
    QCOMPARE(principal.displayName, QStringLiteral("مریم احمدی"));
    QCOMPARE(principal.roles, (QSet<Role>{Role::Agent, Role::Supervisor}));
    QCOMPARE(principal.units, QSet<OrgUnitId>{district});
    QCOMPARE(principal.visibleUnits, (QSet<OrgUnitId>{district, team}));
    QCOMPARE(principal.language, Language::Persian);
}

void TestCreateUser::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messageContains");

    const QByteArray good = password.toUtf8() + '\n';
    QTest::newRow("unknown role") << QStringList{"--username", "sara",   "--role",
                                                 "boss",       "--unit", "D1"}
                                  << good << 2
                                  << QStringList{"boss", "agent", "senior_agent", "administrator"};
    QTest::newRow("unknown unit") << QStringList{"--username", "sara",   "--role",
                                                 "agent",      "--unit", "NOPE"}
                                  << good << 1 << QStringList{"NOPE"};
    QTest::newRow("duplicate user name")
        << QStringList{"--username", "EXISTING", "--role", "agent", "--unit", "D1"} << good << 1
        << QStringList{"already", "existing"};
    QTest::newRow("weak password")
        << QStringList{"--username", "sara", "--role", "agent", "--unit", "D1"}
        << QByteArray("kutah\n") << 1 << QStringList{"at least 10 characters"};
    QTest::newRow("password is the user name")
        << QStringList{"--username", "sara.ahmadi", "--role", "agent", "--unit", "D1"}
        << QByteArray("Sara.Ahmadi\n") << 1 << QStringList{"user name"};
    QTest::newRow("empty password")
        << QStringList{"--username", "sara", "--role", "agent", "--unit", "D1"} << QByteArray("\n")
        << 2 << QStringList{"standard input"};
    QTest::newRow("no input at all")
        << QStringList{"--username", "sara", "--role", "agent", "--unit", "D1"} << QByteArray() << 2
        << QStringList{"standard input"};
    QTest::newRow("agent without unit") << QStringList{"--username", "sara", "--role", "agent"}
                                        << good << 2 << QStringList{"--unit"};
    QTest::newRow("no role") << QStringList{"--username", "sara", "--unit", "D1"} << good << 2
                             << QStringList{"--role", "field_officer"};
    QTest::newRow("bad language") << QStringList{"--username", "sara", "--role",     "agent",
                                                 "--unit",     "D1",   "--language", "de"}
                                  << good << 2 << QStringList{"fa", "en"};
    QTest::newRow("space in user name")
        << QStringList{"--username", "sara ahmadi", "--role", "agent", "--unit", "D1"} << good << 1
        << QStringList{"user name"};
}

void TestCreateUser::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messageContains);

    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    QVERIFY(f.addUser(QStringLiteral("existing"), password, {Role::Agent}, {unit}).isValid());

    const Run run = createUser(f, arguments, input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    for (const QString &part : std::as_const(messageContains))
        QVERIFY2(run.err.contains(part), qPrintable(run.err));
    QCOMPARE(f.column(QStringLiteral("SELECT username FROM users")),
             QVariantList{QStringLiteral("existing")});
}

QTEST_GUILESS_MAIN(TestCreateUser)
#include "tst_createuser.moc"
