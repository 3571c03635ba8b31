#include "localcache.h"

#include "cacheschema_p.h"
#include "rowcipher_p.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>

Q_LOGGING_CATEGORY(lcCache, "shahrvand.cache")

namespace Shahrvand::Cache {

using Entities::EntityDef;
using Entities::FieldType;

namespace {

const QString keyCheckText = QStringLiteral("shahrvand cache key check");

std::atomic<quint64> connectionCounter{0};

CacheError storageError(const QSqlQuery &query)
{
    return {CacheError::Kind::Storage, query.lastError().text(), {}};
}

CacheError storageError(const QString &detail)
{
    return {CacheError::Kind::Storage, detail, {}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray rowAddress(const QString &entity, qint64 id)
{
    return entity.toLatin1() + ':' + QByteArray::number(id);
}

QByteArray metaAddress(const QString &key)
{
    return "meta:" + key.toLatin1();
}

QByteArray outboxAddress(const QString &mutationId)
{
    return "outbox:" + mutationId.toLatin1();
}

QByteArray conflictAddress(const QString &mutationId)
{
    return "conflict:" + mutationId.toLatin1();
}

// Overlays `fields` on `row`.
void overlay(QJsonObject &row, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
}

} // namespace

// ---------------------------------------------------------------------------------------
struct LocalCache::Private
{
    explicit Private(const CacheKey &key)
        : cipher(key)
    {}

    RowCipher cipher;
    std::optional<Access::Principal> user;
};

namespace {

// A write transaction on the cache: BEGIN IMMEDIATE so that the UI's edits and the sync
// thread's pages wait for each other instead of failing halfway.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery query(db);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = query.lastError().text();
    }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            m_error = query.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace

// ---------------------------------------------------------------------------------------
QString LocalCache::pathFor(const QString &dataFolder, const QUrl &server, const QString &username)
{
    // A server is its scheme, host and port; a user name is compared without case.
    const QByteArray identity =
        server.scheme().toLower().toUtf8() + "://" + server.host().toLower().toUtf8() + ':' +
        QByteArray::number(server.port(-1)) + '\n' + username.trimmed().toLower().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex();
    return QDir(dataFolder)
        .filePath(QStringLiteral("caches/") + QString::fromLatin1(hash.left(32)) +
                  QStringLiteral(".cache"));
}

int LocalCache::schemaVersion()
{
    return Schema::latestVersion();
}

LocalCache::LocalCache(QString path, QString connectionName, CacheKey key)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_key(std::move(key))
    , d(std::make_unique<Private>(m_key))
{}

LocalCache::~LocalCache()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QByteArray LocalCache::wrappedKey(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    const QString name =
        QStringLiteral("shahrvand-cache-peek-%1").arg(connectionCounter.fetch_add(1));
    QByteArray wrapped;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'wrapped_key'")) &&
                query.next())
                wrapped = query.value(0).toByteArray();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return wrapped;
}

bool LocalCache::removeFiles(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    }
    return ok;
}

Expected<std::unique_ptr<LocalCache>, CacheError> LocalCache::open(const QString &path,
                                                                   const CacheKey &key)
{
    if (key.isNull())
        return CacheError{CacheError::Kind::WrongKey, QStringLiteral("no key"), {}};
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return CacheError{CacheError::Kind::CannotOpen,
                          QStringLiteral("cannot create ") + info.absolutePath(),
                          {}};
    // The folder holds every user's cache: only its owner may list it.
    QFile::setPermissions(info.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const bool existed = info.exists();
    if (!existed) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return CacheError{CacheError::Kind::CannotOpen, file.errorString(), {}};
        file.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QString name = QStringLiteral("shahrvand-cache-%1").arg(connectionCounter.fetch_add(1));
    std::unique_ptr<LocalCache> cache(new LocalCache(path, name, key));
    cache->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    cache->m_db.setDatabaseName(path);
    cache->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!cache->m_db.open())
        return CacheError{CacheError::Kind::CannotOpen, cache->m_db.lastError().text(), {}};

    QSqlDatabase &db = cache->m_db;
    QSqlQuery query(db);
    // WAL: the sync thread writes pages while the UI reads. synchronous = FULL: an edit
    // the user saw saved survives a power cut, not only a crash. Temporary tables stay
    // in memory.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = OFF"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return CacheError{CacheError::Kind::CannotOpen, query.lastError().text(), {}};
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return CacheError{CacheError::Kind::CannotOpen, query.lastError().text(), {}};
    const int version = query.value(0).toInt();
    query.finish();
    if (version > Schema::latestVersion())
        return CacheError{
            CacheError::Kind::TooNew, QStringLiteral("cache schema %1").arg(version), {}};

    {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return CacheError{CacheError::Kind::CannotOpen, transaction.error(), {}};
        for (int next = version + 1; next <= Schema::latestVersion(); ++next) {
            QFile file(QStringLiteral(":/cache-migrations/%1_cache.sql")
                           .arg(next, 4, 10, QLatin1Char('0')));
            if (!file.open(QIODevice::ReadOnly))
                return storageError(QStringLiteral("migration %1 missing").arg(next));
            QString script = QString::fromUtf8(file.readAll());
            QStringList statements;
            for (QString line : script.split(QLatin1Char('\n'))) {
                if (line.trimmed().startsWith(QLatin1String("--")))
                    continue;
                statements.append(line);
            }
            for (const QString &statement : statements.join(QLatin1Char('\n')).split(u';')) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (!query.exec(statement))
                    return storageError(query);
            }
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)))
                return storageError(query);
        }
        if (const QString error = Schema::ensureEntityTables(db); !error.isEmpty())
            return storageError(error);

        // The key must open the check value; a new cache gets one.
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'key_check'"));
        if (!query.exec())
            return storageError(query);
        if (query.next()) {
            const auto opened = cache->d->cipher.open(query.value(0).toByteArray(),
                                                      metaAddress(QStringLiteral("key_check")));
            if (!opened || QString::fromUtf8(*opened) != keyCheckText)
                return CacheError{CacheError::Kind::WrongKey, {}, {}};
        } else {
            query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('key_check', ?)"));
            query.addBindValue(cache->d->cipher.seal(keyCheckText.toUtf8(),
                                                     metaAddress(QStringLiteral("key_check"))));
            if (!query.exec())
                return storageError(query);
        }
        query.finish();
        if (!transaction.commit())
            return storageError(transaction.error());
    }
    return cache;
}

