#pragma once

#include "articlesnippet.h"
#include "cacheerror.h"
#include "expected.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Shahrvand::Cache {

class LocalCache;
class RowCipher;

// What an agent looks for in the knowledge base.
struct ArticleQuery
{
    QString text;             // as typed: Persian, English or both, any spelling
    bool lastIsPrefix = true; // the last word may be unfinished (as the agent types)
    QList<qint64> subjectIds; // the subjects (the caller adds their descendants); empty: all
    QStringList types;        // faq, instruction, article, regulation; empty: all
    QStringList languages;    // fa, en; empty: all
    QStringList statuses;     // empty: all the user's cache holds
    // Milliseconds since the epoch: only articles in force then (publish_at reached,
    // expires_at not); 0: whenever. What agents see; the knowledge team sees them all.
    qint64 inForceAt = 0;
    int limit = 20;
    int offset = 0;
};

struct ArticleHit
{
    qint64 id = 0;
    QString title;
    QString articleType;
    QString status;
    QString language;
    qint64 subjectId = 0; // 0: none
    int resolvedCaseCount = 0;
    qint64 publishAt = 0; // milliseconds since the epoch; 0: none
    qint64 expiresAt = 0;
    double score = 0; // higher is better
    QList<Knowledge::ArticleSnippet::Range> titleHighlights;
    Knowledge::ArticleSnippet snippet; // from the body's plain text
};

struct ArticleResults
{
    QList<ArticleHit> hits;
    // Every match, not only this page; counted up to countLimit only: beyond it, `total` is
    // countLimit and `totalIsAtLeast` says so ("more than 1,000"). Counting every match of
    // a common word would cost more than finding the page.
    qint64 total = 0;
    bool totalIsAtLeast = false;
    static constexpr qint64 countLimit = 1000;
};

// The knowledge base's full-text index in the workstation's cache (migration 0004): SQLite
// FTS5 over normalizeForSearch() text of each cached article's title, subject names,
// keywords and body, so every spelling normalizeForSearch() folds matches. Articles hold no
// citizen's data; their normalized words and filter columns are kept in the clear, the
// rows themselves stay sealed.
//
// Every write of an article row (pull, local edit, conflict, delete, bulk load) marks it by
// trigger; refresh() re-indexes the marked rows. The sync engine refreshes after each pull,
// and search() refreshes first, so a search never misses an edit made on this computer.
namespace KnowledgeIndexing {
class TermCounts;
}

class KnowledgeIndex final
{
public:
    // Re-indexes the articles written since the last refresh (all of them the first time).
    // The number re-indexed. Off the UI thread after a large pull; `cancel` stops between
    // rows, and what was done stays done.
    static Expected<int, CacheError> refresh(LocalCache &cache,
                                             const std::atomic<bool> *cancel = nullptr);

    // Ranked by BM25 with title, subject and keyword matches weighing more than the body's,
    // and a boost for articles that resolved many cases. An empty text lists the filter's
    // articles, most resolving first. Articles with every word in their title, subject or
    // keywords come before those with some only in the body (each part ranked). A part with
    // more matches than are ranked (1,000 in the headings, 300 in the bodies) ranks its
    // newest ones and lists the older ones after them, newest first: a further word narrows
    // the matches. Stop words ("و", "the") are looked for only when nothing else was typed,
    // and then weigh nothing, so the boost orders their articles; a last word of one
    // character being typed is not looked for yet, one of two is a prefix in the headings
    // and a whole word in the bodies. Scores order hits within a page, not across its two
    // parts.
    static Expected<ArticleResults, CacheError> search(LocalCache &cache,
                                                       const ArticleQuery &query);

    // Articles for a case being handled: those concerning its service first, then those
    // whose words meet the case's subject and description (the text's significant words,
    // any of them), published ones only, in force at `inForceAt` (ArticleQuery::inForceAt).
    static Expected<QList<ArticleHit>, CacheError>
    suggestForCase(LocalCache &cache, qint64 serviceId, const QString &caseText, int limit = 8,
                   qint64 inForceAt = 0);

    // The published articles of a subject (and the subjects under it) that resolved the most
    // cases, in force at `inForceAt`.
    static Expected<QList<ArticleHit>, CacheError>
    topForSubject(LocalCache &cache, qint64 subjectId, int limit = 10, qint64 inForceAt = 0);

private:
    static const RowCipher &cipherOf(const LocalCache &cache); // opens the rows it indexes
    // The word counts ranking weighs words by, kept per cache connection.
    static KnowledgeIndexing::TermCounts &termCountsOf(LocalCache &cache);
};

} // namespace Shahrvand::Cache
