#pragma once

// The cache's private parts shared by its source files: helpers, the write transaction,
// and CacheWriter, which every write of rows, outbox entries and conflicts goes through.

#include "cacheschema_p.h"
#include "knowledgerank_p.h"
#include "localcache.h"
#include "pullpage_p.h"
#include "rowcipher_p.h"
#include "sqlitestatement_p.h"
#include "validation.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QVariant>

#include <charconv>
#include <iterator>
#include <map>
#include <memory>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace Shahrvand::Cache {

using Entities::EntityDef;
using Entities::FieldType;

inline CacheError storageError(const QSqlQuery &query)
{
    return {CacheError::Kind::Storage, query.lastError().text(), {}};
}

inline CacheError storageError(const QString &detail)
{
    return {CacheError::Kind::Storage, detail, {}};
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

inline bool writeMeta(QSqlDatabase &db, const QString &key, const QVariant &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

inline QVariant readPlainMeta(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

inline QByteArray rowAddress(const QString &entity, qint64 id)
{
    return entity.toLatin1() + ':' + QByteArray::number(id);
}

inline QByteArray metaAddress(const QString &key)
{
    return "meta:" + key.toLatin1();
}

inline QByteArray outboxAddress(const QString &mutationId)
{
    return "outbox:" + mutationId.toLatin1();
}

inline QByteArray conflictAddress(const QString &mutationId)
{
    return "conflict:" + mutationId.toLatin1();
}

// Overlays `fields` on `row`.
inline void overlay(QJsonObject &row, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
}

inline const EntityDef *entityOrNull(const QString &name)
{
    return Entities::findEntity(name);
}

inline CacheError unknownEntity(const QString &name)
{
    return {CacheError::Kind::UnknownEntity, name, {}};
}

struct LocalCache::Private
{
    explicit Private(const CacheKey &key)
        : cipher(key)
    {}

    RowCipher cipher;
    std::optional<Access::Principal> user;
    KnowledgeIndexing::TermCounts termCounts; // the knowledge index's, for this connection
};

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

#define SHAHRVAND_CACHE_TRANSACTION(transaction)                                                   \
    WriteTransaction transaction(m_db);                                                            \
    if (!transaction.isActive())                                                                   \
        return storageError(transaction.error());
// ---------------------------------------------------------------------------------------
// The write side. Everything below runs inside a transaction opened by a public method.

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
        const QList<Schema::ClearColumn> &clear = Schema::clearColumns(entity.name);
        QString columns;
        QString marks;
        for (const Schema::ClearColumn &column : clear) {
            columns += QStringLiteral(", ") + column.name;
            marks += QStringLiteral(", ?");
        }
        QSqlQuery &query = statement(QStringLiteral("write:") + entity.name,
                                     QStringLiteral("INSERT OR REPLACE INTO %1 (id, version, "
                                                    "parent_id, parent_type, local, data, "
                                                    "server_data%2) VALUES (?, ?, ?, ?, ?, ?, ?%3)")
                                         .arg(Schema::tableOf(entity.name), columns, marks));
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
        // The queue's columns follow what the user sees (local edits included).
        if (!clear.isEmpty()) {
            const QVariantList values = Schema::clearValuesOf(entity.name, data);
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(int(7 + i), values.at(i));
        }
        return exec(query);
    }

    // The clear columns of every row of `entity` from its sealed data: once, when a cache
    // older than the columns is opened.
    bool fillClearColumns(const EntityDef &entity)
    {
        const QList<Schema::ClearColumn> &clear = Schema::clearColumns(entity.name);
        if (clear.isEmpty())
            return true;
        QStringList assignments;
        for (const Schema::ClearColumn &column : clear)
            assignments.append(column.name + QStringLiteral(" = ?"));
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(Schema::tableOf(entity.name), assignments.join(u',')));
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(
                QStringLiteral("SELECT id, data FROM %1").arg(Schema::tableOf(entity.name))))
            return failed(query);
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const auto data =
                m_cipher.open(query.value(1).toByteArray(), rowAddress(entity.name, id));
            if (!data) {
                error = QStringLiteral("row %1/%2 does not open").arg(entity.name).arg(id);
                return false;
            }
            const QVariantList values = Schema::clearValuesOf(entity.name, parseObject(*data));
            for (qsizetype i = 0; i < values.size(); ++i)
                update.bindValue(int(i), values.at(i));
            update.bindValue(int(values.size()), id);
            if (!exec(update))
                return false;
        }
        return true;
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
            // The parent's id of a child of several kinds of parent (attachments'
            // owner_id) is an integer, not a reference, but refers to a row all the same.
            const bool parentId = entity.scope.kind == Entities::ScopeKind::ChildOfAny &&
                                  def.name == entity.scope.parentColumn;
            if ((def.type != FieldType::Reference && !parentId) || !fields.contains(def.name))
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
    enum class Arrival { Written, Deleted, Skipped };
    std::optional<Arrival> serverRowArrived(const EntityDef &entity, const QJsonObject &row)
    {
        const qint64 id = row.value(u"id").toInteger();
        const qint64 version = row.value(u"version").toInteger();
        if (row.value(u"deleted").toBool()) {
            if (!removeWithChildren(entity.name, id))
                return std::nullopt;
            // Edits still queued for it will be refused by the server and kept as such.
            return Arrival::Deleted;
        }
        ClearValues clear;
        for (const QVariant &value : Schema::clearValuesOf(entity.name, row))
            clear.append(Schema::ClearValue::fromVariant(value));
        const auto upserted =
            upsert(entity, id, version, Schema::parentOf(entity, row), compact(row), clear);
        if (!upserted)
            return std::nullopt;
        if (*upserted) {
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
        return underLocalEdits(entity, id, version, row);
    }

    // The same from the row's text as the server sent it (a pull page read by PullPage),
    // written as it is. Rows that meet local edits are parsed and go the way above.
    std::optional<Arrival> serverRowTextArrived(const EntityDef &entity, QByteArrayView text)
    {
        if (m_outboxMayHave.value(entity.name, true))
            return serverRowArrived(entity, parseObject(text.toByteArray()));
        const RowKeys &keys = rowKeys(entity);
        const QList<QByteArrayView> values = PullPage::members(text, keys.names);
        const auto id = PullPage::toInteger(values.at(0));
        const auto version = PullPage::toInteger(values.at(1));
        if (!id || !version) {
            error = QStringLiteral("a pulled %1 row lacks its id or version").arg(entity.name);
            return std::nullopt;
        }
        if (PullPage::toBool(values.at(2)).value_or(false)) {
            if (!removeWithChildren(entity.name, *id))
                return std::nullopt;
            return Arrival::Deleted;
        }
        Schema::ParentRef parent;
        if (keys.clearStart > 3) {
            parent.entity = entity.scope.parentEntity;
            parent.id = PullPage::toInteger(values.at(3)).value_or(0);
            if (keys.clearStart > 4) {
                const auto type = PullPage::toPlainString(values.at(4));
                parent.entity = type ? entity.scope.parentTypes.value(
                                           QString::fromLatin1(type->data(), type->size()))
                                     : QString();
            }
        }
        // The queue's columns from the members' text; a string with escapes (never a code
        // the server writes) sends the row the parsing way.
        ClearValues clear;
        const QList<Schema::ClearColumn> &clearColumns = Schema::clearColumns(entity.name);
        for (qsizetype i = 0; i < clearColumns.size(); ++i) {
            auto value =
                Schema::clearValueFromText(clearColumns.at(i), values.at(keys.clearStart + i));
            if (!value)
                return serverRowArrived(entity, parseObject(text.toByteArray()));
            clear.append(std::move(*value));
        }
        const auto upserted = upsert(entity, *id, *version, parent, text, clear);
        if (!upserted)
            return std::nullopt;
        if (*upserted)
            return Arrival::Written;
        return underLocalEdits(entity, *id, *version, parseObject(text.toByteArray()));
    }

    // The common case: a row without local edits, newer than what is cached. True when
    // written; false when the cache has this or a newer version, or local edits on it.
    // Bound straight to SQLite (SqliteStatement): a first sync writes millions of these.
    using ClearValues = QVarLengthArray<Schema::ClearValue, 16>;
    std::optional<bool> upsert(const EntityDef &entity, qint64 id, qint64 version,
                               const Schema::ParentRef &parent, QByteArrayView json,
                               const ClearValues &clear)
    {
        Upsert &prepared = m_upserts[&entity];
        std::unique_ptr<SqliteStatement> &statement = prepared.statement;
        if (!statement) {
            prepared.address = rowAddress(entity.name, 0);
            prepared.address.chop(1);
            prepared.prefix = prepared.address.size();
            QString columns;
            QString marks;
            QString updates;
            for (const Schema::ClearColumn &column : Schema::clearColumns(entity.name)) {
                columns += QStringLiteral(", ") + column.name;
                marks += QStringLiteral(", ?");
                updates += QStringLiteral(", %1 = excluded.%1").arg(column.name);
            }
            statement = std::make_unique<SqliteStatement>(
                m_db,
                QStringLiteral("INSERT INTO %1 (id, version, parent_id, parent_type, local, "
                               "data%2) VALUES (?, ?, ?, ?, 0, ?%3) ON CONFLICT (id) DO UPDATE "
                               "SET version = excluded.version, parent_id = excluded.parent_id, "
                               "parent_type = excluded.parent_type, data = excluded.data%4 WHERE "
                               "%1.local = 0 AND %1.version < excluded.version")
                    .arg(Schema::tableOf(entity.name), columns, marks, updates));
        }
        SqliteStatement &query = *statement;
        if (!query.isValid())
            return fail(query.error());
        query.bindInteger(0, id);
        query.bindInteger(1, version);
        if (parent.entity.isEmpty())
            query.bindNull(2);
        else
            query.bindInteger(2, parent.id);
        // Kept alive until the step: the statement does not copy what it is given.
        QByteArray parentType;
        if (entity.scope.kind == Entities::ScopeKind::ChildOfAny && !parent.entity.isNull()) {
            parentType = parent.entity.toUtf8();
            query.bindText(3, parentType);
        } else {
            query.bindNull(3);
        }
        // rowAddress(entity, id), on the entity's own buffer.
        char digits[24];
        const auto number = std::to_chars(std::begin(digits), std::end(digits), id);
        prepared.address.truncate(prepared.prefix);
        prepared.address.append(digits, number.ptr - digits);
        const QByteArray sealed = m_cipher.seal(json, prepared.address);
        query.bindBlob(4, sealed);
        for (qsizetype i = 0; i < clear.size(); ++i) {
            const Schema::ClearValue &value = clear.at(i);
            const int index = int(5 + i);
            switch (value.type) {
            case Schema::ClearValue::Type::Null:
                query.bindNull(index);
                break;
            case Schema::ClearValue::Type::Integer:
                query.bindInteger(index, value.integer);
                break;
            case Schema::ClearValue::Type::Text:
                query.bindText(index, value.text);
                break;
            case Schema::ClearValue::Type::Text16:
                query.bindText16(index, value.text16);
                break;
            }
        }
        if (!query.step())
            return fail(query.error());
        return query.changes() > 0;
    }

    // A row the upsert did not write: older than the cached one, or under local edits.
    std::optional<Arrival> underLocalEdits(const EntityDef &entity, qint64 id, qint64 version,
                                           const QJsonObject &row)
    {
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

    // The members of a row the cache files it by: id, version, deleted, and the parent's
    // id (and kind) for child entities; then those of its clear columns.
    struct RowKeys
    {
        QList<QByteArray> storage;
        QList<QByteArrayView> names;
        qsizetype clearStart = 0;
    };
    const RowKeys &rowKeys(const EntityDef &entity)
    {
        RowKeys &keys = m_rowKeys[&entity];
        if (keys.names.isEmpty()) {
            keys.storage = {"id", "version", "deleted"};
            if (entity.scope.kind == Entities::ScopeKind::ChildOf ||
                entity.scope.kind == Entities::ScopeKind::ChildOfAny)
                keys.storage.append(entity.scope.parentColumn.toLatin1());
            if (entity.scope.kind == Entities::ScopeKind::ChildOfAny)
                keys.storage.append(entity.scope.parentTypeColumn.toLatin1());
            keys.clearStart = keys.storage.size();
            for (const Schema::ClearColumn &column : Schema::clearColumns(entity.name))
                keys.storage.append(column.member);
            for (const QByteArray &name : std::as_const(keys.storage))
                keys.names.append(name);
        }
        return keys;
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
    struct Upsert
    {
        std::unique_ptr<SqliteStatement> statement;
        QByteArray address; // "<entity>:" and the row's id
        qsizetype prefix = 0;
    };
    std::unordered_map<const EntityDef *, Upsert> m_upserts;
    std::unordered_map<const EntityDef *, RowKeys> m_rowKeys;
    QHash<QString, bool> m_outboxMayHave;
};

// The edits behind create/update/remove (and the resolution of conflicts), inside the
// caller's transaction.
std::optional<CacheError> mayWrite(const EntityDef *entity, const QString &name,
                                   const std::optional<Access::Principal> &user,
                                   bool createsOrDeletes = false);
Expected<qint64, CacheError> queueCreate(CacheWriter &writer, const EntityDef &entity,
                                         const QJsonObject &fields);
Expected<bool, CacheError> queueUpdate(CacheWriter &writer, const EntityDef &entity, qint64 id,
                                       const QJsonObject &fields);
Expected<bool, CacheError> queueDelete(CacheWriter &writer, const EntityDef &entity, qint64 id);
// Keeps an edit the server did not take (`result`: its answer, or one made here for a
// file it refused) as a conflict or refusal (kind "conflict" or "rejected").
bool storeConflict(CacheWriter &writer, const PendingEntry &entry, const QString &kind,
                   const QJsonObject &result);

// Files attached here (localcache_files.cpp): the SHA-256 of those the server does not
// have complete yet, and the file an outbox entry of an attachment names.
QSet<QString> filesNotOnServer(const QSqlDatabase &db);
QString attachedFile(const PendingEntry &entry);

} // namespace Shahrvand::Cache