// ---------------------------------------------------------------------------------------
// Small values

QString LocalCache::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    const auto opened = d->cipher.open(query.value(0).toByteArray(), metaAddress(key));
    return opened ? QString::fromUtf8(*opened) : QString();
}

namespace {

bool writeMeta(QSqlDatabase &db, const QString &key, const QVariant &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

QVariant readPlainMeta(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

} // namespace

Expected<bool, CacheError> LocalCache::setMeta(const QString &key, const QString &value)
{
    if (!writeMeta(m_db, key, d->cipher.seal(value.toUtf8(), metaAddress(key))))
        return storageError(m_db.lastError().text());
    return true;
}

Expected<bool, CacheError> LocalCache::setUser(const Access::Principal &user)
{
    const auto saved =
        setMeta(QStringLiteral("user"), QString::fromUtf8(compact(Access::principalToJson(user))));
    if (saved)
        d->user = user;
    return saved;
}

std::optional<Access::Principal> LocalCache::user() const
{
    if (!d->user) {
        const QString json = meta(QStringLiteral("user"));
        if (json.isEmpty())
            return std::nullopt;
        d->user = Access::principalFromJson(parseObject(json.toUtf8()));
    }
    return d->user;
}

Expected<bool, CacheError> LocalCache::setWrappedKey(const QByteArray &wrapped)
{
    // Sealed already (by a key derived from the password): stored as it is, so that it
    // can be read before the cache key is known.
    if (!writeMeta(m_db, QStringLiteral("wrapped_key"), wrapped))
        return storageError(m_db.lastError().text());
    return true;
}

qint64 LocalCache::cursor() const
{
    return readPlainMeta(m_db, QStringLiteral("cursor")).toLongLong();
}

int LocalCache::pendingCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int LocalCache::conflictCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM conflicts")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QDateTime LocalCache::lastSyncAt() const
{
    const QVariant ms = readPlainMeta(m_db, QStringLiteral("last_sync_at"));
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

Expected<bool, CacheError> LocalCache::setLastSyncAt(const QDateTime &when)
{
    if (!writeMeta(m_db, QStringLiteral("last_sync_at"), when.toMSecsSinceEpoch()))
        return storageError(m_db.lastError().text());
    return true;
}

// ---------------------------------------------------------------------------------------
// Reading

namespace {

const EntityDef *entityOrNull(const QString &name)
{
    return Entities::findEntity(name);
}

CacheError unknownEntity(const QString &name)
{
    return {CacheError::Kind::UnknownEntity, name, {}};
}

} // namespace

Expected<std::optional<QJsonObject>, CacheError> LocalCache::row(const QString &entity,
                                                                 qint64 id) const
{
    if (!entityOrNull(entity))
        return unknownEntity(entity);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT data FROM %1 WHERE id = ? AND local <> 2")
                      .arg(Schema::tableOf(entity)));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    if (!query.next())
        return std::optional<QJsonObject>();
    const auto opened = d->cipher.open(query.value(0).toByteArray(), rowAddress(entity, id));
    if (!opened)
        return storageError(QStringLiteral("row %1/%2 does not open").arg(entity).arg(id));
    return std::optional<QJsonObject>(parseObject(*opened));
}

Expected<QList<QJsonObject>, CacheError> LocalCache::rows(const QString &entity, int limit,
                                                          std::optional<qint64> afterId) const
{
    if (!entityOrNull(entity))
        return unknownEntity(entity);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, data FROM %1 WHERE local <> 2 AND id > ? "
                                 "ORDER BY id LIMIT ?")
                      .arg(Schema::tableOf(entity)));
    query.addBindValue(afterId ? *afterId : std::numeric_limits<qint64>::min());
    query.addBindValue(limit);
    if (!query.exec())
        return storageError(query);
    QList<QJsonObject> result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto opened = d->cipher.open(query.value(1).toByteArray(), rowAddress(entity, id));
        if (!opened)
            return storageError(QStringLiteral("row %1/%2 does not open").arg(entity).arg(id));
        result.append(parseObject(*opened));
    }
    return result;
}

Expected<qint64, CacheError> LocalCache::count(const QString &entity) const
{
    if (!entityOrNull(entity))
        return unknownEntity(entity);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE local <> 2")
                        .arg(Schema::tableOf(entity))) ||
        !query.next())
        return storageError(query);
    return query.value(0).toLongLong();
}

Expected<std::optional<qint64>, CacheError> LocalCache::version(const QString &entity,
                                                                qint64 id) const
{
    if (!entityOrNull(entity))
        return unknownEntity(entity);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ? AND local <> 2")
                      .arg(Schema::tableOf(entity)));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

// ---------------------------------------------------------------------------------------
// The write side. Everything below runs inside a transaction opened by a public method.

namespace {

struct StoredRow
{
    qint64 version = 0;
    int local = 0;
    QJsonObject data;
    std::optional<QJsonObject> serverData;

