// The mission rules for expense claims and their lines: the claim lifecycle, the policy
// checks at submission, who may write lines when, and totals that follow the lines.
#include "claimlifecycle.h"
#include "expensetotals.h"
#include "missionrules_p.h"
#include "missionwriterules.h"

#include <QJsonArray>

namespace Shahrvand::MissionRules {

using namespace Missions;

namespace {

const QStringList claimColumns{QStringLiteral("title"), QStringLiteral("mission_id"),
                               QStringLiteral("unit_id")};

const char *claimRefusalText(ClaimRefusal refusal)
{
    switch (refusal) {
    case ClaimRefusal::NotAllowedInStatus:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "The expense claim cannot take this step from its current "
                                 "status.");
    case ClaimRefusal::ClaimantOnly:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Only the claimant submits or withdraws an expense claim.");
    case ClaimRefusal::FinanceOnly:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Only finance marks an expense claim as paid.");
    case ClaimRefusal::DecidedBySteps:
        return QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                 "Expense claims are approved, rejected or returned by their "
                                 "approvers' decisions.");
    }
    Q_UNREACHABLE();
}

// The action a change of a mission's status is.
} // namespace

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareClaim(const QVariantMap &current, QVariantMap &columns)
{
    MissionWritePlan plan;
    const QString status = QStringLiteral("status");
    if (current.isEmpty()) {
        if (columns.contains(status) && columns.value(status).toString() != u"draft")
            return refused(claimRefused, QStringLiteral("initial_status_not_allowed"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "A new expense claim starts as a draft; submit it "
                                             "once its lines are written."));
        const OrgUnitId unit(columns.value(QStringLiteral("unit_id")).toLongLong());
        if (!m_actor.hasRole(Access::Role::Administrator) && !m_actor.seesUnit(unit))
            return refused(claimRefused, QStringLiteral("unit_not_visible"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "Expense claims are made in your own units."));
        columns.insert(status, QStringLiteral("draft"));
        columns.insert(QStringLiteral("total_rials"), qint64(0));
        return plan;
    }

    const qint64 id = current.value(QStringLiteral("id")).toLongLong();
    const ClaimFacts facts = ClaimFacts::fromRow(json(current));
    if (changesAny(current, columns, claimColumns) && !mayEditClaim(m_actor, facts))
        return refused(claimRefused, QStringLiteral("claim_locked"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "An expense claim is changed only by its claimant, "
                                         "while it is a draft or returned for correction."),
                       {{QStringLiteral("status"), statusText(facts.status)}});
    const QString unitColumn = QStringLiteral("unit_id");
    if (changes(current, columns, unitColumn) && !m_actor.hasRole(Access::Role::Administrator) &&
        !m_actor.seesUnit(OrgUnitId(columns.value(unitColumn).toLongLong())))
        return refused(claimRefused, QStringLiteral("unit_not_visible"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "Expense claims are made in your own units."));
    const auto newStatus =
        claimStatusFrom(columns.value(status, statusText(facts.status)).toString());
    if (!newStatus || *newStatus == facts.status)
        return plan;
    const ClaimTransition transition = transitionBetween(facts.status, *newStatus);
    if (transition.refusal)
        return refused(claimRefused, refusalCode(*transition.refusal),
                       claimRefusalText(*transition.refusal),
                       {{QStringLiteral("status"), statusText(facts.status)},
                        {QStringLiteral("to"), statusText(*newStatus)}});
    if (const auto refusal = refusalOf(m_actor, facts, *transition.action))
        return refused(claimRefused, refusalCode(*refusal), claimRefusalText(*refusal),
                       {{QStringLiteral("action"), actionText(*transition.action)},
                        {QStringLiteral("status"), statusText(facts.status)}});
    if (*transition.action != ClaimAction::Submit)
        return plan;

    // Submission: the policy, the total, the chain.
    const auto lines = m_data.claimLines(id);
    const auto others = m_data.otherClaimsLines(facts.claimant.value(), id);
    const auto roles = m_data.roles(facts.claimant);
    const auto policies = m_data.expensePolicies();
    if (!lines || !others || !roles || !policies)
        return internalError(!lines    ? lines.error()
                             : !others ? others.error()
                             : !roles  ? roles.error()
                                       : policies.error());
    if (lines->isEmpty())
        return refused(claimRefused, QStringLiteral("no_lines"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "Add at least one expense line before submitting."),
                       {{QStringLiteral("status"), statusText(facts.status)}});
    const QList<PolicyFinding> findings =
        checkExpensePolicy({id, *lines, *roles, *others}, *policies);
    if (hasBlocking(findings)) {
        QJsonArray list;
        for (const PolicyFinding &finding : findings)
            list.append(finding.toJson());
        return refused(QStringLiteral("claim_policy_violation"),
                       QStringLiteral("blocking_findings"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "The expense claim breaks the expense policy; correct "
                                         "the lines named and submit it again."),
                       {{QStringLiteral("findings"), list}});
    }
    QList<Money> amounts;
    for (const ExpenseLine &line : std::as_const(*lines))
        amounts << line.amount;
    const Money total = claimTotal(amounts).value_or(Money()); // overflow is a finding above
    const OrgUnitId unit(
        columns.value(QStringLiteral("unit_id"), current.value(QStringLiteral("unit_id")))
            .toLongLong());
    if (const auto planned = planChain(plan, ApprovalSubject::ExpenseClaim, id, unit, total);
        !planned)
        return planned.error();
    columns.insert(QStringLiteral("total_rials"), total.rials());
    columns.insert(QStringLiteral("submitted_at"), m_now.toMSecsSinceEpoch());
    // No rule asks for an approval: the claim is approved as it is submitted.
    if (plan.steps.isEmpty())
        columns.insert(status, QStringLiteral("approved"));
    return plan;
}

