// The service dashboard's figures from the cached cases' clear columns, checked against
// figures counted by hand: requests per Iranian day, Saturday week and Jalali month
// (Iran's +03:30 deciding which day an instant falls on), channels, statuses, services,
// districts, the open backlog by age, overdue and escalated cases, and the filter.
#include "casestats.h"
#include "jalalidate.h"
#include "localcache.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

const qint64 hour = 3'600'000;
const qint64 day = 24 * hour;

// 1 Farvardin 1405 (21 March 2026), 00:00 in Tehran, as ms since the epoch.
qint64 nowruz()
{
    return QDateTime(QDate(2026, 3, 21), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() -
           (3 * hour + 30 * 60'000);
}

QJsonObject caseRow(qint64 id, qint64 createdAt, const QJsonObject &fields = {})
{
    QJsonObject row{{QStringLiteral("id"), id},
                    {QStringLiteral("version"), id},
                    {QStringLiteral("deleted"), false},
                    {QStringLiteral("created_at"), createdAt},
                    {QStringLiteral("updated_at"), createdAt},
                    {QStringLiteral("tracking_code"), QStringLiteral("7KD4MX2Q%1").arg(id % 10)},
                    {QStringLiteral("service_id"), 4},
                    {QStringLiteral("channel"), QStringLiteral("phone")},
                    {QStringLiteral("status"), QStringLiteral("in_progress")},
                    {QStringLiteral("team_id"), 3},
                    {QStringLiteral("district_id"), 5},
                    {QStringLiteral("tier"), 1}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

} // namespace

class TestCaseStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void iranDaysWeeksAndMonths()
    {
        // 23:59 UTC on 20 March is already 1 Farvardin in Tehran.
        const qint64 lateUtc =
            QDateTime(QDate(2026, 3, 20), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(CaseStats::iranDate(lateUtc), QDate(2026, 3, 21));
        QCOMPARE(CaseStats::iranDate(lateUtc - 4 * hour), QDate(2026, 3, 20));
        // 21 March 2026 is a Saturday: its own week's first day.
        QCOMPARE(CaseStats::periodStart(QDate(2026, 3, 21), CaseStats::Bucket::Week),
                 QDate(2026, 3, 21));
        QCOMPARE(CaseStats::periodStart(QDate(2026, 3, 27), CaseStats::Bucket::Week),
                 QDate(2026, 3, 21));
        QCOMPARE(CaseStats::periodStart(QDate(2026, 3, 28), CaseStats::Bucket::Week),
                 QDate(2026, 3, 28));
        // Jalali months: Farvardin has 31 days, so Ordibehesht starts on 21 April.
        QCOMPARE(CaseStats::periodStart(QDate(2026, 4, 20), CaseStats::Bucket::Month),
                 QDate(2026, 3, 21));
        QCOMPARE(CaseStats::nextPeriod(QDate(2026, 3, 21), CaseStats::Bucket::Month),
                 QDate(2026, 4, 21));
    }

    void figuresCountedByHand()
    {
        auto opened =
            LocalCache::open(m_dir.filePath(QStringLiteral("stats.cache")), CacheKey::generate());
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        Access::Principal user;
        user.userId = UserId(7);
        user.roles = {Access::Role::Supervisor};
        user.units = {OrgUnitId(3)};
        QVERIFY(cache->setUser(user));
        const qint64 start = nowruz();
        const qint64 now = start + 40 * day + 12 * hour; // noon of day 40
        // Ten cases over the first weeks of 1405:
        //   1-4  on 1 Farvardin (day 0), 5 on day 1, 6 on day 7 (the next Saturday), 7 on
        //   day 31 (1 Ordibehesht), 8 on day 39, 9 on day 40 (today), 10 a year earlier.
        const QList<qint64> days{0, 0, 0, 0, 1, 7, 31, 39, 40, -365};
        QList<QJsonObject> rows;
        for (int i = 0; i < days.size(); ++i) {
            const qint64 id = i + 1;
            QJsonObject fields;
            if (id == 2)
                fields.insert(QStringLiteral("channel"), QStringLiteral("web"));
            if (id == 3 || id == 4)
                fields.insert(QStringLiteral("status"), QStringLiteral("closed"));
            if (id == 5)
                fields.insert(QStringLiteral("tier"), 2);
            if (id == 6)
                fields.insert(QStringLiteral("service_id"), 6),
                    fields.insert(QStringLiteral("district_id"), QJsonValue());
            if (id <= 2)
                fields.insert(QStringLiteral("resolution_due_at"), now - hour); // overdue
            if (id == 9)
                fields.insert(QStringLiteral("resolution_due_at"), now + day);
            rows << caseRow(id, start + days.at(i) * day + 10 * hour, fields);
        }
        QJsonArray changes;
        for (const QJsonObject &row : rows)
            changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("cases")},
                                       {QStringLiteral("row"), row}});
        QVERIFY(cache->applyPullPage(QJsonObject{{QStringLiteral("changes"), changes},
                                                 {QStringLiteral("cursor"), 10},
                                                 {QStringLiteral("more"), false}}));

        const QDate first = QDate(2026, 3, 21);
        const QDate today = first.addDays(40);
        const auto stats =
            CaseStats::compute(*cache, {}, first, today, CaseStats::Bucket::Week, now);
        QVERIFY(stats);
        QCOMPARE(stats->total, 9); // the year-old case is outside the range
        QCOMPARE(stats->perPeriod.value(first), 5);
        QCOMPARE(stats->perPeriod.value(first.addDays(7)), 1);
        QCOMPARE(stats->perPeriod.value(first.addDays(28)), 1); // day 31 in week 5
        QCOMPARE(stats->perPeriod.value(first.addDays(35)), 2); // days 39 and 40
        QCOMPARE(stats->perPeriod.size(), 6);                   // 41 days: six weeks, gaps at 0
        QCOMPARE(stats->perPeriod.value(first.addDays(14)), 0);
        QCOMPARE(stats->perChannel.value(QStringLiteral("web")), 1);
        QCOMPARE(stats->perChannel.value(QStringLiteral("phone")), 8);
        QCOMPARE(stats->perStatus.value(QStringLiteral("closed")), 2);
        QCOMPARE(stats->perService.value(6), 1);
        QCOMPARE(stats->perDistrict.value(0), 1);
        QCOMPARE(stats->perDistrict.value(5), 8);
        // Recurring problems: service 4 in district 5 eight times, service 6 nowhere once.
        QCOMPARE(stats->perServiceDistrict.value(CaseStats::serviceDistrictKey(4, 5)), 8);
        QCOMPARE(stats->perServiceDistrict.value(CaseStats::serviceDistrictKey(6, 0)), 1);
        QCOMPARE(CaseStats::serviceOfKey(CaseStats::serviceDistrictKey(6, 0)), 6);
        QCOMPARE(CaseStats::districtOfKey(CaseStats::serviceDistrictKey(4, 5)), 5);
        QCOMPARE(stats->open, 7);
        QCOMPARE(stats->escalated, 1);
        QCOMPARE(stats->openOverdue, 2);
        QCOMPARE(stats->openWithinTime, 1);
        // Ages at noon of day 40: cases 1, 2 (40 days), 5 (39), 6 (33): 30+; 7 (9 days):
        // 7-30; 8 (1 day): 1-3; 9 (today): < 1 day.
        QCOMPARE(stats->openByAge, (QList<qint64>{1, 1, 0, 1, 4}));

        // By Jalali month: Farvardin holds days 0-30, Ordibehesht the rest.
        const auto months =
            CaseStats::compute(*cache, {}, first, today, CaseStats::Bucket::Month, now);
        QCOMPARE(months->perPeriod.value(first), 6);
        QCOMPARE(months->perPeriod.value(QDate(2026, 4, 21)), 3);
        // Filtered: the web channel only; and a range of one day.
        CaseQueueFilter web;
        web.channels = {QStringLiteral("web")};
        const auto webStats =
            CaseStats::compute(*cache, web, first, today, CaseStats::Bucket::Day, now);
        QCOMPARE(webStats->total, 1);
        // Every breakdown counts the filter's cases only.
        CaseQueueFilter narrow = web;
        narrow.serviceIds = {4};
        narrow.onlyTeamIds = {3};
        const auto narrowStats =
            CaseStats::compute(*cache, narrow, first, today, CaseStats::Bucket::Day, now);
        QCOMPARE(narrowStats->total, 1);
        const auto sum = [](const QHash<qint64, qint64> &counts) {
            qint64 total = 0;
            for (qint64 count : counts)
                total += count;
            return total;
        };
        QCOMPARE(sum(narrowStats->perService), 1);
        QCOMPARE(sum(narrowStats->perDistrict), 1);
        QCOMPARE(sum(narrowStats->perServiceDistrict), 1);
        QCOMPARE(sum(narrowStats->perTeam), 1);
        QCOMPARE(CaseStats::compute(*cache, {}, first, first, CaseStats::Bucket::Day, now)->total,
                 4);
    }

    // A long period is read in parts on several connections at once (one per core): every
    // case is counted exactly once, including those created at the instant one part ends and
    // the next begins, whatever the number of parts.
    void aYearReadInPartsCountsEveryCaseOnce()
    {
        auto opened =
            LocalCache::open(m_dir.filePath(QStringLiteral("year.cache")), CacheKey::generate());
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        Access::Principal user;
        user.userId = UserId(7);
        user.roles = {Access::Role::Supervisor};
        user.units = {OrgUnitId(3)};
        QVERIFY(cache->setUser(user));
        const qint64 start = nowruz();
        const QDate first(2026, 3, 21);
        const QDate last = first.addDays(364);
        const qint64 end = start + 365 * day;
        const qint64 now = end + hour;
        // One case a day at 10:00, and two at each place a split into 2, 3 or 4 parts falls
        // (the instant itself and a millisecond before).
        QList<qint64> times;
        for (int d = 0; d < 365; ++d)
            times << start + d * day + 10 * hour;
        for (int parts = 2; parts <= 4; ++parts) {
            const qint64 span = (end - start + parts - 1) / parts;
            for (int k = 1; k < parts; ++k)
                times << start + k * span << start + k * span - 1;
        }
        times << start - 1 << end; // just outside
        QJsonArray changes;
        qint64 expectedWeb = 0, expectedOpen = 0, expectedEscalated = 0;
        QMap<QDate, qint64> expectedMonths;
        QHash<qint64, qint64> expectedServices;
        for (int i = 0; i < times.size(); ++i) {
            const qint64 id = i + 1;
            const bool inside = times.at(i) >= start && times.at(i) < end;
            QJsonObject fields{{QStringLiteral("service_id"), 1 + id % 5},
                               {QStringLiteral("tier"), id % 7 == 0 ? 2 : 1}};
            if (id % 3 == 0)
                fields.insert(QStringLiteral("channel"), QStringLiteral("web"));
            if (id % 4 == 0)
                fields.insert(QStringLiteral("status"), QStringLiteral("closed"));
            if (inside) {
                expectedWeb += id % 3 == 0;
                expectedOpen += id % 4 != 0;
                expectedEscalated += id % 7 == 0;
                ++expectedServices[1 + id % 5];
                ++expectedMonths[CaseStats::periodStart(CaseStats::iranDate(times.at(i)),
                                                        CaseStats::Bucket::Month)];
            }
            changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("cases")},
                                       {QStringLiteral("row"), caseRow(id, times.at(i), fields)}});
        }
        QVERIFY(cache->applyPullPage(QJsonObject{{QStringLiteral("changes"), changes},
                                                 {QStringLiteral("cursor"), 10},
                                                 {QStringLiteral("more"), false}}));

        const auto stats =
            CaseStats::compute(*cache, {}, first, last, CaseStats::Bucket::Month, now);
        QVERIFY(stats);
        QCOMPARE(stats->total, 365 + 2 * (1 + 2 + 3));
        QCOMPARE(stats->perChannel.value(QStringLiteral("web")), expectedWeb);
        QCOMPARE(stats->perChannel.value(QStringLiteral("phone")), stats->total - expectedWeb);
        QCOMPARE(stats->open, expectedOpen);
        QCOMPARE(stats->escalated, expectedEscalated);
        QCOMPARE(stats->perService, expectedServices);
        QCOMPARE(stats->perPeriod.size(), 12);
        for (auto it = expectedMonths.cbegin(); it != expectedMonths.cend(); ++it)
            QCOMPARE(stats->perPeriod.value(it.key()), it.value());
        qint64 byAge = 0;
        for (qint64 count : stats->openByAge)
            byAge += count;
        QCOMPARE(byAge, expectedOpen);
        // The same year, filtered to the web channel, agrees with the whole's web count.
        CaseQueueFilter web;
        web.channels = {QStringLiteral("web")};
        QCOMPARE(CaseStats::compute(*cache, web, first, last, CaseStats::Bucket::Month, now)->total,
                 expectedWeb);
    }

    void responseResolutionAndSatisfaction()
    {
        const QString path = m_dir.filePath(QStringLiteral("times.cache"));
        const CacheKey key = CacheKey::generate();
        Access::Principal user;
        user.userId = UserId(7);
        user.roles = {Access::Role::Supervisor};
        user.units = {OrgUnitId(3)};
        const qint64 start = nowruz();
        const qint64 now = start + 10 * day;
        {
            auto opened = LocalCache::open(path, key);
            QVERIFY(opened);
            auto cache = std::move(opened).value();
            QVERIFY(cache->setUser(user));
            // Case 1: answered after 2 h, resolved after 2 days; 2: answered after 4 h,
            // resolved (closed) after 4 days; 3: answered after 30 min, still open; 4:
            // neither; 5 (web): answered after 1 h, resolved after 1 day. Scores: 1 → 5,
            // 2 → 2, 3 → 4, 5 → 3 and a deleted answer; 9 (outside the range) → 1.
            const auto at = [start](qint64 ms) { return start + 10 * hour + ms; };
            QList<QJsonObject> rows{
                caseRow(1, at(0),
                        {{QStringLiteral("status"), QStringLiteral("resolved")},
                         {QStringLiteral("first_responded_at"), at(2 * hour)},
                         {QStringLiteral("resolved_at"), at(2 * day)}}),
                caseRow(2, at(0),
                        {{QStringLiteral("status"), QStringLiteral("closed")},
                         {QStringLiteral("first_responded_at"), at(4 * hour)},
                         {QStringLiteral("resolved_at"), at(4 * day)}}),
                caseRow(3, at(0), {{QStringLiteral("first_responded_at"), at(30 * 60'000)}}),
                caseRow(4, at(0)),
                caseRow(5, at(0),
                        {{QStringLiteral("channel"), QStringLiteral("web")},
                         {QStringLiteral("status"), QStringLiteral("resolved")},
                         {QStringLiteral("first_responded_at"), at(hour)},
                         {QStringLiteral("resolved_at"), at(day)}}),
                caseRow(9, start - 30 * day)};
            QJsonArray changes;
            for (const QJsonObject &row : rows)
                changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("cases")},
                                           {QStringLiteral("row"), row}});
            const auto answer = [&](qint64 id, qint64 caseId, int score, bool deleted = false) {
                changes.append(
                    QJsonObject{{QStringLiteral("entity"), QStringLiteral("survey_responses")},
                                {QStringLiteral("row"),
                                 QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("version"), 20 + id},
                                             {QStringLiteral("deleted"), deleted},
                                             {QStringLiteral("case_id"), caseId},
                                             {QStringLiteral("channel"), QStringLiteral("sms")},
                                             {QStringLiteral("score"), score},
                                             {QStringLiteral("responded_at"), at(3 * day)}}}});
            };
            answer(101, 1, 5);
            answer(102, 2, 2);
            answer(103, 3, 4);
            answer(104, 5, 3);
            answer(105, 5, 1, true);
            answer(106, 9, 1);
            QVERIFY(cache->applyPullPage(QJsonObject{{QStringLiteral("changes"), changes},
                                                     {QStringLiteral("cursor"), 30},
                                                     {QStringLiteral("more"), false}}));
        }
        const auto check = [&](LocalCache &cache) {
            const QDate first = QDate(2026, 3, 21);
            const auto stats = CaseStats::compute(cache, {}, first, first.addDays(10),
                                                  CaseStats::Bucket::Day, now);
            QVERIFY(stats);
            QCOMPARE(stats->total, 5);
            QCOMPARE(stats->responded, 4);
            // (2 h + 4 h + 30 min + 1 h) / 4 = 1 h 52.5 min.
            QCOMPARE(stats->averageFirstResponseMinutes(), 112);
            QCOMPARE(stats->resolved, 3);
            QCOMPARE(stats->averageResolutionMinutes(), (2 + 4 + 1) * 24 * 60 / 3);
            QCOMPARE(stats->surveyed, 4);
            QCOMPARE(stats->averageScore(), 3.5);
            QCOMPARE(stats->satisfied, 2);
            // The filter applies to the answers through their cases.
            CaseQueueFilter web;
            web.channels = {QStringLiteral("web")};
            const auto webStats = CaseStats::compute(cache, web, first, first.addDays(10),
                                                     CaseStats::Bucket::Day, now);
            QCOMPARE(webStats->surveyed, 1);
            QCOMPARE(webStats->averageScore(), 3.0);
            QCOMPARE(webStats->averageResolutionMinutes(), 24 * 60);
        };
        {
            auto cache = std::move(LocalCache::open(path, key)).value();
            check(*cache);
        }
        // A cache made before these columns were kept: they are added and filled in from
        // the sealed rows when it is opened, once.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *drop : {"DROP INDEX e_cases_q_dashboard",
                                     "ALTER TABLE e_cases DROP COLUMN first_responded_at",
                                     "ALTER TABLE e_cases DROP COLUMN resolved_at",
                                     "ALTER TABLE e_survey_responses DROP COLUMN score",
                                     "ALTER TABLE e_survey_responses DROP COLUMN responded_at"})
                QVERIFY2(query.exec(QString::fromLatin1(drop)),
                         qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        auto upgraded = LocalCache::open(path, key);
        QVERIFY(upgraded);
        check(**upgraded);
        // The dashboards' index is made again.
        QSqlQuery index((*upgraded)->database());
        QVERIFY(index.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                                          "name = 'e_cases_q_dashboard'")));
        QVERIFY(index.next());
    }
};

QTEST_MAIN(TestCaseStats)
#include "tst_casestats.moc"
