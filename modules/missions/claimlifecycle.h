#pragma once

#include "principal.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Shahrvand::Missions {

// An expense claim's way:
//   draft -> submitted -> approved -> paid
//                      -> rejected            (final, with the approver's reason)
//                      -> returned -> submitted again (after the claimant's corrections)
//   draft, submitted or returned -> withdrawn (by the claimant, while nothing is decided)
// approved, rejected and returned are reached only through the decisions on the claim's
// approval steps (approvalchain.h), never by writing the status.
enum class ClaimStatus { Draft, Submitted, Approved, Rejected, Returned, Withdrawn, Paid };

std::optional<ClaimStatus> claimStatusFrom(QStringView text);
QString statusText(ClaimStatus status); // "draft", "submitted", ...

enum class ClaimAction {
    Submit,   // draft or returned -> submitted: the claimant
    Withdraw, // draft, submitted or returned -> withdrawn: the claimant
    Pay,      // approved -> paid: a finance approver
};
QString actionText(ClaimAction action); // "submit", "withdraw", "pay"

struct ClaimFacts
{
    ClaimStatus status = ClaimStatus::Draft;
    UserId claimant;

    static ClaimFacts fromRow(const QJsonObject &row);
};

enum class ClaimRefusal {
    NotAllowedInStatus, // the action does not start from the claim's status
    ClaimantOnly,       // submit and withdraw are the claimant's
    FinanceOnly,        // paying is a finance approver's
    DecidedBySteps,     // approved, rejected, returned: an approver's decision on a step
};
QString refusalCode(ClaimRefusal refusal); // "not_allowed_in_status", ...

// The action that moves a claim from `from` to `to`; DecidedBySteps or NotAllowedInStatus
// when none does.
struct ClaimTransition
{
    std::optional<ClaimAction> action;
    std::optional<ClaimRefusal> refusal;
};
ClaimTransition transitionBetween(ClaimStatus from, ClaimStatus to);

std::optional<ClaimRefusal> refusalOf(const Access::Principal &actor, const ClaimFacts &facts,
                                      ClaimAction action);
QList<ClaimAction> availableActions(const Access::Principal &actor, const ClaimFacts &facts);

// Whether `actor` may change the claim's title, mission and unit and write its lines
// (create, change, delete): the claimant, while the claim is a draft or returned to them.
// Once submitted, what the approvers see is what they decide on.
bool mayEditClaim(const Access::Principal &actor, const ClaimFacts &facts);

} // namespace Shahrvand::Missions
