#pragma once

#include "expected.h"
#include "money.h"
#include "principal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Shahrvand::Missions {

// Approval chains: which approvers a mission or an expense claim goes through (from the
// approval_rules rows), and who may decide a step of it now.

enum class ApprovalSubject { Mission, ExpenseClaim };
QString subjectText(ApprovalSubject subject); // "mission", "expense_claim"
std::optional<ApprovalSubject> approvalSubjectFrom(QStringView text);

// One approval_rules row: subjects of `subject` whose unit is `unit` or below it (any unit
// when invalid) and whose amount is at least `minAmount` need an approver with `role` at
// step `step`.
struct ApprovalRule
{
    qint64 id = 0;
    ApprovalSubject subject = ApprovalSubject::ExpenseClaim;
    OrgUnitId unit;
    Money minAmount;
    int step = 1;
    Access::Role approverRole = Access::Role::Supervisor;

    // Nothing for a row this build cannot read (an unknown role or subject type).
    static std::optional<ApprovalRule> fromRow(const QJsonObject &row);
};

// One step of a chain, as the server writes it into approval_steps.
struct PlannedStep
{
    int step = 1;
    Access::Role approverRole = Access::Role::Supervisor;
    // The unit whose holders of the role decide: the subject's unit for roles that work
    // within units (agents, senior agents, supervisors, field officers: a supervisor
    // decides for the units they see, their own and those below); invalid for the roles
    // that serve the whole organisation (finance approvers, administrators, the
    // knowledge team), where any holder of the role decides.
    OrgUnitId approverUnit;

    friend bool operator==(const PlannedStep &, const PlannedStep &) = default;
};

// The chain for a subject: for each step number that has rules for this subject, the unit
// (the subject's unit or one above it, or any unit) and whose minimum the amount reaches,
// the most specific rule wins: the nearest unit first (a unit's own rule overrides its
// parent's, which overrides the rules for any unit), then the highest minimum, then the
// lowest id. Steps come in the order of their numbers; a chain may be empty (no rule
// applies: the subject needs no approval).
// `unitAncestry`: the subject's unit, its parent, and so on up to the root.
QList<PlannedStep> routeApproval(const QList<ApprovalRule> &rules, ApprovalSubject subject,
                                 const QList<OrgUnitId> &unitAncestry, Money amount);

// A mission has no amount of its own. Its rules' minimum says whether the step is for
// budgeted missions: a rule with a minimum of 0 applies to every mission, a rule with
// any positive minimum only to budgeted ones (so "finance, from 1 rial" adds finance to
// budgeted missions). This is the amount a mission is routed with.
Money missionRoutingAmount(bool budgeted);

// Whether `role` decides for a unit (PlannedStep::approverUnit) or for the organisation.
bool decidesWithinUnit(Access::Role role);

// Whether a subject waits for decisions on its chain: a claim while submitted, a mission
// while a draft whose approval_status is pending. The steps of a subject that stopped
// waiting (a claim withdrawn, a mission cancelled or taken back) stay pending as they were,
// so an approvals inbox lists a pending step only while its subject waits; a decision on
// one is refused (approval_no_longer_waiting).
bool subjectWaits(ApprovalSubject subject, const QJsonObject &subjectRow);

enum class Decision { Pending, Approved, Rejected, Returned };
QString decisionText(Decision decision); // "pending", "approved", ...
std::optional<Decision> decisionFrom(QStringView text);

// One approval_steps row.
struct StepFacts
{
    qint64 id = 0;
    int chain = 1; // 1 for the first submission, 2 for the next (after a return) ...
    int step = 1;
    std::optional<Access::Role> approverRole; // nothing: a role this build does not know
    OrgUnitId approverUnit;
    Decision decision = Decision::Pending;

    static StepFacts fromRow(const QJsonObject &row);
};

// The steps of the subject's latest chain (the highest chain number), in step order.
QList<StepFacts> latestChain(const QList<StepFacts> &steps);
// The step that waits for a decision now: the lowest pending step of the latest chain.
std::optional<StepFacts> currentStep(const QList<StepFacts> &steps);

enum class ChainOutcome {
    Empty,    // no steps
    Pending,  // a step waits for a decision
    Approved, // every step approved
    Rejected, // a step rejected it
    Returned, // a step returned it for correction
};
ChainOutcome chainOutcome(const QList<StepFacts> &latest);

// Whether `approver` holds the step's role for the step's unit (administrators do not stand
// in for other roles: a step for a finance approver needs a finance approver, or their
// delegate).
bool holdsStep(const Access::Principal &approver, const StepFacts &step);

// A delegation in force: `delegate` decides for `approver` from startsAt until endsAt.
struct Delegation
{
    UserId approver;
    UserId delegate;
    QDateTime startsAt;
    QDateTime endsAt;

    bool isActive(const QDateTime &now) const { return startsAt <= now && now < endsAt; }
};

enum class DecisionRefusal {
    SubjectNotWaiting, // the claim was withdrawn or decided, the mission cancelled, taken back
    StepNotPending,    // the step was decided already
    NotCurrentStep,    // an earlier step still waits, or the step is of an earlier chain
    NotApprover,       // the actor neither holds the step nor stands in for one who does
    OwnSubject,        // nobody decides on their own claim or mission
    DecisionRequired,  // the write does not say approved, rejected or returned
    ReasonRequired,    // rejecting or returning needs a reason
};
QString refusalCode(DecisionRefusal refusal); // "subject_not_waiting", ...

// Whose right a decision is taken by: the actor's own, or (onBehalfOf valid) that of an
// approver who delegated to the actor.
struct DecisionRight
{
    UserId onBehalfOf;
};

struct DecisionRequest
{
    const Access::Principal &actor;
    // The approvers who delegated to the actor and whose delegation is in force now.
    const QList<Access::Principal> &delegators;
    StepFacts step;
    QList<StepFacts> subjectSteps; // every live step of the subject, this one included
    bool subjectWaiting = false;   // the claim is submitted / the mission's chain pending
    UserId subjectOwner;           // the claimant / the mission's requester
    std::optional<Decision> decision;
    QString reason;
};

// Checks in this order: the subject still waits, the step is pending, it is the current
// step, the actor holds it (or stands in for someone who does, their own right first),
// it is not their own subject, a decision is given and a reason with a rejection or a
// return.
Expected<DecisionRight, DecisionRefusal> checkDecision(const DecisionRequest &request);

} // namespace Shahrvand::Missions
