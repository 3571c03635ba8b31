#include "citizenredirect.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::EntityStore {

namespace {

// The citizen that `id` ended in after its merges (itself when never merged).
Expected<qint64, QString> survivorOf(const QSqlDatabase &db, qint64 id)
{
    // A chain longer than this would be a cycle, which merging refuses to make.
    for (int hop = 0; hop < 32; ++hop) {
        Storage::PreparedQuery query = Storage::Database::prepared(
            db, QStringLiteral("SELECT merged_into_id FROM citizens WHERE id = ?"));
        query->addBindValue(id);
        if (!query.isPrepared() || !query->exec())
            return query->lastError().text();
        if (!query->next() || query->value(0).isNull())
            return id;
        id = query->value(0).toLongLong();
    }
    return QStringLiteral("citizen %1: merges form a cycle").arg(id);
}

} // namespace

Expected<bool, QString> redirectMergedCitizens(const QSqlDatabase &db,
                                               const Entities::EntityDef &entity,
                                               QVariantMap &columns)
{
    if (entity.name == QLatin1String("citizens"))
        return true;
    QStringList referencing;
    for (const Entities::FieldDef &def : entity.fields) {
        if (def.type == Entities::FieldType::Reference &&
            def.references == QLatin1String("citizens"))
            referencing << def.name;
    }
    if (entity.name == QLatin1String("attachments") &&
        columns.value(QStringLiteral("owner_type")).toString() == QLatin1String("citizen"))
        referencing << QStringLiteral("owner_id");
    for (const QString &column : std::as_const(referencing)) {
        const QVariant value = columns.value(column);
        if (value.isNull() || !value.isValid())
            continue;
        const auto survivor = survivorOf(db, value.toLongLong());
        if (!survivor)
            return survivor.error();
        if (*survivor != value.toLongLong())
            columns.insert(column, *survivor);
    }
    return true;
}

} // namespace Shahrvand::EntityStore