    // The server's row underneath, if the server has it.
    std::optional<QJsonObject> serverRow() const
    {
        if (local == 0)
            return data;
        return serverData;
    }
};

struct PendingEntry
{
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString op;
    qint64 rowId = 0;
    qint64 baseVersion = 0;
    QJsonObject fields; // the user's input
    QJsonObject view;   // the same, as the API shows it
    QJsonObject base;   // what the user saw before
};

} // namespace

class CacheWriter final
{
public:
    CacheWriter(const QSqlDatabase &db, const RowCipher &cipher,
                const std::optional<Access::Principal> &user)
        : m_db(db)
        , m_cipher(cipher)
        , m_user(user)
    {}

    QString error;

    // -- rows
    std::optional<std::optional<StoredRow>> read(const QString &entity, qint64 id)
    {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT version, local, data, server_data FROM %1 WHERE id = ?")
                .arg(Schema::tableOf(entity)));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query);
        if (!query.next())
            return std::optional<StoredRow>();
        StoredRow row;
        row.version = query.value(0).toLongLong();
        row.local = query.value(1).toInt();
        const QByteArray address = rowAddress(entity, id);
        const auto data = m_cipher.open(query.value(2).toByteArray(), address);
        if (!data)
            return fail(QStringLiteral("row %1/%2 does not open").arg(entity).arg(id));
        row.data = parseObject(*data);
        if (!query.value(3).isNull()) {
            const auto server = m_cipher.open(query.value(3).toByteArray(), address + ":server");
            if (!server)
                return fail(QStringLiteral("row %1/%2 does not open").arg(entity).arg(id));
            row.serverData = parseObject(*server);
        }
        return std::optional<StoredRow>(row);
    }

    bool write(const EntityDef &entity, qint64 id, qint64 version, int local,
               const QJsonObject &data, const std::optional<QJsonObject> &serverData)
    {
        QSqlQuery &query = statement(QStringLiteral("write:") + entity.name,
                                     QStringLiteral("INSERT OR REPLACE INTO %1 (id, version, "
                                                    "parent_id, parent_type, local, data, "
                                                    "server_data) VALUES (?, ?, ?, ?, ?, ?, ?)")
                                         .arg(Schema::tableOf(entity.name)));
        const Schema::ParentRef parent = Schema::parentOf(entity, data);
        const QByteArray address = rowAddress(entity.name, id);
        query.bindValue(0, id);
        query.bindValue(1, version);
        query.bindValue(2, parent.entity.isEmpty() ? QVariant() : QVariant(parent.id));
        query.bindValue(3, entity.scope.kind == Entities::ScopeKind::ChildOfAny
                               ? QVariant(parent.entity)
                               : QVariant());
        query.bindValue(4, local);
        query.bindValue(5, m_cipher.seal(compact(data), address));
        query.bindValue(6, serverData
                               ? QVariant(m_cipher.seal(compact(*serverData), address + ":server"))
                               : QVariant(QMetaType(QMetaType::QByteArray)));
        return exec(query);
    }

    // Deletes a row and, depth first, every row that is its child.
    bool removeWithChildren(const QString &entity, qint64 id, int *count = nullptr)
    {
        for (const EntityDef *child : Schema::childrenOf(entity)) {
            QSqlQuery query(m_db);
            const bool typed = child->scope.kind == Entities::ScopeKind::ChildOfAny;
            query.prepare(QStringLiteral("SELECT id FROM %1 WHERE parent_id = ?%2")
                              .arg(Schema::tableOf(child->name),
                                   typed ? QStringLiteral(" AND parent_type = ?") : QString()));
            query.addBindValue(id);
            if (typed)
                query.addBindValue(entity);
            if (!query.exec())
                return failed(query);
            QList<qint64> ids;
            while (query.next())
                ids.append(query.value(0).toLongLong());
            for (qint64 childId : ids) {
                if (!removeWithChildren(child->name, childId, count))
                    return false;
            }
        }
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Schema::tableOf(entity)));
        query.addBindValue(id);
        if (!query.exec())
            return failed(query);
        if (count)
            *count += query.numRowsAffected();
        return true;
    }

    // -- the outbox
    std::optional<QList<PendingEntry>> pending(const QString &entity, qint64 rowId)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT seq, mutation_id, op, base_version, payload FROM "
                                     "outbox WHERE entity = ? AND row_id = ? ORDER BY seq"));
        query.addBindValue(entity);
        query.addBindValue(rowId);
        if (!query.exec())
            return fail(query);
        QList<PendingEntry> entries;
        while (query.next()) {
            PendingEntry entry;
            entry.seq = query.value(0).toLongLong();
            entry.mutationId = query.value(1).toString();
            entry.entity = entity;
            entry.op = query.value(2).toString();
            entry.rowId = rowId;
            entry.baseVersion = query.value(3).toLongLong();
            if (!openPayload(entry, query.value(4).toByteArray()))
                return std::nullopt;
            entries.append(entry);
        }
        return entries;
    }

    std::optional<std::optional<PendingEntry>> entryFor(const QString &mutationId)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT seq, entity, op, row_id, base_version, payload "
                                     "FROM outbox WHERE mutation_id = ?"));
        query.addBindValue(mutationId);
        if (!query.exec())
            return fail(query);
        if (!query.next())
            return std::optional<PendingEntry>();
        PendingEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.mutationId = mutationId;
        entry.entity = query.value(1).toString();
        entry.op = query.value(2).toString();
        entry.rowId = query.value(3).toLongLong();
        entry.baseVersion = query.value(4).toLongLong();
        if (!openPayload(entry, query.value(5).toByteArray()))
            return std::nullopt;
        return std::optional<PendingEntry>(entry);
    }

    bool openPayload(PendingEntry &entry, const QByteArray &sealed)
    {
        const auto payload = m_cipher.open(sealed, outboxAddress(entry.mutationId));
        if (!payload) {
            error = QStringLiteral("outbox entry %1 does not open").arg(entry.mutationId);
            return false;
        }
        const QJsonObject json = parseObject(*payload);
        entry.fields = json.value(u"fields").toObject();
        entry.view = json.value(u"view").toObject();
        entry.base = json.value(u"base").toObject();
        return true;
    }

    bool enqueue(const PendingEntry &entry)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO outbox (mutation_id, entity, op, row_id, "
                                     "base_version, payload, created_at) VALUES (?, ?, ?, ?, ?, "
                                     "?, ?)"));
        query.addBindValue(entry.mutationId);
        query.addBindValue(entry.entity);
        query.addBindValue(entry.op);
        query.addBindValue(entry.rowId);
        query.addBindValue(entry.baseVersion);
        query.addBindValue(m_cipher.seal(compact({{QStringLiteral("fields"), entry.fields},
                                                  {QStringLiteral("view"), entry.view},
                                                  {QStringLiteral("base"), entry.base}}),
                                         outboxAddress(entry.mutationId)));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        return exec(query);
    }

    bool dequeue(const QString &mutationId)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"));
        query.addBindValue(mutationId);
        return exec(query);
    }

    // -- rows created here
    std::optional<qint64> nextLocalId()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT MIN(local_id) FROM local_ids")) || !query.next())
            return fail(query);
        return std::min<qint64>(query.value(0).toLongLong(), 0) - 1;
    }

    // The server's id of a row created here, if known.
    std::optional<qint64> serverIdOf(qint64 localId, QString *mutationId = nullptr)
    {
        QSqlQuery &query = statement(
            QStringLiteral("serverIdOf"),
            QStringLiteral("SELECT server_id, mutation_id FROM local_ids WHERE local_id = ?"));
        query.bindValue(0, localId);
        if (!query.exec() || !query.next())
            return std::nullopt;
        if (mutationId)
            *mutationId = query.value(1).toString();
        if (query.value(0).isNull())
            return std::nullopt;
        return query.value(0).toLongLong();
    }

    // Replaces references to rows created here by the server's ids where known; with
    // `forPush`, unknown ones become "tmp:<mutation id>".
    void resolveLocalReferences(const EntityDef &entity, QJsonObject &fields, bool forPush)
    {
        for (const Entities::FieldDef &def : entity.fields) {
            if (def.type != FieldType::Reference || !fields.contains(def.name))
                continue;
            const qint64 value = fields.value(def.name).toInteger();
            if (value >= 0)
                continue;
            QString mutationId;
            if (const auto serverId = serverIdOf(value, &mutationId))
                fields.insert(def.name, *serverId);
            else if (forPush && !mutationId.isEmpty())
                fields.insert(def.name, QStringLiteral("tmp:") + mutationId);
        }
    }

    // -- the view of a row: the server's row with the pending edits on top
    bool recompute(const EntityDef &entity, qint64 id)
    {
        const auto stored = read(entity.name, id);
        if (!stored)
            return false;
        const auto entries = pending(entity.name, id);
        if (!entries)
            return false;
        const std::optional<QJsonObject> server =
            *stored ? (*stored)->serverRow() : std::optional<QJsonObject>();
        const qint64 version = *stored ? (*stored)->version : 0;
        if (entries->isEmpty()) {
            if (!server) // created here and refused: the edit lives on as a conflict
                return !*stored || removeWithChildren(entity.name, id);
            return write(entity, id, version, 0, *server, std::nullopt);
        }
        QJsonObject view = server.value_or(QJsonObject());
        bool deleted = false;
        for (const PendingEntry &entry : *entries) {
            if (entry.op == u"delete")
                deleted = true;
            else
                overlay(view, entry.view);
        }
        resolveLocalReferences(entity, view, false);
        view.insert(QStringLiteral("id"), id);
        return write(entity, id, version, deleted ? 2 : 1, view, server);
    }

    // A row as the server has it now (pulled, or answered to a push).
    enum class Arrival { Written, Skipped };
    std::optional<Arrival> serverRowArrived(const EntityDef &entity, const QJsonObject &row)
    {
        const qint64 id = row.value(u"id").toInteger();
        const qint64 version = row.value(u"version").toInteger();
        if (row.value(u"deleted").toBool()) {
            if (!removeWithChildren(entity.name, id))
                return std::nullopt;
            // Edits still queued for it will be refused by the server and kept as such.
            return Arrival::Written;
        }
        // The common case first: a row without local edits, newer than what is cached.
        QSqlQuery &upsert = statement(
            QStringLiteral("upsert:") + entity.name,
            QStringLiteral("INSERT INTO %1 (id, version, parent_id, parent_type, local, data) "
                           "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (id) DO UPDATE SET version = "
                           "excluded.version, parent_id = excluded.parent_id, parent_type = "
                           "excluded.parent_type, data = excluded.data WHERE %1.local = 0 AND "
                           "%1.version < excluded.version")
                .arg(Schema::tableOf(entity.name)));
        const Schema::ParentRef parent = Schema::parentOf(entity, row);
        upsert.bindValue(0, id);
        upsert.bindValue(1, version);
        upsert.bindValue(2, parent.entity.isEmpty() ? QVariant() : QVariant(parent.id));
        upsert.bindValue(3, entity.scope.kind == Entities::ScopeKind::ChildOfAny
                                ? QVariant(parent.entity)
                                : QVariant());
        upsert.bindValue(4, m_cipher.seal(compact(row), rowAddress(entity.name, id)));
        if (!exec(upsert))
            return std::nullopt;
        if (upsert.numRowsAffected() > 0) {
            // A row pushed from here may arrive before its queued follow-up edits apply.
            if (m_outboxMayHave.value(entity.name, true)) {
                const auto entries = pending(entity.name, id);
                if (!entries)
                    return std::nullopt;
                if (!entries->isEmpty() && !recomputeOver(entity, id, version, row))
                    return std::nullopt;
            }
            return Arrival::Written;
        }
        const auto stored = read(entity.name, id);
        if (!stored)
            return std::nullopt;
        if (!*stored || (*stored)->version >= version)
            return Arrival::Skipped;
        // Local edits pending: the server's row goes underneath them.
        if (!recomputeOver(entity, id, version, row))
            return std::nullopt;
        return Arrival::Written;
    }

    bool recomputeOver(const EntityDef &entity, qint64 id, qint64 version, const QJsonObject &row)
    {
        return write(entity, id, version, 1, row, row) && recompute(entity, id);
    }

    // Which entities have queued edits at all (a first sync of a million rows asks once).
    void noteOutbox()
    {
        m_outboxMayHave.clear();
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT DISTINCT entity FROM outbox")))
            return; // then every entity is asked row by row
        for (const EntityDef &entity : Entities::allEntities())
            m_outboxMayHave.insert(entity.name, false);
        while (query.next())
            m_outboxMayHave.insert(query.value(0).toString(), true);
    }

    // -- input
    // The user's input checked by the registry's rules (references to rows created here,
    // negative ids, are valid references too) and as the API would show it.
    std::optional<QJsonObject> checkedView(const EntityDef &entity, const QJsonObject &fields,
                                           Entities::WriteMode mode, CacheError *problem)
    {
        QJsonObject forCheck = fields;
        for (const Entities::FieldDef &def : entity.fields) {
            if (def.type == FieldType::Reference && forCheck.value(def.name).isDouble() &&
                forCheck.value(def.name).toInteger() < 0)
                forCheck.insert(def.name, 1);
        }
        const auto columns = Entities::toColumnValues(entity, forCheck, mode);
        if (!columns) {
            problem->kind = CacheError::Kind::Invalid;
            for (const Entities::FieldError &fieldError : columns.error())
                problem->fieldMessages.append(fieldError.message());
            return std::nullopt;
        }
        QVariantMap row = *columns;
        for (const Entities::FieldDef &def : entity.fields) {
            if (def.type == FieldType::Reference && fields.value(def.name).isDouble() &&
                fields.value(def.name).toInteger() < 0)
                row.insert(def.name, fields.value(def.name).toInteger());
        }
        const QJsonObject full =
            Entities::toApiJson(entity, row, m_user.value_or(Access::Principal()));
        if (mode == Entities::WriteMode::Create)
            return full;
        QJsonObject changed;
        for (auto it = columns->cbegin(); it != columns->cend(); ++it)
            changed.insert(it.key(), full.value(it.key()));
        return changed;
    }

    QByteArray seal(const QByteArray &plain, const QByteArray &address) const
    {
        return m_cipher.seal(plain, address);
    }
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &address) const
    {
        return m_cipher.open(sealed, address);
    }

    // -- prepared statements kept for the life of the transaction's writer
    QSqlQuery &statement(const QString &name, const QString &sql)
    {
        auto it = m_statements.find(name);
        if (it == m_statements.end()) {
            it = m_statements.emplace(name, std::make_unique<QSqlQuery>(m_db)).first;
            it->second->prepare(sql);
        }
        return *it->second;
    }

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        error = query.lastError().text();
        return false;
    }

