#include "knowledgerank_p.h"

#include "knowledgeindex_p.h"
#include "localcache_p.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cmath>
#include <vector>

namespace Shahrvand::Cache::KnowledgeIndexing {

namespace {

// Past this many kept counts they are dropped and counted again as needed.
constexpr qsizetype maxKeptCounts = 20000;
// Articles this connection may re-index before its counts are counted again.
constexpr int indexedBeforeRecount = 500;
// Matches of a word counted one by one; past them the count is estimated from how far into
// the index (by id) they reach: a common word's exact count read its whole list of
// articles (3-8 ms), and BM25 weighs it through a logarithm.
constexpr qint64 countedMatches = 2000;

sqlite3 *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

fts5_api *fts5Of(sqlite3 *db)
{
    // The documented way to reach FTS5's API: a pointer bound to SELECT fts5(?1).
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

// What a query's rows share: the mean row length and each phrase's weight.
struct QueryWeights
{
    double meanLength = 1;
    std::vector<double> phraseWeights;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

int queryWeights(const Fts5ExtensionApi *api, Fts5Context *fts, int columns, int values,
                 sqlite3_value **arguments, QueryWeights **out)
{
    *out = static_cast<QueryWeights *>(api->xGetAuxdata(fts, 0));
    if (*out)
        return SQLITE_OK;
    auto weights = std::make_unique<QueryWeights>();
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    weights->meanLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    if (weights->meanLength <= 0)
        weights->meanLength = 1;
    const int phrases = api->xPhraseCount(fts);
    weights->phraseWeights.resize(size_t(qMax(phrases, 0)));
    for (int i = 0; i < phrases; ++i) {
        sqlite3_int64 holding = -1;
        if (columns + i < values && sqlite3_value_type(arguments[columns + i]) != SQLITE_NULL)
            holding = sqlite3_value_int64(arguments[columns + i]);
        if (holding < 0) {
            holding = 0;
            rc = api->xQueryPhrase(fts, i, &holding, countRow);
            if (rc != SQLITE_OK)
                return rc;
        }
        const double weight =
            std::log((double(rows) - double(holding) + 0.5) / (double(holding) + 0.5));
        weights->phraseWeights[size_t(i)] = weight > 0 ? weight : 1e-6;
    }
    *out = weights.get();
    rc = api->xSetAuxdata(fts, weights.release(),
                          [](void *data) { delete static_cast<QueryWeights *>(data); });
    return rc;
}

// FTS5's fts5Bm25Function, with the phrases' article counts from the arguments.
void rankRow(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int values,
             sqlite3_value **arguments)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const int columns = api->xColumnCount(fts);
    QueryWeights *weights = nullptr;
    int rc = queryWeights(api, fts, columns, values, arguments, &weights);
    std::vector<double> frequency(weights ? weights->phraseWeights.size() : 0, 0.0);
    int instances = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < frequency.size())
            frequency[size_t(phrase)] +=
                column < values && column < columns ? sqlite3_value_double(arguments[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0;
    for (size_t i = 0; i < frequency.size(); ++i) {
        const double f = frequency[i];
        score += weights->phraseWeights[i] * (f * (k1 + 1.0)) /
                 (f + k1 * (1 - b + b * double(length) / weights->meanLength));
    }
    sqlite3_result_double(context, -score);
}

} // namespace

bool registerRankFunction(const QSqlDatabase &db)
{
    sqlite3 *connection = connectionOf(db);
    fts5_api *api = connection ? fts5Of(connection) : nullptr;
    if (!api || api->iVersion < 2)
        return false;
    return api->xCreateFunction(api, "kb_rank", nullptr, rankRow, nullptr) == SQLITE_OK;
}

Expected<bool, CacheError> TermCounts::forgetIfOthersWrote(QSqlDatabase &db)
{
    if (!m_registered) {
        if (!registerRankFunction(db))
            return storageError(QStringLiteral("kb_rank() could not be registered"));
        m_registered = true;
    }
    // data_version changes when another connection (the sync engine's) commits.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA data_version")) || !version.next())
        return storageError(version);
    const qint64 now = version.value(0).toLongLong();
    if (now != m_dataVersion) {
        clear();
        m_dataVersion = now;
    }
    return true;
}

Expected<QList<qint64>, CacheError> TermCounts::counts(QSqlDatabase &db, const QString &table,
                                                       const QStringList &words, bool lastIsPrefix)
{
    if (const auto checked = forgetIfOthersWrote(db); !checked)
        return checked.error();
    if (m_counts.size() > maxKeptCounts)
        m_counts.clear();
    QList<qint64> result;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool prefix = lastIsPrefix && i == words.size() - 1;
        const QString phrase = ftsQuery({words.at(i)}, prefix, u" ");
        const QString key = table + u'\x1f' + phrase;
        auto known = m_counts.constFind(key);
        if (known == m_counts.cend()) {
            const auto counted = countOf(db, table, phrase);
            if (!counted)
                return counted.error();
            known = m_counts.insert(key, *counted);
        }
        result.append(known.value());
    }
    return result;
}

Expected<qint64, CacheError> TermCounts::countOf(QSqlDatabase &db, const QString &table,
                                                 const QString &phrase)
{
    QSqlQuery count(db);
    count.setForwardOnly(true);
    count.prepare(QStringLiteral("SELECT COUNT(*), MAX(rowid) FROM (SELECT rowid FROM %1 WHERE "
                                 "%1 MATCH ? ORDER BY rowid LIMIT %2)")
                      .arg(table)
                      .arg(countedMatches));
    count.addBindValue(phrase);
    if (!count.exec() || !count.next())
        return storageError(count);
    const qint64 counted = count.value(0).toLongLong();
    if (counted < countedMatches)
        return counted;
    const qint64 reached = count.value(1).toLongLong();
    if (m_firstId == 0 && m_lastId == 0) {
        QSqlQuery ends(db);
        if (!ends.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM kb_articles")) || !ends.next())
            return storageError(ends);
        m_firstId = ends.value(0).toLongLong();
        m_lastId = ends.value(1).toLongLong();
    }
    // Ids spread evenly enough over the articles for a weight: the share of the id range
    // the first matches took.
    const double share = double(reached - m_firstId + 1) / double(m_lastId - m_firstId + 1);
    if (share <= 0 || share >= 1)
        return counted;
    return qint64(std::llround(double(counted) / share));
}

void TermCounts::clear()
{
    m_counts.clear();
    m_firstId = 0;
    m_lastId = 0;
    m_indexedSinceCounted = 0;
}

void TermCounts::indexed(int articles)
{
    m_indexedSinceCounted += articles;
    if (m_indexedSinceCounted >= indexedBeforeRecount)
        clear();
}

} // namespace Shahrvand::Cache::KnowledgeIndexing
