#include "approvalchain.h"

#include <algorithm>
#include <limits>

namespace Shahrvand::Missions {

using Access::Role;

QString subjectText(ApprovalSubject subject)
{
    return subject == ApprovalSubject::Mission ? QStringLiteral("mission")
                                               : QStringLiteral("expense_claim");
}

std::optional<ApprovalSubject> approvalSubjectFrom(QStringView text)
{
    if (text == u"mission")
        return ApprovalSubject::Mission;
    if (text == u"expense_claim")
        return ApprovalSubject::ExpenseClaim;
    return std::nullopt;
}

std::optional<ApprovalRule> ApprovalRule::fromRow(const QJsonObject &row)
{
    const auto subject = approvalSubjectFrom(row.value(u"subject_type").toString());
    const auto role = Access::roleFromCode(row.value(u"approver_role").toString());
    if (!subject || !role)
        return std::nullopt;
    ApprovalRule rule;
    rule.id = row.value(u"id").toInteger();
    rule.subject = *subject;
    rule.unit = OrgUnitId(row.value(u"unit_id").toInteger());
    rule.minAmount = Money::fromRials(row.value(u"min_amount_rials").toInteger());
    rule.step = row.value(u"step").toInt();
    rule.approverRole = *role;
    return rule;
}

bool decidesWithinUnit(Role role)
{
    switch (role) {
    case Role::Agent:
    case Role::SeniorAgent:
    case Role::Supervisor:
    case Role::FieldOfficer:
        return true;
    case Role::KnowledgeAuthor:
    case Role::KnowledgeApprover:
    case Role::FinanceApprover:
    case Role::Administrator:
        return false;
    }
    Q_UNREACHABLE();
}

Money missionRoutingAmount(bool budgeted)
{
    return budgeted ? Money::fromRials(std::numeric_limits<qint64>::max()) : Money();
}

QList<PlannedStep> routeApproval(const QList<ApprovalRule> &rules, ApprovalSubject subject,
                                 const QList<OrgUnitId> &unitAncestry, Money amount)
{
    // Distance from the subject's unit: 0 for its own unit, the size of the ancestry for a
    // rule of any unit.
    const auto distance = [&unitAncestry](const ApprovalRule &rule) -> std::optional<qsizetype> {
        if (!rule.unit.isValid())
            return unitAncestry.size();
        const qsizetype at = unitAncestry.indexOf(rule.unit);
        return at < 0 ? std::nullopt : std::optional(at);
    };
    QMap<int, std::pair<const ApprovalRule *, qsizetype>> chosen; // step -> rule, distance
    for (const ApprovalRule &rule : rules) {
        if (rule.subject != subject || amount < rule.minAmount)
            continue;
        const auto away = distance(rule);
        if (!away)
            continue;
        const auto it = chosen.find(rule.step);
        if (it != chosen.end()) {
            const ApprovalRule &held = *it->first;
            const bool better = *away != it->second                ? *away < it->second
                                : rule.minAmount != held.minAmount ? rule.minAmount > held.minAmount
                                                                   : rule.id < held.id;
            if (!better)
                continue;
        }
        chosen.insert(rule.step, {&rule, *away});
    }
    QList<PlannedStep> chain;
    const OrgUnitId subjectUnit = unitAncestry.value(0);
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        const Role role = it->first->approverRole;
        chain << PlannedStep{it.key(), role, decidesWithinUnit(role) ? subjectUnit : OrgUnitId()};
    }
    return chain;
}

bool subjectWaits(ApprovalSubject subject, const QJsonObject &subjectRow)
{
    const QString status = subjectRow.value(u"status").toString();
    if (subject == ApprovalSubject::Mission)
        return status == u"draft" && subjectRow.value(u"approval_status").toString() == u"pending";
    return status == u"submitted";
}

QString decisionText(Decision decision)
{
    switch (decision) {
    case Decision::Pending:
        return QStringLiteral("pending");
    case Decision::Approved:
        return QStringLiteral("approved");
    case Decision::Rejected:
        return QStringLiteral("rejected");
    case Decision::Returned:
        return QStringLiteral("returned");
    }
    Q_UNREACHABLE();
}

std::optional<Decision> decisionFrom(QStringView text)
{
    for (Decision decision :
         {Decision::Pending, Decision::Approved, Decision::Rejected, Decision::Returned}) {
        if (text == decisionText(decision))
            return decision;
    }
    return std::nullopt;
}

