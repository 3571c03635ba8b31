#include "rowwriter.h"

#include "auditlog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Shahrvand::Records {

namespace {

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch();
}

// Columns that only the writer sets.
bool isBookkeepingColumn(const QString &column)
{
    return column == QLatin1String("id") || column == QLatin1String("version") ||
           column == QLatin1String("deleted") || column == QLatin1String("created_at") ||
           column == QLatin1String("updated_at");
}

WriteError fromQuery(const QSqlQuery &query, Storage::Backend backend)
{
    const QSqlError error = query.lastError();
    const QString text = error.text();
    // PostgreSQL: SQLSTATE class 23 (integrity constraint violation). SQLite: result code
    // SQLITE_CONSTRAINT (19), plain or extended (2067 is 19 + 8 << 8), and its message
    // "UNIQUE constraint failed" / "FOREIGN KEY constraint failed". The code is read per
    // backend: SQLite's own numbers include some that begin with "23" (2314 is an I/O
    // error), which must stay internal errors.
    const QString code = error.nativeErrorCode();
    const bool constraint =
        backend == Storage::Backend::PostgreSQL
            ? code.startsWith(QLatin1String("23"))
            : (code.toInt() & 0xff) == 19 ||
                  text.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive);
    if (constraint)
        return {WriteError::Kind::Constraint, text};
    return WriteError::database(text);
}

QJsonObject toAuditJson(const QVariantMap &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        object.insert(it.key(), RowWriter::isSecretColumn(it.key())
                                    ? QJsonValue(QStringLiteral("[secret]"))
                                    : QJsonValue::fromVariant(it.value()));
    }
    return object;
}

} // namespace

RowWriter::RowWriter(QSqlDatabase db, Storage::Backend backend, WriteBatch *batch)
    : m_db(std::move(db))
    , m_backend(backend)
    , m_batch(batch)
{}

bool RowWriter::isSecretColumn(const QString &column)
{
    return column == QLatin1String("password_hash") || column == QLatin1String("token_hash");
}

Expected<qint64, WriteError> RowWriter::nextVersion()
{
    if (m_batch)
        return m_batch->nextVersion();
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("UPDATE change_sequence SET value = value + 1 WHERE id = 1 "
                             "RETURNING value"));
    if (!query.isPrepared() || !query->exec() || !query->next())
        return fromQuery(*query, m_backend);
    return query->value(0).toLongLong();
}

Expected<qint64, WriteError> RowWriter::versionFor(const WriteContext &context)
{
    if (context.version)
        return *context.version;
    return nextVersion();
}

Expected<WrittenRow, WriteError> RowWriter::insert(const QString &table, const QVariantMap &fields,
                                                   const WriteContext &context,
                                                   const QStringList &returning)
{
    if (!isIdentifier(table))
        return WriteError::database(QStringLiteral("not a table name: ") + table);
    for (const QString &column : returning) {
        if (!isIdentifier(column))
            return WriteError::database(QStringLiteral("not a column name: ") + column);
    }
    const auto version = versionFor(context);
    if (!version)
        return version.error();

    QStringList columns{QStringLiteral("version"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")};
    QVariantList values{*version, context.nowMs, context.nowMs};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!isIdentifier(it.key()) || isBookkeepingColumn(it.key()))
            return WriteError::database(QStringLiteral("column not writable: ") + it.key());
        columns << it.key();
        values << it.value();
    }

    WrittenRow row;
    {
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id%4")
                .arg(table, columns.join(QLatin1Char(',')),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')),
                     returning.isEmpty() ? QString()
                                         : QLatin1Char(',') + returning.join(QLatin1Char(','))));
        for (const QVariant &value : std::as_const(values))
            query->addBindValue(value);
        if (!query.isPrepared() || !query->exec() || !query->next())
            return fromQuery(*query, m_backend);
        row = WrittenRow{query->value(0).toLongLong(), *version, {}};
        for (qsizetype i = 0; i < returning.size(); ++i)
            row.returned.append(query->value(int(i + 1)));
    }

    const auto audited = audit(QStringLiteral("create"), table, row.id, {}, fields, context);
    if (!audited)
        return audited.error();
    return row;
}

