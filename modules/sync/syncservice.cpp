#include "syncservice.h"

#include "jsontext.h"
#include "principalloader.h"
#include "pushmerge.h"
#include "rowjson.h"
#include "scopesql.h"
#include "scopetracker.h"
#include "writebatch.h"

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

Expected<QByteArray, StoreError> SyncService::pullJson(const Access::Principal &requester,
                                                       qint64 cursor, int limit)
{
    limit = qBound(1, limit, maxPullLimit);
    QSqlDatabase db = m_database->connection();
    // One read transaction: one snapshot of the database for the whole page.
    Storage::Transaction snapshot(db, m_database->backend(), Storage::Transaction::Mode::Read);
    if (!snapshot.isActive())
        return internal(snapshot.error());

    // The delegations to the viewer as of this snapshot, not as of a principal remembered
    // from an earlier request: the rows a delegation brings into view (or takes out of it)
    // are sent (or dropped) by the scope changes read below, and judged by what they say.
    Access::Principal viewer = requester;
    if (const auto delegators =
            Auth::PrincipalLoader::loadDelegators(db, viewer, m_clock.now().toMSecsSinceEpoch());
        !delegators)
        return internal(delegators.error());

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

    // The page is the `limit` oldest rows the viewer sees after the cursor (and any rows
    // sharing the last one's version). They are read in ranges of versions, every table
    // at a time, until more than `limit` rows are in hand or the head is reached; each row
    // is read once, and written as JSON as it is read. A range is sized from how many rows
    // the ones before held, so a viewer who sees little of the database reads in wide
    // ranges and one who sees most of it in ranges about a page wide. Every range holds
    // all the viewer's rows up to its end: a table that offers more than a page of rows in
    // one range ends the range before its last row. Each table is walked along its version
    // index (every entity table has one), whatever the viewer's scope condition would
    // suggest to a planner: a scope's index leads to every row of the viewer's units.
    QList<PulledRow> pulled;
    const int versionColumn = Entities::storedColumnIndex(entities.first(), u"version");
    qint64 low = cursor;
    qint64 width = limit;
    while (low < head) {
        qint64 high = head - low > width ? low + width : head;
        for (int index = 0; index < entities.size(); ++index) {
            const Entities::EntityDef &entity = entities.at(index);
            const auto read = [&](bool bounded) -> Expected<qsizetype, StoreError> {
                Storage::PreparedQuery rows = m_database->prepared(
                    QStringLiteral("SELECT %1 FROM %2 t%3 WHERE t.version > ? AND t.version <= ? "
                                   "AND (%4) ORDER BY t.version%5")
                        .arg(EntityStore::Store::selectList(entity), entity.name,
                             m_database->indexHint(entity.name + QStringLiteral("_version")),
                             conditions.at(index),
                             bounded ? QStringLiteral(" LIMIT %1").arg(limit + 1) : QString()));
                rows->addBindValue(low);
                rows->addBindValue(high);
                if (!rows.isPrepared() || !rows->exec())
                    return internal(rows->lastError().text());
                qsizetype count = 0;
                const QString failure =
                    EntityStore::forEachRow(*rows, [&](const Entities::StoredRow &stored) {
                        PulledRow row{stored.toInteger(versionColumn), index, {}};
                        row.row.reserve(2048);
                        Entities::appendApiJson(row.row, entity, stored, viewer);
                        pulled.append(std::move(row));
                        ++count;
                        return true;
                    });
                if (!failure.isEmpty())
                    return internal(failure);
                return count;
            };
            const auto count = read(true);
            if (!count)
                return count.error();
            if (*count <= limit)
                continue;
            // This table has more than a page in the range: the range ends before its
            // last row read (rows after that version, of any table, are read again later).
            const qint64 last = pulled.constLast().version;
            if (last - 1 > low) {
                high = last - 1;
                pulled.removeIf([high](const PulledRow &row) { return row.version > high; });
            } else {
                // More than a page of rows share one version: take them all, as they are.
                pulled.remove(pulled.size() - *count, *count);
                high = last;
                pulled.removeIf([high](const PulledRow &row) { return row.version > high; });
                if (const auto all = read(false); !all)
                    return all.error();
            }
        }
        if (pulled.size() > limit || high == head)
            break;
        // Size the next range from the density of the viewer's rows so far.
        const qint64 span = high - cursor;
        const qint64 needed = limit + 1 - pulled.size();
        width = pulled.isEmpty() ? width * 4
                                 : qMax<qint64>(width, needed * span / pulled.size() * 5 / 4 + 1);
        low = high;
    }
    // In version order; rows of one version (never two in practice) by table, then as read.
    std::stable_sort(pulled.begin(), pulled.end(),
                     [](const PulledRow &a, const PulledRow &b) { return a.version < b.version; });
    const bool more = pulled.size() > limit;
    // The page ends at its last row when there is more; otherwise at the head, so that
    // versions of rows this user cannot see are not scanned again.
    const qint64 next = more ? pulled.at(limit - 1).version : head;
    pulled.removeIf([next](const PulledRow &row) { return row.version > next; });

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

    // {"changes": [...], "cursor": n, "drops": [...], "head": n, "more": bool}: the order
    // QJsonObject writes.
    QByteArray &page = changes.text;
    page.append("],\"cursor\":");
    JsonText::appendInteger(page, next);
    page.append(",\"drops\":");
    page.append(drops);
    page.append("],\"head\":");
    JsonText::appendInteger(page, head);
    page.append(",\"more\":");
    JsonText::appendBool(page, more);
    page.append('}');
    return std::move(page);
}

