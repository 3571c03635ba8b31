#include "articlewriterules.h"

#include "articlehtml.h"
#include "articlelifecycle.h"
#include "textnormalizer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Shahrvand::KnowledgeRules {

using namespace Knowledge;
using Access::Role;

namespace {

const QString kStatus = QStringLiteral("status");
const QString kTitle = QStringLiteral("title");
const QString kBody = QStringLiteral("body");
const QString kKeywords = QStringLiteral("keywords");
const QString kMajor = QStringLiteral("major_version");
const QString kMinor = QStringLiteral("minor_version");

ArticleRuleError refused(const QString &code, const char *text, QJsonObject details = {})
{
    ArticleRuleError error;
    error.kind = ArticleRuleError::Kind::Refused;
    error.code = code;
    error.text = text;
    error.details = std::move(details);
    return error;
}

ArticleRuleError editorsOnly(const QString &status)
{
    return refused(QStringLiteral("knowledge_editors_only"),
                   QT_TRANSLATE_NOOP("Shahrvand::KnowledgeRules",
                                     "Only the knowledge team may change an article once it "
                                     "has been written."),
                   {{QStringLiteral("status"), status}});
}

bool isEditor(const Access::Principal &actor)
{
    return actor.hasAnyRole({Role::KnowledgeAuthor, Role::KnowledgeApprover, Role::Administrator});
}

bool isSystem(const Access::Principal &actor)
{
    return !actor.userId.isValid();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || !a.isValid();
    const bool bNull = b.isNull() || !b.isValid();
    if (aNull || bNull)
        return aNull == bNull;
    return a.toString() == b.toString();
}

ArticleFacts factsOf(const QVariantMap &row)
{
    return ArticleFacts::fromRow(QJsonObject::fromVariantMap(row));
}

// Text columns are NOT NULL: "nothing" is an empty string.
QString text(const QVariant &value)
{
    const QString string = value.toString();
    return string.isNull() ? QStringLiteral("") : string;
}

QVariantMap versionRow(const QVariantMap &row, const ArticleVersion &version,
                       const Access::Principal &actor)
{
    return {{kMajor, version.major},
            {kMinor, version.minor},
            {kTitle, text(row.value(kTitle))},
            {kBody, text(row.value(kBody))},
            {QStringLiteral("changed_by"),
             actor.userId.isValid() ? QVariant(actor.userId.value()) : QVariant()},
            // The API has no field for a note yet: the history says who and when.
            {QStringLiteral("change_note"), QStringLiteral("")}};
}

// The body as stored, and the search text of the row as it will be.
void fillText(const QVariantMap &current, QVariantMap &columns)
{
    if (columns.contains(kBody))
        columns.insert(kBody, sanitizeArticleHtml(text(columns.value(kBody))));
    const auto valueOf = [&](const QString &column) {
        return text(columns.contains(column) ? columns.value(column) : current.value(column));
    };
    columns.insert(QStringLiteral("search_text"),
                   articleSearchText(valueOf(kTitle), valueOf(kKeywords), valueOf(kBody)));
}

} // namespace

QString articleSearchText(const QString &title, const QString &keywords, const QString &body)
{
    const QString search = Knowledge::articleSearchForm(
        QStringList{title, keywords, articlePlainText(body)}.join(QLatin1Char(' ')));
    return search.isNull() ? QStringLiteral("") : search;
}

const QStringList &ArticleWriteRules::textColumns()
{
    static const QStringList columns{kTitle,
                                     kBody,
                                     kKeywords,
                                     QStringLiteral("article_type"),
                                     QStringLiteral("language"),
                                     QStringLiteral("reference_number"),
                                     QStringLiteral("effective_date")};
    return columns;
}

ArticleWriteRules::ArticleWriteRules(const Access::Principal &actor)
    : m_actor(actor)
{}

