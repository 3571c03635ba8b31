#include "casewriterules.h"

#include "casedata.h"
#include "casetrackingcode.h"
#include "dwelltime.h"
#include "routing.h"
#include "slaclock.h"

#include <QCoreApplication>

namespace Shahrvand::CaseRules {

using namespace CaseWork;

namespace {

const QString kStatus = QStringLiteral("status");
const QString kOwner = QStringLiteral("owner_id");
const QString kTeam = QStringLiteral("team_id");
const QString kTier = QStringLiteral("tier");
const QString kService = QStringLiteral("service_id");
const QString kPriority = QStringLiteral("priority");
const QString kReason = QStringLiteral("status_reason");
const QString kResolution = QStringLiteral("resolution");
const QString kArticle = QStringLiteral("resolution_article_id");

// The validation context, so these read like every other field error.
constexpr const char *validationContext = "Shahrvand::Entities::Validation";

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || !a.isValid();
    const bool bNull = b.isNull() || !b.isValid();
    if (aNull || bNull)
        return aNull == bNull;
    return a.toString() == b.toString();
}

CaseRuleError refused(const QString &code, const char *text, QJsonObject details = {})
{
    CaseRuleError error;
    error.kind = CaseRuleError::Kind::Refused;
    error.code = code;
    error.text = text;
    error.details = std::move(details);
    return error;
}

CaseRuleError invalid(const QString &field, const QString &code, const char *text)
{
    CaseRuleError error;
    error.kind = CaseRuleError::Kind::Invalid;
    error.code = code;
    error.field = field;
    error.text = text;
    return error;
}

bool isManager(const Actor &actor)
{
    return actor.system || actor.roles.contains(Access::Role::Supervisor) ||
           actor.roles.contains(Access::Role::Administrator);
}

// Text columns are NOT NULL: "nothing" is an empty string.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// The workflow fields of a state as column values.
QVariantMap stateColumns(const CaseState &state)
{
    return {{kStatus, caseStatusCode(state.status)},
            {kOwner, idOrNull(state.owner.value())},
            {kTeam, idOrNull(state.team.value())},
            {kTier, state.tier},
            {QStringLiteral("first_responded_at"), CaseData::msOrNull(state.firstRespondedAt)},
            {QStringLiteral("sla_paused_at"), CaseData::msOrNull(state.slaPausedAt)},
            {QStringLiteral("sla_paused_ms"), state.slaPausedMs},
            {QStringLiteral("resolved_at"), CaseData::msOrNull(state.resolvedAt)},
            {QStringLiteral("closed_at"), CaseData::msOrNull(state.closedAt)},
            {kResolution, text(state.resolution)},
            {kArticle, idOrNull(state.resolutionArticle.value())}};
}

} // namespace

CaseRuleError refusalOf(const WorkflowError &error)
{
    const QJsonObject details{{QStringLiteral("action"), caseActionCode(error.action)},
                              {QStringLiteral("status"), caseStatusCode(error.status)}};
    switch (error.code) {
    case WorkflowErrorCode::ReasonRequired:
        return invalid(kReason, QStringLiteral("reason_required"),
                       QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                         "Write the reason for this change of the case."));
    case WorkflowErrorCode::ResolutionRequired:
        return invalid(kResolution, QStringLiteral("resolution_required"),
                       QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                         "Write how the case was resolved."));
    case WorkflowErrorCode::OwnerRequired:
        return invalid(kOwner, QStringLiteral("owner_required"),
                       QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                         "Choose the person who will own the case."));
    case WorkflowErrorCode::NotAllowedInStatus:
        return refused(QStringLiteral("not_allowed_in_status"),
                       QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                         "This change is not possible in the case's current "
                                         "status."),
                       details);
    case WorkflowErrorCode::RoleMayNotAct:
        return refused(QStringLiteral("role_may_not_act"),
                       QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                         "Your role does not allow this change of the case."),
                       details);
    case WorkflowErrorCode::NotTheOwner:
        return refused(QStringLiteral("not_the_owner"),
                       QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                         "Only the case's owner or a supervisor may do this."),
                       details);
    case WorkflowErrorCode::TierAboveActor:
        return refused(QStringLiteral("tier_above_actor"),
                       QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                         "This case is at a higher support tier than yours; ask "
                                         "a supervisor."),
                       details);
    case WorkflowErrorCode::MayOnlyAssignSelf:
        return refused(QStringLiteral("may_only_assign_self"),
                       QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                         "You may take a case yourself; only a supervisor may "
                                         "assign it to someone else."),
                       details);
    case WorkflowErrorCode::SameOwner:
        return refused(QStringLiteral("same_owner"),
                       QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                         "The case is already assigned to this person."),
                       details);
    case WorkflowErrorCode::AlreadyAtTopTier:
        return refused(QStringLiteral("already_at_top_tier"),
                       QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                         "The case is already with engineering, the highest "
                                         "support tier."),
                       details);
    case WorkflowErrorCode::ReopenWindowPassed:
        return refused(QStringLiteral("reopen_window_passed"),
                       QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                         "The case was closed too long ago to be reopened; "
                                         "register a new case instead."),
                       details);
    }
    Q_UNREACHABLE();
}

