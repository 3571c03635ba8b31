#pragma once

#include "caseruleerror.h"
#include "caseworkflow.h"
#include "expected.h"
#include "principal.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace Shahrvand::CaseRules {

// What a case write brings along besides the row itself.
struct CaseWritePlan
{
    // case_status_history rows to insert after the case row (case_id is filled in then).
    QList<QVariantMap> history;
    // A routing rule's round-robin cursor to store: rule id and user.
    std::optional<std::pair<qint64, UserId>> cursor;
    // The workflow actions the write was taken as ("assign", "escalate", ...).
    QList<CaseWork::CaseActionKind> actions;
    // case_notes and notifications rows to insert with the case (case_id filled in then):
    // on create, when the tracking code the client proposed was in use.
    QList<QVariantMap> notes;
    QList<QVariantMap> notifications;
};

// The case rules applied to one write of a `cases` row, inside the write's transaction.
// Both the REST routes and sync push write cases through EntityStore::Store, which calls
// these before writing the row: `columns` (the client's converted input) is completed or
// corrected with what the server decides, and the plan says what else to write.
//
// Create: the tracking code (the client's proposal when no case has it, else a fresh one,
// with an internal note on the case and a notification for its creator saying so; see
// casetrackingcode.h); routing (the first matching active rule; team and owner by its strategy, the
// round-robin cursor kept in routing_rules.cursor_user_id), or the client's own team and
// owner (an owner is an assign, checked like one); priority from the service when none is
// given; status new or assigned, tier 1; the SLA policy, both due times and the next SLA
// check; a history row.
//
// Update: a change of status, owner, team or tier is read as workflow actions, checked for
// the actor (CaseWorkflow, the same rules as the workstation's) and applied; the workflow's
// result is what is stored (side effects such as resolved_at, first_responded_at and the
// SLA pause included), with one history row per action. How a change is read:
//   status in_progress: start (from assigned) or citizen replied (from waiting_citizen);
//   waiting_citizen: wait for the citizen; escalated, or tier + 1: escalate; resolved:
//   resolve (resolution required); closed: close; from resolved or closed to an open
//   status: reopen; assigned, or a new owner: assign (before start or wait when both come
//   in one write). Reasons travel in `status_reason`, written in the same update (required
//   for escalate and reopen); resolutions in `resolution` and `resolution_article_id`.
// A new service re-selects the SLA policy and recomputes the due times, and routes the
// case again while nobody works on it yet (new or assigned). The end of a pause moves the
// due times by the business time it covered.
class CaseWriteRules final
{
public:
    CaseWriteRules(QSqlDatabase db, const Access::Principal &actor, QDateTime now);

    Expected<CaseWritePlan, CaseRuleError> prepareCreate(QVariantMap &columns);
    Expected<CaseWritePlan, CaseRuleError> prepareUpdate(const QVariantMap &current,
                                                         QVariantMap &columns);
    // After the case row is written (its id known): stores the routing cursor.
    Expected<bool, CaseRuleError> finish(const CaseWritePlan &plan);

    // The SLA columns of a case row as it will be after a write: sla_policy_id (when
    // `selectPolicy`), first_response_due_at, resolution_due_at and sla_next_at.
    // `planned` are history rows about to be written (their pauses count).
    Expected<bool, CaseRuleError> fillSla(qint64 caseId, const QVariantMap &row,
                                          const QList<CaseWork::StatusHistoryRow> &planned,
                                          bool selectPolicy, QVariantMap &columns);

    static QVariantMap historyColumns(const CaseWork::StatusHistoryRow &row);

private:
    Expected<bool, CaseRuleError> route(const QVariantMap &row, QVariantMap &columns,
                                        CaseWritePlan &plan, CaseWork::CaseState &state);

    QSqlDatabase m_db;
    CaseWork::Actor m_actor;
    QDateTime m_now;
    CaseWork::CaseWorkflow m_workflow;
};

// A refusal of the workflow as the API reports it.
CaseRuleError refusalOf(const CaseWork::WorkflowError &error);

} // namespace Shahrvand::CaseRules
