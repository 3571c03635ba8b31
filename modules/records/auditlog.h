#pragma once

#include "database.h"
#include "expected.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace Shahrvand::Records {

// One line of the audit trail: who did what to which row, with the values before and
// after (a read of a national ID is a line too, with action "read_national_id").
struct AuditEntry
{
    qint64 atMs = 0;
    std::optional<qint64> userId;
    QString action; // create, update, delete, read_national_id, sign_in, ...
    QString entity; // table name
    std::optional<qint64> rowId;
    QJsonObject oldValues;
    QJsonObject newValues;
    QString client; // where the request came from (address, workstation id)
};

// A line as stored: its fields, the previous line's hash and its own.
struct AuditLine
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QVariant userId;
    QString action;
    QString entity;
    QVariant rowId;
    QVariant oldValues;
    QVariant newValues;
    QString client;
    QString previousHash;
    QString hash;
};

// The append-only, hash-chained audit trail. Each row stores the SHA-256 of its own
// content together with the previous row's hash, so altering, deleting or reordering
// any row breaks the chain from that row on. (Removing rows from the end leaves a valid
// shorter chain: operators keep the head hash that verification prints, and compare.)
class AuditLog final
{
public:
    static QString genesisHash();

    // Appends inside the caller's write transaction; returns the row's sequence number.
    // Appends are serialized (SQLite's write lock; on PostgreSQL the change sequence's row
    // lock, which every RowWriter write takes first, so any mix of appends and row writes
    // in one transaction takes its locks in one order), so the chain stays a chain under
    // concurrent writers.
    static Expected<qint64, QString> append(QSqlDatabase &db, Storage::Backend backend,
                                            const AuditEntry &entry);

    // The last line's sequence number and hash (0 and genesisHash() when there is none).
    static Expected<std::pair<qint64, QString>, QString> head(QSqlDatabase &db);
    // `entry` as line `seq`, chained to `previousHash`.
    static AuditLine line(const AuditEntry &entry, qint64 seq, const QString &previousHash);
    // Inserts lines, several to a statement.
    static Expected<bool, QString> insert(QSqlDatabase &db, const QList<AuditLine> &lines);

    // The hash of one row, from its stored fields exactly as stored.
    static QString rowHash(const QString &previousHash, qint64 seq, qint64 atMs,
                           const QString &userId, const QString &action, const QString &entity,
                           const QString &rowId, const QString &oldValues, const QString &newValues,
                           const QString &client);
};

} // namespace Shahrvand::Records
