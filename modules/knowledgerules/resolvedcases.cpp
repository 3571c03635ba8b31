#include "resolvedcases.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::KnowledgeRules {

namespace {

Records::WriteError databaseError(const QSqlQuery &query)
{
    return {Records::WriteError::Kind::Database, query.lastError().text()};
}

} // namespace

ResolvedCases::ResolvedCases(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
                             const Records::WriteContext &context)
    : m_db(db)
    , m_backend(backend)
    , m_batch(batch)
    , m_context(context)
{
    // Each row written here takes its own version.
    m_context.version.reset();
}

Expected<bool, Records::WriteError> ResolvedCases::recount(const QSet<qint64> &articleIds)
{
    QList<qint64> ids(articleIds.cbegin(), articleIds.cend());
    std::sort(ids.begin(), ids.end());
    Records::RowWriter writer(m_db, m_backend, m_batch);
    for (qint64 id : std::as_const(ids)) {
        if (id <= 0)
            continue;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "SELECT a.resolved_case_count, (SELECT COUNT(*) FROM case_articles l WHERE "
            "l.article_id = a.id AND l.deleted = 0 AND l.resolved_case = 1) FROM "
            "knowledge_articles a WHERE a.id = ? AND a.deleted = 0"));
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(query);
        if (!query.next())
            continue; // a deleted article keeps its last count
        const qint64 stored = query.value(0).toLongLong();
        const qint64 counted = query.value(1).toLongLong();
        query.finish();
        if (stored == counted)
            continue;
        if (const auto written =
                writer.update(QStringLiteral("knowledge_articles"), id,
                              {{QStringLiteral("resolved_case_count"), counted}}, m_context);
            !written)
            return written.error();
    }
    return true;
}

Expected<bool, Records::WriteError> ResolvedCases::caseResolvedWith(qint64 caseId, qint64 articleId,
                                                                    std::optional<qint64> linkedBy)
{
    if (caseId <= 0 || articleId <= 0)
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, resolved_case FROM case_articles WHERE case_id = ? "
                                 "AND article_id = ? AND deleted = 0 ORDER BY id"));
    query.addBindValue(caseId);
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    qint64 linkId = 0;
    bool resolved = false;
    while (query.next() && !resolved) {
        linkId = query.value(0).toLongLong();
        resolved = query.value(1).toInt() == 1;
    }
    query.finish();
    Records::RowWriter writer(m_db, m_backend, m_batch);
    if (!resolved) {
        const auto written = linkId > 0
                                 ? writer.update(QStringLiteral("case_articles"), linkId,
                                                 {{QStringLiteral("resolved_case"), 1}}, m_context)
                                 : writer.insert(QStringLiteral("case_articles"),
                                                 {{QStringLiteral("case_id"), caseId},
                                                  {QStringLiteral("article_id"), articleId},
                                                  {QStringLiteral("linked_by"),
                                                   linkedBy ? QVariant(*linkedBy) : QVariant()},
                                                  {QStringLiteral("resolved_case"), 1}},
                                                 m_context);
        if (!written)
            return written.error();
    }
    return recount({articleId});
}

} // namespace Shahrvand::KnowledgeRules
