#include "missionwriterules.h"

#include "claimlifecycle.h"
#include "expensetotals.h"
#include "missionlifecycle.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMissionRules, "shahrvand.missionrules")

namespace Shahrvand::MissionRules {

using namespace Missions;

namespace {

const QString missionRefused = QStringLiteral("mission_action_refused");
const QString claimRefused = QStringLiteral("claim_action_refused");

QJsonObject json(const QVariantMap &row)
{
    return QJsonObject::fromVariantMap(row);
}

// Whether the write changes `column`: null and empty text are one value, numbers are
// compared as numbers whatever their stored type.
bool changes(const QVariantMap &current, const QVariantMap &columns, const QString &column)
{
    if (!columns.contains(column))
        return false;
    const QVariant before = current.value(column), after = columns.value(column);
    if (before.isNull() || after.isNull())
        return before.toString() != after.toString() ||
               (before.isNull() != after.isNull() && !before.toString().isEmpty());
    return before.toString() != after.toString();
}

bool changesAny(const QVariantMap &current, const QVariantMap &columns, const QStringList &names)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return changes(current, columns, name); });
}

const QStringList orderColumns{
    QStringLiteral("purpose"),          QStringLiteral("unit_id"),
    QStringLiteral("destination_name"), QStringLiteral("address_text"),
    QStringLiteral("latitude"),         QStringLiteral("longitude"),
    QStringLiteral("planned_start"),    QStringLiteral("planned_end"),
    QStringLiteral("transport"),        QStringLiteral("contract_number"),
    QStringLiteral("budgeted"),         QStringLiteral("follow_up_of_id")};
const QStringList reportColumns{QStringLiteral("report"), QStringLiteral("actual_start"),
                                QStringLiteral("actual_end")};
const QStringList claimColumns{QStringLiteral("title"), QStringLiteral("mission_id"),
                               QStringLiteral("unit_id")};

const char *missionRefusalText(MissionRefusal refusal)
{
    switch (refusal) {
    case MissionRefusal::NotAllowedInStatus:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "The mission cannot take this step from its current status.");
    case MissionRefusal::NotApproved:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "The mission order is issued only after its approval.");
    case MissionRefusal::ApprovalPending:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "The mission is already waiting for approval or approved.");
    case MissionRefusal::NoAssignee:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Assign someone to the mission before issuing the order.");
    case MissionRefusal::RoleMayNotAct:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Your role may not take this step on this mission.");
    }
    Q_UNREACHABLE();
}

const char *claimRefusalText(ClaimRefusal refusal)
{
    switch (refusal) {
    case ClaimRefusal::NotAllowedInStatus:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "The expense claim cannot take this step from its current "
                                 "status.");
    case ClaimRefusal::ClaimantOnly:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Only the claimant submits or withdraws an expense claim.");
    case ClaimRefusal::FinanceOnly:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Only finance marks an expense claim as paid.");
    case ClaimRefusal::DecidedBySteps:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Expense claims are approved, rejected or returned by their "
                                 "approvers' decisions.");
    }
    Q_UNREACHABLE();
}

