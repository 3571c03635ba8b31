// Upgrading from every earlier schema version gives the same schema as a fresh install,
// and keeps the data that was there. Runs on SQLite and on PostgreSQL.
#include "database.h"
#include "migrations.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Storage;
using Shahrvand::Testing::TestDatabase;

namespace {

// Every table, column (with type, nullability and default) and index, one line each.
QStringList schemaFingerprint(Database &database)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    QStringList lines;
    if (database.backend() == Backend::SQLite) {
        query.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT "
                                  "LIKE 'sqlite_%' ORDER BY name"));
        QStringList tables;
        while (query.next()) {
            lines << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                         QStringLiteral(" on ") + query.value(2).toString();
            if (query.value(0).toString() == QLatin1String("table"))
                tables << query.value(1).toString();
        }
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery columns(db);
            columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (columns.next()) {
                lines << QStringLiteral("column %1.%2 %3 notnull=%4 default=%5 pk=%6")
                             .arg(table, columns.value(1).toString(), columns.value(2).toString(),
                                  columns.value(3).toString(), columns.value(4).toString(),
                                  columns.value(5).toString());
            }
        }
    } else {
        query.exec(QStringLiteral(
            "SELECT table_name, column_name, data_type, is_nullable, COALESCE(column_default, ''),"
            " is_identity FROM information_schema.columns WHERE table_schema = 'public'"
            " ORDER BY table_name, column_name"));
        while (query.next()) {
            lines << QStringLiteral("column %1.%2 %3 nullable=%4 default=%5 identity=%6")
                         .arg(query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString(), query.value(5).toString());
        }
        QSqlQuery indexes(db);
        indexes.exec(QStringLiteral("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE "
                                    "schemaname = 'public' ORDER BY indexname"));
        while (indexes.next()) {
            lines << QStringLiteral("index %1 on %2: %3")
                         .arg(indexes.value(1).toString(), indexes.value(0).toString(),
                              indexes.value(2).toString());
        }
    }
    lines.sort();
    return lines;
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeFromEveryVersion_data();
    void upgradeFromEveryVersion();
    void notificationsFromBeforeSyncGetAVersion();

private:
    QStringList m_freshSchema;
};

void TestUpgrade::initTestCase()
{
    TestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    auto database = fresh.open();
    QVERIFY(database);
    QVERIFY(Migrator(database).migrate().hasValue());
    m_freshSchema = schemaFingerprint(*database);
    QVERIFY(m_freshSchema.size() > 100);
}

void TestUpgrade::upgradeFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 1; version < Migrator::latestVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
    if (Migrator::latestVersion() == 1)
        QTest::addRow("only one version so far") << 0;
}

void TestUpgrade::upgradeFromEveryVersion()
{
    QFETCH(int, from);
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(database);
    if (from > 0) {
        const auto applied = Migrator(database).migrate(from);
        QVERIFY2(applied.hasValue(), qPrintable(applied.hasValue() ? QString() : applied.error()));
        QCOMPARE(Migrator(database).currentVersion().value(), from);
    }

    // Data written at the old version, in tables every version has had since 1.
    QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    if (from > 0) {
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO org_units (version, created_at, updated_at, kind, code, name_fa,"
                     " name_en) VALUES (1, 1, 1, 'team', 'call-centre', 'مرکز تماس ۱۳۷', "
                     "'137 call centre')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("UPDATE change_sequence SET value = 1")));
    }

    // A restarted, newer server upgrades it.
    database = test.open();
    const auto applied = Migrator(database).migrate();
    QVERIFY2(applied.hasValue(), qPrintable(applied.hasValue() ? QString() : applied.error()));
    QCOMPARE(*applied, Migrator::latestVersion() - from);
    QCOMPARE(Migrator(database).currentVersion().value(), Migrator::latestVersion());

    const QStringList upgraded = schemaFingerprint(*database);
    QStringList onlyFresh, onlyUpgraded;
    for (const QString &line : m_freshSchema) {
        if (!upgraded.contains(line))
            onlyFresh << line;
    }
    for (const QString &line : upgraded) {
        if (!m_freshSchema.contains(line))
            onlyUpgraded << line;
    }
    QVERIFY2(onlyFresh.isEmpty() && onlyUpgraded.isEmpty(),
             qPrintable(QStringLiteral("schema differs from a fresh install:\n  fresh only: ") +
                        onlyFresh.join(QStringLiteral("\n  fresh only: ")) +
                        QStringLiteral("\n  upgraded only: ") +
                        onlyUpgraded.join(QStringLiteral("\n  upgraded only: "))));

    if (from > 0) {
        QSqlQuery check(database->connection());
        QVERIFY(
            check.exec(QStringLiteral("SELECT name_fa FROM org_units WHERE code = 'call-centre'")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("مرکز تماس ۱۳۷"));
        QVERIFY(check.exec(QStringLiteral("SELECT value FROM change_sequence")) && check.next());
        QCOMPARE(check.value(0).toLongLong(), 1);
    }
}

void TestUpgrade::notificationsFromBeforeSyncGetAVersion()
{
    // Version 5 wrote notifications without versions; version 6 syncs them, so the ones
    // already there must reach their users' next pull: one new version for all of them.
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(Migrator(database).migrate(5).hasValue());
    QSqlQuery query(database->connection());
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO users (version, created_at, updated_at, username, display_name, "
                 "password_hash) VALUES (1, 1, 1, 'agent', 'Agent', 'x')")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("UPDATE change_sequence SET value = 7")));
    for (int i = 0; i < 2; ++i)
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO notifications (user_id, kind, clock, created_at) SELECT id, "
                     "'sla_warning', 'resolution', 1000 FROM users")),
                 qPrintable(query.lastError().text()));
    query.finish();

    QVERIFY(Migrator(database).migrate().hasValue());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM change_sequence")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 8);
    QVERIFY(query.exec(QStringLiteral("SELECT version, deleted, updated_at, custom_fields FROM "
                                      "notifications")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        QCOMPARE(query.value(0).toLongLong(), 8);
        QCOMPARE(query.value(1).toInt(), 0);
        QCOMPARE(query.value(2).toLongLong(), 1000);
        QCOMPARE(query.value(3).toString(), QStringLiteral("{}"));
    }
    QCOMPARE(rows, 2);
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
