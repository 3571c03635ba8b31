#pragma once

#include "principal.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Shahrvand::Cache {

// Which cached cases a queue shows. Every condition set must hold; each works on the
// cases' clear columns (migration 0002), so a queue never opens rows it does not show.
struct CaseQueueFilter
{
    QStringList statuses;         // only these (empty: any)
    QStringList excludedStatuses; // never these
    // Whose: owned by `ownerId`, in one of `teamIds`, or (ownerOrTeam) either.
    std::optional<qint64> ownerId;
    std::optional<QList<qint64>> teamIds; // an empty list matches nothing
    bool ownerOrTeam = false;
    bool unassigned = false;         // no owner
    bool escalated = false;          // above the first tier, or in the escalated status
    std::optional<qint64> dueBefore; // resolution due before this (ms since the epoch)
    QStringList channels;
    QStringList priorities;
    QList<qint64> serviceIds;
    QList<qint64> districtIds;
    // A saved view's narrowing, on top of whose cases the view shows: these teams, these
    // owners (each empty: any).
    QList<qint64> onlyTeamIds;
    QList<qint64> onlyOwnerIds;
    std::optional<qint64> createdAfter;  // created at or after this (ms since the epoch)
    std::optional<qint64> createdBefore; // created before this
    QString trackingPrefix;              // as typed: normalized by the query
};

// The columns a queue sorts on.
enum class CaseQueueColumn {
    TrackingCode,
    Status,
    Priority, // by rank: low < normal < high < urgent
    Channel,
    Service,
    Owner,
    Team,
    Created,
    Updated,
    FirstResponseDue,
    ResolutionDue,
};

struct CaseQueueSort
{
    CaseQueueColumn column = CaseQueueColumn::ResolutionDue;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// Where a page ended: the last row's sort value and id. The next page starts after it,
// so page N costs what page 1 does. Rows without a value come first ascending, last
// descending; ties go by id in the same direction.
struct CaseQueuePosition
{
    QVariant value;
    qint64 id = 0;
};

struct CaseQueuePage
{
    QList<QJsonObject> rows;               // as the user sees them (local edits included)
    std::optional<CaseQueuePosition> last; // empty when there were no rows
    bool atEnd = false;                    // fewer rows than asked for
};

// The agent's predefined queues.
enum class CaseQueueView {
    MyWork,        // owned by me, not resolved or closed
    MyTeam,        // in my units, not resolved or closed
    Unassigned,    // nobody's, in my units, not resolved or closed
    BreachingSoon, // resolution due within N hours or overdue, mine or my units', open
    EscalatedToMe, // escalated (tier > 1 or status escalated), mine or my units', open
    All,           // every case in the cache, closed ones too
};

namespace CaseQueue {

inline constexpr int defaultBreachingHours = 4;

QList<CaseQueueView> views();
CaseQueueFilter filterFor(CaseQueueView view, const Access::Principal &user, qint64 nowMs,
                          int breachingHours = defaultBreachingHours);
// The clear column a sort walks ("resolution_due_at", "priority_rank", ...).
QString columnName(CaseQueueColumn column);

// The SQL condition of `filter` on e_cases with its bound values (for LocalCache).
QString whereClause(const CaseQueueFilter &filter, QVariantList *values);
// The index a page or a count walks (empty: SQLite's choice).
QString pageIndex(const CaseQueueFilter &filter, const CaseQueueSort &sort);
QString countIndex(const CaseQueueFilter &filter);

} // namespace CaseQueue

} // namespace Shahrvand::Cache
