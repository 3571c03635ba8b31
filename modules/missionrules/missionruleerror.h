#pragma once

#include <QJsonObject>
#include <QString>

namespace Shahrvand::MissionRules {

// Why the mission and expense rules refuse a write, in terms the API and sync push answer
// with: 409 with `error` as the code (mission_action_refused, claim_action_refused,
// claim_policy_violation, approval_refused, approval_no_longer_waiting) and details
// {"reason": code, ...}; or a field error (Invalid) on `field`.
struct MissionRuleError
{
    static constexpr const char *context = "Shahrvand::MissionRules";

    enum class Kind {
        Refused,  // the lifecycle, the caller's role or the policy does not allow it
        Invalid,  // a field error on `field` (a rejection without a reason)
        Internal, // logged; no detail reaches the client
    };
    Kind kind = Kind::Internal;
    QString error;         // the API's error code
    QString code;          // snake_case, stable: not_allowed_in_status, not_approver, ...
    const char *text = ""; // untranslated, in `context`
    QJsonObject details;   // {"action": ..., "status": ..., "findings": [...]}
    QString field;         // Invalid
    QString detail;        // Internal: for logs only
};

} // namespace Shahrvand::MissionRules
