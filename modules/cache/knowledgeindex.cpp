#include "knowledgeindex.h"

#include "articlehtml.h"
#include "knowledgeindex_p.h"
#include "knowledgerank_p.h"
#include "localcache_p.h"
#include "textnormalizer.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <future>

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

struct OpenedArticle
{
    Ranked ranked;
    QByteArray json;
};

ArticleHit hitOf(const OpenedArticle &article, const QStringList &words, bool lastIsPrefix)
{
    const QJsonObject row = parseObject(article.json);
    ArticleHit hit;
    hit.id = article.ranked.id;
    hit.title = row.value(u"title").toString();
    hit.articleType = row.value(u"article_type").toString();
    hit.status = row.value(u"status").toString();
    hit.language = row.value(u"language").toString();
    hit.subjectId = row.value(u"subject_id").toInteger();
    hit.resolvedCaseCount = row.value(u"resolved_case_count").toInt();
    hit.publishAt = millisecondsOf(row.value(u"publish_at"));
    hit.expiresAt = millisecondsOf(row.value(u"expires_at"));
    hit.score = article.ranked.score;
    hit.titleHighlights = Knowledge::matchedWords(hit.title, words, lastIsPrefix);
    hit.snippet = Knowledge::makeSnippet(Knowledge::articlePlainText(row.value(u"body").toString()),
                                         words, lastIsPrefix);
    return hit;
}

// The hits of `ranked`, in its order: each row opened for its title and body. Most of the
// time goes to the bodies' plain text and snippets (about 90 µs an article): the second half
// of the page is made on another thread.
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
    QList<OpenedArticle> opened;
    for (const Ranked &one : ranked) {
        query.addBindValue(one.id);
        if (!query.exec())
            return storageError(query);
        if (!query.next())
            continue; // deleted since it was indexed; the next refresh drops it
        auto json = cipher.open(query.value(0).toByteArray(), rowAddress(articles, one.id));
        query.finish();
        if (!json)
            return storageError(
                QStringLiteral("row %1/%2 does not open").arg(articles).arg(one.id));
        opened.append({one, std::move(json).value()});
    }
    const qsizetype half = opened.size() >= 4 ? opened.size() / 2 : opened.size();
    std::future<QList<ArticleHit>> secondHalf;
    if (half < opened.size())
        secondHalf = std::async(std::launch::async, [&opened, half, &words, lastIsPrefix] {
            QList<ArticleHit> made;
            for (qsizetype i = half; i < opened.size(); ++i)
                made.append(hitOf(opened.at(i), words, lastIsPrefix));
            return made;
        });
    for (qsizetype i = 0; i < half; ++i)
        hits.append(hitOf(opened.at(i), words, lastIsPrefix));
    if (secondHalf.valid())
        hits += secondHalf.get();
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

