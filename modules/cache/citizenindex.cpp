#include "citizenindex.h"

#include "citizenindex_p.h"
#include "localcache_p.h"
#include "phonenumber.h"
#include "sqlitestatement_p.h"

#include <QElapsedTimer>
#include <QTemporaryFile>

#include <algorithm>
#include <future>

namespace Shahrvand::Cache {

using namespace CitizenIndexing;

namespace {

const QString citizens = QStringLiteral("citizens");
const QString phones = QStringLiteral("citizen_phones");

// Citizens re-indexed per transaction: a first sync's 500,000 in 25 sorted runs of tokens.
constexpr int batchRows = 20000;
// findCitizens() indexes what is marked when it is this little (a pull's rows are left to
// the sync engine, which refreshes after it); citizens edited here always.
constexpr int searchRefreshRows = 2000;

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

struct SealedCitizen
{
    qint64 id = 0;
    QByteArray data; // empty: gone, or deleted here
    QList<std::pair<qint64, QByteArray>> phones;
};

struct PreparedCitizen
{
    qint64 id = 0;
    QList<qint64> tokens; // sorted; empty: nothing to find it by
};

class Statements final
{
public:
    explicit Statements(const QSqlDatabase &db)
        : take(db, QStringLiteral("UPDATE citizen_dirty SET taken = 1 WHERE id = ?"))
        , readCitizen(db, QStringLiteral("SELECT local, data FROM e_citizens WHERE id = ?"))
        , readPhones(db, QStringLiteral(
                             "SELECT id, local, data FROM e_citizen_phones WHERE parent_id = ?"))
        , readIndexed(db, QStringLiteral("SELECT tokens FROM citizen_indexed WHERE citizen_id = ?"))
        , writeIndexed(db, QStringLiteral("INSERT OR REPLACE INTO citizen_indexed (citizen_id, "
                                          "tokens) VALUES (?, ?)"))
        , dropIndexed(db, QStringLiteral("DELETE FROM citizen_indexed WHERE citizen_id = ?"))
        , insertToken(db, QStringLiteral("INSERT OR IGNORE INTO citizen_tokens (token, "
                                         "citizen_id) VALUES (?, ?)"))
        , deleteToken(
              db, QStringLiteral("DELETE FROM citizen_tokens WHERE token = ? AND citizen_id = ?"))
        , clean(db, QStringLiteral("DELETE FROM citizen_dirty WHERE id = ? AND taken = 1"))
    {}

    bool isValid() const
    {
        for (const SqliteStatement *s : all())
            if (!s->isValid())
                return false;
        return true;
    }
    QString error() const
    {
        for (const SqliteStatement *s : all())
            if (!s->error().isEmpty())
                return s->error();
        return QStringLiteral("a statement of the citizens' index failed");
    }

