#pragma once

// The knowledge index's ranking function and the word counts it weighs words by.
//
// FTS5's bm25() counts, for every query, the articles holding each word, by reading the
// word's whole list of articles: 3-8 ms for a word in half the index, paid again by every
// search for it, whatever the number of matches ranked. kb_rank() is the same BM25 (the
// same constants, column weights and formula) with those counts given by the caller, who
// keeps them per word (TermCounts): a count changes by one when an article is written, and
// BM25 weighs it through a logarithm.

#include "cacheerror.h"
#include "expected.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Shahrvand::Cache::KnowledgeIndexing {

// Registers kb_rank(table, column weights..., article counts...) on the connection: BM25 as
// bm25() computes it (k1 1.2, b 0.75, a word's weight log((N - n + 0.5) / (n + 0.5)), at
// least 1e-6), lower for better matches, where n is the count given for the query's phrase
// in the order the phrases appear in the MATCH text. A missing or negative count is
// counted as bm25() does. Registering again replaces the function.
bool registerRankFunction(const QSqlDatabase &db);

// How many articles of each text index hold a word (or, for the word being typed, a word
// beginning so), counted once and kept: per cache connection, until its index is written
// in bulk or another connection writes the database. Past 2,000 the count is an estimate.
class TermCounts final
{
public:
    // The counts of `words` in `table` (kb_heads or kb_fts), in order; the last one as a
    // prefix when `lastIsPrefix`. Counts what is not known yet.
    Expected<QList<qint64>, CacheError> counts(QSqlDatabase &db, const QString &table,
                                               const QStringList &words, bool lastIsPrefix);
    // Forgets every count (the index changed in bulk).
    void clear();
    // Articles re-indexed by this connection: counts are kept through a few hundred.
    void indexed(int articles);

private:
    Expected<bool, CacheError> forgetIfOthersWrote(QSqlDatabase &db);
    Expected<qint64, CacheError> countOf(QSqlDatabase &db, const QString &table,
                                         const QString &phrase);

    QHash<QString, qint64> m_counts;
    qint64 m_dataVersion = -1;
    qint64 m_firstId = 0; // kb_articles' ids, for estimates
    qint64 m_lastId = 0;
    int m_indexedSinceCounted = 0;
    bool m_registered = false;
};

} // namespace Shahrvand::Cache::KnowledgeIndexing
