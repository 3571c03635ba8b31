#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace Shahrvand::Cache {

// A statement prepared on the connection under a QSqlDatabase (the system SQLite that
// Qt's QSQLITE driver loads), bound and stepped directly. For the rows of a first sync
// only: binding through QSqlQuery formats and hashes a placeholder name per value, and a
// 20-column upsert spent more time there than in SQLite. It runs inside the transaction
// the connection has open; it is reset after each step, so it never holds a read open.
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 0, as QSqlQuery's. Text and blobs are not copied: they must
    // live until step().
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, QByteArrayView utf8);
    void bindText16(int index, QStringView text);
    void bindBlob(int index, QByteArrayView bytes);

    // Runs the statement to its end and resets it; false with error() on failure.
    bool step();
    // Rows the last step() inserted or changed.
    qint64 changes() const;

    // Reading, for a query that walks many rows (the dashboard's figures): next() steps to
    // the next row (false at the end or on an error, after which the statement is reset);
    // columns count from 0. Text stays valid until the next call of next().
    bool next();
    void reset();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QByteArrayView text(int column) const;
    QByteArrayView blob(int column) const;
    double real(int column) const;
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace Shahrvand::Cache
