#include "erasedcitizens.h"

#include "database.h"
#include "storefailures_p.h"

#include <QSqlError>

namespace Shahrvand::EntityStore {

namespace {

StoreError erased(qint64 citizenId)
{
    StoreError refused = ofKind(StoreError::Kind::Refused);
    refused.refusalError = QStringLiteral("citizen_erased");
    refused.refusalCode = QStringLiteral("citizen_erased");
    refused.refusalContext = "Shahrvand::EntityStore::ErasedCitizens";
    refused.refusalText = QT_TRANSLATE_NOOP("Shahrvand::EntityStore::ErasedCitizens",
                                            "This citizen's personal data was erased; nothing "
                                            "about them can be recorded again. The change was "
                                            "not saved.");
    refused.refusalDetails = QJsonObject{{QStringLiteral("citizen_id"), citizenId}};
    return refused;
}

} // namespace

Expected<bool, StoreError> refuseErasedCitizen(QSqlDatabase &db, const Entities::EntityDef &entity,
                                               const QVariantMap &current,
                                               const QVariantMap &values)
{
    qint64 citizenId = 0;
    if (entity.name == QLatin1String("citizens")) {
        if (current.isEmpty())
            return true; // a new citizen
        if (!current.value(QStringLiteral("anonymized_at")).isNull())
            return erased(current.value(QStringLiteral("id")).toLongLong());
        return true;
    }
    if (!entity.field(u"citizen_id"))
        return true;
    // A row that names a citizen anew (created, or moved to them) is checked always; an
    // existing row of theirs only when it is personal data itself: a retained case goes on
    // through its workflow after the erasure.
    const QString column = QStringLiteral("citizen_id");
    const bool names = current.isEmpty() ||
                       (values.contains(column) && values.value(column) != current.value(column));
    const bool personal = entity.name != QLatin1String("cases");
    if (!names && !personal)
        return true;
    citizenId = values.contains(column) ? values.value(column).toLongLong()
                                        : current.value(column).toLongLong();
    if (citizenId <= 0)
        return true;
    Storage::PreparedQuery query = Storage::Database::prepared(
        db, QStringLiteral("SELECT anonymized_at FROM citizens WHERE id = ?"));
    query->addBindValue(citizenId);
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    if (query->next() && !query->value(0).isNull())
        return erased(citizenId);
    return true;
}

} // namespace Shahrvand::EntityStore
