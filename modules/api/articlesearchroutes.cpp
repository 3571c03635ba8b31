#include "articlesearchroutes.h"

#include "articlesearch.h"
#include "clock.h"
#include "handlersupport.h"
#include "vocabulary.h"

namespace Shahrvand::Api {

using Server::ApiResponse;
using Server::Field;
using Server::Method;
using Server::RequestContext;

void registerArticleSearchRoutes(Server::ApiServer &server,
                                 std::shared_ptr<Storage::Database> database)
{
    auto search = std::make_shared<ArticleSearch>(std::move(database));
    server.addRoute(
        {.method = Method::Get,
         .path = QStringLiteral("/api/v1/articles/search"),
         .summary = QStringLiteral("Search the knowledge articles the caller may see"),
         .description = QStringLiteral(
             "Every word of q must appear, in any spelling of Persian letters and digits "
             "(normalizeForSearch); the last word matches the beginning of a word, as the "
             "agent types. Ranked by where the words are found (title over keywords over "
             "body) and by how many cases the article resolved. Without q: every article the "
             "filters leave, the most used first. Callers outside the knowledge team get the "
             "articles in force only: publish_at reached and expires_at not."),
         .tags = {QStringLiteral("knowledge_articles")},
         .query =
             Server::Schema{
                 Field::string(QStringLiteral("q"))
                     .maxLength(200)
                     .describe(QStringLiteral("The words to find.")),
                 Field::string(QStringLiteral("type")).oneOf(Entities::Vocabulary::articleTypes),
                 Field::integer(QStringLiteral("subject_id")).range(1, 9'007'199'254'740'991LL),
                 Field::string(QStringLiteral("language")).maxLength(8),
                 Field::string(QStringLiteral("status"))
                     .oneOf(Entities::Vocabulary::articleStatuses),
                 Field::integer(QStringLiteral("limit"))
                     .range(1, 100)
                     .describe(QStringLiteral("Items per page, 20 when not given.")),
                 Field::integer(QStringLiteral("offset")).range(0, 1'000'000)},
         .responseDescription = QStringLiteral(
             "{\"items\": [{\"id\", \"title\", \"article_type\", \"status\", \"language\", "
             "\"subject_id\", \"resolved_case_count\", \"score\", \"snippet\"}], \"total\": "
             "N}, best first")},
        [search](const RequestContext &context) -> ApiResponse {
            const QJsonObject params = context.query();
            ArticleSearchQuery query;
            query.text = params.value(u"q").toString();
            query.articleType = params.value(u"type").toString();
            query.subjectId = params.value(u"subject_id").toInteger();
            query.language = params.value(u"language").toString();
            query.status = params.value(u"status").toString();
            query.limit = int(params.value(u"limit").toInteger(20));
            query.offset = int(params.value(u"offset").toInteger(0));
            // Agents' answers are the articles in force; the knowledge team sees them all.
            const Access::Principal &viewer = principalOf(context);
            if (!viewer.hasAnyRole({Access::Role::KnowledgeAuthor, Access::Role::KnowledgeApprover,
                                    Access::Role::Administrator}))
                query.inForceAt = context.clock().now().toMSecsSinceEpoch();
            const auto found = search->search(viewer, query);
            if (!found)
                return toApiError(context, found.error());
            return ApiResponse::json(*found);
        });
}

} // namespace Shahrvand::Api
