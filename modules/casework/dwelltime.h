#pragma once

#include "casestatus.h"
#include "ids.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Shahrvand::CaseWork {

// How long cases stayed with each team, each person and in each status, in whole seconds
// of wall-clock time (not business time: this is what the citizen waited).
//
// Rules:
//  - Each history row starts a stretch in its `to` status with its team and owner; the
//    stretch ends at the next row, or at `now` for the last one.
//  - As of `now`: rows after `now` are ignored, as the SLA clocks do.
//  - Time in `closed` is not counted: a closed case waits for nobody.
//  - A stretch without a team or an owner is counted under the invalid id (OrgUnitId(),
//    UserId()): "unassigned" time is worth seeing.
//  - Rows are taken in order of changed_at (rows at the same instant in the given order);
//    instants are cut to whole seconds first, so the parts always add up to the total.
struct DwellTime
{
    QHash<OrgUnitId, qint64> secondsPerTeam;
    QHash<UserId, qint64> secondsPerOwner;
    QHash<CaseStatus, qint64> secondsPerStatus;
    qint64 totalSeconds = 0;

    void add(const DwellTime &other);
};

DwellTime dwellTime(QList<StatusHistoryRow> history, const QDateTime &now);
// The sum over many cases' histories.
DwellTime totalDwellTime(const QList<QList<StatusHistoryRow>> &histories, const QDateTime &now);

// The waits for the citizen in a case's history: from entering waiting_citizen to leaving
// it. The last one is open if the case is still waiting.
QList<PauseInterval> slaPausesFromHistory(QList<StatusHistoryRow> history);

} // namespace Shahrvand::CaseWork
