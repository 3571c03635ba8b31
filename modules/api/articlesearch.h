#pragma once

#include "database.h"
#include "expected.h"
#include "principal.h"
#include "storeerror.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Shahrvand::Api {

struct ArticleSearchQuery
{
    QString text;         // any spelling: normalized with normalizeForSearch
    QString articleType;  // empty: any
    qint64 subjectId = 0; // 0: any
    QString language;     // empty: any
    QString status;       // empty: any the caller may see
    qint64 inForceAt = 0; // ms since the epoch: only articles in force then; 0: whenever
    int limit = 20;       // 1..100
    int offset = 0;
};

// Knowledge articles the caller may see (the scope of listing knowledge_articles) that
// hold every word of the query, the last one as the beginning of a word (as the agent
// types), best first. Candidates come from the database with one LIKE per word on
// search_text (the same on SQLite and PostgreSQL); they are scored here: a word found in
// the title counts 3, in the keywords 2, in the body 1 (half as much when it is only
// inside a longer word), plus log(1 + resolved_case_count).
// {"items": [{id, title, article_type, status, language, subject_id, resolved_case_count,
//   score, snippet}], "total": N}
class ArticleSearch final
{
public:
    explicit ArticleSearch(std::shared_ptr<Storage::Database> database);

    Expected<QJsonObject, EntityStore::StoreError> search(const Access::Principal &viewer,
                                                          const ArticleSearchQuery &query);

private:
    std::shared_ptr<Storage::Database> m_database;
};

} // namespace Shahrvand::Api
