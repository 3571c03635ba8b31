#include "requestpipeline.h"

#include "jsonbody.h"
#include "messagecatalog.h"
#include "requestcontext.h"
#include "serverlogging.h"

#include <exception>

namespace Shahrvand::Server {

Authenticator::~Authenticator() = default;

namespace {

QString addressKey(const QHostAddress &address)
{
    return QStringLiteral("address:") + address.toString();
}

// The token of "Authorization: Bearer <token>"; empty for any other scheme.
QByteArray bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() <= 7 ||
        QByteArrayView(value).first(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(7).trimmed();
}

// Splits an encoded query string into decoded pairs. Done by hand rather than with
// QUrlQuery, which would turn bytes that are not UTF-8 into U+FFFD silently.
std::optional<QList<QPair<QString, QString>>> decodeQuery(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &piece : encoded.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        // "?flag" has a name and an empty value.
        const QByteArray name =
            QByteArray::fromPercentEncoding(equals < 0 ? piece : piece.left(equals));
        const QByteArray value =
            equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(piece.mid(equals + 1));
        if (!JsonBody::isValidUtf8(name) || !JsonBody::isValidUtf8(value))
            return std::nullopt;
        items.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    return items;
}

} // namespace

RequestPipeline::RequestPipeline(const Clock &clock, const MessageCatalog &catalog,
                                 const ApiServerOptions &options)
    : m_catalog(catalog)
    , m_options(options)
    , m_limiter(clock, options.rateLimits)
{}

void RequestPipeline::setAuthenticator(std::shared_ptr<const Authenticator> authenticator)
{
    m_authenticator = std::move(authenticator);
}

QHttpServerResponse RequestPipeline::run(const RouteTable::Route &route, RequestContext &context)
{
    const QString method = methodName(context.method());
    ApiResponse response = [&]() -> ApiResponse {
        // A handler's failure is the server's fault, never the client's: log what
        // happened, answer 500, and keep every internal detail out of the answer.
        try {
            return execute(route, context);
        } catch (const std::exception &exception) {
            qCCritical(lcApi).noquote() << "request" << context.requestId() << method
                                        << context.path() << "failed:" << exception.what();
        } catch (...) {
            qCCritical(lcApi).noquote() << "request" << context.requestId() << method
                                        << context.path() << "failed with an unknown exception";
        }
        return ApiError::internal();
    }();
    if (const ApiError *error = response.error(); error && error->httpStatus() >= 500)
        qCWarning(lcApi).noquote() << "request" << context.requestId() << method << context.path()
                                   << "answered" << error->toLogString();
    qCDebug(lcAccess).noquote() << context.requestId() << context.clientAddress().toString()
                                << method << context.path() << response.httpStatus();
    return response.toHttpResponse(m_catalog, context.language());
}

ApiResponse RequestPipeline::execute(const RouteTable::Route &route, RequestContext &context)
{
    if (route.spec.access == Access::Authenticated) {
        if (auto refusal = authenticate(context))
            return *refusal;
    }

    auto admission = m_limiter.admit(rateLimitKey(context));
    if (!admission)
        return ApiError::rateLimited(admission.error().retryAfterSeconds);
    // Held until the answer is built: counts this request as in flight for its client.
    const RateLimiter::Ticket ticket = std::move(admission).value();

    if (auto error = checkQuery(route, context))
        return *error;
    if (route.spec.body) {
        auto body = JsonBody::parseObject(context.m_rawBody, m_options.maxJsonDepth);
        if (!body)
            return body.error();
        if (auto error = route.spec.body->check(*body))
            return *error;
        context.m_body = *body;
    }
    return route.handler(context);
}

std::optional<ApiError> RequestPipeline::authenticate(RequestContext &context)
{
    const QByteArray token = bearerToken(context.header("authorization"));
    if (!token.isEmpty() && m_authenticator)
        context.m_authentication = m_authenticator->authenticate(token);
    if (context.m_authentication)
        return std::nullopt;
    // Failed attempts count against the client's address, so guessing tokens is as
    // slow as any other flood.
    const auto admission = m_limiter.admit(addressKey(context.clientAddress()));
    if (!admission)
        return ApiError::rateLimited(admission.error().retryAfterSeconds);
    return ApiError::unauthorized(!token.isEmpty());
}

std::optional<ApiError> RequestPipeline::checkQuery(const RouteTable::Route &route,
                                                    RequestContext &context)
{
    const auto items = decodeQuery(context.m_encodedQuery);
    if (!items)
        return ApiError::invalidUtf8();
    if (items->isEmpty() && route.spec.query.isEmpty())
        return std::nullopt;
    auto typed = route.spec.query.checkQuery(*items);
    if (!typed)
        return typed.error();
    context.m_query = *typed;
    return std::nullopt;
}

QString RequestPipeline::rateLimitKey(const RequestContext &context) const
{
    if (!context.m_authentication)
        return addressKey(context.clientAddress());
    if (!context.m_authentication->rateLimitKey.isEmpty())
        return context.m_authentication->rateLimitKey;
    return QStringLiteral("user:") + QString::number(context.m_authentication->userId);
}

} // namespace Shahrvand::Server