CaseWriteRules::CaseWriteRules(QSqlDatabase db, const Access::Principal &actor, QDateTime now)
    : m_db(std::move(db))
    , m_actor(CaseData::actorOf(actor))
    , m_now(now.toUTC())
{}

QVariantMap CaseWriteRules::historyColumns(const StatusHistoryRow &row)
{
    return {{QStringLiteral("from_status"),
             row.from ? QVariant(caseStatusCode(*row.from)) : QVariant()},
            {QStringLiteral("to_status"), caseStatusCode(row.to)},
            {QStringLiteral("team_id"), idOrNull(row.team.value())},
            {QStringLiteral("owner_id"), idOrNull(row.owner.value())},
            {QStringLiteral("tier"), row.tier},
            {QStringLiteral("changed_by"), idOrNull(row.changedBy.value())},
            {QStringLiteral("changed_at"), row.changedAt.toMSecsSinceEpoch()},
            {QStringLiteral("reason"), text(row.reason.left(1000))}};
}

Expected<bool, CaseRuleError> CaseWriteRules::route(const QVariantMap &row, QVariantMap &columns,
                                                    CaseWritePlan &plan, CaseState &state)
{
    CaseData data(m_db);
    const qint64 serviceId = row.value(kService).toLongLong();
    const auto service = data.service(serviceId);
    if (!service)
        return service.error();
    CaseFacts facts;
    facts.service = ServiceId(serviceId);
    facts.district = OrgUnitId(row.value(QStringLiteral("district_id")).toLongLong());
    facts.channel = row.value(QStringLiteral("channel")).toString();
    facts.priority = row.value(kPriority).toString();
    if (facts.priority.isEmpty())
        facts.priority = service->defaultPriority;
    facts.subject = row.value(QStringLiteral("subject")).toString();
    facts.description = row.value(QStringLiteral("description")).toString();
    facts.serviceResponsibleUnit = service->responsibleUnit;

    const auto router = data.router();
    if (!router)
        return router.error();
    TeamRoster roster;
    RoutingCursors cursors;
    if (const RoutingRule *rule = router->match(facts);
        rule && (rule->ownerStrategy == OwnerStrategy::RoundRobin ||
                 rule->ownerStrategy == OwnerStrategy::LeastLoaded)) {
        const auto members = data.roster(rule->team);
        if (!members)
            return members.error();
        roster.insert(rule->team, *members);
        const auto stored = data.cursors();
        if (!stored)
            return stored.error();
        cursors = *stored;
    }
    const RoutingDecision decision = router->route(facts, roster, cursors);
    state.team = decision.team;
    state.owner = decision.owner;
    columns.insert(kTeam, idOrNull(decision.team.value()));
    columns.insert(kOwner, idOrNull(decision.owner.value()));
    if (decision.ruleId && decision.nextCursor)
        plan.cursor = std::make_pair(*decision.ruleId, *decision.nextCursor);
    return true;
}