Expected<MissionWritePlan, MissionRuleError>
MissionWriteRules::prepareLine(const QVariantMap &current, const QVariantMap &columns)
{
    MissionWritePlan plan;
    const QString claimId = QStringLiteral("claim_id"), amount = QStringLiteral("amount_rials");
    if (columns.contains(amount) && columns.value(amount).toLongLong() <= 0) {
        MissionRuleError invalid;
        invalid.kind = MissionRuleError::Kind::Invalid;
        invalid.field = amount;
        invalid.code = QStringLiteral("amount_not_positive");
        invalid.text = QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "An expense line must be of more than zero rials.");
        return invalid;
    }
    for (const QVariant &value : {current.value(claimId), columns.value(claimId)}) {
        const qint64 id = value.toLongLong();
        if (id <= 0 || plan.recountClaims.contains(id))
            continue;
        const auto claim = m_data.row(QStringLiteral("expense_claims"), id);
        if (!claim)
            return internalError(claim.error());
        if (!*claim)
            continue; // the reference check answers for a missing claim
        const ClaimFacts facts = ClaimFacts::fromRow(**claim);
        if (!mayEditClaim(m_actor, facts))
            return refused(claimRefused, QStringLiteral("claim_locked"),
                           QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                             "An expense claim is changed only by its "
                                             "claimant, while it is a draft or returned for "
                                             "correction."),
                           {{QStringLiteral("status"), statusText(facts.status)},
                            {QStringLiteral("claim_id"), id}});
        plan.recountClaims.insert(id);
    }
    return plan;
}

Expected<bool, MissionRuleError> MissionWriteRules::recount(qint64 claimId,
                                                            const Records::WriteContext &context)
{
    const auto claim = m_data.row(QStringLiteral("expense_claims"), claimId);
    const auto lines = m_data.claimLines(claimId);
    if (!claim || !lines)
        return internalError(!claim ? claim.error() : lines.error());
    if (!*claim)
        return true;
    QList<Money> amounts;
    for (const ExpenseLine &line : std::as_const(*lines))
        amounts << line.amount;
    const auto total = claimTotal(amounts);
    if (!total)
        return refused(claimRefused, QStringLiteral("total_overflow"),
                       QT_TRANSLATE_NOOP("Shahrvand::MissionRules",
                                         "The amounts of this claim add up to more than can be "
                                         "recorded."),
                       {{QStringLiteral("claim_id"), claimId}});
    if ((*claim)->value(u"total_rials").toInteger() == total->rials())
        return true;
    const auto written = Records::RowWriter(m_db, m_backend, m_batch)
                             .update(QStringLiteral("expense_claims"), claimId,
                                     {{QStringLiteral("total_rials"), total->rials()}}, context);
    if (!written)
        return internalError(written.error().detail);
    return true;
}

} // namespace Shahrvand::MissionRules
