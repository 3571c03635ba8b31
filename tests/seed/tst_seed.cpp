// Demo and benchmark seeding on a real database: SQLite files, or PostgreSQL under
// pg_virtualenv (SHAHRVAND_TEST_BACKEND=postgres).
#include "auditverifier.h"
#include "businesscalendar.h"
#include "casewriterules.h"
#include "demoseeder.h"
#include "manualclock.h"
#include "migrations.h"
#include "nationalid.h"
#include "phonenumber.h"
#include "rowwriter.h"
#include "scaleseeder.h"
#include "testdatabase.h"
#include "textnormalizer.h"
#include "trackingcode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Shahrvand;
using Shahrvand::Testing::ManualClock;
using Shahrvand::Testing::TestDatabase;

namespace {

qint64 number(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

// The last history row of every case must lead to the case's status.
qint64 casesWithInconsistentHistory(QSqlDatabase db)
{
    return number(
        db, QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.status <> (SELECT h.to_status FROM"
                           " case_status_history h WHERE h.case_id = c.id ORDER BY h.changed_at"
                           " DESC, h.id DESC LIMIT 1) OR NOT EXISTS (SELECT 1 FROM"
                           " case_status_history h WHERE h.case_id = c.id AND h.from_status IS"
                           " NULL AND h.to_status IN ('new', 'assigned') AND"
                           " h.changed_at = c.created_at)"));
}

bool auditIntact(QSqlDatabase db)
{
    const auto report = Records::AuditVerifier(db).verify();
    return report && report->isIntact();
}

} // namespace

class TestSeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRoleHasADemoUser();
    void nationalIdsAndPhonesAreValid();
    void caseHistoriesLeadToTheCaseStatus();
    void casesAreRoutedAndTimedByTheCaseRules();
    void trackingCodesAreUniqueAndValid();
    void demoFillsEveryTableItShould();
    void searchTextIsTheNormalizedForm();
    void everythingIsVersionedAndAudited();
    void secondRunChangesNothing();
    void scaleSeedWritesTheCountsAskedFor();
    void commandSeedsTheDemoCity();

private:
    ManualClock m_clock;
    std::unique_ptr<TestDatabase> m_test;
    std::shared_ptr<Storage::Database> m_database;
};

void TestSeed::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
    m_test = std::make_unique<TestDatabase>();
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    m_database = m_test->open();
    QVERIFY(m_database);
    QVERIFY(Storage::Migrator(m_database).migrate().hasValue());

    QElapsedTimer timer;
    timer.start();
    // Fewer citizens and cases than the command's demo, for time; the same generators.
    Seed::DemoSeeder seeder(m_database, m_clock, Seed::DemoSeeder::Options{300, 500});
    const auto report = seeder.seedAll();
    QVERIFY2(report.hasValue(), qPrintable(report.hasValue() ? QString() : report.error()));
    QVERIFY(report->changedAnything());
    QCOMPARE(report->stepsRun.size(), 9);
    qInfo("demo seed (300 citizens, 500 cases): %lld rows in %lld ms", report->rowsWritten,
          timer.elapsed());
}

void TestSeed::cleanupTestCase()
{
    m_database.reset();
    m_test.reset();
}

void TestSeed::everyRoleHasADemoUser()
{
    QSqlDatabase db = m_database->connection();
    for (const char *role :
         {"agent", "senior_agent", "supervisor", "field_officer", "knowledge_author",
          "knowledge_approver", "finance_approver", "administrator"}) {
        QVERIFY2(number(db, QStringLiteral("SELECT COUNT(*) FROM user_roles r JOIN users u ON"
                                           " u.id = r.user_id WHERE r.role = '%1' AND u.active"
                                           " = 1 AND u.deleted = 0")
                                .arg(QLatin1String(role))) >= 1,
                 role);
    }
    // Everyone but the administrator belongs to a unit; display names are Persian.
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM users u WHERE NOT EXISTS (SELECT 1"
                                       " FROM user_units x WHERE x.user_id = u.id)")),
             0);
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT display_name, password_hash FROM users")));
    while (query.next()) {
        QVERIFY(query.value(0).toString().at(0).script() == QChar::Script_Arabic);
        QVERIFY(query.value(1).toString().startsWith(QStringLiteral("$argon2id$")));
    }
}

