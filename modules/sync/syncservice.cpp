#include "syncservice.h"

#include "pushmerge.h"
#include "rowwriter.h"
#include "scopesql.h"
#include "scopetracker.h"

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
    QJsonObject row;
};

QJsonObject change(const QString &entity, const QJsonObject &row)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("row"), row}};
}

} // namespace

SyncService::SyncService(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_store(std::move(database), clock)
{}

Expected<bool, StoreError> SyncService::appendWithDescendants(QSqlDatabase &db,
                                                              const Access::Principal &viewer,
                                                              const Entities::EntityDef &entity,
                                                              qint64 id, QJsonArray &changes)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ? AND (%3)")
                      .arg(EntityStore::Store::selectColumns(entity, QStringLiteral("t"))
                               .join(QLatin1Char(',')),
                           entity.name,
                           EntityStore::visibilityCondition(entity, QStringLiteral("t"), viewer)));
    query.addBindValue(id);
    if (!query.exec())
        return internal(query.lastError().text());
    if (!query.next())
        return true;
    changes.append(
        change(entity.name, Entities::toApiJson(entity, Storage::rowAsMap(query), viewer)));
    query.finish();

    for (const Entities::EntityDef &child : Entities::allEntities()) {
        if (child.scope.kind != Entities::ScopeKind::ChildOf ||
            child.scope.parentEntity != entity.name)
            continue;
        QSqlQuery children(db);
        children.setForwardOnly(true);
        children.prepare(QStringLiteral("SELECT t.id FROM %1 t WHERE t.%2 = ? ORDER BY t.id")
                             .arg(child.name, child.scope.parentColumn));
        children.addBindValue(id);
        if (!children.exec())
            return internal(children.lastError().text());
        QList<qint64> ids;
        while (children.next())
            ids << children.value(0).toLongLong();
        for (qint64 childId : std::as_const(ids)) {
            if (auto added = appendWithDescendants(db, viewer, child, childId, changes); !added)
                return added;
        }
    }
    return true;
}

Expected<QJsonObject, StoreError> SyncService::pull(const Access::Principal &viewer, qint64 cursor,
                                                    int limit)
{
    limit = qBound(1, limit, maxPullLimit);
    QSqlDatabase db = m_database->connection();
    // One read transaction: one snapshot of the database for the whole page.
    Storage::Transaction snapshot(db, m_database->backend(), Storage::Transaction::Mode::Read);
    if (!snapshot.isActive())
        return internal(snapshot.error());

    // Versions are handed out in commit order, so every version up to the sequence's
    // current value is committed and visible to the queries below.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM change_sequence WHERE id = 1")) ||
        !query.next())
        return internal(query.lastError().text());
    const qint64 head = query.value(0).toLongLong();
    query.finish();

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
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT t.version FROM %1 t WHERE t.version > ? AND "
                                    "t.version <= ? AND (%2) ORDER BY t.version LIMIT %3")
                         .arg(entities.at(index).name, conditions.at(index))
                         .arg(limit + 1));
        rows.addBindValue(cursor);
        rows.addBindValue(head);
        if (!rows.exec())
            return internal(rows.lastError().text());
        while (rows.next()) {
            versions.append(rows.value(0).toLongLong());
            tableHasRows[index] = true;
        }
    }
    std::sort(versions.begin(), versions.end());
    const bool more = versions.size() > limit;
    // The page ends at its last row when there is more; otherwise at the head, so that
    // versions of rows this user cannot see are not scanned again.
    const qint64 next = more ? versions.at(limit - 1) : head;

    // Then the rows of the page, and only those.
    QList<PulledRow> pulled;
    pulled.reserve(qMin<qsizetype>(versions.size(), limit));
    for (int index = 0; index < entities.size(); ++index) {
        if (!tableHasRows.at(index))
            continue;
        const Entities::EntityDef &entity = entities.at(index);
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE t.version > ? AND t.version <= ? AND"
                                    " (%3) ORDER BY t.version")
                         .arg(EntityStore::Store::selectColumns(entity, QStringLiteral("t"))
                                  .join(QLatin1Char(',')),
                              entity.name, conditions.at(index)));
        rows.addBindValue(cursor);
        rows.addBindValue(next);
        if (!rows.exec())
            return internal(rows.lastError().text());
        while (rows.next()) {
            const QVariantMap row = Storage::rowAsMap(rows);
            pulled.append({row.value(QStringLiteral("version")).toLongLong(), index,
                           Entities::toApiJson(entity, row, viewer)});
        }
    }
    std::sort(pulled.begin(), pulled.end(),
              [](const PulledRow &a, const PulledRow &b) { return a.version < b.version; });

    QJsonArray changes;
    for (const PulledRow &row : std::as_const(pulled))
        changes.append(change(entities.at(row.entityIndex).name, row.row));

    // Rows that entered or left this user's view within the page's range of versions.
    QSqlQuery moves(db);
    moves.setForwardOnly(true);
    const QStringList audiences = EntityStore::ScopeTracker::audiencesOf(viewer);
    moves.prepare(
        QStringLiteral("SELECT entity, row_id, change FROM scope_changes WHERE version > ? "
                       "AND version <= ? AND audience IN (%1) ORDER BY version, id")
            .arg(QStringList(audiences.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    moves.addBindValue(cursor);
    moves.addBindValue(next);
    for (const QString &audience : audiences)
        moves.addBindValue(audience);
    if (!moves.exec())
        return internal(moves.lastError().text());
    QList<std::tuple<QString, qint64, bool>> scopeMoves;
    while (moves.next())
        scopeMoves.append({moves.value(0).toString(), moves.value(1).toLongLong(),
                           moves.value(2).toString() == QLatin1String("enter")});
    moves.finish();

    QJsonArray drops;
    QSet<QString> handled;
    for (const auto &[entityName, id, enter] : std::as_const(scopeMoves)) {
        const Entities::EntityDef *entity = Entities::findEntity(entityName);
        const QString key = entityName + QLatin1Char('/') + QString::number(id);
        if (!entity || handled.contains(key))
            continue;
        handled.insert(key);
        QSqlQuery visible(db);
        visible.prepare(QStringLiteral("SELECT 1 FROM %1 t WHERE t.id = ? AND (%2)")
                            .arg(entity->name, EntityStore::visibilityCondition(
                                                   *entity, QStringLiteral("t"), viewer)));
        visible.addBindValue(id);
        if (!visible.exec())
            return internal(visible.lastError().text());
        const bool nowVisible = visible.next();
        visible.finish();
        if (!nowVisible) {
            drops.append(
                QJsonObject{{QStringLiteral("entity"), entityName}, {QStringLiteral("id"), id}});
        } else if (enter) {
            if (auto added = appendWithDescendants(db, viewer, *entity, id, changes); !added)
                return added.error();
        }
    }
    snapshot.commit();

    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("drops"), drops},
                       {QStringLiteral("cursor"), next},
                       {QStringLiteral("more"), more},
                       {QStringLiteral("head"), head}};
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
