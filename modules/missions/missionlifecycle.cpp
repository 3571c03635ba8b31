#include "missionlifecycle.h"

#include <array>

namespace Shahrvand::Missions {

using Access::Role;

namespace {

constexpr std::array<std::pair<MissionStatus, const char *>, 6> statusNames{{
    {MissionStatus::Draft, "draft"},
    {MissionStatus::Issued, "issued"},
    {MissionStatus::InProgress, "in_progress"},
    {MissionStatus::CompletedNeedsFollowUp, "completed_needs_followup"},
    {MissionStatus::Completed, "completed"},
    {MissionStatus::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<MissionApproval, const char *>, 5> approvalNames{{
    {MissionApproval::None, "none"},
    {MissionApproval::Pending, "pending"},
    {MissionApproval::Approved, "approved"},
    {MissionApproval::Rejected, "rejected"},
    {MissionApproval::Returned, "returned"},
}};

constexpr std::array<std::pair<MissionAction, const char *>, 7> actionNames{{
    {MissionAction::SubmitForApproval, "submit_for_approval"},
    {MissionAction::ReturnToDraft, "return_to_draft"},
    {MissionAction::Issue, "issue"},
    {MissionAction::Start, "start"},
    {MissionAction::Complete, "complete"},
    {MissionAction::CompleteNeedingFollowUp, "complete_needs_followup"},
    {MissionAction::Cancel, "cancel"},
}};

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::pair<Enum, const char *>, N> &names,
                             QStringView text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
}

bool isRequester(const Access::Principal &actor, const MissionFacts &facts)
{
    return facts.requester.isValid() && actor.userId == facts.requester;
}

bool isAssignee(const Access::Principal &actor, const MissionFacts &facts)
{
    return actor.userId.isValid() && facts.assignees.contains(actor.userId);
}

// A draft may be (re)submitted unless a chain is already running or done.
bool chainOpen(const MissionFacts &facts)
{
    return facts.approval == MissionApproval::Pending ||
           facts.approval == MissionApproval::Approved;
}

} // namespace

std::optional<MissionStatus> missionStatusFrom(QStringView text)
{
    return fromName(statusNames, text);
}

QString statusText(MissionStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<MissionApproval> missionApprovalFrom(QStringView text)
{
    return fromName(approvalNames, text);
}

QString approvalText(MissionApproval approval)
{
    return nameOf(approvalNames, approval);
}

QString actionText(MissionAction action)
{
    return nameOf(actionNames, action);
}

std::optional<MissionAction> missionActionFrom(QStringView text)
{
    return fromName(actionNames, text);
}

MissionFacts MissionFacts::fromRow(const QJsonObject &row, const QSet<UserId> &assignees)
{
    MissionFacts facts;
    facts.status =
        missionStatusFrom(row.value(u"status").toString()).value_or(MissionStatus::Draft);
    facts.approval = missionApprovalFrom(row.value(u"approval_status").toString())
                         .value_or(MissionApproval::None);
    facts.unit = OrgUnitId(row.value(u"unit_id").toInteger());
    facts.requester = UserId(row.value(u"requested_by").toInteger());
    facts.assignees = assignees;
    return facts;
}

bool isMissionManager(const Access::Principal &actor, const MissionFacts &facts)
{
    return actor.hasRole(Role::Administrator) ||
           (actor.hasRole(Role::Supervisor) && actor.seesUnit(facts.unit));
}

MissionStatus targetOf(MissionAction action)
{
    switch (action) {
    case MissionAction::SubmitForApproval:
    case MissionAction::ReturnToDraft:
        return MissionStatus::Draft;
    case MissionAction::Issue:
        return MissionStatus::Issued;
    case MissionAction::Start:
        return MissionStatus::InProgress;
    case MissionAction::Complete:
        return MissionStatus::Completed;
    case MissionAction::CompleteNeedingFollowUp:
        return MissionStatus::CompletedNeedsFollowUp;
    case MissionAction::Cancel:
        return MissionStatus::Cancelled;
    }
    Q_UNREACHABLE();
}

std::optional<MissionRefusal> refusalOf(const Access::Principal &actor, const MissionFacts &facts,
                                        MissionAction action)
{
    using S = MissionStatus;
    const bool manager = isMissionManager(actor, facts);
    const bool requester = isRequester(actor, facts);
    const bool assignee = isAssignee(actor, facts);
    const auto by = [](bool allowed) {
        return allowed ? std::nullopt : std::optional(MissionRefusal::RoleMayNotAct);
    };
    switch (action) {
    case MissionAction::SubmitForApproval:
        if (facts.status != S::Draft)
            return MissionRefusal::NotAllowedInStatus;
        if (!manager && !requester)
            return MissionRefusal::RoleMayNotAct;
        if (chainOpen(facts))
            return MissionRefusal::ApprovalPending;
        return std::nullopt;
    case MissionAction::ReturnToDraft:
        if (facts.status == S::Draft)
            return chainOpen(facts) ? by(manager || requester)
                                    : std::optional(MissionRefusal::NotAllowedInStatus);
        if (facts.status == S::Issued)
            return by(manager);
        return MissionRefusal::NotAllowedInStatus;
    case MissionAction::Issue:
        if (facts.status != S::Draft)
            return MissionRefusal::NotAllowedInStatus;
        if (!manager)
            return MissionRefusal::RoleMayNotAct;
        if (facts.approval != MissionApproval::Approved)
            return MissionRefusal::NotApproved;
        if (facts.assignees.isEmpty())
            return MissionRefusal::NoAssignee;
        return std::nullopt;
    case MissionAction::Start:
    case MissionAction::CompleteNeedingFollowUp:
        if (facts.status != (action == MissionAction::Start ? S::Issued : S::InProgress))
            return MissionRefusal::NotAllowedInStatus;
        return by(manager || assignee);
    case MissionAction::Complete:
        if (facts.status == S::InProgress)
            return by(manager || assignee);
        if (facts.status == S::CompletedNeedsFollowUp)
            return by(manager);
        return MissionRefusal::NotAllowedInStatus;
    case MissionAction::Cancel:
        if (facts.status == S::Draft)
            return by(manager || requester);
        if (facts.status == S::Issued || facts.status == S::InProgress)
            return by(manager);
        return MissionRefusal::NotAllowedInStatus;
    }
    Q_UNREACHABLE();
}

QString refusalCode(MissionRefusal refusal)
{
    switch (refusal) {
    case MissionRefusal::NotAllowedInStatus:
        return QStringLiteral("not_allowed_in_status");
    case MissionRefusal::NotApproved:
        return QStringLiteral("not_approved");
    case MissionRefusal::ApprovalPending:
        return QStringLiteral("approval_pending");
    case MissionRefusal::NoAssignee:
        return QStringLiteral("no_assignee");
    case MissionRefusal::RoleMayNotAct:
        return QStringLiteral("role_may_not_act");
    }
    Q_UNREACHABLE();
}

QList<MissionAction> availableActions(const Access::Principal &actor, const MissionFacts &facts)
{
    QList<MissionAction> actions;
    for (const auto &[action, name] : actionNames) {
        Q_UNUSED(name);
        if (!refusalOf(actor, facts, action))
            actions << action;
    }
    return actions;
}

bool mayEditOrder(const Access::Principal &actor, const MissionFacts &facts)
{
    return facts.status == MissionStatus::Draft && !chainOpen(facts) &&
           (isMissionManager(actor, facts) || isRequester(actor, facts));
}

bool mayReport(const Access::Principal &actor, const MissionFacts &facts)
{
    return (facts.status == MissionStatus::Issued || facts.status == MissionStatus::InProgress) &&
           (isMissionManager(actor, facts) || isAssignee(actor, facts));
}

} // namespace Shahrvand::Missions
