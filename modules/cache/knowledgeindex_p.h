#pragma once

// What the knowledge index's two halves share: building it (knowledgeindex_build.cpp) and
// searching it (knowledgeindex.cpp).

#include "cacheerror.h"
#include "expected.h"
#include "knowledgeindex.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>

namespace Shahrvand::Cache {

class RowCipher;

namespace KnowledgeIndexing {

class TermCounts;

inline const QString articles = QStringLiteral("knowledge_articles");
inline const QString services = QStringLiteral("article_services");
inline const QString subjects = QStringLiteral("knowledge_subjects");

// Rows re-indexed per transaction: the UI's edits wait for one at most (~0.1 s).
constexpr int batchRows = 2000;
// search() indexes what is marked when it is this little (a pull's rows are left to the
// sync engine, which refreshes after it); rows edited here always.
constexpr int searchRefreshRows = 2000;
// How many of a query's newest matches are ranked (KnowledgeIndex::search): in the headings,
// and in the bodies of the articles whose headings lack a word (longer texts: BM25 costs
// about 6 µs a match there, 1.5 µs in the headings). Older matches follow, newest first.
constexpr int headsRankedWindow = 1000;
constexpr int bodiesRankedWindow = 300;
// The weights of title, subject, keywords and body in BM25, and of log(1 + resolved cases).
constexpr double titleWeight = 8.0;
constexpr double subjectWeight = 4.0;
constexpr double keywordsWeight = 4.0;
constexpr double bodyWeight = 1.0;
constexpr double resolvedWeight = 0.5;
// Ahead of every article not linked to the case's service.
constexpr double serviceBoost = 1000.0;
// A suggestion whose headings have the case's words, ahead of one whose body has them.
constexpr double headingsBoost = 100.0;

inline bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

// The words of a normalizeForSearch() text as the index's unicode61 tokenizer splits them:
// runs of letters, digits and private-use characters.
QStringList searchWords(const QString &normalized);
// An FTS5 query of the words: each a quoted string, so that nothing typed is read as FTS
// syntax ("AND", "NEAR(", "*", quotes). Words are letters and digits only, never quotes.
QString ftsQuery(const QStringList &words, bool lastIsPrefix, QStringView op);
qint64 millisecondsOf(const QJsonValue &value);

struct Subject
{
    qint64 parentId = 0;
    QString names; // name_fa and name_en
};
Expected<QHash<qint64, Subject>, CacheError> loadSubjects(const LocalCache &cache);

// The filters' SQL on kb_articles (alias a), with its values.
QString filterClause(const ArticleQuery &query, QVariantList &values);
// The articles in force at `at` (milliseconds since the epoch; 0: whenever), on alias a.
QString inForceClause(qint64 at, QVariantList &values);

// All: everything marked, batch after batch. ForSearch: one batch, of the articles edited
// here, and of the rest only when few are waiting (a pull's are the sync engine's).
enum class Scope { All, ForSearch };
// `counts` learns how many articles were re-indexed.
Expected<int, CacheError> refreshIndex(LocalCache &cache, const RowCipher &cipher,
                                       TermCounts &counts, Scope scope,
                                       const std::atomic<bool> *cancel);

} // namespace KnowledgeIndexing

} // namespace Shahrvand::Cache
