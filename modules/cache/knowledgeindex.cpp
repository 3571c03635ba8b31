#include "knowledgeindex.h"

#include "articlehtml.h"
#include "knowledgeindex_p.h"
#include "localcache_p.h"
#include "textnormalizer.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Shahrvand::Cache {

using namespace KnowledgeIndexing;

// ---------------------------------------------------------------------------------------
// Finding articles

namespace {

struct Ranked
{
    qint64 id = 0;
    double score = 0; // higher is better
};

// The hits of `ranked`, in its order: each row opened for its title and body.
Expected<QList<ArticleHit>, CacheError> hitsOf(LocalCache &cache, const RowCipher &cipher,
                                               const QList<Ranked> &ranked,
                                               const QStringList &words, bool lastIsPrefix)
{
    QList<ArticleHit> hits;
    if (ranked.isEmpty())
        return hits;
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT data FROM e_knowledge_articles WHERE id = ? AND local <> 2")))
        return storageError(query);
    for (const Ranked &one : ranked) {
        query.addBindValue(one.id);
        if (!query.exec())
            return storageError(query);
        if (!query.next())
            continue; // deleted since it was indexed; the next refresh drops it
        const auto opened = cipher.open(query.value(0).toByteArray(), rowAddress(articles, one.id));
        query.finish();
        if (!opened)
            return storageError(
                QStringLiteral("row %1/%2 does not open").arg(articles).arg(one.id));
        const QJsonObject row = parseObject(*opened);
        ArticleHit hit;
        hit.id = one.id;
        hit.title = row.value(u"title").toString();
        hit.articleType = row.value(u"article_type").toString();
        hit.status = row.value(u"status").toString();
        hit.language = row.value(u"language").toString();
        hit.subjectId = row.value(u"subject_id").toInteger();
        hit.resolvedCaseCount = row.value(u"resolved_case_count").toInt();
        hit.score = one.score;
        hit.titleHighlights = Knowledge::matchedWords(hit.title, words, lastIsPrefix);
        hit.snippet = Knowledge::makeSnippet(
            Knowledge::articlePlainText(row.value(u"body").toString()), words, lastIsPrefix);
        hits.append(std::move(hit));
    }
    return hits;
}

Expected<QList<Ranked>, CacheError> rankedIds(QSqlQuery &query)
{
    if (!query.exec())
        return storageError(query);
    QList<Ranked> ranked;
    while (query.next())
        ranked.append({query.value(0).toLongLong(), query.value(1).toDouble()});
    return ranked;
}

QString rankExpression(const QString &table = QStringLiteral("kb_fts"))
{
    // bm25() is lower for better matches; the boost (log of resolved cases) lowers it more.
    const QString weights =
        QStringLiteral("%1, %2, %3").arg(titleWeight).arg(subjectWeight).arg(keywordsWeight);
    return table == u"kb_heads"
               ? QStringLiteral("bm25(kb_heads, %1) - a.boost").arg(weights)
               : QStringLiteral("bm25(kb_fts, %1, %2) - a.boost").arg(weights).arg(bodyWeight);
}

} // namespace

namespace {

// Words that nearly every article has: they narrow nothing and make a query rank most of
// the index.
bool isStopWord(const QString &word)
{
    static const QSet<QString> stopWords = [] {
        QSet<QString> set;
        const QString list = QStringLiteral(
            "از به با در که این آن را و یا تا برای است هست بود شد می ها های هم نیز اما اگر چه "
            "چرا کی من ما شما او آنها ایشان یک هر همه روی بر بی ولی پس چون خود باید شود کرد "
            "کنم کند کنید دارم دارد داریم سلام لطفا ممنون متشکرم خیلی چطور چگونه آیا نه بله "
            "the a an and or of to in on for with is are was were be been it its this that "
            "these those i my me we our you your he she they them please hello hi have has had "
            "not no at by from can could how what when where why do does did will would");
        for (const QString &word : searchWords(normalizeForSearch(list)))
            set.insert(word);
        return set;
    }();
    return stopWords.contains(word);
}

// One ranked query of a text index (kb_heads or kb_fts) joined to the filters: the text
// index leads (CROSS JOIN keeps that order) and the filters look up each match. `extra`
// narrows further (with `extraValue` bound first).
Expected<QList<Ranked>, CacheError> rankedMatches(QSqlDatabase &db, const QString &table,
                                                  const QString &match, const QString &filter,
                                                  const QVariantList &values, int limit, int offset,
                                                  const QString &extra = {},
                                                  const QString &extraValue = {})
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT a.id, -(%1) AS score FROM %2 CROSS JOIN "
                                  "kb_articles a ON a.id = %2.rowid WHERE %3%2 MATCH ? "
                                  "AND %4 ORDER BY score DESC, a.id LIMIT ? OFFSET ?")
                       .arg(rankExpression(table), table, extra, filter));
    if (!extra.isEmpty())
        select.addBindValue(extraValue);
    select.addBindValue(match);
    for (const QVariant &value : values)
        select.addBindValue(value);
    select.addBindValue(limit);
    select.addBindValue(offset);
    return rankedIds(select);
}

