// The case queues: filters and keyset pages over the cases' clear columns.
#include "casequeue.h"

#include "localcache_p.h"
#include "vocabulary.h"

#include <algorithm>

namespace Shahrvand::Cache {

namespace CaseQueue {

namespace {

const QStringList finished{QStringLiteral("resolved"), QStringLiteral("closed")};

QList<qint64> idsOf(const QSet<OrgUnitId> &units)
{
    QList<qint64> ids;
    for (const OrgUnitId unit : units)
        ids.append(unit.value());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString marks(qsizetype count)
{
    QStringList list(count, QStringLiteral("?"));
    return list.join(u',');
}

} // namespace

QList<CaseQueueView> views()
{
    return {CaseQueueView::MyWork,        CaseQueueView::MyTeam,        CaseQueueView::Unassigned,
            CaseQueueView::BreachingSoon, CaseQueueView::EscalatedToMe, CaseQueueView::All};
}

CaseQueueFilter filterFor(CaseQueueView view, const Access::Principal &user, qint64 nowMs,
                          int breachingHours)
{
    CaseQueueFilter filter;
    filter.excludedStatuses = finished;
    const QList<qint64> units = idsOf(user.units);
    switch (view) {
    case CaseQueueView::MyWork:
        filter.ownerId = user.userId.value();
        break;
    case CaseQueueView::MyTeam:
        filter.teamIds = units;
        break;
    case CaseQueueView::Unassigned:
        filter.teamIds = units;
        filter.unassigned = true;
        break;
    case CaseQueueView::BreachingSoon:
        filter.ownerId = user.userId.value();
        filter.teamIds = units;
        filter.ownerOrTeam = true;
        filter.dueBefore = nowMs + qint64(breachingHours) * 3'600'000;
        break;
    case CaseQueueView::EscalatedToMe:
        filter.ownerId = user.userId.value();
        filter.teamIds = units;
        filter.ownerOrTeam = true;
        filter.escalated = true;
        break;
    case CaseQueueView::All:
        filter.excludedStatuses.clear();
        break;
    }
    return filter;
}

QString columnName(CaseQueueColumn column)
{
    switch (column) {
    case CaseQueueColumn::TrackingCode:
        return QStringLiteral("tracking_code");
    case CaseQueueColumn::Status:
        return QStringLiteral("status");
    case CaseQueueColumn::Priority:
        return QStringLiteral("priority_rank");
    case CaseQueueColumn::Channel:
        return QStringLiteral("channel");
    case CaseQueueColumn::Service:
        return QStringLiteral("service_id");
    case CaseQueueColumn::Owner:
        return QStringLiteral("owner_id");
    case CaseQueueColumn::Team:
        return QStringLiteral("team_id");
    case CaseQueueColumn::Created:
        return QStringLiteral("created_at");
    case CaseQueueColumn::Updated:
        return QStringLiteral("updated_at");
    case CaseQueueColumn::FirstResponseDue:
        return QStringLiteral("first_response_due_at");
    case CaseQueueColumn::ResolutionDue:
        return QStringLiteral("resolution_due_at");
    }
    return QStringLiteral("id");
}

QString whereClause(const CaseQueueFilter &filter, QVariantList *values)
{
    QStringList conditions{QStringLiteral("local <> 2")};
    const auto in = [&](const QString &column, const auto &list) {
        conditions.append(QStringLiteral("%1 IN (%2)").arg(column, marks(list.size())));
        for (const auto &value : list)
            values->append(value);
    };
    if (!filter.statuses.isEmpty())
        in(QStringLiteral("status"), filter.statuses);
    if (!filter.excludedStatuses.isEmpty()) {
        // A case without a status is new: it stays in.
        conditions.append(QStringLiteral("(status IS NULL OR status NOT IN (%1))")
                              .arg(marks(filter.excludedStatuses.size())));
        for (const QString &status : filter.excludedStatuses)
            values->append(status);
    }
    QStringList whose;
    if (filter.ownerId) {
        whose.append(QStringLiteral("owner_id = ?"));
        values->append(*filter.ownerId);
    }
    if (filter.teamIds) {
        whose.append(QStringLiteral("team_id IN (%1)")
                         .arg(filter.teamIds->isEmpty() ? QStringLiteral("NULL")
                                                        : marks(filter.teamIds->size())));
        for (const qint64 team : *filter.teamIds)
            values->append(team);
    }
    if (!whose.isEmpty())
        conditions.append(u'(' + whose.join(filter.ownerOrTeam ? u" OR " : u" AND ") + u')');
    if (filter.unassigned)
        conditions.append(QStringLiteral("owner_id IS NULL"));
    if (filter.escalated)
        conditions.append(QStringLiteral("(tier > 1 OR status = 'escalated')"));
    if (filter.dueBefore) {
        conditions.append(QStringLiteral("resolution_due_at < ?"));
        values->append(*filter.dueBefore);
    }
    if (!filter.channels.isEmpty())
        in(QStringLiteral("channel"), filter.channels);
    if (!filter.priorities.isEmpty()) {
        QVariantList ranks;
        for (const QString &priority : filter.priorities)
            ranks.append(qint64(Entities::Vocabulary::priorities.indexOf(priority)));
        in(QStringLiteral("priority_rank"), ranks);
    }
    if (!filter.serviceIds.isEmpty())
        in(QStringLiteral("service_id"), filter.serviceIds);
    if (!filter.districtIds.isEmpty())
        in(QStringLiteral("district_id"), filter.districtIds);
    if (!filter.onlyTeamIds.isEmpty())
        in(QStringLiteral("team_id"), filter.onlyTeamIds);
    if (!filter.onlyOwnerIds.isEmpty())
        in(QStringLiteral("owner_id"), filter.onlyOwnerIds);
    if (filter.createdAfter) {
        conditions.append(QStringLiteral("created_at >= ?"));
        values->append(*filter.createdAfter);
    }
    if (filter.createdBefore) {
        conditions.append(QStringLiteral("created_at < ?"));
        values->append(*filter.createdBefore);
    }
    if (const QString prefix = Schema::normalizedTrackingCode(filter.trackingPrefix);
        !prefix.isEmpty()) {
        // A range on the index; codes are ASCII, so DEL sorts after every one.
        conditions.append(QStringLiteral("tracking_code >= ? AND tracking_code < ?"));
        values->append(prefix);
        values->append(QString(prefix + QChar(0x7f)));
    }
    return conditions.join(QStringLiteral(" AND "));
}

QString pageIndex(const CaseQueueFilter &filter, const CaseQueueSort &sort)
{
    // SQLite's planner, without statistics, takes an equality on an indexed column (a
    // team: a third of a million cases) over the walk along the sort's index that stops
    // after a page; so the index is named. Sparse filters have their own, and their few
    // rows are sorted (ids and values only).
    if (!Schema::normalizedTrackingCode(filter.trackingPrefix).isEmpty())
        return QStringLiteral("e_cases_q_tracking"); // 1 case in 31 or fewer, filtered inside
    if (filter.escalated)
        return QStringLiteral("e_cases_q_escalated");
    if (filter.ownerId && !filter.ownerOrTeam && !filter.teamIds)
        return QStringLiteral("e_cases_q_mine"); // one agent's cases: a few thousand at most
    switch (sort.column) {
    case CaseQueueColumn::TrackingCode:
        return QStringLiteral("e_cases_q_tracking");
    case CaseQueueColumn::Status:
        return QStringLiteral("e_cases_q_status");
    case CaseQueueColumn::Priority:
        return QStringLiteral("e_cases_q_priority");
    case CaseQueueColumn::Channel:
        return QStringLiteral("e_cases_q_channel");
    case CaseQueueColumn::Service:
        return QStringLiteral("e_cases_q_service");
    case CaseQueueColumn::Owner:
        return QStringLiteral("e_cases_q_owner");
    case CaseQueueColumn::Team:
        return QStringLiteral("e_cases_q_team");
    case CaseQueueColumn::Created:
        return QStringLiteral("e_cases_q_created");
    case CaseQueueColumn::ResolutionDue:
        return QStringLiteral("e_cases_q_due");
    case CaseQueueColumn::Updated:
    case CaseQueueColumn::FirstResponseDue:
        return {};
    }
    return {};
}

QString countIndex(const CaseQueueFilter &filter)
{
    if (!Schema::normalizedTrackingCode(filter.trackingPrefix).isEmpty())
        return QStringLiteral("e_cases_q_tracking");
    if (filter.escalated)
        return QStringLiteral("e_cases_q_escalated");
    if (!filter.channels.isEmpty() || !filter.priorities.isEmpty() || !filter.serviceIds.isEmpty())
        return {};
    return QStringLiteral("e_cases_q_filter");
}

} // namespace CaseQueue

Expected<std::unique_ptr<LocalCache>, CacheError> LocalCache::openSibling() const
{
    return open(m_path, m_key);
}

namespace {

// The index named for a query, if it exists now: during a first sync the queue's indexes
// are dropped and made again at the end (LocalCache::beginBulkLoad), and a query naming a
// missing index would fail instead of scanning.
QString indexIfPresent(const QSqlDatabase &db, const QString &index)
{
    if (index.isEmpty())
        return index;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
    query.addBindValue(index);
    return query.exec() && query.next() ? index : QString();
}

} // namespace

Expected<CaseQueuePage, CacheError>
LocalCache::caseQueuePage(const CaseQueueFilter &filter, const CaseQueueSort &sort, int limit,
                          const std::optional<CaseQueuePosition> &after) const
{
    const QString column = CaseQueue::columnName(sort.column);
    const bool ascending = sort.order == Qt::AscendingOrder;
    QVariantList values;
    QString where = CaseQueue::whereClause(filter, &values);
    if (after) {
        // Keyset: rows after the last one shown in (value, id) order. NULL values sort
        // first ascending (SQLite's order) and so last descending.
        const bool null = after->value.isNull();
        QString keyset;
        if (ascending) {
            keyset = null ? QStringLiteral("((%1 IS NULL AND id > ?) OR %1 IS NOT NULL)")
                          : QStringLiteral("(%1, id) > (?, ?)");
        } else {
            keyset = null ? QStringLiteral("(%1 IS NULL AND id < ?)")
                          : QStringLiteral("((%1, id) < (?, ?) OR %1 IS NULL)");
        }
        where += QStringLiteral(" AND ") + keyset.arg(column);
        if (!null)
            values.append(after->value);
        values.append(after->id);
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString index = indexIfPresent(m_db, CaseQueue::pageIndex(filter, sort));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The page's ids first (a sort, if any, handles ids and values only), then their rows.
    query.prepare(QStringLiteral("SELECT id, data, %1 FROM e_cases WHERE id IN (SELECT id FROM "
                                 "e_cases%4 WHERE %2 ORDER BY %1 %3, id %3 LIMIT ?) ORDER BY %1 "
                                 "%3, id %3")
                      .arg(column, where, direction,
                           index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + index));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    query.bindValue(int(values.size()), limit);
    if (!query.exec())
        return storageError(query);
    CaseQueuePage page;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto opened =
            d->cipher.open(query.value(1).toByteArray(), rowAddress(QStringLiteral("cases"), id));
        if (!opened)
            return storageError(QStringLiteral("row cases/%1 does not open").arg(id));
        page.rows.append(parseObject(*opened));
        page.last = CaseQueuePosition{query.value(2), id};
    }
    page.atEnd = page.rows.size() < limit;
    return page;
}

Expected<qint64, CacheError> LocalCache::caseQueueCount(const CaseQueueFilter &filter) const
{
    QVariantList values;
    const QString where = CaseQueue::whereClause(filter, &values);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString index = indexIfPresent(m_db, CaseQueue::countIndex(filter));
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM e_cases%1 WHERE %2")
            .arg(index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + index, where));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec() || !query.next())
        return storageError(query);
    return query.value(0).toLongLong();
}

} // namespace Shahrvand::Cache
