#include "casestats.h"

#include "jalalidate.h"
#include "localcache.h"
#include "vocabulary.h"

#include "sqlitestatement_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

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

namespace {

// Counts by small id (services, districts and teams: ids are a few hundred) in an array,
// the rare large id in a hash: a million rows make no hash lookup but the large id's.
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
    void add(const IdCounts &other)
    {
        for (qsizetype id = 0; id < small.size(); ++id)
            small[id] += other.small.at(id);
        for (auto it = other.large.cbegin(); it != other.large.cend(); ++it)
            large[it.key()] += it.value();
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
};

// Codes counted by their place in a vocabulary (no string made per row); a code outside it
// by name.
struct CodeCounts
{
    explicit CodeCounts(const QList<QByteArray> &codes)
        : codes(&codes)
        , counts(codes.size(), 0)
    {}
    void add(QByteArrayView code)
    {
        for (qsizetype i = 0; i < codes->size(); ++i) {
            if (codes->at(i) == code) {
                ++counts[i];
                return;
            }
        }
        ++others[code.toByteArray()];
    }
    void add(const CodeCounts &other)
    {
        for (qsizetype i = 0; i < counts.size(); ++i)
            counts[i] += other.counts.at(i);
        for (auto it = other.others.cbegin(); it != other.others.cend(); ++it)
            others[it.key()] += it.value();
    }
    void into(QHash<QString, qint64> &named) const
    {
        for (qsizetype i = 0; i < codes->size(); ++i) {
            if (counts.at(i) > 0)
                named.insert(QString::fromUtf8(codes->at(i)), counts.at(i));
        }
        for (auto it = others.cbegin(); it != others.cend(); ++it)
            named.insert(QString::fromUtf8(it.key()), it.value());
    }
    const QList<QByteArray> *codes;
    QList<qint64> counts;
    QHash<QByteArray, qint64> others;
};

QList<QByteArray> utf8Codes(const QStringList &codes)
{
    QList<QByteArray> list;
    for (const QString &code : codes)
        list << code.toUtf8();
    return list;
}

const QList<QByteArray> &channelCodes()
{
    static const QList<QByteArray> codes = utf8Codes(Entities::Vocabulary::channels);
    return codes;
}

const QList<QByteArray> &statusCodes()
{
    static const QList<QByteArray> codes = utf8Codes(Entities::Vocabulary::caseStatuses);
    return codes;
}

// What one walk over the cases created in part of the period counted: per Iranian day (by
// the day's number since the period's first) and per code; turned into periods and names
// at the end, after the parts are added together.
struct Tally
{
    CaseStats figures; // the totals, open cases and times (not the per-code maps)
    QList<qint64> perDay;
    CodeCounts channels{channelCodes()};
    CodeCounts statuses{statusCodes()};
    IdCounts services, districts, teams;

