#pragma once

#include "expected.h"
#include "rowwriter.h"

#include <QSet>
#include <QSqlDatabase>

namespace Shahrvand::KnowledgeRules {

// knowledge_articles.resolved_case_count kept equal to the number of live case_articles
// rows with resolved_case = 1 of the article. Called inside the transaction that wrote the
// links, through the same batch when it has one; an article whose count changes is
// written with a new version, so sync pulls it.
class ResolvedCases final
{
public:
    ResolvedCases(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
                  const Records::WriteContext &context);

    // Recounts the given articles (ids <= 0 are ignored).
    Expected<bool, Records::WriteError> recount(const QSet<qint64> &articleIds);

    // A case resolved with an article: its link (case_articles) says that article resolved
    // it, created when there is none; then the article is recounted.
    Expected<bool, Records::WriteError> caseResolvedWith(qint64 caseId, qint64 articleId,
                                                         std::optional<qint64> linkedBy);

private:
    QSqlDatabase &m_db;
    Storage::Backend m_backend;
    Records::WriteBatch *m_batch;
    Records::WriteContext m_context;
};

} // namespace Shahrvand::KnowledgeRules
