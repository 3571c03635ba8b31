#pragma once

#include "clock.h"
#include "database.h"
#include "entitydef.h"
#include "expected.h"
#include "parentvisibility.h"
#include "pgrows.h"
#include "principal.h"
#include "rowjson.h"
#include "sqliterows.h"
#include "storeerror.h"
#include "writebatch.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace Shahrvand::EntityStore {

struct ListQuery
{
    QMap<QString, QString> filters; // field = value (equality), fields of the registry only
    QString search;                 // matched against the normalized search text
    qint64 afterId = 0;             // keyset paging: rows with id greater than this
    int limit = 50;                 // 1..500
    bool includeDeleted = false;
    QBitArray columns; // the keys each row shows (Entities::columnsNamed()); empty: all
};

struct Page
{
    QJsonArray items;
    std::optional<qint64> nextAfterId; // set when there may be more
};

// Rows as JSON text, written straight from the query (Entities::appendApiJson): what the
// routes answer with. The QJsonObject forms above are these, parsed.
struct RowJson
{
    QByteArray json; // one object
    qint64 version = 0;
};
struct PageJson
{
    QByteArray items; // one array
    std::optional<qint64> nextAfterId;
};

// The current row of a query that selected Store::selectList(), for
// Entities::appendApiJson().
class QueryRow final : public Entities::StoredRow
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    {}
    QVariant value(int column) const override { return m_query.value(column); }

private:
    const QSqlQuery &m_query;
};

// The current row of SqliteRows, for Entities::appendApiJson(): numbers and UTF-8 text
// straight from SQLite's statement.
class SqliteRow final : public Entities::StoredRow
{
public:
    explicit SqliteRow(const Shahrvand::Storage::SqliteRows &rows)
        : m_rows(rows)
    {}
    QVariant value(int column) const override { return m_rows.value(column); }
    StoredAs storedAs(int column) const override
    {
        switch (m_rows.type(column)) {
        case Shahrvand::Storage::SqliteRows::Type::Null:
            return StoredAs::Null;
        case Shahrvand::Storage::SqliteRows::Type::Integer:
            return StoredAs::Integer;
        case Shahrvand::Storage::SqliteRows::Type::Real:
            return StoredAs::Real;
        case Shahrvand::Storage::SqliteRows::Type::Text:
            return StoredAs::Text;
        case Shahrvand::Storage::SqliteRows::Type::Blob:
            break;
        }
        return StoredAs::Unknown;
    }
    qint64 integer(int column) const override { return m_rows.integer(column); }
    double real(int column) const override { return m_rows.real(column); }
    QByteArrayView text(int column) const override { return m_rows.text(column); }

private:
    const Shahrvand::Storage::SqliteRows &m_rows;
};

// The current row of PgRows, for Entities::appendApiJson(): integers and UTF-8 text
// straight from libpq's result.
class PgRow final : public Entities::StoredRow
{
public:
    explicit PgRow(const Shahrvand::Storage::PgRows &rows)
        : m_rows(rows)
    {}
    QVariant value(int column) const override { return m_rows.value(column); }
    StoredAs storedAs(int column) const override
    {
        switch (m_rows.type(column)) {
        case Shahrvand::Storage::PgRows::Type::Null:
            return StoredAs::Null;
        case Shahrvand::Storage::PgRows::Type::Integer:
            return StoredAs::Integer;
        case Shahrvand::Storage::PgRows::Type::Real:
            return StoredAs::Real;
        case Shahrvand::Storage::PgRows::Type::Text:
            return StoredAs::Text;
        case Shahrvand::Storage::PgRows::Type::Other:
            break;
        }
        return StoredAs::Unknown;
    }
    qint64 integer(int column) const override { return m_rows.integer(column); }
    double real(int column) const override { return m_rows.real(column); }
    QByteArrayView text(int column) const override { return m_rows.text(column); }

private:
    const Shahrvand::Storage::PgRows &m_rows;
};

// Calls write(row) with every row of an executed query that selected Store::selectList(),
// read straight from the statement on SQLite (SqliteRows) and from libpq's result on
// PostgreSQL (PgRows), until write() returns false. Returns the error that ended the reading, or
// an empty text.
template<typename Write> QString forEachRow(QSqlQuery &query, Write &&write)
{
    Storage::SqliteRows direct(query);
    if (direct.isAvailable()) {
        const SqliteRow row(direct);
        while (direct.next()) {
            if (!write(static_cast<const Entities::StoredRow &>(row)))
                break;
        }
        return direct.error();
    }
    Storage::PgRows fromLibpq(query);
    if (fromLibpq.isAvailable()) {
        const PgRow row(fromLibpq);
        while (fromLibpq.next()) {
            if (!write(static_cast<const Entities::StoredRow &>(row)))
                break;
        }
        return fromLibpq.error();
    }
    const QueryRow row(query);
    while (query.next()) {
        if (!write(static_cast<const Entities::StoredRow &>(row)))
            break;
    }
    return query.lastError().type() == QSqlError::NoError ? QString() : query.lastError().text();
}