StepFacts StepFacts::fromRow(const QJsonObject &row)
{
    StepFacts facts;
    facts.id = row.value(u"id").toInteger();
    facts.chain = qMax(1, row.value(u"chain").toInt());
    facts.step = row.value(u"step").toInt();
    facts.approverRole = Access::roleFromCode(row.value(u"approver_role").toString());
    facts.approverUnit = OrgUnitId(row.value(u"approver_unit_id").toInteger());
    facts.decision = decisionFrom(row.value(u"decision").toString()).value_or(Decision::Pending);
    return facts;
}

QList<StepFacts> latestChain(const QList<StepFacts> &steps)
{
    int latest = 0;
    for (const StepFacts &step : steps)
        latest = qMax(latest, step.chain);
    QList<StepFacts> chain;
    for (const StepFacts &step : steps) {
        if (step.chain == latest)
            chain << step;
    }
    std::sort(chain.begin(), chain.end(), [](const StepFacts &a, const StepFacts &b) {
        return a.step != b.step ? a.step < b.step : a.id < b.id;
    });
    return chain;
}

std::optional<StepFacts> currentStep(const QList<StepFacts> &steps)
{
    const QList<StepFacts> chain = latestChain(steps);
    // A chain that ended (a rejection or a return) has no current step, even if later
    // steps were never reached.
    if (chainOutcome(chain) != ChainOutcome::Pending)
        return std::nullopt;
    for (const StepFacts &step : chain) {
        if (step.decision == Decision::Pending)
            return step;
    }
    return std::nullopt;
}

ChainOutcome chainOutcome(const QList<StepFacts> &latest)
{
    if (latest.isEmpty())
        return ChainOutcome::Empty;
    bool pending = false;
    for (const StepFacts &step : latest) {
        switch (step.decision) {
        case Decision::Rejected:
            return ChainOutcome::Rejected;
        case Decision::Returned:
            return ChainOutcome::Returned;
        case Decision::Pending:
            pending = true;
            break;
        case Decision::Approved:
            break;
        }
    }
    return pending ? ChainOutcome::Pending : ChainOutcome::Approved;
}

bool holdsStep(const Access::Principal &approver, const StepFacts &step)
{
    if (!step.approverRole || !approver.hasRole(*step.approverRole))
        return false;
    return !step.approverUnit.isValid() || approver.seesUnit(step.approverUnit);
}

QString refusalCode(DecisionRefusal refusal)
{
    switch (refusal) {
    case DecisionRefusal::SubjectNotWaiting:
        return QStringLiteral("subject_not_waiting");
    case DecisionRefusal::StepNotPending:
        return QStringLiteral("step_already_decided");
    case DecisionRefusal::NotCurrentStep:
        return QStringLiteral("not_current_step");
    case DecisionRefusal::NotApprover:
        return QStringLiteral("not_approver");
    case DecisionRefusal::OwnSubject:
        return QStringLiteral("own_subject");
    case DecisionRefusal::DecisionRequired:
        return QStringLiteral("decision_required");
    case DecisionRefusal::ReasonRequired:
        return QStringLiteral("reason_required");
    }
    Q_UNREACHABLE();
}

Expected<DecisionRight, DecisionRefusal> checkDecision(const DecisionRequest &request)
{
    if (!request.subjectWaiting)
        return DecisionRefusal::SubjectNotWaiting;
    if (request.step.decision != Decision::Pending)
        return DecisionRefusal::StepNotPending;
    const auto current = currentStep(request.subjectSteps);
    if (!current || current->id != request.step.id)
        return DecisionRefusal::NotCurrentStep;

    std::optional<DecisionRight> right;
    if (holdsStep(request.actor, request.step)) {
        right = DecisionRight{};
    } else {
        for (const Access::Principal &approver : request.delegators) {
            // On their own subject the approver has no right to lend.
            if (holdsStep(approver, request.step) && approver.userId != request.subjectOwner) {
                right = DecisionRight{approver.userId};
                break;
            }
        }
    }
    if (!right)
        return DecisionRefusal::NotApprover;
    if (request.subjectOwner.isValid() && request.actor.userId == request.subjectOwner)
        return DecisionRefusal::OwnSubject;
    if (!request.decision || *request.decision == Decision::Pending)
        return DecisionRefusal::DecisionRequired;
    if ((*request.decision == Decision::Rejected || *request.decision == Decision::Returned) &&
        request.reason.trimmed().isEmpty())
        return DecisionRefusal::ReasonRequired;
    return *right;
}

} // namespace Shahrvand::Missions
