#include "missionwriterules.h"

#include "claimlifecycle.h"
#include "expensetotals.h"
#include "missionlifecycle.h"
#include "missionrules_p.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMissionRules, "shahrvand.missionrules")

namespace Shahrvand::MissionRules {

using namespace Missions;

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
    return entity == u"missions" || entity == u"mission_cases" || entity == u"mission_assignees" ||
           entity == u"expense_claims" || entity == u"expense_lines" ||
           entity == u"approval_steps" || entity == u"delegations";
}

bool MissionWriteRules::isSystem() const
{
    return !m_actor.userId.isValid();
}

Expected<MissionWritePlan, MissionRuleError> MissionWriteRules::prepareCreate(const QString &entity,
                                                                              QVariantMap &columns)
{
    if (isSystem())
        return MissionWritePlan{};
    if (entity == u"missions")
        return prepareMission({}, columns);
    if (entity == u"mission_cases" || entity == u"mission_assignees")
        return prepareMissionPart(entity, {}, columns, false);
    if (entity == u"expense_claims")
        return prepareClaim({}, columns);
    if (entity == u"expense_lines")
        return prepareLine({}, columns);
    if (entity == u"delegations")
        return prepareDelegation({}, columns);
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
    if (entity == u"mission_cases" || entity == u"mission_assignees")
        return prepareMissionPart(entity, current, columns, false);
    if (entity == u"expense_claims")
        return prepareClaim(current, columns);
    if (entity == u"expense_lines")
        return prepareLine(current, columns);
    if (entity == u"approval_steps")
        return prepareDecision(current, columns);
    if (entity == u"delegations")
        return prepareDelegation(current, columns);
    return MissionWritePlan{};
}

// A delegation lends the writer's approvals to a colleague for a period: not to oneself,
// and ending after it starts.
Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareDelegation(const QVariantMap &current, const QVariantMap &columns)
{
    const auto value = [&](const char *column) {
        const QString name = QString::fromLatin1(column);
        return columns.contains(name) ? columns.value(name) : current.value(name);
    };
    const qint64 approver = current.isEmpty()
                                ? m_actor.userId.value()
                                : current.value(QStringLiteral("approver_id")).toLongLong();
    MissionRuleError invalid;
    invalid.kind = MissionRuleError::Kind::Invalid;
    if (value("delegate_id").toLongLong() == approver) {
        invalid.field = QStringLiteral("delegate_id");
        invalid.code = QStringLiteral("delegate_is_approver");
        invalid.text = QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "Approvals are delegated to a colleague, not to oneself.");
        return invalid;
    }
    if (value("ends_at").toLongLong() <= value("starts_at").toLongLong()) {
        invalid.field = QStringLiteral("ends_at");
        invalid.code = QStringLiteral("ends_before_start");
        invalid.text =
            QT_TRANSLATE_NOOP("Shahrvand::MissionRules", "A delegation must end after it starts.");
        return invalid;
    }
    return MissionWritePlan{};
}

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareDelete(const QString &entity, const QVariantMap &current)
{
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
    if (entity == u"mission_cases" || entity == u"mission_assignees")
        return prepareMissionPart(entity, current, {}, true);
    if (entity == u"expense_lines")
        return prepareLine(current, {});
    return MissionWritePlan{};
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
