// UserDirectory and PrincipalLoader on a real database (SQLite, or PostgreSQL under
// pg_virtualenv), and migration 2 upgrading a version-1 database.
#include "authfixture.h"
#include "migrations.h"
#include "passwordhasher.h"
#include "principalloader.h"
#include "userdirectory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Auth;
using Access::Role;
using Shahrvand::Testing::AuthFixture;
using Shahrvand::Testing::TestDatabase;

namespace {
const QString password = QStringLiteral("Kh0sh-Amad-1405");
} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createWritesVersionedAuditedUser();
    void createRefuses_data();
    void createRefuses();
    void administratorNeedsNoUnit();
    void persianUsernameInEveryKeyboardForm();
    void visibleUnits_data();
    void visibleUnits();
    void inactiveUserHasNoPrincipal();
    void migrationTwoUpgradesVersionOne();
};

void TestUsers::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
}

void TestUsers::createWritesVersionedAuditedUser()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    QVERIFY(unit.isValid());
    const UserId id =
        f.addUser(QStringLiteral("  Sara.Ahmadi "), password, {Role::Agent, Role::Agent}, {unit});
    QVERIFY(id.isValid());

    const auto username =
        f.column(QStringLiteral("SELECT username FROM users WHERE id = ?"), {id.value()});
    QCOMPARE(username, QVariantList{QStringLiteral("sara.ahmadi")});
    QVERIFY(f.column(QStringLiteral("SELECT version FROM users")).value(0).toLongLong() > 0);
    const QString hash =
        f.column(QStringLiteral("SELECT password_hash FROM users")).value(0).toString();
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(PasswordHasher::verify(hash, password));
    QCOMPARE(
        f.column(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {id.value()}),
        QVariantList{QStringLiteral("agent")});
    QCOMPARE(
        f.column(QStringLiteral("SELECT unit_id FROM user_units WHERE user_id = ?"), {id.value()})
            .value(0)
            .toLongLong(),
        unit.value());

    // Audited, with the hash redacted; roles and units granted are on record too.
    const QStringList audit = f.allText(QStringLiteral("audit_log"));
    QVERIFY(!audit.join(u' ').contains(hash));
    QVERIFY(!audit.join(u' ').contains(password));
    const auto actions = f.column(
        QStringLiteral("SELECT action FROM audit_log WHERE entity = 'users' ORDER BY seq"));
    QCOMPARE(actions, (QVariantList{QStringLiteral("create"), QStringLiteral("set_access")}));
    const QString created =
        f.column(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'create'"
                                " AND entity = 'users'"))
            .value(0)
            .toString();
    QVERIFY2(created.contains(QLatin1String("\"password_hash\":\"[secret]\"")),
             qPrintable(created));
}

void TestUsers::createRefuses_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<bool>("withUnit");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("passwordError");

    const QList<Role> agent{Role::Agent};
    const int none = -1;
    QTest::newRow("space in name") << "sara ahmadi" << password << agent << true << "fa"
                                   << int(UserError::Kind::InvalidUsername) << none;
    QTest::newRow("name too short") << "ab" << password << agent << true << "fa"
                                    << int(UserError::Kind::InvalidUsername) << none;
    QTest::newRow("name with slash") << "a/b/c" << password << agent << true << "fa"
                                     << int(UserError::Kind::InvalidUsername) << none;
    QTest::newRow("duplicate in other case") << "EXISTING" << password << agent << true << "fa"
                                             << int(UserError::Kind::DuplicateUsername) << none;
    QTest::newRow("password is the name")
        << "reza.mohammadi"
        << "Reza.Mohammadi" << agent << true << "fa" << int(UserError::Kind::WeakPassword)
        << int(PasswordError::SameAsUsername);
    QTest::newRow("short password")
        << "reza.mohammadi"
        << "kutah" << agent << true << "fa" << int(UserError::Kind::WeakPassword)
        << int(PasswordError::TooShort);
    QTest::newRow("no role") << "reza.mohammadi" << password << QList<Role>() << true << "fa"
                             << int(UserError::Kind::NoRole) << none;
    QTest::newRow("agent without unit") << "reza.mohammadi" << password << agent << false << "fa"
                                        << int(UserError::Kind::NoUnit) << none;
    QTest::newRow("language") << "reza.mohammadi" << password << agent << true << "de"
                              << int(UserError::Kind::InvalidLanguage) << none;
}

