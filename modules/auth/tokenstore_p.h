#pragma once

#include "authsettings.h"
#include "expected.h"
#include "ids.h"
#include "tokens.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Shahrvand::Auth::detail {

// One row of auth_tokens, without its hash.
struct StoredToken
{
    UserId user;
    QString kind; // "access" or "refresh"
    QString family;
    qint64 expiresAtMs = 0;
    std::optional<qint64> revokedAtMs;
};

// The auth_tokens table. Tokens are looked up and stored by Token::hashOf() only.
// Writes belong in the caller's write transaction; errors are the database's text, for
// the log.
class TokenStore final
{
public:
    explicit TokenStore(QSqlDatabase db);

    // A new access and refresh token of `family` for `user`.
    Expected<TokenPair, QString> issue(UserId user, const QString &family, const QString &client,
                                       qint64 nowMs, const AuthSettings &settings);

    // The token with this hash, whatever its state.
    Expected<std::optional<StoredToken>, QString> find(const QString &tokenHash);

    // Revokes the refresh token with this hash if it is live (of kind refresh, not revoked,
    // not expired) and returns it. One statement, so of two concurrent refreshes with the
    // same token exactly one gets it; the other sees it revoked, as a thief would.
    Expected<std::optional<StoredToken>, QString> claimRefresh(const QString &tokenHash,
                                                               qint64 nowMs);

    // Revokes every live token of the family (or of the user); returns how many.
    Expected<int, QString> revokeFamily(const QString &family, qint64 nowMs);
    Expected<int, QString> revokeUser(UserId user, qint64 nowMs);

    // Deletes tokens that expired before `beforeMs`; returns how many.
    Expected<int, QString> purgeExpired(qint64 beforeMs);

private:
    QSqlDatabase m_db;
};

} // namespace Shahrvand::Auth::detail
