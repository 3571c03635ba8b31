#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <any>
#include <optional>

namespace Shahrvand::Server {

// Who sent a request, as established from its bearer token.
struct Authentication
{
    qint64 userId = 0;
    // Requests are counted against this key for rate limits, e.g. "user:42".
    QString rateLimitKey;
    // Whatever the authentication module knows about the user (roles, units: an
    // Access::Principal, say). The HTTP layer never looks inside; handlers read it with
    // std::any_cast<const Access::Principal>(&context.authentication()->principal).
    std::any principal;
};

// The hook through which the authentication module tells the HTTP layer who a token
// belongs to. ApiServer calls it for every route that requires a signed-in user; a
// request without a token, or whose token this returns nothing for, is answered 401
// with "WWW-Authenticate: Bearer".
class Authenticator
{
public:
    virtual ~Authenticator();

    // Called on worker threads, several at once: implementations must be thread-safe.
    // They may use the database (Storage::Database::connection() gives each thread its
    // own connection). `bearerToken` is the text after "Bearer " in the Authorization
    // header, never empty.
    virtual std::optional<Authentication> authenticate(const QByteArray &bearerToken) const = 0;

protected:
    Authenticator() = default;
    Authenticator(const Authenticator &) = default;
    Authenticator &operator=(const Authenticator &) = default;
};

} // namespace Shahrvand::Server
