// Undoing a merge, and the merges of a citizen (CitizenMerges, continued).
#include "auditlog.h"
#include "citizenmerges.h"
#include "citizenmerges_p.h"
#include "entitydef.h"
#include "validation.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Api {

using namespace MergeDetail;
using EntityStore::StoreError;

namespace {

Expected<std::optional<QVariantMap>, StoreError> readMerge(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM citizen_merges WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return internal(query.lastError().text());
    if (!query.next())
        return std::optional<QVariantMap>();
    return std::optional<QVariantMap>(Storage::rowAsMap(query));
}

QJsonObject parsedObject(const QVariantMap &row, const char *column)
{
    return QJsonDocument::fromJson(row.value(QString::fromLatin1(column)).toByteArray()).object();
}

} // namespace

Expected<QJsonObject, StoreError> CitizenMerges::undo(const Access::Principal &actor,
                                                      qint64 mergeId, const QString &client)
{
    if (!mayMerge(actor))
        return ofKind(StoreError::Kind::Forbidden);
    QSqlDatabase db = m_database->connection();
    Storage::Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    Records::RowWriter writer(db, m_database->backend());
    if (const auto lock = writer.nextVersion(); !lock)
        return internal(lock.error().detail);
    const auto found = readMerge(db, mergeId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return ofKind(StoreError::Kind::NotFound);
    const QVariantMap &merge = **found;
    const qint64 survivorId = merge.value(QStringLiteral("survivor_id")).toLongLong();
    const qint64 mergedId = merge.value(QStringLiteral("merged_id")).toLongLong();
    // Both citizens must be the caller's to see, as for the merge.
    const auto survivor = readCitizen(db, actor, survivorId);
    if (!survivor)
        return survivor.error();
    const auto merged = readCitizen(db, actor, mergedId);
    if (!merged)
        return merged.error();
    if (!merge.value(QStringLiteral("undone_at")).isNull())
        return refused(
            QStringLiteral("already_undone"),
            QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                              "This merge has already been undone."),
            {{QStringLiteral("undone_at"), jsonOf(merge.value(QStringLiteral("undone_at")))}});
    if (merged->value(QStringLiteral("merged_into_id")).toLongLong() != survivorId ||
        !survivor->value(QStringLiteral("merged_into_id")).isNull())
        return refused(QStringLiteral("merged_again"),
                       QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                                         "One of the two citizens has been merged again since; "
                                         "undo that later merge first."));
    if (!survivor->value(QStringLiteral("anonymized_at")).isNull() ||
        !merged->value(QStringLiteral("anonymized_at")).isNull())
        return refused(QStringLiteral("anonymized"),
                       QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                                         "The citizen's personal data has been erased since; "
                                         "the merge cannot be undone."));

    // What would be lost: a value the survivor took that was changed since, a moved row
    // that points at another citizen now. Refused rather than half done: the supervisor
    // sees what changed, and decides.
    const QJsonObject survivorBefore = parsedObject(merge, "survivor_before");
    const QJsonObject survivorAfter = parsedObject(merge, "survivor_after");
    const QJsonObject mergedBefore = parsedObject(merge, "merged_before");
    QJsonArray changedFields;
    for (auto it = survivorAfter.constBegin(); it != survivorAfter.constEnd(); ++it) {
        if (jsonOf(survivor->value(it.key())) != it.value())
            changedFields.append(it.key());
    }
    struct Move
    {
        const CitizenLink *link;
        qint64 id;
    };
    QList<Move> moves;
    QJsonArray changedRows, deletedRows;
    const QJsonArray moved =
        QJsonDocument::fromJson(merge.value(QStringLiteral("moved")).toByteArray()).array();
    for (const QJsonValue &value : moved) {
        const QJsonObject row = value.toObject();
        const CitizenLink *link =
            findLink(row.value(u"entity").toString(), row.value(u"column").toString());
        if (!link)
            return internal(
                QStringLiteral("merge %1 moved a row through an unknown link").arg(mergeId));
        const qint64 id = row.value(u"id").toInteger();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT %1, deleted FROM %2 WHERE id = ?")
                          .arg(link->column, link->entity->name));
        query.addBindValue(id);
        if (!query.exec())
            return internal(query.lastError().text());
        const QJsonObject named{{QStringLiteral("entity"), link->entity->name},
                                {QStringLiteral("id"), id}};
        if (!query.next()) {
            changedRows.append(named);
        } else if (query.value(1).toInt() != 0) {
            // Deleted since: a tombstone stays where it is; nothing of it can be lost.
            deletedRows.append(named);
        } else if (query.value(0).toLongLong() != survivorId) {
            changedRows.append(named);
        } else {
            moves.append({link, id});
        }
    }
    if (!changedFields.isEmpty() || !changedRows.isEmpty())
        return refused(
            QStringLiteral("changed_since_merge"),
            QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                              "Since the merge, values the kept citizen took or "
                              "records that were moved have been changed; undoing "
                              "the merge would lose those changes. The details list "
                              "them."),
            {{QStringLiteral("fields"), changedFields}, {QStringLiteral("rows"), changedRows}});

    const Records::WriteContext context{
        actor.userId.isValid() ? std::optional<qint64>(actor.userId.value()) : std::nullopt, client,
        m_clock.now().toMSecsSinceEpoch()};
    // The survivor first: a national ID it gives back is then free for the merged one.
    QVariantMap changes;
    for (auto it = survivorBefore.constBegin(); it != survivorBefore.constEnd(); ++it)
        changes.insert(it.key(), columnValue(it.key(), it.value()));
    const auto written = writeCitizen(db, writer, *survivor, changes, context);
    if (!written)
        return written.error();
    const QVariantMap survivorRow = *written;
    QVariantMap mergedChanges;
    for (auto it = mergedBefore.constBegin(); it != mergedBefore.constEnd(); ++it)
        mergedChanges.insert(it.key(), columnValue(it.key(), it.value()));
    const auto mergedRow = writeCitizen(db, writer, *merged, mergedChanges, context);
    if (!mergedRow)
        return mergedRow.error();
    for (const Move &move : std::as_const(moves)) {
        if (const auto done = moveRow(db, writer, *move.link, move.id, mergedId, context); !done)
            return done.error();
    }

    QVariantMap undone = merge;
    undone.insert(QStringLiteral("undone_at"), context.nowMs);
    undone.insert(QStringLiteral("undone_by"),
                  context.actorUserId ? QVariant(*context.actorUserId) : QVariant());
    {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("UPDATE citizen_merges SET undone_at = ?, undone_by = ? WHERE id = ?"));
        query.addBindValue(undone.value(QStringLiteral("undone_at")));
        query.addBindValue(undone.value(QStringLiteral("undone_by")));
        query.addBindValue(mergeId);
        if (!query.exec())
            return internal(query.lastError().text());
    }
    Records::AuditEntry entry;
    entry.atMs = context.nowMs;
    entry.userId = context.actorUserId;
    entry.action = QStringLiteral("undo_citizen_merge");
    entry.entity = QStringLiteral("citizens");
    entry.rowId = survivorId;
    entry.client = client;
    QJsonObject restored;
    for (auto it = survivorBefore.constBegin(); it != survivorBefore.constEnd(); ++it)
        restored.insert(it.key(), it.key() == u"national_id" && !it.value().isNull()
                                      ? QJsonValue(QStringLiteral("***"))
                                      : it.value());
    entry.newValues = {{QStringLiteral("merge_id"), mergeId},
                       {QStringLiteral("merged_id"), mergedId},
                       {QStringLiteral("survivor"), restored},
                       {QStringLiteral("rows_moved_back"), qint64(moves.size())},
                       {QStringLiteral("rows_deleted_since"), deletedRows}};
    if (const auto appended = Records::AuditLog::append(db, m_database->backend(), entry);
        !appended)
        return internal(appended.error());
    if (!transaction.commit())
        return internal(transaction.error());
    const Entities::EntityDef &citizens = *Entities::findEntity(QStringLiteral("citizens"));
    QJsonObject mergeAnswer = mergeJson(undone);
    mergeAnswer.insert(QStringLiteral("rows_deleted_since"), deletedRows);
    return QJsonObject{
        {QStringLiteral("merge"), mergeAnswer},
        {QStringLiteral("survivor"), Entities::toApiJson(citizens, survivorRow, actor)},
        {QStringLiteral("merged"), Entities::toApiJson(citizens, *mergedRow, actor)}};
}

Expected<QJsonArray, StoreError> CitizenMerges::list(const Access::Principal &viewer,
                                                     qint64 citizenId)
{
    QSqlDatabase db = m_database->connection();
    if (const auto citizen = readCitizen(db, viewer, citizenId); !citizen)
        return citizen.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM citizen_merges WHERE survivor_id = ? OR "
                                 "merged_id = ? ORDER BY id DESC"));
    query.addBindValue(citizenId);
    query.addBindValue(citizenId);
    if (!query.exec())
        return internal(query.lastError().text());
    QJsonArray merges;
    while (query.next())
        merges.append(mergeJson(Storage::rowAsMap(query)));
    return merges;
}

} // namespace Shahrvand::Api
