#include "slaclock.h"

#include "casework_tr_p.h"

#include <algorithm>

namespace Shahrvand::CaseWork {

namespace {

constexpr qint64 msPerMinute = 60 * 1000;

struct Span
{
    qint64 start; // ms since the epoch
    qint64 end;
};

// The pauses as they were known at `asOf`, clipped to [createdAt, asOf], in order.
std::vector<Span> pausesAsOf(const SlaCaseTimes &times, qint64 createdAt, qint64 asOf)
{
    std::vector<Span> spans;
    spans.reserve(std::size_t(times.pauses.size()));
    for (const PauseInterval &pause : times.pauses) {
        if (!pause.start.isValid())
            continue;
        const qint64 start = std::max(pause.start.toMSecsSinceEpoch(), createdAt);
        const qint64 end =
            pause.end.isValid() ? std::min(pause.end.toMSecsSinceEpoch(), asOf) : asOf;
        if (start < asOf && end > start)
            spans.push_back(Span{start, end});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

QDateTime instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// When `targetMs` of unpaused business time has passed since creation: every pause that
// starts before the deadline found so far pushes it on by the business time it covers.
QDateTime deadline(const BusinessCalendar &calendar, const QDateTime &createdAt, qint64 targetMs,
                   const std::vector<Span> &pauses)
{
    QDateTime due = calendar.addBusinessMsecs(createdAt, targetMs);
    for (const Span &pause : pauses) {
        if (!due.isValid() || pause.start >= due.toMSecsSinceEpoch())
            break;
        due = calendar.addBusinessMsecs(
            due, calendar.businessMsecsBetween(instant(pause.start), instant(pause.end)));
    }
    return due;
}

// Unpaused business time from creation to `until`.
qint64 elapsed(const BusinessCalendar &calendar, const QDateTime &createdAt, qint64 until,
               const std::vector<Span> &pauses)
{
    qint64 total = calendar.businessMsecsBetween(createdAt, instant(until));
    for (const Span &pause : pauses) {
        if (pause.start >= until)
            break;
        total -= calendar.businessMsecsBetween(instant(pause.start),
                                               instant(std::min(pause.end, until)));
    }
    return total;
}

SlaClockStatus evaluateClock(SlaClockKind kind, qint64 targetMinutes, int warningPercent,
                             const BusinessCalendar &calendar, const SlaCaseTimes &times,
                             const QDateTime &completion, const QDateTime &now)
{
    SlaClockStatus status;
    status.clock = kind;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const bool completed = completion.isValid() && completion <= now;
    const qint64 until = completed ? completion.toMSecsSinceEpoch() : nowMs;
    const std::vector<Span> pauses = pausesAsOf(times, times.createdAt.toMSecsSinceEpoch(), until);
    const bool paused =
        !completed &&
        std::any_of(times.pauses.cbegin(), times.pauses.cend(), [&now](const PauseInterval &pause) {
            return pause.start.isValid() && pause.start <= now &&
                   (pause.isOpen() || pause.end > now);
        });

    const qint64 targetMs = std::max<qint64>(0, targetMinutes) * msPerMinute;
    const qint64 warningMs = targetMs * std::clamp(warningPercent, 0, 100) / 100;
    status.dueAt = deadline(calendar, times.createdAt, targetMs, pauses);
    status.warningAt = deadline(calendar, times.createdAt, warningMs, pauses);
    const qint64 used = elapsed(calendar, times.createdAt, until, pauses);
    status.businessMinutesLeft = (targetMs - used) / msPerMinute;

    const QDateTime reference = completed ? completion : now;
    status.warningReached = status.warningAt.isValid() && reference >= status.warningAt;
    status.breachReached = status.dueAt.isValid() && reference > status.dueAt;
    if (completed) {
        status.completedAt = completion;
        status.state = status.breachReached ? SlaState::Breached : SlaState::Met;
    } else if (status.breachReached) {
        status.state = SlaState::Breached;
    } else if (paused) {
        status.state = SlaState::Paused;
    } else {
        status.state = status.warningReached ? SlaState::Warning : SlaState::Fine;
    }
    return status;
}

} // namespace

QString slaActionCode(SlaActionKind kind)
{
    switch (kind) {
    case SlaActionKind::NotifyOwner:
        return QStringLiteral("notify_owner");
    case SlaActionKind::NotifySupervisor:
        return QStringLiteral("notify_supervisor");
    case SlaActionKind::Escalate:
        return QStringLiteral("escalate");
    case SlaActionKind::RaisePriority:
        return QStringLiteral("raise_priority");
    }
    Q_UNREACHABLE();
}

QString raisedPriority(QStringView priority)
{
    if (priority.isEmpty() || priority == u"normal")
        return QStringLiteral("high");
    if (priority == u"low")
        return QStringLiteral("normal");
    if (priority == u"high" || priority == u"urgent")
        return QStringLiteral("urgent");
    return priority.toString();
}

std::optional<SlaActionKind> slaActionFromCode(QStringView code)
{
    for (SlaActionKind kind : {SlaActionKind::NotifyOwner, SlaActionKind::NotifySupervisor,
                               SlaActionKind::Escalate, SlaActionKind::RaisePriority}) {
        if (slaActionCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

Expected<QList<SlaActionKind>, QString> slaActionsFromJson(const QJsonArray &codes)
{
    QList<SlaActionKind> actions;
    for (const QJsonValue &value : codes) {
        const QString code = value.toString();
        const auto kind = slaActionFromCode(code);
        if (!kind)
            return value.isString() ? code : QStringLiteral("?");
        if (!actions.contains(*kind))
            actions.append(*kind);
    }
    return actions;
}

const SlaPolicy *selectSlaPolicy(const QList<SlaPolicy> &policies, ServiceId service,
                                 QStringView priority)
{
    const SlaPolicy *best = nullptr;
    int bestScore = -1;
    for (const SlaPolicy &policy : policies) {
        if (policy.service.isValid() && policy.service != service)
            continue;
        if (!policy.priority.isEmpty() && policy.priority != priority)
            continue;
        const int score = (policy.service.isValid() ? 2 : 0) + (policy.priority.isEmpty() ? 0 : 1);
        if (score > bestScore) {
            best = &policy;
            bestScore = score;
        }
    }
    return best;
}

QString slaStateCode(SlaState state)
{
    switch (state) {
    case SlaState::Fine:
        return QStringLiteral("fine");
    case SlaState::Warning:
        return QStringLiteral("warning");
    case SlaState::Breached:
        return QStringLiteral("breached");
    case SlaState::Met:
        return QStringLiteral("met");
    case SlaState::Paused:
        return QStringLiteral("paused");
    }
    Q_UNREACHABLE();
}

QString slaStateDisplayName(SlaState state)
{
    switch (state) {
    case SlaState::Fine:
        return CaseWorkTr::tr("On time");
    case SlaState::Warning:
        return CaseWorkTr::tr("Due soon");
    case SlaState::Breached:
        return CaseWorkTr::tr("Overdue");
    case SlaState::Met:
        return CaseWorkTr::tr("Met");
    case SlaState::Paused:
        return CaseWorkTr::tr("Paused");
    }
    Q_UNREACHABLE();
}

SlaCaseTimes slaCaseTimes(const CaseState &state, const QList<PauseInterval> &closedPauses)
{
    SlaCaseTimes times;
    times.createdAt = state.createdAt;
    times.firstRespondedAt = state.firstRespondedAt;
    times.resolvedAt = state.resolvedAt;
    times.pauses = closedPauses;
    if (state.slaPausedAt.isValid())
        times.pauses.append(PauseInterval{state.slaPausedAt, {}});
    return times;
}

SlaEvaluation evaluateSla(const SlaPolicy &policy, const BusinessCalendar &calendar,
                          const SlaCaseTimes &times, const QDateTime &now)
{
    SlaEvaluation evaluation;
    evaluation.evaluatedAt = now;
    evaluation.firstResponse =
        evaluateClock(SlaClockKind::FirstResponse, policy.firstResponseMinutes,
                      policy.warningPercent, calendar, times, times.firstRespondedAt, now);
    evaluation.resolution =
        evaluateClock(SlaClockKind::Resolution, policy.resolutionMinutes, policy.warningPercent,
                      calendar, times, times.resolvedAt, now);
    return evaluation;
}

QList<SlaFiring> slaFirings(const SlaPolicy &policy, const SlaEvaluation &previous,
                            const SlaEvaluation &current)
{
    QList<SlaFiring> firings;
    for (SlaClockKind kind : {SlaClockKind::FirstResponse, SlaClockKind::Resolution}) {
        const SlaClockStatus &before = previous.clock(kind);
        const SlaClockStatus &after = current.clock(kind);
        if (after.completedAt.isValid())
            continue;
        if (after.warningReached && !before.warningReached) {
            firings.append(
                SlaFiring{kind, SlaThreshold::Warning, after.warningAt, policy.warningActions});
        }
        if (after.breachReached && !before.breachReached)
            firings.append(
                SlaFiring{kind, SlaThreshold::Breach, after.dueAt, policy.breachActions});
    }
    return firings;
}

QList<SlaFiring> slaFiringsBetween(const SlaPolicy &policy, const BusinessCalendar &calendar,
                                   const SlaCaseTimes &times, const QDateTime &previousCheck,
                                   const QDateTime &now)
{
    return slaFirings(policy, evaluateSla(policy, calendar, times, previousCheck),
                      evaluateSla(policy, calendar, times, now));
}

} // namespace Shahrvand::CaseWork
