#include "citizentimeline.h"

#include "localcache.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace Shahrvand::Cache {

namespace {

constexpr qint64 unknownTime = std::numeric_limits<qint64>::max();

CacheError queryError(const QSqlQuery &query)
{
    return {CacheError::Kind::Storage, query.lastError().text(), {}};
}

// " AND <column> >= ? AND <column> < ?" for the filter's range (with its values).
QString rangeClause(const QString &column, const CitizenTimelineFilter &filter,
                    QVariantList *values)
{
    QString clause;
    if (filter.fromMs) {
        clause += QStringLiteral(" AND %1 >= ?").arg(column);
        values->append(*filter.fromMs);
    }
    if (filter.toMs) {
        clause += QStringLiteral(" AND %1 < ?").arg(column);
        values->append(*filter.toMs);
    }
    return clause;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

qint64 timeOf(const QVariant &value)
{
    return value.isNull() ? unknownTime : value.toLongLong();
}

// The clear columns of one kind of child of the citizen's cases (notes, survey answers):
// each row joined to its case by the clear parent id, the cases found by their citizen.
std::optional<CacheError> addCaseChildren(QSqlQuery &query, qint64 citizenId, TimelineKind kind,
                                          const CitizenTimelineFilter &filter,
                                          QList<CitizenTimelineEntry> &entries)
{
    const bool survey = kind == TimelineKind::Survey;
    const QString table =
        survey ? QStringLiteral("e_survey_responses") : QStringLiteral("e_case_notes");
    const QString time = survey ? QStringLiteral("x.responded_at") : QStringLiteral("x.created_at");
    QVariantList values{citizenId};
    const QString range = rangeClause(time, filter, &values);
    const QString sql =
        QStringLiteral("SELECT x.id, %1, x.parent_id%2 FROM e_cases c CROSS JOIN "
                       "%3 x ON x.parent_id = c.id WHERE c.citizen_id = ? AND "
                       "c.local <> 2 AND x.local <> 2%4")
            .arg(time, survey ? QStringLiteral(", x.score") : QString(), table, range);
    if (!run(query, sql, values))
        return queryError(query);
    while (query.next()) {
        CitizenTimelineEntry entry;
        entry.kind = kind;
        entry.id = query.value(0).toLongLong();
        entry.atMs = timeOf(query.value(1));
        entry.caseId = query.value(2).toLongLong();
        if (survey && !query.value(3).isNull())
            entry.score = query.value(3).toInt();
        entries.append(entry);
    }
    return std::nullopt;
}

} // namespace

QString CitizenTimelineEntry::entity() const
{
    switch (kind) {
    case TimelineKind::Case:
        return QStringLiteral("cases");
    case TimelineKind::Interaction:
        return QStringLiteral("interactions");
    case TimelineKind::Mission:
        return QStringLiteral("missions");
    case TimelineKind::Survey:
        return QStringLiteral("survey_responses");
    case TimelineKind::Note:
        return QStringLiteral("case_notes");
    }
    return {};
}

Expected<QList<CitizenTimelineEntry>, CacheError>
citizenTimeline(LocalCache &cache, qint64 citizenId, const CitizenTimelineFilter &filter,
                const std::atomic<bool> *cancel)
{
    QList<CitizenTimelineEntry> entries;
    QSqlQuery query(cache.database());
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    if (filter.includes(TimelineKind::Case)) {
        QVariantList values{citizenId};
        const QString range = rangeClause(QStringLiteral("created_at"), filter, &values);
        if (!run(query,
                 QStringLiteral("SELECT id, created_at, status, resolution_due_at FROM e_cases "
                                "WHERE citizen_id = ? AND local <> 2%1")
                     .arg(range),
                 values))
            return queryError(query);
        while (query.next()) {
            CitizenTimelineEntry entry;
            entry.id = query.value(0).toLongLong();
            entry.atMs = timeOf(query.value(1));
            entry.caseId = entry.id;
            entry.status = query.value(2).toString();
            entry.dueMs = query.value(3).toLongLong();
            entries.append(entry);
        }
    }
    if (!cancelled() && filter.includes(TimelineKind::Interaction)) {
        QVariantList values{citizenId};
        const QString range = rangeClause(QStringLiteral("started_at"), filter, &values);
        if (!run(query,
                 QStringLiteral("SELECT id, started_at FROM e_interactions WHERE parent_id = ? "
                                "AND local <> 2%1")
                     .arg(range),
                 values))
            return queryError(query);
        while (query.next()) {
            CitizenTimelineEntry entry;
            entry.kind = TimelineKind::Interaction;
            entry.id = query.value(0).toLongLong();
            entry.atMs = timeOf(query.value(1));
            entries.append(entry);
        }
    }
    if (!cancelled() && filter.includes(TimelineKind::Mission)) {
        // A mission once, however many of the citizen's cases it went for: from when the
        // first of them was added to it. Missions this computer does not have are left out.
        QVariantList values{citizenId};
        QString having = rangeClause(QStringLiteral("MIN(mc.created_at)"), filter, &values);
        if (!having.isEmpty())
            having = QStringLiteral(" HAVING ") + having.mid(5); // without the first " AND "
        if (!run(query,
                 QStringLiteral("SELECT mc.parent_id, MIN(mc.created_at), MIN(mc.case_id) FROM "
                                "e_cases c CROSS JOIN e_mission_cases mc ON mc.case_id = c.id "
                                "CROSS JOIN e_missions m ON m.id = mc.parent_id WHERE "
                                "c.citizen_id = ? AND c.local <> 2 AND mc.local <> 2 AND "
                                "m.local <> 2 GROUP BY mc.parent_id%1")
                     .arg(having),
                 values))
            return queryError(query);
        while (query.next()) {
            CitizenTimelineEntry entry;
            entry.kind = TimelineKind::Mission;
            entry.id = query.value(0).toLongLong();
            entry.atMs = timeOf(query.value(1));
            entry.caseId = query.value(2).toLongLong();
            entries.append(entry);
        }
    }
    for (const TimelineKind kind : {TimelineKind::Survey, TimelineKind::Note}) {
        if (cancelled() || !filter.includes(kind))
            continue;
        if (const auto error = addCaseChildren(query, citizenId, kind, filter, entries))
            return *error;
    }
    query.finish();
    std::sort(entries.begin(), entries.end(),
              [](const CitizenTimelineEntry &a, const CitizenTimelineEntry &b) {
                  if (a.atMs != b.atMs)
                      return a.atMs > b.atMs;
                  if (a.kind != b.kind)
                      return a.kind > b.kind; // a case before what follows it
                  return a.id > b.id;
              });
    return entries;
}

Expected<CitizenSummary, CacheError> citizenSummary(LocalCache &cache, qint64 citizenId,
                                                    qint64 nowMs)
{
    CitizenSummary summary;
    QSqlQuery query(cache.database());
    if (!run(query,
             QStringLiteral("SELECT COUNT(*), TOTAL(status NOT IN ('resolved', 'closed')), "
                            "TOTAL(status NOT IN ('resolved', 'closed') AND sla_paused_at IS NULL "
                            "AND resolution_due_at < ?), MAX(created_at) FROM e_cases WHERE "
                            "citizen_id = ? AND local <> 2"),
             {nowMs, citizenId}) ||
        !query.next())
        return queryError(query);
    summary.cases = query.value(0).toInt();
    summary.openCases = int(query.value(1).toDouble());
    summary.overdueCases = int(query.value(2).toDouble());
    summary.lastContactMs = query.value(3).toLongLong();
    if (!run(query,
             QStringLiteral("SELECT COUNT(*), MAX(started_at) FROM e_interactions WHERE "
                            "parent_id = ? AND local <> 2"),
             {citizenId}) ||
        !query.next())
        return queryError(query);
    summary.interactions = query.value(0).toInt();
    summary.lastContactMs = std::max(summary.lastContactMs, query.value(1).toLongLong());
    if (!run(query,
             QStringLiteral("SELECT COUNT(s.score), TOTAL(s.score) FROM e_cases c CROSS JOIN "
                            "e_survey_responses s ON s.parent_id = c.id WHERE c.citizen_id = ? "
                            "AND c.local <> 2 AND s.local <> 2 AND s.score IS NOT NULL"),
             {citizenId}) ||
        !query.next())
        return queryError(query);
    summary.surveys = query.value(0).toInt();
    summary.scoreTotal = qint64(query.value(1).toDouble());
    query.finish();
    return summary;
}

} // namespace Shahrvand::Cache
