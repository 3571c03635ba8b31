#pragma once

#include "principal.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Shahrvand::Missions {

// A mission order's way from a draft to its end:
//   draft -> issued -> in_progress -> completed | completed_needs_followup -> completed
// and cancelled from draft, issued or in progress. Before it is issued, a draft goes
// through its approval chain (the unit head, finance for budgeted missions: see
// approvalchain.h); the mission stays a draft meanwhile and its approval state says where
// the chain is.
enum class MissionStatus {
    Draft,
    Issued,
    InProgress,
    CompletedNeedsFollowUp,
    Completed,
    Cancelled
};

std::optional<MissionStatus> missionStatusFrom(QStringView text);
QString statusText(MissionStatus status); // "draft", "issued", ...

// Where a draft's approval chain is (missions.approval_status, kept by the server):
// none (not submitted, or taken back), pending (an approver has it), approved (ready to
// issue), rejected or returned (back with the approver's reason; may be submitted again).
enum class MissionApproval { None, Pending, Approved, Rejected, Returned };

std::optional<MissionApproval> missionApprovalFrom(QStringView text);
QString approvalText(MissionApproval approval);

enum class MissionAction {
    SubmitForApproval,       // draft (not pending or approved) -> the approval chain starts
    ReturnToDraft,           // a pending or approved draft, or an issued order, is taken back
    Issue,                   // an approved draft -> issued: the order reaches the officers
    Start,                   // issued -> in_progress
    Complete,                // in_progress (or completed_needs_followup) -> completed
    CompleteNeedingFollowUp, // in_progress -> completed_needs_followup
    Cancel,                  // draft, issued or in_progress -> cancelled
};

QString actionText(MissionAction action); // "submit_for_approval", "return_to_draft", ...
std::optional<MissionAction> missionActionFrom(QStringView text);

// What the server and the workstation know of a mission to decide who may do what.
struct MissionFacts
{
    MissionStatus status = MissionStatus::Draft;
    MissionApproval approval = MissionApproval::None;
    OrgUnitId unit;
    UserId requester;       // requested_by; invalid for a new mission
    QSet<UserId> assignees; // mission_assignees

    static MissionFacts fromRow(const QJsonObject &row, const QSet<UserId> &assignees);
};

// Who may act on missions:
//  - the unit's managers: supervisors who see the mission's unit, and administrators;
//  - the requester (the senior agent or supervisor who drafted it) for their own draft;
//  - the assignees (field officers sent on it) for starting and finishing the work.
// Submit: requester or manager. Return to draft: requester or manager before issue, a
// manager once issued (not after work started). Issue: a manager, once approved, with at
// least one assignee. Start, complete, complete needing follow-up: an assignee or a
// manager. Complete from completed_needs_followup (the follow-up is no longer needed, or
// done by another mission): a manager. Cancel: a manager; the requester while a draft.
QList<MissionAction> availableActions(const Access::Principal &actor, const MissionFacts &facts);

// Why an action cannot be taken now; nothing when it can.
enum class MissionRefusal {
    NotAllowedInStatus, // the action does not start from the mission's status
    NotApproved,        // issue before the approval chain is approved
    ApprovalPending,    // submit while a chain is already pending or approved
    NoAssignee,         // issue with nobody to send
    RoleMayNotAct,      // the actor may not take this action on this mission
};
std::optional<MissionRefusal> refusalOf(const Access::Principal &actor, const MissionFacts &facts,
                                        MissionAction action);
QString refusalCode(MissionRefusal refusal); // "not_allowed_in_status", ...

// The status a mission has after `action` (SubmitForApproval and ReturnToDraft leave or put
// it in draft).
MissionStatus targetOf(MissionAction action);

// Whether `actor` may change the order itself (purpose, unit, destination, period,
// transport, contract, budgeted, linked cases, assignees): the requester or a manager,
// while a draft that is not pending or approved, so what is approved is what is issued.
bool mayEditOrder(const Access::Principal &actor, const MissionFacts &facts);
// Whether `actor` may write the report and the actual times: an assignee or a manager,
// while the order is issued or in progress (the report is written with the completion).
bool mayReport(const Access::Principal &actor, const MissionFacts &facts);
// The mission's managers: supervisors who see its unit, administrators.
bool isMissionManager(const Access::Principal &actor, const MissionFacts &facts);

} // namespace Shahrvand::Missions
