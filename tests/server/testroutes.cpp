#include "testroutes.h"

#include "requestcontext.h"

#include <QJsonArray>

#include <stdexcept>

using namespace Shahrvand::Server;

namespace Shahrvand::Testing {

std::optional<Authentication> TestAuthenticator::authenticate(const QByteArray &bearerToken) const
{
    if (bearerToken == "token-of-user-1")
        return Authentication{1, QStringLiteral("user:1"), {}};
    if (bearerToken == "token-of-user-2")
        return Authentication{2, QStringLiteral("user:2"), {}};
    return std::nullopt;
}

void addTestRoutes(ApiServer &server, std::shared_ptr<RouteProbe> probe)
{
    server.setAuthenticator(std::make_shared<TestAuthenticator>());

    server.addRoute(
        {.method = Method::Post,
         .path = QStringLiteral("/api/v1/test/echo"),
         .summary = QStringLiteral("Echoes a checked body"),
         .access = Access::Public,
         .body =
             Schema{
                 Field::string(QStringLiteral("name")).required().maxLength(50),
                 Field::integer(QStringLiteral("age")).range(0, 150),
                 Field::number(QStringLiteral("score")).range(0, 100),
                 Field::string(QStringLiteral("kind"))
                     .oneOf({QStringLiteral("citizen"), QStringLiteral("company")}),
                 Field::string(QStringLiteral("note")).nullable().maxLength(100000),
                 Field::boolean(QStringLiteral("urgent")),
                 Field::array(QStringLiteral("tags"), Field::string({}).maxLength(10)).maxLength(3),
                 Field::object(QStringLiteral("address"),
                               Schema{Field::string(QStringLiteral("city")).required(),
                                      Field::integer(QStringLiteral("zone"))}),
                 Field::object(QStringLiteral("extra")),
             },
         .successStatus = 201,
         .responseDescription = QStringLiteral("The body, as the handler received it.")},
        [](const RequestContext &context) {
            return ApiResponse::created(context.body(), QStringLiteral("/api/v1/test/echo/1"));
        });

    server.addRoute({.method = Method::Get,
                     .path = QStringLiteral("/api/v1/test/thread"),
                     .summary = QStringLiteral("Notes the thread it runs on"),
                     .access = Access::Public,
                     .responseDescription = QStringLiteral("Nothing of interest.")},
                    [probe](const RequestContext &) {
                        probe->handlerThread.storeRelease(QThread::currentThread());
                        return ApiResponse::json(QJsonObject{});
                    });

    server.addRoute(
        {.method = Method::Get,
         .path = QStringLiteral("/api/v1/test/items/{id:int}"),
         .summary = QStringLiteral("Echoes its path and query parameters"),
         .access = Access::Public,
         .query = Schema{Field::integer(QStringLiteral("page")).range(1, 1000),
                         Field::string(QStringLiteral("q")).maxLength(20),
                         Field::array(QStringLiteral("tag"), Field::string({})).maxLength(3)},
         .responseDescription = QStringLiteral("The parameters as the handler saw them.")},
        [](const RequestContext &context) {
            return ApiResponse::json(
                QJsonObject{{QStringLiteral("id"), context.pathInteger(QStringLiteral("id"))},
                            {QStringLiteral("query"), context.query()}});
        });

    server.addRoute({.method = Method::Put,
                     .path = QStringLiteral("/api/v1/test/raw/{name}"),
                     .summary = QStringLiteral("Takes bytes as they are"),
                     .access = Access::Public,
                     .rawBody = QStringLiteral("application/octet-stream"),
                     .responseDescription = QStringLiteral("How many bytes arrived.")},
                    [](const RequestContext &context) {
                        return ApiResponse::json(QJsonObject{
                            {QStringLiteral("name"), context.pathParameter(QStringLiteral("name"))},
                            {QStringLiteral("size"), context.rawBody().size()}});
                    });

    server.addRoute({.method = Method::Get,
                     .path = QStringLiteral("/api/v1/test/file"),
                     .summary = QStringLiteral("Answers with bytes"),
                     .access = Access::Public,
                     .responseDescription = QStringLiteral("A few bytes of a picture.")},
                    [](const RequestContext &) {
                        return ApiResponse::bytes(QByteArray("\x89PNG\0\x01", 7), "image/png")
                            .withHeader("Cache-Control", "private, max-age=60");
                    });

    server.addRoute({.method = Method::Get,
                     .path = QStringLiteral("/api/v1/test/me"),
                     .summary = QStringLiteral("The signed-in user"),
                     .responseDescription = QStringLiteral("The caller's user id.")},
                    [](const RequestContext &context) {
                        return ApiResponse::json(QJsonObject{
                            {QStringLiteral("user_id"), context.userId().value_or(-1)}});
                    });

    server.addRoute({.method = Method::Get,
                     .path = QStringLiteral("/api/v1/test/block"),
                     .summary = QStringLiteral("Waits until the test lets it finish"),
                     .responseDescription = QStringLiteral("Nothing of interest.")},
                    [probe](const RequestContext &) {
                        probe->entered.release();
                        probe->proceed.acquire();
                        return ApiResponse::json(QJsonObject{{QStringLiteral("done"), true}});
                    });

    server.addRoute({.method = Method::Get,
                     .path = QStringLiteral("/api/v1/test/fail"),
                     .summary = QStringLiteral("Always fails inside"),
                     .access = Access::Public,
                     .responseDescription = QStringLiteral("Never answers successfully.")},
                    [](const RequestContext &) -> ApiResponse {
                        throw std::runtime_error("database password is hunter2");
                    });
}

} // namespace Shahrvand::Testing
