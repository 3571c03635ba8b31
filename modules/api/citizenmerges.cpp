#include "citizenmerges.h"

#include "auditlog.h"
#include "citizenduplicates.h"
#include "citizenmerges_p.h"
#include "entitystore.h"
#include "scopesql.h"
#include "scopetracker.h"
#include "textnormalizer.h"
#include "validation.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcMerges, "shahrvand.api.merges")

namespace Shahrvand::Api {

namespace MergeDetail {

using EntityStore::StoreError;

const Entities::EntityDef &citizensEntity()
{
    static const Entities::EntityDef *citizens = Entities::findEntity(QStringLiteral("citizens"));
    Q_ASSERT(citizens);
    return *citizens;
}

QList<CitizenLink> citizenLinks()
{
    QList<CitizenLink> links;
    for (const Entities::EntityDef &entity : Entities::allEntities()) {
        if (entity.name == QLatin1String("citizens"))
            continue;
        for (const Entities::FieldDef &def : entity.fields) {
            if (def.type == Entities::FieldType::Reference &&
                def.references == QLatin1String("citizens"))
                links.append({&entity, def.name, {}});
        }
        if (entity.name == QLatin1String("attachments"))
            links.append(
                {&entity, QStringLiteral("owner_id"), QStringLiteral("t.owner_type = 'citizen'")});
    }
    return links;
}

const CitizenLink *findLink(const QString &entity, const QString &column)
{
    static const QList<CitizenLink> links = citizenLinks();
    for (const CitizenLink &link : links) {
        if (link.entity->name == entity && link.column == column)
            return &link;
    }
    return nullptr;
}

StoreError refused(const QString &reason, const char *text, const QJsonObject &details)
{
    StoreError error;
    error.kind = StoreError::Kind::Refused;
    error.refusalError = QStringLiteral("merge_refused");
    error.refusalCode = reason;
    error.refusalContext = context;
    error.refusalText = text;
    error.refusalDetails = details;
    return error;
}

StoreError internal(const QString &detail)
{
    qCWarning(lcMerges) << detail;
    StoreError error;
    error.kind = StoreError::Kind::Internal;
    error.detail = detail;
    return error;
}

StoreError ofKind(StoreError::Kind kind)
{
    StoreError error;
    error.kind = kind;
    return error;
}

bool mayMerge(const Access::Principal &actor)
{
    return actor.hasAnyRole({Access::Role::Supervisor, Access::Role::Administrator});
}

Expected<QVariantMap, StoreError> readCitizen(QSqlDatabase &db, const Access::Principal &viewer,
                                              qint64 id)
{
    const Entities::EntityDef &citizens = citizensEntity();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM citizens t WHERE t.id = ? AND t.deleted = 0 "
                       "AND (%2)")
            .arg(EntityStore::Store::selectList(citizens),
                 EntityStore::visibilityCondition(citizens, QStringLiteral("t"), viewer)));
    query.addBindValue(id);
    if (!query.exec())
        return internal(query.lastError().text());
    if (!query.next())
        return ofKind(StoreError::Kind::NotFound);
    QVariantMap row;
    const QStringList columns = Entities::storedColumns(citizens);
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), query.value(i));
    return row;
}

QJsonValue jsonOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant columnValue(const QString &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    const Entities::FieldDef *def = citizensEntity().field(column);
    if (!def)
        return value.toVariant().toString(); // custom_fields: JSON text
    switch (def->type) {
    case Entities::FieldType::Reference:
    case Entities::FieldType::Integer:
    case Entities::FieldType::Timestamp:
    case Entities::FieldType::Money:
    case Entities::FieldType::Boolean:
        return qint64(value.toInteger(qint64(value.toDouble())));
    case Entities::FieldType::Real:
        return value.toDouble();
    default:
        return value.toString();
    }
}

Expected<QVariantMap, StoreError> writeCitizen(QSqlDatabase &db, Records::RowWriter &writer,
                                               const QVariantMap &current,
                                               const QVariantMap &changes,
                                               const Records::WriteContext &context)
{
    const Entities::EntityDef &citizens = citizensEntity();
    QVariantMap values = changes;
    QVariantMap after = current;
    bool searchable = false;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        after.insert(it.key(), it.value());
        const Entities::FieldDef *def = citizens.field(it.key());
        searchable = searchable || (def && def->searchable);
    }
    if (searchable) {
        // As the entity store writes it (Store::fillServerFields).
        QStringList parts;
        for (const Entities::FieldDef &def : citizens.fields) {
            if (def.searchable && !after.value(def.name).isNull())
                parts << after.value(def.name).toString();
        }
        const QString text = normalizeForSearch(parts.join(QLatin1Char(' ')));
        values.insert(QStringLiteral("search_text"), text.isNull() ? QStringLiteral("") : text);
    }
    const qint64 id = current.value(QStringLiteral("id")).toLongLong();
    const auto written = writer.update(QStringLiteral("citizens"), id, values, context);
    if (!written)
        return internal(written.error().detail);
    after.insert(QStringLiteral("version"), written->version);
    after.insert(QStringLiteral("updated_at"), context.nowMs);
    if (const auto tracked =
            EntityStore::ScopeTracker(db).record(citizens, current, after, written->version);
        !tracked)
        return internal(tracked.error());
    return after;
}