Expected<QJsonArray, StoreError> SyncService::push(const Access::Principal &actor,
                                                   const QJsonArray &mutations,
                                                   const QString &client)
{
    // Mutations are applied without a savepoint each: on PostgreSQL a savepoint is a round
    // trip, as many as the writes themselves. A mutation refused before it writes (most
    // refusals: validation, scope, conflicts) leaves nothing to undo. One refused after it
    // wrote (a unique value taken, found by the database) cannot be undone alone, so the
    // whole push is rolled back and applied again, each mutation in a savepoint of its
    // own; nothing of the first attempt is kept, and the answers are the same.
    bool retry = false;
    auto results = pushOnce(actor, mutations, client, Isolation::None, retry);
    if (!retry)
        return results;
    ++m_isolatedRetries;
    return pushOnce(actor, mutations, client, Isolation::PerMutation, retry);
}

Expected<QJsonArray, StoreError> SyncService::pushOnce(const Access::Principal &actor,
                                                       const QJsonArray &mutations,
                                                       const QString &client, Isolation isolation,
                                                       bool &retry)
{
    QSqlDatabase db = m_database->connection();
    Storage::Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    // Pushes are serialized by the change sequence's lock, taken first: two copies of a
    // retried batch arriving together cannot both find their mutations new. Holding it,
    // the push hands out versions and chains audit lines in memory (WriteBatch), and
    // writes them once, before committing.
    Records::WriteBatch batch(db);
    if (const auto lock = batch.lock(); !lock)
        return internal(lock.error());

    MutationApplier applier(db, m_database->backend(), m_store, actor, client,
                            m_clock.now().toMSecsSinceEpoch(), batch,
                            isolation == Isolation::PerMutation);
    if (const auto loaded = applier.load(mutations); !loaded)
        return internal(loaded.error());
    QJsonArray results;
    for (int i = 0; i < mutations.size(); ++i) {
        const auto result = applier.apply(mutations.at(i), i);
        if (!result) {
            retry = applier.needsIsolation();
            if (retry)
                return QJsonArray(); // rolled back by the transaction's end
            return internal(result.error());
        }
        results.append(*result);
    }
    if (const auto stored = applier.store(); !stored)
        return internal(stored.error());
    if (const auto flushed = batch.flush(); !flushed)
        return internal(flushed.error());
    if (!transaction.commit())
        return internal(transaction.error());
    return results;
}

} // namespace Shahrvand::Sync
