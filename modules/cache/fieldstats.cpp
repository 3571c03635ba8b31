#include "fieldstats.h"

#include "approvalinbox.h"
#include "casestats.h"
#include "localcache.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Cache {

namespace {

constexpr int pageSize = 1000;
constexpr qint64 dayMs = 24 * 3600 * 1000LL;

bool inRange(const FieldFilter &filter, const QJsonObject &row, QStringView dateColumn)
{
    const QJsonValue when = row.value(dateColumn);
    const QJsonValue created = row.value(u"created_at");
    if (!when.isDouble() && !created.isDouble())
        return !filter.from.isValid() && !filter.to.isValid();
    const QDate day = CaseStats::iranDate(when.isDouble() ? when.toInteger() : created.toInteger());
    return (!filter.from.isValid() || day >= filter.from) &&
           (!filter.to.isValid() || day <= filter.to);
}

// Every row of `entity`, a page at a time; false when `cancel` was set.
template<typename Visit>
Expected<bool, CacheError> eachRow(LocalCache &cache, const QString &entity,
                                   const std::atomic<bool> *cancel, Visit visit)
{
    std::optional<qint64> after;
    for (;;) {
        if (cancel && cancel->load())
            return false;
        const auto page = cache.rows(entity, pageSize, after);
        if (!page)
            return page.error();
        for (const QJsonObject &row : *page)
            visit(row);
        if (page->size() < pageSize)
            return true;
        after = page->last().value(u"id").toInteger();
    }
}

// `sum` += `amount`, unless it would not fit: then `overflow` and `sum` stays.
void add(qint64 &sum, qint64 amount, bool &overflow)
{
    qint64 result = 0;
    if (__builtin_add_overflow(sum, amount, &result))
        overflow = true;
    else
        sum = result;
}

bool claimCounts(QStringView status)
{
    return status == u"submitted" || status == u"approved" || status == u"paid";
}

} // namespace

bool ExpenseFigure::includes(const QJsonObject &claim) const
{
    const qint64 unit = claim.value(u"unit_id").toInteger();
    return claimCounts(claim.value(u"status").toString()) &&
           (filter.unitId == 0 || unit == filter.unitId) && (!unitId || unit == *unitId) &&
           inRange(filter, claim, u"submitted_at");
}

bool ExpenseFigure::includesLine(const QJsonObject &line) const
{
    return expenseType.isEmpty() || line.value(u"expense_type").toString() == expenseType;
}

Expected<FieldStats, CacheError> FieldStats::compute(LocalCache &cache, const FieldFilter &filter,
                                                     qint64 nowMs, const std::atomic<bool> *cancel)
{
    FieldStats stats;
    stats.waitingByAge = QList<qint64>(ageBounds().size() + 1, 0);
    const auto unitMatches = [&filter](const QJsonObject &row) {
        return filter.unitId == 0 || row.value(u"unit_id").toInteger() == filter.unitId;
    };

    auto missions = eachRow(cache, QStringLiteral("missions"), cancel, [&](const QJsonObject &row) {
        if (!unitMatches(row) || !inRange(filter, row, u"planned_start"))
            return;
        ++stats.missions;
        ++stats.missionsByStatus[row.value(u"status").toString()];
    });
    if (!missions || !*missions)
        return missions ? Expected<FieldStats, CacheError>(stats) : missions.error();

    const ExpenseFigure counted{filter, std::nullopt, {}};
    QHash<qint64, qint64> claimUnits; // the claims that count: id -> unit
    auto claims =
        eachRow(cache, QStringLiteral("expense_claims"), cancel, [&](const QJsonObject &row) {
            if (!counted.includes(row))
                return;
            claimUnits.insert(row.value(u"id").toInteger(), row.value(u"unit_id").toInteger());
        });
    if (!claims || !*claims)
        return claims ? Expected<FieldStats, CacheError>(stats) : claims.error();
    stats.claims = claimUnits.size();

    auto lines =
        eachRow(cache, QStringLiteral("expense_lines"), cancel, [&](const QJsonObject &row) {
            const auto unit = claimUnits.constFind(row.value(u"claim_id").toInteger());
            if (unit == claimUnits.cend())
                return;
            const qint64 amount = row.value(u"amount_rials").toInteger();
            ++stats.expenseLines;
            bool overflow = false;
            add(stats.expensesRials, amount, overflow);
            add(stats.expensesByType[row.value(u"expense_type").toString()], amount, overflow);
            add(stats.expensesByUnit[*unit], amount, overflow);
            stats.overflow = stats.overflow || overflow;
        });
    if (!lines || !*lines)
        return lines ? Expected<FieldStats, CacheError>(stats) : lines.error();

    // The approvals inbox's items are the steps that wait now, whoever they wait for.
    if (const auto refreshed = ApprovalInbox::refresh(cache, cancel); !refreshed)
        return refreshed.error();
    QSqlQuery waiting(cache.database());
    waiting.setForwardOnly(true);
    waiting.prepare(QStringLiteral("SELECT subject_type, waiting_since FROM approval_items "
                                   "WHERE state = 0 AND (? = 0 OR unit_id = ?)"));
    waiting.addBindValue(filter.unitId);
    waiting.addBindValue(filter.unitId);
    if (!waiting.exec())
        return CacheError{CacheError::Kind::Storage, waiting.lastError().text(), {}};
    const QList<int> bounds = ageBounds();
    while (waiting.next()) {
        const qint64 since = waiting.value(1).toLongLong();
        ++stats.waitingApprovals;
        ++(waiting.value(0).toString() == u"mission" ? stats.waitingMissions : stats.waitingClaims);
        if (stats.oldestWaitingSinceMs == 0 || since < stats.oldestWaitingSinceMs)
            stats.oldestWaitingSinceMs = since;
        const qint64 days = std::max<qint64>(0, nowMs - since) / dayMs;
        qsizetype bucket = 0;
        while (bucket < bounds.size() && days >= bounds.at(bucket))
            ++bucket;
        ++stats.waitingByAge[bucket];
    }
    return stats;
}

} // namespace Shahrvand::Cache
