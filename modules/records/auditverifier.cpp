#include "auditverifier.h"

#include "auditlog.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Records {

namespace {

// How far from its place a moved row is looked for: swaps and shuffles of neighbours are
// named as such; a row moved further is still reported, as altered.
constexpr qint64 reorderWindow = 64;

struct StoredRow
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString userId, action, entity, rowId, oldValues, newValues, client, prevHash, hash;

    QString hashAs(qint64 seqWritten) const
    {
        return AuditLog::rowHash(prevHash, seqWritten, atMs, userId, action, entity, rowId,
                                 oldValues, newValues, client);
    }
};

QString numberOrEmpty(const QVariant &value)
{
    return value.isNull() ? QString() : QString::number(value.toLongLong());
}

// The sequence number the row was written with, when that is not its own: the row is
// intact but has been moved.
std::optional<qint64> writtenAs(const StoredRow &row)
{
    for (qint64 distance = 1; distance <= reorderWindow; ++distance) {
        for (const qint64 candidate : {row.seq - distance, row.seq + distance}) {
            if (candidate > 0 && row.hashAs(candidate) == row.hash)
                return candidate;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<AuditHead> AuditHead::parse(QStringView text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\s*(\\d{1,18})\\s*:\\s*([0-9a-fA-F]{64})\\s*$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return AuditHead{match.captured(1).toLongLong(), match.captured(2).toLower()};
}

QString AuditHead::toString() const
{
    return QString::number(seq) + QLatin1Char(':') + hash;
}

QString AuditProblem::describe() const
{
    switch (kind) {
    case Kind::Altered:
        return AuditVerifier::tr("row %1 was altered: its content does not match its hash")
            .arg(seq);
    case Kind::Reordered:
        return AuditVerifier::tr("row %1 is out of order: it was written as row %2")
            .arg(seq)
            .arg(otherSeq);
    case Kind::Missing:
        return seq == otherSeq
                   ? AuditVerifier::tr("row %1 is missing").arg(seq)
                   : AuditVerifier::tr("rows %1 to %2 are missing").arg(seq).arg(otherSeq);
    case Kind::BrokenLink:
        return AuditVerifier::tr("row %1 does not follow row %2: that row was replaced, or rows "
                                 "between them were removed")
            .arg(seq)
            .arg(otherSeq);
    case Kind::Truncated:
        return AuditVerifier::tr("the trail ends at row %1 but reached row %2 before: rows were "
                                 "removed from the end")
            .arg(seq)
            .arg(otherSeq);
    case Kind::HeadMismatch:
        return AuditVerifier::tr("row %1 is not the row recorded as the head earlier: the trail "
                                 "was rewritten from there")
            .arg(seq);
    }
    Q_UNREACHABLE();
}

AuditVerifier::AuditVerifier(QSqlDatabase db)
    : m_db(std::move(db))
{}

Expected<AuditReport, QString> AuditVerifier::verify(const std::optional<AuditHead> &expectedHead)
{
    AuditReport report;
    const auto note = [&](AuditProblem::Kind kind, qint64 seq, qint64 otherSeq) {
        if (report.problems.size() < m_maxProblems)
            report.problems.append({kind, seq, otherSeq});
        else
            ++report.problemsNotListed;
    };

    // The previous row as stored, and whether it was itself found wrong (then the link
    // from the next row is not reported again).
    qint64 previousSeq = 0;
    QString previousHash = AuditLog::genesisHash();
    bool previousFlagged = false;
    std::optional<QString> hashAtExpectedHead;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (;;) {
        // Keyset pages: each one an index range scan, whatever the trail's length.
        query.prepare(QStringLiteral(
            "SELECT seq, at, user_id, action, entity, row_id, old_values, new_values, client,"
            " prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"));
        query.addBindValue(previousSeq);
        query.addBindValue(m_pageSize);
        if (!query.exec())
            return tr("Could not read the audit trail: %1").arg(query.lastError().text());
        int rowsInPage = 0;
        while (query.next()) {
            ++rowsInPage;
            StoredRow row;
            row.seq = query.value(0).toLongLong();
            row.atMs = query.value(1).toLongLong();
            row.userId = numberOrEmpty(query.value(2));
            row.action = query.value(3).toString();
            row.entity = query.value(4).toString();
            row.rowId = numberOrEmpty(query.value(5));
            row.oldValues = query.value(6).toString();
            row.newValues = query.value(7).toString();
            row.client = query.value(8).toString();
            row.prevHash = query.value(9).toString();
            row.hash = query.value(10).toString();

            bool flagged = false;
            if (row.hashAs(row.seq) != row.hash) {
                flagged = true;
                if (const auto original = writtenAs(row))
                    note(AuditProblem::Kind::Reordered, row.seq, *original);
                else
                    note(AuditProblem::Kind::Altered, row.seq, 0);
            }
            if (row.seq != previousSeq + 1)
                note(AuditProblem::Kind::Missing, previousSeq + 1, row.seq - 1);
            else if (!flagged && !previousFlagged && row.prevHash != previousHash)
                note(AuditProblem::Kind::BrokenLink, row.seq, previousSeq);

            if (expectedHead && row.seq == expectedHead->seq)
                hashAtExpectedHead = row.hash;
            ++report.rowsChecked;
            previousSeq = row.seq;
            previousHash = row.hash;
            previousFlagged = flagged;
        }
        query.finish();
        if (m_progress)
            m_progress(report.rowsChecked);
        if (rowsInPage < m_pageSize)
            break;
    }
    report.head = {previousSeq, previousHash};

    if (expectedHead && expectedHead->seq > 0) {
        if (previousSeq < expectedHead->seq)
            note(AuditProblem::Kind::Truncated, previousSeq, expectedHead->seq);
        else if (hashAtExpectedHead && *hashAtExpectedHead != expectedHead->hash)
            note(AuditProblem::Kind::HeadMismatch, expectedHead->seq, 0);
        // A head inside a gap is already reported as missing.
    }
    return report;
}

} // namespace Shahrvand::Records
