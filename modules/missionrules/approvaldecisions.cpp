// Decisions on approval steps: the contract with the workstation is that an approver,
// online or offline, updates an approval_steps row with {"decision", "reason"}; everything
// else about the decision is the server's.
#include "missionwriterules.h"

#include "missionlifecycle.h"

namespace Shahrvand::MissionRules {

using namespace Missions;

namespace {

const QString approvalRefused = QStringLiteral("approval_refused");

const char *decisionRefusalText(DecisionRefusal refusal)
{
    switch (refusal) {
    case DecisionRefusal::SubjectNotWaiting:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "This no longer waits for a decision: it was withdrawn, "
                                 "cancelled, taken back or decided meanwhile.");
    case DecisionRefusal::StepNotPending:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "This approval step has been decided already.");
    case DecisionRefusal::NotCurrentStep:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "This approval step is not the one waiting for a decision now.");
    case DecisionRefusal::NotApprover:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "You are not the approver of this step, nor standing in for "
                                 "them.");
    case DecisionRefusal::OwnSubject:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Nobody approves their own claim or mission.");
    case DecisionRefusal::DecisionRequired:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Say whether you approve, reject or return it.");
    case DecisionRefusal::ReasonRequired:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Give a reason when you reject or return it.");
    }
    Q_UNREACHABLE();
}

} // namespace

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareDecision(const QVariantMap &current, QVariantMap &columns)
{
    MissionWritePlan plan;
    const QString subjectType = current.value(QStringLiteral("subject_type")).toString();
    const qint64 subjectId = current.value(QStringLiteral("subject_id")).toLongLong();
    const auto subject = approvalSubjectFrom(subjectType);
    if (!subject)
        return refused(approvalRefused, QStringLiteral("not_an_approval_subject"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "Decisions are taken here on missions and expense "
                                         "claims only."),
                       {{QStringLiteral("subject_type"), subjectType}});
    const QString table = *subject == ApprovalSubject::Mission ? QStringLiteral("missions")
                                                               : QStringLiteral("expense_claims");
    const auto row = m_data.row(table, subjectId);
    const auto steps = m_data.subjectSteps(subjectType, subjectId);
    const auto delegators = m_data.delegators(m_actor.userId, m_now);
    if (!row || !steps || !delegators)
        return internalError(!row ? row.error() : !steps ? steps.error() : delegators.error());

    const QJsonObject subjectRow = row->value_or(QJsonObject());
    const QString status = subjectRow.value(u"status").toString();
    const QString approvalStatus = subjectRow.value(u"approval_status").toString();
    const bool waiting = row->has_value() && subjectWaits(*subject, subjectRow);
    const UserId owner(
        subjectRow.value(*subject == ApprovalSubject::Mission ? u"requested_by" : u"claimant_id")
            .toInteger());
    const QString decisionColumn = QStringLiteral("decision"),
                  reasonColumn = QStringLiteral("reason");
    const DecisionRequest request{
        m_actor,
        *delegators,
        StepFacts::fromRow(QJsonObject::fromVariantMap(current)),
        *steps,
        waiting,
        owner,
        columns.contains(decisionColumn) ? decisionFrom(columns.value(decisionColumn).toString())
                                         : std::nullopt,
        columns.value(reasonColumn, current.value(reasonColumn)).toString()};
    const auto right = checkDecision(request);
    if (!right) {
        const DecisionRefusal refusal = right.error();
        if (refusal == DecisionRefusal::ReasonRequired) {
            MissionRuleError invalid;
            invalid.kind = MissionRuleError::Kind::Invalid;
            invalid.field = reasonColumn;
            invalid.code = QStringLiteral("reason_required");
            invalid.text = decisionRefusalText(refusal);
            return invalid;
        }
        QJsonObject details{{QStringLiteral("subject_type"), subjectType},
                            {QStringLiteral("subject_id"), subjectId},
                            {QStringLiteral("step"), request.step.step}};
        if (row->has_value())
            details.insert(QStringLiteral("subject_status"), status);
        if (*subject == ApprovalSubject::Mission && row->has_value())
            details.insert(QStringLiteral("approval_status"), approvalStatus);
        // A subject that stopped waiting is its own code: the workstation shows the
        // approver's offline decision as overtaken by events, not as a mistake of theirs.
        return refused(refusal == DecisionRefusal::SubjectNotWaiting
                           ? QStringLiteral("approval_no_longer_waiting")
                           : approvalRefused,
                       refusalCode(refusal), decisionRefusalText(refusal), details);
    }

    columns.insert(QStringLiteral("approver_id"), m_actor.userId.value());
    columns.insert(QStringLiteral("on_behalf_of_id"),
                   right->onBehalfOf.isValid() ? QVariant(right->onBehalfOf.value())
                                               : QVariant(QMetaType::fromType<qlonglong>()));
    columns.insert(QStringLiteral("decided_at"), m_now.toMSecsSinceEpoch());
    if (!columns.contains(reasonColumn))
        columns.insert(reasonColumn, request.reason);

    // Where the chain is with this decision.
    QList<StepFacts> after = *steps;
    for (StepFacts &step : after) {
        if (step.id == request.step.id)
            step.decision = *request.decision;
    }
    const ChainOutcome outcome = chainOutcome(latestChain(after));
    if (outcome == ChainOutcome::Pending || outcome == ChainOutcome::Empty)
        return plan;
    const QString result = outcome == ChainOutcome::Approved   ? QStringLiteral("approved")
                           : outcome == ChainOutcome::Rejected ? QStringLiteral("rejected")
                                                               : QStringLiteral("returned");
    plan.subjectTable = table;
    plan.subjectId = subjectId;
    // A mission stays a draft whatever the decision: approved, it is ready to issue;
    // rejected or returned, its requester may change it and submit it again.
    plan.subjectChanges.insert(*subject == ApprovalSubject::Mission
                                   ? QStringLiteral("approval_status")
                                   : QStringLiteral("status"),
                               result);
    return plan;
}

} // namespace Shahrvand::MissionRules
