#include "claimlifecycle.h"

#include <array>

namespace Shahrvand::Missions {

namespace {

constexpr std::array<std::pair<ClaimStatus, const char *>, 7> statusNames{{
    {ClaimStatus::Draft, "draft"},
    {ClaimStatus::Submitted, "submitted"},
    {ClaimStatus::Approved, "approved"},
    {ClaimStatus::Rejected, "rejected"},
    {ClaimStatus::Returned, "returned"},
    {ClaimStatus::Withdrawn, "withdrawn"},
    {ClaimStatus::Paid, "paid"},
}};

bool isClaimant(const Access::Principal &actor, const ClaimFacts &facts)
{
    return facts.claimant.isValid() && actor.userId == facts.claimant;
}

} // namespace

std::optional<ClaimStatus> claimStatusFrom(QStringView text)
{
    for (const auto &[status, name] : statusNames) {
        if (text == QLatin1String(name))
            return status;
    }
    return std::nullopt;
}

QString statusText(ClaimStatus status)
{
    for (const auto &[candidate, name] : statusNames) {
        if (candidate == status)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
}

QString actionText(ClaimAction action)
{
    switch (action) {
    case ClaimAction::Submit:
        return QStringLiteral("submit");
    case ClaimAction::Withdraw:
        return QStringLiteral("withdraw");
    case ClaimAction::Pay:
        return QStringLiteral("pay");
    }
    Q_UNREACHABLE();
}

ClaimFacts ClaimFacts::fromRow(const QJsonObject &row)
{
    ClaimFacts facts;
    facts.status = claimStatusFrom(row.value(u"status").toString()).value_or(ClaimStatus::Draft);
    facts.claimant = UserId(row.value(u"claimant_id").toInteger());
    return facts;
}

QString refusalCode(ClaimRefusal refusal)
{
    switch (refusal) {
    case ClaimRefusal::NotAllowedInStatus:
        return QStringLiteral("not_allowed_in_status");
    case ClaimRefusal::ClaimantOnly:
        return QStringLiteral("claimant_only");
    case ClaimRefusal::FinanceOnly:
        return QStringLiteral("finance_only");
    case ClaimRefusal::DecidedBySteps:
        return QStringLiteral("decided_by_approvers");
    }
    Q_UNREACHABLE();
}

ClaimTransition transitionBetween(ClaimStatus from, ClaimStatus to)
{
    using S = ClaimStatus;
    switch (to) {
    case S::Submitted:
        if (from == S::Draft || from == S::Returned)
            return {ClaimAction::Submit, std::nullopt};
        break;
    case S::Withdrawn:
        if (from == S::Draft || from == S::Submitted || from == S::Returned)
            return {ClaimAction::Withdraw, std::nullopt};
        break;
    case S::Paid:
        if (from == S::Approved)
            return {ClaimAction::Pay, std::nullopt};
        break;
    case S::Approved:
    case S::Rejected:
    case S::Returned:
        return {std::nullopt, ClaimRefusal::DecidedBySteps};
    case S::Draft:
        break;
    }
    return {std::nullopt, ClaimRefusal::NotAllowedInStatus};
}

std::optional<ClaimRefusal> refusalOf(const Access::Principal &actor, const ClaimFacts &facts,
                                      ClaimAction action)
{
    using S = ClaimStatus;
    switch (action) {
    case ClaimAction::Submit:
        if (facts.status != S::Draft && facts.status != S::Returned)
            return ClaimRefusal::NotAllowedInStatus;
        return isClaimant(actor, facts) ? std::nullopt : std::optional(ClaimRefusal::ClaimantOnly);
    case ClaimAction::Withdraw:
        if (facts.status != S::Draft && facts.status != S::Submitted && facts.status != S::Returned)
            return ClaimRefusal::NotAllowedInStatus;
        return isClaimant(actor, facts) ? std::nullopt : std::optional(ClaimRefusal::ClaimantOnly);
    case ClaimAction::Pay:
        if (facts.status != S::Approved)
            return ClaimRefusal::NotAllowedInStatus;
        return actor.hasRole(Access::Role::FinanceApprover)
                   ? std::nullopt
                   : std::optional(ClaimRefusal::FinanceOnly);
    }
    Q_UNREACHABLE();
}

QList<ClaimAction> availableActions(const Access::Principal &actor, const ClaimFacts &facts)
{
    QList<ClaimAction> actions;
    for (ClaimAction action : {ClaimAction::Submit, ClaimAction::Withdraw, ClaimAction::Pay}) {
        if (!refusalOf(actor, facts, action))
            actions << action;
    }
    return actions;
}

bool mayEditClaim(const Access::Principal &actor, const ClaimFacts &facts)
{
    return (facts.status == ClaimStatus::Draft || facts.status == ClaimStatus::Returned) &&
           isClaimant(actor, facts);
}

} // namespace Shahrvand::Missions