private:
    std::nullopt_t fail(const QSqlQuery &query)
    {
        error = query.lastError().text();
        return std::nullopt;
    }
    std::nullopt_t fail(const QString &text)
    {
        error = text;
        return std::nullopt;
    }
    bool failed(const QSqlQuery &query)
    {
        error = query.lastError().text();
        return false;
    }

    const QSqlDatabase &m_db;
    const RowCipher &m_cipher;
    const std::optional<Access::Principal> &m_user;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QHash<QString, bool> m_outboxMayHave;
};

// ---------------------------------------------------------------------------------------
// Local edits

namespace {

QString newMutationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

#define SHAHRVAND_CACHE_TRANSACTION(transaction)                                                   \
    WriteTransaction transaction(m_db);                                                            \
    if (!transaction.isActive())                                                                   \
        return storageError(transaction.error());

namespace {

std::optional<CacheError> mayWrite(const EntityDef *entity, const QString &name,
                                   const std::optional<Access::Principal> &user)
{
    if (!entity)
        return unknownEntity(name);
    if (!user || !entity->isWritableBy(user->roles))
        return CacheError{CacheError::Kind::NotAllowed, name, {}};
    return std::nullopt;
}

// The edits behind create/update/remove, inside the caller's transaction.
Expected<qint64, CacheError> queueCreate(CacheWriter &writer, const EntityDef &entity,
                                         const QJsonObject &fields)
{
    CacheError problem;
    const auto view = writer.checkedView(entity, fields, Entities::WriteMode::Create, &problem);
    if (!view)
        return problem;
    const auto id = writer.nextLocalId();
    if (!id)
        return storageError(writer.error);
    PendingEntry entry;
    entry.mutationId = newMutationId();
    entry.entity = entity.name;
    entry.op = QStringLiteral("create");
    entry.rowId = *id;
    entry.fields = fields;
    entry.view = *view;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    entry.view.insert(QStringLiteral("created_at"), now);
    entry.view.insert(QStringLiteral("updated_at"), now);
    QSqlQuery &query = (writer.statement(QStringLiteral("local_ids"),
                                         QStringLiteral("INSERT INTO local_ids (local_id, entity, "
                                                        "mutation_id) VALUES (?, ?, ?)")));
    query.bindValue(0, *id);
    query.bindValue(1, entity.name);
    query.bindValue(2, entry.mutationId);
    if (!writer.exec(query) || !writer.enqueue(entry) ||
        !writer.write(entity, *id, 0, 1, entry.view, std::nullopt) ||
        !writer.recompute(entity, *id))
        return storageError(writer.error);
    return *id;
}

Expected<bool, CacheError> queueUpdate(CacheWriter &writer, const EntityDef &entity, qint64 id,
                                       const QJsonObject &fields)
{
    const auto stored = writer.read(entity.name, id);
    if (!stored)
        return storageError(writer.error);
    if (!*stored || (*stored)->local == 2)
        return CacheError{CacheError::Kind::NotFound, entity.name, {}};
    CacheError problem;
    const auto view = writer.checkedView(entity, fields, Entities::WriteMode::Update, &problem);
    if (!view)
        return problem;
    PendingEntry entry;
    entry.mutationId = newMutationId();
    entry.entity = entity.name;
    entry.op = QStringLiteral("update");
    entry.rowId = id;
    entry.baseVersion = (*stored)->version;
    entry.fields = fields;
    entry.view = *view;
    for (auto it = view->begin(); it != view->end(); ++it)
        entry.base.insert(it.key(), (*stored)->data.value(it.key()));
    if (!writer.enqueue(entry) || !writer.recompute(entity, id))
        return storageError(writer.error);
    return true;
}

Expected<bool, CacheError> queueDelete(CacheWriter &writer, const EntityDef &entity, qint64 id)
{
    const auto stored = writer.read(entity.name, id);
    if (!stored)
        return storageError(writer.error);
    if (!*stored || (*stored)->local == 2)
        return CacheError{CacheError::Kind::NotFound, entity.name, {}};
    PendingEntry entry;
    entry.mutationId = newMutationId();
    entry.entity = entity.name;
    entry.op = QStringLiteral("delete");
    entry.rowId = id;
    entry.baseVersion = (*stored)->version;
    if (!writer.enqueue(entry) || !writer.recompute(entity, id))
        return storageError(writer.error);
    return true;
}

} // namespace

Expected<qint64, CacheError> LocalCache::create(const QString &entity, const QJsonObject &fields)
{
    const EntityDef *def = entityOrNull(entity);
    if (const auto refused = mayWrite(def, entity, user()))
        return *refused;
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    const auto id = queueCreate(writer, *def, fields);
    if (!id)
        return id;
    if (!transaction.commit())
        return storageError(transaction.error());
    return id;
}

Expected<bool, CacheError> LocalCache::update(const QString &entity, qint64 id,
                                              const QJsonObject &fields)
{
    const EntityDef *def = entityOrNull(entity);
    if (const auto refused = mayWrite(def, entity, user()))
        return *refused;
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    const auto done = queueUpdate(writer, *def, id, fields);
    if (!done)
        return done;
    if (!transaction.commit())
        return storageError(transaction.error());
    return true;
}

Expected<bool, CacheError> LocalCache::remove(const QString &entity, qint64 id)
{
    const EntityDef *def = entityOrNull(entity);
    if (const auto refused = mayWrite(def, entity, user()))
        return *refused;
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    const auto done = queueDelete(writer, *def, id);
    if (!done)
        return done;
    if (!transaction.commit())
        return storageError(transaction.error());
    return true;
}

// ---------------------------------------------------------------------------------------
// The sync engine's side

Expected<QJsonArray, CacheError> LocalCache::pendingMutations(int max) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT mutation_id, entity, op, row_id, base_version, payload "
                                 "FROM outbox ORDER BY seq LIMIT ?"));
    query.addBindValue(max);
    if (!query.exec())
        return storageError(query);
    CacheWriter writer(m_db, d->cipher, d->user);
    QJsonArray mutations;
    while (query.next()) {
        PendingEntry entry;
        entry.mutationId = query.value(0).toString();
        entry.entity = query.value(1).toString();
        entry.op = query.value(2).toString();
        entry.rowId = query.value(3).toLongLong();
        entry.baseVersion = query.value(4).toLongLong();
        if (!writer.openPayload(entry, query.value(5).toByteArray()))
            return storageError(writer.error);
        const EntityDef *def = entityOrNull(entry.entity);
        if (!def)
            return unknownEntity(entry.entity);
        QJsonObject fields = entry.fields;
        writer.resolveLocalReferences(*def, fields, true);
        QJsonObject mutation{{QStringLiteral("client_mutation_id"), entry.mutationId},
                             {QStringLiteral("entity"), entry.entity},
                             {QStringLiteral("op"), entry.op}};
        if (entry.op != u"create") {
            QString mutationId;
            bool createdInThisBatch = false;
            if (entry.rowId < 0) {
                if (const auto serverId = writer.serverIdOf(entry.rowId, &mutationId)) {
                    mutation.insert(QStringLiteral("id"), *serverId);
                } else {
                    mutation.insert(QStringLiteral("id"), QStringLiteral("tmp:") + mutationId);
                    // The create is older, so it is in this batch, before this edit: nobody
                    // can change the row in between, and there is no version to compare.
                    createdInThisBatch = true;
                }
            } else {
                mutation.insert(QStringLiteral("id"), entry.rowId);
            }
            if (!createdInThisBatch) {
                mutation.insert(QStringLiteral("base_version"), entry.baseVersion);
                QJsonObject base = entry.base;
                writer.resolveLocalReferences(*def, base, true);
                mutation.insert(QStringLiteral("base"), base);
            }
        }
        if (entry.op != u"delete")
            mutation.insert(QStringLiteral("fields"), fields);
        mutations.append(mutation);
    }
    return mutations;
}

