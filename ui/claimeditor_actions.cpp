// The claim editor's edits and actions: the header and the lines in the draft, writing
// them, submitting, withdrawing and paying, and what the claim's state says.
#include "claimeditor.h"

#include "approvalchain.h"
#include "claimlineform.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "role.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace Shahrvand::Ui {

using namespace Missions;

void ClaimEditor::headerEdited()
{
    if (m_filling || !m_hasClaim)
        return;
    const QString title = m_title->text();
    const qint64 mission = m_mission->currentData().toLongLong();
    const qint64 unit = m_unit->currentData().toLongLong();
    if (title == m_draft.title && mission == m_draft.missionId && unit == m_draft.unitId)
        return;
    m_draft.title = title;
    m_draft.missionId = mission;
    m_draft.unitId = unit;
    m_draft.headerChanged = true;
    updateButtons();
}

void ClaimEditor::putLine(const ClaimLineDraft &line)
{
    if (!isEditable())
        return;
    ClaimLineDraft put = line;
    put.changed = true;
    bool replaced = false;
    if (m_form->isEditingLine()) {
        for (ClaimLineDraft &existing : m_draft.lines) {
            if (existing.key == put.key) {
                existing = put;
                replaced = true;
            }
        }
    }
    if (!replaced) {
        put.key = m_draft.nextKey++;
        put.id = 0;
        m_draft.lines.append(put);
    }
    m_message->hide();
    m_lines->clearSelection();
    m_lines->setCurrentCell(-1, -1);
    m_form->showLine(std::nullopt);
    refresh();
}

void ClaimEditor::removeChosenLine()
{
    const int row = m_lines->currentRow();
    if (!isEditable() || row < 0 || row >= m_draft.lines.size())
        return;
    const ClaimLineDraft removed = m_draft.lines.takeAt(row);
    if (removed.id != 0)
        m_draft.removedLineIds.append(removed.id);
    m_lines->clearSelection();
    m_lines->setCurrentCell(-1, -1);
    m_form->showLine(std::nullopt);
    refresh();
}

// A line typed in the form but not put into the claim goes with it, or stops the step.
QString ClaimEditor::takeTypedLine()
{
    if (!isEditable() || !m_form->hasPendingInput())
        return {};
    const auto line = m_form->readLine();
    if (!line)
        return tr("Correct the line being typed under the table, or clear it.");
    putLine(*line);
    return {};
}

bool ClaimEditor::hasUnsavedWork() const
{
    if (!m_hasClaim || !isEditable())
        return false;
    if (m_form->hasPendingInput())
        return true;
    return m_draft.id == 0 ? !m_draft.title.trimmed().isEmpty() || !m_draft.lines.isEmpty()
                           : m_draft.isDirty();
}

bool ClaimEditor::mayLeave()
{
    if (!hasUnsavedWork())
        return true;
    return confirm(tr("The changes to this claim are not saved. Leave them?"));
}

QString ClaimEditor::save()
{
    if (!m_hasClaim)
        return {};
    if (const QString problem = takeTypedLine(); !problem.isEmpty())
        return problem;
    const auto saved = m_store.save(m_draft);
    if (!saved)
        return saved.error();
    // What the cache now holds (ids of new lines, the receipts' rows).
    openClaim(*saved);
    showMessage(tr("Saved on this computer. It is sent with the next sync."), false);
    emit claimWritten(*saved);
    return {};
}

QString ClaimEditor::perform(ClaimAction action)
{
    if (!m_hasClaim)
        return {};
    if (!availableActions(m_store.user(), m_store.facts(m_draft)).contains(action))
        return tr("This claim cannot take this step now.");
    if (action == ClaimAction::Submit) {
        if (const QString problem = takeTypedLine(); !problem.isEmpty())
            return problem;
        m_findings = m_store.check(m_draft);
        if (m_draft.lines.isEmpty())
            return tr("Add at least one expense line before submitting.");
        if (hasBlocking(m_findings))
            return tr("Correct what the expense policy marks before submitting.");
        if (m_draft.isDirty()) {
            if (const QString problem = save(); !problem.isEmpty())
                return problem;
        }
    }
    if (action == ClaimAction::Withdraw &&
        !confirm(tr("Withdraw the claim “%1”? The approvers no longer see it, and it cannot "
                    "be submitted again.")
                     .arg(isolated(m_draft.title))))
        return {};
    if (action == ClaimAction::Pay &&
        !confirm(tr("Mark the claim “%1” as paid?").arg(isolated(m_draft.title))))
        return {};
    const qint64 id = m_draft.id;
    const auto done = m_store.act(id, action);
    if (!done)
        return done.error();
    openClaim(id);
    switch (action) {
    case ClaimAction::Submit:
        showMessage(tr("Submitted. It is sent to the approvers with the next sync."), false);
        break;
    case ClaimAction::Withdraw:
        showMessage(tr("Withdrawn."), false);
        break;
    case ClaimAction::Pay:
        showMessage(tr("Marked as paid."), false);
        break;
    }
    emit claimWritten(id);
    return {};
}