// The matches of a text index (kb_heads or kb_fts) most resolving first, without ranking
// them. Collected (every match found, then sorted by use), or, for a query in a good part
// of the index, walked: the articles most resolving first (kb_articles_resolved), each
// looked up in the text index, until the page is full. `exclude` leaves out the rows of
// another query (kb_heads' matches, listed before the bodies').
Expected<QList<Ranked>, CacheError> mostResolved(QSqlDatabase &db, bool walk, const QString &table,
                                                 const QString &match, const QString &filter,
                                                 const QVariantList &values, int limit, int offset,
                                                 const QString &exclude = {})
{
    const QString matching =
        walk ? QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %1 MATCH ? AND %1.rowid = a.id)")
                   .arg(table)
             : QStringLiteral("a.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(table);
    const QString excluded =
        exclude.isEmpty()
            ? QString()
            : QStringLiteral(
                  " AND a.id NOT IN (SELECT rowid FROM kb_heads WHERE kb_heads MATCH ?)");
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT a.id, a.boost FROM kb_articles a%1 WHERE %2%3 AND %4 "
                                  "ORDER BY a.resolved_case_count DESC, a.id DESC LIMIT ? OFFSET ?")
                       .arg(walk ? QStringLiteral(" INDEXED BY kb_articles_resolved") : QString(),
                            matching, excluded, filter));
    select.addBindValue(match);
    if (!exclude.isEmpty())
        select.addBindValue(exclude);
    for (const QVariant &value : values)
        select.addBindValue(value);
    select.addBindValue(limit);
    select.addBindValue(offset);
    return rankedIds(select);
}

// How many rows of a text index match, counted up to `atMost` + 1.
Expected<qint64, CacheError> matchesUpTo(QSqlDatabase &db, const QString &table,
                                         const QString &match, qint64 atMost)
{
    QSqlQuery count(db);
    count.setForwardOnly(true);
    count.prepare(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ? LIMIT %2)")
            .arg(table)
            .arg(atMost + 1));
    count.addBindValue(match);
    if (!count.exec() || !count.next())
        return storageError(count);
    return count.value(0).toLongLong();
}

// One part of a page from a text index: ranked by BM25 when the matches are few enough to
// rank them all (2 µs a match), else most resolving first (a word in thousands of
// articles says little about which of them is meant; a further word brings BM25 back).
Expected<QList<Ranked>, CacheError> matchesOf(QSqlDatabase &db, const QString &table,
                                              const QString &match, bool unranked,
                                              const QString &filter, const QVariantList &values,
                                              int limit, int offset, const QString &exclude = {})
{
    const auto matches = matchesUpTo(db, table, match, walkedMatchesFrom);
    if (!matches)
        return matches.error();
    if (*matches > walkedMatchesFrom)
        return mostResolved(db, true, table, match, filter, values, limit, offset, exclude);
    if (unranked || *matches > rankedMatchesLimit)
        return mostResolved(db, false, table, match, filter, values, limit, offset, exclude);
    return rankedMatches(db, table, match, filter, values, limit, offset,
                         exclude.isEmpty()
                             ? QString()
                             : QStringLiteral("%1.rowid NOT IN (SELECT rowid FROM kb_heads WHERE "
                                              "kb_heads MATCH ?) AND ")
                                   .arg(table),
                         exclude);
}

} // namespace