// The action a change of a mission's status is.
std::optional<MissionAction> missionActionBetween(MissionStatus from, MissionStatus to)
{
    using S = MissionStatus;
    switch (to) {
    case S::Draft:
        return from == S::Issued ? std::optional(MissionAction::ReturnToDraft) : std::nullopt;
    case S::Issued:
        return from == S::Draft ? std::optional(MissionAction::Issue) : std::nullopt;
    case S::InProgress:
        return from == S::Issued ? std::optional(MissionAction::Start) : std::nullopt;
    case S::CompletedNeedsFollowUp:
        return from == S::InProgress ? std::optional(MissionAction::CompleteNeedingFollowUp)
                                     : std::nullopt;
    case S::Completed:
        return from == S::InProgress || from == S::CompletedNeedsFollowUp
                   ? std::optional(MissionAction::Complete)
                   : std::nullopt;
    case S::Cancelled:
        return from == S::Draft || from == S::Issued || from == S::InProgress
                   ? std::optional(MissionAction::Cancel)
                   : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

MissionRuleError refused(const QString &error, const QString &code, const char *text,
                         QJsonObject details)
{
    MissionRuleError refusal;
    refusal.kind = MissionRuleError::Kind::Refused;
    refusal.error = error;
    refusal.code = code;
    refusal.text = text;
    refusal.details = std::move(details);
    return refusal;
}

MissionRuleError internalError(const QString &detail)
{
    qCWarning(lcMissionRules) << detail;
    MissionRuleError error;
    error.kind = MissionRuleError::Kind::Internal;
    error.detail = detail;
    return error;
}

MissionWriteRules::MissionWriteRules(QSqlDatabase &db, Storage::Backend backend,
                                     Records::WriteBatch *batch, const Access::Principal &actor,
                                     const QDateTime &now)
    : m_db(db)
    , m_backend(backend)
    , m_batch(batch)
    , m_actor(actor)
    , m_now(now)
    , m_data(db)
{}

bool MissionWriteRules::governs(const QString &entity)
{
    return entity == u"missions" || entity == u"expense_claims" || entity == u"expense_lines" ||
           entity == u"approval_steps";
}

bool MissionWriteRules::isSystem() const
{
    return !m_actor.userId.isValid();
}

Expected<MissionWritePlan, MissionRuleError> MissionWriteRules::prepareCreate(const QString &entity,
                                                                              QVariantMap &columns)
{
    if (entity == u"approval_steps")
        return refused(QStringLiteral("approval_refused"),
                       QStringLiteral("steps_written_by_server"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "Approval steps are made by the server when a mission "
                                         "or an expense claim is submitted."));
    if (isSystem())
        return MissionWritePlan{};
    if (entity == u"missions")
        return prepareMission({}, columns);
    if (entity == u"expense_claims")
        return prepareClaim({}, columns);
    if (entity == u"expense_lines")
        return prepareLine({}, columns);
    return MissionWritePlan{};
}

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareUpdate(const QString &entity, const QVariantMap &current,
                                 QVariantMap &columns)
{
    if (isSystem())
        return MissionWritePlan{};
    if (entity == u"missions")
        return prepareMission(current, columns);
    if (entity == u"expense_claims")
        return prepareClaim(current, columns);
    if (entity == u"expense_lines")
        return prepareLine(current, columns);
    if (entity == u"approval_steps")
        return prepareDecision(current, columns);
    return MissionWritePlan{};
}

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareDelete(const QString &entity, const QVariantMap &current)
{
    if (entity == u"approval_steps")
        return refused(QStringLiteral("approval_refused"),
                       QStringLiteral("steps_written_by_server"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "Approval steps stay as the history of the decisions; "
                                         "they cannot be deleted."));
    if (isSystem())
        return MissionWritePlan{};
    if (entity == u"missions") {
        const auto assignees = m_data.assignees(current.value(QStringLiteral("id")).toLongLong());
        if (!assignees)
            return internalError(assignees.error());
        if (!mayEditOrder(m_actor, MissionFacts::fromRow(json(current), *assignees)))
            return refused(
                missionRefused, QStringLiteral("order_locked"),
                QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                  "Only a draft mission that is not waiting for "
                                  "approval may be deleted, by its requester or "
                                  "the unit's supervisor."),
                {{QStringLiteral("status"), current.value(QStringLiteral("status")).toString()}});
        return MissionWritePlan{};
    }
    if (entity == u"expense_claims") {
        const ClaimFacts facts = ClaimFacts::fromRow(json(current));
        if (facts.status != ClaimStatus::Draft || !mayEditClaim(m_actor, facts))
            return refused(claimRefused, QStringLiteral("claim_locked"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "Only the claimant deletes a draft expense claim; "
                                             "a submitted one is withdrawn instead."),
                           {{QStringLiteral("status"), statusText(facts.status)}});
        return MissionWritePlan{};
    }
    if (entity == u"expense_lines")
        return prepareLine(current, {});
    return MissionWritePlan{};
}

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareMission(const QVariantMap &current, QVariantMap &columns)
{
    MissionWritePlan plan;
    const QString status = QStringLiteral("status"), approval = QStringLiteral("approval_status");
    if (current.isEmpty()) {
        if ((columns.contains(status) && columns.value(status).toString() != u"draft") ||
            (columns.contains(approval) && columns.value(approval).toString() != u"none"))
            return refused(missionRefused, QStringLiteral("initial_status_not_allowed"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "A new mission starts as a draft; submit it for "
                                             "approval once it is written."));
        const OrgUnitId unit(columns.value(QStringLiteral("unit_id")).toLongLong());
        if (!m_actor.hasRole(Access::Role::Administrator) && !m_actor.seesUnit(unit))
            return refused(missionRefused, QStringLiteral("unit_not_visible"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "Missions are requested for your own units."));
        columns.insert(status, QStringLiteral("draft"));
        columns.insert(approval, QStringLiteral("none"));
        return plan;
    }

    const qint64 id = current.value(QStringLiteral("id")).toLongLong();
    const auto assignees = m_data.assignees(id);
    if (!assignees)
        return internalError(assignees.error());
    const MissionFacts facts = MissionFacts::fromRow(json(current), *assignees);
    QVariantMap merged = current;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        merged.insert(it.key(), it.value());

    std::optional<MissionAction> action;
    const auto newStatus = missionStatusFrom(merged.value(status).toString());
    if (newStatus && *newStatus != facts.status) {
        action = missionActionBetween(facts.status, *newStatus);
        if (!action)
            return refused(missionRefused, QStringLiteral("transition_not_allowed"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "A mission does not go from this status to that "
                                             "one."),
                           {{QStringLiteral("status"), statusText(facts.status)},
                            {QStringLiteral("to"), statusText(*newStatus)}});
    }
    const auto newApproval = missionApprovalFrom(merged.value(approval).toString());
    if (newApproval && *newApproval != facts.approval &&
        !(action == MissionAction::ReturnToDraft && *newApproval == MissionApproval::None)) {
        if (*newApproval != MissionApproval::Pending && *newApproval != MissionApproval::None)
            return refused(missionRefused, QStringLiteral("decided_by_approvers"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "A mission is approved, rejected or returned by "
                                             "its approvers' decisions."),
                           {{QStringLiteral("status"), statusText(facts.status)}});
        if (action)
            return refused(missionRefused, QStringLiteral("one_step_at_a_time"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "Change the mission's status and its approval in "
                                             "separate steps."),
                           {{QStringLiteral("status"), statusText(facts.status)}});
        action = *newApproval == MissionApproval::Pending ? MissionAction::SubmitForApproval
                                                          : MissionAction::ReturnToDraft;
    }

    if (action) {
        if (const auto refusal = refusalOf(m_actor, facts, *action))
            return refused(missionRefused, refusalCode(*refusal), missionRefusalText(*refusal),
                           {{QStringLiteral("action"), actionText(*action)},
                            {QStringLiteral("status"), statusText(facts.status)},
                            {QStringLiteral("approval_status"), approvalText(facts.approval)}});
    }
    MissionFacts after = facts;
    if (action) {
        after.status = targetOf(*action);
        after.approval =
            *action == MissionAction::ReturnToDraft ? MissionApproval::None : facts.approval;
    }
    if (changesAny(current, columns, orderColumns) && !mayEditOrder(m_actor, facts) &&
        !mayEditOrder(m_actor, after))
        return refused(missionRefused, QStringLiteral("order_locked"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "The mission order is changed only as a draft that "
                                         "is not waiting for approval or approved (take it "
                                         "back first), by its requester or the unit's "
                                         "supervisor."),
                       {{QStringLiteral("status"), statusText(facts.status)},
                        {QStringLiteral("approval_status"), approvalText(facts.approval)}});
    if (changesAny(current, columns, reportColumns) && !mayReport(m_actor, facts))
        return refused(missionRefused, QStringLiteral("report_locked"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "The report and the actual times are written by the "
                                         "people on the mission while it is issued or in "
                                         "progress."),
                       {{QStringLiteral("status"), statusText(facts.status)}});
    if (!action)
        return plan;

    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    switch (*action) {
    case MissionAction::SubmitForApproval: {
        const OrgUnitId unit(merged.value(QStringLiteral("unit_id")).toLongLong());
        const bool budgeted = merged.value(QStringLiteral("budgeted")).toInt() != 0;
        if (const auto planned =
                planChain(plan, ApprovalSubject::Mission, id, unit, missionRoutingAmount(budgeted));
            !planned)
            return planned.error();
        // No rule asks for an approval: the mission is ready to issue.
        columns.insert(approval, plan.steps.isEmpty() ? QStringLiteral("approved")
                                                      : QStringLiteral("pending"));
        columns.insert(status, QStringLiteral("draft"));
        break;
    }
    case MissionAction::ReturnToDraft:
        // The steps of the chain taken back stay as they are: a decision arriving for one
        // of them is refused (the mission no longer waits), and a new submission starts
        // a new chain.
        columns.insert(status, QStringLiteral("draft"));
        columns.insert(approval, QStringLiteral("none"));
        break;
    case MissionAction::Start:
        if (merged.value(QStringLiteral("actual_start")).isNull())
            columns.insert(QStringLiteral("actual_start"), nowMs);
        break;
    case MissionAction::Complete:
    case MissionAction::CompleteNeedingFollowUp:
        if (merged.value(QStringLiteral("actual_end")).isNull())
            columns.insert(QStringLiteral("actual_end"), nowMs);
        // The work's outcome reaches the cases once, when the work ends.
        plan.missionCompleted = facts.status == MissionStatus::InProgress;
        plan.orderNumber = current.value(QStringLiteral("order_number")).toString();
        break;
    case MissionAction::Issue:
    case MissionAction::Cancel:
        break;
    }
    return plan;
}

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareClaim(const QVariantMap &current, QVariantMap &columns)
{
    MissionWritePlan plan;
    const QString status = QStringLiteral("status");
    if (current.isEmpty()) {
        if (columns.contains(status) && columns.value(status).toString() != u"draft")
            return refused(claimRefused, QStringLiteral("initial_status_not_allowed"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "A new expense claim starts as a draft; submit it "
                                             "once its lines are written."));
        const OrgUnitId unit(columns.value(QStringLiteral("unit_id")).toLongLong());
        if (!m_actor.hasRole(Access::Role::Administrator) && !m_actor.seesUnit(unit))
            return refused(claimRefused, QStringLiteral("unit_not_visible"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "Expense claims are made in your own units."));
        columns.insert(status, QStringLiteral("draft"));
        columns.insert(QStringLiteral("total_rials"), qint64(0));
        return plan;
    }

    const qint64 id = current.value(QStringLiteral("id")).toLongLong();
    const ClaimFacts facts = ClaimFacts::fromRow(json(current));
    if (changesAny(current, columns, claimColumns) && !mayEditClaim(m_actor, facts))
        return refused(claimRefused, QStringLiteral("claim_locked"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "An expense claim is changed only by its claimant, "
                                         "while it is a draft or returned for correction."),
                       {{QStringLiteral("status"), statusText(facts.status)}});
    const auto newStatus =
        claimStatusFrom(columns.value(status, statusText(facts.status)).toString());
    if (!newStatus || *newStatus == facts.status)
        return plan;
    const ClaimTransition transition = transitionBetween(facts.status, *newStatus);
    if (transition.refusal)
        return refused(claimRefused, refusalCode(*transition.refusal),
                       claimRefusalText(*transition.refusal),
                       {{QStringLiteral("status"), statusText(facts.status)},
                        {QStringLiteral("to"), statusText(*newStatus)}});
    if (const auto refusal = refusalOf(m_actor, facts, *transition.action))
        return refused(claimRefused, refusalCode(*refusal), claimRefusalText(*refusal),
                       {{QStringLiteral("action"), actionText(*transition.action)},
                        {QStringLiteral("status"), statusText(facts.status)}});
    if (*transition.action != ClaimAction::Submit)
        return plan;

    // Submission: the policy, the total, the chain.
    const auto lines = m_data.claimLines(id);
    const auto others = m_data.otherClaimsLines(facts.claimant.value(), id);
    const auto roles = m_data.roles(facts.claimant);
    const auto policies = m_data.expensePolicies();
    if (!lines || !others || !roles || !policies)
        return internalError(!lines    ? lines.error()
                             : !others ? others.error()
                             : !roles  ? roles.error()
                                       : policies.error());
    if (lines->isEmpty())
        return refused(claimRefused, QStringLiteral("no_lines"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "Add at least one expense line before submitting."),
                       {{QStringLiteral("status"), statusText(facts.status)}});
    const QList<PolicyFinding> findings =
        checkExpensePolicy({id, *lines, *roles, *others}, *policies);
    if (hasBlocking(findings)) {
        QJsonArray list;
        for (const PolicyFinding &finding : findings)
            list.append(finding.toJson());
        return refused(QStringLiteral("claim_policy_violation"),
                       QStringLiteral("blocking_findings"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "The expense claim breaks the expense policy; correct "
                                         "the lines named and submit it again."),
                       {{QStringLiteral("findings"), list}});
    }
    QList<Money> amounts;
    for (const ExpenseLine &line : std::as_const(*lines))
        amounts << line.amount;
    const Money total = claimTotal(amounts).value_or(Money()); // overflow is a finding above
    const OrgUnitId unit(
        columns.value(QStringLiteral("unit_id"), current.value(QStringLiteral("unit_id")))
            .toLongLong());
    if (const auto planned = planChain(plan, ApprovalSubject::ExpenseClaim, id, unit, total);
        !planned)
        return planned.error();
    columns.insert(QStringLiteral("total_rials"), total.rials());
    columns.insert(QStringLiteral("submitted_at"), m_now.toMSecsSinceEpoch());
    // No rule asks for an approval: the claim is approved as it is submitted.
    if (plan.steps.isEmpty())
        columns.insert(status, QStringLiteral("approved"));
    return plan;
}

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareLine(const QVariantMap &current, const QVariantMap &columns)
{
    MissionWritePlan plan;
    const QString claimId = QStringLiteral("claim_id"), amount = QStringLiteral("amount_rials");
    if (columns.contains(amount) && columns.value(amount).toLongLong() <= 0) {
        MissionRuleError invalid;
        invalid.kind = MissionRuleError::Kind::Invalid;
        invalid.field = amount;
        invalid.code = QStringLiteral("amount_not_positive");
        invalid.text = QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "An expense line must be of more than zero rials.");
        return invalid;
    }
    for (const QVariant &value : {current.value(claimId), columns.value(claimId)}) {
        const qint64 id = value.toLongLong();
        if (id <= 0 || plan.recountClaims.contains(id))
            continue;
        const auto claim = m_data.row(QStringLiteral("expense_claims"), id);
        if (!claim)
            return internalError(claim.error());
        if (!*claim)
            continue; // the reference check answers for a missing claim
        const ClaimFacts facts = ClaimFacts::fromRow(**claim);
        if (!mayEditClaim(m_actor, facts))
            return refused(claimRefused, QStringLiteral("claim_locked"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "An expense claim is changed only by its "
                                             "claimant, while it is a draft or returned for "
                                             "correction."),
                           {{QStringLiteral("status"), statusText(facts.status)},
                            {QStringLiteral("claim_id"), id}});
        plan.recountClaims.insert(id);
    }
    return plan;
}