bool ClaimEditor::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Expense claim"), question,
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void ClaimEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString ClaimEditor::waitingFor() const
{
    QList<StepFacts> facts;
    for (const QJsonObject &step : m_store.steps(m_draft.id))
        facts.append(StepFacts::fromRow(step));
    const auto current = currentStep(facts);
    if (!current || !current->approverRole)
        return {};
    const QString role = Access::roleDisplayName(*current->approverRole);
    return current->approverUnit.isValid()
               ? tr("%1 of %2")
                     .arg(role,
                          m_names.name(QStringLiteral("org_units"), current->approverUnit.value()))
               : role;
}

void ClaimEditor::showState()
{
    const QLocale locale;
    const QDate submitted = m_draft.submittedAtMs > 0
                                ? QDateTime::fromMSecsSinceEpoch(m_draft.submittedAtMs, Qt::UTC)
                                      .toTimeZone(iranTimeZone())
                                      .date()
                                : QDate();
    const QString on = formatJalaliDate(submitted, DateStyle::Long, locale);
    QString text;
    bool error = false;
    switch (m_draft.claimStatus()) {
    case ClaimStatus::Draft:
        text = m_draft.id == 0 ? tr("A new claim: write its lines, save it, and submit it when "
                                    "it is complete.")
                               : tr("A draft: only you see it until you submit it.");
        break;
    case ClaimStatus::Returned: {
        const QString reason = m_store.decisionReason(m_draft.id);
        text = reason.isEmpty()
                   ? tr("Returned for correction. Correct it and submit it again.")
                   : tr("Returned for correction: “%1”. Correct it and submit it again.")
                         .arg(isolated(reason));
        error = true;
        break;
    }
    case ClaimStatus::Submitted: {
        const QString who = waitingFor();
        if (submitted.isValid())
            text = who.isEmpty() ? tr("Submitted on %1: waiting for the approvers.").arg(on)
                                 : tr("Submitted on %1: waiting for %2.").arg(on, who);
        else
            text = tr("Submitted on this computer: it goes to the approvers with the next sync.");
        text += u' ' + tr("It cannot be changed meanwhile.");
        break;
    }
    case ClaimStatus::Approved:
        text = tr("Approved: waiting for payment by finance.");
        break;
    case ClaimStatus::Rejected: {
        const QString reason = m_store.decisionReason(m_draft.id);
        text = reason.isEmpty() ? tr("Rejected.") : tr("Rejected: “%1”.").arg(isolated(reason));
        error = true;
        break;
    }
    case ClaimStatus::Withdrawn:
        text = tr("Withdrawn: the approvers no longer see it.");
        break;
    case ClaimStatus::Paid:
        text = tr("Paid.");
        break;
    }
    if (!m_store.isOwn(
            QJsonObject{{QStringLiteral("id"), m_draft.id},
                        {QStringLiteral("claimant_id"),
                         m_draft.claimantId != 0 ? QJsonValue(m_draft.claimantId) : QJsonValue()}}))
        text = tr("Another person's claim: only its claimant changes it.");
    m_state->setText(text);
    m_state->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                 : QString());
}

void ClaimEditor::updateButtons()
{
    const QList<ClaimAction> actions =
        m_hasClaim ? availableActions(m_store.user(), m_store.facts(m_draft))
                   : QList<ClaimAction>();
    const bool editable = isEditable();
    m_save->setVisible(editable);
    m_save->setEnabled(editable && m_draft.isDirty());
    // A claim not written yet is submitted once saved: the action is offered already.
    const bool maySubmit = actions.contains(ClaimAction::Submit);
    m_submit->setVisible(maySubmit);
    m_withdraw->setVisible(actions.contains(ClaimAction::Withdraw) && m_draft.id != 0);
    m_pay->setVisible(actions.contains(ClaimAction::Pay));
    QString why;
    if (maySubmit) {
        if (m_draft.lines.isEmpty())
            why = tr("Add at least one expense line before submitting.");
        else if (!m_draft.total())
            why = tr("The amounts add up to more than can be recorded.");
        else if (hasBlocking(m_findings))
            why = tr("Correct what the expense policy marks before submitting.");
        else if (m_draft.isDirty())
            why = tr("Submitting saves the changes first.");
    }
    const bool blocked =
        maySubmit && (m_draft.lines.isEmpty() || !m_draft.total() || hasBlocking(m_findings));
    m_submit->setEnabled(maySubmit && !blocked);
    m_submitNote->setText(why);
    m_submitNote->setStyleSheet(blocked ? QStringLiteral("color: #b3261e;") : QString());
    m_submitNote->setVisible(!why.isEmpty());
}

} // namespace Shahrvand::Ui
