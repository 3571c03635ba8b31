#pragma once

#include <chrono>

namespace Shahrvand::Auth {

// When sign-in is refused after failures. Failures are counted per user name (whether or
// not such a user exists), in the database, so the count survives a restart and is shared
// by every thread and every server process on the same database.
struct ThrottlePolicy
{
    // Failures allowed before the first wait.
    int freeAttempts = 5;
    // The wait after the freeAttempts-th failure; it doubles with every further failure...
    std::chrono::seconds firstDelay{30};
    // ...up to this.
    std::chrono::seconds maximumDelay{15 * 60};
    // A user name with no failure for this long starts again from zero (and its row may be
    // purged), so that a typo once a month never adds up to a lockout.
    std::chrono::seconds forgetAfter{24 * 60 * 60};
};

struct AuthSettings
{
    // An access token is presented with every request; short-lived, so a leaked one is
    // worth little. The client refreshes it with the refresh token.
    std::chrono::seconds accessTokenLifetime{60 * 60};
    // How long a workstation stays signed in without the password (a month of shifts).
    std::chrono::seconds refreshTokenLifetime{30 * 24 * 60 * 60};
    // How long Authenticator trusts what it remembers about a token. Revocations made
    // through this process take effect at once; those made by another server process on
    // the same database (or by hand in the database) take effect within this time.
    std::chrono::seconds principalCacheLifetime{30};
    ThrottlePolicy throttle;
};

} // namespace Shahrvand::Auth