Expected<CaseWritePlan, CaseRuleError> CaseWriteRules::prepareCreate(QVariantMap &columns)
{
    CaseWritePlan plan;
    const QString trackingCode = QStringLiteral("tracking_code");
    const auto code = chooseTrackingCode(m_db, columns.value(trackingCode).toString());
    if (!code)
        return code.error();
    columns.insert(trackingCode, code->code);
    if (!code->displaced.isEmpty()) {
        plan.notes << QVariantMap{
            {QStringLiteral("author_id"), idOrNull(m_actor.user.value())},
            {QStringLiteral("body"), trackingCodeChangedNote(code->displaced, code->code)},
            {QStringLiteral("internal"), 1}};
        if (m_actor.user.isValid())
            plan.notifications << QVariantMap{
                {QStringLiteral("user_id"), m_actor.user.value()},
                {QStringLiteral("kind"), QStringLiteral("tracking_code_changed")},
                {QStringLiteral("clock"), QStringLiteral("")}};
    }

    CaseData data(m_db);
    const auto service = data.service(columns.value(kService).toLongLong());
    if (!service)
        return service.error();
    if (columns.value(kPriority).toString().isEmpty())
        columns.insert(kPriority, service->defaultPriority.isEmpty() ? QStringLiteral("normal")
                                                                     : service->defaultPriority);

    const UserId clientOwner(columns.value(kOwner).toLongLong());
    const OrgUnitId clientTeam(columns.value(kTeam).toLongLong());
    CaseState state = initialCaseState(m_now);
    if (clientTeam.isValid()) {
        state.team = clientTeam;
    } else if (const auto routed = route(columns, columns, plan, state); !routed) {
        return routed.error();
    }
    if (clientOwner.isValid()) {
        // The client names the owner (an agent taking the call's case): an assign, checked
        // as one, instead of the routing's choice of owner.
        CaseState unowned = state;
        unowned.owner = UserId();
        const auto assigned =
            m_workflow.apply(unowned, CaseAction::assign(clientOwner), m_actor, m_now);
        if (!assigned)
            return refusalOf(assigned.error());
        state = assigned->state;
        plan.cursor.reset();
    }
    state.status = state.owner.isValid() ? CaseStatus::Assigned : CaseStatus::New;
    state.tier = helpDeskTier;
    state.createdAt = m_now;
    const QVariantMap workflow = stateColumns(state);
    for (auto it = workflow.cbegin(); it != workflow.cend(); ++it) {
        // The resolution is the client's to give; nothing else of the workflow is.
        if (it.key() != kResolution && it.key() != kArticle)
            columns.insert(it.key(), it.value());
    }

    StatusHistoryRow history;
    history.to = state.status;
    history.team = state.team;
    history.owner = state.owner;
    history.tier = state.tier;
    history.changedBy = m_actor.user;
    history.changedAt = m_now;
    history.reason = columns.value(kReason).toString().trimmed();
    plan.history << historyColumns(history);

    QVariantMap row = columns;
    row.insert(QStringLiteral("created_at"), m_now.toMSecsSinceEpoch());
    if (const auto sla = fillSla(0, row, {history}, true, columns); !sla)
        return sla.error();
    return plan;
}