Expected<ArticleResults, CacheError> KnowledgeIndex::search(LocalCache &cache,
                                                            const ArticleQuery &query)
{
    if (const auto refreshed = refreshIndex(cache, cipherOf(cache), Scope::ForSearch, nullptr);
        !refreshed)
        return refreshed.error();
    ArticleResults results;
    QStringList words = searchWords(normalizeForSearch(query.text));
    bool lastIsPrefix = query.lastIsPrefix;
    // One character being typed would match a good part of the index: wait for the second.
    if (lastIsPrefix && !words.isEmpty() && words.last().size() < 2) {
        words.removeLast();
        lastIsPrefix = false;
        if (words.isEmpty())
            return results;
    }
    // Stop words are looked for only when nothing else was typed (the word being typed
    // counts: it may become any word).
    QStringList matchWords;
    bool prefixInMatch = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool typing = lastIsPrefix && i == words.size() - 1;
        if (!isStopWord(words.at(i)) || typing) {
            matchWords.append(words.at(i));
            prefixInMatch = typing;
        }
    }
    if (matchWords.isEmpty())
        matchWords = words;
    QVariantList values;
    const QString filter = filterClause(query, values);
    const int limit = qMax(query.limit, 0);
    const int offset = qMax(query.offset, 0);
    QSqlDatabase &db = cache.database();
    QSqlQuery count(db);
    count.setForwardOnly(true);
    QList<Ranked> page;
    if (words.isEmpty()) {
        QSqlQuery select(db);
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT a.id, a.boost FROM kb_articles a WHERE %1 "
                                      "ORDER BY a.resolved_case_count DESC, a.id LIMIT ? OFFSET ?")
                           .arg(filter));
        for (const QVariant &value : std::as_const(values))
            select.addBindValue(value);
        select.addBindValue(limit);
        select.addBindValue(offset);
        const auto ranked = rankedIds(select);
        if (!ranked)
            return ranked.error();
        page = *ranked;
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM kb_articles a WHERE %1").arg(filter));
    } else {
        // Articles with every word in the title, subject or keywords first (kb_heads), then
        // those with some only in the body, each part by rank. Ranking every match of a
        // common word (half the index) took a third of a second; the headings' matches are
        // many times fewer, are found without reading the bodies' word lists, and usually
        // fill the page alone.
        const QString all = ftsQuery(matchWords, prefixInMatch, u" ");
        // Stop words alone are in most headings and weigh nothing in BM25: their articles
        // come most resolving first, without ranking them all (a third of a second).
        const bool onlyStopWords =
            !prefixInMatch && std::all_of(matchWords.cbegin(), matchWords.cend(), isStopWord);
        const auto first = matchesOf(db, QStringLiteral("kb_heads"), all, onlyStopWords, filter,
                                     values, offset + limit, 0);
        if (!first)
            return first.error();
        page = first->mid(offset);
        if (first->size() < offset + limit) {
            const int skip = qMax(0, offset - int(first->size()));
            const auto rest = matchesOf(db, QStringLiteral("kb_fts"), all, onlyStopWords, filter,
                                        values, limit - int(page.size()), skip, all);
            if (!rest)
                return rest.error();
            page += *rest;
        }
        const QString countRows = QString::number(ArticleResults::countLimit + 1);
        count.prepare(values.isEmpty()
                          ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM kb_fts WHERE "
                                           "kb_fts MATCH ? LIMIT %1)")
                                .arg(countRows)
                          : QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM kb_fts CROSS JOIN "
                                           "kb_articles a ON a.id = kb_fts.rowid WHERE kb_fts "
                                           "MATCH ? AND %1 LIMIT %2)")
                                .arg(filter, countRows));
        count.addBindValue(all);
    }
    for (const QVariant &value : std::as_const(values))
        count.addBindValue(value);
    if (page.size() < limit && (offset == 0 || !page.isEmpty())) {
        results.total = offset + page.size(); // the last page: no need to count
    } else {
        if (!count.exec() || !count.next())
            return storageError(count);
        results.total = count.value(0).toLongLong();
        if (results.total > ArticleResults::countLimit) {
            results.total = ArticleResults::countLimit;
            results.totalIsAtLeast = true;
        }
    }
    auto hits = hitsOf(cache, cipherOf(cache), page, words, lastIsPrefix);
    if (!hits)
        return hits.error();
    results.hits = std::move(*hits);
    return results;
}

namespace {

// The words of a case's text worth looking for: no stop words, no single letters, at most
// a dozen (the first ones: the subject comes before the description).
QStringList significantWords(const QString &text)
{
    QStringList words;
    for (const QString &word : searchWords(normalizeForSearch(text))) {
        if (word.size() < 2 || isStopWord(word) || words.contains(word))
            continue;
        words.append(word);
        if (words.size() == 12)
            break;
    }
    return words;
}

} // namespace

