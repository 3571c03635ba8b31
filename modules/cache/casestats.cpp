#include "casestats.h"

#include "jalalidate.h"
#include "localcache.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Cache {

namespace {

// Iran's civil time has had no daylight saving since 2022: a fixed +03:30.
constexpr qint64 iranOffsetMs = (3 * 3600 + 30 * 60) * 1000LL;
constexpr qint64 dayMs = 86'400'000LL;

} // namespace

QDate CaseStats::iranDate(qint64 ms)
{
    const qint64 days = (ms + iranOffsetMs) / dayMs - ((ms + iranOffsetMs) % dayMs < 0 ? 1 : 0);
    return QDate(1970, 1, 1).addDays(days);
}

QDate CaseStats::periodStart(QDate date, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return date;
    case Bucket::Week: // Saturday (6) starts the Iranian week
        return date.addDays(-((date.dayOfWeek() + 1) % 7));
    case Bucket::Month:
        return startOfJalaliMonth(date);
    }
    return date;
}

QDate CaseStats::nextPeriod(QDate start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return start.addDays(1);
    case Bucket::Week:
        return start.addDays(7);
    case Bucket::Month: {
        const JalaliYearMonthDay ymd = jalaliYearMonthDay(start);
        return start.addDays(daysInJalaliMonth(ymd.year, ymd.month));
    }
    }
    return start.addDays(1);
}

Expected<CaseStats, CacheError> CaseStats::compute(LocalCache &cache, CaseQueueFilter filter,
                                                   QDate from, QDate to, Bucket bucket,
                                                   qint64 nowMs, const std::atomic<bool> *cancel)
{
    CaseStats stats;
    stats.openByAge = QList<qint64>(ageBounds().size() + 1, 0);
    if (!from.isValid() || !to.isValid() || to < from)
        return stats;
    // [from 00:00, to + 1 00:00) in Iran's time.
    const qint64 fromMs = from.startOfDay(Qt::UTC).toMSecsSinceEpoch() - iranOffsetMs;
    const qint64 toMs = to.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch() - iranOffsetMs;
    filter.createdAfter = fromMs;
    QVariantList values;
    const QString where = CaseQueue::whereClause(filter, &values);
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT created_at, status, channel, service_id, district_id, "
                                 "team_id, tier, resolution_due_at FROM e_cases WHERE %1 AND "
                                 "created_at < ?")
                      .arg(where));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(toMs);
    if (!query.exec())
        return CacheError{CacheError::Kind::Storage, query.lastError().text(), {}};

    for (QDate period = periodStart(from, bucket); period <= to;
         period = nextPeriod(period, bucket))
        stats.perPeriod.insert(period, 0);
    const QList<int> bounds = ageBounds();
    while (query.next()) {
        if (cancel && (stats.total & 0x3ff) == 0 && cancel->load())
            break;
        const qint64 created = query.value(0).toLongLong();
        const QString status = query.value(1).toString();
        ++stats.total;
        ++stats.perPeriod[periodStart(iranDate(created), bucket)];
        ++stats.perChannel[query.value(2).toString()];
        ++stats.perStatus[status.isEmpty() ? QStringLiteral("new") : status];
        ++stats.perService[query.value(3).toLongLong()];
        ++stats.perDistrict[query.value(4).toLongLong()];
        ++stats.perTeam[query.value(5).toLongLong()];
        if (query.value(6).toInt() > 1 || status == u"escalated")
            ++stats.escalated;
        if (status == u"resolved" || status == u"closed")
            continue;
        ++stats.open;
        const qint64 ageDays = (nowMs - created) / dayMs;
        int slot = 0;
        while (slot < bounds.size() && ageDays >= bounds.at(slot))
            ++slot;
        ++stats.openByAge[slot];
        if (!query.value(7).isNull()) {
            if (query.value(7).toLongLong() < nowMs)
                ++stats.openOverdue;
            else
                ++stats.openWithinTime;
        }
    }
    return stats;
}

} // namespace Shahrvand::Cache
