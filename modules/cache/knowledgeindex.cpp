#include "knowledgeindex.h"

#include "articlehtml.h"

#include "localcache_p.h"
#include "textnormalizer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>

namespace Shahrvand::Cache {

namespace {

const QString articles = QStringLiteral("knowledge_articles");
const QString services = QStringLiteral("article_services");
const QString subjects = QStringLiteral("knowledge_subjects");

// Rows re-indexed per transaction: the UI's edits wait for one at most (~0.1 s).
constexpr int batchRows = 2000;
// search() indexes what is marked when it is this little (a pull's rows are left to the
// sync engine, which refreshes after it); rows edited here always.
constexpr int searchRefreshRows = 2000;
// Matches of a query beyond which they are listed most resolving first, not ranked...
constexpr qint64 rankedMatchesLimit = 2000;
// ... and beyond which the articles are walked most resolving first, each checked against
// the query, instead of collecting every match first: a tenth of the index or more, so a
// page is found within a few hundred articles.
constexpr qint64 walkedMatchesFrom = 20000;
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

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

// The words of a normalizeForSearch() text as the index's unicode61 tokenizer splits them:
// runs of letters, digits and private-use characters.
QStringList searchWords(const QString &normalized)
{
    QStringList words;
    QString word;
    for (const QChar c : normalized) {
        if (c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse || c.isSurrogate()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// An FTS5 query of the words: each a quoted string, so that nothing typed is read as FTS
// syntax ("AND", "NEAR(", "*", quotes). Words are letters and digits only, never quotes.
QString ftsQuery(const QStringList &words, bool lastIsPrefix, QStringView op)
{
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString term = u'"' + words.at(i) + u'"';
        if (lastIsPrefix && i == words.size() - 1)
            term += QStringLiteral(" *");
        terms.append(term);
    }
    return terms.join(op);
}

qint64 millisecondsOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

struct Subject
{
    qint64 parentId = 0;
    QString names; // name_fa and name_en
};

Expected<QHash<qint64, Subject>, CacheError> loadSubjects(const LocalCache &cache)
{
    QHash<qint64, Subject> all;
    std::optional<qint64> after;
    for (;;) {
        const auto page = cache.rows(subjects, 1000, after);
        if (!page)
            return page.error();
        for (const QJsonObject &row : *page) {
            all.insert(row.value(u"id").toInteger(), {row.value(u"parent_id").toInteger(),
                                                      row.value(u"name_fa").toString() + u' ' +
                                                          row.value(u"name_en").toString()});
        }
        if (page->size() < 1000)
            return all;
        after = page->last().value(u"id").toInteger();
    }
}

// The filters' SQL on kb_articles (alias a), with its values.
QString filterClause(const ArticleQuery &query, QVariantList &values)
{
    QStringList parts;
    const auto in = [&](const QString &column, const QVariantList &list) {
        if (list.isEmpty())
            return;
        QStringList marks(list.size(), QStringLiteral("?"));
        parts.append(QStringLiteral("a.%1 IN (%2)").arg(column, marks.join(u',')));
        values += list;
    };
    QVariantList subjectIds;
    for (const qint64 id : query.subjectIds)
        subjectIds.append(id);
    const auto texts = [](const QStringList &list) {
        QVariantList result;
        for (const QString &text : list)
            result.append(text);
        return result;
    };
    in(QStringLiteral("subject_id"), subjectIds);
    in(QStringLiteral("article_type"), texts(query.types));
    in(QStringLiteral("language"), texts(query.languages));
    in(QStringLiteral("status"), texts(query.statuses));
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

} // namespace

// ---------------------------------------------------------------------------------------
// Keeping the index in step with the rows

namespace {

// One refresh's statements, prepared once. None may need a statement journal (INSERT OR
// REPLACE would): a statement savepoint makes FTS5 write out what it holds in memory, and
// an index written one article at a time took four times as long.
struct IndexWriter
{
    explicit IndexWriter(const QSqlDatabase &db)
        : readArticle(db, QStringLiteral("SELECT local, data FROM e_knowledge_articles "
                                         "WHERE id = ?"))
        , readServices(db, QStringLiteral("SELECT id, data FROM e_article_services "
                                          "WHERE parent_id = ? AND local <> 2"))
        , deleteText(db, QStringLiteral("DELETE FROM kb_fts WHERE rowid = ?"))
        , deleteHeads(db, QStringLiteral("DELETE FROM kb_heads WHERE rowid = ?"))
        , insertHeads(db, QStringLiteral("INSERT INTO kb_heads (rowid, title, subject, "
                                         "keywords) VALUES (?, ?, ?, ?)"))
        , insertText(db, QStringLiteral("INSERT INTO kb_fts (rowid, title, subject, keywords, "
                                        "body) VALUES (?, ?, ?, ?, ?)"))
        , deleteArticle(db, QStringLiteral("DELETE FROM kb_articles WHERE id = ?"))
        , insertArticle(db, QStringLiteral("INSERT INTO kb_articles (id, article_type, "
                                           "status, language, subject_id, resolved_case_count, "
                                           "boost, visibility, updated_at) VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , deleteServices(db, QStringLiteral("DELETE FROM kb_article_services WHERE article_id = ?"))
        , insertService(db, QStringLiteral("INSERT OR IGNORE INTO kb_article_services "
                                           "(service_id, article_id) VALUES (?, ?)"))
        , clean(db, QStringLiteral("DELETE FROM kb_dirty WHERE id = ?"))
    {}

    bool isValid() const
    {
        for (const SqliteStatement *statement :
             {&readArticle, &readServices, &deleteText, &deleteHeads, &insertHeads, &insertText,
              &deleteArticle, &insertArticle, &deleteServices, &insertService, &clean}) {
            if (!statement->isValid())
                return false;
        }
        return true;
    }

    QString error() const
    {
        for (const SqliteStatement *statement :
             {&readArticle, &readServices, &deleteText, &deleteHeads, &insertHeads, &insertText,
              &deleteArticle, &insertArticle, &deleteServices, &insertService, &clean}) {
            if (!statement->error().isEmpty())
                return statement->error();
        }
        return QStringLiteral("statement failed");
    }

    SqliteStatement readArticle;
    SqliteStatement readServices;
    SqliteStatement deleteText;
    SqliteStatement deleteHeads;
    SqliteStatement insertHeads;
    SqliteStatement insertText;
    SqliteStatement deleteArticle;
    SqliteStatement insertArticle;
    SqliteStatement deleteServices;
    SqliteStatement insertService;
    SqliteStatement clean;
};

} // namespace

namespace {

// One article as the index will hold it, made from its sealed row off the connection's
// thread (opening, parsing and normalizing are half of a build; SQLite's writes the other).
struct PreparedArticle
{
    qint64 id = 0;
    QByteArray sealed;    // the row it was made from (empty: none)
    bool present = false; // false: gone, deleted here, or unreadable: it leaves the index
    QByteArray heads[3];  // title, subject names, keywords (articleSearchForm, UTF-8)
    QByteArray body;
    QByteArray type, status, language, visibility; // empty: NULL
    qint64 subjectId = 0;
    int resolved = 0;
    qint64 updatedAt = 0;
};

struct SealedArticle
{
    qint64 id = 0;
    bool present = false;
    QByteArray sealed;
};

// Reads the sealed rows of `ids` (on the connection's thread).
bool readSealed(IndexWriter &writer, const QList<qint64> &ids, QList<SealedArticle> &out)
{
    for (const qint64 id : ids) {
        SealedArticle article;
        article.id = id;
        writer.readArticle.bindInteger(0, id);
        if (writer.readArticle.next()) {
            if (writer.readArticle.integer(0) != 2) {
                article.present = true;
                article.sealed = writer.readArticle.blob(1).toByteArray(); // the step moves on
            }
            writer.readArticle.reset();
        } else if (!writer.readArticle.error().isEmpty()) {
            return false;
        }
        out.append(std::move(article));
    }
    return true;
}

// Opens and normalizes (any thread: touches no connection).
QList<PreparedArticle> prepare(const RowCipher &cipher, const QList<SealedArticle> &sealed,
                               const QHash<qint64, Subject> &subjectNames)
{
    QList<PreparedArticle> prepared;
    prepared.reserve(sealed.size());
    for (const SealedArticle &one : sealed) {
        PreparedArticle article;
        article.id = one.id;
        article.sealed = one.sealed;
        if (one.present) {
            const auto opened = cipher.open(one.sealed, rowAddress(articles, one.id));
            if (!opened) {
                qCWarning(lcCache) << "article" << one.id << "does not open: left out of the index";
            } else {
                const QJsonObject row = parseObject(*opened);
                article.present = true;
                article.subjectId = row.value(u"subject_id").toInteger();
                article.resolved = row.value(u"resolved_case_count").toInt();
                article.heads[0] =
                    Knowledge::articleSearchForm(row.value(u"title").toString()).toUtf8();
                article.heads[1] =
                    Knowledge::articleSearchForm(subjectNames.value(article.subjectId).names)
                        .toUtf8();
                article.heads[2] =
                    Knowledge::articleSearchForm(row.value(u"keywords").toString()).toUtf8();
                article.body = Knowledge::articleSearchForm(
                                   Knowledge::articlePlainText(row.value(u"body").toString()))
                                   .toUtf8();
                article.type = row.value(u"article_type").toString().toUtf8();
                article.status = row.value(u"status").toString().toUtf8();
                article.language = row.value(u"language").toString().toUtf8();
                article.visibility = row.value(u"visibility").toString().toUtf8();
                article.updatedAt = millisecondsOf(row.value(u"updated_at"));
            }
        }
        prepared.append(std::move(article));
    }
    return prepared;
}

void bindOrNull(SqliteStatement &statement, int index, const QByteArray &text)
{
    if (text.isEmpty())
        statement.bindNull(index);
    else
        statement.bindText(index, text);
}

// Writes prepared articles inside the open transaction; each leaves kb_dirty. An article
// whose row changed since it was read (an edit on the UI's connection meanwhile) is made
// again from the row as it is now.
bool write(IndexWriter &writer, const RowCipher &cipher, QList<PreparedArticle> prepared,
           const QHash<qint64, Subject> &subjectNames)
{
    for (PreparedArticle &article : prepared) {
        const qint64 id = article.id;
        QList<SealedArticle> now;
        if (!readSealed(writer, {id}, now))
            return false;
        if (now.value(0).sealed != article.sealed)
            article = prepare(cipher, now, subjectNames).value(0);
        for (SqliteStatement *remove : {&writer.deleteText, &writer.deleteHeads,
                                        &writer.deleteArticle, &writer.deleteServices}) {
            remove->bindInteger(0, id);
            if (!remove->step())
                return false;
        }
        if (article.present) {
            writer.insertText.bindInteger(0, id);
            writer.insertHeads.bindInteger(0, id);
            for (int column = 1; column <= 3; ++column) {
                writer.insertText.bindText(column, article.heads[column - 1]);
                writer.insertHeads.bindText(column, article.heads[column - 1]);
            }
            writer.insertText.bindText(4, article.body);
            if (!writer.insertText.step() || !writer.insertHeads.step())
                return false;
            SqliteStatement &row = writer.insertArticle;
            row.bindInteger(0, id);
            bindOrNull(row, 1, article.type);
            bindOrNull(row, 2, article.status);
            bindOrNull(row, 3, article.language);
            if (article.subjectId != 0)
                row.bindInteger(4, article.subjectId);
            else
                row.bindNull(4);
            row.bindInteger(5, article.resolved);
            row.bindReal(6, resolvedWeight * std::log1p(qMax(article.resolved, 0)));
            bindOrNull(row, 7, article.visibility);
            row.bindInteger(8, article.updatedAt);
            if (!row.step())
                return false;

            writer.readServices.bindInteger(0, id);
            QList<qint64> serviceIds;
            while (writer.readServices.next()) {
                const qint64 serviceRowId = writer.readServices.integer(0);
                const auto opened =
                    cipher.open(writer.readServices.blob(1), rowAddress(services, serviceRowId));
                if (opened)
                    serviceIds.append(parseObject(*opened).value(u"service_id").toInteger());
            }
            if (!writer.readServices.error().isEmpty())
                return false;
            for (const qint64 serviceId : std::as_const(serviceIds)) {
                writer.insertService.bindInteger(0, serviceId);
                writer.insertService.bindInteger(1, id);
                if (!writer.insertService.step())
                    return false;
            }
        }
        writer.clean.bindInteger(0, id);
        if (!writer.clean.step())
            return false;
    }
    return true;
}

enum class Scope { All, ForSearch };

// The marked articles to do next: the first `limit` of them; for a search, the ones edited
// here (few, by the partial index on local), then the rest only when they are few.
Expected<QList<qint64>, CacheError> nextBatch(QSqlDatabase &db, Scope scope, int limit,
                                              qint64 afterId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<qint64> ids;
    if (scope == Scope::ForSearch) {
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM kb_dirty LIMIT %1)")
                            .arg(searchRefreshRows + 1)) ||
            !query.next())
            return storageError(query);
        if (query.value(0).toInt() > searchRefreshRows) {
            if (!query.exec(
                    QStringLiteral(
                        "SELECT d.id FROM kb_dirty d WHERE d.id < 0 OR d.id IN (SELECT id FROM "
                        "e_knowledge_articles WHERE local <> 0) LIMIT %1")
                        .arg(limit)))
                return storageError(query);
            while (query.next())
                ids.append(query.value(0).toLongLong());
            return ids;
        }
    }
    query.prepare(
        QStringLiteral("SELECT id FROM kb_dirty WHERE id > ? ORDER BY id LIMIT %1").arg(limit));
    query.addBindValue(afterId);
    if (!query.exec())
        return storageError(query);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

const RowCipher &KnowledgeIndex::cipherOf(const LocalCache &cache)
{
    return cache.d->cipher;
}

namespace {

Expected<int, CacheError> refreshIndex(LocalCache &cache, const RowCipher &cipher, Scope scope,
                                       const std::atomic<bool> *cancel)
{
    QSqlDatabase &db = cache.database();
    {
        QSqlQuery any(db);
        if (!any.exec(QStringLiteral("SELECT 1 FROM kb_dirty LIMIT 1")))
            return storageError(any);
        if (!any.next())
            return 0;
    }
    const auto subjectNames = loadSubjects(cache);
    if (!subjectNames)
        return subjectNames.error();
    IndexWriter writer(db);
    if (!writer.isValid())
        return storageError(writer.error());
    // Batch k is written while batch k + 1 is opened and normalized on another thread.
    int done = 0;
    qint64 after = std::numeric_limits<qint64>::min();
    QList<SealedArticle> sealed;
    const auto readNext = [&]() -> std::optional<CacheError> {
        sealed.clear();
        const auto ids = nextBatch(db, scope, batchRows, after);
        if (!ids)
            return ids.error();
        if (!ids->isEmpty())
            after = ids->last();
        if (!readSealed(writer, *ids, sealed))
            return storageError(writer.error());
        return std::nullopt;
    };
    if (const auto failed = readNext())
        return *failed;
    QList<PreparedArticle> ready = prepare(cipher, sealed, *subjectNames);
    while (!ready.isEmpty() && !cancelled(cancel)) {
        std::future<QList<PreparedArticle>> next;
        if (scope == Scope::All) {
            if (const auto failed = readNext())
                return *failed;
            if (!sealed.isEmpty())
                next = std::async(std::launch::async, [&cipher, batch = sealed, &subjectNames] {
                    return prepare(cipher, batch, *subjectNames);
                });
        }
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return storageError(transaction.error());
        const int count = int(ready.size());
        if (!write(writer, cipher, std::move(ready), *subjectNames))
            return storageError(writer.error());
        if (!transaction.commit())
            return storageError(transaction.error());
        done += count;
        ready = next.valid() ? next.get() : QList<PreparedArticle>();
        // (ForSearch does one batch: the rest is the sync engine's.)
    }
    return done;
}

} // namespace

Expected<int, CacheError> KnowledgeIndex::refresh(LocalCache &cache,
                                                  const std::atomic<bool> *cancel)
{
    QElapsedTimer clock;
    clock.start();
    auto done = refreshIndex(cache, cipherOf(cache), Scope::All, cancel);
    if (done && *done > batchRows)
        qCInfo(lcCache) << "knowledge index:" << *done << "articles in" << clock.elapsed() << "ms";
    return done;
}

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
// them: every match is collected, then sorted by use. `exclude` leaves out the rows of
// another query (kb_heads' matches, listed before the bodies').
Expected<QList<Ranked>, CacheError> mostResolvedMatches(QSqlDatabase &db, const QString &table,
                                                        const QString &match, const QString &filter,
                                                        const QVariantList &values, int limit,
                                                        int offset, const QString &exclude = {})
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT a.id, a.boost FROM kb_articles a WHERE a.id IN (SELECT rowid FROM "
                       "%1 WHERE %1 MATCH ?)%2 AND %3 ORDER BY a.resolved_case_count DESC, a.id "
                       "LIMIT ? OFFSET ?")
            .arg(table,
                 exclude.isEmpty() ? QString()
                                   : QStringLiteral(" AND a.id NOT IN (SELECT rowid FROM kb_heads "
                                                    "WHERE kb_heads MATCH ?)"),
                 filter));
    select.addBindValue(match);
    if (!exclude.isEmpty())
        select.addBindValue(exclude);
    for (const QVariant &value : values)
        select.addBindValue(value);
    select.addBindValue(limit);
    select.addBindValue(offset);
    return rankedIds(select);
}

// The same for a query in a good part of the index: the articles most resolving first
// (kb_articles_resolved), each looked up in the text index, until the page is full.
Expected<QList<Ranked>, CacheError> mostResolvedByWalk(QSqlDatabase &db, const QString &table,
                                                       const QString &match, const QString &filter,
                                                       const QVariantList &values, int limit,
                                                       int offset, const QString &exclude = {})
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT a.id, a.boost FROM kb_articles a INDEXED BY kb_articles_resolved "
                       "WHERE %2 AND EXISTS (SELECT 1 FROM %1 WHERE %1 MATCH ? AND %1.rowid = "
                       "a.id)%3 ORDER BY a.resolved_case_count DESC, a.id DESC LIMIT ? OFFSET ?")
            .arg(table, filter,
                 exclude.isEmpty()
                     ? QString()
                     : QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM kb_heads WHERE "
                                      "kb_heads MATCH ? AND kb_heads.rowid = a.id)")));
    for (const QVariant &value : values)
        select.addBindValue(value);
    select.addBindValue(match);
    if (!exclude.isEmpty())
        select.addBindValue(exclude);
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
        return mostResolvedByWalk(db, table, match, filter, values, limit, offset, exclude);
    if (unranked || *matches > rankedMatchesLimit)
        return mostResolvedMatches(db, table, match, filter, values, limit, offset, exclude);
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
