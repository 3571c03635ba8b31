#include "casestats.h"

#include "jalalidate.h"
#include "localcache.h"
#include "vocabulary.h"

#include "sqlitestatement_p.h"

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

namespace {

// The survey scores given for the cases `where` selects that were created before `toMs`
// (their satisfaction, whenever they answered): the survey responses' clear columns.
Expected<bool, CacheError> countScores(LocalCache &cache, const QString &where,
                                       const QVariantList &values, qint64 toMs, CaseStats &stats)
{
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    // Read from the answers (far fewer than the cases), each joined to its case; the
    // filter's columns are the case's (only "local" is in both tables).
    QString caseWhere = where;
    if (caseWhere.startsWith(QLatin1String("local <> 2")))
        caseWhere.replace(0, 10, QStringLiteral("c.local <> 2"));
    // CROSS JOIN keeps that order: left to itself, SQLite walks the cases (a team's index
    // over hundreds of thousands of rows) to look up their few answers.
    query.prepare(QStringLiteral("SELECT s.score FROM e_survey_responses s CROSS JOIN e_cases c "
                                 "ON c.id = s.parent_id WHERE s.score IS NOT NULL AND "
                                 "s.local <> 2 AND %1 AND c.created_at < ?")
                      .arg(caseWhere));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(toMs);
    if (!query.exec())
        return CacheError{CacheError::Kind::Storage, query.lastError().text(), {}};
    while (query.next()) {
        const qint64 score = query.value(0).toLongLong();
        if (score < 1 || score > 5)
            continue;
        ++stats.surveyed;
        stats.scoreTotal += score;
        if (score >= 4)
            ++stats.satisfied;
    }
    return true;
}

} // namespace

qint64 CaseStats::averageFirstResponseMinutes() const
{
    return responded > 0 ? respondedTotalMs / responded / 60'000 : -1;
}

