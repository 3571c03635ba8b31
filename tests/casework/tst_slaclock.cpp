// The SLA clocks: due times over business hours, pauses while waiting for the citizen,
// states, policy selection, and thresholds that fire once each.
#include "slaclock.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::CaseWork;

namespace {

const QTimeZone tehran(iranUtcOffsetSeconds);

QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), tehran).toUTC();
}

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

SlaPolicy policy(qint64 firstResponse, qint64 resolution, int warningPercent = 80)
{
    SlaPolicy policy;
    policy.id = 1;
    policy.firstResponseMinutes = firstResponse;
    policy.resolutionMinutes = resolution;
    policy.warningPercent = warningPercent;
    policy.warningActions = {SlaActionKind::NotifyOwner};
    policy.breachActions = {SlaActionKind::NotifySupervisor, SlaActionKind::Escalate};
    return policy;
}

BusinessCalendar officeWithNowruz()
{
    BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    calendar.setHolidays(
        {QDate(2026, 3, 21), QDate(2026, 3, 22), QDate(2026, 3, 23), QDate(2026, 3, 24)});
    return calendar;
}

SlaCaseTimes createdAt(const QDateTime &when)
{
    SlaCaseTimes times;
    times.createdAt = when;
    return times;
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::isolateUserFolders(); }

    void selectsTheMostSpecificPolicy();
    void readsActions();
    void dueAcrossTheWeekendAndThursday();
    void dueAcrossNowruzWithUtcInstants();
    void statesOverTime();
    void metAndBreachedAtCompletion();
    void pauseSpanningTheWeekend();
    void pauseAfterTheDueTimeDoesNotForgive();
    void caseTimesFromTheCaseRow();
    void warningThenBreachFireOnceEach();
    void aSleepingTimerFiresBoth();
    void finishedClocksFireNothing();
    void reopenedCaseRunsFromCreation();
};

void TestSlaClock::selectsTheMostSpecificPolicy()
{
    const ServiceId lighting(5);
    const ServiceId waste(6);
    QList<SlaPolicy> policies(5);
    policies[0].id = 10; // default
    policies[1].id = 11;
    policies[1].priority = QStringLiteral("urgent");
    policies[2].id = 12;
    policies[2].service = lighting;
    policies[3].id = 13;
    policies[3].service = lighting;
    policies[3].priority = QStringLiteral("urgent");
    policies[4].id = 14; // a second default: the first one wins
    const auto pick = [&](ServiceId service, const char *priority) {
        const SlaPolicy *found = selectSlaPolicy(policies, service, QString::fromLatin1(priority));
        return found ? found->id : 0;
    };
    QCOMPARE(pick(lighting, "urgent"), 13);
    QCOMPARE(pick(lighting, "normal"), 12);
    QCOMPARE(pick(waste, "urgent"), 11);
    QCOMPARE(pick(waste, "low"), 10);
    QCOMPARE(pick(ServiceId(), ""), 10);
    policies.removeFirst();
    policies.removeLast();
    QCOMPARE(pick(waste, "low"), 0);
}

void TestSlaClock::readsActions()
{
    const auto actions = slaActionsFromJson(
        QJsonArray{QStringLiteral("notify_owner"), QStringLiteral("escalate"),
                   QStringLiteral("raise_priority"), QStringLiteral("notify_supervisor"),
                   QStringLiteral("escalate")});
    QVERIFY(actions);
    QCOMPARE(*actions,
             (QList<SlaActionKind>{SlaActionKind::NotifyOwner, SlaActionKind::Escalate,
                                   SlaActionKind::RaisePriority, SlaActionKind::NotifySupervisor}));
    const auto misspelt = slaActionsFromJson(QJsonArray{QStringLiteral("notify_ownr")});
    QVERIFY(!misspelt);
    QCOMPARE(misspelt.error(), QStringLiteral("notify_ownr"));
    QVERIFY(!slaActionsFromJson(QJsonArray{42}));
    QCOMPARE(raisedPriority(u"low"), QStringLiteral("normal"));
    QCOMPARE(raisedPriority(u"normal"), QStringLiteral("high"));
    QCOMPARE(raisedPriority(u""), QStringLiteral("high"));
    QCOMPARE(raisedPriority(u"high"), QStringLiteral("urgent"));
    QCOMPARE(raisedPriority(u"urgent"), QStringLiteral("urgent"));
    QCOMPARE(raisedPriority(u"odd"), QStringLiteral("odd"));
    for (SlaState state :
         {SlaState::Fine, SlaState::Warning, SlaState::Breached, SlaState::Met, SlaState::Paused}) {
        QVERIFY(!slaStateCode(state).isEmpty());
        QVERIFY(!slaStateDisplayName(state).isEmpty());
    }
}

