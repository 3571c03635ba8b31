#pragma once

#include "database.h"
#include "expected.h"
#include "principal.h"
#include "tokens.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Auth {

class Authenticator;

// A successful sign-in or refresh: the tokens for the client, and who they stand for.
struct SignedIn
{
    TokenPair tokens;
    Access::Principal principal;
};

// Why sign-in, refresh or sign-out did not work. The HTTP layer answers 401 for all but
// Throttled (429 with Retry-After) and Unavailable (503).
struct SessionError
{
    enum class Kind {
        // Unknown user name, wrong password or inactive account: deliberately one kind,
        // with the same retryAfter, so that nobody can learn which user names exist.
        InvalidCredentials,
        // Too many failures for this user name: refused without looking at the password,
        // even a right one, for retryAfter.
        Throttled,
        // A refresh token that is unknown, expired, revoked or not a refresh token.
        InvalidToken,
        // A refresh token that was already exchanged was presented again: someone else
        // has a copy. The whole sign-in has been revoked.
        TokenReused,
        // The database could not be reached or failed (logged).
        Unavailable,
    };
    Kind kind = Kind::Unavailable;
    // Throttled: how long to wait. InvalidCredentials: the wait this failure started
    // (zero while free attempts remain), so the client can say so at once.
    std::chrono::seconds retryAfter{0};

    friend bool operator==(const SessionError &, const SessionError &) = default;
};

// Sign-in, refresh and sign-out for the central server. Thread-safe: one instance serves
// every worker thread (each uses its own connection of `database`). Time comes only from
// `clock`; lifetimes and throttling from authenticator.settings().
//
//   Sessions::login(username, password, client)  -> SignedIn | SessionError
//       Password checked with Argon2id outside any transaction; throttled per user name
//       (LoginThrottle); an unknown user name is checked against a dummy hash, so it costs
//       what a wrong password costs. Audited: sign_in / sign_in_failed (never a password;
//       the typed user name only when it exists, as the row id: people type passwords into
//       the user-name field, and the audit trail cannot be edited).
//   Sessions::refresh(refreshToken, client)      -> SignedIn | SessionError
//       Rotation: the refresh token is revoked and a new pair of the same sign-in (family)
//       issued. Presenting a rotated refresh token again revokes the whole family
//       (TokenReused; audited as refresh_token_reused). The previous access token stays
//       valid until it expires, so requests already in flight do not fail.
//   Sessions::logout(token, client)              -> whether a live sign-in was ended
//       Either token of a sign-in (even an expired one) revokes the whole family;
//       Authenticator forgets it at once. Audited: sign_out.
//   Authenticator::authenticate(accessToken)     -> Principal or nothing, per request.
//
// `client` says where the request came from (address, workstation id) for the audit trail
// and auth_tokens.client.
class Sessions final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Auth::Sessions)

public:
    Sessions(std::shared_ptr<Storage::Database> database, const Clock &clock,
             Authenticator &authenticator);

    Expected<SignedIn, SessionError> login(const QString &username, const QString &password,
                                           const QString &client);
    Expected<SignedIn, SessionError> refresh(const QString &refreshToken, const QString &client);
    Expected<bool, SessionError> logout(const QString &token, const QString &client);

    // Housekeeping for a daily timer: deletes tokens that have expired and throttling state
    // that has been forgotten; returns how many rows went.
    Expected<int, SessionError> purgeExpired();

    // A sentence for the person signing in, in the user interface language.
    static QString describe(const SessionError &error);

private:
    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    Authenticator &m_authenticator;
};

} // namespace Shahrvand::Auth