namespace {

bool storeConflict(CacheWriter &writer, const PendingEntry &entry, const QString &kind,
                   const QJsonObject &result)
{
    const QJsonObject serverRow = result.value(u"row").toObject();
    const QJsonObject error = result.value(u"error").toObject();
    const QJsonObject payload{{QStringLiteral("mine"), entry.fields},
                              {QStringLiteral("view"), entry.view},
                              {QStringLiteral("fields"), result.value(u"conflicts").toArray()},
                              {QStringLiteral("server_row"), serverRow},
                              {QStringLiteral("error_code"), error.value(u"code")},
                              {QStringLiteral("error_message"), error.value(u"message")}};
    QSqlQuery &query = writer.statement(
        QStringLiteral("conflict"),
        QStringLiteral("INSERT INTO conflicts (kind, entity, row_id, op, mutation_id, "
                       "server_version, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, kind);
    query.bindValue(1, entry.entity);
    query.bindValue(2, entry.rowId);
    query.bindValue(3, entry.op);
    query.bindValue(4, entry.mutationId);
    query.bindValue(5, serverRow.value(u"version").toInteger());
    query.bindValue(6, writer.seal(compact(payload), conflictAddress(entry.mutationId)));
    query.bindValue(7, QDateTime::currentMSecsSinceEpoch());
    return writer.exec(query);
}

} // namespace

Expected<PushApplied, CacheError> LocalCache::applyPushResults(const QJsonArray &sent,
                                                               const QJsonArray &results)
{
    Q_UNUSED(sent)
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    PushApplied applied;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString mutationId = result.value(u"client_mutation_id").toString();
        const auto found = writer.entryFor(mutationId);
        if (!found)
            return storageError(writer.error);
        if (!*found)
            continue; // answered before: nothing left to do
        const PendingEntry &entry = **found;
        const EntityDef *entity = entityOrNull(entry.entity);
        if (!entity)
            return unknownEntity(entry.entity);
        if (!writer.dequeue(mutationId))
            return storageError(writer.error);
        const QString status = result.value(u"status").toString();
        const QJsonObject row = result.value(u"row").toObject();
        qint64 rowId = entry.rowId;

        if (status == u"applied") {
            ++applied.applied;
            if (entry.op == u"create" && entry.rowId < 0) {
                rowId = row.value(u"id").toInteger();
                if (!rekey(writer, *entity, entry.rowId, rowId, row.value(u"version").toInteger()))
                    return storageError(writer.error);
            }
            if (entry.op == u"delete" && !row.value(u"deleted").toBool()) {
                if (!writer.removeWithChildren(entity->name, rowId))
                    return storageError(writer.error);
            } else if (!row.isEmpty() && !writer.serverRowArrived(*entity, row)) {
                return storageError(writer.error);
            }
            if (entry.op == u"create" && !refreshReferrers(writer, *entity))
                return storageError(writer.error);
        } else {
            const bool conflict = status == u"conflict";
            conflict ? ++applied.conflicts : ++applied.rejected;
            if (!storeConflict(writer, entry,
                               conflict ? QStringLiteral("conflict") : QStringLiteral("rejected"),
                               result))
                return storageError(writer.error);
            if (!row.isEmpty() && !writer.serverRowArrived(*entity, row))
                return storageError(writer.error);
        }
        if (!writer.recompute(*entity, rowId))
            return storageError(writer.error);
    }
    if (!transaction.commit())
        return storageError(transaction.error());
    return applied;
}

bool LocalCache::rekey(CacheWriter &writer, const EntityDef &entity, qint64 localId,
                       qint64 serverId, qint64 createdVersion)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE local_ids SET server_id = ? WHERE local_id = ?"));
    query.addBindValue(serverId);
    query.addBindValue(localId);
    if (!writer.exec(query))
        return false;
    // Edits made on top of the local row were based on what this client created: the
    // version the server gave it, so that the server merges them with whatever others
    // changed since instead of seeing every field as a conflict.
    query.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity = ? AND "
                                 "row_id = ? AND base_version = 0"));
    query.addBindValue(createdVersion);
    query.addBindValue(entity.name);
    query.addBindValue(localId);
    if (!writer.exec(query))
        return false;
    for (const char *table : {"outbox", "conflicts"}) {
        query.prepare(QStringLiteral("UPDATE %1 SET row_id = ? WHERE entity = ? AND row_id = ?")
                          .arg(QLatin1String(table)));
        query.addBindValue(serverId);
        query.addBindValue(entity.name);
        query.addBindValue(localId);
        if (!writer.exec(query))
            return false;
    }
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Schema::tableOf(entity.name)));
    query.addBindValue(localId);
    return writer.exec(query);
}

