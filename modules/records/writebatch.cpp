#include "writebatch.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Records {

WriteBatch::WriteBatch(QSqlDatabase db)
    : m_db(std::move(db))
{}

Expected<qint64, QString> WriteBatch::lock()
{
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("UPDATE change_sequence SET value = value + 1 WHERE id = 1 "
                             "RETURNING value"));
    if (!query.isPrepared() || !query->exec() || !query->next())
        return query->lastError().text();
    m_lockedVersion = m_version = query->value(0).toLongLong();
    return m_version;
}

Expected<qint64, QString> WriteBatch::append(const AuditEntry &entry)
{
    if (!m_headRead) {
        const auto head = AuditLog::head(m_db);
        if (!head)
            return head.error();
        m_headSeq = head->first;
        m_headHash = head->second;
        m_headRead = true;
    }
    const qint64 seq = m_lines.isEmpty() ? m_headSeq + 1 : m_lines.constLast().seq + 1;
    const QString &previous = m_lines.isEmpty() ? m_headHash : m_lines.constLast().hash;
    m_lines.append(AuditLog::line(entry, seq, previous));
    return seq;
}

void WriteBatch::rollbackTo(qsizetype mark)
{
    if (mark < m_lines.size())
        m_lines.resize(mark);
}

Expected<bool, QString> WriteBatch::flush()
{
    if (m_version != m_lockedVersion) {
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db, QStringLiteral("UPDATE change_sequence SET value = ? WHERE id = 1"));
        query->addBindValue(m_version);
        if (!query.isPrepared() || !query->exec())
            return query->lastError().text();
        m_lockedVersion = m_version;
    }
    if (const auto inserted = AuditLog::insert(m_db, m_lines); !inserted)
        return inserted;
    m_headSeq = m_lines.isEmpty() ? m_headSeq : m_lines.constLast().seq;
    m_headHash = m_lines.isEmpty() ? m_headHash : m_lines.constLast().hash;
    m_lines.clear();
    return true;
}

} // namespace Shahrvand::Records