qint64 CaseStats::averageResolutionMinutes() const
{
    return resolved > 0 ? resolvedTotalMs / resolved / 60'000 : -1;
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
    // Which way to read: one person's or one service's cases by their own index (SQLite's
    // choice); up to a third of a year by the creation time's index; longer periods, which take
    // most of the cases, by walking the table, which beats an index that leads to the rows one by
    // one (a million cases: 0.45 s against 1.3 s).
    // With the dashboards' covering index (Schema::ensureDashboardIndex), any period is a
    // range of that index read alone, never the rows.
    QString access;
    if (!filter.ownerId.has_value() && filter.serviceIds.isEmpty()) {
        const auto has = [&cache](const char *index) {
            QSqlQuery exists(cache.database());
            exists.prepare(
                QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
            exists.addBindValue(QLatin1String(index));
            return exists.exec() && exists.next();
        };
        if (has("e_cases_q_dashboard"))
            access = QStringLiteral(" INDEXED BY e_cases_q_dashboard");
        else
            access = from.daysTo(to) < 120 && has("e_cases_q_created")
                         ? QStringLiteral(" INDEXED BY e_cases_q_created")
                         : QStringLiteral(" NOT INDEXED");
    }
    SqliteStatement query(cache.database(),
                          QStringLiteral("SELECT created_at, status, channel, service_id, "
                                         "district_id, team_id, tier, resolution_due_at, "
                                         "first_responded_at, resolved_at FROM "
                                         "e_cases%1 WHERE %2 AND created_at < ?")
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
    query.bindInteger(index, toMs);

    // Counted per Iranian day and per code first, turned into periods and names at the end.
    // Days by their number since the epoch, from the range's first (the range bounds them);
    // services, districts and teams by their id while it is small (ids are a few hundred),
    // else in a hash: a million rows make no hash lookup but the rare large id's.
    const qint64 firstDay = (fromMs + iranOffsetMs) / dayMs;
    QList<qint64> perDay(std::max<qint64>(1, (toMs + iranOffsetMs) / dayMs - firstDay + 1), 0);
    struct IdCounts
    {
        QList<qint64> small = QList<qint64>(4096, 0);
        QHash<qint64, qint64> large;
        void add(qint64 id)
        {
            if (id >= 0 && id < small.size())
                ++small[id];
            else
                ++large[id];
        }
        void into(QHash<qint64, qint64> &counts) const
        {
            for (qsizetype id = 0; id < small.size(); ++id) {
                if (small.at(id) > 0)
                    counts.insert(id, small.at(id));
            }
            for (auto it = large.cbegin(); it != large.cend(); ++it)
                counts.insert(it.key(), it.value());
        }
    } services, districts, teams;
    // Channels and statuses by their place in the vocabulary (no string made per row);
    // a code outside it is counted by name.
    const auto utf8 = [](const QStringList &codes) {
        QList<QByteArray> list;
        for (const QString &code : codes)
            list << code.toUtf8();
        return list;
    };
    static const QList<QByteArray> channels = utf8(Entities::Vocabulary::channels);
    static const QList<QByteArray> statuses = utf8(Entities::Vocabulary::caseStatuses);
    QList<qint64> channelCounts(channels.size(), 0);
    QList<qint64> statusCounts(statuses.size(), 0);
    QHash<QByteArray, qint64> otherChannels;
    QHash<QByteArray, qint64> otherStatuses;
    const auto count = [](const QList<QByteArray> &codes, QList<qint64> &counts,
                          QHash<QByteArray, qint64> &others, QByteArrayView code) {
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (codes.at(i) == code) {
                ++counts[i];
                return;
            }
        }
        ++others[code.toByteArray()];
    };
    const QList<int> bounds = ageBounds();
    while (query.next()) {
        if (cancel && (stats.total & 0x3ff) == 0 && cancel->load()) {
            query.reset();
            break;
        }
        const qint64 created = query.integer(0);
        const QByteArrayView status = query.text(1);
        ++stats.total;
        const qint64 dayIndex = (created + iranOffsetMs) / dayMs - firstDay;
        if (dayIndex >= 0 && dayIndex < perDay.size())
            ++perDay[dayIndex];
        count(channels, channelCounts, otherChannels, query.text(2));
        count(statuses, statusCounts, otherStatuses, status.isEmpty() ? "new" : status);
        services.add(query.integer(3));
        districts.add(query.integer(4));
        teams.add(query.integer(5));
        ++stats.perServiceDistrict[serviceDistrictKey(query.integer(3), query.integer(4))];
        if (query.integer(6) > 1 || status == "escalated")
            ++stats.escalated;
        if (!query.isNull(8)) {
            ++stats.responded;
            stats.respondedTotalMs += std::max<qint64>(0, query.integer(8) - created);
        }
        const bool done = status == "resolved" || status == "closed";
        if (done && !query.isNull(9)) {
            ++stats.resolved;
            stats.resolvedTotalMs += std::max<qint64>(0, query.integer(9) - created);
        }
        if (done)
            continue;
        ++stats.open;
        const qint64 ageDays = (nowMs - created) / dayMs;
        int slot = 0;
        while (slot < bounds.size() && ageDays >= bounds.at(slot))
            ++slot;
        ++stats.openByAge[slot];
        if (!query.isNull(7)) {
            if (query.integer(7) < nowMs)
                ++stats.openOverdue;
            else
                ++stats.openWithinTime;
        }
    }
    if (!query.error().isEmpty())
        return CacheError{CacheError::Kind::Storage, query.error(), {}};
    if (const auto scored = countScores(cache, where, values, toMs, stats); !scored)
        return scored.error();
    for (QDate period = periodStart(from, bucket); period <= to;
         period = nextPeriod(period, bucket))
        stats.perPeriod.insert(period, 0);
    const QDate epoch(1970, 1, 1);
    for (qsizetype i = 0; i < perDay.size(); ++i) {
        if (perDay.at(i) > 0)
            stats.perPeriod[periodStart(epoch.addDays(firstDay + i), bucket)] += perDay.at(i);
    }
    services.into(stats.perService);
    districts.into(stats.perDistrict);
    teams.into(stats.perTeam);
    for (qsizetype i = 0; i < channels.size(); ++i) {
        if (channelCounts.at(i) > 0)
            stats.perChannel.insert(QString::fromUtf8(channels.at(i)), channelCounts.at(i));
    }
    for (auto it = otherChannels.cbegin(); it != otherChannels.cend(); ++it)
        stats.perChannel.insert(QString::fromUtf8(it.key()), it.value());
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (statusCounts.at(i) > 0)
            stats.perStatus.insert(QString::fromUtf8(statuses.at(i)), statusCounts.at(i));
    }
    for (auto it = otherStatuses.cbegin(); it != otherStatuses.cend(); ++it)
        stats.perStatus.insert(QString::fromUtf8(it.key()), it.value());
    return stats;
}

} // namespace Shahrvand::Cache