// Rows with local edits that may refer to a row created here: their views are rebuilt so
// that the reference shows the server's id.
bool LocalCache::refreshReferrers(CacheWriter &writer, const EntityDef &target)
{
    for (const EntityDef &entity : Entities::allEntities()) {
        bool refers = Schema::childrenOf(target.name).contains(&entity);
        for (const Entities::FieldDef &field : entity.fields)
            refers =
                refers || (field.type == FieldType::Reference && field.references == target.name);
        if (!refers)
            continue;
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id FROM %1 WHERE local <> 0")
                            .arg(Schema::tableOf(entity.name))))
            return writer.exec(query);
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        for (qint64 id : ids) {
            if (!writer.recompute(entity, id))
                return false;
        }
    }
    return true;
}

Expected<PullApplied, CacheError> LocalCache::applyPullPage(const QJsonObject &page)
{
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    writer.noteOutbox();
    PullApplied applied;
    const QJsonArray changes = page.value(u"changes").toArray();
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QString name = change.value(u"entity").toString();
        const EntityDef *entity = entityOrNull(name);
        if (!entity) {
            // A newer server may know entities this program does not: skip, keep going.
            qCWarning(lcCache) << "pull: unknown entity" << name;
            ++applied.skipped;
            continue;
        }
        const QJsonObject row = change.value(u"row").toObject();
        const auto arrival = writer.serverRowArrived(*entity, row);
        if (!arrival)
            return storageError(writer.error);
        if (*arrival == CacheWriter::Arrival::Skipped)
            ++applied.skipped;
        else if (row.value(u"deleted").toBool())
            ++applied.deleted;
        else
            ++applied.written;
    }
    for (const QJsonValue &value : page.value(u"drops").toArray()) {
        const QJsonObject drop = value.toObject();
        const QString name = drop.value(u"entity").toString();
        if (!entityOrNull(name))
            continue;
        int removed = 0;
        if (!writer.removeWithChildren(name, drop.value(u"id").toInteger(), &removed))
            return storageError(writer.error);
        applied.dropped += removed;
    }
    applied.cursor = page.value(u"cursor").toInteger();
    applied.more = page.value(u"more").toBool();
    if (!writeMeta(m_db, QStringLiteral("cursor"), applied.cursor))
        return storageError(m_db.lastError().text());
    if (!transaction.commit())
        return storageError(transaction.error());
    return applied;
}

