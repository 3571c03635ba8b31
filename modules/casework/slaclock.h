#pragma once

#include "businesscalendar.h"
#include "casestatus.h"
#include "caseworkflow.h"
#include "expected.h"
#include "ids.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Shahrvand::CaseWork {

// What to do when a clock reaches its warning or its breach (sla_policies.warning_actions
// and breach_actions, JSON arrays of these codes).
enum class SlaActionKind {
    NotifyOwner,      // "notify_owner"
    NotifySupervisor, // "notify_supervisor"
    Escalate,         // "escalate": to the next tier (the workflow's Escalate, by the system)
    RaisePriority,    // "raise_priority": one step up, at most urgent
};

QString slaActionCode(SlaActionKind kind);
// What "raise_priority" makes of a case's priority: low -> normal -> high -> urgent, which
// stays urgent; an empty priority counts as normal. An unknown code is left as it is.
QString raisedPriority(QStringView priority);
std::optional<SlaActionKind> slaActionFromCode(QStringView code);
// Refuses the whole list on the first code it does not know (returned as the error), so a
// misspelt action is reported instead of silently never firing.
Expected<QList<SlaActionKind>, QString> slaActionsFromJson(const QJsonArray &codes);

// One row of sla_policies. An empty service or priority matches any.
struct SlaPolicy
{
    qint64 id = 0;
    QString name;
    ServiceId service;
    QString priority;
    qint64 calendarId = 0;
    qint64 firstResponseMinutes = 0;
    qint64 resolutionMinutes = 0;
    int warningPercent = 80;
    QList<SlaActionKind> warningActions;
    QList<SlaActionKind> breachActions;
};

// The policy for a case: the most specific match wins (service and priority, then service
// alone, then priority alone, then the default with neither); among equals, the first in
// the list. nullptr if none matches.
const SlaPolicy *selectSlaPolicy(const QList<SlaPolicy> &policies, ServiceId service,
                                 QStringView priority);

enum class SlaClockKind {
    FirstResponse,
    Resolution,
};

enum class SlaState {
    Fine,     // running, before the warning
    Warning,  // running, past the warning threshold
    Breached, // past the due time, finished late or not yet finished
    Met,      // finished in time
    Paused,   // waiting for the citizen, not breached
};

QString slaStateCode(SlaState state); // "fine", "warning", "breached", "met", "paused"
QString slaStateDisplayName(SlaState state);

// The times of a case that the clocks read. Pauses in any order, not overlapping; at most
// one open (the case is waiting for the citizen now).
struct SlaCaseTimes
{
    QDateTime createdAt;
    QDateTime firstRespondedAt;
    QDateTime resolvedAt;
    QList<PauseInterval> pauses;
};

// The closed pauses (from the case's status history, see slaPausesFromHistory) plus the
// open one the case row records in sla_paused_at.
SlaCaseTimes slaCaseTimes(const CaseState &state, const QList<PauseInterval> &closedPauses);

struct SlaClockStatus
{
    SlaClockKind clock = SlaClockKind::FirstResponse;
    SlaState state = SlaState::Fine;
    // With the pauses so far; while paused, as if the case resumed now.
    QDateTime dueAt;
    QDateTime warningAt;
    QDateTime completedAt; // the first response or the resolution, if done by `now`
    // Business minutes to the due time (negative once overdue), frozen while paused and
    // at completion.
    qint64 businessMinutesLeft = 0;
    bool warningReached = false;
    bool breachReached = false;
};

struct SlaEvaluation
{
    QDateTime evaluatedAt;
    SlaClockStatus firstResponse;
    SlaClockStatus resolution;

    const SlaClockStatus &clock(SlaClockKind kind) const
    {
        return kind == SlaClockKind::FirstResponse ? firstResponse : resolution;
    }
};

// The two clocks of a case as of `now`. Only what happened by `now` counts (a pause or a
// resolution later than `now` is ignored), so evaluating at an earlier instant gives what a
// timer saw then. `calendar` is the policy's calendar.
SlaEvaluation evaluateSla(const SlaPolicy &policy, const BusinessCalendar &calendar,
                          const SlaCaseTimes &times, const QDateTime &now);

enum class SlaThreshold {
    Warning,
    Breach,
};

struct SlaFiring
{
    SlaClockKind clock = SlaClockKind::FirstResponse;
    SlaThreshold threshold = SlaThreshold::Warning;
    QDateTime at; // when the threshold was crossed
    QList<SlaActionKind> actions;

    friend bool operator==(const SlaFiring &, const SlaFiring &) = default;
};

// The thresholds crossed between two evaluations of one case, with the policy's actions:
// a timer that keeps its previous evaluation (or only its time, see below) fires each
// action once. A clock that was finished by `current` fires nothing; if a timer slept past
// both thresholds, both fire, warning first.
QList<SlaFiring> slaFirings(const SlaPolicy &policy, const SlaEvaluation &previous,
                            const SlaEvaluation &current);
// The same from the time of the previous check alone, evaluating the case's present times
// at both instants. It cannot know that a reopened case was resolved at the previous check
// (resolved_at is cleared by reopening), so a deadline passed while the case was resolved
// does not fire after the reopen; a timer that keeps the previous evaluation itself and
// calls slaFirings() does fire it.
QList<SlaFiring> slaFiringsBetween(const SlaPolicy &policy, const BusinessCalendar &calendar,
                                   const SlaCaseTimes &times, const QDateTime &previousCheck,
                                   const QDateTime &now);

} // namespace Shahrvand::CaseWork
