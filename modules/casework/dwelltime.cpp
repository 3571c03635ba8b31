#include "dwelltime.h"

#include <algorithm>

namespace Shahrvand::CaseWork {

namespace {

void sortByTime(QList<StatusHistoryRow> &history)
{
    std::stable_sort(history.begin(), history.end(),
                     [](const StatusHistoryRow &a, const StatusHistoryRow &b) {
                         return a.changedAt < b.changedAt;
                     });
}

} // namespace

void DwellTime::add(const DwellTime &other)
{
    for (auto it = other.secondsPerTeam.cbegin(); it != other.secondsPerTeam.cend(); ++it)
        secondsPerTeam[it.key()] += it.value();
    for (auto it = other.secondsPerOwner.cbegin(); it != other.secondsPerOwner.cend(); ++it)
        secondsPerOwner[it.key()] += it.value();
    for (auto it = other.secondsPerStatus.cbegin(); it != other.secondsPerStatus.cend(); ++it)
        secondsPerStatus[it.key()] += it.value();
    totalSeconds += other.totalSeconds;
}

DwellTime dwellTime(QList<StatusHistoryRow> history, const QDateTime &now)
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    // As of `now`: what happened later does not count yet.
    history.removeIf([nowSeconds](const StatusHistoryRow &row) {
        return !row.changedAt.isValid() || row.changedAt.toSecsSinceEpoch() > nowSeconds;
    });
    sortByTime(history);
    DwellTime result;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const StatusHistoryRow &row = history.at(i);
        if (row.to == CaseStatus::Closed)
            continue;
        const qint64 start = row.changedAt.toSecsSinceEpoch();
        const qint64 end =
            i + 1 < history.size() ? history.at(i + 1).changedAt.toSecsSinceEpoch() : nowSeconds;
        const qint64 seconds = end - start;
        if (seconds <= 0)
            continue;
        result.secondsPerTeam[row.team] += seconds;
        result.secondsPerOwner[row.owner] += seconds;
        result.secondsPerStatus[row.to] += seconds;
        result.totalSeconds += seconds;
    }
    return result;
}

DwellTime totalDwellTime(const QList<QList<StatusHistoryRow>> &histories, const QDateTime &now)
{
    DwellTime total;
    for (const QList<StatusHistoryRow> &history : histories)
        total.add(dwellTime(history, now));
    return total;
}

QList<PauseInterval> slaPausesFromHistory(QList<StatusHistoryRow> history)
{
    sortByTime(history);
    QList<PauseInterval> pauses;
    bool waiting = false;
    for (const StatusHistoryRow &row : std::as_const(history)) {
        const bool nowWaiting = row.to == CaseStatus::WaitingCitizen;
        if (nowWaiting && !waiting)
            pauses.append(PauseInterval{row.changedAt, {}});
        else if (!nowWaiting && waiting)
            pauses.last().end = row.changedAt;
        waiting = nowWaiting;
    }
    return pauses;
}

} // namespace Shahrvand::CaseWork