void TestSeed::nationalIdsAndPhonesAreValid()
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT national_id FROM citizens")));
    int citizens = 0;
    while (query.next()) {
        ++citizens;
        const QString stored = query.value(0).toString();
        const auto parsed = NationalId::parse(stored);
        QVERIFY2(parsed.hasValue(), qPrintable(stored));
        QCOMPARE(parsed->digits(), stored);
    }
    QCOMPARE(citizens, 300);
    QVERIFY(query.exec(QStringLiteral("SELECT e164, kind FROM citizen_phones")));
    int phones = 0;
    while (query.next()) {
        ++phones;
        const QString stored = query.value(0).toString();
        const auto parsed = PhoneNumber::parse(stored);
        QVERIFY2(parsed.hasValue(), qPrintable(stored));
        QCOMPARE(parsed->e164(), stored);
        QCOMPARE(parsed->isMobile(), query.value(1).toString() == QLatin1String("mobile"));
    }
    QVERIFY(phones >= citizens);
    // Every citizen has a mobile, and coordinates inside the city's box.
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM citizens c WHERE NOT EXISTS (SELECT 1"
                                       " FROM citizen_phones p WHERE p.citizen_id = c.id AND"
                                       " p.kind = 'mobile' AND p.e164 LIKE '+989%')")),
             0);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM citizen_addresses WHERE latitude"
                                       " NOT BETWEEN 35.3 AND 35.42 OR longitude NOT BETWEEN"
                                       " 51.6 AND 51.8 OR district_id IS NULL")),
             0);
}

void TestSeed::casesAreRoutedAndTimedByTheCaseRules()
{
    QSqlDatabase db = m_database->connection();
    // The calendar is one the server's SLA clocks can read, with 1405's holidays.
    QSqlQuery calendar(db);
    QVERIFY(calendar.exec(
        QStringLiteral("SELECT id, working_hours, time_zone FROM business_calendars")));
    QVERIFY(calendar.next());
    const qint64 calendarId = calendar.value(0).toLongLong();
    QVERIFY(CaseWork::utcOffsetFromTimeZone(calendar.value(2).toString()).hasValue());
    QVERIFY(CaseWork::BusinessCalendar::fromWorkingHours(
                QJsonDocument::fromJson(calendar.value(1).toString().toUtf8()).object())
                .hasValue());
    QFile file(QStringLiteral(SHAHRVAND_RESOURCES_DIR "/holidays/1405.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto holidays = CaseWork::parseHolidayFile(QString::fromUtf8(file.readAll()));
    QVERIFY(holidays.hasValue());
    for (const CaseWork::Holiday &holiday : *holidays) {
        QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM calendar_holidays WHERE "
                                           "calendar_id = %1 AND holiday_date = '%2'")
                                .arg(calendarId)
                                .arg(holiday.date.toString(Qt::ISODate))),
                 1);
    }

    // Every case has the policy and due times the server computes for it.
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE sla_policy_id IS NULL "
                                       "OR first_response_due_at <= created_at OR "
                                       "resolution_due_at < first_response_due_at")),
             0);
    QSqlQuery open(db);
    QVERIFY(open.exec(QStringLiteral("SELECT * FROM cases WHERE status IN ('new', 'assigned') "
                                     "ORDER BY id LIMIT 40")));
    QList<QVariantMap> rows;
    while (open.next()) {
        QVariantMap row;
        for (int i = 0; i < open.record().count(); ++i)
            row.insert(open.record().fieldName(i), open.value(i));
        rows << row;
    }
    QVERIFY(!rows.isEmpty());
    Access::Principal system;
    CaseRules::CaseWriteRules rules(db, system, m_clock.now());
    for (const QVariantMap &row : std::as_const(rows)) {
        QVariantMap columns;
        QVERIFY(rules.fillSla(row.value(QStringLiteral("id")).toLongLong(), row, {}, true, columns)
                    .hasValue());
        for (const char *column :
             {"sla_policy_id", "first_response_due_at", "resolution_due_at", "sla_next_at"})
            QCOMPARE(columns.value(QLatin1String(column)).toLongLong(),
                     row.value(QLatin1String(column)).toLongLong());
    }
    // Deadlines already past count as fired: the first SLA check has nothing to catch up on.
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE sla_next_at <= %1")
                            .arg(m_clock.now().toMSecsSinceEpoch())),
             0);
    // The routing rules decided, round robin included.
    QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM routing_rules WHERE cursor_user_id "
                                      "IS NOT NULL")) > 0);
    QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'new'")) > 0);
}

