#include "citizenmergeroutes.h"

#include "citizenduplicates.h"
#include "citizenmerges.h"
#include "handlersupport.h"

namespace Shahrvand::Api {

using Server::ApiError;
using Server::ApiResponse;
using Server::Field;
using Server::Method;
using Server::RequestContext;

namespace {

constexpr qint64 maxId = 9'007'199'254'740'991LL;

} // namespace

void registerCitizenMergeRoutes(Server::ApiServer &server,
                                std::shared_ptr<Storage::Database> database, const Clock &clock)
{
    auto duplicates = std::make_shared<CitizenDuplicates>(database);
    auto merges = std::make_shared<CitizenMerges>(database, clock);
    const QStringList tags{QStringLiteral("citizens")};

    server.addRoute(
        {.method = Method::Get,
         .path = QStringLiteral("/api/v1/citizens/duplicates"),
         .summary = QStringLiteral("Pairs of citizens who may be the same person"),
         .description = QStringLiteral(
             "For supervisors and administrators (others: 403), over the citizens they may "
             "see; merged and anonymized citizens never appear. Reasons: national_id (the "
             "same national ID, certain), phone_name (the same phone and similar names), "
             "name_address (similar names and similar addresses), compared in Persian search "
             "form. Best score first (0-100); page on with `cursor` = the `next_cursor` of the "
             "page before."),
         .tags = tags,
         .query = Server::Schema{Field::integer(QStringLiteral("limit")).range(1, 200),
                                 Field::string(QStringLiteral("cursor"))
                                     .maxLength(64)
                                     .describe(QStringLiteral("The next_cursor of the page "
                                                              "before."))},
         .responseDescription = QStringLiteral(
             "{\"items\": [{\"citizen\": {\"id\", \"version\", \"first_name\", \"last_name\"}, "
             "\"other\": {...}, \"reason\", \"reasons\": [...], \"score\", "
             "\"name_similarity\", \"address_similarity\"}], \"next_cursor\": text or null}")},
        [duplicates](const RequestContext &context) -> ApiResponse {
            const Access::Principal &viewer = principalOf(context);
            if (!viewer.hasAnyRole({Access::Role::Supervisor, Access::Role::Administrator}))
                return ApiError::forbidden();
            std::optional<DuplicateCursor> after;
            if (const QString cursor = context.query().value(u"cursor").toString();
                !cursor.isEmpty()) {
                after = DuplicateCursor::parse(cursor);
                if (!after)
                    return ApiError::invalidField(
                        QStringLiteral("cursor"), QStringLiteral("invalid_cursor"),
                        Server::TranslatableText::translate(
                            "Shahrvand::Api::CitizenMerges",
                            "The cursor is not one this list gave; start again without it."));
            }
            const auto page =
                duplicates->find(viewer, int(context.query().value(u"limit").toInteger(50)), after);
            if (!page)
                return toApiError(context, page.error());
            return ApiResponse::json(*page);
        });

    server.addRoute(
        {.method = Method::Post,
         .path = QStringLiteral("/api/v1/citizens/{id:int}/merge"),
         .summary = QStringLiteral("Merge another citizen into this one"),
         .description = QStringLiteral(
             "For supervisors and administrators. In one transaction: this citizen (the "
             "survivor) takes the values chosen in `fields` (a field not named keeps the "
             "survivor's value, or takes the merged citizen's when the survivor's is empty); "
             "every case, interaction, address, phone, e-mail, survey answer and attachment of "
             "`merged_id` moves to the survivor with a new version; the merged citizen is kept "
             "with merged_into_id set. Audited; undo with POST /api/v1/merges/{id}/undo. "
             "`survivor_version` and `merged_version` are the versions compared: either "
             "changed since gives 412. Refused with 409 merge_refused (reason same_citizen, "
             "already_merged, survivor_merged, anonymized, different_national_ids)."),
         .tags = tags,
         .body =
             Server::Schema{
                 Field::integer(QStringLiteral("merged_id")).required().range(1, maxId),
                 Field::integer(QStringLiteral("survivor_version")).required().range(0, maxId),
                 Field::integer(QStringLiteral("merged_version")).required().range(0, maxId),
                 Field::object(QStringLiteral("fields"))
                     .describe(QStringLiteral("field -> \"survivor\" or \"merged\""))},
         .responseDescription =
             QStringLiteral("{\"merge\": {\"id\", \"survivor_id\", \"merged_id\", \"choices\", "
                            "\"fields_taken\", \"moved\": {entity: count}, \"moved_rows\", "
                            "\"merged_by\", \"merged_at\", \"undone_by\", \"undone_at\"}, "
                            "\"survivor\": row, \"merged\": row}")},
        [merges](const RequestContext &context) -> ApiResponse {
            const QJsonObject &body = context.body();
            MergeRequest request;
            request.survivorId = context.pathInteger(QStringLiteral("id"));
            request.mergedId = body.value(u"merged_id").toInteger();
            request.survivorVersion = body.value(u"survivor_version").toInteger();
            request.mergedVersion = body.value(u"merged_version").toInteger();
            const QJsonObject fields = body.value(u"fields").toObject();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                request.choices.insert(it.key(), it.value().isString() ? it.value().toString()
                                                                       : QStringLiteral("?"));
            const auto merged = merges->merge(principalOf(context), request, clientOf(context));
            if (!merged)
                return toApiError(context, merged.error());
            return ApiResponse::json(*merged);
        });

    server.addRoute(
        {.method = Method::Get,
         .path = QStringLiteral("/api/v1/citizens/{id:int}/merges"),
         .summary = QStringLiteral("The merges a citizen took part in, newest first"),
         .description = QStringLiteral(
             "As survivor or as merged citizen, undone ones included; for anyone who may see "
             "the citizen. Values are not shown (they may hold national IDs): the audit trail "
             "has them."),
         .tags = tags,
         .responseDescription = QStringLiteral("{\"items\": [merge, ...]}")},
        [merges](const RequestContext &context) -> ApiResponse {
            const auto list =
                merges->list(principalOf(context), context.pathInteger(QStringLiteral("id")));
            if (!list)
                return toApiError(context, list.error());
            return ApiResponse::json(QJsonObject{{QStringLiteral("items"), *list}});
        });

    server.addRoute(
        {.method = Method::Post,
         .path = QStringLiteral("/api/v1/merges/{id:int}/undo"),
         .summary = QStringLiteral("Undo a citizen merge exactly"),
         .description = QStringLiteral(
             "For supervisors and administrators. Moves every moved row back to the merged "
             "citizen, gives the survivor its values from before, clears merged_into_id; "
             "audited. Refused with 409 merge_refused: already_undone; merged_again (one of "
             "the two was merged again since: undo that first); changed_since_merge (a value "
             "the survivor took, or a moved row's citizen, was changed since: details.fields "
             "and details.rows name them; nothing is undone). Rows deleted since stay "
             "tombstones (details in rows_deleted_since); rows written for the survivor after "
             "the merge stay with it."),
         .tags = tags,
         .responseDescription =
             QStringLiteral("{\"merge\": {...}, \"survivor\": row, \"merged\": row}")},
        [merges](const RequestContext &context) -> ApiResponse {
            const auto undone = merges->undo(
                principalOf(context), context.pathInteger(QStringLiteral("id")), clientOf(context));
            if (!undone)
                return toApiError(context, undone.error());
            return ApiResponse::json(*undone);
        });
}

} // namespace Shahrvand::Api
