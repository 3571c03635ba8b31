#pragma once

#include "apiserveroptions.h"
#include "authenticationhook.h"
#include "ratelimiter.h"
#include "routetable.h"

#include <QHttpServerResponse>

#include <memory>

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Server {

class MessageCatalog;
class RequestContext;

// What happens to a request on its worker thread: authentication, rate limits, the
// query and body checks, the handler, and turning the outcome into bytes. Nothing here
// touches the sockets; the listening thread writes the result.
class RequestPipeline final
{
public:
    RequestPipeline(const Clock &clock, const MessageCatalog &catalog,
                    const ApiServerOptions &options);

    void setAuthenticator(std::shared_ptr<const Authenticator> authenticator);

    QHttpServerResponse run(const RouteTable::Route &route, RequestContext &context);

    RateLimiter &rateLimiter() { return m_limiter; }

private:
    ApiResponse execute(const RouteTable::Route &route, RequestContext &context);
    std::optional<ApiError> authenticate(RequestContext &context);
    std::optional<ApiError> checkQuery(const RouteTable::Route &route, RequestContext &context);
    QString rateLimitKey(const RequestContext &context) const;

    const MessageCatalog &m_catalog;
    const ApiServerOptions m_options;
    RateLimiter m_limiter;
    std::shared_ptr<const Authenticator> m_authenticator;
};

} // namespace Shahrvand::Server
