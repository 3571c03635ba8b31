#pragma once

#include "approvalchain.h"
#include "expected.h"
#include "missiondata.h"
#include "missionruleerror.h"
#include "principal.h"
#include "rowwriter.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace Shahrvand::MissionRules {

// What a write brings along, written after the row itself (finish()), in the same
// transaction and batch.
struct MissionWritePlan
{
    // A new approval chain for the subject written (submission of a mission or a claim).
    std::optional<Missions::ApprovalSubject> chainFor;
    qint64 chainSubjectId = 0; // 0: the row being created/updated
    int chainNumber = 1;
    QList<Missions::PlannedStep> steps;
    // Claims whose total_rials follows their lines.
    QSet<qint64> recountClaims;
    // A mission just completed: its cases' outcomes become case notes.
    bool missionCompleted = false;
    QString orderNumber;
    // A decision that ended a chain or approved it: the subject's new state.
    QString subjectTable;
    qint64 subjectId = 0;
    QVariantMap subjectChanges;
};

// The rules of missions, expense claims, their lines and approval steps, applied to one
// write inside its transaction (EntityStore calls them for REST and sync push alike).
// `columns` (the client's converted input) is completed or corrected with what the
// server decides. The system (no user: imports, seeding) is not checked.
//
// mission_cases, mission_assignees: linking cases is changing the order
//   (Missions::mayEditOrder), a case's outcome is part of the report (Missions::mayReport);
//   the unit's managers send people and take them off until the mission has ended.
// missions: status changes are the lifecycle's actions (Missions::refusalOf) for the
//   actor; approval_status "pending" submits for approval (the chain from the approval
//   rules, approved at once when no rule applies), "none" takes it back; the order is
//   edited only while Missions::mayEditOrder, the report and actual times while
//   Missions::mayReport. Completing turns the linked cases' outcomes into case notes.
// expense_claims: created as drafts; status changes are the claim lifecycle's (approved,
//   rejected and returned only by decisions); submitting checks the expense policy
//   (blocking findings refuse it: claim_policy_violation), sets submitted_at and writes the
//   chain; total_rials is always the sum of the live lines.
// expense_lines: written only while their claim is editable by the actor; the claim's
//   total follows.
// approval_steps: an update is a decision (clients never create or delete steps: the
//   registry marks them serverCreatesRows)
//   (Missions::checkDecision), which sets approver_id, on_behalf_of_id and decided_at and
//   moves the subject when the chain ends or is fully approved.
class MissionWriteRules final
{
public:
    MissionWriteRules(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
                      const Access::Principal &actor, const QDateTime &now);

    // Whether `entity` is one of the entities these rules govern.
    static bool governs(const QString &entity);

    Expected<MissionWritePlan, MissionRuleError> prepareCreate(const QString &entity,
                                                               QVariantMap &columns);
    Expected<MissionWritePlan, MissionRuleError>
    prepareUpdate(const QString &entity, const QVariantMap &current, QVariantMap &columns);
    Expected<MissionWritePlan, MissionRuleError> prepareDelete(const QString &entity,
                                                               const QVariantMap &current);
    // After the row (id `rowId`) is written: the chain, the totals, the subject's new state,
    // the case notes.
    Expected<bool, MissionRuleError> finish(const MissionWritePlan &plan, qint64 rowId,
                                            const Records::WriteContext &context);

private:
    bool isSystem() const;
    Expected<MissionWritePlan, MissionRuleError> prepareMission(const QVariantMap &current,
                                                                QVariantMap &columns);
    // mission_cases and mission_assignees, of the missions before and after the write.
    Expected<MissionWritePlan, MissionRuleError> prepareMissionPart(const QString &entity,
                                                                    const QVariantMap &current,
                                                                    const QVariantMap &columns,
                                                                    bool deleting);
    Expected<MissionWritePlan, MissionRuleError> prepareClaim(const QVariantMap &current,
                                                              QVariantMap &columns);
    Expected<MissionWritePlan, MissionRuleError> prepareDelegation(const QVariantMap &current,
                                                                   const QVariantMap &columns);
    Expected<MissionWritePlan, MissionRuleError> prepareLine(const QVariantMap &current,
                                                             const QVariantMap &columns);
    Expected<MissionWritePlan, MissionRuleError> prepareDecision(const QVariantMap &current,
                                                                 QVariantMap &columns);
    // The chain a submission of this subject starts (its number after the subject's
    // earlier chains).
    Expected<bool, MissionRuleError> planChain(MissionWritePlan &plan,
                                               Missions::ApprovalSubject subject, qint64 subjectId,
                                               OrgUnitId unit, Money amount);
    Expected<bool, MissionRuleError> recount(qint64 claimId, const Records::WriteContext &context);

    QSqlDatabase &m_db;
    Storage::Backend m_backend;
    Records::WriteBatch *m_batch;
    const Access::Principal &m_actor;
    QDateTime m_now;
    MissionData m_data;
};

// Shorthands for refusals, shared by the rules' files.
MissionRuleError refused(const QString &error, const QString &code, const char *text,
                         QJsonObject details = {});
MissionRuleError internalError(const QString &detail);

} // namespace Shahrvand::MissionRules
