#pragma once

#include "cacheerror.h"
#include "expected.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

#include <atomic>

class QJsonObject;

namespace Shahrvand::Cache {

class LocalCache;

// What the field dashboard counts: a range of Iran's calendar days (both included; an
// invalid date leaves that end open) and one unit (0: every unit this computer holds).
struct FieldFilter
{
    QDate from;
    QDate to;
    qint64 unitId = 0;
};

// The claims and lines an expense figure adds up (FieldStats::compute says the same): the
// claims that count (submitted, approved or paid), submitted in the filter's period, of its
// unit; narrowed, for one bar, to one claim unit (0: claims without one) or one line type.
struct ExpenseFigure
{
    FieldFilter filter;
    std::optional<qint64> unitId;
    QString expenseType; // empty: every type

    bool includes(const QJsonObject &claim) const;
    bool includesLine(const QJsonObject &line) const;
};

// The figures of the field dashboard over the cached missions, expense claims and approval
// steps: each level sees its own, because the cache holds what its user may see.
//  - Missions by status, dated by their planned start (or, unplanned, their creation).
//  - Expenses: the lines of the claims that count (submitted, approved or paid:
//    Missions::countsForMission), dated by their claim's submission, by type and by the
//    claim's unit; the three totals agree to the rial. Sums that would not fit in the
//    rials we store set `overflow` and stop growing: an error to show, never a wrapped
//    number.
//  - Approvals waiting now (the inbox's items, whatever the range: a backlog has no
//    period), by how long they have waited.
struct FieldStats
{
    qint64 missions = 0;
    QHash<QString, qint64> missionsByStatus;

    qint64 claims = 0;
    qint64 expenseLines = 0;
    qint64 expensesRials = 0;
    QHash<QString, qint64> expensesByType; // rials
    QHash<qint64, qint64> expensesByUnit;  // rials; 0: no unit
    bool overflow = false;

    qint64 waitingApprovals = 0;
    qint64 waitingMissions = 0;
    qint64 waitingClaims = 0;
    QList<qint64> waitingByAge;      // ageBounds() buckets: < 1 day, 1-3, 3-7, 7 days and more
    qint64 oldestWaitingSinceMs = 0; // 0: nothing waits

    // The upper bounds of the waiting-age buckets, in days; the last bucket has none.
    static QList<int> ageBounds() { return {1, 3, 7}; }

    static Expected<FieldStats, CacheError> compute(LocalCache &cache, const FieldFilter &filter,
                                                    qint64 nowMs,
                                                    const std::atomic<bool> *cancel = nullptr);
};

} // namespace Shahrvand::Cache
