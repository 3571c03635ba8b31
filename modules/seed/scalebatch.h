#pragma once

#include "bulkinserter.h"
#include "database.h"

#include <QString>

#include <memory>
#include <vector>

namespace Shahrvand::Seed {

// One transaction of generated rows (see ScaleSeeder): versions from change_sequence in
// blocks, ids after the largest in use, multi-row inserts, and one audit entry at the end.
class ScaleBatch final
{
public:
    // `mainTable` and `generator` ("seed --cases") name the batch in the audit trail.
    ScaleBatch(std::shared_ptr<Storage::Database> database, QString mainTable, QString generator);
    ~ScaleBatch();
    ScaleBatch(const ScaleBatch &) = delete;
    ScaleBatch &operator=(const ScaleBatch &) = delete;

    bool begin();
    qint64 nextVersion();
    qint64 nextId(const QString &table);
    // Adds a row to `table`; id, version, created_at and updated_at are the first four
    // values, as `columns` must list them.
    void add(const QString &table, const QStringList &columns, const QVariantList &values);
    // Sends the rest, moves identity sequences, appends the summary and commits.
    bool finish(qint64 atMs);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Rows written, known after finish().
    qint64 rows() const { return m_rows; }

private:
    struct Table
    {
        QString name;
        std::unique_ptr<BulkInserter> inserter;
        qint64 firstId = 0;
        qint64 nextId = 0;
    };
    void fail(const QString &error);
    void reserveVersions();

    std::shared_ptr<Storage::Database> m_database;
    QSqlDatabase m_db;
    QString m_mainTable;
    QString m_generator;
    std::unique_ptr<Storage::Transaction> m_transaction;
    Table &table(const QString &name);

    // In the order first used, which is parents before children: sent in that order.
    std::vector<Table> m_tables;
    qint64 m_firstVersion = 0;
    qint64 m_nextVersion = 0;
    qint64 m_versionsLeft = 0;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace Shahrvand::Seed