    SqliteStatement take, readCitizen, readPhones, readIndexed, writeIndexed, dropIndexed,
        insertToken, deleteToken, clean;

private:
    QList<const SqliteStatement *> all() const
    {
        return {&take,        &readCitizen, &readPhones,  &readIndexed, &writeIndexed,
                &dropIndexed, &insertToken, &deleteToken, &clean};
    }
};

// All: everything marked, batch after batch. ForSearch: one batch, of the citizens edited
// here, and of the rest only when few are waiting.
enum class Scope { All, ForSearch };

Expected<QList<qint64>, CacheError> nextBatch(QSqlDatabase &db, Scope scope, qint64 afterId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<qint64> ids;
    if (scope == Scope::ForSearch) {
        if (!query.exec(
                QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM citizen_dirty LIMIT %1)")
                    .arg(searchRefreshRows + 1)) ||
            !query.next())
            return storageError(query);
        if (query.value(0).toInt() > searchRefreshRows) {
            if (!query.exec(QStringLiteral(
                                "SELECT d.id FROM citizen_dirty d WHERE d.id < 0 OR d.id IN "
                                "(SELECT id FROM e_citizens WHERE local <> 0) OR d.id IN (SELECT "
                                "parent_id FROM e_citizen_phones WHERE local <> 0) LIMIT %1")
                                .arg(searchRefreshRows)))
                return storageError(query);
            while (query.next())
                ids.append(query.value(0).toLongLong());
            return ids;
        }
    }
    query.prepare(QStringLiteral("SELECT id FROM citizen_dirty WHERE id > ? ORDER BY id LIMIT %1")
                      .arg(scope == Scope::All ? batchRows : searchRefreshRows));
    query.addBindValue(afterId);
    if (!query.exec())
        return storageError(query);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

// Takes the marks of `ids` and reads their rows, in one transaction: a write after it
// marks the citizen again.
bool readSealed(QSqlDatabase &db, Statements &statements, const QList<qint64> &ids,
                QList<SealedCitizen> &sealed, QString &error)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        error = transaction.error();
        return false;
    }
    const auto failed = [&] {
        error = statements.error();
        return false;
    };
    for (const qint64 id : ids) {
        statements.take.bindInteger(0, id);
        if (!statements.take.step())
            return failed();
        SealedCitizen citizen;
        citizen.id = id;
        statements.readCitizen.bindInteger(0, id);
        while (statements.readCitizen.next()) {
            if (statements.readCitizen.integer(0) != 2) // 2: deleted here
                citizen.data = statements.readCitizen.blob(1).toByteArray();
        }
        if (!statements.readCitizen.error().isEmpty())
            return failed();
        if (!citizen.data.isEmpty()) {
            statements.readPhones.bindInteger(0, id);
            while (statements.readPhones.next()) {
                if (statements.readPhones.integer(1) != 2)
                    citizen.phones.append({statements.readPhones.integer(0),
                                           statements.readPhones.blob(2).toByteArray()});
            }
            if (!statements.readPhones.error().isEmpty())
                return failed();
        }
        sealed.append(std::move(citizen));
    }
    if (!transaction.commit()) {
        error = transaction.error();
        return false;
    }
    return true;
}

// Opens the rows and makes their tokens (any thread).
QList<PreparedCitizen> prepare(const RowCipher &cipher, const TokenKey &key,
                               const QList<SealedCitizen> &sealed)
{
    QList<PreparedCitizen> prepared;
    prepared.reserve(sealed.size());
    for (const SealedCitizen &one : sealed) {
        PreparedCitizen citizen;
        citizen.id = one.id;
        if (!one.data.isEmpty()) {
            const auto opened = cipher.open(one.data, rowAddress(citizens, one.id));
            const QJsonObject row = opened ? parseObject(*opened) : QJsonObject();
            if (!opened)
                qCWarning(lcCache) << "citizen" << one.id << "does not open: left out of the index";
            // A citizen merged into another is found as that one.
            if (opened && !row.value(u"merged_into_id").isDouble()) {
                QStringList numbers;
                for (const auto &[phoneId, data] : one.phones) {
                    const auto phone = cipher.open(data, rowAddress(phones, phoneId));
                    const QString e164 =
                        phone ? parseObject(*phone).value(u"e164").toString() : QString();
                    if (const auto parsed = PhoneNumber::parse(e164))
                        numbers.append(parsed->e164());
                    else if (!e164.isEmpty())
                        numbers.append(e164);
                }
                citizen.tokens = tokensOf(key, row, numbers);
            }
        }
        prepared.append(std::move(citizen));
    }
    return prepared;
}