Expected<ArticleWritePlan, ArticleRuleError>
ArticleWriteRules::prepareCreate(QVariantMap &columns) const
{
    const bool editor = isEditor(m_actor) || isSystem(m_actor);
    if (!editor && !mayPropose(m_actor))
        return editorsOnly(QString());
    const QString defaultStatus =
        editor ? statusText(ArticleStatus::Draft) : statusText(ArticleStatus::InReview);
    const QString status =
        columns.value(kStatus).isNull() ? defaultStatus : columns.value(kStatus).toString();
    // A new article has not been approved by anyone: it starts as a draft or in review
    // (a proposal from the front office: in review only). The system imports as it is.
    const bool allowed = isSystem(m_actor) || status == statusText(ArticleStatus::InReview) ||
                         (editor && status == statusText(ArticleStatus::Draft));
    if (!allowed)
        return refused(QStringLiteral("initial_status_not_allowed"),
                       editor ? QT_TRANSLATE_NOOP("Shahrvand::KnowledgeRules",
                                                  "A new article starts as a draft or in "
                                                  "review; it is approved and published "
                                                  "afterwards.")
                              : QT_TRANSLATE_NOOP("Shahrvand::KnowledgeRules",
                                                  "An article proposed from the front office "
                                                  "goes to review first."),
                       {{QStringLiteral("status"), status}});
    columns.insert(kStatus, status);
    if (!isSystem(m_actor) || !columns.contains(kMajor)) {
        columns.insert(kMajor, 0);
        columns.insert(kMinor, 1);
    }
    columns.insert(QStringLiteral("resolved_case_count"), 0);
    fillText({}, columns);
    ArticleWritePlan plan;
    plan.version = versionRow(
        columns, {columns.value(kMajor).toInt(), columns.value(kMinor).toInt()}, m_actor);
    return plan;
}

Expected<ArticleWritePlan, ArticleRuleError>
ArticleWriteRules::prepareUpdate(const QVariantMap &current, QVariantMap &columns) const
{
    const ArticleFacts facts = factsOf(current);
    const QString status = statusText(facts.status);
    if (!isSystem(m_actor) && !isEditor(m_actor))
        return editorsOnly(status);

    if (columns.contains(kBody))
        columns.insert(kBody, sanitizeArticleHtml(text(columns.value(kBody))));
    bool textChanged = false;
    for (const QString &column : textColumns()) {
        if (columns.contains(column) && !sameValue(columns.value(column), current.value(column)))
            textChanged = true;
        else
            columns.remove(column); // unchanged: not written, not an edit
    }

    std::optional<ArticleAction> action;
    if (columns.contains(kStatus) && columns.value(kStatus).toString() != status) {
        const QString target = columns.value(kStatus).toString();
        const auto to = articleStatusFrom(target);
        action = to ? actionBetween(facts.status, *to) : std::nullopt;
        if (!action)
            return refused(QStringLiteral("transition_not_allowed"),
                           QT_TRANSLATE_NOOP("Shahrvand::KnowledgeRules",
                                             "An article cannot move to this status from its "
                                             "current one."),
                           {{QStringLiteral("status"), status}, {QStringLiteral("to"), target}});
        if (!isSystem(m_actor) && !availableActions(m_actor, facts).contains(*action))
            return refused(QStringLiteral("knowledge_approver_only"),
                           QT_TRANSLATE_NOOP("Shahrvand::KnowledgeRules",
                                             "Only a knowledge approver may approve, publish, "
                                             "archive or return an article."),
                           {{QStringLiteral("status"), status},
                            {QStringLiteral("action"), actionText(*action)}});
    } else {
        columns.remove(kStatus);
    }
    if (textChanged && !isSystem(m_actor) && !mayEditText(m_actor, facts))
        return refused(QStringLiteral("text_locked"),
                       QT_TRANSLATE_NOOP("Shahrvand::KnowledgeRules",
                                         "An approved, published or archived article's text "
                                         "cannot change; return it to draft first."),
                       {{QStringLiteral("status"), status}});

    ArticleWritePlan plan;
    std::optional<ArticleVersion> version;
    if (action == ArticleAction::Publish)
        version = versionAfterPublish(facts);
    else if (textChanged)
        version = versionAfterTextEdit(facts);
    if (textChanged)
        fillText(current, columns);
    if (version) {
        columns.insert(kMajor, version->major);
        columns.insert(kMinor, version->minor);
        QVariantMap row = current;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            row.insert(it.key(), it.value());
        plan.version = versionRow(row, *version, m_actor);
    }
    return plan;
}

Expected<bool, ArticleRuleError> ArticleWriteRules::checkDelete(const QVariantMap &current) const
{
    if (!isSystem(m_actor) && !isEditor(m_actor))
        return editorsOnly(current.value(kStatus).toString());
    return true;
}

} // namespace Shahrvand::KnowledgeRules