void TestSlaClock::dueAcrossTheWeekendAndThursday()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    // Thursday 10:00: 4 h to the first response = 3 h on Thursday (half day), Friday off,
    // 1 h on Saturday. 80 % of 4 h is 3 h 12 min: Saturday 08:12.
    const SlaCaseTimes times = createdAt(local(2026, 1, 15, 10));
    const SlaEvaluation now =
        evaluateSla(policy(240, 2400), calendar, times, local(2026, 1, 15, 10));
    QCOMPARE(now.firstResponse.dueAt, local(2026, 1, 17, 9));
    QCOMPARE(now.firstResponse.warningAt, local(2026, 1, 17, 8, 12));
    QCOMPARE(now.firstResponse.businessMinutesLeft, 240);
    QCOMPARE(now.firstResponse.state, SlaState::Fine);
    // 40 h of work: Thu 3 + Sat..Wed 5 x 8 = 43 > 40: Wednesday 13:00.
    QCOMPARE(now.resolution.dueAt, local(2026, 1, 21, 13));
}

void TestSlaClock::dueAcrossNowruzWithUtcInstants()
{
    // Created Wednesday 1404/12/27 at 14:00 in Tehran, given in UTC as stored.
    const SlaCaseTimes times = createdAt(utc(2026, 3, 18, 10, 30));
    const SlaEvaluation evaluation =
        evaluateSla(policy(60, 960), officeWithNowruz(), times, utc(2026, 3, 18, 10, 30));
    QCOMPARE(evaluation.firstResponse.dueAt, utc(2026, 3, 18, 11, 30)); // 15:00 local
    // 16 h: 2 h Wednesday, 5 h Thursday, Friday and Nowruz off, 8 h Wednesday 1405/01/05,
    // 1 h Thursday: 09:00 in Tehran, 05:30 UTC.
    QCOMPARE(evaluation.resolution.dueAt, utc(2026, 3, 26, 5, 30));
    QCOMPARE(evaluation.resolution.dueAt, local(2026, 3, 26, 9));
    // In the middle of Nowruz, 7 h have passed and nothing more is used up.
    const SlaEvaluation holiday =
        evaluateSla(policy(60, 960), officeWithNowruz(), times, local(2026, 3, 22, 11));
    QCOMPARE(holiday.resolution.businessMinutesLeft, 960 - 420);
    QCOMPARE(holiday.resolution.state, SlaState::Fine);
    QCOMPARE(holiday.firstResponse.state, SlaState::Breached);
    QCOMPARE(holiday.firstResponse.businessMinutesLeft, 60 - 420);
}

void TestSlaClock::statesOverTime()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    const SlaPolicy rules = policy(100, 1000, 75);
    const SlaCaseTimes times = createdAt(local(2026, 1, 17, 8)); // Saturday opening
    const auto state = [&](const QDateTime &now) {
        return evaluateSla(rules, calendar, times, now).firstResponse.state;
    };
    QCOMPARE(state(local(2026, 1, 17, 9, 14)), SlaState::Fine);
    QCOMPARE(state(local(2026, 1, 17, 9, 15)), SlaState::Warning);
    QCOMPARE(state(local(2026, 1, 17, 9, 40)), SlaState::Warning); // exactly due: not late yet
    QCOMPARE(state(local(2026, 1, 17, 9, 40).addSecs(1)), SlaState::Breached);
    const SlaClockStatus late =
        evaluateSla(rules, calendar, times, local(2026, 1, 18, 8, 30)).firstResponse;
    QCOMPARE(late.businessMinutesLeft, 100 - 480 - 30);
    QVERIFY(late.warningReached);
    QVERIFY(late.breachReached);
}

