#include "teamstats.h"

#include "localcache.h"

#include "sqlitestatement_p.h"

#include <QSqlQuery>

namespace Shahrvand::Cache {

namespace {

constexpr qint64 iranOffsetMs = (3 * 3600 + 30 * 60) * 1000LL;

qint64 iranStartMs(QDate date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch() - iranOffsetMs;
}

} // namespace

Expected<TeamStats, CacheError> TeamStats::compute(LocalCache &cache, CaseQueueFilter filter,
                                                   QDate from, QDate to, qint64 nowMs,
                                                   const std::atomic<bool> *cancel)
{
    TeamStats stats;
    const qint64 fromMs = from.isValid() ? iranStartMs(from) : 0;
    const qint64 toMs = to.isValid() ? iranStartMs(to.addDays(1)) : nowMs + 1;
    QVariantList values;
    const QString where = CaseQueue::whereClause(filter, &values);
    // Every case of the level is looked at (the open ones of any age count): the dashboards'
    // covering index read whole, or without it the table walked (not an index followed row
    // by row).
    QSqlQuery exists(cache.database());
    const bool covering =
        exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                                   "name = 'e_cases_q_dashboard'")) &&
        exists.next();
    exists.finish();
    SqliteStatement query(cache.database(),
                          QStringLiteral("SELECT team_id, owner_id, status, tier, "
                                         "resolution_due_at, created_at, resolved_at FROM "
                                         "e_cases %1 WHERE %2")
                              .arg(covering ? QStringLiteral("INDEXED BY e_cases_q_dashboard")
                                            : QStringLiteral("NOT INDEXED"),
                                   where));
    if (!query.isValid())
        return CacheError{CacheError::Kind::Storage, query.error(), {}};
    int index = 0;
    QList<QByteArray> texts; // kept alive until the query has run
    for (const QVariant &value : std::as_const(values)) {
        if (value.typeId() == QMetaType::QString) {
            texts.append(value.toString().toUtf8());
            query.bindText(index++, texts.last());
        } else {
            query.bindInteger(index++, value.toLongLong());
        }
    }
    qint64 seen = 0;
    while (query.next()) {
        if (cancel && (++seen & 0x3ff) == 0 && cancel->load()) {
            query.reset();
            break;
        }
        Load &team = stats.perTeam[query.integer(0)];
        Load &owner = stats.perOwner[query.integer(1)];
        const QByteArrayView status = query.text(2);
        const bool done = status == "resolved" || status == "closed";
        const auto count = [&](qint64 Load::*member, qint64 amount = 1) {
            team.*member += amount;
            owner.*member += amount;
            stats.total.*member += amount;
        };
        if (done) {
            if (query.isNull(6))
                continue;
            const qint64 resolvedAt = query.integer(6);
            if (resolvedAt >= fromMs && resolvedAt < toMs) {
                count(&Load::resolved);
                count(&Load::resolvedTotalMs, std::max<qint64>(0, resolvedAt - query.integer(5)));
            }
            continue;
        }
        count(&Load::open);
        if (!query.isNull(4) && query.integer(4) < nowMs)
            count(&Load::overdue);
        if (query.integer(3) > 1 || status == "escalated")
            count(&Load::escalated);
    }
    if (!query.error().isEmpty())
        return CacheError{CacheError::Kind::Storage, query.error(), {}};
    return stats;
}

} // namespace Shahrvand::Cache
