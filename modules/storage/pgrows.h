#pragma once

#include <QByteArrayView>
#include <QVariant>

class QSqlQuery;
struct pg_result;

namespace Shahrvand::Storage {

// The rows of an executed PostgreSQL query read straight from libpq's result: text as
// the UTF-8 the server sent, integers parsed from their digits, no QVariant and no
// UTF-16 QString per value (Qt's driver builds both for every value read). The
// PostgreSQL twin of SqliteRows, used the same way:
//
//     query.exec();
//     Storage::PgRows rows(query);
//     if (rows.isAvailable()) { while (rows.next()) ...; if (rows.failed()) ... }
//
// Rows are still fetched by Qt's driver (one at a time for a forward-only query);
// PgRows only reads the current one. Columns of types other than integers, floats and
// text are left to value(), which reads them as Qt's driver does.
class PgRows final
{
public:
    explicit PgRows(QSqlQuery &query);

    bool isAvailable() const { return m_query != nullptr; }
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    enum class Type { Null, Integer, Real, Text, Other };
    Type type(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // UTF-8, valid until next().
    QByteArrayView text(int column) const;
    QVariant value(int column) const;

private:
    QSqlQuery *m_query = nullptr;
    pg_result *m_result = nullptr;
    int m_row = 0;
    QString m_error;
};

} // namespace Shahrvand::Storage