// Reading and writing any entity of the registry on behalf of a signed-in user: the
// scope rules decide what they see (a row they may not see is "not found", never
// "forbidden"), the registry what they may write, RowWriter how it is written (versions,
// tombstones, audit). Thread-safe: each call uses the calling thread's connection.
class Store final
{
public:
    Store(std::shared_ptr<Storage::Database> database, const Clock &clock);

    Expected<QJsonObject, StoreError> get(const Access::Principal &viewer,
                                          const Entities::EntityDef &entity, qint64 id);
    Expected<Page, StoreError> list(const Access::Principal &viewer,
                                    const Entities::EntityDef &entity, const ListQuery &query);
    Expected<RowJson, StoreError> getJson(const Access::Principal &viewer,
                                          const Entities::EntityDef &entity, qint64 id);
    Expected<PageJson, StoreError> listJson(const Access::Principal &viewer,
                                            const Entities::EntityDef &entity,
                                            const ListQuery &query);
    Expected<QJsonObject, StoreError> create(const Access::Principal &actor,
                                             const Entities::EntityDef &entity,
                                             const QJsonObject &input, const QString &client);
    // With `ifMatchVersion`, refuses (PreconditionFailed) when the row has changed.
    Expected<QJsonObject, StoreError>
    update(const Access::Principal &actor, const Entities::EntityDef &entity, qint64 id,
           const QJsonObject &input, std::optional<qint64> ifMatchVersion, const QString &client);
    Expected<QJsonObject, StoreError> remove(const Access::Principal &actor,
                                             const Entities::EntityDef &entity, qint64 id,
                                             std::optional<qint64> ifMatchVersion,
                                             const QString &client);

    // The columns read for an entity (Entities::storedColumns), as a select list
    // "t.id,t.version,..." of the table aliased `t`.
    static QString selectList(const Entities::EntityDef &entity);
    // The same columns, in the same places, but NULL in place of each one `shown` leaves
    // out (and the id, always read): a page of a few columns reads only those. All of
    // them when `shown` is empty.
    static QString selectList(const Entities::EntityDef &entity, const QBitArray &shown);

    // Building blocks for callers that compose several writes in one transaction (sync
    // pushes). Each runs inside the caller's write transaction on `db`, which must be
    // this thread's connection of the store's database (the statements it keeps
    // prepared are that connection's).
    struct Write
    {
        QSqlDatabase &db;
        const Access::Principal &actor;
        const Entities::EntityDef &entity;
        QString client;
        // Set when the transaction holds the change sequence through a batch (sync push).
        Records::WriteBatch *batch = nullptr;
        // Parents already found visible to the actor (a push checks its rows' together).
        const VisibleParents *knownParents = nullptr;
    };
    // A row read under the write lock, with the version taken for its change.
    struct LockedRow
    {
        QVariantMap row;
        qint64 version = 0;
    };
    // Takes the write lock (the next version, which the change then uses), then reads
    // the row if the actor sees it, it is not deleted, the actor's role may write it and
    // (with `ifMatchVersion`) it is still at that version.
    Expected<LockedRow, StoreError> lockAndRead(const Write &write, qint64 id,
                                                std::optional<qint64> ifMatchVersion = {});
    Expected<QJsonObject, StoreError> insertRow(const Write &write, const QVariantMap &columns);
    Expected<QJsonObject, StoreError> updateRow(const Write &write, const LockedRow &current,
                                                const QVariantMap &columns);
    Expected<QJsonObject, StoreError> deleteRow(const Write &write, const LockedRow &current);

private:
    // The row if `viewer` sees it, as column -> value.
    Expected<QVariantMap, StoreError> readVisibleRow(const Access::Principal &viewer,
                                                     const Entities::EntityDef &entity, qint64 id);
    Expected<bool, StoreError> auditNationalIdReads(const Access::Principal &viewer,
                                                    const Entities::EntityDef &entity,
                                                    const QList<qint64> &rowIds);
    Expected<bool, StoreError> fillServerFields(QSqlDatabase &db, const Access::Principal &actor,
                                                const Entities::EntityDef &entity,
                                                QVariantMap &columns, const QVariantMap &current);

    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
};

} // namespace Shahrvand::EntityStore