void TestSlaClock::metAndBreachedAtCompletion()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    SlaCaseTimes times = createdAt(local(2026, 1, 17, 8));
    times.firstRespondedAt = local(2026, 1, 17, 9);
    times.resolvedAt = local(2026, 1, 20, 9);
    const SlaEvaluation later =
        evaluateSla(policy(60, 480), calendar, times, local(2026, 2, 1, 10));
    QCOMPARE(later.firstResponse.state, SlaState::Met);
    QCOMPARE(later.firstResponse.completedAt, local(2026, 1, 17, 9));
    QCOMPARE(later.firstResponse.businessMinutesLeft, 0);
    QCOMPARE(later.resolution.state, SlaState::Breached);
    QCOMPARE(later.resolution.businessMinutesLeft, 480 - 3 * 480 - 60); // frozen at resolution
    // Before the resolution happened, it does not count yet.
    const SlaEvaluation before =
        evaluateSla(policy(60, 480), calendar, times, local(2026, 1, 17, 12));
    QVERIFY(!before.resolution.completedAt.isValid());
    QCOMPARE(before.resolution.state, SlaState::Fine);
}

void TestSlaClock::pauseSpanningTheWeekend()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    // Created Wednesday 08:00, answered at 09:00, waiting for the citizen from Wednesday 15:00
    // to Saturday 10:00: 1 h Wednesday + 5 h Thursday + 2 h Saturday of business time paused.
    SlaCaseTimes times = createdAt(local(2026, 1, 14, 8));
    times.firstRespondedAt = local(2026, 1, 14, 9);
    times.pauses = {PauseInterval{local(2026, 1, 14, 15), local(2026, 1, 17, 10)}};
    const SlaPolicy rules = policy(60, 960);

    // Without the pause 16 h end on Saturday 11:00; with it 8 h later: Sunday 11:00.
    const SlaEvaluation after = evaluateSla(rules, calendar, times, local(2026, 1, 17, 12));
    QCOMPARE(after.resolution.dueAt, local(2026, 1, 18, 11));
    QCOMPARE(after.resolution.businessMinutesLeft, 960 - 420 - 120);
    QCOMPARE(after.resolution.state, SlaState::Fine);
    QCOMPARE(after.firstResponse.state, SlaState::Met);

    // While the pause is open, the clock stands still and reports it.
    times.pauses = {PauseInterval{local(2026, 1, 14, 15), {}}};
    for (const QDateTime &now : {local(2026, 1, 14, 16), local(2026, 1, 15, 12),
                                 local(2026, 1, 16, 12), local(2026, 1, 17, 9)}) {
        const SlaClockStatus paused = evaluateSla(rules, calendar, times, now).resolution;
        QCOMPARE(paused.state, SlaState::Paused);
        QCOMPARE(paused.businessMinutesLeft, 960 - 420);
    }
    // The due time shown while paused is the one if the citizen answered now.
    QCOMPARE(evaluateSla(rules, calendar, times, local(2026, 1, 17, 10)).resolution.dueAt,
             local(2026, 1, 18, 11));
}

void TestSlaClock::pauseAfterTheDueTimeDoesNotForgive()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    SlaCaseTimes times = createdAt(local(2026, 1, 17, 8));
    times.pauses = {PauseInterval{local(2026, 1, 17, 12), {}}};
    // Due at 10:00; the wait began at 12:00, already late.
    const SlaClockStatus status =
        evaluateSla(policy(30, 120), calendar, times, local(2026, 1, 18, 12)).resolution;
    QCOMPARE(status.dueAt, local(2026, 1, 17, 10));
    QCOMPARE(status.state, SlaState::Breached);
    QCOMPARE(status.businessMinutesLeft, 120 - 240);
}

void TestSlaClock::caseTimesFromTheCaseRow()
{
    CaseState state = initialCaseState(local(2026, 1, 14, 8));
    state.firstRespondedAt = local(2026, 1, 14, 9);
    state.slaPausedAt = local(2026, 1, 17, 11);
    const QList<PauseInterval> closed{{local(2026, 1, 14, 15), local(2026, 1, 17, 10)}};
    const SlaCaseTimes times = slaCaseTimes(state, closed);
    QCOMPARE(times.createdAt, state.createdAt);
    QCOMPARE(times.firstRespondedAt, state.firstRespondedAt);
    QCOMPARE(times.pauses.size(), 2);
    QVERIFY(times.pauses.last().isOpen());
    // Open pauses sorted in with the closed ones in any order.
    SlaCaseTimes shuffled = times;
    std::swap(shuffled.pauses[0], shuffled.pauses[1]);
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    QCOMPARE(evaluateSla(policy(60, 960), calendar, shuffled, local(2026, 1, 18, 9))
                 .resolution.businessMinutesLeft,
             960 - 420 - 60);
}

