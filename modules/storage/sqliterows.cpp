#include "sqliterows.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlResult>

#include <sqlite3.h>

namespace Shahrvand::Storage {

SqliteRows::SqliteRows(QSqlQuery &query)
{
    if (!query.isActive() || !query.result())
        return;
    const QVariant handle = query.result()->handle();
    // The driver's metatype is registered under this name; Qt documents reading it so.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return;
    m_statement = *static_cast<sqlite3_stmt *const *>(handle.constData());
}

bool SqliteRows::next()
{
    if (!m_statement || m_error.size())
        return false;
    if (!m_started) {
        // exec() has already stepped to the first row (Qt keeps its values aside), or
        // found none and reset the statement.
        m_started = true;
        m_onRow = sqlite3_data_count(m_statement) > 0;
        return m_onRow;
    }
    if (!m_onRow)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    m_onRow = false;
    if (result != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        if (m_error.isEmpty())
            m_error = QStringLiteral("SQLite error %1").arg(result);
    }
    sqlite3_reset(m_statement);
    return false;
}

SqliteRows::Type SqliteRows::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return Type::Null;
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Text;
    }
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteRows::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteRows::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QVariant SqliteRows::value(int column) const
{
    // As QSQLiteResult reads a column (with its default precision policy).
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QString(static_cast<const QChar *>(sqlite3_column_text16(m_statement, column)),
                       sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
    }
}

} // namespace Shahrvand::Storage
