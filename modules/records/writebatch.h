#pragma once

#include "auditlog.h"
#include "database.h"
#include "expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace Shahrvand::Records {

// The bookkeeping of one write transaction that takes the change sequence's lock before
// anything else and keeps it to the end (a sync push of many mutations). Holding the
// lock, nobody else can hand out versions or append to the audit trail, so both are done
// in memory: versions counted on from the one the lock returned, audit lines hashed onto
// the chain's head (read once) exactly as AuditLog::append() hashes them. flush(), just
// before commit, stores the sequence's new value and inserts the lines several to a
// statement: on PostgreSQL, where every statement is a round trip, that saves four of them
// for every row written. A savepoint's versions are simply skipped when it is rolled back
// (versions need only grow); its audit lines are dropped (mark() and rollbackTo()).
class WriteBatch final
{
public:
    explicit WriteBatch(QSqlDatabase db);

    // Takes the change sequence (and its lock); must be the transaction's first write.
    Expected<qint64, QString> lock();
    qint64 nextVersion() { return ++m_version; }

    // AuditLog::append()'s line, kept until flush(); returns its sequence number.
    Expected<qint64, QString> append(const AuditEntry &entry);

    qsizetype mark() const { return m_lines.size(); }
    void rollbackTo(qsizetype mark);

    Expected<bool, QString> flush();

private:
    QSqlDatabase m_db;
    qint64 m_lockedVersion = 0;
    qint64 m_version = 0;
    bool m_headRead = false;
    qint64 m_headSeq = 0;
    QString m_headHash;
    QList<AuditLine> m_lines;
};

} // namespace Shahrvand::Records