Expected<QList<ArticleHit>, CacheError> KnowledgeIndex::suggestForCase(LocalCache &cache,
                                                                       qint64 serviceId,
                                                                       const QString &caseText,
                                                                       int limit)
{
    if (const auto refreshed = refreshIndex(cache, cipherOf(cache), Scope::ForSearch, nullptr);
        !refreshed)
        return refreshed.error();
    const QStringList words = significantWords(caseText);
    QHash<qint64, double> scores;
    // The headings' words first (kb_heads: far fewer matches to rank), the bodies' only when
    // those do not fill the list; a headings match stays ahead of a body match.
    for (const QString &table : {QStringLiteral("kb_heads"), QStringLiteral("kb_fts")}) {
        if (words.isEmpty() || scores.size() >= limit)
            break;
        const double tierBonus = table == u"kb_heads" ? headingsBoost : 0;
        QSqlQuery query(cache.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT a.id, -(%1) + %4 + CASE WHEN EXISTS (SELECT 1 FROM "
                                     "kb_article_services s WHERE s.service_id = ? AND "
                                     "s.article_id = a.id) THEN %2 ELSE 0 END AS score FROM "
                                     "%3 CROSS JOIN kb_articles a ON a.id = %3.rowid "
                                     "WHERE %3 MATCH ? AND a.status = 'published' "
                                     "ORDER BY score DESC, a.id LIMIT ?")
                          .arg(rankExpression(table))
                          .arg(serviceBoost)
                          .arg(table)
                          .arg(tierBonus));
        query.addBindValue(serviceId);
        query.addBindValue(ftsQuery(words, false, u" OR "));
        query.addBindValue(limit);
        const auto ranked = rankedIds(query);
        if (!ranked)
            return ranked.error();
        for (const Ranked &one : *ranked) {
            if (!scores.contains(one.id))
                scores.insert(one.id, one.score);
        }
    }
    // The service's articles that share no word with the case come after those that do.
    QSqlQuery linked(cache.database());
    linked.setForwardOnly(true);
    linked.prepare(QStringLiteral("SELECT a.id, %1 + a.boost FROM kb_article_services s JOIN "
                                  "kb_articles a ON a.id = s.article_id WHERE s.service_id = ? "
                                  "AND a.status = 'published' ORDER BY a.resolved_case_count "
                                  "DESC, a.id LIMIT ?")
                       .arg(serviceBoost));
    linked.addBindValue(serviceId);
    linked.addBindValue(limit);
    const auto ranked = rankedIds(linked);
    if (!ranked)
        return ranked.error();
    for (const Ranked &one : *ranked) {
        if (!scores.contains(one.id))
            scores.insert(one.id, one.score);
    }
    QList<Ranked> all;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        all.append({it.key(), it.value()});
    std::sort(all.begin(), all.end(), [](const Ranked &a, const Ranked &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (all.size() > limit)
        all.resize(qMax(limit, 0));
    return hitsOf(cache, cipherOf(cache), all, words, false);
}

Expected<QList<ArticleHit>, CacheError> KnowledgeIndex::topForSubject(LocalCache &cache,
                                                                      qint64 subjectId, int limit)
{
    if (const auto refreshed = refreshIndex(cache, cipherOf(cache), Scope::ForSearch, nullptr);
        !refreshed)
        return refreshed.error();
    const auto all = loadSubjects(cache);
    if (!all)
        return all.error();
    // The subject and those under it (a loop in the tree is walked once).
    QSet<qint64> tree{subjectId};
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = all->cbegin(); it != all->cend(); ++it) {
            if (!tree.contains(it.key()) && tree.contains(it.value().parentId)) {
                tree.insert(it.key());
                grew = true;
            }
        }
    }
    QStringList marks;
    QVariantList values;
    for (const qint64 id : std::as_const(tree)) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.boost FROM kb_articles a WHERE a.status = "
                                 "'published' AND a.subject_id IN (%1) ORDER BY "
                                 "a.resolved_case_count DESC, a.id LIMIT ?")
                      .arg(marks.join(u',')));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    const auto ranked = rankedIds(query);
    if (!ranked)
        return ranked.error();
    return hitsOf(cache, cipherOf(cache), *ranked, {}, false);
}

} // namespace Shahrvand::Cache
