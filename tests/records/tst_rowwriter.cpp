// RowWriter on a real database: SQLite files, or PostgreSQL under pg_virtualenv
// (SHAHRVAND_TEST_BACKEND=postgres). The same assertions hold on both.
#include "auditlog.h"
#include "auditverifier.h"
#include "database.h"
#include "migrations.h"
#include "rowwriter.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Shahrvand;
using namespace Shahrvand::Records;
using Shahrvand::Storage::Transaction;
using Shahrvand::Testing::TestDatabase;

namespace {

constexpr qint64 t0 = 1'774'083'600'000; // 2026-03-21 09:00 UTC

WriteContext at(qint64 ms, std::optional<qint64> actor = {})
{
    return WriteContext{actor, QStringLiteral("test-client"), ms};
}

QVariantMap unit(const QString &code)
{
    return {{QStringLiteral("kind"), QStringLiteral("team")},
            {QStringLiteral("code"), code},
            {QStringLiteral("name_fa"), QStringLiteral("تیم ") + code},
            {QStringLiteral("name_en"), QStringLiteral("Team ") + code}};
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

QJsonObject json(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

class TestRowWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void versionsRiseAcrossInsertsUpdatesAndDeletes();
    void concurrentWritersGetUniqueVersionsAndAValidChain();
    void staleExpectedVersionIsAConflictAndChangesNothing();
    void tombstonesAndMissingRowsAreNotFound();
    void uniqueAndReferenceViolationsAreConstraintErrors();
    void timesComeFromTheWriteContext();
    void auditRowsCarryOldAndNewValuesWithSecretsHidden();
    void auditAppendAndRowWriteInEitherOrderDoNotDeadlock();
    void refusesNamesThatAreNotIdentifiers();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::shared_ptr<Storage::Database> m_database;
};

void TestRowWriter::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
}

void TestRowWriter::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    m_database = m_test->open();
    QVERIFY(m_database);
    const auto migrated = Storage::Migrator(m_database).migrate();
    QVERIFY2(migrated.hasValue(), qPrintable(migrated.hasValue() ? QString() : migrated.error()));
}

void TestRowWriter::cleanup()
{
    m_database.reset();
    m_test.reset();
}

void TestRowWriter::versionsRiseAcrossInsertsUpdatesAndDeletes()
{
    QSqlDatabase db = m_database->connection();
    QList<qint64> versions;
    {
        Transaction transaction(db, m_database->backend());
        QVERIFY(transaction.isActive());
        RowWriter writer(db, m_database->backend());
        const auto a =
            writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("A")), at(t0));
        const auto b =
            writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("B")), at(t0));
        QVERIFY(a && b);
        versions << a->version << b->version;
        const auto changed = writer.update(QStringLiteral("org_units"), a->id,
                                           {{QStringLiteral("name_en"), QStringLiteral("A2")}},
                                           at(t0 + 1), a->version);
        QVERIFY(changed);
        QCOMPARE(changed->id, a->id);
        versions << changed->version;
        const auto deleted = writer.markDeleted(QStringLiteral("org_units"), b->id, at(t0 + 2));
        QVERIFY(deleted);
        versions << deleted->version;
        QVERIFY(transaction.commit());
    }
    {
        Transaction transaction(db, m_database->backend());
        RowWriter writer(db, m_database->backend());
        const auto c =
            writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("C")), at(t0));
        QVERIFY(c);
        versions << c->version;
        QVERIFY(transaction.commit());
    }
    for (int i = 1; i < versions.size(); ++i)
        QVERIFY2(versions.at(i) > versions.at(i - 1), qPrintable(QString::number(i)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM change_sequence")).toLongLong(),
             versions.last());
    // The rows carry the version of their last change.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT version FROM org_units WHERE code = 'A'")).toLongLong(),
        versions.at(2));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT version FROM org_units WHERE code = 'B'")).toLongLong(),
        versions.at(3));
}

