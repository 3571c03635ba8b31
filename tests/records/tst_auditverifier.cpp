// Verification of the hash-chained audit trail, on real rows tampered with by SQL, as
// someone with database access would: in the library and through `verify-audit`.
#include "auditlog.h"
#include "auditverifier.h"
#include "database.h"
#include "migrations.h"
#include "rowwriter.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Shahrvand;
using namespace Shahrvand::Records;
using Kind = Shahrvand::Records::AuditProblem::Kind;
using Shahrvand::Storage::Transaction;
using Shahrvand::Testing::TestDatabase;

namespace {

constexpr qint64 t0 = 1'774'083'600'000; // 2026-03-21 09:00 UTC
constexpr int rowsWritten = 30;

// The --db argument for the test database.
QString urlArgument(const Storage::DatabaseUrl &url)
{
    if (url.backend == Storage::Backend::SQLite)
        return QStringLiteral("sqlite:") + url.path;
    const auto encode = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QString userInfo = encode(url.user);
    if (!url.password.isEmpty())
        userInfo += QLatin1Char(':') + encode(url.password);
    if (url.host.startsWith(QLatin1Char('/')))
        return QStringLiteral("postgresql://%1@/%2?host=%3")
            .arg(userInfo, url.databaseName, url.host);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(userInfo, url.host)
        .arg(url.port)
        .arg(url.databaseName);
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

QString hashOf(QSqlDatabase db, qint64 seq)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    query.addBindValue(seq);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAuditVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headParsing();
    void emptyTrailIsIntact();
    void intactTrailVerifiesAcrossPages();
    void alteredValueIsFound();
    void deletedMiddleRowIsFound();
    void swappedRowsAreFound();
    void replacedRowWithRecomputedHashBreaksTheLink();
    void rowsRemovedFromTheEndNeedTheExpectedHead();
    void problemsBeyondTheLimitAreCounted();
    void commandReportsAnIntactTrail();
    void commandListsProblemsAndFails();
    void commandDetectsATruncatedTrailOnlyWithTheHead();
    void commandRefusesAMalformedHead();

private:
    void writeRows(int count);
    QList<AuditProblem> problems(const std::optional<AuditHead> &head = {}, int pageSize = 7);
    Run runCommand(const QStringList &arguments);

    std::unique_ptr<TestDatabase> m_test;
    std::shared_ptr<Storage::Database> m_database;
};

void TestAuditVerifier::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
}

void TestAuditVerifier::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    m_database = m_test->open();
    QVERIFY(m_database);
    QVERIFY(Storage::Migrator(m_database).migrate().hasValue());
}

void TestAuditVerifier::cleanup()
{
    m_database.reset();
    m_test.reset();
}

void TestAuditVerifier::writeRows(int count)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, m_database->backend());
    RowWriter writer(db, m_database->backend());
    for (int i = 0; i < count; ++i) {
        const auto row = writer.insert(
            QStringLiteral("org_units"),
            {{QStringLiteral("kind"), QStringLiteral("team")},
             {QStringLiteral("code"), QStringLiteral("T%1").arg(i)},
             {QStringLiteral("name_fa"), QStringLiteral("تیم %1").arg(i)},
             {QStringLiteral("name_en"), QStringLiteral("Team %1").arg(i)}},
            WriteContext{i % 3 ? std::optional<qint64>(i) : std::nullopt, QString(), t0 + i});
        QVERIFY(row);
    }
    QVERIFY(transaction.commit());
}

QList<AuditProblem> TestAuditVerifier::problems(const std::optional<AuditHead> &head, int pageSize)
{
    AuditVerifier verifier(m_database->connection());
    verifier.setPageSize(pageSize);
    const auto report = verifier.verify(head);
    if (!report) {
        qWarning("%s", qPrintable(report.error()));
        return {AuditProblem{Kind::Altered, -1, -1}};
    }
    for (const AuditProblem &problem : report->problems)
        qInfo("%s", qPrintable(problem.describe()));
    return report->problems;
}