    void add(const Tally &other)
    {
        CaseStats &a = figures;
        const CaseStats &b = other.figures;
        a.total += b.total;
        for (auto it = b.perServiceDistrict.cbegin(); it != b.perServiceDistrict.cend(); ++it)
            a.perServiceDistrict[it.key()] += it.value();
        a.open += b.open;
        for (qsizetype i = 0; i < a.openByAge.size(); ++i)
            a.openByAge[i] += b.openByAge.at(i);
        a.openOverdue += b.openOverdue;
        a.openWithinTime += b.openWithinTime;
        a.escalated += b.escalated;
        a.responded += b.responded;
        a.respondedTotalMs += b.respondedTotalMs;
        a.resolved += b.resolved;
        a.resolvedTotalMs += b.resolvedTotalMs;
        for (qsizetype i = 0; i < perDay.size(); ++i)
            perDay[i] += other.perDay.at(i);
        channels.add(other.channels);
        statuses.add(other.statuses);
        services.add(other.services);
        districts.add(other.districts);
        teams.add(other.teams);
    }
};

// Walks the cases `filter` selects that were created in [fromMs, toMs) on `db`, counting
// into `tally` (whose perDay starts at day `firstDay`).
Expected<bool, CacheError> walk(const QSqlDatabase &db, const QString &access,
                                CaseQueueFilter filter, qint64 fromMs, qint64 toMs, qint64 firstDay,
                                qint64 nowMs, const std::atomic<bool> *cancel, Tally &tally)
{
    filter.createdAfter = fromMs;
    QVariantList values;
    const QString where = CaseQueue::whereClause(filter, &values);
    SqliteStatement query(db, QStringLiteral("SELECT created_at, status, channel, service_id, "
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

    CaseStats &stats = tally.figures;
    const QList<int> bounds = CaseStats::ageBounds();
    while (query.next()) {
        if (cancel && (stats.total & 0x3ff) == 0 && cancel->load()) {
            query.reset();
            break;
        }
        const qint64 created = query.integer(0);
        const QByteArrayView status = query.text(1);
        ++stats.total;
        const qint64 dayIndex = (created + iranOffsetMs) / dayMs - firstDay;
        if (dayIndex >= 0 && dayIndex < tally.perDay.size())
            ++tally.perDay[dayIndex];
        tally.channels.add(query.text(2));
        tally.statuses.add(status.isEmpty() ? "new" : status);
        tally.services.add(query.integer(3));
        tally.districts.add(query.integer(4));
        tally.teams.add(query.integer(5));
        ++stats.perServiceDistrict[CaseStats::serviceDistrictKey(query.integer(3),
                                                                 query.integer(4))];
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
    return true;
}

// How many parts a walk of the covering index over `days` days is split into, each on its
// own connection and thread: a year of a million cases is SQLite decoding a million index
// records (0.6 s on one core), and each part decodes its own.
int partsFor(qint64 days)
{
    if (days < 60)
        return 1;
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

} // namespace

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
    // Which way to read: one person's or one service's cases by their own index (SQLite's
    // choice); up to a third of a year by the creation time's index; longer periods, which take
    // most of the cases, by walking the table, which beats an index that leads to the rows one by
    // one (a million cases: 0.45 s against 1.3 s).
    // With the dashboards' covering index (Schema::ensureDashboardIndex), any period is a
    // range of that index read alone, never the rows; a long one is read in parts at once.
    QString access;
    int parts = 1;
    if (!filter.ownerId.has_value() && filter.serviceIds.isEmpty()) {
        const auto has = [&cache](const char *index) {
            QSqlQuery exists(cache.database());
            exists.prepare(
                QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
            exists.addBindValue(QLatin1String(index));
            return exists.exec() && exists.next();
        };
        if (has("e_cases_q_dashboard")) {
            access = QStringLiteral(" INDEXED BY e_cases_q_dashboard");
            parts = partsFor(from.daysTo(to) + 1);
        } else {
            access = from.daysTo(to) < 120 && has("e_cases_q_created")
                         ? QStringLiteral(" INDEXED BY e_cases_q_created")
                         : QStringLiteral(" NOT INDEXED");
        }
    }

    const qint64 firstDay = (fromMs + iranOffsetMs) / dayMs;
    const qint64 days = std::max<qint64>(1, (toMs + iranOffsetMs) / dayMs - firstDay + 1);
    // The parts: equal spans of time, the first on this connection, each other on a
    // connection of its own (LocalCache::openSibling) in a thread of its own.
    std::vector<Tally> tallies(parts);
    std::vector<Expected<bool, CacheError>> results(parts, true);
    std::vector<std::thread> threads;
    const qint64 span = (toMs - fromMs + parts - 1) / parts;
    for (int part = 0; part < parts; ++part) {
        Tally &tally = tallies[part];
        tally.perDay = QList<qint64>(days, 0);
        tally.figures.openByAge = QList<qint64>(ageBounds().size() + 1, 0);
        const qint64 partFrom = fromMs + part * span;
        const qint64 partTo = part + 1 == parts ? toMs : partFrom + span;
        if (part == 0)
            continue;
        threads.emplace_back([&, part, partFrom, partTo] {
            auto sibling = cache.openSibling();
            if (!sibling) {
                results[part] = sibling.error();
                return;
            }
            results[part] = walk((*sibling)->database(), access, filter, partFrom, partTo, firstDay,
                                 nowMs, cancel, tallies[part]);
        });
    }
    results[0] = walk(cache.database(), access, filter, fromMs, parts > 1 ? fromMs + span : toMs,
                      firstDay, nowMs, cancel, tallies[0]);
    for (std::thread &thread : threads)
        thread.join();
    for (const auto &result : results) {
        if (!result)
            return result.error();
    }
    Tally &tally = tallies[0];
    for (int part = 1; part < parts; ++part)
        tally.add(tallies[part]);
    stats = tally.figures;

    filter.createdAfter = fromMs;
    QVariantList values;
    const QString where = CaseQueue::whereClause(filter, &values);
    if (const auto scored = countScores(cache, where, values, toMs, stats); !scored)
        return scored.error();
    for (QDate period = periodStart(from, bucket); period <= to;
         period = nextPeriod(period, bucket))
        stats.perPeriod.insert(period, 0);
    const QDate epoch(1970, 1, 1);
    for (qsizetype i = 0; i < tally.perDay.size(); ++i) {
        if (tally.perDay.at(i) > 0)
            stats.perPeriod[periodStart(epoch.addDays(firstDay + i), bucket)] += tally.perDay.at(i);
    }
    tally.services.into(stats.perService);
    tally.districts.into(stats.perDistrict);
    tally.teams.into(stats.perTeam);
    tally.channels.into(stats.perChannel);
    tally.statuses.into(stats.perStatus);
    return stats;
}

} // namespace Shahrvand::Cache
