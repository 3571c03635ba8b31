#include "caseworkflow.h"

#include "casework_tr_p.h"

#include <algorithm>
#include <utility>

namespace Shahrvand::CaseWork {

using Access::Role;

namespace {

bool isManager(const Actor &actor)
{
    return actor.roles.contains(Role::Supervisor) || actor.roles.contains(Role::Administrator);
}

bool isFrontOffice(const Actor &actor)
{
    return isManager(actor) || actor.roles.contains(Role::Agent) ||
           actor.roles.contains(Role::SeniorAgent);
}

// The highest tier an agent works at; managers are not limited by tier.
int actorTier(const Actor &actor)
{
    if (actor.roles.contains(Role::SeniorAgent))
        return specialistTier;
    if (actor.roles.contains(Role::Agent))
        return helpDeskTier;
    return 0;
}

bool ownsCase(const Actor &actor, const CaseState &state)
{
    return state.owner.isValid() && actor.user == state.owner;
}

// Owner-only actions: the owner (any front-office role) or a manager; never the system.
std::optional<WorkflowErrorCode> ownerOrManager(const Actor &actor, const CaseState &state)
{
    if (actor.system || !isFrontOffice(actor))
        return WorkflowErrorCode::RoleMayNotAct;
    if (isManager(actor) || ownsCase(actor, state))
        return std::nullopt;
    return WorkflowErrorCode::NotTheOwner;
}

std::optional<WorkflowErrorCode> refusal(const CaseState &state, CaseActionKind kind,
                                         const Actor &actor, const QDateTime &now,
                                         const WorkflowPolicy &policy)
{
    switch (kind) {
    case CaseActionKind::Assign:
        if (actor.system || isManager(actor))
            return std::nullopt;
        if (!isFrontOffice(actor))
            return WorkflowErrorCode::RoleMayNotAct;
        // Agents take cases from the queue; moving an owned case is a supervisor's call.
        if (state.owner.isValid())
            return ownsCase(actor, state) ? WorkflowErrorCode::SameOwner
                                          : WorkflowErrorCode::NotTheOwner;
        if (state.tier > actorTier(actor))
            return WorkflowErrorCode::TierAboveActor;
        return std::nullopt;
    case CaseActionKind::Start:
    case CaseActionKind::WaitForCitizen:
    case CaseActionKind::Resolve:
        return ownerOrManager(actor, state);
    case CaseActionKind::CitizenReplied:
        // The answer may arrive through any channel, and whoever receives it records it.
        if (actor.system || isFrontOffice(actor))
            return std::nullopt;
        return WorkflowErrorCode::RoleMayNotAct;
    case CaseActionKind::Escalate:
        if (state.tier >= topTier)
            return WorkflowErrorCode::AlreadyAtTopTier;
        if (actor.system || isManager(actor))
            return std::nullopt;
        if (!isFrontOffice(actor))
            return WorkflowErrorCode::RoleMayNotAct;
        if (state.owner.isValid() && !ownsCase(actor, state))
            return WorkflowErrorCode::NotTheOwner;
        if (state.tier > actorTier(actor))
            return WorkflowErrorCode::TierAboveActor;
        return std::nullopt;
    case CaseActionKind::Reopen:
        if (actor.system || !isFrontOffice(actor))
            return WorkflowErrorCode::RoleMayNotAct;
        if (state.status == CaseStatus::Closed) {
            if (!isManager(actor))
                return WorkflowErrorCode::RoleMayNotAct;
            if (state.closedAt.isValid() && now > state.closedAt.addDays(policy.reopenWindowDays))
                return WorkflowErrorCode::ReopenWindowPassed;
        }
        return std::nullopt;
    case CaseActionKind::Close:
        if (actor.system)
            return std::nullopt;
        return ownerOrManager(actor, state);
    }
    Q_UNREACHABLE();
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QList<CaseField> changedFields(const CaseState &before, const CaseState &after)
{
    QList<CaseField> fields;
    const auto note = [&fields](bool changed, CaseField field) {
        if (changed)
            fields.append(field);
    };
    note(before.status != after.status, CaseField::Status);
    note(before.owner != after.owner, CaseField::OwnerId);
    note(before.team != after.team, CaseField::TeamId);
    note(before.tier != after.tier, CaseField::Tier);
    note(before.firstRespondedAt != after.firstRespondedAt, CaseField::FirstRespondedAt);
    note(before.slaPausedAt != after.slaPausedAt, CaseField::SlaPausedAt);
    note(before.slaPausedMs != after.slaPausedMs, CaseField::SlaPausedMs);
    note(before.resolvedAt != after.resolvedAt, CaseField::ResolvedAt);
    note(before.closedAt != after.closedAt, CaseField::ClosedAt);
    note(before.resolution != after.resolution, CaseField::Resolution);
    note(before.resolutionArticle != after.resolutionArticle, CaseField::ResolutionArticleId);
    return fields;
}

} // namespace

const QList<CaseActionKind> &allCaseActions()
{
    static const QList<CaseActionKind> actions{
        CaseActionKind::Assign,         CaseActionKind::Start,    CaseActionKind::WaitForCitizen,
        CaseActionKind::CitizenReplied, CaseActionKind::Escalate, CaseActionKind::Resolve,
        CaseActionKind::Reopen,         CaseActionKind::Close};
    return actions;
}

QString caseActionCode(CaseActionKind kind)
{
    switch (kind) {
    case CaseActionKind::Assign:
        return QStringLiteral("assign");
    case CaseActionKind::Start:
        return QStringLiteral("start");
    case CaseActionKind::WaitForCitizen:
        return QStringLiteral("wait_for_citizen");
    case CaseActionKind::CitizenReplied:
        return QStringLiteral("citizen_replied");
    case CaseActionKind::Escalate:
        return QStringLiteral("escalate");
    case CaseActionKind::Resolve:
        return QStringLiteral("resolve");
    case CaseActionKind::Reopen:
        return QStringLiteral("reopen");
    case CaseActionKind::Close:
        return QStringLiteral("close");
    }
    Q_UNREACHABLE();
}

std::optional<CaseActionKind> caseActionFromCode(QStringView code)
{
    for (CaseActionKind kind : allCaseActions()) {
        if (caseActionCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString caseActionDisplayName(CaseActionKind kind)
{
    switch (kind) {
    case CaseActionKind::Assign:
        return CaseWorkTr::tr("Assign");
    case CaseActionKind::Start:
        return CaseWorkTr::tr("Start work");
    case CaseActionKind::WaitForCitizen:
        return CaseWorkTr::tr("Wait for the citizen");
    case CaseActionKind::CitizenReplied:
        return CaseWorkTr::tr("Citizen replied");
    case CaseActionKind::Escalate:
        return CaseWorkTr::tr("Escalate");
    case CaseActionKind::Resolve:
        return CaseWorkTr::tr("Resolve");
    case CaseActionKind::Reopen:
        return CaseWorkTr::tr("Reopen");
    case CaseActionKind::Close:
        return CaseWorkTr::tr("Close");
    }
    Q_UNREACHABLE();
}

CaseAction CaseAction::assign(UserId owner, OrgUnitId team)
{
    CaseAction action;
    action.kind = CaseActionKind::Assign;
    action.owner = owner;
    action.team = team;
    return action;
}

CaseAction CaseAction::start()
{
    return CaseAction{};
}

CaseAction CaseAction::waitForCitizen(QString reason)
{
    CaseAction action;
    action.kind = CaseActionKind::WaitForCitizen;
    action.reason = std::move(reason);
    return action;
}

CaseAction CaseAction::citizenReplied()
{
    CaseAction action;
    action.kind = CaseActionKind::CitizenReplied;
    return action;
}

CaseAction CaseAction::escalate(QString reason, OrgUnitId team)
{
    CaseAction action;
    action.kind = CaseActionKind::Escalate;
    action.reason = std::move(reason);
    action.team = team;
    return action;
}

CaseAction CaseAction::resolve(QString resolution, ArticleId article)
{
    CaseAction action;
    action.kind = CaseActionKind::Resolve;
    action.resolution = std::move(resolution);
    action.article = article;
    return action;
}

CaseAction CaseAction::reopen(QString reason)
{
    CaseAction action;
    action.kind = CaseActionKind::Reopen;
    action.reason = std::move(reason);
    return action;
}

CaseAction CaseAction::close()
{
    CaseAction action;
    action.kind = CaseActionKind::Close;
    return action;
}

CaseState initialCaseState(const QDateTime &createdAt, OrgUnitId team, UserId owner)
{
    CaseState state;
    state.status = owner.isValid() ? CaseStatus::Assigned : CaseStatus::New;
    state.createdAt = createdAt;
    state.team = team;
    state.owner = owner;
    return state;
}

namespace {

QDateTime instantOf(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

CaseState caseStateFromRow(const QVariantMap &row)
{
    CaseState state;
    state.status = caseStatusFromCode(row.value(QStringLiteral("status")).toString())
                       .value_or(CaseStatus::New);
    const QVariant tier = row.value(QStringLiteral("tier"));
    state.tier = tier.isNull() || !tier.isValid() ? helpDeskTier : tier.toInt();
    state.team = OrgUnitId(row.value(QStringLiteral("team_id")).toLongLong());
    state.owner = UserId(row.value(QStringLiteral("owner_id")).toLongLong());
    state.createdAt = instantOf(row.value(QStringLiteral("created_at")));
    state.firstRespondedAt = instantOf(row.value(QStringLiteral("first_responded_at")));
    state.slaPausedAt = instantOf(row.value(QStringLiteral("sla_paused_at")));
    state.slaPausedMs = row.value(QStringLiteral("sla_paused_ms")).toLongLong();
    state.resolvedAt = instantOf(row.value(QStringLiteral("resolved_at")));
    state.closedAt = instantOf(row.value(QStringLiteral("closed_at")));
    state.resolution = row.value(QStringLiteral("resolution")).toString();
    state.resolutionArticle =
        ArticleId(row.value(QStringLiteral("resolution_article_id")).toLongLong());
    return state;
}

Actor Actor::fromPrincipal(const Access::Principal &principal)
{
    return person(principal.userId, principal.roles);
}

Actor Actor::systemActor()
{
    Actor actor;
    actor.system = true;
    return actor;
}

Actor Actor::person(UserId user, QSet<Access::Role> roles)
{
    Actor actor;
    actor.user = user;
    actor.roles = std::move(roles);
    return actor;
}

QString caseFieldColumn(CaseField field)
{
    switch (field) {
    case CaseField::Status:
        return QStringLiteral("status");
    case CaseField::OwnerId:
        return QStringLiteral("owner_id");
    case CaseField::TeamId:
        return QStringLiteral("team_id");
    case CaseField::Tier:
        return QStringLiteral("tier");
    case CaseField::FirstRespondedAt:
        return QStringLiteral("first_responded_at");
    case CaseField::SlaPausedAt:
        return QStringLiteral("sla_paused_at");
    case CaseField::SlaPausedMs:
        return QStringLiteral("sla_paused_ms");
    case CaseField::ResolvedAt:
        return QStringLiteral("resolved_at");
    case CaseField::ClosedAt:
        return QStringLiteral("closed_at");
    case CaseField::Resolution:
        return QStringLiteral("resolution");
    case CaseField::ResolutionArticleId:
        return QStringLiteral("resolution_article_id");
    }
    Q_UNREACHABLE();
}

QString describe(const WorkflowError &error)
{
    const QString action = caseActionDisplayName(error.action);
    const QString status = caseStatusDisplayName(error.status);
    switch (error.code) {
    case WorkflowErrorCode::NotAllowedInStatus:
        return CaseWorkTr::tr("“%1” is not possible while the case is “%2”.").arg(action, status);
    case WorkflowErrorCode::RoleMayNotAct:
        return CaseWorkTr::tr("Your role does not allow “%1” on this case.").arg(action);
    case WorkflowErrorCode::NotTheOwner:
        return CaseWorkTr::tr("Only the case's owner or a supervisor may do “%1”.").arg(action);
    case WorkflowErrorCode::TierAboveActor:
        return CaseWorkTr::tr("This case is at a higher support tier than yours; ask a "
                              "supervisor.");
    case WorkflowErrorCode::MayOnlyAssignSelf:
        return CaseWorkTr::tr("You may take a case yourself; only a supervisor may assign it "
                              "to someone else.");
    case WorkflowErrorCode::OwnerRequired:
        return CaseWorkTr::tr("Choose the person who will own the case.");
    case WorkflowErrorCode::SameOwner:
        return CaseWorkTr::tr("The case is already assigned to this person.");
    case WorkflowErrorCode::ReasonRequired:
        return CaseWorkTr::tr("Write the reason for “%1”.").arg(action);
    case WorkflowErrorCode::ResolutionRequired:
        return CaseWorkTr::tr("Write how the case was resolved.");
    case WorkflowErrorCode::AlreadyAtTopTier:
        return CaseWorkTr::tr("The case is already with engineering, the highest support tier.");
    case WorkflowErrorCode::ReopenWindowPassed:
        return CaseWorkTr::tr("The case was closed too long ago to be reopened; register a new "
                              "case instead.");
    }
    Q_UNREACHABLE();
}

CaseWorkflow::CaseWorkflow(WorkflowPolicy policy)
    : m_policy(policy)
{}

QList<CaseStatus> CaseWorkflow::sourceStatuses(CaseActionKind kind)
{
    using S = CaseStatus;
    switch (kind) {
    case CaseActionKind::Assign:
        // Not while waiting for the citizen: the reply comes first, so a reassignment
        // cannot silently restart the SLA clocks.
        return {S::New, S::Assigned, S::InProgress, S::Escalated};
    case CaseActionKind::Start:
        return {S::Assigned};
    case CaseActionKind::WaitForCitizen:
        return {S::InProgress};
    case CaseActionKind::CitizenReplied:
        return {S::WaitingCitizen};
    case CaseActionKind::Escalate:
        return {S::New, S::Assigned, S::InProgress, S::WaitingCitizen, S::Escalated};
    case CaseActionKind::Resolve:
        return {S::InProgress, S::WaitingCitizen};
    case CaseActionKind::Reopen:
        return {S::Resolved, S::Closed};
    case CaseActionKind::Close:
        return {S::Resolved};
    }
    Q_UNREACHABLE();
}

std::optional<WorkflowError> CaseWorkflow::check(const CaseState &state, CaseActionKind kind,
                                                 const Actor &actor, const QDateTime &now) const
{
    if (!sourceStatuses(kind).contains(state.status))
        return WorkflowError{WorkflowErrorCode::NotAllowedInStatus, kind, state.status};
    if (const auto code = refusal(state, kind, actor, now, m_policy))
        return WorkflowError{*code, kind, state.status};
    return std::nullopt;
}

QList<CaseActionKind> CaseWorkflow::allowedActions(const CaseState &state, const Actor &actor,
                                                   const QDateTime &now) const
{
    QList<CaseActionKind> allowed;
    for (CaseActionKind kind : allCaseActions()) {
        if (!check(state, kind, actor, now))
            allowed.append(kind);
    }
    return allowed;
}

Expected<TransitionResult, WorkflowError> CaseWorkflow::apply(const CaseState &state,
                                                              const CaseAction &action,
                                                              const Actor &actor,
                                                              const QDateTime &now) const
{
    if (const auto error = check(state, action.kind, actor, now))
        return *error;
    const auto fail = [&](WorkflowErrorCode code) {
        return WorkflowError{code, action.kind, state.status};
    };

    TransitionResult result;
    CaseState &next = result.state;
    next = state;

    const auto endPause = [&] {
        if (!state.slaPausedAt.isValid())
            return;
        result.pauseChange = SlaPauseChange::Stopped;
        result.endedPause = PauseInterval{state.slaPausedAt, now};
        next.slaPausedMs += qMax<qint64>(0, state.slaPausedAt.msecsTo(now));
        next.slaPausedAt = QDateTime();
    };

    switch (action.kind) {
    case CaseActionKind::Assign: {
        if (!action.owner.isValid())
            return fail(WorkflowErrorCode::OwnerRequired);
        const bool sameTeam = !action.team.isValid() || action.team == state.team;
        if (state.status == CaseStatus::Assigned && action.owner == state.owner && sameTeam)
            return fail(WorkflowErrorCode::SameOwner);
        if (!actor.system && !isManager(actor) && action.owner != actor.user)
            return fail(WorkflowErrorCode::MayOnlyAssignSelf);
        next.status = CaseStatus::Assigned;
        next.owner = action.owner;
        if (action.team.isValid())
            next.team = action.team;
        break;
    }
    case CaseActionKind::Start:
        next.status = CaseStatus::InProgress;
        break;
    case CaseActionKind::WaitForCitizen:
        next.status = CaseStatus::WaitingCitizen;
        next.slaPausedAt = now;
        result.pauseChange = SlaPauseChange::Started;
        break;
    case CaseActionKind::CitizenReplied:
        next.status = CaseStatus::InProgress;
        endPause();
        break;
    case CaseActionKind::Escalate:
        if (isBlank(action.reason))
            return fail(WorkflowErrorCode::ReasonRequired);
        // The next tier takes the case from its queue: nobody owns it until then.
        next.status = CaseStatus::Escalated;
        // A row without a tier (cases.tier is nullable) is at the help desk.
        next.tier = std::max(state.tier, helpDeskTier) + 1;
        next.owner = UserId();
        if (action.team.isValid())
            next.team = action.team;
        endPause();
        break;
    case CaseActionKind::Resolve:
        if (isBlank(action.resolution))
            return fail(WorkflowErrorCode::ResolutionRequired);
        next.status = CaseStatus::Resolved;
        next.resolvedAt = now;
        next.resolution = action.resolution.trimmed();
        next.resolutionArticle = action.article;
        endPause();
        break;
    case CaseActionKind::Reopen:
        if (isBlank(action.reason))
            return fail(WorkflowErrorCode::ReasonRequired);
        // The SLA clocks are not reset: the resolution clock runs on from the case's
        // creation, as the citizen experiences it.
        next.status = state.owner.isValid() ? CaseStatus::Assigned : CaseStatus::New;
        next.resolvedAt = QDateTime();
        next.closedAt = QDateTime();
        next.resolution.clear();
        next.resolutionArticle = ArticleId();
        break;
    case CaseActionKind::Close:
        next.status = CaseStatus::Closed;
        next.closedAt = now;
        break;
    }

    // The first response is the first thing a person does with the case for the citizen;
    // assigning it is internal and does not count.
    const bool responds =
        action.kind == CaseActionKind::Start || action.kind == CaseActionKind::WaitForCitizen ||
        action.kind == CaseActionKind::Resolve || action.kind == CaseActionKind::Escalate;
    if (responds && !actor.system && !next.firstRespondedAt.isValid())
        next.firstRespondedAt = now;

    result.changedFields = changedFields(state, next);
    result.history.from = state.status;
    result.history.to = next.status;
    result.history.team = next.team;
    result.history.owner = next.owner;
    result.history.tier = next.tier;
    result.history.changedBy = actor.user;
    result.history.changedAt = now;
    result.history.reason =
        action.kind == CaseActionKind::Resolve ? QString() : action.reason.trimmed();
    return result;
}

} // namespace Shahrvand::CaseWork