Run TestAuditVerifier::runCommand(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SHAHRVAND_SERVER_EXECUTABLE),
                  QStringList{QStringLiteral("verify-audit"), QStringLiteral("--db"),
                              urlArgument(m_test->url())} +
                      arguments);
    if (!process.waitForFinished(120000))
        return {};
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    qInfo("exit %d\n%s%s", run.exitCode, qPrintable(run.out), qPrintable(run.err));
    return run;
}

void TestAuditVerifier::headParsing()
{
    const QString hash = QString(64, QLatin1Char('a'));
    QCOMPARE(AuditHead::parse(QStringLiteral("42:") + hash), (AuditHead{42, hash}));
    QCOMPARE(AuditHead::parse(QStringLiteral(" 7 : ") + hash.toUpper()), (AuditHead{7, hash}));
    QCOMPARE(AuditHead::parse(QStringLiteral("42:") + hash)->toString(),
             QStringLiteral("42:") + hash);
    QVERIFY(!AuditHead::parse(QStringLiteral("42")));
    QVERIFY(!AuditHead::parse(QStringLiteral("42:abc")));
    QVERIFY(!AuditHead::parse(QStringLiteral("x:") + hash));
    QVERIFY(!AuditHead::parse(QStringLiteral("-1:") + hash));
    QVERIFY(!AuditHead::parse(QStringLiteral("1:") + hash + QLatin1Char('0')));
}

void TestAuditVerifier::emptyTrailIsIntact()
{
    const auto report = AuditVerifier(m_database->connection()).verify();
    QVERIFY(report);
    QVERIFY(report->isIntact());
    QCOMPARE(report->rowsChecked, 0);
    QCOMPARE(report->head, (AuditHead{0, AuditLog::genesisHash()}));
}

void TestAuditVerifier::intactTrailVerifiesAcrossPages()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    for (const int pageSize : {1, 7, rowsWritten, 1000}) {
        AuditVerifier verifier(db);
        verifier.setPageSize(pageSize);
        qint64 pages = 0;
        verifier.setProgressHandler([&pages](qint64) { ++pages; });
        const auto report = verifier.verify(AuditHead{rowsWritten, hashOf(db, rowsWritten)});
        QVERIFY(report);
        QVERIFY(report->isIntact());
        QCOMPARE(report->rowsChecked, rowsWritten);
        QCOMPARE(report->head, (AuditHead{rowsWritten, hashOf(db, rowsWritten)}));
        QVERIFY(pages >= rowsWritten / pageSize);
    }
    // An earlier head is fine: the trail has grown since.
    QVERIFY(problems(AuditHead{12, hashOf(db, 12)}).isEmpty());
}

void TestAuditVerifier::alteredValueIsFound()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET new_values = REPLACE(new_values, "
                                    "'Team 9', 'Team 99') WHERE seq = 10")));
    const auto found = problems();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, Kind::Altered);
    QCOMPARE(found.first().seq, 10);

    QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET user_id = 5 WHERE seq = 1")));
    QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = 30")));
    const auto more = problems();
    QCOMPARE(more.size(), 3);
    QCOMPARE(more.at(0).seq, 1);
    QCOMPARE(more.at(2).seq, 30);
}

void TestAuditVerifier::deletedMiddleRowIsFound()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 14")));
    auto found = problems();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, Kind::Missing);
    QCOMPARE(found.first().seq, 14);
    QCOMPARE(found.first().otherSeq, 14);

    QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq IN (1, 2, 20, 21, 22)")));
    found = problems();
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).seq, 1);
    QCOMPARE(found.at(0).otherSeq, 2);
    QCOMPARE(found.at(2).seq, 20);
    QCOMPARE(found.at(2).otherSeq, 22);
}

void TestAuditVerifier::swappedRowsAreFound()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    // Across a page boundary (pages of 7: rows 7 and 8).
    QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 7")));
    QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET seq = 7 WHERE seq = 8")));
    QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET seq = 8 WHERE seq = -1")));
    const auto found = problems();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).kind, Kind::Reordered);
    QCOMPARE(found.at(0).seq, 7);
    QCOMPARE(found.at(0).otherSeq, 8);
    QCOMPARE(found.at(1).kind, Kind::Reordered);
    QCOMPARE(found.at(1).seq, 8);
    QCOMPARE(found.at(1).otherSeq, 7);
}