void TestUsers::createRefuses()
{
    QFETCH(QString, username);
    QFETCH(QString, pass);
    QFETCH(QList<Role>, roles);
    QFETCH(bool, withUnit);
    QFETCH(QString, language);
    QFETCH(int, kind);
    QFETCH(int, passwordError);

    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    QVERIFY(f.addUser(QStringLiteral("existing"), password, {Role::Agent}, {unit}).isValid());
    const int usersBefore = f.column(QStringLiteral("SELECT id FROM users")).size();

    QSqlDatabase db = f.database->connection();
    Storage::Transaction transaction(db, f.database->backend());
    NewUser user{username, {}, pass, roles, withUnit ? QList<OrgUnitId>{unit} : QList<OrgUnitId>{},
                 language};
    const auto created = UserDirectory(db, f.database->backend()).create(user, {{}, {}, 1});
    QVERIFY(!created.hasValue());
    QCOMPARE(int(created.error().kind), kind);
    if (passwordError >= 0)
        QCOMPARE(int(created.error().password), passwordError);
    QVERIFY(!UserDirectory::describe(created.error()).isEmpty());
    QVERIFY(transaction.commit());
    QCOMPARE(f.column(QStringLiteral("SELECT id FROM users")).size(), usersBefore);
}

void TestUsers::administratorNeedsNoUnit()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    QSqlDatabase db = f.database->connection();
    Storage::Transaction transaction(db, f.database->backend());
    UserDirectory directory(db, f.database->backend());
    const auto unknownUnit = directory.create(
        {QStringLiteral("someone"), {}, password, {Role::Agent}, {OrgUnitId(999)}}, {{}, {}, 1});
    QVERIFY(!unknownUnit.hasValue());
    QCOMPARE(unknownUnit.error().kind, UserError::Kind::UnknownUnit);
    QCOMPARE(unknownUnit.error().detail, QStringLiteral("999"));

    const auto admin = directory.create(
        {QStringLiteral("admin"), {}, password, {Role::Administrator}, {}}, {{}, {}, 1});
    QVERIFY(admin.hasValue());
    QVERIFY(transaction.commit());
    const auto principal = PrincipalLoader::load(f.database->connection(), *admin);
    QVERIFY(principal.hasValue() && principal->has_value());
    QCOMPARE((*principal)->roles, QSet<Role>{Role::Administrator});
    QVERIFY((*principal)->units.isEmpty());
    QVERIFY((*principal)->visibleUnits.isEmpty());
    QCOMPARE((*principal)->displayName, QStringLiteral("admin"));
}

void TestUsers::persianUsernameInEveryKeyboardForm()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    const UserId id =
        f.addUser(QStringLiteral("علي.كريمي"), QStringLiteral("گذرواژه‌ی من ۱۲۳"),
                  {Role::Agent}, {unit});
    QVERIFY(id.isValid());
    UserDirectory directory(f.database->connection(), f.database->backend());
    QCOMPARE(directory.findByUsername(QStringLiteral("علی.کریمی")), std::optional(id));
    QCOMPARE(directory.findByUsername(QStringLiteral(" علي.كريمي")), std::optional(id));
    QCOMPARE(directory.findByUsername(QStringLiteral("علی.کریمی2")), std::nullopt);
    QCOMPARE(directory.unitByCode(QStringLiteral("D1")), std::optional(unit));
    QCOMPARE(directory.unitByCode(QStringLiteral("D2")), std::nullopt);
}

void TestUsers::visibleUnits_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<QStringList>("memberOf");
    QTest::addColumn<QStringList>("sees");

    // ORG -> DA -> TA1, TA2;  ORG -> DB -> TB1
    QTest::newRow("agent of a district")
        << QList<Role>{Role::Agent} << QStringList{"DA"} << QStringList{"DA"};
    QTest::newRow("supervisor of a district")
        << QList<Role>{Role::Supervisor} << QStringList{"DA"} << QStringList{"DA", "TA1", "TA2"};
    QTest::newRow("supervisor of the organisation")
        << QList<Role>{Role::Supervisor} << QStringList{"ORG"}
        << QStringList{"ORG", "DA", "TA1", "TA2", "DB", "TB1"};
    QTest::newRow("administrator of a district")
        << QList<Role>{Role::Administrator} << QStringList{"DB"} << QStringList{"DB", "TB1"};
    QTest::newRow("agent of a team and a district")
        << QList<Role>{Role::Agent, Role::SeniorAgent} << QStringList{"TA1", "DB"}
        << QStringList{"TA1", "DB"};
    QTest::newRow("supervisor of a leaf team")
        << QList<Role>{Role::Supervisor} << QStringList{"TB1"} << QStringList{"TB1"};
}

