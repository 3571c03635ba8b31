#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Shahrvand::Records {

// The last row of the audit trail: its sequence number and hash. Operators keep the head
// that verification prints; a later verification given it also detects rows removed from
// the end, which leave a shorter but valid chain.
struct AuditHead
{
    qint64 seq = 0; // 0: the trail is empty (the hash is then the genesis hash)
    QString hash;

    // "SEQ:HASH", as `verify-audit --expect-head` takes it; std::nullopt when malformed.
    static std::optional<AuditHead> parse(QStringView text);
    QString toString() const;

    friend bool operator==(const AuditHead &, const AuditHead &) = default;
};

struct AuditProblem
{
    enum class Kind {
        // The row's content no longer matches its hash: a value, the sequence number or the
        // hash itself was changed.
        Altered,
        // The row is intact but was written with another sequence number (`otherSeq`):
        // rows were moved or swapped.
        Reordered,
        // Sequence numbers `seq` to `otherSeq` are absent: rows were deleted.
        Missing,
        // The row does not point at the hash of the row before it: that row was replaced
        // (and its hash recomputed), or rows between them were deleted and the rest
        // renumbered.
        BrokenLink,
        // The trail ends at `seq`, before the expected head `otherSeq`: rows were removed
        // from the end.
        Truncated,
        // The row at the expected head's sequence number has another hash.
        HeadMismatch,
    };
    Kind kind = Kind::Altered;
    qint64 seq = 0;
    qint64 otherSeq = 0;

    // One line for the operator, in the user interface language.
    QString describe() const;
};

struct AuditReport
{
    qint64 rowsChecked = 0;
    AuditHead head;
    QList<AuditProblem> problems;
    qint64 problemsNotListed = 0; // beyond the verifier's limit: counted, not kept

    bool isIntact() const { return problems.isEmpty(); }
};

// Walks the audit trail in sequence order, a page at a time (memory does not grow with the
// trail), recomputing every row's hash from its stored fields and checking that each row
// points at the one before it.
class AuditVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Records::AuditVerifier)

public:
    explicit AuditVerifier(QSqlDatabase db);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void setMaxProblems(int problems) { m_maxProblems = qMax(1, problems); }
    // Called after every page with the rows checked so far.
    void setProgressHandler(std::function<void(qint64)> handler)
    {
        m_progress = std::move(handler);
    }

    // The error is a database failure, not a problem with the trail.
    Expected<AuditReport, QString> verify(const std::optional<AuditHead> &expectedHead = {});

private:
    QSqlDatabase m_db;
    int m_pageSize = 5000;
    int m_maxProblems = 1000;
    std::function<void(qint64)> m_progress;
};

} // namespace Shahrvand::Records