Expected<CaseWritePlan, CaseRuleError> CaseWriteRules::prepareUpdate(const QVariantMap &current,
                                                                     QVariantMap &columns)
{
    CaseWritePlan plan;
    const auto changed = [&](const QString &column) {
        return columns.contains(column) && !sameValue(columns.value(column), current.value(column));
    };
    const auto valueOf = [&](const QString &column) {
        return columns.contains(column) ? columns.value(column) : current.value(column);
    };
    const qint64 caseId = current.value(QStringLiteral("id")).toLongLong();
    const CaseState before = CaseData::stateOf(current);
    CaseState state = before;
    const QString reason = columns.value(kReason).toString().trimmed();

    const bool statusChanged = changed(kStatus);
    const bool ownerChanged = changed(kOwner);
    const bool teamChanged = changed(kTeam);
    const bool tierChanged = changed(kTier);
    const UserId newOwner(valueOf(kOwner).toLongLong());
    const OrgUnitId newTeam =
        teamChanged ? OrgUnitId(columns.value(kTeam).toLongLong()) : OrgUnitId();
    const auto target = caseStatusFromCode(valueOf(kStatus).toString());

    // The write as workflow actions, in order.
    QList<CaseAction> actions;
    const auto assignFirst = [&] {
        if (ownerChanged && newOwner.isValid())
            actions << CaseAction::assign(newOwner, newTeam);
    };
    if (statusChanged && target) {
        const bool leavesFinished =
            (before.status == CaseStatus::Resolved || before.status == CaseStatus::Closed) &&
            *target != CaseStatus::Resolved && *target != CaseStatus::Closed;
        if (leavesFinished) {
            actions << CaseAction::reopen(reason);
        } else {
            switch (*target) {
            case CaseStatus::New:
                return refused(QStringLiteral("status_not_settable"),
                               QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                                 "A case cannot be put back to “new”; assign it "
                                                 "or move it to another team instead."),
                               {{QStringLiteral("status"), caseStatusCode(before.status)}});
            case CaseStatus::Assigned:
                actions << CaseAction::assign(newOwner, newTeam);
                break;
            case CaseStatus::InProgress:
                assignFirst();
                actions << (before.status == CaseStatus::WaitingCitizen
                                ? CaseAction::citizenReplied()
                                : CaseAction::start());
                break;
            case CaseStatus::WaitingCitizen:
                assignFirst();
                actions << CaseAction::waitForCitizen(reason);
                break;
            case CaseStatus::Escalated:
                actions << CaseAction::escalate(reason, newTeam);
                break;
            case CaseStatus::Resolved:
                assignFirst();
                actions << CaseAction::resolve(valueOf(kResolution).toString(),
                                               ArticleId(valueOf(kArticle).toLongLong()));
                break;
            case CaseStatus::Closed:
                actions << CaseAction::close();
                break;
            }
        }
    } else if (tierChanged) {
        if (columns.value(kTier).toInt() != std::max(before.tier, helpDeskTier) + 1)
            return refused(QStringLiteral("tier_change_not_allowed"),
                           QT_TRANSLATE_NOOP("Shahrvand::CaseRules",
                                             "The support tier changes only by escalating the "
                                             "case, one tier at a time."),
                           {{QStringLiteral("status"), caseStatusCode(before.status)}});
        actions << CaseAction::escalate(reason, newTeam);
    } else if (ownerChanged && newOwner.isValid()) {
        actions << CaseAction::assign(newOwner, newTeam);
    }

    QList<StatusHistoryRow> planned;
    for (const CaseAction &action : std::as_const(actions)) {
        const auto result = m_workflow.apply(state, action, m_actor, m_now);
        if (!result)
            return refusalOf(result.error());
        state = result->state;
        planned << result->history;
        plan.actions << action.kind;
    }

    // What no action covers: giving a case back to its team's queue, or moving it to
    // another team's queue without a new owner. The owner (or anyone, if nobody owns it)
    // may do either while the case could be assigned; supervisors always.
    const bool unassigns = ownerChanged && !newOwner.isValid() && actions.isEmpty();
    const bool movesTeam = teamChanged && actions.isEmpty();
    if (unassigns || movesTeam) {
        if (!CaseWorkflow::sourceStatuses(CaseActionKind::Assign).contains(before.status))
            return refusalOf(
                {WorkflowErrorCode::NotAllowedInStatus, CaseActionKind::Assign, before.status});
        if (!isManager(m_actor) && before.owner.isValid() && before.owner != m_actor.user)
            return refusalOf(
                {WorkflowErrorCode::NotTheOwner, CaseActionKind::Assign, before.status});
        if (!m_actor.system && !m_actor.roles.contains(Access::Role::Agent) &&
            !m_actor.roles.contains(Access::Role::SeniorAgent) && !isManager(m_actor))
            return refusalOf(
                {WorkflowErrorCode::RoleMayNotAct, CaseActionKind::Assign, before.status});
        // The new team takes the case from its queue.
        state.owner = UserId();
        if (movesTeam)
            state.team = newTeam;
        if (state.status == CaseStatus::Assigned || state.status == CaseStatus::InProgress)
            state.status = CaseStatus::New;
        StatusHistoryRow row;
        row.from = before.status;
        row.to = state.status;
        row.team = state.team;
        row.owner = state.owner;
        row.tier = state.tier;
        row.changedBy = m_actor.user;
        row.changedAt = m_now;
        row.reason = reason;
        planned << row;
    }

    const bool serviceChanged = changed(kService);
    const bool priorityChanged = changed(kPriority);
    // A new service routes the case again while nobody has started on it.
    if (serviceChanged && planned.isEmpty() &&
        (state.status == CaseStatus::New || state.status == CaseStatus::Assigned)) {
        QVariantMap row = current;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            row.insert(it.key(), it.value());
        QVariantMap routed;
        if (const auto done = route(row, routed, plan, state); !done)
            return done.error();
        state.status = state.owner.isValid() ? CaseStatus::Assigned : CaseStatus::New;
        if (state.team != before.team || state.owner != before.owner ||
            state.status != before.status) {
            StatusHistoryRow history;
            history.from = before.status;
            history.to = state.status;
            history.team = state.team;
            history.owner = state.owner;
            history.tier = state.tier;
            history.changedBy = m_actor.user;
            history.changedAt = m_now;
            history.reason = reason;
            planned << history;
        }
    }

    if (planned.isEmpty()) {
        // Not a workflow change: whatever the client sent for these is what is stored.
        for (const QString &column : {kStatus, kOwner, kTeam, kTier})
            columns.remove(column);
    } else {
        const QVariantMap workflow = stateColumns(state);
        for (auto it = workflow.cbegin(); it != workflow.cend(); ++it) {
            if (!sameValue(it.value(), current.value(it.key())) || columns.contains(it.key()))
                columns.insert(it.key(), it.value());
        }
        columns.insert(kReason, text(reason));
        for (const StatusHistoryRow &row : std::as_const(planned))
            plan.history << historyColumns(row);
    }

    if (!planned.isEmpty() || serviceChanged || priorityChanged) {
        QVariantMap row = current;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            row.insert(it.key(), it.value());
        if (const auto sla =
                fillSla(caseId, row, planned, serviceChanged || priorityChanged, columns);
            !sla)
            return sla.error();
    }
    return plan;
}