bool write(Statements &statements, const QList<PreparedCitizen> &prepared)
{
    QList<std::pair<qint64, qint64>> added;
    QList<std::pair<qint64, qint64>> removed;
    for (const PreparedCitizen &citizen : prepared) {
        QList<qint64> old;
        statements.readIndexed.bindInteger(0, citizen.id);
        while (statements.readIndexed.next())
            old = unpackTokens(statements.readIndexed.blob(0));
        if (!statements.readIndexed.error().isEmpty())
            return false;
        std::sort(old.begin(), old.end());
        auto o = old.cbegin();
        auto n = citizen.tokens.cbegin();
        while (o != old.cend() || n != citizen.tokens.cend()) {
            if (n == citizen.tokens.cend() || (o != old.cend() && *o < *n)) {
                removed.append({*o++, citizen.id});
            } else if (o == old.cend() || *n < *o) {
                added.append({*n++, citizen.id});
            } else {
                ++o;
                ++n;
            }
        }
        if (citizen.tokens.isEmpty()) {
            statements.dropIndexed.bindInteger(0, citizen.id);
            if (!statements.dropIndexed.step())
                return false;
        } else {
            const QByteArray packed = packTokens(citizen.tokens);
            statements.writeIndexed.bindInteger(0, citizen.id);
            statements.writeIndexed.bindBlob(1, packed);
            if (!statements.writeIndexed.step())
                return false;
        }
        statements.clean.bindInteger(0, citizen.id);
        if (!statements.clean.step())
            return false;
    }
    // In the index's order: a first sync's tokens go in as one sorted run per batch.
    std::sort(removed.begin(), removed.end());
    std::sort(added.begin(), added.end());
    for (const auto &[token, id] : std::as_const(removed)) {
        statements.deleteToken.bindInteger(0, token);
        statements.deleteToken.bindInteger(1, id);
        if (!statements.deleteToken.step())
            return false;
    }
    for (const auto &[token, id] : std::as_const(added)) {
        statements.insertToken.bindInteger(0, token);
        statements.insertToken.bindInteger(1, id);
        if (!statements.insertToken.step())
            return false;
    }
    return true;
}

// A first build (a first sync, an upgraded cache): nothing indexed yet and many citizens
// marked. Their tokens go to a temporary file first, and then into citizen_tokens one
// range of hashes at a time, each range sorted: the table grows at its end, every page
// written once, instead of every batch's tokens landing all over it (four times faster
// for half a million citizens). The tokens each citizen has follow, in id order.
class FirstBuild final
{
public:
    static constexpr int minimumRows = searchRefreshRows;
    static constexpr qint64 rangeEntries = 2'000'000; // sorted in memory at once (32 MB)

    static bool applies(QSqlDatabase &db, Scope scope)
    {
        if (scope != Scope::All)
            return false;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT 1 FROM citizen_indexed LIMIT 1")) || query.next())
            return false;
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM citizen_dirty "
                                         "LIMIT %1)")
                              .arg(minimumRows)) &&
               query.next() && query.value(0).toInt() >= minimumRows;
    }

    bool open()
    {
        m_clock.start();
        return m_tokens.open() && m_lists.open();
    }

    bool add(const QList<PreparedCitizen> &prepared)
    {
        QByteArray tokens;
        QByteArray lists;
        for (const PreparedCitizen &citizen : prepared) {
            for (const qint64 token : citizen.tokens) {
                const Entry entry{token, citizen.id};
                tokens.append(reinterpret_cast<const char *>(&entry), sizeof entry);
            }
            const qint64 header[2] = {citizen.id, citizen.tokens.size()};
            lists.append(reinterpret_cast<const char *>(header), sizeof header);
            lists.append(packTokens(citizen.tokens));
            m_entries += citizen.tokens.size();
            ++m_citizens;
        }
        return m_tokens.write(tokens) == tokens.size() && m_lists.write(lists) == lists.size();
    }

    Expected<int, CacheError> finish(QSqlDatabase &db, Statements &statements,
                                     const std::atomic<bool> *cancel)
    {
        if (!m_tokens.flush() || !m_lists.flush())
            return storageError(
                QStringLiteral("the index's temporary file: %1").arg(m_tokens.errorString()));
        const qint64 readMs = m_clock.restart();
        const qint64 ranges = qMax<qint64>(1, (m_entries + rangeEntries - 1) / rangeEntries);
        const qint64 space = qint64(1) << 31;
        for (qint64 range = 0; range < ranges; ++range) {
            if (cancelled(cancel))
                return 0; // the marks stay: the next refresh builds again
            const qint64 low = space * range / ranges;
            const qint64 high = space * (range + 1) / ranges;
            QList<Entry> entries;
            entries.reserve(qsizetype(m_entries / ranges + m_entries / ranges / 8));
            m_tokens.seek(0);
            QByteArray chunk;
            while (!(chunk = m_tokens.read(sizeof(Entry) * 65536)).isEmpty()) {
                const auto *read = reinterpret_cast<const Entry *>(chunk.constData());
                for (qsizetype i = 0; i < chunk.size() / qsizetype(sizeof(Entry)); ++i) {
                    if (read[i].token >= low && read[i].token < high)
                        entries.append(read[i]);
                }
            }
            std::sort(entries.begin(), entries.end());
            WriteTransaction transaction(db);
            if (!transaction.isActive())
                return storageError(transaction.error());
            for (const Entry &entry : std::as_const(entries)) {
                statements.insertToken.bindInteger(0, entry.token);
                statements.insertToken.bindInteger(1, entry.citizenId);
                if (!statements.insertToken.step())
                    return storageError(statements.error());
            }
            if (!transaction.commit())
                return storageError(transaction.error());
        }
        const qint64 tokensMs = m_clock.restart();
        // Each citizen's tokens, and its mark taken away (unless written meanwhile).
        m_lists.seek(0);
        while (!m_lists.atEnd()) {
            WriteTransaction transaction(db);
            if (!transaction.isActive())
                return storageError(transaction.error());
            for (int i = 0; i < batchRows && !m_lists.atEnd(); ++i) {
                qint64 header[2] = {0, 0};
                if (m_lists.read(reinterpret_cast<char *>(header), sizeof header) != sizeof header)
                    return storageError(QStringLiteral("the index's temporary file is short"));
                const QByteArray packed = m_lists.read(header[1] * 4);
                if (header[1] > 0) {
                    statements.writeIndexed.bindInteger(0, header[0]);
                    statements.writeIndexed.bindBlob(1, packed);
                    if (!statements.writeIndexed.step())
                        return storageError(statements.error());
                }
                statements.clean.bindInteger(0, header[0]);
                if (!statements.clean.step())
                    return storageError(statements.error());
            }
            if (!transaction.commit())
                return storageError(transaction.error());
        }
        qCInfo(lcCache).nospace() << "citizens' index, first build: " << m_citizens
                                  << " citizens opened and hashed in " << readMs << " ms, "
                                  << m_entries << " tokens in " << ranges << " ranges in "
                                  << tokensMs << " ms, lists in " << m_clock.elapsed() << " ms";
        return m_citizens;
    }