void TestSeed::caseHistoriesLeadToTheCaseStatus()
{
    QSqlDatabase db = m_database->connection();
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM cases")), 500);
    QCOMPARE(casesWithInconsistentHistory(db), 0);
    // Every status and channel appears; times lie in the six months before the clock.
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM cases")), 7);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(DISTINCT channel) FROM cases")), 9);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM case_status_history WHERE"
                                       " changed_at > %1 OR changed_at < %2")
                            .arg(now)
                            .arg(now - 181LL * 24 * 3600 * 1000)),
             0);
    // An owner, when there is one, is a member of the case's team.
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.owner_id IS NOT"
                                       " NULL AND NOT EXISTS (SELECT 1 FROM user_units x WHERE"
                                       " x.user_id = c.owner_id AND x.unit_id = c.team_id)")),
             0);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status IN ('resolved',"
                                       " 'closed') AND resolved_at IS NULL")),
             0);
}

void TestSeed::trackingCodesAreUniqueAndValid()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT tracking_code FROM cases")));
    QSet<QString> codes;
    while (query.next()) {
        const QString code = query.value(0).toString();
        QVERIFY2(TrackingCode::parse(code).hasValue(), qPrintable(code));
        QVERIFY(!codes.contains(code));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), 500);
}

void TestSeed::demoFillsEveryTableItShould()
{
    // Not filled by seeding: sign-in tokens and throttling, uploads, sync bookkeeping.
    QSqlDatabase db = m_database->connection();
    for (const char *table : {"org_units",          "users",
                              "user_roles",         "user_units",
                              "services",           "citizens",
                              "citizen_addresses",  "citizen_phones",
                              "citizen_emails",     "business_calendars",
                              "calendar_holidays",  "sla_policies",
                              "routing_rules",      "cases",
                              "case_notes",         "case_status_history",
                              "interactions",       "knowledge_subjects",
                              "knowledge_articles", "article_versions",
                              "article_services",   "case_articles",
                              "missions",           "mission_assignees",
                              "mission_cases",      "mission_comments",
                              "expense_claims",     "expense_lines",
                              "expense_policies",   "approval_rules",
                              "approval_steps",     "delegations",
                              "survey_responses",   "audit_log"}) {
        QVERIFY2(number(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) >
                     0,
                 table);
    }
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM missions")), 6);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM expense_claims")), 7);
    QCOMPARE(
        number(db, QStringLiteral("SELECT COUNT(DISTINCT article_type) FROM knowledge_articles")),
        4);
    QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM knowledge_articles")) >= 40);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM org_units WHERE kind = 'district'")),
             8);
    // Claim totals are the sum of their lines, in whole rials.
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM expense_claims c WHERE total_rials <>"
                                       " (SELECT SUM(amount_rials) FROM expense_lines l WHERE"
                                       " l.claim_id = c.id)")),
             0);
    // Every mission has a leader who is a field officer.
    QCOMPARE(
        number(db, QStringLiteral("SELECT COUNT(*) FROM missions m WHERE NOT EXISTS (SELECT 1"
                                  " FROM mission_assignees a JOIN user_roles r ON r.user_id ="
                                  " a.user_id AND r.role = 'field_officer' WHERE a.mission_id ="
                                  " m.id AND a.role = 'leader')")),
        0);
}

void TestSeed::searchTextIsTheNormalizedForm()
{
    QSqlQuery query(m_database->connection());
    for (const char *sql :
         {"SELECT search_text, last_name FROM citizens", "SELECT search_text, subject FROM cases",
          "SELECT search_text, title FROM knowledge_articles",
          "SELECT search_text, name_fa FROM services"}) {
        QVERIFY(query.exec(QLatin1String(sql)));
        while (query.next()) {
            const QString searchText = query.value(0).toString();
            QVERIFY(!searchText.isEmpty());
            QCOMPARE(normalizeForSearch(searchText), searchText);
            QVERIFY2(searchText.contains(normalizeForSearch(query.value(1).toString())), sql);
        }
    }
}

void TestSeed::everythingIsVersionedAndAudited()
{
    QSqlDatabase db = m_database->connection();
    QVERIFY(auditIntact(db));
    const qint64 sequence = number(db, QStringLiteral("SELECT value FROM change_sequence"));
    QCOMPARE(number(db, QStringLiteral("SELECT MAX(version) FROM cases")) <= sequence, true);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM cases c WHERE NOT EXISTS (SELECT 1"
                                       " FROM audit_log a WHERE a.entity = 'cases' AND a.row_id ="
                                       " c.id AND a.action = 'create')")),
             0);
    // The staff were created through the user directory: no password in the trail.
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_values LIKE"
                                       " '%argon2%' OR new_values LIKE '%Shahrvand-1405%'")),
             0);
}