Expected<bool, CaseRuleError> CaseWriteRules::fillSla(qint64 caseId, const QVariantMap &row,
                                                      const QList<StatusHistoryRow> &planned,
                                                      bool selectPolicy, QVariantMap &columns)
{
    CaseData data(m_db);
    std::optional<SlaPolicy> policy;
    if (selectPolicy) {
        const auto policies = data.slaPolicies();
        if (!policies)
            return policies.error();
        if (const SlaPolicy *chosen =
                selectSlaPolicy(*policies, ServiceId(row.value(kService).toLongLong()),
                                row.value(kPriority).toString()))
            policy = *chosen;
        columns.insert(QStringLiteral("sla_policy_id"), idOrNull(policy ? policy->id : 0));
    } else if (const qint64 id = row.value(QStringLiteral("sla_policy_id")).toLongLong(); id > 0) {
        const auto stored = data.slaPolicy(id);
        if (!stored)
            return stored.error();
        policy = *stored;
    }
    const QString firstDue = QStringLiteral("first_response_due_at");
    const QString resolutionDue = QStringLiteral("resolution_due_at");
    const QString next = QStringLiteral("sla_next_at");
    if (!policy) {
        columns.insert(firstDue, QVariant());
        columns.insert(resolutionDue, QVariant());
        columns.insert(next, QVariant());
        return true;
    }
    const auto calendar = data.calendar(policy->calendarId);
    if (!calendar)
        return calendar.error();
    QList<StatusHistoryRow> history;
    if (caseId > 0) {
        const auto stored = data.history(caseId);
        if (!stored)
            return stored.error();
        history = *stored;
    }
    history << planned;
    QList<PauseInterval> closedPauses;
    for (const PauseInterval &pause : slaPausesFromHistory(history)) {
        if (!pause.isOpen())
            closedPauses << pause;
    }
    const CaseState state = CaseData::stateOf(row);
    const SlaEvaluation evaluation =
        evaluateSla(*policy, *calendar, slaCaseTimes(state, closedPauses), m_now);
    const bool paused = state.slaPausedAt.isValid();
    // While the case waits for the citizen the due times stay as they were; they move when
    // the wait ends, by the business time it covered.
    if (!paused || selectPolicy) {
        columns.insert(firstDue, CaseData::msOrNull(evaluation.firstResponse.dueAt));
        columns.insert(resolutionDue, CaseData::msOrNull(evaluation.resolution.dueAt));
    }
    QDateTime nextCheck;
    const bool finished =
        state.status == CaseStatus::Resolved || state.status == CaseStatus::Closed;
    if (!paused && !finished) {
        QSet<QString> fired;
        if (caseId > 0) {
            const auto stored = data.firedThresholds(caseId);
            if (!stored)
                return stored.error();
            fired = *stored;
        }
        const auto consider = [&](const SlaClockStatus &clock) {
            if (clock.completedAt.isValid())
                return;
            const QString code = slaClockCode(clock.clock) + QLatin1Char('/');
            for (const auto &[threshold, at] : {std::pair{SlaThreshold::Warning, clock.warningAt},
                                                std::pair{SlaThreshold::Breach, clock.dueAt}}) {
                if (at.isValid() && !fired.contains(code + slaThresholdCode(threshold)) &&
                    (!nextCheck.isValid() || at < nextCheck))
                    nextCheck = at;
            }
        };
        consider(evaluation.firstResponse);
        consider(evaluation.resolution);
    }
    columns.insert(next, CaseData::msOrNull(nextCheck));
    return true;
}

Expected<bool, CaseRuleError> CaseWriteRules::finish(const CaseWritePlan &plan)
{
    if (!plan.cursor)
        return true;
    return CaseData(m_db).storeCursor(plan.cursor->first, plan.cursor->second);
}

} // namespace Shahrvand::CaseRules
