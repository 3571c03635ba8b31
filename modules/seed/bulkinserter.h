#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Shahrvand::Seed {

// Inserts many rows of one table with multi-row prepared INSERTs (hundreds of rows per
// statement), inside the caller's transaction. For generated benchmark data only: it writes
// the columns it is given, id and version included, and leaves versions and the audit trail
// to the caller (see ScaleSeeder).
class BulkInserter final
{
public:
    BulkInserter(QSqlDatabase db, QString table, QStringList columns);

    // One row, its values in the order of the columns. Kept until flush(), so that the
    // caller decides the order in which tables are sent (parents before children).
    void add(const QVariantList &values);
    // Sends every waiting row, hundreds per statement; false after a database error.
    bool flush();

    QString error() const { return m_error; }
    qint64 rowsInserted() const { return m_inserted; }

private:
    bool send(QSqlQuery &query, qsizetype first, int rows);
    QString statement(int rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    QSqlQuery m_fullQuery;
    bool m_fullPrepared = false;
    QVariantList m_pending;
    QString m_error;
    qint64 m_inserted = 0;
};

} // namespace Shahrvand::Seed
