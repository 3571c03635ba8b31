#include "localcache_p.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

Q_LOGGING_CATEGORY(lcCache, "shahrvand.cache")

namespace Shahrvand::Cache {

using Entities::EntityDef;
using Entities::FieldType;

namespace {

const QString keyCheckText = QStringLiteral("shahrvand cache key check");
std::atomic<quint64> connectionCounter{0};

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

QString LocalCache::moveAside(const QString &path)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    // The WAL holds the newest writes: it moves with the file, or nothing moves.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            return {};
    }
    return aside;
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
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY",
          "PRAGMA foreign_keys = OFF", "PRAGMA cache_size = -65536"}) {
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
            // From version 2 on, migrations change the entities' tables too: they must be
            // there, in the shape version 1 gave them.
            if (next >= 2) {
                if (const QString error = Schema::ensureEntityTables(db); !error.isEmpty())
                    return storageError(error);
            }
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
            // Split at the semicolons that end a statement, not those inside a trigger's body.
            QString statement;
            for (const QString &part : statements.join(QLatin1Char('\n')).split(u';')) {
                statement += part + QLatin1Char(';');
                if (!sqlite3_complete(statement.toUtf8().constData()))
                    continue;
                if (statement.chopped(1).trimmed().isEmpty()) {
                    statement.clear();
                    continue;
                }
                if (!query.exec(statement))
                    return storageError(query);
                statement.clear();
            }
            if (!statement.chopped(1).trimmed().isEmpty())
                return storageError(
                    QStringLiteral("migration %1 ends inside a statement").arg(next));
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
        // Rows cached before their clear columns existed (the queue's, from version 2; the
        // dashboards' since): those columns from the sealed rows, once (the key is known
        // good by now).
        QStringList grown;
        if (const QString error = Schema::ensureClearColumns(db, &grown); !error.isEmpty())
            return storageError(error);
        if (version >= 1 && version < 2) {
            for (const EntityDef &entity : Entities::allEntities()) {
                if (!Schema::clearColumns(entity.name).isEmpty() && !grown.contains(entity.name))
                    grown.append(entity.name);
            }
        }
        if (version >= 1 && !grown.isEmpty()) {
            CacheWriter writer(db, cache->d->cipher, cache->d->user);
            for (const EntityDef &entity : Entities::allEntities()) {
                if (grown.contains(entity.name) && !writer.fillClearColumns(entity))
                    return storageError(writer.error);
            }
        }
        // Not in the middle of a bulk load: it ends by making the queue indexes, and the next
        // opening makes this one.
        if (!cache->isBulkLoading()) {
            if (const QString error = Schema::ensureDashboardIndex(db); !error.isEmpty())
                return storageError(error);
            if (const QString error = Schema::ensureCitizenIndexes(db); !error.isEmpty())
                return storageError(error);
        }
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

Expected<QList<QJsonObject>, CacheError> LocalCache::childRows(const QString &entity,
                                                               const QString &parentEntity,
                                                               qint64 parentId, int limit) const
{
    const EntityDef *def = entityOrNull(entity);
    if (!def)
        return unknownEntity(entity);
    const bool typed = def->scope.kind == Entities::ScopeKind::ChildOfAny;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, data FROM %1 WHERE local <> 2 AND parent_id = ?%2 "
                                 "ORDER BY id LIMIT ?")
                      .arg(Schema::tableOf(entity),
                           typed ? QStringLiteral(" AND parent_type = ?") : QString()));
    query.addBindValue(parentId);
    if (typed)
        query.addBindValue(parentEntity);
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
// Local edits

namespace {

QString newMutationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// Shared with the conflict resolution (localcache_conflicts.cpp).

std::optional<CacheError> mayWrite(const EntityDef *entity, const QString &name,
                                   const std::optional<Access::Principal> &user,
                                   bool createsOrDeletes)
{
    if (!entity)
        return unknownEntity(name);
    if (!user || !entity->isWritableBy(user->roles))
        return CacheError{CacheError::Kind::NotAllowed, name, {}};
    // Rows only the server makes (notifications): the server would refuse the push.
    if (createsOrDeletes && entity->serverCreatesRows)
        return CacheError{CacheError::Kind::NotAllowed, name, {}};
    return std::nullopt;
}

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

Expected<qint64, CacheError> LocalCache::create(const QString &entity, const QJsonObject &fields)
{
    const EntityDef *def = entityOrNull(entity);
    if (const auto refused = mayWrite(def, entity, user(), true))
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
    if (const auto refused = mayWrite(def, entity, user(), true))
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

} // namespace Shahrvand::Cache
