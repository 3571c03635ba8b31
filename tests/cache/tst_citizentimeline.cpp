// A citizen's timeline and summary from the cache's clear columns: cases, interactions,
// missions (through their cases), survey answers and case notes, newest first; the type
// filter and the date range; another citizen's items never among them; edits made here
// in it at once; and a cache made before the columns were kept gets them filled in.
#include "citizentimeline.h"
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
// 1 Azar 1405, 09:00 UTC.
const qint64 t0 = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

QJsonObject row(qint64 id, const QJsonObject &fields)
{
    QJsonObject result{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), id},
                       {QStringLiteral("deleted"), false}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject caseRow(qint64 id, qint64 citizen, qint64 createdAt, const QString &status,
                    qint64 dueAt = 0)
{
    QJsonObject fields{{u"citizen_id"_qs, citizen},
                       {u"created_at"_qs, createdAt},
                       {u"updated_at"_qs, createdAt},
                       {u"service_id"_qs, 4},
                       {u"channel"_qs, u"phone"_qs},
                       {u"status"_qs, status},
                       {u"team_id"_qs, 3},
                       {u"subject"_qs, u"پرونده %1"_qs.arg(id)}};
    if (dueAt)
        fields.insert(u"resolution_due_at"_qs, dueAt);
    return row(id, fields);
}

bool pull(LocalCache &cache, const QList<QPair<QString, QJsonObject>> &rows)
{
    static qint64 cursor = 0;
    QJsonArray changes;
    for (const auto &[entity, r] : rows)
        changes.append(QJsonObject{{u"entity"_qs, entity}, {u"row"_qs, r}});
    cursor += rows.size();
    return bool(cache.applyPullPage(
        QJsonObject{{u"changes"_qs, changes}, {u"cursor"_qs, cursor}, {u"more"_qs, false}}));
}

// "case:11", "interaction:21", ... in the timeline's order.
QStringList items(const QList<CitizenTimelineEntry> &entries)
{
    static const QStringList names{u"case"_qs, u"interaction"_qs, u"mission"_qs, u"survey"_qs,
                                   u"note"_qs};
    QStringList result;
    for (const CitizenTimelineEntry &entry : entries)
        result << names.at(int(entry.kind)) + u':' + QString::number(entry.id);
    return result;
}

QStringList timeline(LocalCache &cache, qint64 citizen, const CitizenTimelineFilter &filter = {})
{
    const auto entries = citizenTimeline(cache, citizen, filter);
    if (!entries) {
        qWarning() << entries.error().detail;
        return {u"error"_qs};
    }
    return items(*entries);
}

} // namespace

class TestCitizenTimeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CacheKey m_key = CacheKey::generate();
    QString m_path;

    std::unique_ptr<LocalCache> open()
    {
        auto opened = LocalCache::open(m_path, m_key);
        if (!opened)
            qWarning() << opened.error().detail;
        return opened ? std::move(opened).value() : nullptr;
    }

    // Citizen 1's items (and citizen 2's, which must never show among them):
    //   day 1   case 10 (open, due day 2), its note 30 an hour later
    //   day 2   call 20
    //   day 3   mission 50 gets case 10 (and case 11 on day 5: still one mission item)
    //   day 5   case 11 (resolved)
    //   day 6   call 21
    //   day 7   survey 40 on case 11 (score 4)
    //   citizen 2: case 12 (day 3), call 22, note 31, survey 41, mission 51.
    void plant(LocalCache &cache)
    {
        QVERIFY(pull(
            cache, {{u"citizens"_qs, row(1, {{u"first_name"_qs, u"مریم"_qs}})},
                    {u"citizens"_qs, row(2, {{u"first_name"_qs, u"علی"_qs}})},
                    {u"cases"_qs, caseRow(10, 1, t0 + day, u"in_progress"_qs, t0 + 2 * day)},
                    {u"cases"_qs, caseRow(11, 1, t0 + 5 * day, u"resolved"_qs)},
                    {u"cases"_qs, caseRow(12, 2, t0 + 3 * day, u"new"_qs, t0 + 4 * day)},
                    {u"interactions"_qs, row(20, {{u"citizen_id"_qs, 1},
                                                  {u"channel"_qs, u"phone"_qs},
                                                  {u"direction"_qs, u"inbound"_qs},
                                                  {u"started_at"_qs, t0 + 2 * day}})},
                    {u"interactions"_qs, row(21, {{u"citizen_id"_qs, 1},
                                                  {u"channel"_qs, u"walk_in"_qs},
                                                  {u"direction"_qs, u"inbound"_qs},
                                                  {u"started_at"_qs, t0 + 6 * day}})},
                    {u"interactions"_qs, row(22, {{u"citizen_id"_qs, 2},
                                                  {u"channel"_qs, u"phone"_qs},
                                                  {u"direction"_qs, u"inbound"_qs},
                                                  {u"started_at"_qs, t0 + 4 * day}})},
                    {u"case_notes"_qs, row(30, {{u"case_id"_qs, 10},
                                                {u"body"_qs, u"تماس گرفته شد"_qs},
                                                {u"created_at"_qs, t0 + day + hour}})},
                    {u"case_notes"_qs, row(31, {{u"case_id"_qs, 12},
                                                {u"body"_qs, u"x"_qs},
                                                {u"created_at"_qs, t0 + 3 * day + hour}})},
                    {u"survey_responses"_qs, row(40, {{u"case_id"_qs, 11},
                                                      {u"citizen_id"_qs, 1},
                                                      {u"channel"_qs, u"sms"_qs},
                                                      {u"score"_qs, 4},
                                                      {u"responded_at"_qs, t0 + 7 * day}})},
                    {u"survey_responses"_qs, row(41, {{u"case_id"_qs, 12},
                                                      {u"citizen_id"_qs, 2},
                                                      {u"channel"_qs, u"sms"_qs},
                                                      {u"score"_qs, 1},
                                                      {u"responded_at"_qs, t0 + 8 * day}})},
                    {u"missions"_qs, row(50, {{u"purpose"_qs, u"بازدید"_qs}, {u"unit_id"_qs, 3}})},
                    {u"missions"_qs, row(51, {{u"purpose"_qs, u"دیگر"_qs}, {u"unit_id"_qs, 3}})},
                    {u"mission_cases"_qs, row(60, {{u"mission_id"_qs, 50},
                                                   {u"case_id"_qs, 10},
                                                   {u"created_at"_qs, t0 + 3 * day}})},
                    {u"mission_cases"_qs, row(61, {{u"mission_id"_qs, 50},
                                                   {u"case_id"_qs, 11},
                                                   {u"created_at"_qs, t0 + 5 * day + hour}})},
                    {u"mission_cases"_qs, row(62, {{u"mission_id"_qs, 51},
                                                   {u"case_id"_qs, 12},
                                                   {u"created_at"_qs, t0 + 3 * day}})}}));
    }

    const QStringList everything{u"survey:40"_qs,  u"interaction:21"_qs, u"case:11"_qs,
                                 u"mission:50"_qs, u"interaction:20"_qs, u"note:30"_qs,
                                 u"case:10"_qs};

    void checkAll(LocalCache &cache)
    {
        QCOMPARE(timeline(cache, 1), everything);
        QCOMPARE(timeline(cache, 2), (QStringList{u"survey:41"_qs, u"interaction:22"_qs,
                                                  u"note:31"_qs, u"mission:51"_qs, u"case:12"_qs}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"timeline.cache"_qs);
        auto cache = open();
        QVERIFY(cache);
        Access::Principal user;
        user.userId = UserId(7);
        user.roles = {Access::Role::Agent};
        user.units = {OrgUnitId(3)};
        QVERIFY(cache->setUser(user));
        plant(*cache);
    }

    void newestFirstWithTheirFacts()
    {
        auto cache = open();
        QVERIFY(cache);
        checkAll(*cache);
        const auto entries = citizenTimeline(*cache, 1, {});
        QVERIFY(entries);
        const CitizenTimelineEntry &survey = entries->at(0);
        QCOMPARE(survey.score, 4);
        QCOMPARE(survey.caseId, 11);
        QCOMPARE(survey.atMs, t0 + 7 * day);
        QCOMPARE(survey.entity(), u"survey_responses"_qs);
        const CitizenTimelineEntry &mission = entries->at(3);
        QCOMPARE(mission.entity(), u"missions"_qs);
        QCOMPARE(mission.atMs, t0 + 3 * day); // when the first of the cases joined it
        QCOMPARE(mission.caseId, 10);
        const CitizenTimelineEntry &open = entries->at(6);
        QCOMPARE(open.status, u"in_progress"_qs);
        QCOMPARE(open.dueMs, t0 + 2 * day);
        QCOMPARE(entries->at(5).caseId, 10); // the note's case
        QVERIFY(timeline(*cache, 3).isEmpty());
    }

    void filteredByKindAndDates()
    {
        auto cache = open();
        QVERIFY(cache);
        CitizenTimelineFilter calls;
        calls.kinds = CitizenTimelineFilter::bit(TimelineKind::Interaction);
        QCOMPARE(timeline(*cache, 1, calls),
                 (QStringList{u"interaction:21"_qs, u"interaction:20"_qs}));
        CitizenTimelineFilter casesAndNotes;
        casesAndNotes.kinds = CitizenTimelineFilter::bit(TimelineKind::Case) |
                              CitizenTimelineFilter::bit(TimelineKind::Note);
        QCOMPARE(timeline(*cache, 1, casesAndNotes),
                 (QStringList{u"case:11"_qs, u"note:30"_qs, u"case:10"_qs}));
        CitizenTimelineFilter missions;
        missions.kinds = CitizenTimelineFilter::bit(TimelineKind::Mission);
        QCOMPARE(timeline(*cache, 1, missions), QStringList{u"mission:50"_qs});
        // From day 2 (inclusive) to day 6 (exclusive): the call of day 6 is out.
        CitizenTimelineFilter days;
        days.fromMs = t0 + 2 * day;
        days.toMs = t0 + 6 * day;
        QCOMPARE(timeline(*cache, 1, days),
                 (QStringList{u"case:11"_qs, u"mission:50"_qs, u"interaction:20"_qs}));
        // A mission is in a range by when it got the citizen's first case.
        days.fromMs = t0 + 4 * day;
        QCOMPARE(timeline(*cache, 1, days), QStringList{u"case:11"_qs});
        days.fromMs.reset();
        days.toMs = t0 + day + hour; // exclusive: the note is out
        QCOMPARE(timeline(*cache, 1, days), QStringList{u"case:10"_qs});
        CitizenTimelineFilter none;
        none.kinds = 0;
        QVERIFY(timeline(*cache, 1, none).isEmpty());
    }

    void summaryFigures()
    {
        auto cache = open();
        QVERIFY(cache);
        const auto summary = citizenSummary(*cache, 1, t0 + 10 * day);
        QVERIFY(summary);
        QCOMPARE(summary->cases, 2);
        QCOMPARE(summary->openCases, 1);
        QCOMPARE(summary->overdueCases, 1); // case 10, due day 2
        QCOMPARE(summary->interactions, 2);
        QCOMPARE(summary->lastContactMs, t0 + 6 * day);
        QCOMPARE(summary->surveys, 1);
        QCOMPARE(summary->averageScore(), 4.0);
        // Before case 10 is due it is not overdue.
        QCOMPARE(citizenSummary(*cache, 1, t0 + day)->overdueCases, 0);
        const auto other = citizenSummary(*cache, 2, t0 + 10 * day);
        QCOMPARE(other->cases, 1);
        QCOMPARE(other->averageScore(), 1.0);
        QCOMPARE(citizenSummary(*cache, 3, t0)->cases, 0);
    }

    void editsMadeHereAreInIt()
    {
        auto cache = open();
        QVERIFY(cache);
        const auto created = cache->create(u"interactions"_qs, {{u"citizen_id"_qs, 1},
                                                                {u"channel"_qs, u"phone"_qs},
                                                                {u"direction"_qs, u"outbound"_qs},
                                                                {u"started_at"_qs, t0 + 9 * day}});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
        QCOMPARE(timeline(*cache, 1).first(), u"interaction:%1"_qs.arg(*created));
        QCOMPARE(citizenSummary(*cache, 1, t0)->lastContactMs, t0 + 9 * day);
        QVERIFY(cache->remove(u"interactions"_qs, *created));
        QCOMPARE(timeline(*cache, 1), everything);
        QCOMPARE(citizenSummary(*cache, 1, t0)->interactions, 2);
    }

    void olderCachesGetTheColumns()
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *drop :
                 {"DROP INDEX e_cases_q_citizen", "DROP INDEX e_interactions_q_citizen",
                  "DROP INDEX e_case_notes_q_case", "DROP INDEX e_mission_cases_q_case",
                  "ALTER TABLE e_cases DROP COLUMN citizen_id",
                  "ALTER TABLE e_interactions DROP COLUMN started_at",
                  "ALTER TABLE e_case_notes DROP COLUMN created_at",
                  "ALTER TABLE e_mission_cases DROP COLUMN case_id",
                  "ALTER TABLE e_mission_cases DROP COLUMN created_at"})
                QVERIFY2(query.exec(QString::fromLatin1(drop)),
                         qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        auto cache = open();
        QVERIFY(cache);
        checkAll(*cache);
        QSqlQuery query(cache->database());
        QVERIFY(
            query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                       "('e_cases_q_citizen', 'e_interactions_q_citizen', 'e_case_notes_q_case', "
                       "'e_survey_responses_q_case', 'e_mission_cases_q_case')"_qs));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        // The timeline walks the citizen's index, not the whole table.
        QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT id, created_at, status, resolution_due_at "
                           "FROM e_cases WHERE citizen_id = 1 AND local <> 2"_qs));
        QString plan;
        while (query.next())
            plan += query.value(3).toString();
        QVERIFY2(plan.contains(u"COVERING INDEX e_cases_q_citizen"_qs), qPrintable(plan));
        QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT id, started_at FROM e_interactions WHERE "
                           "parent_id = 1 AND local <> 2"_qs));
        plan.clear();
        while (query.next())
            plan += query.value(3).toString();
        QVERIFY2(plan.contains(u"COVERING INDEX e_interactions_q_citizen"_qs), qPrintable(plan));
    }
};

QTEST_MAIN(TestCitizenTimeline)
#include "tst_citizentimeline.moc"