Expected<bool, MissionRuleError> MissionWriteRules::planChain(MissionWritePlan &plan,
                                                              ApprovalSubject subject,
                                                              qint64 subjectId, OrgUnitId unit,
                                                              Money amount)
{
    const auto rules = m_data.approvalRules();
    const auto ancestry = m_data.unitAncestry(unit);
    const auto steps = m_data.subjectSteps(subjectText(subject), subjectId);
    if (!rules || !ancestry || !steps)
        return internalError(!rules ? rules.error() : !ancestry ? ancestry.error() : steps.error());
    int previous = 0;
    for (const StepFacts &step : *steps)
        previous = qMax(previous, step.chain);
    plan.chainFor = subject;
    plan.chainSubjectId = subjectId;
    plan.chainNumber = previous + 1;
    plan.steps = routeApproval(*rules, subject, *ancestry, amount);
    return true;
}

Expected<bool, MissionRuleError> MissionWriteRules::recount(qint64 claimId,
                                                            const Records::WriteContext &context)
{
    const auto claim = m_data.row(QStringLiteral("expense_claims"), claimId);
    const auto lines = m_data.claimLines(claimId);
    if (!claim || !lines)
        return internalError(!claim ? claim.error() : lines.error());
    if (!*claim)
        return true;
    QList<Money> amounts;
    for (const ExpenseLine &line : std::as_const(*lines))
        amounts << line.amount;
    const auto total = claimTotal(amounts);
    if (!total)
        return refused(claimRefused, QStringLiteral("total_overflow"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "The amounts of this claim add up to more than can be "
                                         "recorded."),
                       {{QStringLiteral("claim_id"), claimId}});
    if ((*claim)->value(u"total_rials").toInteger() == total->rials())
        return true;
    const auto written = Records::RowWriter(m_db, m_backend, m_batch)
                             .update(QStringLiteral("expense_claims"), claimId,
                                     {{QStringLiteral("total_rials"), total->rials()}}, context);
    if (!written)
        return internalError(written.error().detail);
    return true;
}

