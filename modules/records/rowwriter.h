#pragma once

#include "database.h"
#include "expected.h"
#include "writebatch.h"
#include "writeerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Shahrvand::Records {

// Who writes, from where, and when: recorded on the row and in the audit trail.
struct WriteContext
{
    std::optional<qint64> actorUserId; // empty for the system (seeding, migrations)
    QString client;
    qint64 nowMs = 0;
    // A version the caller already took with nextVersion() in this transaction (and with
    // it the write lock), for the write to use instead of taking another.
    std::optional<qint64> version = std::nullopt;
    // An erasure of personal data: the audit trail records which columns changed and their
    // new values, never the old ones ("[erased]"), so the trail does not keep what was erased.
    bool erasing = false;
};

struct WrittenRow
{
    qint64 id = 0;
    qint64 version = 0;
    QVariantList returned; // the columns insert() was asked to return, in that order
};

// The one way rows of the synced tables are written on the server. Each call must run
// inside a write transaction the caller began (Storage::Transaction) and commits:
//  - the row gets the next version of the change sequence, so sync pulls see changes in
//    commit order;
//  - created_at / updated_at are set from the context's time;
//  - a delete only marks the row as a tombstone, so the delete can be synced;
//  - the change, with old and new values, is appended to the audit trail.
// Table and column names come from code, never from requests; they are still checked to
// be plain identifiers.
class RowWriter final
{
public:
    // With a `batch`, versions and audit lines come from it (the transaction holds the
    // change sequence's lock) and reach the database when it is flushed.
    RowWriter(QSqlDatabase db, Storage::Backend backend, WriteBatch *batch = nullptr);

    // The next value of the change sequence. Taking it also takes the row lock that
    // orders concurrent writers on PostgreSQL.
    Expected<qint64, WriteError> nextVersion();

    // With `returning`, the inserted row's values of those columns come back with it, from
    // the same statement (no second read).
    Expected<WrittenRow, WriteError> insert(const QString &table, const QVariantMap &fields,
                                            const WriteContext &context,
                                            const QStringList &returning = {});

    // Changes only the given columns. With `expectedVersion`, fails with VersionConflict
    // when the row's version differs (optimistic concurrency for If-Match and sync).
    Expected<WrittenRow, WriteError> update(const QString &table, qint64 id,
                                            const QVariantMap &changes, const WriteContext &context,
                                            std::optional<qint64> expectedVersion = {});

    Expected<WrittenRow, WriteError> markDeleted(const QString &table, qint64 id,
                                                 const WriteContext &context,
                                                 std::optional<qint64> expectedVersion = {});

    // Columns whose values never reach the audit trail in clear.
    static bool isSecretColumn(const QString &column);

private:
    // The context's version if the caller took one, else the next.
    Expected<qint64, WriteError> versionFor(const WriteContext &context);
    Expected<bool, WriteError> audit(const QString &action, const QString &table, qint64 id,
                                     const QVariantMap &oldValues, const QVariantMap &newValues,
                                     const WriteContext &context);

    QSqlDatabase m_db;
    Storage::Backend m_backend;
    WriteBatch *m_batch = nullptr;
};

} // namespace Shahrvand::Records
