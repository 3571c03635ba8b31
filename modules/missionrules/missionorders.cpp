// The mission rules for missions and their parts: the lifecycle's actions by role, the
// approval chain a submission starts, who may change the order (its linked cases
// included) and write the report (the cases' outcomes included), who is sent when.
#include "missionlifecycle.h"
#include "missionrules_p.h"
#include "missionwriterules.h"

namespace Shahrvand::MissionRules {

using namespace Missions;

namespace {

const QStringList orderColumns{
    QStringLiteral("purpose"),          QStringLiteral("unit_id"),
    QStringLiteral("destination_name"), QStringLiteral("address_text"),
    QStringLiteral("latitude"),         QStringLiteral("longitude"),
    QStringLiteral("planned_start"),    QStringLiteral("planned_end"),
    QStringLiteral("transport"),        QStringLiteral("contract_number"),
    QStringLiteral("budgeted"),         QStringLiteral("follow_up_of_id")};
const QStringList reportColumns{QStringLiteral("report"), QStringLiteral("actual_start"),
                                QStringLiteral("actual_end")};
const char *const orderLockedText = QT_TRANSLATE_NOOP(
    "Shahrvand::MissionRules",
    "The mission order is changed only as a draft that is not waiting for approval or "
    "approved (take it back first), by its requester or the unit's supervisor.");
const char *const reportLockedText = QT_TRANSLATE_NOOP(
    "Shahrvand::MissionRules", "The report and the actual times are written by the people on the "
                               "mission while it is issued or in progress.");

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
        return refused(missionRefused, QStringLiteral("order_locked"), orderLockedText,
                       {{QStringLiteral("status"), statusText(facts.status)},
                        {QStringLiteral("approval_status"), approvalText(facts.approval)}});
    const QString unitColumn = QStringLiteral("unit_id");
    if (changes(current, columns, unitColumn) && !m_actor.hasRole(Access::Role::Administrator) &&
        !m_actor.seesUnit(OrgUnitId(columns.value(unitColumn).toLongLong())))
        return refused(missionRefused, QStringLiteral("unit_not_visible"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "Missions are requested for your own units."));
    if (changesAny(current, columns, reportColumns) && !mayReport(m_actor, facts))
        return refused(missionRefused, QStringLiteral("report_locked"), reportLockedText,
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
MissionWriteRules::prepareMissionPart(const QString &entity, const QVariantMap &current,
                                      const QVariantMap &columns, bool deleting)
{
    const QString missionColumn = QStringLiteral("mission_id");
    QList<qint64> missions;
    for (const QVariant &value : {current.value(missionColumn), columns.value(missionColumn)}) {
        if (value.toLongLong() > 0 && !missions.contains(value.toLongLong()))
            missions << value.toLongLong();
    }
    const bool structural = current.isEmpty() || deleting ||
                            changes(current, columns, missionColumn) ||
                            changes(current, columns, QStringLiteral("case_id")) ||
                            changes(current, columns, QStringLiteral("user_id"));
    for (qint64 id : std::as_const(missions)) {
        const auto mission = m_data.row(QStringLiteral("missions"), id);
        if (!mission)
            return internalError(mission.error());
        if (!*mission)
            continue; // the reference check answers for a missing mission
        const auto assignees = m_data.assignees(id);
        if (!assignees)
            return internalError(assignees.error());
        const MissionFacts facts = MissionFacts::fromRow(**mission, *assignees);
        const QJsonObject details{{QStringLiteral("status"), statusText(facts.status)},
                                  {QStringLiteral("mission_id"), id}};
        if (entity == u"mission_cases") {
            // The linked cases are part of the order that is approved; their outcomes are
            // part of the report.
            if (structural && !mayEditOrder(m_actor, facts))
                return refused(missionRefused, QStringLiteral("order_locked"), orderLockedText,
                               details);
            if (changes(current, columns, QStringLiteral("outcome")) && !mayReport(m_actor, facts))
                return refused(missionRefused, QStringLiteral("report_locked"), reportLockedText,
                               details);
            continue;
        }
        // mission_assignees: the unit's managers send people until the mission ends.
        const bool open = facts.status == MissionStatus::Draft ||
                          facts.status == MissionStatus::Issued ||
                          facts.status == MissionStatus::InProgress;
        if (!open)
            return refused(missionRefused, QStringLiteral("mission_closed"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "Nobody is sent on or taken off a mission that "
                                             "has ended."),
                           details);
        if (!isMissionManager(m_actor, facts))
            return refused(missionRefused, refusalCode(MissionRefusal::RoleMayNotAct),
                           missionRefusalText(MissionRefusal::RoleMayNotAct), details);
    }
    return MissionWritePlan{};
}

} // namespace Shahrvand::MissionRules
