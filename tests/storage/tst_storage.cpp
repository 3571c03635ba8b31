// The storage layer on a real database: SQLite files, or PostgreSQL under pg_virtualenv
// (SHAHRVAND_TEST_BACKEND=postgres). The same assertions hold on both.
#include "database.h"
#include "databaseurl.h"
#include "migrations.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>

using namespace Shahrvand;
using namespace Shahrvand::Storage;
using Shahrvand::Testing::TestDatabase;

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void urlParsing_data();
    void urlParsing();
    void urlRedactsPassword();
    void unreachableDatabaseIsReported();
    void migratesEmptyDatabaseToLatest();
    void migrationIsIdempotentAcrossRestarts();
    void refusesNewerSchema();
    void persianTextAndLargeNumbersRoundTrip();
    void foreignKeysAreEnforced();
    void uncommittedTransactionRollsBack();
    void concurrentWritersAreSerialized();
    void writersTakeTurnsInOrder();
};

void TestStorage::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
}

void TestStorage::urlParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("pathOrDatabase");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    const int sqlite = int(Backend::SQLite), pg = int(Backend::PostgreSQL);
    QTest::newRow("sqlite absolute")
        << "sqlite:/var/lib/shahrvand/s.db" << true << sqlite << "/var/lib/shahrvand/s.db"
        << "" << -1 << ""
        << "";
    QTest::newRow("sqlite triple slash") << "sqlite:///tmp/a.db" << true << sqlite << "/tmp/a.db"
                                         << "" << -1 << ""
                                         << "";
    QTest::newRow("sqlite relative") << "sqlite:data/a.db" << true << sqlite << "data/a.db"
                                     << "" << -1 << ""
                                     << "";
    QTest::newRow("sqlite persian path")
        << "sqlite:/tmp/شهروند.db" << true << sqlite << "/tmp/شهروند.db"
        << "" << -1 << ""
        << "";
    QTest::newRow("sqlite empty") << "sqlite:" << false << 0 << ""
                                  << "" << -1 << ""
                                  << "";
    QTest::newRow("sqlite memory") << "sqlite::memory:" << false << 0 << ""
                                   << "" << -1 << ""
                                   << "";
    QTest::newRow("postgres full")
        << "postgres://app:s%40cret@db.example:6543/shahrvand" << true << pg << "shahrvand"
        << "db.example" << 6543 << "app"
        << "s@cret";
    QTest::newRow("postgresql scheme") << "postgresql://app@localhost/city" << true << pg << "city"
                                       << "localhost" << -1 << "app"
                                       << "";
    QTest::newRow("postgres socket")
        << "postgres://app@/city?host=/var/run/postgresql" << true << pg << "city"
        << "/var/run/postgresql" << -1 << "app"
        << "";
    QTest::newRow("postgres no database") << "postgres://app@localhost/" << false << 0 << ""
                                          << "" << -1 << ""
                                          << "";
    QTest::newRow("mysql") << "mysql://x@y/z" << false << 0 << ""
                           << "" << -1 << ""
                           << "";
    QTest::newRow("empty") << "" << false << 0 << ""
                           << "" << -1 << ""
                           << "";
}

void TestStorage::urlParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto url = DatabaseUrl::parse(text);
    QCOMPARE(url.hasValue(), valid);
    if (!valid) {
        QVERIFY(!url.error().isEmpty());
        return;
    }
    QFETCH(int, backend);
    QFETCH(QString, pathOrDatabase);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QCOMPARE(int(url->backend), backend);
    QCOMPARE(url->backend == Backend::SQLite ? url->path : url->databaseName, pathOrDatabase);
    QCOMPARE(url->host, host);
    QCOMPARE(url->port, port);
    QCOMPARE(url->user, user);
    QCOMPARE(url->password, password);
}

