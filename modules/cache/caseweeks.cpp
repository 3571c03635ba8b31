#include "caseweeks.h"

#include "casestats.h"
#include "localcache.h"

#include "sqlitestatement_p.h"

#include <QHash>

#include <algorithm>

namespace Shahrvand::Cache {

namespace {

// Iran's civil time has had no daylight saving since 2022: a fixed +03:30.
constexpr qint64 iranOffsetMs = (3 * 3600 + 30 * 60) * 1000LL;
constexpr qint64 dayMs = 86'400'000LL;

qint64 iranStartMs(QDate date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch() - iranOffsetMs;
}

} // namespace

QList<qint64> CaseWeeks::countsOf(qint64 serviceId) const
{
    if (serviceId == 0)
        return all;
    for (const Service &service : services) {
        if (service.serviceId == serviceId)
            return service.counts;
    }
    return QList<qint64>(weeks.size(), 0);
}

Expected<CaseWeeks, CacheError> CaseWeeks::count(LocalCache &cache, CaseQueueFilter filter,
                                                 QDate today, int weekCount, int topServices,
                                                 const std::atomic<bool> *cancel)
{
    CaseWeeks result;
    if (!today.isValid() || weekCount <= 0)
        return result;
    const QDate end = CaseStats::periodStart(today, CaseStats::Bucket::Week);
    const QDate first = end.addDays(-7LL * weekCount);
    for (QDate week = first; week < end; week = week.addDays(7))
        result.weeks.append(week);
    result.all = QList<qint64>(weekCount, 0);
    filter.createdAfter = iranStartMs(first);
    QVariantList values;
    const QString where = CaseQueue::whereClause(filter, &values);
    // Weeks for forecasting span years and take most of the cases: walking the table beats
    // an index that leads to the rows one by one (as CaseStats finds); one person's or one
    // service's cases go by their own index.
    const QString access = !filter.ownerId.has_value() && filter.serviceIds.isEmpty()
                               ? QStringLiteral(" NOT INDEXED")
                               : QString();
    SqliteStatement query(cache.database(),
                          QStringLiteral("SELECT created_at, service_id FROM e_cases%1 WHERE %2 "
                                         "AND created_at < ?")
                              .arg(access, where));
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
    query.bindInteger(index, iranStartMs(end));

    const qint64 firstDay = (iranStartMs(first) + iranOffsetMs) / dayMs;
    QHash<qint64, QList<qint64>> perService;
    qint64 rows = 0;
    while (query.next()) {
        if (cancel && (rows++ & 0x3ff) == 0 && cancel->load()) {
            query.reset();
            break;
        }
        const qint64 day = (query.integer(0) + iranOffsetMs) / dayMs;
        const qint64 week = (day - firstDay) / 7;
        if (week < 0 || week >= weekCount)
            continue;
        ++result.all[week];
        const qint64 service = query.isNull(1) ? 0 : query.integer(1);
        if (service == 0)
            continue;
        QList<qint64> &counts = perService[service];
        if (counts.isEmpty())
            counts = QList<qint64>(weekCount, 0);
        ++counts[week];
    }
    if (!query.error().isEmpty())
        return CacheError{CacheError::Kind::Storage, query.error(), {}};
    for (auto it = perService.cbegin(); it != perService.cend(); ++it) {
        Service service{it.key(), 0, it.value()};
        for (const qint64 count : it.value())
            service.total += count;
        result.services.append(service);
    }
    std::sort(result.services.begin(), result.services.end(),
              [](const Service &a, const Service &b) {
                  return a.total != b.total ? a.total > b.total : a.serviceId < b.serviceId;
              });
    result.services = result.services.mid(0, std::max(0, topServices));
    return result;
}

} // namespace Shahrvand::Cache
