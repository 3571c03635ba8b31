#pragma once

#include "entitydef.h"
#include "principal.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

namespace Shahrvand::Entities {

// The columns a stored row is read with, in this order: the common ones (id, version,
// deleted, created_at, updated_at, custom_fields), then the entity's fields.
QStringList storedColumns(const EntityDef &entity);

// One stored row, its values in the order of storedColumns() (a query's current row).
class StoredRow
{
public:
    virtual QVariant value(int column) const = 0;

protected:
    ~StoredRow() = default;
};

// The row as the API shows it to `viewer`, written as JSON text: exactly the bytes of
// QJsonDocument(toApiJson(...)).toJson(QJsonDocument::Compact), keys in the same
// (sorted) order, identifiers masked by the same rules, without building the object.
void appendApiJson(QByteArray &out, const EntityDef &entity, const StoredRow &row,
                   const Access::Principal &viewer);

// Where `field` is among storedColumns(entity), or -1.
int storedColumnIndex(const EntityDef &entity, QStringView field);

} // namespace Shahrvand::Entities