void TestRowWriter::concurrentWritersGetUniqueVersionsAndAValidChain()
{
    // Four threads, each with its own connection, each write in its own transaction.
    constexpr int threads = 4, rounds = 40;
    std::atomic<int> failures{0};
    QList<QList<qint64>> versionsPerThread(threads);
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([this, t, &failures, &versionsPerThread] {
            QSqlDatabase db = m_database->connection();
            RowWriter writer(db, m_database->backend());
            for (int i = 0; i < rounds; ++i) {
                Transaction transaction(db, m_database->backend(), Transaction::Mode::Write);
                const QString code = QStringLiteral("T%1-%2").arg(t).arg(i);
                const auto row = writer.insert(QStringLiteral("org_units"), unit(code), at(t0 + i));
                if (!transaction.isActive() || !row) {
                    ++failures;
                    continue;
                }
                auto version = row->version;
                if (i % 2 == 1) { // every other row is changed in the same transaction
                    const auto changed =
                        writer.update(QStringLiteral("org_units"), row->id,
                                      {{QStringLiteral("tier"), t}}, at(t0 + i), row->version);
                    if (!changed) {
                        ++failures;
                        continue;
                    }
                    versionsPerThread[t] << version;
                    version = changed->version;
                }
                if (i % 10 == 9) {
                    const auto deleted =
                        writer.markDeleted(QStringLiteral("org_units"), row->id, at(t0 + i));
                    if (!deleted) {
                        ++failures;
                        continue;
                    }
                    versionsPerThread[t] << version;
                    version = deleted->version;
                }
                if (!transaction.commit())
                    ++failures;
                versionsPerThread[t] << version;
            }
        });
        workers.last()->start();
    }
    for (QThread *worker : std::as_const(workers)) {
        QVERIFY(worker->wait(120000));
        delete worker;
    }
    QCOMPARE(failures.load(), 0);

    QSet<qint64> all;
    for (const QList<qint64> &versions : std::as_const(versionsPerThread)) {
        for (int i = 1; i < versions.size(); ++i)
            QVERIFY(versions.at(i) > versions.at(i - 1));
        for (const qint64 version : versions)
            QVERIFY2(!all.contains(version), qPrintable(QString::number(version)));
        all.unite(QSet<qint64>(versions.cbegin(), versions.cend()));
    }
    const qint64 writes = threads * (rounds + rounds / 2 + rounds / 10);
    QCOMPARE(qint64(all.size()), writes);
    QSqlDatabase db = m_database->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM change_sequence")).toLongLong(), writes);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(DISTINCT version) FROM org_units")).toLongLong(),
        qint64(threads * rounds));

    const auto report = AuditVerifier(db).verify();
    QVERIFY(report.hasValue());
    QVERIFY(report->isIntact());
    QCOMPARE(report->rowsChecked, writes);
}

void TestRowWriter::staleExpectedVersionIsAConflictAndChangesNothing()
{
    QSqlDatabase db = m_database->connection();
    const auto backend = m_database->backend();
    WrittenRow first, second;
    {
        Transaction transaction(db, backend);
        RowWriter writer(db, backend);
        first =
            writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("A")), at(t0)).value();
        second = writer
                     .update(QStringLiteral("org_units"), first.id,
                             {{QStringLiteral("name_en"), QStringLiteral("Second")}}, at(t0 + 1))
                     .value();
        QVERIFY(transaction.commit());
    }
    const qint64 auditRows =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    {
        Transaction transaction(db, backend);
        RowWriter writer(db, backend);
        const auto stale = writer.update(QStringLiteral("org_units"), first.id,
                                         {{QStringLiteral("name_en"), QStringLiteral("Third")}},
                                         at(t0 + 2), first.version);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, WriteError::Kind::VersionConflict);
        const auto staleDelete =
            writer.markDeleted(QStringLiteral("org_units"), first.id, at(t0 + 2), first.version);
        QVERIFY(!staleDelete);
        QCOMPARE(staleDelete.error().kind, WriteError::Kind::VersionConflict);
        // Even a caller that commits after the conflict finds the row untouched.
        QVERIFY(transaction.commit());
    }
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT name_en, version, updated_at, deleted FROM org_units WHERE code = 'A'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Second"));
    QCOMPARE(query.value(1).toLongLong(), second.version);
    QCOMPARE(query.value(2).toLongLong(), t0 + 1);
    QCOMPARE(query.value(3).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), auditRows);
}

