#pragma once

#include "apiserver.h"
#include "authenticationhook.h"

#include <QAtomicPointer>
#include <QSemaphore>
#include <QThread>

#include <memory>

namespace Shahrvand::Testing {

// Knows two tokens: "token-of-user-1" and "token-of-user-2".
class TestAuthenticator final : public Server::Authenticator
{
public:
    std::optional<Server::Authentication>
    authenticate(const QByteArray &bearerToken) const override;
};

// What the test routes let a test observe and steer. Shared with the handlers, which
// run on worker threads.
struct RouteProbe
{
    // The thread the last /test/thread handler ran on.
    QAtomicPointer<QThread> handlerThread;
    // /test/block handlers release `entered` on arrival and then wait for `proceed`.
    QSemaphore entered;
    QSemaphore proceed;
};

// Registers the routes the server tests exercise, all under /api/v1/test/:
//   POST echo          (public) body schema with every kind of field; echoes the body
//   GET  thread        (public) records its thread in the probe
//   GET  items/{id:int} (public) query: page (integer 1..1000), q (string <= 20), tag[]
//   PUT  raw/{name}    (public) application/octet-stream body; answers its size
//   GET  file          (public) answers seven bytes of image/png, cacheable
//   GET  me            (signed in) the caller's user id
//   GET  block         (signed in) waits on the probe's semaphores
//   GET  fail          (public) throws, with an internal detail in the exception
void addTestRoutes(Server::ApiServer &server, std::shared_ptr<RouteProbe> probe);

} // namespace Shahrvand::Testing
