#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

class QSqlQuery;
struct sqlite3_stmt;

namespace Shahrvand::Storage {

// The rows of an executed SQLite query read straight from its statement: text as the
// UTF-8 SQLite holds, numbers as they are, no QVariant and no UTF-16 QString per value.
// Qt's driver turns every column of every row into a QVariant as it steps, which costs
// more than the rest of a large read. Use it in place of the query's next() and value():
//
//     query.exec();
//     Storage::SqliteRows rows(query);
//     if (rows.isAvailable()) { while (rows.next()) ...; if (rows.failed()) ... }
//
// On other backends isAvailable() is false and the query is read as usual. The query must
// not be read with next() as well; its next exec() or finish() resets the statement.
class SqliteRows final
{
public:
    explicit SqliteRows(QSqlQuery &query);

    bool isAvailable() const { return m_statement != nullptr; }
    // Moves to the first row, then to each next one; false after the last or on an error.
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    enum class Type { Null, Integer, Real, Text, Blob };
    Type type(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // UTF-8, valid until next() or until value() reads the same column.
    QByteArrayView text(int column) const;
    // The value as Qt's driver gives it (qint64, double, QString, QByteArray, null QString).
    QVariant value(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_started = false;
    bool m_onRow = false;
    QString m_error;
};

} // namespace Shahrvand::Storage
