#include "articlelifecycle.h"

namespace Shahrvand::Knowledge {

using Access::Role;

namespace {

bool isApprover(const Access::Principal &actor)
{
    return actor.hasRole(Role::KnowledgeApprover);
}

// Who writes articles: authors, approvers and administrators (the knowledge editors).
bool isEditor(const Access::Principal &actor)
{
    return actor.hasAnyRole({Role::KnowledgeAuthor, Role::KnowledgeApprover, Role::Administrator});
}

} // namespace

std::optional<ArticleStatus> articleStatusFrom(QStringView text)
{
    for (ArticleStatus status :
         {ArticleStatus::Draft, ArticleStatus::InReview, ArticleStatus::Approved,
          ArticleStatus::Published, ArticleStatus::Archived}) {
        if (text == statusText(status))
            return status;
    }
    return std::nullopt;
}

QString statusText(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QStringLiteral("draft");
    case ArticleStatus::InReview:
        return QStringLiteral("in_review");
    case ArticleStatus::Approved:
        return QStringLiteral("approved");
    case ArticleStatus::Published:
        return QStringLiteral("published");
    case ArticleStatus::Archived:
        return QStringLiteral("archived");
    }
    Q_UNREACHABLE();
}

ArticleStatus targetOf(ArticleAction action)
{
    switch (action) {
    case ArticleAction::SubmitForReview:
        return ArticleStatus::InReview;
    case ArticleAction::ReturnToDraft:
    case ArticleAction::Revise:
        return ArticleStatus::Draft;
    case ArticleAction::Approve:
        return ArticleStatus::Approved;
    case ArticleAction::Publish:
        return ArticleStatus::Published;
    case ArticleAction::Archive:
        return ArticleStatus::Archived;
    }
    Q_UNREACHABLE();
}

std::optional<ArticleAction> actionBetween(ArticleStatus from, ArticleStatus to)
{
    using S = ArticleStatus;
    switch (to) {
    case S::InReview:
        return from == S::Draft ? std::optional(ArticleAction::SubmitForReview) : std::nullopt;
    case S::Approved:
        return from == S::InReview ? std::optional(ArticleAction::Approve) : std::nullopt;
    case S::Published:
        return from == S::Approved ? std::optional(ArticleAction::Publish) : std::nullopt;
    case S::Archived:
        return from == S::Published ? std::optional(ArticleAction::Archive) : std::nullopt;
    case S::Draft:
        if (from == S::InReview || from == S::Approved)
            return ArticleAction::ReturnToDraft;
        if (from == S::Published || from == S::Archived)
            return ArticleAction::Revise;
        return std::nullopt;
    }
    return std::nullopt;
}

QString actionText(ArticleAction action)
{
    switch (action) {
    case ArticleAction::SubmitForReview:
        return QStringLiteral("submit_for_review");
    case ArticleAction::ReturnToDraft:
        return QStringLiteral("return_to_draft");
    case ArticleAction::Approve:
        return QStringLiteral("approve");
    case ArticleAction::Publish:
        return QStringLiteral("publish");
    case ArticleAction::Archive:
        return QStringLiteral("archive");
    case ArticleAction::Revise:
        return QStringLiteral("revise");
    }
    Q_UNREACHABLE();
}

ArticleFacts ArticleFacts::fromRow(const QJsonObject &row)
{
    ArticleFacts facts;
    facts.status = articleStatusFrom(row.value(QLatin1String("status")).toString())
                       .value_or(ArticleStatus::Draft);
    facts.authorId = row.value(QLatin1String("author_id")).toInteger();
    facts.majorVersion = row.value(QLatin1String("major_version")).toInt(0);
    facts.minorVersion = row.value(QLatin1String("minor_version")).toInt(1);
    return facts;
}

QList<ArticleAction> availableActions(const Access::Principal &actor, const ArticleFacts &facts)
{
    QList<ArticleAction> actions;
    // The order a screen offers them in: the way forward first, then the ways back.
    for (ArticleAction action :
         {ArticleAction::SubmitForReview, ArticleAction::Approve, ArticleAction::Publish,
          ArticleAction::Archive, ArticleAction::ReturnToDraft, ArticleAction::Revise}) {
        if (actionBetween(facts.status, targetOf(action)) != action)
            continue;
        const bool allowed =
            action == ArticleAction::SubmitForReview || action == ArticleAction::Revise
                ? isEditor(actor)
                : isApprover(actor);
        if (allowed)
            actions << action;
    }
    return actions;
}

bool mayEditText(const Access::Principal &actor, const ArticleFacts &facts)
{
    return isEditor(actor) &&
           (facts.status == ArticleStatus::Draft || facts.status == ArticleStatus::InReview);
}

bool mayPropose(const Access::Principal &actor)
{
    return isEditor(actor) || actor.hasAnyRole({Role::Agent, Role::SeniorAgent, Role::Supervisor});
}

ArticleVersion versionAfterPublish(const ArticleFacts &facts)
{
    return {facts.majorVersion + 1, 0};
}

ArticleVersion versionAfterTextEdit(const ArticleFacts &facts)
{
    return {facts.majorVersion, facts.minorVersion + 1};
}

} // namespace Shahrvand::Knowledge