void TestSeed::secondRunChangesNothing()
{
    QSqlDatabase db = m_database->connection();
    const qint64 sequence = number(db, QStringLiteral("SELECT value FROM change_sequence"));
    const qint64 audit = number(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    m_clock.advanceDays(3); // a later run, as an operator would make
    const auto again = Seed::DemoSeeder(m_database, m_clock).seedAll();
    QVERIFY(again.hasValue());
    QVERIFY(!again->changedAnything());
    QCOMPARE(again->stepsSkipped.size(), 9);
    QCOMPARE(number(db, QStringLiteral("SELECT value FROM change_sequence")), sequence);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
}

void TestSeed::scaleSeedWritesTheCountsAskedFor()
{
    TestDatabase test;
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto database = test.open();
    QVERIFY(Storage::Migrator(database).migrate().hasValue());
    QSqlDatabase db = database->connection();

    Seed::ScaleOptions options;
    options.citizens = 600;
    options.cases = 2000;
    options.articles = 50;
    options.batchRows = 700; // several transactions, the last one short
    QElapsedTimer timer;
    timer.start();
    Seed::ScaleSeeder seeder(database, m_clock);
    const auto report = seeder.run(options);
    QVERIFY2(report.hasValue(), qPrintable(report.hasValue() ? QString() : report.error()));
    qInfo("scale seed: %lld rows in %lld ms", report->rows, timer.elapsed());
    QCOMPARE(report->cases, 2000);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM citizens")), 600);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM citizen_phones")), 600);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM cases")), 2000);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM knowledge_articles")), 50);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(DISTINCT tracking_code) FROM cases")), 2000);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(DISTINCT national_id) FROM citizens")), 600);
    QCOMPARE(casesWithInconsistentHistory(db), 0);
    // The base was created for it, and one audit entry per batch: 1 + 3 + 1 for 600
    // citizens, 2000 cases and 50 articles in batches of 700.
    QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM users")) >= 8);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action ="
                                       " 'bulk_create'")),
             5);
    QVERIFY(auditIntact(db));
    // Versions are unique across every generated row and below the sequence.
    const qint64 sequence = number(db, QStringLiteral("SELECT value FROM change_sequence"));
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT version FROM cases UNION ALL"
                                       " SELECT version FROM case_status_history UNION ALL SELECT"
                                       " version FROM citizens UNION ALL SELECT version FROM"
                                       " citizen_phones) v WHERE version > %1")
                            .arg(sequence)),
             0);
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT version) FROM (SELECT"
                                       " version FROM cases UNION ALL SELECT version FROM"
                                       " case_status_history) v")),
             0);

    // Ids were given explicitly: ordinary writes after it still get fresh ones.
    Storage::Transaction transaction(db, database->backend());
    Records::RowWriter writer(db, database->backend());
    const auto row = writer.insert(
        QStringLiteral("case_notes"),
        {{QStringLiteral("case_id"), 1}, {QStringLiteral("body"), QStringLiteral("یادداشت")}},
        {std::nullopt, QString(), 1});
    QVERIFY2(row, qPrintable(row ? QString() : row.error().detail));
    const auto another = writer.insert(
        QStringLiteral("cases"),
        {{QStringLiteral("tracking_code"), QStringLiteral("ZZZZZZZZZ")},
         {QStringLiteral("service_id"), number(db, QStringLiteral("SELECT MIN(id) FROM services"))},
         {QStringLiteral("channel"), QStringLiteral("web")}},
        {std::nullopt, QString(), 1});
    QVERIFY2(another, qPrintable(another ? QString() : another.error().detail));
    QVERIFY(transaction.commit());
}

void TestSeed::commandSeedsTheDemoCity()
{
    if (TestDatabase::requestedBackend() != Storage::Backend::SQLite)
        QSKIP("the command is run once, on SQLite");
    TestDatabase test;
    const auto run = [&test] {
        QProcess process;
        process.start(QStringLiteral(SHAHRVAND_SERVER_EXECUTABLE),
                      {QStringLiteral("seed"), QStringLiteral("--db"),
                       QStringLiteral("sqlite:") + test.url().path, QStringLiteral("--demo")});
        process.waitForFinished(300000);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        qInfo("exit %d: %s", process.exitCode(), qPrintable(out));
        return std::make_pair(process.exitCode(), out);
    };
    const auto first = run();
    QCOMPARE(first.first, 0);
    QVERIFY(first.second.startsWith(QStringLiteral("Demo city written")));
    const auto second = run();
    QCOMPARE(second.first, 0);
    QVERIFY(second.second.contains(QStringLiteral("nothing was changed")));

    auto database = test.open();
    QSqlDatabase db = database->connection();
    QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM citizens")), 3000);
    QVERIFY(number(db, QStringLiteral("SELECT COUNT(*) FROM cases")) >= 2000);
    QCOMPARE(casesWithInconsistentHistory(db), 0);
    QVERIFY(auditIntact(db));
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
