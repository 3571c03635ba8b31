#include "caseactionroutes.h"

#include "caseactions.h"
#include "handlersupport.h"

#include <QJsonArray>

namespace Shahrvand::Api {

using Server::ApiError;
using Server::ApiResponse;
using Server::Field;
using Server::Method;
using Server::RequestContext;

namespace {

QStringList actionCodes()
{
    QStringList codes;
    for (CaseWork::CaseActionKind kind : CaseWork::allCaseActions())
        codes << CaseWork::caseActionCode(kind);
    return codes;
}

} // namespace

void registerCaseActionRoutes(Server::ApiServer &server,
                              std::shared_ptr<Storage::Database> database, const Clock &clock)
{
    auto actions = std::make_shared<CaseService::CaseActions>(database, clock);
    const QStringList tags{QStringLiteral("cases")};
    const QString path = QStringLiteral("/api/v1/cases/{id:int}/actions");

    server.addRoute(
        {.method = Method::Get,
         .path = path,
         .summary = QStringLiteral("The workflow actions the caller may take on a case now"),
         .description = QStringLiteral(
             "From the case's status, tier and owner and the caller's roles (the same rules "
             "as the workstation's). Parameters an action needs, such as a reason, are not "
             "checked here."),
         .tags = tags,
         .responseDescription = QStringLiteral(
             "{\"actions\": [\"start\", \"escalate\", ...]}: assign, start, wait_for_citizen, "
             "citizen_replied, escalate, resolve, reopen, close")},
        [actions](const RequestContext &context) -> ApiResponse {
            const auto allowed =
                actions->allowed(principalOf(context), context.pathInteger(QStringLiteral("id")));
            if (!allowed)
                return toApiError(context, allowed.error());
            QJsonArray codes;
            for (CaseWork::CaseActionKind kind : *allowed)
                codes.append(CaseWork::caseActionCode(kind));
            return ApiResponse::json(QJsonObject{{QStringLiteral("actions"), codes}});
        });

    server.addRoute(
        {.method = Method::Post,
         .path = path,
         .summary = QStringLiteral("Take a workflow action on a case"),
         .description = QStringLiteral(
             "assign (owner_id, optional team_id), start, wait_for_citizen (optional reason), "
             "citizen_replied, escalate (reason, optional team_id), resolve (resolution, "
             "optional article_id), reopen (reason), close. Refused with 409 "
             "case_action_refused when the workflow does not allow it for the caller (details: "
             "reason, action, status), 400 validation_failed when a reason, resolution or "
             "owner is missing. Send If-Match with the case's ETag to act only on the state "
             "you saw."),
         .tags = tags,
         .body =
             Server::Schema{
                 Field::string(QStringLiteral("action")).required().oneOf(actionCodes()),
                 Field::string(QStringLiteral("reason")).maxLength(1000),
                 Field::integer(QStringLiteral("owner_id")).range(1, 9'007'199'254'740'991LL),
                 Field::integer(QStringLiteral("team_id")).range(1, 9'007'199'254'740'991LL),
                 Field::string(QStringLiteral("resolution")).maxLength(10000),
                 Field::integer(QStringLiteral("article_id")).range(1, 9'007'199'254'740'991LL)},
         .responseDescription = QStringLiteral("The case as changed; its ETag is its version")},
        [actions](const RequestContext &context) -> ApiResponse {
            const auto ifMatch = ifMatchOf(context);
            if (!ifMatch)
                return ifMatch.error();
            const QJsonObject &body = context.body();
            CaseService::CaseActionRequest request;
            request.kind = *CaseWork::caseActionFromCode(body.value(u"action").toString());
            request.reason = body.value(u"reason").toString();
            request.owner = UserId(body.value(u"owner_id").toInteger());
            request.team = OrgUnitId(body.value(u"team_id").toInteger());
            request.resolution = body.value(u"resolution").toString();
            request.article = ArticleId(body.value(u"article_id").toInteger());
            const auto row =
                actions->perform(principalOf(context), context.pathInteger(QStringLiteral("id")),
                                 request, *ifMatch, clientOf(context));
            if (!row)
                return toApiError(context, row.error());
            return ApiResponse::json(*row).withHeader(
                "ETag", '"' + QByteArray::number(row->value(u"version").toInteger()) + '"');
        });
}

} // namespace Shahrvand::Api
