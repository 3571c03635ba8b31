#include "approvaltext.h"

#include "casetext.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "money.h"

#include <QDateTime>
#include <QLocale>

namespace Shahrvand::Ui {

QString ApprovalText::subject(const QString &subjectType, const QString &title)
{
    const QString kind = FieldText::codeText(subjectType);
    return title.isEmpty() ? kind : tr("%1: %2").arg(kind, title);
}

QString ApprovalText::waitingSince(qint64 sinceMs, qint64 nowMs)
{
    if (sinceMs <= 0)
        return {};
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC);
    const QString date = formatJalaliDate(since.toTimeZone(iranTimeZone()).date(), DateStyle::Long);
    const qint64 minutes = qMax<qint64>(0, nowMs - sinceMs) / 60'000;
    const QString ago = minutes < 1 ? tr("just now") : tr("%1 ago").arg(CaseText::amount(minutes));
    return tr("%1 · %2").arg(ago, date);
}

QString ApprovalText::stepOf(int step, int steps)
{
    const QLocale locale;
    return tr("%1 of %2").arg(locale.toString(step), locale.toString(qMax(step, steps)));
}

QString ApprovalText::amount(const Cache::ApprovalItem &item)
{
    if (item.amountRials)
        return Money::fromRials(*item.amountRials).format();
    if (item.budgeted)
        return *item.budgeted ? tr("Budgeted") : tr("Not budgeted");
    return {};
}

QString ApprovalText::decisionDone(const QString &decision)
{
    if (decision == u"approved")
        return tr("Approved");
    if (decision == u"rejected")
        return tr("Rejected");
    if (decision == u"returned")
        return tr("Returned for correction");
    return FieldText::codeText(decision);
}

QString ApprovalText::yourDecision(const QString &decision, const QString &reason)
{
    QString text = tr("Your decision: %1").arg(decisionDone(decision));
    if (!reason.isEmpty())
        text += u'\n' + tr("Your reason: %1").arg(reason);
    return text;
}

QString ApprovalText::refusal(const Cache::RefusedDecision &refused)
{
    if (refused.withdrawn) {
        return refused.subjectType == u"mission"
                   ? tr("Cancelled meanwhile: your decision was not applied.")
                   : tr("Withdrawn by the claimant meanwhile: your decision was not applied.");
    }
    if (refused.conflict || (refused.noLongerWaits && !refused.serverDecision.isEmpty() &&
                             refused.serverDecision != u"pending")) {
        return tr("Someone else decided this step meanwhile (%1): your decision was not "
                  "applied.")
            .arg(decisionDone(refused.serverDecision));
    }
    if (refused.noLongerWaits) {
        // Its status now when known to be another than waiting's; else the server's word.
        if (!refused.subjectStatus.isEmpty() && refused.subjectStatus != u"submitted" &&
            refused.subjectStatus != u"draft")
            return tr("It no longer waits for approval (now: %1): your decision was not applied.")
                .arg(FieldText::codeText(refused.subjectStatus));
        return tr("It no longer waits for a decision (withdrawn, cancelled, taken back or "
                  "decided meanwhile): your decision was not applied.");
    }
    if (!refused.errorMessage.isEmpty())
        return tr("The server did not apply your decision: %1").arg(refused.errorMessage);
    return tr("The server did not apply your decision.");
}

} // namespace Shahrvand::Ui
