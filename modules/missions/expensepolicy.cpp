#include "expensepolicy.h"

#include "expensetotals.h"
#include "jalalidate.h"
#include "textnormalizer.h"

#include <QMap>

#include <algorithm>

namespace Shahrvand::Missions {

namespace {

std::optional<Money> optionalMoney(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return Money::fromRials(value.toInteger());
}

bool moreGenerous(const ExpensePolicy &a, const ExpensePolicy &b)
{
    // No cap is the most generous of all.
    const auto rank = [](const std::optional<Money> &cap) {
        return cap ? cap->rials() : std::numeric_limits<qint64>::max();
    };
    if (rank(a.dailyCap) != rank(b.dailyCap))
        return rank(a.dailyCap) > rank(b.dailyCap);
    return rank(a.claimCap) > rank(b.claimCap);
}

PolicyFinding finding(FindingCode code, FindingSeverity severity, const ExpenseLine &line)
{
    PolicyFinding found;
    found.code = code;
    found.severity = severity;
    found.lineId = line.id;
    found.expenseType = line.type;
    found.date = line.spentOn;
    found.amount = line.amount;
    return found;
}

// The vendor as people may write it: letters in search form (ی/ي, ک/ك, ZWNJ, digits).
QString vendorKey(const QString &vendor)
{
    return normalizeForSearch(vendor);
}

QString typeName(const QString &type)
{
    static const QMap<QString, const char *> names{
        {QStringLiteral("transport"),
         QT_TRANSLATE_NOOP("Shahrvand::Missions::PolicyFinding", "transport")},
        {QStringLiteral("lodging"),
         QT_TRANSLATE_NOOP("Shahrvand::Missions::PolicyFinding", "lodging")},
        {QStringLiteral("per_diem"),
         QT_TRANSLATE_NOOP("Shahrvand::Missions::PolicyFinding", "per diem")},
        {QStringLiteral("meals"), QT_TRANSLATE_NOOP("Shahrvand::Missions::PolicyFinding", "meals")},
        {QStringLiteral("other"),
         QT_TRANSLATE_NOOP("Shahrvand::Missions::PolicyFinding", "other items")}};
    const auto it = names.constFind(type);
    return it == names.cend() ? type : PolicyFinding::tr(*it);
}

} // namespace

ExpenseLine ExpenseLine::fromRow(const QJsonObject &row)
{
    ExpenseLine line;
    line.id = row.value(u"id").toInteger();
    line.claimId = row.value(u"claim_id").toInteger();
    line.type = row.value(u"expense_type").toString();
    line.spentOn = QDate::fromString(row.value(u"spent_on").toString(), Qt::ISODate);
    line.amount = Money::fromRials(row.value(u"amount_rials").toInteger());
    line.vendor = row.value(u"vendor").toString();
    line.receiptSha256 = row.value(u"receipt_sha256").toString();
    line.hasReceipt = !line.receiptSha256.isEmpty();
    return line;
}

ExpensePolicy ExpensePolicy::fromRow(const QJsonObject &row)
{
    ExpensePolicy policy;
    policy.type = row.value(u"expense_type").toString();
    policy.role = Access::roleFromCode(row.value(u"role").toString());
    policy.dailyCap = optionalMoney(row.value(u"daily_cap_rials"));
    policy.claimCap = optionalMoney(row.value(u"claim_cap_rials"));
    policy.receiptRequiredAbove = optionalMoney(row.value(u"receipt_required_above_rials"));
    return policy;
}

std::optional<ExpensePolicy> policyFor(const QList<ExpensePolicy> &policies, const QString &type,
                                       const QSet<Access::Role> &claimantRoles)
{
    std::optional<ExpensePolicy> forRole, forEveryone;
    for (const ExpensePolicy &policy : policies) {
        if (policy.type != type)
            continue;
        if (!policy.role) {
            if (!forEveryone || moreGenerous(policy, *forEveryone))
                forEveryone = policy;
        } else if (claimantRoles.contains(*policy.role)) {
            if (!forRole || moreGenerous(policy, *forRole))
                forRole = policy;
        }
    }
    return forRole ? forRole : forEveryone;
}

QString PolicyFinding::codeText() const
{
    switch (code) {
    case FindingCode::AmountNotPositive:
        return QStringLiteral("amount_not_positive");
    case FindingCode::DailyCapExceeded:
        return QStringLiteral("daily_cap_exceeded");
    case FindingCode::ClaimCapExceeded:
        return QStringLiteral("claim_cap_exceeded");
    case FindingCode::ReceiptMissing:
        return QStringLiteral("receipt_missing");
    case FindingCode::DuplicateReceipt:
        return QStringLiteral("duplicate_receipt");
    case FindingCode::PossibleDuplicate:
        return QStringLiteral("possible_duplicate");
    case FindingCode::TotalOverflow:
        return QStringLiteral("total_overflow");
    }
    Q_UNREACHABLE();
}

QString PolicyFinding::severityText() const
{
    return severity == FindingSeverity::Blocking ? QStringLiteral("blocking")
                                                 : QStringLiteral("warning");
}

QString PolicyFinding::message(const QLocale &locale) const
{
    const QString day = formatJalaliDate(date, DateStyle::Long, locale);
    switch (code) {
    case FindingCode::AmountNotPositive:
        return tr("An expense line must be of more than zero rials.");
    case FindingCode::DailyCapExceeded:
        return tr("Expenses for %1 on %2 come to %3, above the daily limit of %4.")
            .arg(typeName(expenseType), day, amount.format(locale), limit.format(locale));
    case FindingCode::ClaimCapExceeded:
        return tr("Expenses for %1 in this claim come to %2, above the limit of %3 for one claim.")
            .arg(typeName(expenseType), amount.format(locale), limit.format(locale));
    case FindingCode::ReceiptMissing:
        return tr("A receipt is needed for an expense of %1 (above %2).")
            .arg(amount.format(locale), limit.format(locale));
    case FindingCode::DuplicateReceipt:
        return tr("This receipt is already attached to another expense line.");
    case FindingCode::PossibleDuplicate:
        return tr("Another expense of %1 from the same vendor on %2 was already claimed.")
            .arg(amount.format(locale), day);
    case FindingCode::TotalOverflow:
        return tr("The amounts of this claim add up to more than can be recorded.");
    }
    Q_UNREACHABLE();
}

QJsonObject PolicyFinding::toJson() const
{
    QJsonObject json{{QStringLiteral("code"), codeText()},
                     {QStringLiteral("severity"), severityText()}};
    if (lineId > 0)
        json.insert(QStringLiteral("line_id"), lineId);
    if (!expenseType.isEmpty())
        json.insert(QStringLiteral("expense_type"), expenseType);
    if (date.isValid())
        json.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    json.insert(QStringLiteral("amount_rials"), amount.rials());
    if (code == FindingCode::DailyCapExceeded || code == FindingCode::ClaimCapExceeded ||
        code == FindingCode::ReceiptMissing)
        json.insert(QStringLiteral("limit_rials"), limit.rials());
    if (otherLineId > 0) {
        json.insert(QStringLiteral("other_line_id"), otherLineId);
        json.insert(QStringLiteral("other_claim_id"), otherClaimId);
    }
    return json;
}

QList<PolicyFinding> checkExpensePolicy(const ClaimUnderCheck &claim,
                                        const QList<ExpensePolicy> &policies)
{
    QList<PolicyFinding> findings;
    // Lines in a stable order: by id (the order they were written), new ones last.
    QList<ExpenseLine> lines = claim.lines;
    std::stable_sort(lines.begin(), lines.end(), [](const ExpenseLine &a, const ExpenseLine &b) {
        return (a.id > 0 ? a.id : std::numeric_limits<qint64>::max()) <
               (b.id > 0 ? b.id : std::numeric_limits<qint64>::max());
    });

    // Per line: its amount, its receipt, and whether it repeats another line.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ExpenseLine &line = lines.at(i);
        if (line.amount.rials() <= 0) {
            findings << finding(FindingCode::AmountNotPositive, FindingSeverity::Blocking, line);
            continue;
        }
        const auto policy = policyFor(policies, line.type, claim.claimantRoles);
        if (policy && policy->receiptRequiredAbove && line.amount > *policy->receiptRequiredAbove &&
            !line.hasReceipt) {
            PolicyFinding found =
                finding(FindingCode::ReceiptMissing, FindingSeverity::Blocking, line);
            found.limit = *policy->receiptRequiredAbove;
            findings << found;
        }
        // Earlier lines of this claim, then the claimant's other claims.
        QList<ExpenseLine> others = lines.mid(0, i);
        others += claim.otherClaimsLines;
        const auto repeat = [&](FindingCode code, FindingSeverity severity,
                                const auto &sameAs) -> bool {
            for (const ExpenseLine &other : std::as_const(others)) {
                if (!sameAs(other))
                    continue;
                PolicyFinding found = finding(code, severity, line);
                found.otherLineId = other.id;
                found.otherClaimId = other.claimId > 0 ? other.claimId : claim.claimId;
                findings << found;
                return true;
            }
            return false;
        };
        const bool sameFile = !line.receiptSha256.isEmpty() &&
                              repeat(FindingCode::DuplicateReceipt, FindingSeverity::Blocking,
                                     [&line](const ExpenseLine &other) {
                                         return other.receiptSha256.compare(
                                                    line.receiptSha256, Qt::CaseInsensitive) == 0;
                                     });
        const QString vendor = vendorKey(line.vendor);
        if (!sameFile && !vendor.isEmpty())
            repeat(FindingCode::PossibleDuplicate, FindingSeverity::Warning,
                   [&](const ExpenseLine &other) {
                       return other.amount == line.amount && other.spentOn == line.spentOn &&
                              vendorKey(other.vendor) == vendor;
                   });
    }

