// Applying what the server sends: push answers and pull pages.
#include "localcache_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QUuid>

namespace Shahrvand::Cache {

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
    const QSet<QString> unsentFiles = filesNotOnServer(m_db);
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
        // An attachment goes after its file: the server would take a row naming bytes it
        // has not got. Later edits wait with it (they may build on it).
        if (entry.op == u"create" && unsentFiles.contains(attachedFile(entry)))
            break;
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
                              {QStringLiteral("error_message"), error.value(u"message")},
                              {QStringLiteral("error_details"), error.value(u"details")}};
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
    applied.head = page.value(u"head").toInteger();
    if (!writeMeta(m_db, QStringLiteral("cursor"), applied.cursor))
        return storageError(m_db.lastError().text());
    if (!transaction.commit())
        return storageError(transaction.error());
    return applied;
}

qint64 PulledPage::cursor() const
{
    return m_page->cursor;
}

bool PulledPage::more() const
{
    return m_page->more;
}

qint64 PulledPage::head() const
{
    return m_page->head.value_or(0);
}

qsizetype PulledPage::changeCount() const
{
    return m_page->changes.size();
}

Expected<PulledPage, CacheError> LocalCache::readPullPage(QByteArray json)
{
    PulledPage pulled;
    pulled.m_json = std::move(json);
    auto page = PullPage::read(pulled.m_json);
    if (!page)
        return CacheError{CacheError::Kind::BadPage, QStringLiteral("not a page of changes"), {}};
    pulled.m_page = std::make_shared<const PullPage::Page>(std::move(*page));
    return pulled;
}

Expected<PullApplied, CacheError> LocalCache::applyPullPageText(const QByteArray &json)
{
    const auto page = readPullPage(json);
    if (!page)
        return page.error();
    return applyPullPage(*page);
}

Expected<PullApplied, CacheError> LocalCache::applyPullPage(const PulledPage &pulled)
{
    const PullPage::Page *page = pulled.m_page.get();
    if (!page)
        return CacheError{CacheError::Kind::BadPage, QStringLiteral("an empty PulledPage"), {}};
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    writer.noteOutbox();
    PullApplied applied;
    for (const PullPage::Change &change : page->changes) {
        const QString name = QString::fromLatin1(change.entity.data(), change.entity.size());
        const EntityDef *entity = entityOrNull(name);
        if (!entity) {
            qCWarning(lcCache) << "pull: unknown entity" << name;
            ++applied.skipped;
            continue;
        }
        const auto arrival = writer.serverRowTextArrived(*entity, change.row);
        if (!arrival)
            return storageError(writer.error);
        if (*arrival == CacheWriter::Arrival::Skipped)
            ++applied.skipped;
        else if (*arrival == CacheWriter::Arrival::Deleted)
            ++applied.deleted;
        else
            ++applied.written;
    }
    for (const PullPage::Drop &drop : page->drops) {
        const QString name = QString::fromLatin1(drop.entity.data(), drop.entity.size());
        if (!entityOrNull(name))
            continue;
        int removed = 0;
        if (!writer.removeWithChildren(name, drop.id, &removed))
            return storageError(writer.error);
        applied.dropped += removed;
    }
    applied.cursor = page->cursor;
    applied.more = page->more;
    applied.head = page->head.value_or(0);
    if (!writeMeta(m_db, QStringLiteral("cursor"), applied.cursor))
        return storageError(m_db.lastError().text());
    if (!transaction.commit())
        return storageError(transaction.error());
    return applied;
}

namespace {

const QString bulkIndexesKey = QStringLiteral("bulk_load_indexes");

} // namespace

bool LocalCache::isBulkLoading() const
{
    return !readPlainMeta(m_db, bulkIndexesKey).isNull();
}

Expected<bool, CacheError> LocalCache::beginBulkLoad()
{
    if (isBulkLoading())
        return true;
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "name LIKE 'e\\_%\\_q\\_%' ESCAPE '\\' AND sql IS NOT NULL "
                                   "ORDER BY name")))
        return storageError(query);
    QJsonArray indexes;
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        indexes.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (!query.exec(QStringLiteral("DROP INDEX %1").arg(name)))
            return storageError(query);
    }
    if (!writeMeta(m_db, bulkIndexesKey,
                   QString::fromUtf8(QJsonDocument(indexes).toJson(QJsonDocument::Compact))))
        return storageError(m_db.lastError().text());
    if (!transaction.commit())
        return storageError(transaction.error());
    return true;
}

Expected<bool, CacheError> LocalCache::endBulkLoad()
{
    const QVariant saved = readPlainMeta(m_db, bulkIndexesKey);
    if (saved.isNull())
        return true;
    QSqlQuery query(m_db);
    // Each index is one scan of the whole table: read through a memory map (up to SQLite's
    // 2 GB limit here) instead of copying every page through read(), a third of the time
    // the indexes take. Only for these scans; the connection goes back to plain reads.
    query.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
    const auto unmap = qScopeGuard([this] {
        QSqlQuery pragma(m_db);
        pragma.exec(QStringLiteral("PRAGMA mmap_size = 0"));
    });
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    const QJsonArray indexes = QJsonDocument::fromJson(saved.toString().toUtf8()).array();
    for (const QJsonValue &index : indexes) {
        // The definitions as SQLite gave them; a name made meanwhile is left as it is.
        QString sql = index.toString();
        sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (!query.exec(sql))
            return storageError(query);
    }
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    query.addBindValue(bulkIndexesKey);
    if (!query.exec())
        return storageError(query);
    if (!transaction.commit())
        return storageError(transaction.error());
    return true;
}

} // namespace Shahrvand::Cache
