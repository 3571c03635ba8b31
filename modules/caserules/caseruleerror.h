#pragma once

#include <QJsonObject>
#include <QString>

namespace Shahrvand::CaseRules {

// Why the case rules refuse a write, in terms the API and sync push answer with.
struct CaseRuleError
{
    static constexpr const char *context = "Shahrvand::CaseRules";

    enum class Kind {
        Refused,  // the workflow does not allow this change (409 case_action_refused)
        Invalid,  // a field the change needs is missing (400 validation_failed on `field`)
        Internal, // logged; no detail reaches the client
    };
    Kind kind = Kind::Internal;
    QString code;          // snake_case, stable: not_allowed_in_status, reason_required, ...
    const char *text = ""; // untranslated; context above (Invalid: the validation context)
    QString field;         // Invalid: status_reason or resolution
    QJsonObject details;   // Refused: {"action": ..., "status": ...}
    QString detail;        // Internal: for logs only
};

} // namespace Shahrvand::CaseRules
