#include "knowledgeindex.h"

#include "articlehtml.h"
#include "knowledgeindex_p.h"
#include "knowledgerank_p.h"
#include "localcache_p.h"
#include "textnormalizer.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <cmath>
#include <future>
#include <limits>

namespace Shahrvand::Cache {

using namespace KnowledgeIndexing;

namespace KnowledgeIndexing {

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
    if (query.inForceAt != 0)
        parts.append(inForceClause(query.inForceAt, values));
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

QString inForceClause(qint64 at, QVariantList &values)
{
    if (at == 0)
        return QStringLiteral("1");
    values << at << at;
    return QStringLiteral("(a.publish_at IS NULL OR a.publish_at <= ?) AND (a.expires_at IS "
                          "NULL OR a.expires_at > ?)");
}

} // namespace KnowledgeIndexing

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
                                           "boost, visibility, updated_at, publish_at, "
                                           "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
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
    qint64 publishAt = 0; // 0: NULL (no limit)
    qint64 expiresAt = 0;
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
                article.publishAt = millisecondsOf(row.value(u"publish_at"));
                article.expiresAt = millisecondsOf(row.value(u"expires_at"));
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
            for (const auto &[column, at] :
                 {std::pair{9, article.publishAt}, std::pair{10, article.expiresAt}}) {
                if (at != 0)
                    row.bindInteger(column, at);
                else
                    row.bindNull(column);
            }
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

TermCounts &KnowledgeIndex::termCountsOf(LocalCache &cache)
{
    return cache.d->termCounts;
}

namespace KnowledgeIndexing {

Expected<int, CacheError> refreshIndex(LocalCache &cache, const RowCipher &cipher,
                                       TermCounts &counts, Scope scope,
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
        counts.indexed(count);
        ready = next.valid() ? next.get() : QList<PreparedArticle>();
        // (ForSearch does one batch: the rest is the sync engine's.)
    }
    return done;
}

} // namespace KnowledgeIndexing

Expected<int, CacheError> KnowledgeIndex::refresh(LocalCache &cache,
                                                  const std::atomic<bool> *cancel)
{
    QElapsedTimer clock;
    clock.start();
    auto done = refreshIndex(cache, cipherOf(cache), termCountsOf(cache), Scope::All, cancel);
    if (done && *done > batchRows)
        qCInfo(lcCache) << "knowledge index:" << *done << "articles in" << clock.elapsed() << "ms";
    return done;
}

} // namespace Shahrvand::Cache
