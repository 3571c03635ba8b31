// The field dashboard's figures over a real cache, checked against figures counted by hand:
// missions by status within a range of Iran's days (planned start, else creation), the
// expenses of the claims that count by type and unit (the three totals agreeing to the
// rial), a sum too large for the rials we store, the unit filter, and the approvals waiting
// now by how long they have waited.
#include "fieldstats.h"
#include "localcache.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

const qint64 hour = 3'600'000;
const qint64 day = 24 * hour;

// 1 Azar 1405 (22 November 2026), 00:00 in Tehran.
qint64 firstOfAzar()
{
    return QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() -
           (3 * hour + 30 * 60'000);
}

QJsonObject row(qint64 id, qint64 createdAt, const QJsonObject &fields)
{
    QJsonObject result{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("deleted"), false},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("updated_at"), createdAt}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject mission(qint64 id, const QString &status, qint64 unit, QJsonValue plannedStart,
                    qint64 createdAt)
{
    return row(id, createdAt,
               {{QStringLiteral("purpose"), QStringLiteral("بازدید %1").arg(id)},
                {QStringLiteral("status"), status},
                {QStringLiteral("approval_status"),
                 status == u"draft" ? QStringLiteral("pending") : QStringLiteral("approved")},
                {QStringLiteral("unit_id"), unit},
                {QStringLiteral("planned_start"), plannedStart}});
}

QJsonObject claim(qint64 id, const QString &status, qint64 unit, qint64 submittedAt)
{
    return row(id, submittedAt,
               {{QStringLiteral("claimant_id"), 21},
                {QStringLiteral("unit_id"), unit},
                {QStringLiteral("status"), status},
                {QStringLiteral("title"), QStringLiteral("درخواست %1").arg(id)},
                {QStringLiteral("submitted_at"), submittedAt}});
}

QJsonObject line(qint64 id, qint64 claimId, const QString &type, qint64 amount)
{
    return row(id, firstOfAzar(),
               {{QStringLiteral("claim_id"), claimId},
                {QStringLiteral("expense_type"), type},
                {QStringLiteral("spent_on"), QStringLiteral("2026-11-22")},
                {QStringLiteral("amount_rials"), amount}});
}

QJsonObject step(qint64 id, const QString &type, qint64 subject, int number,
                 const QString &decision, qint64 createdAt, qint64 decidedAt = 0)
{
    QJsonObject fields{{QStringLiteral("subject_type"), type},
                       {QStringLiteral("subject_id"), subject},
                       {QStringLiteral("chain"), 1},
                       {QStringLiteral("step"), number},
                       {QStringLiteral("approver_role"), QStringLiteral("supervisor")},
                       {QStringLiteral("approver_unit_id"), 3},
                       {QStringLiteral("decision"), decision}};
    if (decidedAt != 0)
        fields.insert(QStringLiteral("decided_at"), decidedAt);
    return row(id, createdAt, fields);
}

QJsonArray changes(const QString &entity, const QList<QJsonObject> &rows)
{
    QJsonArray result;
    for (const QJsonObject &r : rows)
        result.append(QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("row"), r}});
    return result;
}

} // namespace

class TestFieldStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<LocalCache> openCache()
    {
        auto opened = LocalCache::open(m_dir.filePath(QStringLiteral("f%1.cache").arg(++m_count)),
                                       CacheKey::generate());
        if (!opened)
            qFatal("cannot open the cache");
        auto cache = std::move(opened).value();
        Access::Principal user;
        user.userId = UserId(7);
        user.roles = {Access::Role::Supervisor};
        user.units = {OrgUnitId(3), OrgUnitId(4)};
        user.visibleUnits = user.units;
        if (!cache->setUser(user))
            qFatal("cannot set the user");
        return cache;
    }

    static bool pull(LocalCache &cache, const QJsonArray &all)
    {
        static qint64 cursor = 0;
        return bool(cache.applyPullPage(QJsonObject{{QStringLiteral("changes"), all},
                                                    {QStringLiteral("drops"), QJsonArray()},
                                                    {QStringLiteral("cursor"), ++cursor},
                                                    {QStringLiteral("more"), false}}));
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void figuresCountedByHand()
    {
        auto cache = openCache();
        const qint64 azar = firstOfAzar();
        const qint64 now = azar + 9 * day + 12 * hour; // noon of 10 Azar
        QJsonArray all;
        // Missions: 1-3 planned in Azar (unit 3: issued, in progress; unit 4: draft), 4
        // planned in Aban (outside), 5 unplanned but created in Azar (completed, unit 3),
        // 6 unplanned and created in Aban (outside).
        for (const QJsonValue &change :
             changes(QStringLiteral("missions"),
                     {mission(1, QStringLiteral("issued"), 3, azar + 2 * day, azar - 40 * day),
                      mission(2, QStringLiteral("in_progress"), 3, azar + 3 * day, azar - 40 * day),
                      mission(3, QStringLiteral("draft"), 4, azar + 5 * day, azar),
                      mission(4, QStringLiteral("completed"), 3, azar - 10 * day, azar - 20 * day),
                      mission(5, QStringLiteral("completed"), 3, QJsonValue(), azar + day),
                      mission(6, QStringLiteral("cancelled"), 3, QJsonValue(), azar - 5 * day)}))
            all.append(change);
        // Claims: 10 submitted (unit 3), 11 approved (unit 4), 12 paid (unit 3) count; 13 a
        // draft, 14 withdrawn, 15 rejected do not; 16 submitted in Aban is outside.
        for (const QJsonValue &change :
             changes(QStringLiteral("expense_claims"),
                     {claim(10, QStringLiteral("submitted"), 3, azar + day),
                      claim(11, QStringLiteral("approved"), 4, azar + 2 * day),
                      claim(12, QStringLiteral("paid"), 3, azar + 3 * day),
                      claim(13, QStringLiteral("draft"), 3, azar + 3 * day),
                      claim(14, QStringLiteral("withdrawn"), 3, azar + 3 * day),
                      claim(15, QStringLiteral("rejected"), 3, azar + 3 * day),
                      claim(16, QStringLiteral("submitted"), 3, azar - 3 * day)}))
            all.append(change);
        for (const QJsonValue &change :
             changes(QStringLiteral("expense_lines"),
                     {line(100, 10, QStringLiteral("transport"), 450'000),
                      line(101, 10, QStringLiteral("meals"), 1'200'000),
                      line(102, 11, QStringLiteral("lodging"), 8'000'000),
                      line(103, 11, QStringLiteral("transport"), 350'000),
                      line(104, 12, QStringLiteral("per_diem"), 2'500'000),
                      line(105, 13, QStringLiteral("transport"), 999'000),
                      line(106, 14, QStringLiteral("lodging"), 5'000'000),
                      line(107, 15, QStringLiteral("meals"), 700'000),
                      line(108, 16, QStringLiteral("transport"), 300'000)}))
            all.append(change);
        // Waiting steps: claim 10's first step (since 1 Azar + 1 day: 8.5 days), mission
        // 3's (made 1 Azar: 9.5 days), claim 16's second step, its first approved 4 hours
        // ago (its turn came then: < 1 day); claim 11's step is decided (approved) and
        // mission 1's too: neither waits.
        for (const QJsonValue &change :
             changes(QStringLiteral("approval_steps"),
                     {step(200, QStringLiteral("expense_claim"), 10, 1, QStringLiteral("pending"),
                           azar + day),
                      step(201, QStringLiteral("mission"), 3, 1, QStringLiteral("pending"), azar),
                      step(202, QStringLiteral("expense_claim"), 16, 1, QStringLiteral("approved"),
                           azar - 3 * day, now - 4 * hour),
                      step(203, QStringLiteral("expense_claim"), 16, 2, QStringLiteral("pending"),
                           azar - 3 * day),
                      step(204, QStringLiteral("expense_claim"), 11, 1, QStringLiteral("approved"),
                           azar + 2 * day, azar + 3 * day),
                      step(205, QStringLiteral("mission"), 1, 1, QStringLiteral("approved"), azar,
                           azar + hour)}))
            all.append(change);
        QVERIFY(pull(*cache, all));

        FieldFilter azarOnly{QDate(2026, 11, 22), QDate(2026, 12, 21), 0};
        const auto stats = FieldStats::compute(*cache, azarOnly, now);
        QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
        QCOMPARE(stats->missions, 4);
        QCOMPARE(stats->missionsByStatus.value(QStringLiteral("issued")), 1);
        QCOMPARE(stats->missionsByStatus.value(QStringLiteral("in_progress")), 1);
        QCOMPARE(stats->missionsByStatus.value(QStringLiteral("draft")), 1);
        QCOMPARE(stats->missionsByStatus.value(QStringLiteral("completed")), 1);
        QCOMPARE(stats->missionsByStatus.value(QStringLiteral("cancelled")), 0);
        QCOMPARE(stats->claims, 3);
        QCOMPARE(stats->expenseLines, 5);
        QCOMPARE(stats->expensesRials, 12'500'000);
        QCOMPARE(stats->expensesByType.value(QStringLiteral("transport")), 800'000);
        QCOMPARE(stats->expensesByType.value(QStringLiteral("meals")), 1'200'000);
        QCOMPARE(stats->expensesByType.value(QStringLiteral("lodging")), 8'000'000);
        QCOMPARE(stats->expensesByType.value(QStringLiteral("per_diem")), 2'500'000);
        QCOMPARE(stats->expensesByUnit.value(3), 4'150'000);
        QCOMPARE(stats->expensesByUnit.value(4), 8'350'000);
        QVERIFY(!stats->overflow);
        QCOMPARE(stats->waitingApprovals, 3);
        QCOMPARE(stats->waitingMissions, 1);
        QCOMPARE(stats->waitingClaims, 2);
        QCOMPARE(stats->waitingByAge, (QList<qint64>{1, 0, 0, 2}));
        QCOMPARE(stats->oldestWaitingSinceMs, azar);

        // Unit 4 alone: mission 3, claim 11, mission 3's step.
        const auto unit4 = FieldStats::compute(*cache, {azarOnly.from, azarOnly.to, 4}, now);
        QVERIFY(unit4);
        QCOMPARE(unit4->missions, 1);
        QCOMPARE(unit4->expensesRials, 8'350'000);
        QCOMPARE(unit4->expensesByUnit.size(), 1);
        QCOMPARE(unit4->waitingApprovals, 1);
        QCOMPARE(unit4->waitingMissions, 1);

        // No range: every mission and claim that counts.
        const auto everything = FieldStats::compute(*cache, {}, now);
        QVERIFY(everything);
        QCOMPARE(everything->missions, 6);
        QCOMPARE(everything->claims, 4);
        QCOMPARE(everything->expensesRials, 12'800'000);

        // A sum that would not fit: reported, never wrapped.
        QVERIFY(pull(*cache, changes(QStringLiteral("expense_lines"),
                                     {line(109, 12, QStringLiteral("other"),
                                           std::numeric_limits<qint64>::max() - 1'000'000)})));
        const auto huge = FieldStats::compute(*cache, azarOnly, now);
        QVERIFY(huge);
        QVERIFY(huge->overflow);
        QVERIFY(huge->expensesRials > 0);
        QCOMPARE(huge->expensesRials, 12'500'000); // it stopped growing
        // A cancelled count gives up between pages.
        std::atomic<bool> cancel{true};
        const auto cancelled = FieldStats::compute(*cache, azarOnly, now, &cancel);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->missions, 0);
    }
};

QTEST_GUILESS_MAIN(TestFieldStats)
#include "tst_fieldstats.moc"
