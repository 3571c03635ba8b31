// Conflicts and refusals kept for the user, and their resolution.
#include "localcache_p.h"

#include <QUuid>

namespace Shahrvand::Cache {

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
    conflict.errorDetails = json.value(u"error_details").toObject();
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
