#include "articlesearch.h"

#include "articlesnippet.h"

#include "articlehtml.h"
#include "entitydef.h"
#include "scopesql.h"
#include "textnormalizer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcArticleSearch, "shahrvand.api.articlesearch")

namespace Shahrvand::Api {

namespace {

struct Candidate
{
    qint64 id = 0;
    QString title;
    QString articleType;
    QString status;
    QString language;
    QVariant subjectId;
    qint64 resolvedCases = 0;
    QString plainBody;
    double score = 0;
};

QString likeEscaped(QString word)
{
    return word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
}

// How well `word` is found among `words`: 1 as a whole word (or the beginning of one, for
// An article's words as the index holds them (with the parts of ZWNJ words).
QStringList articleWords(const QString &text)
{
    return Knowledge::articleSearchForm(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// the word being typed), 0.5 inside a longer word, 0 not at all.
double foundIn(const QStringList &words, const QString &word, bool prefix)
{
    double best = 0;
    for (const QString &candidate : words) {
        if (candidate == word || (prefix && candidate.startsWith(word)))
            return 1;
        if (candidate.contains(word))
            best = 0.5;
    }
    return best;
}

QStringList searchWords(const QString &text)
{
    return normalizeForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

EntityStore::StoreError internal(const QString &detail)
{
    qCWarning(lcArticleSearch) << detail;
    EntityStore::StoreError error;
    error.kind = EntityStore::StoreError::Kind::Internal;
    error.detail = detail;
    return error;
}

} // namespace

ArticleSearch::ArticleSearch(std::shared_ptr<Storage::Database> database)
    : m_database(std::move(database))
{}

Expected<QJsonObject, EntityStore::StoreError>
ArticleSearch::search(const Access::Principal &viewer, const ArticleSearchQuery &query)
{
    const Entities::EntityDef *articles =
        Entities::findEntity(QStringLiteral("knowledge_articles"));
    Q_ASSERT(articles);
    QStringList conditions{
        QStringLiteral("t.deleted = 0"),
        QLatin1Char('(') +
            EntityStore::visibilityCondition(*articles, QStringLiteral("t"), viewer) +
            QLatin1Char(')')};
    QVariantList values;
    const QStringList words = searchWords(query.text);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = likeEscaped(words.at(i));
        if (i + 1 < words.size()) {
            conditions << QStringLiteral("t.search_text LIKE ? ESCAPE '\\'");
            values << QLatin1Char('%') + word + QLatin1Char('%');
        } else {
            // The word being typed begins a word: at the start, or after a space.
            conditions << QStringLiteral(
                "(t.search_text LIKE ? ESCAPE '\\' OR t.search_text LIKE ? ESCAPE '\\')");
            values << word + QLatin1Char('%') << QStringLiteral("% ") + word + QLatin1Char('%');
        }
    }
    const auto filter = [&](const QString &column, const QVariant &value) {
        conditions << QStringLiteral("t.%1 = ?").arg(column);
        values << value;
    };
    if (!query.articleType.isEmpty())
        filter(QStringLiteral("article_type"), query.articleType);
    if (query.subjectId > 0)
        filter(QStringLiteral("subject_id"), query.subjectId);
    if (!query.language.isEmpty())
        filter(QStringLiteral("language"), query.language);
    if (!query.status.isEmpty())
        filter(QStringLiteral("status"), query.status);
    if (query.inForceAt != 0) {
        conditions << QStringLiteral("(t.publish_at IS NULL OR t.publish_at <= ?) AND "
                                     "(t.expires_at IS NULL OR t.expires_at > ?)");
        values << query.inForceAt << query.inForceAt;
    }

    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    if (!sql.prepare(QStringLiteral("SELECT t.id, t.title, t.keywords, t.body, t.article_type, "
                                    "t.status, t.language, t.subject_id, t.resolved_case_count "
                                    "FROM knowledge_articles t WHERE %1")
                         .arg(conditions.join(QStringLiteral(" AND ")))))
        return internal(sql.lastError().text());
    for (const QVariant &value : std::as_const(values))
        sql.addBindValue(value);
    if (!sql.exec())
        return internal(sql.lastError().text());

    QList<Candidate> found;
    while (sql.next()) {
        Candidate candidate;
        candidate.id = sql.value(0).toLongLong();
        candidate.title = sql.value(1).toString();
        candidate.articleType = sql.value(4).toString();
        candidate.status = sql.value(5).toString();
        candidate.language = sql.value(6).toString();
        candidate.subjectId = sql.value(7);
        candidate.resolvedCases = sql.value(8).toLongLong();
        candidate.plainBody = Knowledge::articlePlainText(sql.value(3).toString());
        const QStringList title = articleWords(candidate.title);
        const QStringList keywords = articleWords(sql.value(2).toString());
        const QStringList body = articleWords(candidate.plainBody);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const bool prefix = i + 1 == words.size();
            candidate.score += std::max({3 * foundIn(title, words.at(i), prefix),
                                         2 * foundIn(keywords, words.at(i), prefix),
                                         foundIn(body, words.at(i), prefix)});
        }
        candidate.score += std::log1p(double(std::max<qint64>(0, candidate.resolvedCases)));
        found << std::move(candidate);
    }
    if (sql.lastError().type() != QSqlError::NoError)
        return internal(sql.lastError().text());

    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    QJsonArray items;
    for (qsizetype i = query.offset; i < found.size() && items.size() < query.limit; ++i) {
        const Candidate &candidate = found.at(i);
        // The piece of the body around the matched words, and where they are in it.
        const Knowledge::ArticleSnippet snippet =
            Knowledge::makeSnippet(candidate.plainBody, words, true);
        QJsonArray highlights;
        for (const Knowledge::ArticleSnippet::Range &range : snippet.highlights)
            highlights.append(QJsonArray{qint64(range.start), qint64(range.length)});
        items.append(QJsonObject{
            {QStringLiteral("id"), candidate.id},
            {QStringLiteral("title"), candidate.title},
            {QStringLiteral("article_type"), candidate.articleType},
            {QStringLiteral("status"), candidate.status},
            {QStringLiteral("language"), candidate.language},
            {QStringLiteral("subject_id"), candidate.subjectId.isNull()
                                               ? QJsonValue()
                                               : QJsonValue(candidate.subjectId.toLongLong())},
            {QStringLiteral("resolved_case_count"), candidate.resolvedCases},
            {QStringLiteral("score"), std::round(candidate.score * 1000) / 1000},
            {QStringLiteral("snippet"), snippet.text},
            {QStringLiteral("highlights"), highlights}});
    }
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), qint64(found.size())}};
}

} // namespace Shahrvand::Api
