#include "syncroutes.h"

#include "handlersupport.h"
#include "syncservice.h"

#include <QJsonArray>

namespace Shahrvand::Api {

using Server::ApiResponse;
using Server::Field;
using Server::Method;
using Server::RequestContext;

void registerSyncRoutes(Server::ApiServer &server, std::shared_ptr<Storage::Database> database,
                        const Clock &clock)
{
    auto sync = std::make_shared<Sync::SyncService>(database, clock);
    const QStringList tags{QStringLiteral("sync")};

    server.addRoute(
        {.method = Method::Get,
         .path = QStringLiteral("/api/v1/sync/changes"),
         .summary = QStringLiteral("The caller's changes since a cursor, oldest first"),
         .description = QStringLiteral(
             "Rows and tombstones the caller may see that changed after `cursor`, rows that "
             "left the caller's view (drops), and the cursor to pass next. Pull again while "
             "`more` is true. Start with cursor 0."),
         .tags = tags,
         .query =
             {Field::integer(QStringLiteral("cursor")).range(0, 9'007'199'254'740'991LL),
              Field::integer(QStringLiteral("limit")).range(1, Sync::SyncService::maxPullLimit)},
         .responseDescription = QStringLiteral(
             "{\"changes\": [{\"entity\", \"row\"}], \"drops\": [{\"entity\", \"id\"}], "
             "\"cursor\": n, \"more\": bool}")},
        [sync](const RequestContext &context) -> ApiResponse {
            const qint64 cursor = context.query().value(u"cursor").toInteger(0);
            const int limit = int(context.query().value(u"limit").toInteger(1000));
            auto page = sync->pullJson(principalOf(context), cursor, limit);
            if (!page)
                return toApiError(context, page.error());
            return ApiResponse::jsonText(std::move(*page));
        });

    server.addRoute(
        {.method = Method::Post,
         .path = QStringLiteral("/api/v1/sync/push"),
         .summary =
             QStringLiteral("Apply a batch of the caller's offline changes, each exactly once"),
         .description = QStringLiteral(
             "Each mutation carries a client_mutation_id; a retried one is not applied again "
             "and gets its first answer. A stale base is merged per field; a field changed on "
             "both sides is a conflict and nothing of that mutation is applied."),
         .tags = tags,
         .body = Server::Schema{Field::array(QStringLiteral("mutations"), Field::object({}))
                                    .required()
                                    .maxLength(Sync::SyncService::maxPushBatch)},
         .responseDescription = QStringLiteral(
             "{\"results\": [{\"client_mutation_id\", \"status\": applied|conflict|rejected, "
             "\"row\", \"conflicts\", \"error\"}]}, one per mutation, in order")},
        [sync](const RequestContext &context) -> ApiResponse {
            const auto results =
                sync->push(principalOf(context), context.body().value(u"mutations").toArray(),
                           clientOf(context));
            if (!results)
                return toApiError(context, results.error());
            return ApiResponse::json(QJsonObject{{QStringLiteral("results"), *results}});
        });
}

} // namespace Shahrvand::Api