// BM25 (kb_rank) with the text index's column weights and its words' article counts, less
// the boost; lower is better.
QString rankExpression(const QString &table, const QList<qint64> &counts)
{
    QString weights =
        QStringLiteral("%1, %2, %3").arg(titleWeight).arg(subjectWeight).arg(keywordsWeight);
    if (table != u"kb_heads")
        weights += QStringLiteral(", %1").arg(bodyWeight);
    for (const qint64 count : counts)
        weights += QStringLiteral(", %1").arg(count);
    return QStringLiteral("kb_rank(%1, %2) - a.boost").arg(table, weights);
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

// Ids as an SQL list: integers only, so that they can be written into the statement.
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

// The first `end` matches of a text index (kb_heads or kb_fts) that pass the filters and
// are not in `excluded`, in the order a page lists them: the newest `window` matches (the
// highest ids) ranked by `rank` (BM25 and resolved cases), then the older ones newest first.
// Ranking costs 1.5-6 µs a match, and finding every match of common words costs more than
// ranking a thousand: a word in half the index took tens of milliseconds either way. A further word
// narrows the matches back under the window, where every match is ranked. The text index leads
// (CROSS JOIN keeps that order) and walks its matches newest first, stopping at the window.
Expected<QList<Ranked>, CacheError>
orderedMatches(QSqlDatabase &db, const QString &table, const QString &match, const QString &rank,
               const QString &filter, const QVariantList &values, const QList<qint64> &excluded,
               int window, int end)
{
    const QString notExcluded =
        excluded.isEmpty()
            ? QString()
            : QStringLiteral(" AND %1.rowid NOT IN (%2)").arg(table, idList(excluded));
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT id, score FROM (SELECT %2.rowid AS id, -(%1) AS score "
                                  "FROM %2 CROSS JOIN kb_articles a ON a.id = %2.rowid WHERE %2 "
                                  "MATCH ? AND %3%4 ORDER BY %2.rowid DESC LIMIT ?) ORDER BY "
                                  "score DESC, id DESC LIMIT ?")
                       .arg(rank, table, filter, notExcluded));
    select.addBindValue(match);
    for (const QVariant &value : values)
        select.addBindValue(value);
    select.addBindValue(window);
    select.addBindValue(end);
    const auto ranked = rankedIds(select);
    if (!ranked || ranked->size() < qMin(window, end) || end <= window)
        return ranked;
    // Past the window: the older matches, newest first.
    QSqlQuery older(db);
    older.setForwardOnly(true);
    older.prepare(QStringLiteral("SELECT a.id, a.boost FROM %1 CROSS JOIN kb_articles a ON a.id "
                                 "= %1.rowid WHERE %1 MATCH ? AND %2%3 ORDER BY %1.rowid DESC "
                                 "LIMIT ? OFFSET ?")
                      .arg(table, filter, notExcluded));
    older.addBindValue(match);
    for (const QVariant &value : values)
        older.addBindValue(value);
    older.addBindValue(end - window);
    older.addBindValue(window);
    const auto rest = rankedIds(older);
    if (!rest)
        return rest.error();
    return *ranked + *rest;
}

} // namespace

