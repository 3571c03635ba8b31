#pragma once

#include "articleruleerror.h"
#include "expected.h"
#include "principal.h"

#include <QVariantMap>

#include <optional>

namespace Shahrvand::KnowledgeRules {

// What an article write brings along besides the row itself.
struct ArticleWritePlan
{
    // An article_versions row to insert after the article (article_id filled in then):
    // the text as it is after a create, a text edit or a publish.
    std::optional<QVariantMap> version;
};

// The knowledge base's rules applied to one write of a `knowledge_articles` row, inside
// the write's transaction (EntityStore calls them for REST and sync push alike).
// `columns` (the client's converted input) is completed or corrected with what the server
// decides: the body sanitized (sanitizeArticleHtml), search_text (normalizeForSearch of
// title, keywords and the body's plain text), major and minor version.
//
// Create: knowledge editors (authors, approvers, administrators) create drafts or articles
// in review; the front office (Knowledge::mayPropose) proposes: in review only (the
// status defaults to in_review for them). Version 0.1.
// Update: only knowledge editors; a change of status must be one of the lifecycle's
// transitions and one the actor may take (Knowledge::availableActions); a change of the
// text (title, body, keywords, type, language, reference number, effective date) only
// while Knowledge::mayEditText allows it, and it makes the next minor version; publishing
// makes the next major version. Both write a version row.
// Delete: only knowledge editors.
// The system (no user: imports, seeding) is not checked.
class ArticleWriteRules final
{
public:
    explicit ArticleWriteRules(const Access::Principal &actor);

    Expected<ArticleWritePlan, ArticleRuleError> prepareCreate(QVariantMap &columns) const;
    Expected<ArticleWritePlan, ArticleRuleError> prepareUpdate(const QVariantMap &current,
                                                               QVariantMap &columns) const;
    Expected<bool, ArticleRuleError> checkDelete(const QVariantMap &current) const;

    // The columns whose change is a change of the article's text.
    static const QStringList &textColumns();

private:
    const Access::Principal &m_actor;
};

// The search form of an article: title, keywords and the plain text of its body.
QString articleSearchText(const QString &title, const QString &keywords, const QString &body);

} // namespace Shahrvand::KnowledgeRules
