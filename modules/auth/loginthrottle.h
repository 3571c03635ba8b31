#pragma once

#include "authsettings.h"
#include "database.h"
#include "expected.h"

#include <QSqlDatabase>
#include <QString>

#include <chrono>

namespace Shahrvand::Auth {

// Sign-in throttling per user name, kept in the login_throttle table so that it holds
// across restarts, threads and server processes.
//
// An attempt is counted as a failure *before* the password is checked (beginAttempt) and
// the count is cleared if it turns out right (reset). Counting first means that a burst
// of parallel guesses gets no more tries than guesses made one after another: the sixth
// concurrent request already finds the user name throttled.
//
// User names are keys, whether or not such a user exists, so the answer never tells the
// two apart. Every function belongs in the caller's write transaction.
class LoginThrottle final
{
public:
    struct Decision
    {
        // False: refused without checking the password; retry after `wait`.
        bool allowed = false;
        // Refused: how long until the next attempt is allowed. Allowed: the wait that is
        // now in force should this attempt fail (zero while free attempts remain).
        std::chrono::seconds wait{0};
        // Consecutive failures, this attempt included (when allowed).
        int failures = 0;
    };

    LoginThrottle(QSqlDatabase db, Storage::Backend backend, ThrottlePolicy policy = {});

    // Refuses while the user name is throttled; otherwise counts this attempt as a failure.
    Expected<Decision, QString> beginAttempt(const QString &usernameKey, qint64 nowMs);

    // The password was right: the user name starts again from zero.
    Expected<bool, QString> reset(const QString &usernameKey);

    // Deletes the state of user names whose last failure is older than forgetAfter and
    // that are not throttled; returns how many.
    Expected<int, QString> purgeForgotten(qint64 nowMs);

    // The wait after `failures` consecutive failures: zero below freeAttempts, then
    // firstDelay doubling per further failure, capped at maximumDelay.
    static std::chrono::seconds delayAfter(int failures, const ThrottlePolicy &policy);

private:
    QSqlDatabase m_db;
    Storage::Backend m_backend;
    ThrottlePolicy m_policy;
};

} // namespace Shahrvand::Auth
