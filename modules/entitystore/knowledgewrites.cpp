#include "knowledgewrites.h"

#include "resolvedcases.h"

namespace Shahrvand::EntityStore {

Expected<bool, Records::WriteError>
writeKnowledgeFollowUp(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
                       const KnowledgeFollowUp &followUp, const Records::WriteContext &context)
{
    // New rows reach their readers by their own versions.
    Records::WriteContext rowContext = context;
    rowContext.version.reset();
    const QString articleId = QStringLiteral("article_id");
    if (followUp.entity == QLatin1String("knowledge_articles")) {
        if (!followUp.articlePlan || !followUp.articlePlan->version)
            return true;
        QVariantMap row = *followUp.articlePlan->version;
        row.insert(articleId, followUp.rowId);
        const auto written = Records::RowWriter(db, backend, batch)
                                 .insert(QStringLiteral("article_versions"), row, rowContext);
        if (!written)
            return written.error();
        return true;
    }
    KnowledgeRules::ResolvedCases counts(db, backend, batch, rowContext);
    if (followUp.entity == QLatin1String("case_articles"))
        return counts.recount({followUp.before.value(articleId).toLongLong(),
                               followUp.after.value(articleId).toLongLong()});
    if (followUp.entity == QLatin1String("cases") && followUp.caseResolved)
        return counts.caseResolvedWith(
            followUp.rowId,
            followUp.after.value(QStringLiteral("resolution_article_id")).toLongLong(),
            context.actorUserId);
    return true;
}

} // namespace Shahrvand::EntityStore