Expected<bool, StoreError> moveRow(QSqlDatabase &db, Records::RowWriter &writer,
                                   const CitizenLink &link, qint64 rowId, qint64 to,
                                   const Records::WriteContext &context)
{
    QVariantMap before;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?")
                          .arg(EntityStore::Store::selectList(*link.entity), link.entity->name));
        query.addBindValue(rowId);
        if (!query.exec())
            return internal(query.lastError().text());
        if (!query.next())
            return internal(QStringLiteral("%1 %2 vanished").arg(link.entity->name).arg(rowId));
        const QStringList columns = Entities::storedColumns(*link.entity);
        for (int i = 0; i < columns.size(); ++i)
            before.insert(columns.at(i), query.value(i));
    }
    const auto written =
        writer.update(link.entity->name, rowId, {{link.column, to}}, context, std::nullopt);
    if (!written)
        return internal(written.error().detail);
    QVariantMap after = before;
    after.insert(link.column, to);
    after.insert(QStringLiteral("version"), written->version);
    after.insert(QStringLiteral("updated_at"), context.nowMs);
    if (const auto tracked =
            EntityStore::ScopeTracker(db).record(*link.entity, before, after, written->version);
        !tracked)
        return internal(tracked.error());
    return true;
}

QJsonObject mergeJson(const QVariantMap &row)
{
    const auto parsed = [&row](const char *column) {
        return QJsonDocument::fromJson(row.value(QString::fromLatin1(column)).toByteArray());
    };
    QJsonObject movedCounts;
    QJsonArray movedRows;
    for (const QJsonValue &value : parsed("moved").array()) {
        const QJsonObject moved = value.toObject();
        const QString entity = moved.value(u"entity").toString();
        movedCounts.insert(entity, movedCounts.value(entity).toInteger() + 1);
        movedRows.append(QJsonObject{{QStringLiteral("entity"), entity},
                                     {QStringLiteral("id"), moved.value(u"id")},
                                     {QStringLiteral("column"), moved.value(u"column")}});
    }
    return {{QStringLiteral("id"), jsonOf(row.value(QStringLiteral("id")))},
            {QStringLiteral("survivor_id"), jsonOf(row.value(QStringLiteral("survivor_id")))},
            {QStringLiteral("merged_id"), jsonOf(row.value(QStringLiteral("merged_id")))},
            {QStringLiteral("choices"), parsed("choices").object()},
            {QStringLiteral("fields_taken"),
             QJsonArray::fromStringList(parsed("survivor_after").object().keys())},
            {QStringLiteral("moved"), movedCounts},
            {QStringLiteral("moved_rows"), movedRows},
            {QStringLiteral("merged_by"), jsonOf(row.value(QStringLiteral("merged_by")))},
            {QStringLiteral("merged_at"), jsonOf(row.value(QStringLiteral("merged_at")))},
            {QStringLiteral("undone_by"), jsonOf(row.value(QStringLiteral("undone_by")))},
            {QStringLiteral("undone_at"), jsonOf(row.value(QStringLiteral("undone_at")))}};
}

} // namespace MergeDetail

using namespace MergeDetail;
using EntityStore::StoreError;

namespace {

bool isEmptyValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return true;
    const QString text = value.toString();
    return text.isEmpty() || text == u"[]" || text == u"{}";
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

CitizenMerges::CitizenMerges(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QStringList CitizenMerges::mergeableFields()
{
    QStringList fields;
    for (const Entities::FieldDef &def : citizensEntity().fields) {
        if (def.clientMaySet(false))
            fields << def.name;
    }
    fields << QStringLiteral("custom_fields");
    return fields;
}

Expected<QJsonObject, StoreError> CitizenMerges::merge(const Access::Principal &actor,
                                                       const MergeRequest &request,
                                                       const QString &client)
{
    if (!mayMerge(actor))
        return ofKind(StoreError::Kind::Forbidden);
    const QStringList fields = mergeableFields();
    for (auto it = request.choices.cbegin(); it != request.choices.cend(); ++it) {
        if (!fields.contains(it.key()) || (it.value() != u"survivor" && it.value() != u"merged")) {
            StoreError error = ofKind(StoreError::Kind::Invalid);
            error.fieldErrors << Entities::FieldError{
                QStringLiteral("fields.") + it.key(),
                QStringLiteral("not_mergeable"),
                QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                  "\"%1\" is not a field of a citizen to choose in a merge, or "
                                  "its choice is neither \"survivor\" nor \"merged\"."),
                {it.key()}};
            return error;
        }
    }
    if (request.survivorId == request.mergedId)
        return refused(QStringLiteral("same_citizen"),
                       QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                                         "A citizen cannot be merged into itself."));