void TestRowWriter::tombstonesAndMissingRowsAreNotFound()
{
    QSqlDatabase db = m_database->connection();
    const auto backend = m_database->backend();
    Transaction transaction(db, backend);
    RowWriter writer(db, backend);
    const auto row = writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("A")), at(t0));
    QVERIFY(row);
    QVERIFY(writer.markDeleted(QStringLiteral("org_units"), row->id, at(t0 + 1)));

    const QVariantMap change{{QStringLiteral("name_en"), QStringLiteral("Zombie")}};
    for (const qint64 id : {row->id, row->id + 1000}) {
        const auto updated = writer.update(QStringLiteral("org_units"), id, change, at(t0 + 2));
        QVERIFY(!updated);
        QCOMPARE(updated.error().kind, WriteError::Kind::NotFound);
        const auto deleted = writer.markDeleted(QStringLiteral("org_units"), id, at(t0 + 2));
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().kind, WriteError::Kind::NotFound);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT name_en FROM org_units")).toString(),
             QStringLiteral("Team A"));
}

void TestRowWriter::uniqueAndReferenceViolationsAreConstraintErrors()
{
    QSqlDatabase db = m_database->connection();
    const auto backend = m_database->backend();
    {
        Transaction transaction(db, backend);
        RowWriter writer(db, backend);
        QVERIFY(writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("A")), at(t0)));
        QVERIFY(transaction.commit());
    }
    {
        Transaction transaction(db, backend);
        RowWriter writer(db, backend);
        const auto duplicate =
            writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("A")), at(t0));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, WriteError::Kind::Constraint);
    }
    {
        Transaction transaction(db, backend);
        RowWriter writer(db, backend);
        QVariantMap orphan = unit(QStringLiteral("B"));
        orphan.insert(QStringLiteral("parent_id"), 424242);
        const auto broken = writer.insert(QStringLiteral("org_units"), orphan, at(t0));
        QVERIFY(!broken);
        QCOMPARE(broken.error().kind, WriteError::Kind::Constraint);
    }
    {
        Transaction transaction(db, backend);
        RowWriter writer(db, backend);
        const auto b =
            writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("B")), at(t0));
        QVERIFY(b);
        const auto clash = writer.update(QStringLiteral("org_units"), b->id,
                                         {{QStringLiteral("code"), QStringLiteral("A")}}, at(t0));
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, WriteError::Kind::Constraint);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM org_units")).toLongLong(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), 1);
}

