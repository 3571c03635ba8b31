#pragma once

#include "database.h"
#include "expected.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Seed {

struct ScaleOptions
{
    qint64 citizens = 0;
    qint64 cases = 0;
    qint64 articles = 0;
    // Rows of the main table per transaction (child rows come on top).
    int batchRows = 20000;
};

struct ScaleReport
{
    qint64 citizens = 0;
    qint64 cases = 0;
    qint64 articles = 0;
    qint64 rows = 0; // child rows (phones, addresses, history, links) included
    qint64 elapsedMs = 0;
};

// Generated data at benchmark scale: a million cases in minutes.
//
// Writing each row through RowWriter would cost four statements and an audit row per row,
// the audit chain's hash and lookup dominating. This fast path instead, per transaction of
// `batchRows` rows:
//  - takes a block of versions from change_sequence in one statement (the same row lock
//    RowWriter takes, so the block is ordered with every other write) and gives each row
//    its own version from the block;
//  - takes ids after the largest in use (on PostgreSQL the identity sequence is moved past
//    them before commit);
//  - inserts with multi-row prepared INSERTs (BulkInserter);
//  - appends ONE audit entry ("bulk_create") summarising what was generated: row counts,
//    id and version ranges per table. The audit chain stays valid and says that a
//    generator, not a person, wrote these rows; per-row old/new values are not recorded.
// Needs the demo base (organisation, services, staff); creates it when missing.
class ScaleSeeder final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Seed::ScaleSeeder)

public:
    ScaleSeeder(std::shared_ptr<Storage::Database> database, const Clock &clock);

    // Progress lines for the operator (rows per second), in the user interface language.
    void setProgressHandler(std::function<void(const QString &)> handler)
    {
        m_progress = std::move(handler);
    }

    Expected<ScaleReport, QString> run(const ScaleOptions &options);

private:
    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    std::function<void(const QString &)> m_progress;
};

} // namespace Shahrvand::Seed