void TestStorage::urlRedactsPassword()
{
    const auto url = DatabaseUrl::parse(u"postgres://app:topsecret@db:5432/city?sslmode=require");
    QVERIFY(url.hasValue());
    QCOMPARE(url->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
    QVERIFY(!url->redacted().contains(QStringLiteral("topsecret")));
    QCOMPARE(url->redacted(), QStringLiteral("postgres://app:***@db:5432/city"));
}

void TestStorage::unreachableDatabaseIsReported()
{
    DatabaseUrl url;
    if (TestDatabase::requestedBackend() == Backend::SQLite) {
        url.backend = Backend::SQLite;
        url.path = QStringLiteral("/nonexistent-folder/for/sure/x.db");
    } else {
        url.backend = Backend::PostgreSQL;
        url.host = QStringLiteral("127.0.0.1");
        url.port = 1; // nothing listens there
        url.user = QStringLiteral("nobody");
        url.databaseName = QStringLiteral("nothing");
    }
    const auto database = Database::open(url);
    QVERIFY(!database.hasValue());
    QVERIFY(database.error().contains(url.redacted()));
}

void TestStorage::migratesEmptyDatabaseToLatest()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(database);
    Migrator migrator(database);
    QCOMPARE(migrator.currentVersion().value(), 0);

    const auto applied = migrator.migrate();
    QVERIFY2(applied.hasValue(), qPrintable(applied.hasValue() ? QString() : applied.error()));
    QCOMPARE(*applied, Migrator::latestVersion());
    QCOMPARE(migrator.currentVersion().value(), Migrator::latestVersion());

    const QStringList tables = database->connection().tables();
    for (const char *table : {"change_sequence",
                              "org_units",
                              "users",
                              "user_roles",
                              "user_units",
                              "auth_tokens",
                              "services",
                              "citizens",
                              "citizen_addresses",
                              "citizen_phones",
                              "citizen_emails",
                              "business_calendars",
                              "calendar_holidays",
                              "sla_policies",
                              "routing_rules",
                              "cases",
                              "case_notes",
                              "case_status_history",
                              "interactions",
                              "knowledge_subjects",
                              "knowledge_articles",
                              "article_versions",
                              "article_services",
                              "case_articles",
                              "missions",
                              "mission_assignees",
                              "mission_cases",
                              "mission_comments",
                              "expense_claims",
                              "expense_lines",
                              "expense_policies",
                              "approval_rules",
                              "approval_steps",
                              "delegations",
                              "survey_responses",
                              "blobs",
                              "blob_chunks",
                              "attachments",
                              "audit_log",
                              "applied_mutations",
                              "schema_migrations"}) {
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }
}

void TestStorage::migrationIsIdempotentAcrossRestarts()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    QCOMPARE(Migrator(test.open()).migrate().value(), Migrator::latestVersion());
    // A restarted server (a new Database object) finds nothing to do.
    QCOMPARE(Migrator(test.open()).migrate().value(), 0);
    QCOMPARE(Migrator(test.open()).currentVersion().value(), Migrator::latestVersion());
}

void TestStorage::refusesNewerSchema()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(Migrator(database).migrate().hasValue());
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', 0)")
                           .arg(Migrator::latestVersion() + 1)));
    const auto result = Migrator(database).migrate();
    QVERIFY(!result.hasValue());
    QVERIFY(result.error().contains(QStringLiteral("newer")));
    QVERIFY(!Migrator(database).migrate(Migrator::latestVersion() + 5).hasValue());
}

void TestStorage::persianTextAndLargeNumbersRoundTrip()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(Migrator(database).migrate().hasValue());
    QSqlDatabase db = database->connection();

    const QString name = QStringLiteral("مهدی‌ نوری «آزمایشی» \u200F");
    const qint64 big = 9'000'000'000'000'000'000LL;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO org_units (version, created_at, updated_at, kind, code, name_fa, name_en)"
        " VALUES (?, ?, ?, 'team', ?, ?, ?)"));
    insert.addBindValue(big);
    insert.addBindValue(big);
    insert.addBindValue(big);
    insert.addBindValue(QStringLiteral("T1'; DROP TABLE users; --"));
    insert.addBindValue(name);
    insert.addBindValue(QStringLiteral("Team"));
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    QSqlQuery select(db);
    QVERIFY(select.exec(
        QStringLiteral("SELECT id, version, code, name_fa, custom_fields FROM org_units")));
    QVERIFY(select.next());
    QVERIFY(select.value(0).toLongLong() > 0);
    QCOMPARE(select.value(1).toLongLong(), big);
    QCOMPARE(select.value(2).toString(), QStringLiteral("T1'; DROP TABLE users; --"));
    QCOMPARE(select.value(3).toString(), name);
    QCOMPARE(select.value(4).toString(), QStringLiteral("{}"));
    QVERIFY(db.tables().contains(QStringLiteral("users")));
}