// ---------------------------------------------------------------------------------------
// Conflicts

namespace {

std::optional<Conflict> conflictFrom(const QSqlQuery &query, const CacheWriter &writer)
{
    Conflict conflict;
    conflict.id = query.value(0).toLongLong();
    conflict.kind = query.value(1).toString() == u"rejected" ? Conflict::Kind::Rejected
                                                             : Conflict::Kind::Conflict;
    conflict.entity = query.value(2).toString();
    conflict.rowId = query.value(3).toLongLong();
    conflict.op = query.value(4).toString();
    const QString mutationId = query.value(5).toString();
    conflict.serverVersion = query.value(6).toLongLong();
    const auto payload = writer.open(query.value(7).toByteArray(), conflictAddress(mutationId));
    if (!payload)
        return std::nullopt;
    conflict.createdAtMs = query.value(8).toLongLong();
    const QJsonObject json = parseObject(*payload);
    conflict.mine = json.value(u"mine").toObject();
    conflict.serverRow = json.value(u"server_row").toObject();
    conflict.errorCode = json.value(u"error_code").toString();
    conflict.errorMessage = json.value(u"error_message").toString();
    for (const QJsonValue &field : json.value(u"fields").toArray()) {
        const QJsonObject object = field.toObject();
        conflict.fields.append({object.value(u"field").toString(), object.value(u"base"),
                                object.value(u"mine"), object.value(u"theirs")});
    }
    return conflict;
}

const QString conflictColumns = QStringLiteral(
    "SELECT id, kind, entity, row_id, op, mutation_id, server_version, payload, created_at "
    "FROM conflicts");

} // namespace

