#pragma once

#include "money.h"
#include "role.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>

#include <optional>

namespace Shahrvand::Missions {

// One expense_lines row, as the checks see it.
struct ExpenseLine
{
    qint64 id = 0;
    qint64 claimId = 0;
    QString type; // transport, lodging, per_diem, meals, other
    QDate spentOn;
    Money amount;
    QString vendor;
    QString receiptSha256; // the receipt file's hash, empty when none is named
    // A receipt is attached: a hash on the line, or an attachments row for it (which the
    // caller knows; a receipt photographed offline is attached before it is uploaded).
    bool hasReceipt = false;

    // Reads id, claim_id, expense_type, spent_on, amount_rials, vendor, receipt_sha256;
    // hasReceipt from the hash.
    static ExpenseLine fromRow(const QJsonObject &row);
};

// One expense_policies row: for lines of `type` (and claimants with `role`, or everyone
// when nothing), the most that may be claimed a day and in one claim, and the amount above
// which a line needs a receipt. A missing value is no limit.
struct ExpensePolicy
{
    QString type;
    std::optional<Access::Role> role;
    std::optional<Money> dailyCap; // per diem: the daily rate
    std::optional<Money> claimCap;
    std::optional<Money> receiptRequiredAbove;

    static ExpensePolicy fromRow(const QJsonObject &row);
};

// The policy that applies to a claimant's lines of `type`: a policy for one of their roles
// wins over the policy for everyone; with several of their roles covered, the most generous
// (the highest daily cap, then the highest claim cap) applies. Nothing when no policy
// names the type.
std::optional<ExpensePolicy> policyFor(const QList<ExpensePolicy> &policies, const QString &type,
                                       const QSet<Access::Role> &claimantRoles);

enum class FindingSeverity {
    Blocking, // the claim cannot be submitted until it is corrected
    Warning,  // the approvers see it; the claim may go on
};

enum class FindingCode {
    AmountNotPositive, // a line of zero or fewer rials (blocking)
    DailyCapExceeded,  // a day's lines of one type over the daily cap (blocking)
    ClaimCapExceeded,  // the claim's lines of one type over the claim cap (blocking)
    ReceiptMissing,    // a line above the receipt threshold without a receipt (blocking)
    DuplicateReceipt,  // the same receipt file on another line or claim (blocking)
    PossibleDuplicate, // the same amount, day and vendor on another line or claim (warning)
    TotalOverflow,     // the total does not fit in the amounts we can store (blocking)
};

struct PolicyFinding
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Missions::PolicyFinding)

public:
    FindingCode code = FindingCode::AmountNotPositive;
    FindingSeverity severity = FindingSeverity::Blocking;
    qint64 lineId = 0; // the line it concerns (the last line of a day or claim over a cap)
    QString expenseType;
    QDate date;              // daily caps, possible duplicates
    Money amount;            // the line's amount, or the day's or the claim's sum of the type
    Money limit;             // the cap or the receipt threshold
    qint64 otherLineId = 0;  // duplicates: the line it repeats
    qint64 otherClaimId = 0; // duplicates: that line's claim (this claim's id when the same)

    QString codeText() const;     // "daily_cap_exceeded", ...
    QString severityText() const; // "blocking", "warning"
    // A sentence for the claimant, in the user interface language, amounts and dates in
    // the locale's digits (Jalali dates).
    QString message(const QLocale &locale = QLocale()) const;
    // {"code", "severity", "line_id", "expense_type", "date", "amount_rials",
    //  "limit_rials", "other_line_id", "other_claim_id"} (the ones that apply).
    QJsonObject toJson() const;
};

// The lines of the claim being checked and what they are compared with.
struct ClaimUnderCheck
{
    qint64 claimId = 0;
    QList<ExpenseLine> lines;
    QSet<Access::Role> claimantRoles;
    // The lines of the claimant's other claims that still count (not withdrawn, not
    // rejected), for duplicates.
    QList<ExpenseLine> otherClaimsLines;
};

// Every finding, in the order of the lines (and of types and days for the caps).
// Amounts are summed with checked arithmetic; a sum that would overflow is a TotalOverflow
// finding, never a wrapped number.
QList<PolicyFinding> checkExpensePolicy(const ClaimUnderCheck &claim,
                                        const QList<ExpensePolicy> &policies);

bool hasBlocking(const QList<PolicyFinding> &findings);

} // namespace Shahrvand::Missions
