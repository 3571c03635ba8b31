#pragma once

#include "principal.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Shahrvand::Knowledge {

// An article's way from a draft to the agents' screens:
//   draft -> in_review -> approved -> published -> archived
// with the ways back: in_review -> draft (returned to the author, with a note),
// approved -> draft, published -> draft (a new version is being written; the published
// text stays in article_versions), archived -> draft.
enum class ArticleStatus { Draft, InReview, Approved, Published, Archived };

std::optional<ArticleStatus> articleStatusFrom(QStringView text);
QString statusText(ArticleStatus status); // "draft", "in_review", ...

enum class ArticleAction {
    SubmitForReview, // draft -> in_review: a knowledge author or approver (or administrator)
    ReturnToDraft,   // in_review or approved -> draft: a knowledge approver
    Approve,         // in_review -> approved: a knowledge approver
    Publish,         // approved -> published: a knowledge approver
    Archive,         // published -> archived: a knowledge approver
    Revise,          // published or archived -> draft: a knowledge author or approver
};
// Administrators may do what knowledge authors do, never what only approvers do. A front
// office author of a proposal (mayPropose) takes no action on it afterwards: it is the
// knowledge team's from then on.

ArticleStatus targetOf(ArticleAction action);

// The action that moves an article from `from` to `to`, if one does.
std::optional<ArticleAction> actionBetween(ArticleStatus from, ArticleStatus to);
// "submit_for_review", "return_to_draft", "approve", "publish", "archive", "revise".
QString actionText(ArticleAction action);

// What the server and the workstation know of an article to decide who may do what.
struct ArticleFacts
{
    ArticleStatus status = ArticleStatus::Draft;
    qint64 authorId = 0; // 0: not known yet (a new article)
    int majorVersion = 0;
    int minorVersion = 1;

    static ArticleFacts fromRow(const QJsonObject &row);
};

// The actions `actor` may take on the article now, in the order a screen offers them.
QList<ArticleAction> availableActions(const Access::Principal &actor, const ArticleFacts &facts);

// Whether `actor` may change the article's text (title, body, keywords, ...) now: authors
// and approvers while it is a draft or in review; nobody once approved or published
// (Revise first), so what was approved is what is published.
bool mayEditText(const Access::Principal &actor, const ArticleFacts &facts);

// Whether `actor` may propose a new article from a resolved case: the front office may
// (the proposal is created in review, so an approver sees it); knowledge authors too.
bool mayPropose(const Access::Principal &actor);

// The version an article takes when it changes: publishing makes the next major version
// (minor 0); a text edit of a draft or of an article in review the next minor version.
struct ArticleVersion
{
    int major = 0;
    int minor = 1;
};
ArticleVersion versionAfterPublish(const ArticleFacts &facts);
ArticleVersion versionAfterTextEdit(const ArticleFacts &facts);

// Words for a refusal, as the API reports it ("article_transition", "knowledge_approver
// only", ...) are the server's; the workstation shows its own translated sentences.

} // namespace Shahrvand::Knowledge