Expected<QList<Conflict>, CacheError> LocalCache::conflicts() const
{
    QSqlQuery query(m_db);
    if (!query.exec(conflictColumns + QStringLiteral(" ORDER BY id")))
        return storageError(query);
    CacheWriter writer(m_db, d->cipher, d->user);
    QList<Conflict> list;
    while (query.next()) {
        const auto conflict = conflictFrom(query, writer);
        if (!conflict)
            return storageError(QStringLiteral("a conflict does not open"));
        list.append(*conflict);
    }
    return list;
}

Expected<bool, CacheError> LocalCache::resolve(qint64 conflictId, Resolution resolution,
                                               const QJsonObject &values)
{
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    QSqlQuery query(m_db);
    query.prepare(conflictColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(conflictId);
    if (!query.exec())
        return storageError(query);
    if (!query.next())
        return CacheError{CacheError::Kind::NotFound, QStringLiteral("conflict"), {}};
    const auto conflict = conflictFrom(query, writer);
    query.finish();
    if (!conflict)
        return storageError(QStringLiteral("a conflict does not open"));
    const EntityDef *entity = entityOrNull(conflict->entity);
    if (!entity)
        return unknownEntity(conflict->entity);

    query.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?"));
    query.addBindValue(conflictId);
    if (!query.exec())
        return storageError(query);

    if (resolution != Resolution::TakeTheirs) {
        if (const auto refused = mayWrite(entity, entity->name, user()))
            return *refused;
        const QJsonObject fields = resolution == Resolution::Edited ? values : conflict->mine;
        if (conflict->op == u"create") {
            const auto created = queueCreate(writer, *entity, fields);
            if (!created)
                return created.error();
        } else if (conflict->op == u"delete") {
            const auto deleted = queueDelete(writer, *entity, conflict->rowId);
            if (!deleted)
                return deleted.error();
        } else {
            const auto updated = queueUpdate(writer, *entity, conflict->rowId, fields);
            if (!updated)
                return updated.error();
        }
    } else if (!writer.recompute(*entity, conflict->rowId)) {
        return storageError(writer.error);
    }
    if (!transaction.commit())
        return storageError(transaction.error());
    return true;
}

Expected<bool, CacheError> LocalCache::keepMine(qint64 conflictId)
{
    return resolve(conflictId, Resolution::KeepMine, {});
}

Expected<bool, CacheError> LocalCache::takeTheirs(qint64 conflictId)
{
    return resolve(conflictId, Resolution::TakeTheirs, {});
}

Expected<bool, CacheError> LocalCache::resolveWith(qint64 conflictId, const QJsonObject &values)
{
    return resolve(conflictId, Resolution::Edited, values);
}

} // namespace Shahrvand::Cache
