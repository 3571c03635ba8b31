#include "citizenprivacyroutes.h"

#include "citizenprivacy.h"
#include "handlersupport.h"

namespace Shahrvand::Api {

using Server::ApiResponse;
using Server::Field;
using Server::Method;
using Server::RequestContext;

void registerCitizenPrivacyRoutes(Server::ApiServer &server,
                                  std::shared_ptr<Storage::Database> database, const Clock &clock)
{
    auto privacy = std::make_shared<Privacy::CitizenPrivacy>(database, clock);
    const QStringList tags{QStringLiteral("citizens")};

    server.addRoute(
        {.method = Method::Get,
         .path = QStringLiteral("/api/v1/citizens/{id:int}/export"),
         .summary = QStringLiteral("Everything held about a citizen (a subject access request)"),
         .description = QStringLiteral(
             "Administrators only (403 otherwise). The profile with the national ID and phones "
             "in full; addresses, phones, emails; interactions; cases, each with its notes, "
             "status history, linked articles, files and the missions sent for it with their "
             "outcomes; survey answers; the files attached to the citizen; and the audit trail "
             "of the citizen's record (when, who, what: read_national_id, create, update, ...; "
             "not the values). The read is audited."),
         .tags = tags,
         .responseDescription = QStringLiteral(
             "{\"format\": \"shahrvand-citizen-export/1\", \"exported_at\", \"exported_by\", "
             "\"citizen\", \"addresses\", \"phones\", \"emails\", \"interactions\", \"files\", "
             "\"cases\": [{..., \"notes\", \"status_history\", \"articles\", \"files\", "
             "\"missions\": [{\"outcome\", \"mission\"}]}], \"survey_responses\", \"audit\"}")},
        [privacy](const RequestContext &context) -> ApiResponse {
            const auto exported = privacy->exportAll(
                principalOf(context), context.pathInteger(QStringLiteral("id")), clientOf(context));
            if (!exported)
                return toApiError(context, exported.error());
            return ApiResponse::json(*exported);
        });

    server.addRoute(
        {.method = Method::Post,
         .path = QStringLiteral("/api/v1/citizens/{id:int}/erase"),
         .summary = QStringLiteral("Erase a citizen's personal data under the retention rules"),
         .description = QStringLiteral(
             "Administrators only (403 otherwise), in one transaction. Records the law keeps "
             "are anonymized, the rest deleted: addresses, phones, emails and the citizen's "
             "files are deleted (a file's stored content too when no other record uses it); "
             "cases are kept with their description blanked; interactions are kept with their "
             "notes blanked; survey answers keep their score, not their free answers; the "
             "citizen is kept anonymized (anonymized_at set) while any kept record names them, "
             "else deleted. Workstations receive it all by their next pull. Afterwards any "
             "write that would record something about the citizen again is refused (409 "
             "citizen_erased). Audited with the reason; the audit keeps which columns changed, "
             "never their old values. 409 citizen_erased when already erased, citizen_merged "
             "when merged into another record; send If-Match with the citizen's ETag to erase "
             "only what you saw (412 otherwise)."),
         .tags = tags,
         .body = Server::Schema{Field::string(QStringLiteral("reason")).required().maxLength(1000)},
         .responseDescription =
             QStringLiteral("{\"citizen_id\", \"citizen_removed\", \"anonymized\": {table: rows}, "
                            "\"removed\": {table: rows}, \"files_purged\", \"version\"}")},
        [privacy](const RequestContext &context) -> ApiResponse {
            const auto condition = ifMatchOf(context);
            if (!condition)
                return condition.error();
            const QString reason = context.body().value(u"reason").toString().trimmed();
            if (reason.isEmpty())
                return Server::ApiError::invalidField(
                    QStringLiteral("reason"), QStringLiteral("required"),
                    Server::TranslatableText::translate(
                        "Shahrvand::Api", "Say why the citizen's data is erased (the request "
                                          "or the rule), for the audit trail."));
            const auto report =
                privacy->erase(principalOf(context), context.pathInteger(QStringLiteral("id")),
                               reason, *condition, clientOf(context));
            if (!report)
                return toApiError(context, report.error());
            return ApiResponse::json(report->toJson());
        });
}

} // namespace Shahrvand::Api
