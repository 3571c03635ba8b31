#pragma once

#include "database.h"
#include "rowwriter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace Shahrvand::Seed {

// One write transaction of seeding, writing through Records::RowWriter (versioned and
// audited). The first failure is kept and every later write is skipped, so generators read
// as straight lists of rows and check ok() once at the end.
class SeedSession final
{
public:
    explicit SeedSession(std::shared_ptr<Storage::Database> database);
    ~SeedSession();
    SeedSession(const SeedSession &) = delete;
    SeedSession &operator=(const SeedSession &) = delete;

    QSqlDatabase &db() { return m_db; }
    Storage::Backend backend() const { return m_database->backend(); }
    const std::shared_ptr<Storage::Database> &database() const { return m_database; }

    bool begin();
    bool commit();
    void rollback();

    // The new row's id, or 0 after a failure.
    qint64 insert(const QString &table, const QVariantMap &fields, qint64 atMs,
                  std::optional<qint64> actor = {});
    bool update(const QString &table, qint64 id, const QVariantMap &changes, qint64 atMs,
                std::optional<qint64> actor = {});

    // Reading helpers: the first column of the first row (invalid when none), and every
    // (text key -> id) pair of a two-column query.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    QHash<QString, qint64> idsByKey(const QString &sql);
    bool exists(const QString &table, const QString &column, const QVariant &value);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &error);
    qint64 rowsWritten() const { return m_rows; }

private:
    static QVariantMap withEmptyStrings(QVariantMap fields);

    std::shared_ptr<Storage::Database> m_database;
    QSqlDatabase m_db;
    std::unique_ptr<Storage::Transaction> m_transaction;
    std::unique_ptr<Records::RowWriter> m_writer;
    QString m_error;
    qint64 m_rows = 0;
};

// Milliseconds of common spans, for generated times.
constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// Every seeded change is recorded as coming from here.
QString seedClient();

} // namespace Shahrvand::Seed
