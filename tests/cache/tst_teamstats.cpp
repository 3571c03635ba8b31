// The teams dashboard's figures over a real cache, checked against figures counted by hand:
// open, overdue and escalated cases per team and per person, what each resolved in a period
// and how long that took, and the level's filter.
#include "localcache.h"
#include "teamstats.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

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

QJsonObject caseRow(qint64 id, qint64 team, QJsonValue owner, const QString &status,
                    qint64 createdAt, const QJsonObject &fields = {})
{
    QJsonObject row{
        {QStringLiteral("id"), id},          {QStringLiteral("version"), id},
        {QStringLiteral("deleted"), false},  {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("service_id"), 4},   {QStringLiteral("channel"), QStringLiteral("phone")},
        {QStringLiteral("status"), status},  {QStringLiteral("team_id"), team},
        {QStringLiteral("owner_id"), owner}, {QStringLiteral("tier"), 1}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

} // namespace

class TestTeamStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void figuresCountedByHand()
    {
        auto cache = std::move(LocalCache::open(m_dir.filePath(QStringLiteral("teams.cache")),
                                                CacheKey::generate()))
                         .value();
        Access::Principal user;
        user.userId = UserId(7);
        user.roles = {Access::Role::Supervisor};
        user.units = {OrgUnitId(3), OrgUnitId(4)};
        QVERIFY(cache->setUser(user));
        const qint64 azar = firstOfAzar();
        const qint64 now = azar + 9 * day + 12 * hour; // noon of 10 Azar
        // Team 3: case 1 open with Zahra (21), overdue; 2 open with Zahra, escalated (tier
        // 2); 3 open, nobody's; 4 resolved by Reza (22) on 5 Azar after 2 days; 5 closed by
        // Reza on 11 Aban (before the period). Team 4: 6 open with Reza; 7 resolved by Reza on
        // 9 Azar after 6 hours; 8 resolved, no resolution time recorded.
        const QList<QJsonObject> rows{
            caseRow(1, 3, 21, QStringLiteral("in_progress"), azar - 20 * day,
                    {{QStringLiteral("resolution_due_at"), now - hour}}),
            caseRow(
                2, 3, 21, QStringLiteral("in_progress"), azar + day,
                {{QStringLiteral("tier"), 2}, {QStringLiteral("resolution_due_at"), now + day}}),
            caseRow(3, 3, QJsonValue(), QStringLiteral("new"), azar + 8 * day),
            caseRow(4, 3, 22, QStringLiteral("resolved"), azar + 2 * day,
                    {{QStringLiteral("resolved_at"), azar + 4 * day}}),
            caseRow(5, 3, 22, QStringLiteral("closed"), azar - 40 * day,
                    {{QStringLiteral("resolved_at"), azar - 20 * day}}),
            caseRow(6, 4, 22, QStringLiteral("waiting_citizen"), azar + 3 * day),
            caseRow(7, 4, 22, QStringLiteral("resolved"), azar + 8 * day,
                    {{QStringLiteral("resolved_at"), azar + 8 * day + 6 * hour}}),
            caseRow(8, 4, 22, QStringLiteral("resolved"), azar + 8 * day)};
        QJsonArray changes;
        for (const QJsonObject &row : rows)
            changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("cases")},
                                       {QStringLiteral("row"), row}});
        QVERIFY(cache->applyPullPage(QJsonObject{{QStringLiteral("changes"), changes},
                                                 {QStringLiteral("cursor"), 10},
                                                 {QStringLiteral("more"), false}}));

        const QDate from(2026, 11, 22);
        const QDate to(2026, 12, 1);
        const auto stats = TeamStats::compute(*cache, {}, from, to, now);
        QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().detail));
        const TeamStats::Load team3 = stats->perTeam.value(3);
        QCOMPARE(team3.open, 3);
        QCOMPARE(team3.overdue, 1);
        QCOMPARE(team3.escalated, 1);
        QCOMPARE(team3.resolved, 1);
        QCOMPARE(team3.averageResolutionMinutes(), 2 * 24 * 60);
        const TeamStats::Load team4 = stats->perTeam.value(4);
        QCOMPARE(team4.open, 1);
        QCOMPARE(team4.resolved, 1);
        QCOMPARE(team4.averageResolutionMinutes(), 6 * 60);
        QCOMPARE(stats->perOwner.value(21).open, 2);
        QCOMPARE(stats->perOwner.value(0).open, 1);
        QCOMPARE(stats->perOwner.value(22).open, 1);
        QCOMPARE(stats->perOwner.value(22).resolved, 2);
        QCOMPARE(stats->perOwner.value(22).averageResolutionMinutes(), (48 + 6) * 60 / 2);
        QCOMPARE(stats->total.open, 4);
        QCOMPARE(stats->total.resolved, 2);

        // One team only (the level's filter, as the dashboard gives it).
        CaseQueueFilter onlyFour;
        onlyFour.onlyTeamIds = {4};
        const auto four = TeamStats::compute(*cache, onlyFour, from, to, now);
        QVERIFY(four);
        QCOMPARE(four->perTeam.size(), 1);
        QCOMPARE(four->total.open, 1);
        // A period before Azar holds case 5's resolution.
        const auto aban =
            TeamStats::compute(*cache, {}, QDate(2026, 10, 23), QDate(2026, 11, 21), now);
        QCOMPARE(aban->total.resolved, 1);
        QCOMPARE(aban->perOwner.value(22).resolved, 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamStats)
#include "tst_teamstats.moc"
