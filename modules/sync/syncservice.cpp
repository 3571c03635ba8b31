#include "syncservice.h"

#include "jsontext.h"
#include "pushmerge.h"
#include "rowjson.h"
#include "rowwriter.h"
#include "scopesql.h"
#include "scopetracker.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "shahrvand.sync")

namespace Shahrvand::Sync {

namespace {

using EntityStore::StoreError;

StoreError internal(const QString &detail)
{
    qCWarning(lcSync) << detail;
    StoreError error;
    error.kind = StoreError::Kind::Internal;
    error.detail = detail;
    return error;
}

struct PulledRow
{
    qint64 version;
    int entityIndex;
    QByteArray row;
};

} // namespace

// The elements of a pull's "changes" array, {"entity": ..., "row": {...}}, as JSON text.
struct SyncService::ChangeList
{
    QByteArray text;
    bool empty = true;

    void add(const QString &entity, const QByteArray &row)
    {
        if (!empty)
            text.append(',');
        empty = false;
        text.append("{\"entity\":");
        JsonText::appendString(text, entity);
        text.append(",\"row\":");
        text.append(row);
        text.append('}');
    }
};

SyncService::SyncService(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_store(std::move(database), clock)
{}

Expected<bool, StoreError> SyncService::appendWithDescendants(const Access::Principal &viewer,
                                                              const Entities::EntityDef &entity,
                                                              qint64 id, ChangeList &changes)
{
    {
        Storage::PreparedQuery query = m_database->prepared(
            QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ? AND (%3)")
                .arg(EntityStore::Store::selectList(entity), entity.name,
                     EntityStore::visibilityCondition(entity, QStringLiteral("t"), viewer)));
        query->addBindValue(id);
        if (!query.isPrepared() || !query->exec())
            return internal(query->lastError().text());
        if (!query->next())
            return true;
        QByteArray row;
        Entities::appendApiJson(row, entity, EntityStore::QueryRow(*query), viewer);
        changes.add(entity.name, row);
    }

    for (const Entities::EntityDef &child : Entities::allEntities()) {
        if (child.scope.kind != Entities::ScopeKind::ChildOf ||
            child.scope.parentEntity != entity.name)
            continue;
        QList<qint64> ids;
        {
            Storage::PreparedQuery children = m_database->prepared(
                QStringLiteral("SELECT t.id FROM %1 t WHERE t.%2 = ? ORDER BY t.id")
                    .arg(child.name, child.scope.parentColumn));
            children->addBindValue(id);
            if (!children.isPrepared() || !children->exec())
                return internal(children->lastError().text());
            while (children->next())
                ids << children->value(0).toLongLong();
        }
        for (qint64 childId : std::as_const(ids)) {
            if (auto added = appendWithDescendants(viewer, child, childId, changes); !added)
                return added;
        }
    }
    return true;
}

Expected<QJsonObject, StoreError> SyncService::pull(const Access::Principal &viewer, qint64 cursor,
                                                    int limit)
{
    const auto page = pullJson(viewer, cursor, limit);
    if (!page)
        return page.error();
    return QJsonDocument::fromJson(*page).object();
}

Expected<QByteArray, StoreError> SyncService::pullJson(const Access::Principal &viewer,
                                                       qint64 cursor, int limit)
{
    limit = qBound(1, limit, maxPullLimit);
    QSqlDatabase db = m_database->connection();
    // One read transaction: one snapshot of the database for the whole page.
    Storage::Transaction snapshot(db, m_database->backend(), Storage::Transaction::Mode::Read);
    if (!snapshot.isActive())
        return internal(snapshot.error());

    // Versions are handed out in commit order, so every version up to the sequence's
    // current value is committed and visible to the queries below.
    qint64 head = 0;
    {
        Storage::PreparedQuery query =
            m_database->prepared(QStringLiteral("SELECT value FROM change_sequence WHERE id = 1"));
        if (!query.isPrepared() || !query->exec() || !query->next())
            return internal(query->lastError().text());
        head = query->value(0).toLongLong();
    }

    const QList<Entities::EntityDef> &entities = Entities::allEntities();
    QList<QString> conditions;
    for (const Entities::EntityDef &entity : entities)
        conditions << EntityStore::visibilityCondition(entity, QStringLiteral("t"), viewer);

    // First only the versions, to find where the page ends: every table may offer up to
    // limit + 1 rows, but only the oldest `limit` of them all make the page, and reading
    // and converting whole rows is what costs.
    QList<qint64> versions;
    QList<bool> tableHasRows(entities.size(), false);
    for (int index = 0; index < entities.size(); ++index) {
        Storage::PreparedQuery rows = m_database->prepared(
            QStringLiteral("SELECT t.version FROM %1 t WHERE t.version > ? AND "
                           "t.version <= ? AND (%2) ORDER BY t.version LIMIT %3")
                .arg(entities.at(index).name, conditions.at(index))
                .arg(limit + 1));
        rows->addBindValue(cursor);
        rows->addBindValue(head);
        if (!rows.isPrepared() || !rows->exec())
            return internal(rows->lastError().text());
        while (rows->next()) {
            versions.append(rows->value(0).toLongLong());
            tableHasRows[index] = true;
        }
    }
    std::sort(versions.begin(), versions.end());
    const bool more = versions.size() > limit;
    // The page ends at its last row when there is more; otherwise at the head, so that
    // versions of rows this user cannot see are not scanned again.
    const qint64 next = more ? versions.at(limit - 1) : head;

    // Then the rows of the page, and only those, written as JSON as they are read.
    QList<PulledRow> pulled;
    pulled.reserve(qMin<qsizetype>(versions.size(), limit));
    const int versionColumn = Entities::storedColumnIndex(entities.first(), u"version");
    for (int index = 0; index < entities.size(); ++index) {
        if (!tableHasRows.at(index))
            continue;
        const Entities::EntityDef &entity = entities.at(index);
        Storage::PreparedQuery rows = m_database->prepared(
            QStringLiteral("SELECT %1 FROM %2 t WHERE t.version > ? AND "
                           "t.version <= ? AND (%3) ORDER BY t.version")
                .arg(EntityStore::Store::selectList(entity), entity.name, conditions.at(index)));
        rows->addBindValue(cursor);
        rows->addBindValue(next);
        if (!rows.isPrepared() || !rows->exec())
            return internal(rows->lastError().text());
        while (rows->next()) {
            PulledRow row{rows->value(versionColumn).toLongLong(), index, {}};
            Entities::appendApiJson(row.row, entity, EntityStore::QueryRow(*rows), viewer);
            pulled.append(std::move(row));
        }
    }
    std::sort(pulled.begin(), pulled.end(),
              [](const PulledRow &a, const PulledRow &b) { return a.version < b.version; });

    qsizetype size = 128;
    for (const PulledRow &row : std::as_const(pulled))
        size += row.row.size() + 40;
    ChangeList changes;
    changes.text.reserve(size);
    changes.text.append("{\"changes\":[");
    for (const PulledRow &row : std::as_const(pulled))
        changes.add(entities.at(row.entityIndex).name, row.row);
    pulled.clear();

    // Rows that entered or left this user's view within the page's range of versions.
    const QStringList audiences = EntityStore::ScopeTracker::audiencesOf(viewer);
    QList<std::tuple<QString, qint64, bool>> scopeMoves;
    {
        Storage::PreparedQuery moves = m_database->prepared(
            QStringLiteral("SELECT entity, row_id, change FROM scope_changes WHERE version > ? "
                           "AND version <= ? AND audience IN (%1) ORDER BY version, id")
                .arg(QStringList(audiences.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        moves->addBindValue(cursor);
        moves->addBindValue(next);
        for (const QString &audience : audiences)
            moves->addBindValue(audience);
        if (!moves.isPrepared() || !moves->exec())
            return internal(moves->lastError().text());
        while (moves->next())
            scopeMoves.append({moves->value(0).toString(), moves->value(1).toLongLong(),
                               moves->value(2).toString() == QLatin1String("enter")});
    }

    QByteArray drops("[");
    QSet<QString> handled;
    for (const auto &[entityName, id, enter] : std::as_const(scopeMoves)) {
        const Entities::EntityDef *entity = Entities::findEntity(entityName);
        const QString key = entityName + QLatin1Char('/') + QString::number(id);
        if (!entity || handled.contains(key))
            continue;
        handled.insert(key);
        bool nowVisible = false;
        {
            Storage::PreparedQuery visible = m_database->prepared(
                QStringLiteral("SELECT 1 FROM %1 t WHERE t.id = ? AND (%2)")
                    .arg(entity->name,
                         EntityStore::visibilityCondition(*entity, QStringLiteral("t"), viewer)));
            visible->addBindValue(id);
            if (!visible.isPrepared() || !visible->exec())
                return internal(visible->lastError().text());
            nowVisible = visible->next();
        }
        if (!nowVisible) {
            if (drops.size() > 1)
                drops.append(',');
            drops.append("{\"entity\":");
            JsonText::appendString(drops, entityName);
            drops.append(",\"id\":");
            JsonText::appendInteger(drops, id);
            drops.append('}');
        } else if (enter) {
            if (auto added = appendWithDescendants(viewer, *entity, id, changes); !added)
                return added.error();
        }
    }
    snapshot.commit();

    // {"changes": [...], "cursor": n, "drops": [...], "more": bool}: QJsonObject's order.
    QByteArray &page = changes.text;
    page.append("],\"cursor\":");
    JsonText::appendInteger(page, next);
    page.append(",\"drops\":");
    page.append(drops);
    page.append("],\"more\":");
    JsonText::appendBool(page, more);
    page.append('}');
    return std::move(page);
}

Expected<QJsonArray, StoreError> SyncService::push(const Access::Principal &actor,
                                                   const QJsonArray &mutations,
                                                   const QString &client)
{
    QSqlDatabase db = m_database->connection();
    Storage::Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    // Pushes are serialized by the change sequence's lock, taken first: two copies of a
    // retried batch arriving together cannot both find their mutations new.
    Records::RowWriter writer(db, m_database->backend());
    if (const auto lock = writer.nextVersion(); !lock)
        return internal(lock.error().detail);

    MutationApplier applier(db, m_database->backend(), m_store, actor, client,
                            m_clock.now().toMSecsSinceEpoch());
    QJsonArray results;
    for (int i = 0; i < mutations.size(); ++i) {
        const auto result = applier.apply(mutations.at(i), i);
        if (!result)
            return internal(result.error());
        results.append(*result);
    }
    if (!transaction.commit())
        return internal(transaction.error());
    return results;
}

} // namespace Shahrvand::Sync