void TestRowWriter::timesComeFromTheWriteContext()
{
    QSqlDatabase db = m_database->connection();
    const auto backend = m_database->backend();
    Transaction transaction(db, backend);
    RowWriter writer(db, backend);
    const auto row = writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("A")), at(t0));
    QVERIFY(row);
    const auto times = [&] {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT created_at, updated_at, deleted FROM org_units"));
        query.next();
        return QList<qint64>{query.value(0).toLongLong(), query.value(1).toLongLong(),
                             query.value(2).toLongLong()};
    };
    QCOMPARE(times(), (QList<qint64>{t0, t0, 0}));
    QVERIFY(writer.update(QStringLiteral("org_units"), row->id, {{QStringLiteral("tier"), 2}},
                          at(t0 + 60'000)));
    QCOMPARE(times(), (QList<qint64>{t0, t0 + 60'000, 0}));
    QVERIFY(writer.markDeleted(QStringLiteral("org_units"), row->id, at(t0 + 120'000)));
    QCOMPARE(times(), (QList<qint64>{t0, t0 + 120'000, 1}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(at) FROM audit_log")).toLongLong(),
             t0 + 120'000);
}

void TestRowWriter::auditRowsCarryOldAndNewValuesWithSecretsHidden()
{
    QSqlDatabase db = m_database->connection();
    const auto backend = m_database->backend();
    const QString hash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
    qint64 id = 0;
    {
        Transaction transaction(db, backend);
        RowWriter writer(db, backend);
        const auto row = writer.insert(QStringLiteral("users"),
                                       {{QStringLiteral("username"), QStringLiteral("sara")},
                                        {QStringLiteral("display_name"), QStringLiteral("سارا")},
                                        {QStringLiteral("password_hash"), hash}},
                                       at(t0, 7));
        QVERIFY(row);
        id = row->id;
        QVERIFY(writer.update(QStringLiteral("users"), id,
                              {{QStringLiteral("display_name"), QStringLiteral("سارا رضایی")},
                               {QStringLiteral("password_hash"), hash + QLatin1Char('2')}},
                              at(t0 + 1, 7)));
        QVERIFY(writer.markDeleted(QStringLiteral("users"), id, at(t0 + 2)));
        QVERIFY(transaction.commit());
    }
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT action, entity, row_id, user_id, at, client,"
                                      " old_values, new_values FROM audit_log ORDER BY seq")));
    const QString secret = QStringLiteral("[secret]");

    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("create"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("users"));
    QCOMPARE(query.value(2).toLongLong(), id);
    QCOMPARE(query.value(3).toLongLong(), 7);
    QCOMPARE(query.value(4).toLongLong(), t0);
    QCOMPARE(query.value(5).toString(), QStringLiteral("test-client"));
    QVERIFY(query.value(6).isNull());
    QJsonObject created = json(query.value(7));
    QCOMPARE(created.value(QStringLiteral("username")).toString(), QStringLiteral("sara"));
    QCOMPARE(created.value(QStringLiteral("display_name")).toString(), QStringLiteral("سارا"));
    QCOMPARE(created.value(QStringLiteral("password_hash")).toString(), secret);

    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("update"));
    const QJsonObject oldValues = json(query.value(6));
    const QJsonObject newValues = json(query.value(7));
    QCOMPARE(oldValues.value(QStringLiteral("display_name")).toString(), QStringLiteral("سارا"));
    QCOMPARE(oldValues.value(QStringLiteral("password_hash")).toString(), secret);
    QCOMPARE(newValues.value(QStringLiteral("display_name")).toString(),
             QStringLiteral("سارا رضایی"));
    QCOMPARE(newValues.value(QStringLiteral("password_hash")).toString(), secret);
    QCOMPARE(oldValues.size(), 2);

    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("delete"));
    QVERIFY(query.value(3).isNull()); // the system, not a user
    QCOMPARE(json(query.value(6)).value(QStringLiteral("deleted")).toInt(), 0);
    QCOMPARE(json(query.value(7)).value(QStringLiteral("deleted")).toInt(), 1);
    QVERIFY(!query.next());
    query.finish();

    // No hash, old or new, reached the trail in any form.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE old_values LIKE "
                                       "'%argon2%' OR new_values LIKE '%argon2%'"))
                 .toLongLong(),
             0);
}

void TestRowWriter::auditAppendAndRowWriteInEitherOrderDoNotDeadlock()
{
    // One transaction appends to the audit trail first (a national ID was read) and then
    // writes a row; another writes a row (which appends) meanwhile. Both must finish.
    QSqlDatabase db = m_database->connection();
    const auto backend = m_database->backend();
    Transaction transaction(db, backend);
    QVERIFY(transaction.isActive());
    AuditEntry read;
    read.atMs = t0;
    read.action = QStringLiteral("read_national_id");
    read.entity = QStringLiteral("citizens");
    read.rowId = 1;
    QVERIFY(AuditLog::append(db, backend, read));

    QSemaphore started;
    std::atomic<bool> otherWrote{false};
    QThread *other = QThread::create([&] {
        QSqlDatabase otherDb = m_database->connection();
        started.release();
        Transaction otherTransaction(otherDb, backend);
        RowWriter writer(otherDb, backend);
        otherWrote =
            otherTransaction.isActive() &&
            writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("B")), at(t0)) &&
            otherTransaction.commit();
    });
    other->start();
    started.acquire();
    QTest::qWait(300); // lets the other writer reach its lock (no assertion depends on it)

    RowWriter writer(db, backend);
    const auto row = writer.insert(QStringLiteral("org_units"), unit(QStringLiteral("A")), at(t0));
    QVERIFY2(row, qPrintable(row ? QString() : row.error().detail));
    QVERIFY(transaction.commit());
    QVERIFY(other->wait(60000));
    delete other;
    QVERIFY(otherWrote.load());
    const auto report = AuditVerifier(db).verify();
    QVERIFY(report && report->isIntact());
    QCOMPARE(report->rowsChecked, 3);
}

void TestRowWriter::refusesNamesThatAreNotIdentifiers()
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, m_database->backend());
    RowWriter writer(db, m_database->backend());
    const auto badTable = writer.insert(QStringLiteral("org_units; DROP TABLE users"),
                                        unit(QStringLiteral("A")), at(t0));
    QVERIFY(!badTable);
    QCOMPARE(badTable.error().kind, WriteError::Kind::Database);
    QVariantMap badColumn = unit(QStringLiteral("A"));
    badColumn.insert(QStringLiteral("version"), 1);
    QVERIFY(!writer.insert(QStringLiteral("org_units"), badColumn, at(t0)));
    QVERIFY(
        !writer.update(QStringLiteral("org_units"), 1, {{QStringLiteral("id) --"), 1}}, at(t0)));
}

QTEST_GUILESS_MAIN(TestRowWriter)
#include "tst_rowwriter.moc"