void TestStorage::foreignKeysAreEnforced()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(Migrator(database).migrate().hasValue());
    QSqlQuery insert(database->connection());
    QVERIFY(!insert.exec(QStringLiteral(
        "INSERT INTO cases (version, created_at, updated_at, tracking_code, service_id, channel)"
        " VALUES (1, 0, 0, 'ABC-DEF-GHJ', 424242, 'phone')")));
}

void TestStorage::uncommittedTransactionRollsBack()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(Migrator(database).migrate().hasValue());
    QSqlDatabase db = database->connection();
    {
        Transaction transaction(db, database->backend());
        QVERIFY2(transaction.isActive(), qPrintable(transaction.error()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE change_sequence SET value = 99")));
        // no commit: leaving the scope rolls back
    }
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM change_sequence")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
}

void TestStorage::concurrentWritersAreSerialized()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(Migrator(database).migrate().hasValue());

    // Four threads, each with its own connection, each taking the next value of the
    // change sequence 100 times in write transactions: no value is lost or repeated.
    constexpr int threads = 4, rounds = 100;
    std::atomic<int> failures{0};
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&database, &failures] {
            QSqlDatabase db = database->connection();
            for (int i = 0; i < rounds; ++i) {
                Transaction transaction(db, database->backend());
                QSqlQuery query(db);
                if (!transaction.isActive() ||
                    !query.exec(QStringLiteral("UPDATE change_sequence SET value = value + 1 WHERE "
                                               "id = 1 RETURNING value")) ||
                    !query.next()) {
                    ++failures;
                    continue;
                }
                query.finish();
                if (!transaction.commit())
                    ++failures;
            }
        });
        workers.last()->start();
    }
    for (QThread *worker : std::as_const(workers)) {
        QVERIFY(worker->wait(120000));
        delete worker;
    }
    QCOMPARE(failures.load(), 0);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM change_sequence")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(threads * rounds));
}

// SQLite's writers of one process queue in the order they asked: one that commits and
// begins again at once (a sweep of many small transactions) goes behind those waiting.
void TestStorage::writersTakeTurnsInOrder()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    if (database->backend() != Backend::SQLite)
        QSKIP("PostgreSQL queues its writers itself");
    QVERIFY(Migrator(database).migrate().hasValue());
    WriterQueue &queue = WriterQueue::forFile(database->connection().databaseName());

    std::mutex orderGuard;
    QStringList order;
    const auto took = [&](const QString &who) {
        const std::lock_guard hold(orderGuard);
        order << who;
    };
    auto first = std::make_unique<Transaction>(database->connection(), database->backend());
    QVERIFY(first->isActive());
    QList<QThread *> waiting;
    for (const QString &who : {QStringLiteral("B"), QStringLiteral("C")}) {
        waiting << QThread::create([&database, &took, who] {
            Transaction transaction(database->connection(), database->backend());
            took(who);
            transaction.commit();
        });
        const int before = queue.waiting();
        waiting.last()->start();
        QTRY_COMPARE(queue.waiting(), before + 1);
    }
    QVERIFY(first->commit());
    first.reset();
    {
        // The first writer at once again: behind B and C.
        Transaction again(database->connection(), database->backend());
        QVERIFY(again.isActive());
        took(QStringLiteral("A again"));
        QVERIFY(again.commit());
    }
    for (QThread *thread : std::as_const(waiting)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A again")}));
    QCOMPARE(queue.waiting(), 0);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