Expected<bool, MissionRuleError> MissionWriteRules::finish(const MissionWritePlan &plan,
                                                           qint64 rowId,
                                                           const Records::WriteContext &context)
{
    // Each row written here takes its own version.
    Records::WriteContext rowContext = context;
    rowContext.version.reset();
    Records::RowWriter writer(m_db, m_backend, m_batch);
    if (plan.chainFor) {
        for (const PlannedStep &step : plan.steps) {
            QVariantMap row{
                {QStringLiteral("subject_type"), subjectText(*plan.chainFor)},
                {QStringLiteral("subject_id"), plan.chainSubjectId ? plan.chainSubjectId : rowId},
                {QStringLiteral("chain"), plan.chainNumber},
                {QStringLiteral("step"), step.step},
                {QStringLiteral("approver_role"), Access::roleCode(step.approverRole)},
                {QStringLiteral("decision"), QStringLiteral("pending")},
                {QStringLiteral("reason"), QStringLiteral("")}};
            if (step.approverUnit.isValid())
                row.insert(QStringLiteral("approver_unit_id"), step.approverUnit.value());
            if (const auto written =
                    writer.insert(QStringLiteral("approval_steps"), row, rowContext);
                !written)
                return internalError(written.error().detail);
        }
    }
    for (qint64 claimId : plan.recountClaims) {
        if (const auto counted = recount(claimId, rowContext); !counted)
            return counted.error();
    }
    if (!plan.subjectTable.isEmpty() && !plan.subjectChanges.isEmpty()) {
        if (const auto written =
                writer.update(plan.subjectTable, plan.subjectId, plan.subjectChanges, rowContext);
            !written)
            return internalError(written.error().detail);
    }
    if (plan.missionCompleted) {
        // Each linked case's outcome is recorded on the case as an internal note, so the
        // case's history shows what the field work found. The order number says where it
        // came from in any language.
        const auto outcomes = m_data.caseOutcomes(rowId);
        if (!outcomes)
            return internalError(outcomes.error());
        for (const auto &[caseId, outcome] : *outcomes) {
            QVariantMap note{
                {QStringLiteral("case_id"), caseId},
                {QStringLiteral("body"), plan.orderNumber + QStringLiteral(": ") + outcome},
                {QStringLiteral("internal"), 1}};
            if (m_actor.userId.isValid())
                note.insert(QStringLiteral("author_id"), m_actor.userId.value());
            if (const auto written = writer.insert(QStringLiteral("case_notes"), note, rowContext);
                !written)
                return internalError(written.error().detail);
        }
    }
    return true;
}

} // namespace Shahrvand::MissionRules
