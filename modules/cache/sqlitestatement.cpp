#include "sqlitestatement_p.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Shahrvand::Cache {

namespace {

sqlite3 *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // The driver's metatype is registered under this name; Qt documents reading it so.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
    : m_db(connectionOf(db))
{
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // An empty view has no data; SQLite takes a null pointer as NULL, so give it "".
    sqlite3_bind_text(m_statement, index + 1, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqliteStatement::bindText16(int index, QStringView text)
{
    sqlite3_bind_text16(m_statement, index + 1, text.isEmpty() ? u"" : text.utf16(),
                        int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_statement, index + 1, bytes.isEmpty() ? "" : bytes.data(),
                      int(bytes.size()), SQLITE_STATIC);
}

bool SqliteStatement::step()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    const bool done = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!done) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        if (m_error.isEmpty())
            m_error = QStringLiteral("SQLite error %1").arg(result);
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return done;
}

qint64 SqliteStatement::changes() const
{
    return sqlite3_changes64(m_db);
}

bool SqliteStatement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *bytes = sqlite3_column_text(m_statement, column);
    return QByteArrayView(reinterpret_cast<const char *>(bytes),
                          sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::blob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column))
                 : QByteArrayView();
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

} // namespace Shahrvand::Cache