void TestAuditVerifier::replacedRowWithRecomputedHashBreaksTheLink()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    // A forger who knows the hash function rewrites row 5 consistently with itself.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT at, entity, row_id, new_values, prev_hash FROM "
                                      "audit_log WHERE seq = 5")));
    QVERIFY(query.next());
    const QString forgedValues =
        query.value(3).toString().replace(QStringLiteral("Team 4"), QStringLiteral("Forged"));
    const QString forgedHash =
        AuditLog::rowHash(query.value(4).toString(), 5, query.value(0).toLongLong(), QString(),
                          QStringLiteral("create"), query.value(1).toString(),
                          query.value(2).toString(), QString(), forgedValues, QString());
    query.finish();
    query.prepare(QStringLiteral(
        "UPDATE audit_log SET new_values = ?, hash = ?, user_id = NULL WHERE seq = 5"));
    query.addBindValue(forgedValues);
    query.addBindValue(forgedHash);
    QVERIFY(query.exec());

    const auto found = problems();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, Kind::BrokenLink);
    QCOMPARE(found.first().seq, 6);
    QCOMPARE(found.first().otherSeq, 5);
}

void TestAuditVerifier::rowsRemovedFromTheEndNeedTheExpectedHead()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    const AuditHead head{rowsWritten, hashOf(db, rowsWritten)};
    QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq >= 29")));
    QVERIFY(problems().isEmpty()); // a shorter chain is still a chain
    const auto found = problems(head);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, Kind::Truncated);
    QCOMPARE(found.first().seq, 28);
    QCOMPARE(found.first().otherSeq, rowsWritten);

    // A head that is there but different: the trail was rewritten from there on.
    const auto rewritten = problems(AuditHead{20, QString(64, QLatin1Char('f'))});
    QCOMPARE(rewritten.size(), 1);
    QCOMPARE(rewritten.first().kind, Kind::HeadMismatch);
    QCOMPARE(rewritten.first().seq, 20);
}

void TestAuditVerifier::problemsBeyondTheLimitAreCounted()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET client = 'x'")));
    AuditVerifier verifier(db);
    verifier.setMaxProblems(10);
    const auto report = verifier.verify();
    QVERIFY(report);
    QCOMPARE(report->problems.size(), 10);
    QCOMPARE(report->problemsNotListed, rowsWritten - 10);
    QCOMPARE(report->rowsChecked, rowsWritten);
}

void TestAuditVerifier::commandReportsAnIntactTrail()
{
    writeRows(rowsWritten);
    const QString hash = hashOf(m_database->connection(), rowsWritten);
    const Run run = runCommand({});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("audit trail intact: %1 rows, head %1 %2").arg(rowsWritten).arg(hash));
    const Run withHead = runCommand(
        {QStringLiteral("--expect-head"), QStringLiteral("%1:%2").arg(rowsWritten).arg(hash)});
    QCOMPARE(withHead.exitCode, 0);
    QVERIFY(withHead.out.startsWith(QStringLiteral("audit trail intact")));
}

void TestAuditVerifier::commandListsProblemsAndFails()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET entity = 'users' WHERE seq = 3")));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 17")));
    const Run run = runCommand({});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QStringLiteral("row 3 was altered")));
    QVERIFY(run.out.contains(QStringLiteral("row 17 is missing")));
    QVERIFY(!run.out.contains(QStringLiteral("audit trail intact")));
}

void TestAuditVerifier::commandDetectsATruncatedTrailOnlyWithTheHead()
{
    writeRows(rowsWritten);
    QSqlDatabase db = m_database->connection();
    const QString head = QStringLiteral("%1:%2").arg(rowsWritten).arg(hashOf(db, rowsWritten));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(rowsWritten)));
    QCOMPARE(runCommand({}).exitCode, 0);
    const Run run = runCommand({QStringLiteral("--expect-head"), head});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QStringLiteral("removed from the end")));
}

void TestAuditVerifier::commandRefusesAMalformedHead()
{
    const Run run = runCommand({QStringLiteral("--expect-head"), QStringLiteral("12")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("SEQ:HASH")));
}

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"
