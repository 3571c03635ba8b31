// Dwell time: seconds per team, person and status from status history, and SLA pauses
// read from the same rows.
#include "dwelltime.h"
#include "testenvironment.h"

#include <QTest>
#include <QTimeZone>

using namespace Shahrvand;
using namespace Shahrvand::CaseWork;

namespace {

const QDateTime t0(QDate(2026, 1, 17), QTime(5, 0), QTimeZone::utc());
const OrgUnitId helpDesk(100);
const OrgUnitId specialists(200);
const UserId ali(1);
const UserId sara(2);

StatusHistoryRow row(std::optional<CaseStatus> from, CaseStatus to, OrgUnitId team, UserId owner,
                     qint64 atSeconds)
{
    StatusHistoryRow row;
    row.from = from;
    row.to = to;
    row.team = team;
    row.owner = owner;
    row.changedAt = t0.addSecs(atSeconds);
    return row;
}

// A case that was reassigned to another team and person, waited for the citizen and closed.
QList<StatusHistoryRow> reassignedCase()
{
    using S = CaseStatus;
    return {
        row(std::nullopt, S::New, helpDesk, {}, 0),
        row(S::New, S::Assigned, helpDesk, ali, 600),
        row(S::Assigned, S::InProgress, helpDesk, ali, 900),
        row(S::InProgress, S::Escalated, specialists, {}, 3600),
        row(S::Escalated, S::Assigned, specialists, sara, 4000),
        row(S::Assigned, S::InProgress, specialists, sara, 4100),
        row(S::InProgress, S::WaitingCitizen, specialists, sara, 5000),
        row(S::WaitingCitizen, S::InProgress, specialists, sara, 8000),
        row(S::InProgress, S::Resolved, specialists, sara, 9000),
        row(S::Resolved, S::Closed, specialists, sara, 10000),
    };
}

} // namespace

class TestDwellTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::isolateUserFolders(); }

    void perTeamPersonAndStatus();
    void openCaseCountsUntilNow();
    void rowsInAnyOrderAndToTheSecond();
    void totalsOverManyCases();
    void pausesFromHistory();
};

void TestDwellTime::perTeamPersonAndStatus()
{
    QList<StatusHistoryRow> history = reassignedCase();
    const DwellTime dwell = dwellTime(history, t0.addDays(30));
    QCOMPARE(dwell.totalSeconds, 10000); // nothing counted after closing
    QCOMPARE(dwell.secondsPerTeam.value(helpDesk), 3600);
    QCOMPARE(dwell.secondsPerTeam.value(specialists), 6400);
    QCOMPARE(dwell.secondsPerOwner.value(ali), 3000);
    QCOMPARE(dwell.secondsPerOwner.value(sara), 6000);
    QCOMPARE(dwell.secondsPerOwner.value(UserId()), 600 + 400); // unassigned
    QCOMPARE(dwell.secondsPerStatus.value(CaseStatus::New), 600);
    QCOMPARE(dwell.secondsPerStatus.value(CaseStatus::Assigned), 300 + 100);
    QCOMPARE(dwell.secondsPerStatus.value(CaseStatus::InProgress), 2700 + 900 + 1000);
    QCOMPARE(dwell.secondsPerStatus.value(CaseStatus::Escalated), 400);
    QCOMPARE(dwell.secondsPerStatus.value(CaseStatus::WaitingCitizen), 3000);
    QCOMPARE(dwell.secondsPerStatus.value(CaseStatus::Resolved), 1000);
    QVERIFY(!dwell.secondsPerStatus.contains(CaseStatus::Closed));
}

void TestDwellTime::openCaseCountsUntilNow()
{
    QList<StatusHistoryRow> history = reassignedCase().mid(0, 3); // in progress with Ali
    const DwellTime dwell = dwellTime(history, t0.addSecs(1000));
    QCOMPARE(dwell.totalSeconds, 1000);
    QCOMPARE(dwell.secondsPerStatus.value(CaseStatus::InProgress), 100);
    QCOMPARE(dwell.secondsPerOwner.value(ali), 400);
    QCOMPARE(dwellTime({}, t0).totalSeconds, 0);
}

void TestDwellTime::rowsInAnyOrderAndToTheSecond()
{
    QList<StatusHistoryRow> history = reassignedCase();
    std::reverse(history.begin(), history.end());
    // Milliseconds are cut off each instant, so the parts still add up to the total.
    history[3].changedAt = history[3].changedAt.addMSecs(999);
    const DwellTime dwell = dwellTime(history, t0.addDays(1));
    QCOMPARE(dwell.totalSeconds, 10000);
    QCOMPARE(dwell.secondsPerTeam.value(helpDesk) + dwell.secondsPerTeam.value(specialists),
             dwell.totalSeconds);
    QCOMPARE(dwell.secondsPerOwner.value(sara), 6000);
}

void TestDwellTime::totalsOverManyCases()
{
    using S = CaseStatus;
    const QList<StatusHistoryRow> second{row(std::nullopt, S::New, helpDesk, {}, 100),
                                         row(S::New, S::Assigned, helpDesk, sara, 160)};
    const DwellTime total = totalDwellTime({reassignedCase(), second}, t0.addSecs(1000));
    // The first case up to t0+1000 (still in progress then), the second from 100 to 1000.
    QCOMPARE(total.totalSeconds, 1000 + 900);
    QCOMPARE(total.secondsPerTeam.value(helpDesk), 1900);
    QCOMPARE(total.secondsPerOwner.value(sara), 840);
    QCOMPARE(total.secondsPerOwner.value(ali), 400);
    QCOMPARE(total.secondsPerOwner.value(UserId()), 600 + 60);
    QCOMPARE(total.secondsPerStatus.value(S::New), 660);
}

void TestDwellTime::pausesFromHistory()
{
    QList<StatusHistoryRow> history = reassignedCase();
    QCOMPARE(slaPausesFromHistory(history),
             (QList<PauseInterval>{{t0.addSecs(5000), t0.addSecs(8000)}}));
    // Still waiting: the pause is open.
    const QList<PauseInterval> open = slaPausesFromHistory(history.mid(0, 7));
    QCOMPARE(open.size(), 1);
    QVERIFY(open.first().isOpen());
    QCOMPARE(open.first().start, t0.addSecs(5000));
}

QTEST_GUILESS_MAIN(TestDwellTime)
#include "tst_dwelltime.moc"
