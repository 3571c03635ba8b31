#include "pgrows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>

#include <libpq-fe.h>

#include <charconv>

namespace Shahrvand::Storage {

namespace {

// The built-in types' OIDs (catalog/pg_type_d.h, a server header).
constexpr Oid int8Oid = 20, int2Oid = 21, int4Oid = 23, textOid = 25, float4Oid = 700,
              float8Oid = 701, varcharOid = 1043;

pg_result *currentResult(QSqlQuery &query)
{
    const QVariant handle = query.result()->handle();
    // The driver's metatype (Qt documents reading the handle so): PGresult is a typedef
    // of struct pg_result, the name the metatype system records.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_result*") != 0 &&
                              qstrcmp(handle.typeName(), "PGresult*") != 0))
        return nullptr;
    return *static_cast<pg_result *const *>(handle.constData());
}

} // namespace

PgRows::PgRows(QSqlQuery &query)
{
    if (!query.isActive() || !query.result() || !currentResult(query))
        return;
    m_query = &query;
}

bool PgRows::next()
{
    if (!m_query || !m_error.isEmpty())
        return false;
    if (!m_query->next()) {
        if (m_query->lastError().type() != QSqlError::NoError)
            m_error = m_query->lastError().text();
        m_result = nullptr;
        return false;
    }
    // A forward-only query is fetched a row at a time (libpq's single-row mode): each row
    // is a result of its own. Otherwise the result holds them all. (Qt's driver reads the
    // same way: qsql_psql.cpp, QPSQLResult::data().)
    m_result = currentResult(*m_query);
    m_row = m_query->isForwardOnly() ? 0 : m_query->at();
    if (!m_result || m_row >= PQntuples(m_result)) {
        m_error = QStringLiteral("no current row in the PostgreSQL result");
        m_result = nullptr;
        return false;
    }
    return true;
}

PgRows::Type PgRows::type(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return Type::Null;
    switch (PQftype(m_result, column)) {
    case int2Oid:
    case int4Oid:
    case int8Oid:
        return Type::Integer;
    case float4Oid:
    case float8Oid:
        return Type::Real;
    case textOid:
    case varcharOid:
        return Type::Text;
    default:
        return Type::Other;
    }
}

qint64 PgRows::integer(int column) const
{
    const char *text = PQgetvalue(m_result, m_row, column);
    qint64 value = 0;
    std::from_chars(text, text + PQgetlength(m_result, m_row, column), value);
    return value;
}

double PgRows::real(int column) const
{
    // Few columns are reals (coordinates): read as Qt's driver reads them, so that every
    // digit and Infinity or NaN come out the same.
    return m_query->value(column).toDouble();
}

QByteArrayView PgRows::text(int column) const
{
    return QByteArrayView(PQgetvalue(m_result, m_row, column),
                          PQgetlength(m_result, m_row, column));
}

QVariant PgRows::value(int column) const
{
    return m_query->value(column);
}

} // namespace Shahrvand::Storage
