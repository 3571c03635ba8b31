#pragma once

#include <QJsonObject>
#include <QString>

namespace Shahrvand::KnowledgeRules {

// Why the article rules refuse a write, in terms the API and sync push answer with
// (409 article_action_refused, details {"reason": code, ...}).
struct ArticleRuleError
{
    static constexpr const char *context = "Shahrvand::KnowledgeRules";

    enum class Kind {
        Refused,  // the lifecycle or the caller's role does not allow this change
        Internal, // logged; no detail reaches the client
    };
    Kind kind = Kind::Internal;
    QString code;          // snake_case, stable: transition_not_allowed, text_locked, ...
    const char *text = ""; // untranslated, in `context`
    QJsonObject details;   // {"status": ..., "action": ...}
    QString detail;        // Internal: for logs only
};

} // namespace Shahrvand::KnowledgeRules