void TestSlaClock::warningThenBreachFireOnceEach()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    const SlaPolicy rules = policy(60, 480);
    SlaCaseTimes times = createdAt(local(2026, 1, 17, 8));
    // A timer every five minutes for two days: each threshold of each clock fires once.
    QList<SlaFiring> fired;
    QDateTime now = times.createdAt;
    SlaEvaluation previous = evaluateSla(rules, calendar, times, now);
    for (int tick = 0; tick < 2 * 24 * 12; ++tick) {
        now = now.addSecs(300);
        const SlaEvaluation current = evaluateSla(rules, calendar, times, now);
        fired += slaFirings(rules, previous, current);
        previous = current;
    }
    QCOMPARE(fired.size(), 4);
    QCOMPARE(fired.at(0), (SlaFiring{SlaClockKind::FirstResponse, SlaThreshold::Warning,
                                     local(2026, 1, 17, 8, 48), rules.warningActions}));
    QCOMPARE(fired.at(1), (SlaFiring{SlaClockKind::FirstResponse, SlaThreshold::Breach,
                                     local(2026, 1, 17, 9), rules.breachActions}));
    QCOMPARE(fired.at(2), (SlaFiring{SlaClockKind::Resolution, SlaThreshold::Warning,
                                     local(2026, 1, 17, 14, 24), rules.warningActions}));
    QCOMPARE(fired.at(3), (SlaFiring{SlaClockKind::Resolution, SlaThreshold::Breach,
                                     local(2026, 1, 17, 16), rules.breachActions}));
}

void TestSlaClock::aSleepingTimerFiresBoth()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    const SlaPolicy rules = policy(60, 4800);
    const SlaCaseTimes times = createdAt(local(2026, 1, 17, 8));
    const QList<SlaFiring> fired =
        slaFiringsBetween(rules, calendar, times, local(2026, 1, 17, 8), local(2026, 1, 17, 12));
    QCOMPARE(fired.size(), 2);
    QCOMPARE(fired.at(0).threshold, SlaThreshold::Warning);
    QCOMPARE(fired.at(1).threshold, SlaThreshold::Breach);
    QCOMPARE(fired.at(1).actions, rules.breachActions);
    // The next run, nothing new.
    QVERIFY(
        slaFiringsBetween(rules, calendar, times, local(2026, 1, 17, 12), local(2026, 1, 17, 13))
            .isEmpty());
}

void TestSlaClock::finishedClocksFireNothing()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    SlaCaseTimes times = createdAt(local(2026, 1, 17, 8));
    times.firstRespondedAt = local(2026, 1, 17, 8, 50); // after the warning, before the breach
    const QList<SlaFiring> fired = slaFiringsBetween(policy(60, 4800), calendar, times,
                                                     local(2026, 1, 17, 8), local(2026, 1, 17, 12));
    QVERIFY(fired.isEmpty());
    // A paused clock passes no threshold.
    times.firstRespondedAt = local(2026, 1, 17, 8, 10);
    times.pauses = {PauseInterval{local(2026, 1, 17, 9), {}}};
    QVERIFY(slaFiringsBetween(policy(60, 240), calendar, times, local(2026, 1, 17, 9),
                              local(2026, 1, 24, 9))
                .isEmpty());
}

void TestSlaClock::reopenedCaseRunsFromCreation()
{
    // After a reopen resolved_at is empty again: the resolution clock runs from creation.
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    SlaCaseTimes times = createdAt(local(2026, 1, 17, 8));
    times.firstRespondedAt = local(2026, 1, 17, 8, 30);
    const SlaClockStatus reopened =
        evaluateSla(policy(60, 960), calendar, times, local(2026, 1, 20, 8)).resolution;
    QCOMPARE(reopened.state, SlaState::Breached);
    QCOMPARE(reopened.dueAt, local(2026, 1, 18, 16));

    // A timer that kept its evaluation from while the case was resolved (in time) fires the
    // breach once the reopened case is seen again.
    SlaCaseTimes resolved = times;
    resolved.resolvedAt = local(2026, 1, 18, 9);
    const SlaPolicy rules = policy(60, 960);
    const SlaEvaluation before = evaluateSla(rules, calendar, resolved, local(2026, 1, 19, 8));
    QCOMPARE(before.resolution.state, SlaState::Met);
    const QList<SlaFiring> fired =
        slaFirings(rules, before, evaluateSla(rules, calendar, times, local(2026, 1, 20, 8)));
    QCOMPARE(fired.size(), 2); // the warning was not reached before resolving either
    QCOMPARE(fired.at(1).threshold, SlaThreshold::Breach);
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