private:
    struct Entry
    {
        qint64 token;
        qint64 citizenId;
        bool operator<(const Entry &other) const
        {
            return token != other.token ? token < other.token : citizenId < other.citizenId;
        }
    };
    QTemporaryFile m_tokens;
    QTemporaryFile m_lists;
    qint64 m_entries = 0;
    int m_citizens = 0;
    QElapsedTimer m_clock;
};

Expected<int, CacheError> refreshIndex(LocalCache &cache, const RowCipher &cipher,
                                       const TokenKey &key, Scope scope,
                                       const std::atomic<bool> *cancel)
{
    QSqlDatabase &db = cache.database();
    {
        QSqlQuery any(db);
        if (!any.exec(QStringLiteral("SELECT 1 FROM citizen_dirty LIMIT 1")))
            return storageError(any);
        if (!any.next())
            return 0;
    }
    Statements statements(db);
    if (!statements.isValid())
        return storageError(statements.error());
    std::optional<FirstBuild> first;
    if (FirstBuild::applies(db, scope)) {
        first.emplace();
        if (!first->open()) {
            qCWarning(lcCache) << "no temporary file for the citizens' index: built in batches";
            first.reset();
        }
    }
    // Batch k is written while batch k + 1 is opened and hashed on another thread.
    int done = 0;
    qint64 after = std::numeric_limits<qint64>::min();
    QList<SealedCitizen> sealed;
    const auto readNext = [&]() -> std::optional<CacheError> {
        sealed.clear();
        const auto ids = nextBatch(db, scope, after);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            return std::nullopt; // (no write lock taken for nothing: a pull may hold it)
        after = ids->last();
        QString error;
        if (!readSealed(db, statements, *ids, sealed, error))
            return storageError(error);
        return std::nullopt;
    };
    if (const auto failed = readNext())
        return *failed;
    QList<PreparedCitizen> ready = prepare(cipher, key, sealed);
    while (!ready.isEmpty() && !cancelled(cancel)) {
        std::future<QList<PreparedCitizen>> next;
        if (scope == Scope::All) {
            if (const auto failed = readNext())
                return *failed;
            if (!sealed.isEmpty())
                next = std::async(std::launch::async, [&cipher, &key, batch = sealed] {
                    return prepare(cipher, key, batch);
                });
        }
        if (first) {
            if (!first->add(ready))
                return storageError(QStringLiteral("the index's temporary file cannot be written"));
        } else {
            WriteTransaction transaction(db);
            if (!transaction.isActive())
                return storageError(transaction.error());
            if (!write(statements, ready))
                return storageError(statements.error());
            if (!transaction.commit())
                return storageError(transaction.error());
        }
        done += int(ready.size());
        ready = next.valid() ? next.get() : QList<PreparedCitizen>();
        // (ForSearch does one batch: the rest is the sync engine's.)
    }
    if (first)
        return cancelled(cancel) ? 0 : first->finish(db, statements, cancel);
    return done;
}

} // namespace