    // Caps: per type and day, and per type over the claim; the finding names the line that
    // took the sum over the cap.
    QStringList types;
    for (const ExpenseLine &line : std::as_const(lines)) {
        if (!types.contains(line.type))
            types << line.type;
    }
    for (const QString &type : std::as_const(types)) {
        const auto policy = policyFor(policies, type, claim.claimantRoles);
        QMap<QDate, std::pair<Money, const ExpenseLine *>> days;
        Money typeTotal;
        const ExpenseLine *lastOfType = nullptr;
        bool overflowed = false;
        for (const ExpenseLine &line : std::as_const(lines)) {
            if (line.type != type || line.amount.rials() <= 0)
                continue;
            auto &[daySum, dayLast] = days[line.spentOn];
            const auto newDay = daySum.checkedAdd(line.amount);
            const auto newTotal = typeTotal.checkedAdd(line.amount);
            if (!newDay || !newTotal) {
                overflowed = true;
                break;
            }
            daySum = *newDay;
            dayLast = &line;
            typeTotal = *newTotal;
            lastOfType = &line;
        }
        if (overflowed) {
            PolicyFinding found;
            found.code = FindingCode::TotalOverflow;
            found.expenseType = type;
            findings << found;
            continue;
        }
        if (!policy)
            continue;
        if (policy->dailyCap) {
            for (auto it = days.cbegin(); it != days.cend(); ++it) {
                if (it->first <= *policy->dailyCap)
                    continue;
                PolicyFinding found =
                    finding(FindingCode::DailyCapExceeded, FindingSeverity::Blocking, *it->second);
                found.date = it.key();
                found.amount = it->first;
                found.limit = *policy->dailyCap;
                findings << found;
            }
        }
        if (policy->claimCap && lastOfType && typeTotal > *policy->claimCap) {
            PolicyFinding found =
                finding(FindingCode::ClaimCapExceeded, FindingSeverity::Blocking, *lastOfType);
            found.date = QDate();
            found.amount = typeTotal;
            found.limit = *policy->claimCap;
            findings << found;
        }
    }
    // The claim's total over all types; an overflow within one type was reported above.
    QList<Money> amounts;
    for (const ExpenseLine &line : std::as_const(lines))
        amounts << line.amount;
    const bool reported = std::any_of(findings.cbegin(), findings.cend(), [](const auto &found) {
        return found.code == FindingCode::TotalOverflow;
    });
    if (!reported && !claimTotal(amounts)) {
        PolicyFinding found;
        found.code = FindingCode::TotalOverflow;
        findings << found;
    }
    return findings;
}

bool hasBlocking(const QList<PolicyFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const PolicyFinding &finding) {
        return finding.severity == FindingSeverity::Blocking;
    });
}

} // namespace Shahrvand::Missions