    QSqlDatabase db = m_database->connection();
    Storage::Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    Records::RowWriter writer(db, m_database->backend());
    // The write lock first: nothing changes either citizen until the merge commits.
    if (const auto lock = writer.nextVersion(); !lock)
        return internal(lock.error().detail);
    const auto survivor = readCitizen(db, actor, request.survivorId);
    if (!survivor)
        return survivor.error();
    const auto merged = readCitizen(db, actor, request.mergedId);
    if (!merged)
        return merged.error();
    const auto value = [](const QVariantMap &row, const char *column) {
        return row.value(QString::fromLatin1(column));
    };
    if (!value(*merged, "merged_into_id").isNull())
        return refused(
            QStringLiteral("already_merged"),
            QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                              "This citizen has already been merged into another "
                              "one."),
            {{QStringLiteral("merged_into_id"), jsonOf(value(*merged, "merged_into_id"))}});
    if (!value(*survivor, "merged_into_id").isNull())
        return refused(
            QStringLiteral("survivor_merged"),
            QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                              "The citizen to keep has itself been merged into "
                              "another one; keep that one instead."),
            {{QStringLiteral("merged_into_id"), jsonOf(value(*survivor, "merged_into_id"))}});
    if (!value(*survivor, "anonymized_at").isNull() || !value(*merged, "anonymized_at").isNull())
        return refused(QStringLiteral("anonymized"),
                       QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                                         "An anonymized citizen cannot be merged."));
    for (const auto &[row, expected] : {std::pair{&*survivor, request.survivorVersion},
                                        std::pair{&*merged, request.mergedVersion}}) {
        const qint64 version = row->value(QStringLiteral("version")).toLongLong();
        if (version != expected) {
            StoreError error = ofKind(StoreError::Kind::PreconditionFailed);
            error.currentVersion = version;
            return error;
        }
    }
    const QVariant survivorId = value(*survivor, "national_id");
    const QVariant mergedId = value(*merged, "national_id");
    if (!survivorId.isNull() && !mergedId.isNull() &&
        nationalIdKey(survivorId.toString()) != nationalIdKey(mergedId.toString()))
        return refused(QStringLiteral("different_national_ids"),
                       QT_TRANSLATE_NOOP("Shahrvand::Api::CitizenMerges",
                                         "The two citizens have different national IDs: they are "
                                         "different people and cannot be merged."));

    // The survivor's new values.
    QJsonObject choices, survivorBefore, survivorAfter, mergedBefore;
    QVariantMap survivorChanges;
    for (const QString &field : fields) {
        const QVariant mine = survivor->value(field);
        const QVariant theirs = merged->value(field);
        const QString choice = request.choices.value(
            field, isEmptyValue(mine) && !isEmptyValue(theirs) ? QStringLiteral("merged")
                                                               : QStringLiteral("survivor"));
        choices.insert(field, choice);
        if (choice == u"merged" && jsonOf(mine) != jsonOf(theirs)) {
            survivorChanges.insert(field, theirs);
            survivorBefore.insert(field, jsonOf(mine));
            survivorAfter.insert(field, jsonOf(theirs));
        }
    }
    // The merged citizen keeps its values, but a national ID is unique: one the survivor
    // takes leaves the merged record (and comes back on undo).
    QVariantMap mergedChanges{{QStringLiteral("merged_into_id"), request.survivorId}};
    mergedBefore.insert(QStringLiteral("merged_into_id"), QJsonValue::Null);
    if (survivorChanges.contains(QStringLiteral("national_id"))) {
        mergedChanges.insert(QStringLiteral("national_id"), QVariant());
        mergedBefore.insert(QStringLiteral("national_id"), jsonOf(mergedId));
    }

    const Records::WriteContext context{
        actor.userId.isValid() ? std::optional<qint64>(actor.userId.value()) : std::nullopt, client,
        m_clock.now().toMSecsSinceEpoch()};
    const auto mergedAfter = writeCitizen(db, writer, *merged, mergedChanges, context);
    if (!mergedAfter)
        return mergedAfter.error();
    // The survivor gets a new version even when it takes no value: whoever reaches it
    // through a moved row (a field officer through a case of their mission) pulls it.
    const auto written = writeCitizen(db, writer, *survivor, survivorChanges, context);
    if (!written)
        return written.error();
    const QVariantMap survivorRow = *written;

    // Every row that named the merged citizen, oldest first.
    QJsonArray moved;
    QJsonObject movedCounts;
    for (const CitizenLink &link : citizenLinks()) {
        QList<qint64> ids;
        {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT t.id FROM %1 t WHERE t.%2 = ? AND t.deleted = 0%3 "
                                         "ORDER BY t.id")
                              .arg(link.entity->name, link.column,
                                   link.condition.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" AND ") + link.condition));
            query.addBindValue(request.mergedId);
            if (!query.exec())
                return internal(query.lastError().text());
            while (query.next())
                ids << query.value(0).toLongLong();
        }
        for (qint64 id : std::as_const(ids)) {
            if (const auto done = moveRow(db, writer, link, id, request.survivorId, context); !done)
                return done.error();
            moved.append(QJsonObject{{QStringLiteral("entity"), link.entity->name},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("column"), link.column},
                                     {QStringLiteral("from"), request.mergedId},
                                     {QStringLiteral("to"), request.survivorId}});
        }
        if (!ids.isEmpty())
            movedCounts.insert(link.entity->name,
                               movedCounts.value(link.entity->name).toInteger() + ids.size());
    }

    QVariantMap mergeRow{{QStringLiteral("survivor_id"), request.survivorId},
                         {QStringLiteral("merged_id"), request.mergedId},
                         {QStringLiteral("choices"), compactJson(choices)},
                         {QStringLiteral("survivor_before"), compactJson(survivorBefore)},
                         {QStringLiteral("survivor_after"), compactJson(survivorAfter)},
                         {QStringLiteral("merged_before"), compactJson(mergedBefore)},
                         {QStringLiteral("moved"), compactJson(moved)},
                         {QStringLiteral("merged_by"),
                          context.actorUserId ? QVariant(*context.actorUserId) : QVariant()},
                         {QStringLiteral("merged_at"), context.nowMs},
                         {QStringLiteral("client"), client}};
    {
        QSqlQuery query(db);
        const QStringList columns = mergeRow.keys();
        query.prepare(
            QStringLiteral("INSERT INTO citizen_merges (%1) VALUES (%2) RETURNING id")
                .arg(columns.join(QLatin1Char(',')),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &column : columns)
            query.addBindValue(mergeRow.value(column));
        if (!query.exec() || !query.next())
            return internal(query.lastError().text());
        mergeRow.insert(QStringLiteral("id"), query.value(0).toLongLong());
    }
    Records::AuditEntry entry;
    entry.atMs = context.nowMs;
    entry.userId = context.actorUserId;
    entry.action = QStringLiteral("merge_citizens");
    entry.entity = QStringLiteral("citizens");
    entry.rowId = request.survivorId;
    entry.client = client;
    // National IDs in clear stay out of the trail, as with every write (RowWriter).
    const auto masked = [](QJsonObject values) {
        if (values.contains(u"national_id") && !values.value(u"national_id").isNull())
            values.insert(QStringLiteral("national_id"), QStringLiteral("***"));
        return values;
    };
    entry.oldValues = {{QStringLiteral("survivor"), masked(survivorBefore)},
                       {QStringLiteral("merged"), masked(mergedBefore)}};
    entry.newValues = {
        {QStringLiteral("merge_id"), mergeRow.value(QStringLiteral("id")).toLongLong()},
        {QStringLiteral("merged_id"), request.mergedId},
        {QStringLiteral("survivor"), masked(survivorAfter)},
        {QStringLiteral("moved"), movedCounts}};
    if (const auto appended = Records::AuditLog::append(db, m_database->backend(), entry);
        !appended)
        return internal(appended.error());
    if (!transaction.commit())
        return internal(transaction.error());
    qCInfo(lcMerges) << "citizen" << request.mergedId << "merged into" << request.survivorId
                     << "moving" << moved.size() << "rows";
    return QJsonObject{
        {QStringLiteral("merge"), mergeJson(mergeRow)},
        {QStringLiteral("survivor"), Entities::toApiJson(citizensEntity(), survivorRow, actor)},
        {QStringLiteral("merged"), Entities::toApiJson(citizensEntity(), *mergedAfter, actor)}};
}

} // namespace Shahrvand::Api
