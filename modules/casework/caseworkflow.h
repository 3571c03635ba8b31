#pragma once

#include "casestatus.h"
#include "expected.h"
#include "ids.h"
#include "principal.h"
#include "role.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Shahrvand::CaseWork {

// What can be done to a case. Creating a case is not an action: a new case starts as
// initialCaseState() and routing decides its team and owner.
enum class CaseActionKind {
    Assign,         // give the case an owner (and optionally a team)
    Start,          // the owner starts working on it
    WaitForCitizen, // ask the citizen for something: the SLA clocks pause
    CitizenReplied, // the citizen answered: the SLA clocks run again
    Escalate,       // to the next tier, with a reason
    Resolve,        // with a resolution text, optionally citing a knowledge article
    Reopen,         // the problem is not solved after all, with a reason
    Close,          // a resolved case is finished
};

const QList<CaseActionKind> &allCaseActions();
// "assign", "start", "wait_for_citizen", "citizen_replied", "escalate", "resolve", "reopen",
// "close": for the API and logs.
QString caseActionCode(CaseActionKind kind);
std::optional<CaseActionKind> caseActionFromCode(QStringView code);
QString caseActionDisplayName(CaseActionKind kind);

struct CaseAction
{
    CaseActionKind kind = CaseActionKind::Start;
    UserId owner;       // Assign: the new owner (required)
    OrgUnitId team;     // Assign, Escalate: the new team (optional: unchanged if not set)
    QString reason;     // Escalate, Reopen (required); WaitForCitizen (optional)
    QString resolution; // Resolve (required)
    ArticleId article;  // Resolve (optional)

    static CaseAction assign(UserId owner, OrgUnitId team = {});
    static CaseAction start();
    static CaseAction waitForCitizen(QString reason = {});
    static CaseAction citizenReplied();
    static CaseAction escalate(QString reason, OrgUnitId team = {});
    static CaseAction resolve(QString resolution, ArticleId article = {});
    static CaseAction reopen(QString reason);
    static CaseAction close();
};

// The workflow fields of a `cases` row.
struct CaseState
{
    CaseStatus status = CaseStatus::New;
    int tier = helpDeskTier;
    OrgUnitId team;
    UserId owner;
    QDateTime createdAt;
    QDateTime firstRespondedAt;
    QDateTime slaPausedAt;  // set while waiting for the citizen
    qint64 slaPausedMs = 0; // wall-clock total of the pauses that ended
    QDateTime resolvedAt;
    QDateTime closedAt;
    QString resolution;
    ArticleId resolutionArticle;

    friend bool operator==(const CaseState &, const CaseState &) = default;
};

CaseState initialCaseState(const QDateTime &createdAt, OrgUnitId team = {}, UserId owner = {});
// The workflow fields of a `cases` row as the API and the cache hold it (timestamps in ms
// since the epoch, ids as numbers): the same reading on the server and the workstation.
CaseState caseStateFromRow(const QVariantMap &row);

// Who acts: a signed-in user with their roles, or the system itself (the SLA timer, the
// citizens' portal, automatic closing).
struct Actor
{
    UserId user;
    QSet<Access::Role> roles;
    bool system = false;

    static Actor fromPrincipal(const Access::Principal &principal);
    static Actor systemActor();
    static Actor person(UserId user, QSet<Access::Role> roles);
};

// The columns of `cases` an action can write.
enum class CaseField {
    Status,
    OwnerId,
    TeamId,
    Tier,
    FirstRespondedAt,
    SlaPausedAt,
    SlaPausedMs,
    ResolvedAt,
    ClosedAt,
    Resolution,
    ResolutionArticleId,
};
// The column name: "status", "owner_id", ...
QString caseFieldColumn(CaseField field);

enum class SlaPauseChange {
    None,
    Started, // the case began waiting for the citizen
    Stopped, // it stopped waiting; `endedPause` says for how long
};

struct TransitionResult
{
    CaseState state; // the case after the action
    QList<CaseField> changedFields;
    SlaPauseChange pauseChange = SlaPauseChange::None;
    std::optional<PauseInterval> endedPause;
    StatusHistoryRow history; // the case_status_history row to write
};

enum class WorkflowErrorCode {
    NotAllowedInStatus, // e.g. resolve a new case
    RoleMayNotAct,      // the actor has no role that may do this
    NotTheOwner,        // only the owner (or a supervisor) may do this
    TierAboveActor,     // an agent taking or escalating a case above their tier
    MayOnlyAssignSelf,  // agents may take a case, not hand it to someone else
    OwnerRequired,      // assign without an owner
    SameOwner,          // assign to the person who already owns it
    ReasonRequired,     // escalate or reopen without a reason
    ResolutionRequired, // resolve without a resolution text
    AlreadyAtTopTier,   // escalate from engineering
    ReopenWindowPassed, // reopen a case closed too long ago
};

struct WorkflowError
{
    WorkflowErrorCode code = WorkflowErrorCode::NotAllowedInStatus;
    CaseActionKind action = CaseActionKind::Start;
    CaseStatus status = CaseStatus::New;

    friend bool operator==(const WorkflowError &, const WorkflowError &) = default;
};

// A sentence for the clerk, in the current UI language (context "Shahrvand::CaseWork").
QString describe(const WorkflowError &error);

struct WorkflowPolicy
{
    // A closed case may be reopened (by a supervisor) for this long after closing;
    // a resolved one at any time, since it is not finished yet.
    qint64 reopenWindowDays = 14;
};

// The case workflow: which action is allowed from which status, for whom, and what it
// changes. Stateless and pure: the same answer on the server and offline.
class CaseWorkflow
{
public:
    explicit CaseWorkflow(WorkflowPolicy policy = {});

    const WorkflowPolicy &policy() const { return m_policy; }

    Expected<TransitionResult, WorkflowError> apply(const CaseState &state,
                                                    const CaseAction &action, const Actor &actor,
                                                    const QDateTime &now) const;

    // Whether the status and the actor allow an action at all (the action's own
    // parameters, such as a reason, are not checked): for enabling buttons.
    std::optional<WorkflowError> check(const CaseState &state, CaseActionKind kind,
                                       const Actor &actor, const QDateTime &now) const;
    QList<CaseActionKind> allowedActions(const CaseState &state, const Actor &actor,
                                         const QDateTime &now) const;

    // The statuses an action may start from, whoever acts.
    static QList<CaseStatus> sourceStatuses(CaseActionKind kind);

private:
    WorkflowPolicy m_policy;
};

} // namespace Shahrvand::CaseWork