Expected<WrittenRow, WriteError> RowWriter::update(const QString &table, qint64 id,
                                                   const QVariantMap &changes,
                                                   const WriteContext &context,
                                                   std::optional<qint64> expectedVersion)
{
    if (!isIdentifier(table))
        return WriteError::database(QStringLiteral("not a table name: ") + table);
    QStringList columns;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!isIdentifier(it.key()) || isBookkeepingColumn(it.key()))
            return WriteError::database(QStringLiteral("column not writable: ") + it.key());
        columns << it.key();
    }

    // Take the next version first: on PostgreSQL that locks the change sequence, so no
    // other writer can change the row between the version check below and the update.
    // (A failed check rolls back with the caller's transaction, version and all.)
    const auto version = versionFor(context);
    if (!version)
        return version.error();

    // The old values: for the audit trail and the version check.
    QVariantMap oldValues;
    {
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db, QStringLiteral("SELECT version, deleted%1 FROM %2 WHERE id = ?")
                      .arg(columns.isEmpty() ? QString()
                                             : QLatin1Char(',') + columns.join(QLatin1Char(',')),
                           table));
        query->addBindValue(id);
        if (!query.isPrepared() || !query->exec())
            return fromQuery(*query, m_backend);
        if (!query->next() || query->value(1).toInt() != 0)
            return WriteError::notFound(table + QLatin1Char('/') + QString::number(id));
        if (expectedVersion && query->value(0).toLongLong() != *expectedVersion)
            return WriteError::conflict();
        for (int i = 0; i < columns.size(); ++i)
            oldValues.insert(columns.at(i), query->value(i + 2));
    }

    QStringList assignments{QStringLiteral("version = ?"), QStringLiteral("updated_at = ?")};
    for (const QString &column : std::as_const(columns))
        assignments << column + QStringLiteral(" = ?");
    {
        Storage::PreparedQuery query =
            Storage::Database::prepared(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                                  .arg(table, assignments.join(QLatin1Char(','))));
        query->addBindValue(*version);
        query->addBindValue(context.nowMs);
        for (const QString &column : std::as_const(columns))
            query->addBindValue(changes.value(column));
        query->addBindValue(id);
        if (!query.isPrepared() || !query->exec())
            return fromQuery(*query, m_backend);
    }

    const auto audited = audit(QStringLiteral("update"), table, id, oldValues, changes, context);
    if (!audited)
        return audited.error();
    return WrittenRow{id, *version, {}};
}

Expected<WrittenRow, WriteError> RowWriter::markDeleted(const QString &table, qint64 id,
                                                        const WriteContext &context,
                                                        std::optional<qint64> expectedVersion)
{
    if (!isIdentifier(table))
        return WriteError::database(QStringLiteral("not a table name: ") + table);
    const auto version = versionFor(context); // first, for the same reason as in update()
    if (!version)
        return version.error();
    {
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db, QStringLiteral("SELECT version, deleted FROM %1 WHERE id = ?").arg(table));
        query->addBindValue(id);
        if (!query.isPrepared() || !query->exec())
            return fromQuery(*query, m_backend);
        if (!query->next() || query->value(1).toInt() != 0)
            return WriteError::notFound(table + QLatin1Char('/') + QString::number(id));
        if (expectedVersion && query->value(0).toLongLong() != *expectedVersion)
            return WriteError::conflict();
    }
    {
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db,
            QStringLiteral("UPDATE %1 SET version = ?, updated_at = ?, deleted = 1 WHERE id = ?")
                .arg(table));
        query->addBindValue(*version);
        query->addBindValue(context.nowMs);
        query->addBindValue(id);
        if (!query.isPrepared() || !query->exec())
            return fromQuery(*query, m_backend);
    }

    // What changed, like an update: the row itself stays, as a tombstone.
    const auto audited =
        audit(QStringLiteral("delete"), table, id, {{QStringLiteral("deleted"), 0}},
              {{QStringLiteral("deleted"), 1}}, context);
    if (!audited)
        return audited.error();
    return WrittenRow{id, *version, {}};
}

Expected<bool, WriteError> RowWriter::audit(const QString &action, const QString &table, qint64 id,
                                            const QVariantMap &oldValues,
                                            const QVariantMap &newValues,
                                            const WriteContext &context)
{
    AuditEntry entry;
    entry.atMs = context.nowMs;
    entry.userId = context.actorUserId;
    entry.action = action;
    entry.entity = table;
    entry.rowId = id;
    entry.oldValues = toAuditJson(oldValues);
    if (context.erasing) {
        for (auto it = entry.oldValues.begin(); it != entry.oldValues.end(); ++it)
            it.value() = QStringLiteral("[erased]");
    }
    entry.newValues = toAuditJson(newValues);
    entry.client = context.client;
    const auto appended =
        m_batch ? m_batch->append(entry) : AuditLog::append(m_db, m_backend, entry);
    if (!appended)
        return WriteError::database(QStringLiteral("audit: ") + appended.error());
    return true;
}

} // namespace Shahrvand::Records
