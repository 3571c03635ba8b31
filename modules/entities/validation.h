#pragma once

#include "entitydef.h"
#include "expected.h"
#include "principal.h"

#include <QJsonObject>
#include <QList>
#include <QVariantMap>

namespace Shahrvand::Entities {

// One problem with one field of a client's input. `text` is the untranslated message
// (marked for translation in the context below) so the server can translate it into
// each request's own language; message() translates with the application's translator.
struct FieldError
{
    static constexpr const char *context = "Shahrvand::Entities::Validation";

    QString field;
    QString code; // stable: unknown_field, not_writable, required, wrong_type, too_long, ...
    const char *text = "";
    QStringList arguments;

    QString message() const;
};

enum class WriteMode {
    Create,
    Update,
    // Values to filter a list by: converted like any input, but any field may be named
    // (server-managed ones too) and null means "is empty".
    Filter,
};

// A client's JSON for one row turned into column values ready to store (dates as
// 'YYYY-MM-DD', booleans as 0/1, JSON as compact text, national IDs as 10 digits, phones
// as E.164), or every problem found. Unknown fields, server-managed fields, wrong types
// (a fraction where an integer is due included), over-long text and values outside an
// enumeration are all refused; nothing is truncated or guessed. "custom_fields" (a JSON
// object) is accepted on every entity.
Expected<QVariantMap, QList<FieldError>> toColumnValues(const EntityDef &entity,
                                                        const QJsonObject &input, WriteMode mode);

// One stored row (column -> value, as read from the database, including the common
// columns) as the API shows it to `viewer`: types restored, personal identifiers masked
// unless the viewer may read them.
QJsonObject toApiJson(const EntityDef &entity, const QVariantMap &row,
                      const Access::Principal &viewer);

// "******5678": enough to confirm with a caller, not enough to misuse.
QString maskNationalId(const QString &digits);
// "+98912***6789"
QString maskPhone(const QString &e164);

} // namespace Shahrvand::Entities