std::unique_ptr<TokenKey> CitizenIndex::tokenKey(const LocalCache &cache)
{
    return std::make_unique<TokenKey>(cache.m_key);
}

Expected<int, CacheError> CitizenIndex::refresh(LocalCache &cache, const std::atomic<bool> *cancel)
{
    QElapsedTimer clock;
    clock.start();
    const auto key = tokenKey(cache);
    auto done = refreshIndex(cache, cache.d->cipher, *key, Scope::All, cancel);
    if (done && *done > batchRows)
        qCInfo(lcCache) << "citizens' index:" << *done << "citizens in" << clock.elapsed() << "ms";
    return done;
}

Expected<int, CacheError> CitizenIndex::refreshForSearch(LocalCache &cache)
{
    const auto key = tokenKey(cache);
    return refreshIndex(cache, cache.d->cipher, *key, Scope::ForSearch, nullptr);
}

Expected<std::optional<QList<qint64>>, CacheError>
CitizenIndex::citizensWith(const LocalCache &cache, const QList<qint64> &tokens, int cap)
{
    // Read straight from SQLite: a common word's list is tens of thousands of rows.
    SqliteStatement read(cache.m_db, QStringLiteral("SELECT citizen_id FROM citizen_tokens "
                                                    "WHERE token = ? LIMIT ?"));
    if (!read.isValid())
        return storageError(read.error());
    QList<qint64> ids;
    for (const qint64 token : tokens) {
        read.bindInteger(0, token);
        read.bindInteger(1, cap + 1 - ids.size());
        while (read.next())
            ids.append(read.integer(0));
        if (!read.error().isEmpty())
            return storageError(read.error());
        if (ids.size() > cap)
            return std::optional<QList<qint64>>();
    }
    // Each token's rows come in id order; several tokens' are merged.
    if (tokens.size() > 1) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    return std::optional<QList<qint64>>(std::move(ids));
}

Expected<QList<qint64>, CacheError>
CitizenIndex::candidates(const LocalCache &cache, const QList<QList<qint64>> &tokenSets, int limit)
{
    QList<qint64> ids;
    if (tokenSets.isEmpty() || limit <= 0)
        return ids;
    // The first set drives (the caller puts the rarest first); each further one is looked
    // up by (token, citizen) in the primary key.
    const auto in = [](const QList<qint64> &tokens) {
        QStringList numbers;
        for (const qint64 token : tokens)
            numbers.append(QString::number(token));
        return numbers.join(u',');
    };
    QString sql = QStringLiteral("SELECT DISTINCT a.citizen_id FROM citizen_tokens a WHERE "
                                 "a.token IN (%1)")
                      .arg(in(tokenSets.first()));
    for (qsizetype i = 1; i < tokenSets.size(); ++i)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM citizen_tokens b%1 WHERE b%1.token IN "
                              "(%2) AND b%1.citizen_id = a.citizen_id)")
                   .arg(i)
                   .arg(in(tokenSets.at(i)));
    sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(cache.m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return storageError(query);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace Shahrvand::Cache
