#pragma once

#include "entitydef.h"
#include "principal.h"

#include "expected.h"

#include <QBitArray>
#include <QByteArray>
#include <QByteArrayView>
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

    // How the database holds a column, for rows that can tell without a QVariant (SQLite's
    // statement): appendApiJson() then writes numbers and UTF-8 text as they are, and
    // reads value() only where that would not give the same bytes. Other rows say Unknown.
    enum class StoredAs { Unknown, Null, Integer, Real, Text };
    virtual StoredAs storedAs(int column) const
    {
        Q_UNUSED(column);
        return StoredAs::Unknown;
    }
    // The column's value when storedAs() says Integer, Real or Text (UTF-8, valid until
    // the row moves on or value() reads the same column).
    virtual qint64 integer(int column) const { return value(column).toLongLong(); }
    virtual double real(int column) const { return value(column).toDouble(); }
    virtual QByteArrayView text(int column) const
    {
        Q_UNUSED(column);
        return {};
    }

    // value(column).toLongLong() and value(column).isNull(), without the QVariant where
    // the row can tell.
    qint64 toInteger(int column) const
    {
        return storedAs(column) == StoredAs::Integer ? integer(column) : value(column).toLongLong();
    }
    bool isNull(int column) const
    {
        const StoredAs stored = storedAs(column);
        return stored == StoredAs::Unknown ? value(column).isNull() : stored == StoredAs::Null;
    }

protected:
    ~StoredRow() = default;
};

// The row as the API shows it to `viewer`, written as JSON text: exactly the bytes of
// QJsonDocument(toApiJson(...)).toJson(QJsonDocument::Compact), keys in the same
// (sorted) order, identifiers masked by the same rules, without building the object.
// With `shown` (a bit per column of storedColumns()), only those keys, masked the same.
void appendApiJson(QByteArray &out, const EntityDef &entity, const StoredRow &row,
                   const Access::Principal &viewer, const QBitArray &shown = {});

// The columns of storedColumns() with these names, for appendApiJson()'s `shown`; the
// first name that is not a column of the entity is the error.
Expected<QBitArray, QString> columnsNamed(const EntityDef &entity, const QStringList &names);

// Where `field` is among storedColumns(entity), or -1.
int storedColumnIndex(const EntityDef &entity, QStringView field);

} // namespace Shahrvand::Entities
