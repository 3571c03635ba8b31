#include "authroutes.h"

#include "authenticator.h"
#include "handlersupport.h"
#include "sessions.h"

#include <QJsonArray>

namespace Shahrvand::Api {

namespace {

using Server::ApiError;
using Server::ApiResponse;
using Server::Field;
using Server::Method;
using Server::RequestContext;
using Server::TranslatableText;

// The HTTP layer's hook, answered by the authentication module.
class BearerAuthenticator final : public Server::Authenticator
{
public:
    explicit BearerAuthenticator(std::shared_ptr<Auth::Authenticator> auth)
        : m_auth(std::move(auth))
    {}

    std::optional<Server::Authentication> authenticate(const QByteArray &bearerToken) const override
    {
        const auto principal = m_auth->authenticate(QString::fromLatin1(bearerToken));
        if (!principal)
            return std::nullopt;
        Server::Authentication authentication;
        authentication.userId = principal->userId.value();
        authentication.rateLimitKey = QStringLiteral("user:") + principal->userId.toString();
        authentication.principal = *principal;
        return authentication;
    }

private:
    std::shared_ptr<Auth::Authenticator> m_auth;
};

QJsonObject signedInJson(const Auth::SignedIn &signedIn)
{
    return {{QStringLiteral("access_token"), signedIn.tokens.accessToken},
            {QStringLiteral("access_expires_at"),
             signedIn.tokens.accessExpiresAt.toString(Qt::ISODate)},
            {QStringLiteral("refresh_token"), signedIn.tokens.refreshToken},
            {QStringLiteral("refresh_expires_at"),
             signedIn.tokens.refreshExpiresAt.toString(Qt::ISODate)},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("user"), Access::principalToJson(signedIn.principal)}};
}

ApiError toApiError(const Auth::SessionError &error)
{
    using Kind = Auth::SessionError::Kind;
    switch (error.kind) {
    case Kind::InvalidCredentials:
        return ApiError(401, QStringLiteral("invalid_credentials"),
                        TranslatableText::translate("Shahrvand::Api",
                                                    "The user name or the password is wrong."));
    case Kind::Throttled:
        return ApiError::rateLimited(int(qMax<qint64>(1, error.retryAfter.count())));
    case Kind::InvalidToken:
    case Kind::TokenReused:
        return ApiError(401, QStringLiteral("invalid_token"),
                        TranslatableText::translate("Shahrvand::Api",
                                                    "This sign-in has ended; sign in again."));
    case Kind::Unavailable:
        break;
    }
    return ApiError::serverBusy();
}

} // namespace

void registerAuthRoutes(Server::ApiServer &server, std::shared_ptr<Storage::Database> database,
                        const Clock &clock)
{
    auto auth = std::make_shared<Auth::Authenticator>(database, clock);
    auto sessions = std::make_shared<Auth::Sessions>(database, clock, *auth);
    server.setAuthenticator(std::make_shared<BearerAuthenticator>(auth));
    const QStringList tags{QStringLiteral("sign-in")};

    server.addRoute(
        {.method = Method::Post,
         .path = QStringLiteral("/api/v1/auth/login"),
         .summary = QStringLiteral("Sign in with a user name and password"),
         .description = QStringLiteral(
             "After 5 failed attempts for a user name, sign-in is refused for a while (429 with "
             "Retry-After). The answer never tells whether a user name exists."),
         .tags = tags,
         .access = Server::Access::Public,
         .body =
             Server::Schema{Field::string(QStringLiteral("username")).required().maxLength(128),
                            Field::string(QStringLiteral("password")).required().maxLength(256)},
         .responseDescription = QStringLiteral("An access token, a refresh token and the user")},
        [sessions](const RequestContext &context) -> ApiResponse {
            const auto signedIn =
                sessions->login(context.body().value(u"username").toString(),
                                context.body().value(u"password").toString(), clientOf(context));
            if (!signedIn)
                return toApiError(signedIn.error());
            return ApiResponse::json(signedInJson(*signedIn));
        });

    server.addRoute(
        {.method = Method::Post,
         .path = QStringLiteral("/api/v1/auth/refresh"),
         .summary = QStringLiteral("Exchange a refresh token for a new pair of tokens"),
         .tags = tags,
         .access = Server::Access::Public,
         .body =
             Server::Schema{
                 Field::string(QStringLiteral("refresh_token")).required().maxLength(128)},
         .responseDescription = QStringLiteral("A new access token and refresh token")},
        [sessions](const RequestContext &context) -> ApiResponse {
            const auto signedIn = sessions->refresh(
                context.body().value(u"refresh_token").toString(), clientOf(context));
            if (!signedIn)
                return toApiError(signedIn.error());
            return ApiResponse::json(signedInJson(*signedIn));
        });

    server.addRoute({.method = Method::Post,
                     .path = QStringLiteral("/api/v1/auth/logout"),
                     .summary = QStringLiteral("End this sign-in (both of its tokens)"),
                     .tags = tags,
                     .successStatus = 204,
                     .responseDescription = QStringLiteral("Nothing")},
                    [sessions](const RequestContext &context) -> ApiResponse {
                        const QByteArray authorization = context.header("Authorization");
                        const QString token =
                            QString::fromLatin1(authorization.mid(int(qstrlen("Bearer "))));
                        const auto ended = sessions->logout(token, clientOf(context));
                        if (!ended)
                            return toApiError(ended.error());
                        return ApiResponse::noContent();
                    });

    server.addRoute({.method = Method::Get,
                     .path = QStringLiteral("/api/v1/auth/me"),
                     .summary = QStringLiteral("Who the token belongs to: roles and units"),
                     .tags = tags,
                     .responseDescription = QStringLiteral("The signed-in user")},
                    [](const RequestContext &context) -> ApiResponse {
                        return ApiResponse::json(Access::principalToJson(principalOf(context)));
                    });
}

} // namespace Shahrvand::Api