Expected<ArticleResults, CacheError> KnowledgeIndex::search(LocalCache &cache,
                                                            const ArticleQuery &query)
{
    if (const auto refreshed =
            refreshIndex(cache, cipherOf(cache), termCountsOf(cache), Scope::ForSearch, nullptr);
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
        // those with some only in the body, each part by rank. The headings' matches are many
        // times fewer, are found without reading the bodies' word lists, and usually fill
        // the page alone.
        const QString all = ftsQuery(matchWords, prefixInMatch, u" ");
        // The bodies' index has no prefixes of two characters (migration 0005): a word of two
        // being typed is a whole word there.
        const bool bodiesPrefix = prefixInMatch && matchWords.last().size() > 2;
        const QString allBodies = ftsQuery(matchWords, bodiesPrefix, u" ");
        const int end = offset + limit;
        const QString headsTable = QStringLiteral("kb_heads");
        const QString bodiesTable = QStringLiteral("kb_fts");
        const auto headsCounts =
            termCountsOf(cache).counts(db, headsTable, matchWords, prefixInMatch);
        if (!headsCounts)
            return headsCounts.error();
        const auto heads =
            orderedMatches(db, headsTable, all, rankExpression(headsTable, *headsCounts), filter,
                           values, {}, headsRankedWindow, end);
        if (!heads)
            return heads.error();
        QList<Ranked> ordered = *heads;
        if (ordered.size() < end) {
            QList<qint64> shown;
            for (const Ranked &one : std::as_const(ordered))
                shown.append(one.id);
            const auto bodiesCounts =
                termCountsOf(cache).counts(db, bodiesTable, matchWords, bodiesPrefix);
            if (!bodiesCounts)
                return bodiesCounts.error();
            const auto bodies = orderedMatches(
                db, bodiesTable, allBodies, rankExpression(bodiesTable, *bodiesCounts), filter,
                values, shown, bodiesRankedWindow, end - int(ordered.size()));
            if (!bodies)
                return bodies.error();
            ordered += *bodies;
        }
        page = ordered.mid(offset);
        const QString countRows = QString::number(ArticleResults::countLimit + 1);
        count.prepare(values.isEmpty()
                          ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM kb_fts WHERE "
                                           "kb_fts MATCH ? LIMIT %1)")
                                .arg(countRows)
                          : QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM kb_fts CROSS JOIN "
                                           "kb_articles a ON a.id = kb_fts.rowid WHERE kb_fts "
                                           "MATCH ? AND %1 LIMIT %2)")
                                .arg(filter, countRows));
        count.addBindValue(allBodies);
    }
    for (const QVariant &value : std::as_const(values))
        count.addBindValue(value);
    if (page.size() < limit && (offset == 0 || !page.isEmpty())) {
        results.total = offset + page.size(); // the last page: no need to count
    } else {
        if (!count.exec() || !count.next())
            return storageError(count);
        // (At least the page: a word of two being typed is counted whole in the bodies.)
        results.total = qMax(count.value(0).toLongLong(), qint64(offset + page.size()));
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
                                                                       int limit, qint64 inForceAt)
{
    if (const auto refreshed =
            refreshIndex(cache, cipherOf(cache), termCountsOf(cache), Scope::ForSearch, nullptr);
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
        const auto counts = termCountsOf(cache).counts(cache.database(), table, words, false);
        if (!counts)
            return counts.error();
        QVariantList inForce;
        QSqlQuery query(cache.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT a.id, -(%1) + %4 + CASE WHEN EXISTS (SELECT 1 FROM "
                                     "kb_article_services s WHERE s.service_id = ? AND "
                                     "s.article_id = a.id) THEN %2 ELSE 0 END AS score FROM "
                                     "%3 CROSS JOIN kb_articles a ON a.id = %3.rowid "
                                     "WHERE %3 MATCH ? AND a.status = 'published' AND %5 "
                                     "ORDER BY score DESC, a.id LIMIT ?")
                          .arg(rankExpression(table, *counts))
                          .arg(serviceBoost)
                          .arg(table)
                          .arg(tierBonus)
                          .arg(inForceClause(inForceAt, inForce)));
        query.addBindValue(serviceId);
        query.addBindValue(ftsQuery(words, false, u" OR "));
        for (const QVariant &value : std::as_const(inForce))
            query.addBindValue(value);
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
    QVariantList inForce;
    QSqlQuery linked(cache.database());
    linked.setForwardOnly(true);
    linked.prepare(QStringLiteral("SELECT a.id, %1 + a.boost FROM kb_article_services s JOIN "
                                  "kb_articles a ON a.id = s.article_id WHERE s.service_id = ? "
                                  "AND a.status = 'published' AND %2 ORDER BY "
                                  "a.resolved_case_count DESC, a.id LIMIT ?")
                       .arg(serviceBoost)
                       .arg(inForceClause(inForceAt, inForce)));
    linked.addBindValue(serviceId);
    for (const QVariant &value : std::as_const(inForce))
        linked.addBindValue(value);
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

Expected<QList<ArticleHit>, CacheError>
KnowledgeIndex::topForSubject(LocalCache &cache, qint64 subjectId, int limit, qint64 inForceAt)
{
    if (const auto refreshed =
            refreshIndex(cache, cipherOf(cache), termCountsOf(cache), Scope::ForSearch, nullptr);
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
    const QString inForce = inForceClause(inForceAt, values);
    query.prepare(QStringLiteral("SELECT a.id, a.boost FROM kb_articles a WHERE a.status = "
                                 "'published' AND a.subject_id IN (%1) AND %2 ORDER BY "
                                 "a.resolved_case_count DESC, a.id LIMIT ?")
                      .arg(marks.join(u','), inForce));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    const auto ranked = rankedIds(query);
    if (!ranked)
        return ranked.error();
    return hitsOf(cache, cipherOf(cache), *ranked, {}, false);
}

} // namespace Shahrvand::Cache