void TestUsers::visibleUnits()
{
    QFETCH(QList<Role>, roles);
    QFETCH(QStringList, memberOf);
    QFETCH(QStringList, sees);

    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    QHash<QString, OrgUnitId> units;
    units.insert(QStringLiteral("ORG"), f.addUnit(QStringLiteral("ORG")));
    units.insert(QStringLiteral("DA"), f.addUnit(QStringLiteral("DA"), units.value("ORG")));
    units.insert(QStringLiteral("DB"), f.addUnit(QStringLiteral("DB"), units.value("ORG")));
    units.insert(QStringLiteral("TA1"), f.addUnit(QStringLiteral("TA1"), units.value("DA")));
    units.insert(QStringLiteral("TA2"), f.addUnit(QStringLiteral("TA2"), units.value("DA")));
    units.insert(QStringLiteral("TB1"), f.addUnit(QStringLiteral("TB1"), units.value("DB")));
    QList<OrgUnitId> member;
    for (const QString &code : std::as_const(memberOf))
        member << units.value(code);
    const UserId id = f.addUser(QStringLiteral("someone"), password, roles, member);
    QVERIFY(id.isValid());

    const auto principal = PrincipalLoader::load(f.database->connection(), id);
    QVERIFY(principal.hasValue() && principal->has_value());
    QSet<OrgUnitId> expected;
    for (const QString &code : std::as_const(sees))
        expected.insert(units.value(code));
    QCOMPARE((*principal)->units, QSet<OrgUnitId>(member.cbegin(), member.cend()));
    QCOMPARE((*principal)->visibleUnits, expected);
    QCOMPARE((*principal)->roles, QSet<Role>(roles.cbegin(), roles.cend()));

    // A deleted unit drops out, with everything below it (unless the user belongs there).
    QVERIFY(f.markUnitDeleted(units.value(QStringLiteral("DA"))));
    QSet<OrgUnitId> expectedAfter;
    for (const QString &code : std::as_const(sees)) {
        const bool belowDeleted = code == QLatin1String("TA1") || code == QLatin1String("TA2");
        if (code != QLatin1String("DA") && (!belowDeleted || memberOf.contains(code)))
            expectedAfter.insert(units.value(code));
    }
    const auto after = PrincipalLoader::load(f.database->connection(), id);
    QVERIFY(after.hasValue() && after->has_value());
    QCOMPARE((*after)->visibleUnits, expectedAfter);
}

void TestUsers::inactiveUserHasNoPrincipal()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    const UserId id = f.addUser(QStringLiteral("leaving"), password, {Role::Agent}, {unit});
    QVERIFY(f.setActive(id, false));
    const auto principal = PrincipalLoader::load(f.database->connection(), id);
    QVERIFY(principal.hasValue());
    QVERIFY(!principal->has_value());
    QVERIFY(f.setActive(id, true));
    QVERIFY(PrincipalLoader::load(f.database->connection(), id)->has_value());
}

void TestUsers::migrationTwoUpgradesVersionOne()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(database);
    const auto toOne = Storage::Migrator(database).migrate(1);
    QVERIFY2(toOne.hasValue(), qPrintable(toOne.hasValue() ? QString() : toOne.error()));
    QSqlQuery query(database->connection());
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO users (version, created_at, updated_at, username, display_name,"
                 " password_hash, failed_logins, throttled_until) VALUES"
                 " (1, 0, 0, 'old.user', 'Old User', 'x', 3, 12345)")),
             qPrintable(query.lastError().text()));

    const auto toTwo = Storage::Migrator(database).migrate(2);
    QVERIFY2(toTwo.hasValue(), qPrintable(toTwo.hasValue() ? QString() : toTwo.error()));
    QCOMPARE(*toTwo, 1);
    QVERIFY(database->connection().tables().contains(QStringLiteral("login_throttle")));
    const QSqlRecord users = database->connection().record(QStringLiteral("users"));
    QVERIFY(users.contains(QStringLiteral("username")));
    QVERIFY(!users.contains(QStringLiteral("failed_logins")));
    QVERIFY(!users.contains(QStringLiteral("throttled_until")));
    QVERIFY(query.exec(QStringLiteral("SELECT username, display_name FROM users")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("old.user"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Old User"));
    query.finish();
    // And on to the latest version from there.
    QVERIFY(Storage::Migrator(database).migrate().hasValue());
    QCOMPARE(Storage::Migrator(database).currentVersion().valueOr(-1),
             Storage::Migrator::latestVersion());
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
