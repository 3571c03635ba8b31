#pragma once

#include "approvalinbox.h"

#include <QCoreApplication>
#include <QString>

namespace Shahrvand::Ui {

// How the approvals inbox reads: waiting times, steps, amounts and decisions, and why the
// server did not take a decision. The list, the details and the lists of decisions say
// them the same way.
class ApprovalText final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::ApprovalText)

public:
    // "Expense claim: Trip to district 4"; the kind alone without a title.
    static QString subject(const QString &subjectType, const QString &title);
    // "3 days ago · 1 Azar 1405" (Iran's date).
    static QString waitingSince(qint64 sinceMs, qint64 nowMs);
    // "2 of 3".
    static QString stepOf(int step, int steps);
    // A claim's total in rials; a mission's budget ("Budgeted", "Not budgeted").
    static QString amount(const Cache::ApprovalItem &item);
    // "Approve", "Reject", "Return for correction" as a verb, and as what was decided.
    static QString decisionDone(const QString &decision);
    // "Your decision: Rejected" and, on a line of its own, "Your reason: ...".
    static QString yourDecision(const QString &decision, const QString &reason);
    // Why a decision was not applied, in a sentence the approver understands.
    static QString refusal(const Cache::RefusedDecision &refused);
};

} // namespace Shahrvand::Ui
