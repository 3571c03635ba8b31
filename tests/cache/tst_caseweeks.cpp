// Requests per Iranian week for the forecast, from the cached cases' clear columns:
// complete Saturday weeks in Iran's time before today's week, zero-filled, every service
// and the busiest ones, under the user's filter; checked against counts made by hand.
#include "caseweeks.h"
#include "localcache.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

// An instant in Tehran's time (+03:30) as ms since the epoch.
qint64 tehran(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - (3 * 3600 + 30 * 60) * 1000LL;
}

QJsonObject caseRow(qint64 id, qint64 createdAt, const QJsonValue &service, qint64 team = 3)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), id},
                       {QStringLiteral("deleted"), false},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("updated_at"), createdAt},
                       {QStringLiteral("tracking_code"), QStringLiteral("7KD4MX2Q%1").arg(id % 10)},
                       {QStringLiteral("service_id"), service},
                       {QStringLiteral("channel"), QStringLiteral("phone")},
                       {QStringLiteral("status"), QStringLiteral("in_progress")},
                       {QStringLiteral("team_id"), team},
                       {QStringLiteral("tier"), 1}};
}

} // namespace

class TestCaseWeeks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void weeksCountedByHand()
    {
        auto opened =
            LocalCache::open(m_dir.filePath(QStringLiteral("weeks.cache")), CacheKey::generate());
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        Access::Principal user;
        user.userId = UserId(7);
        user.roles = {Access::Role::Supervisor};
        user.units = {OrgUnitId(3)};
        QVERIFY(cache->setUser(user));
        // Today is Wednesday 1 April 2026: its week started on Saturday 28 March, so the
        // four complete weeks before it start on 28 February, 7, 14 and 21 March.
        const QDate today(2026, 4, 1);
        const auto at = [](int month, int day, int hour, int minute) {
            return tehran(QDate(2026, month, day), QTime(hour, minute));
        };
        const QList<QJsonObject> rows{
            caseRow(1, at(3, 21, 0, 10), 4),  // 20 March 20:40 UTC: Tehran's 21st, week 4
            caseRow(2, at(3, 27, 23, 50), 4), // Friday night: still week 4
            caseRow(3, at(3, 20, 23, 50), 4), // week 3
            caseRow(4, at(3, 28, 0, 5), 4),   // this week: not complete, left out
            caseRow(5, at(3, 8, 12, 0), 6),   // 5-7: week 2
            caseRow(6, at(3, 8, 12, 0), 6),
            caseRow(7, at(3, 13, 23, 0), 6),
            caseRow(8, at(3, 8, 12, 0), 6, 9),          // another unit's
            caseRow(9, at(3, 1, 10, 0), 8),             // week 1
            caseRow(10, at(2, 28, 0, 0), QJsonValue()), // week 1's first instant, no service
            caseRow(11, at(2, 27, 23, 59), 4),          // before the first week
        };
        QJsonArray changes;
        for (const QJsonObject &row : rows)
            changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("cases")},
                                       {QStringLiteral("row"), row}});
        QVERIFY(cache->applyPullPage(QJsonObject{{QStringLiteral("changes"), changes},
                                                 {QStringLiteral("cursor"), 11},
                                                 {QStringLiteral("more"), false}}));

        CaseQueueFilter units;
        units.teamIds = QList<qint64>{3};
        const auto weeks = CaseWeeks::count(*cache, units, today, 4, 2);
        QVERIFY(weeks);
        QCOMPARE(weeks->weeks, (QList<QDate>{QDate(2026, 2, 28), QDate(2026, 3, 7),
                                             QDate(2026, 3, 14), QDate(2026, 3, 21)}));
        QCOMPARE(weeks->all, (QList<qint64>{2, 3, 1, 2}));
        // Services 4 and 6 have three each: the smaller id first; 8 is not among the two.
        QCOMPARE(weeks->services.size(), 2);
        QCOMPARE(weeks->services.at(0).serviceId, 4);
        QCOMPARE(weeks->services.at(0).total, 3);
        QCOMPARE(weeks->countsOf(4), (QList<qint64>{0, 0, 1, 2}));
        QCOMPARE(weeks->countsOf(6), (QList<qint64>{0, 3, 0, 0}));
        QCOMPARE(weeks->countsOf(8), (QList<qint64>{0, 0, 0, 0}));
        QCOMPARE(weeks->countsOf(0), weeks->all);

        // Everything (an administrator's view): unit 9's case makes service 6 the busiest.
        const auto everything = CaseWeeks::count(*cache, {}, today, 4, 5);
        QVERIFY(everything);
        QCOMPARE(everything->all, (QList<qint64>{2, 4, 1, 2}));
        QCOMPARE(everything->services.size(), 3);
        QCOMPARE(everything->services.at(0).serviceId, 6);
        QCOMPARE(everything->services.at(2).serviceId, 8);
        QCOMPARE(everything->countsOf(8), (QList<qint64>{1, 0, 0, 0}));

        // One person's cases: none are owned by 7.
        CaseQueueFilter own;
        own.ownerId = 7;
        QCOMPARE(CaseWeeks::count(*cache, own, today, 4, 2)->all, (QList<qint64>(4, 0)));

        // A longer history: the weeks before hold nothing but case 11 (27 February, in the
        // week of 21 February).
        const auto longer = CaseWeeks::count(*cache, units, today, 6, 2);
        QCOMPARE(longer->weeks.first(), QDate(2026, 2, 14));
        QCOMPARE(longer->all, (QList<qint64>{0, 1, 2, 3, 1, 2}));
        // Saturday today: the week just ended is the last one.
        QCOMPARE(CaseWeeks::count(*cache, units, QDate(2026, 3, 28), 1, 2)->all,
                 (QList<qint64>{2}));
    }
};

QTEST_MAIN(TestCaseWeeks)
#include "tst_caseweeks.moc"
