#pragma once

#include "authsettings.h"
#include "database.h"
#include "ids.h"
#include "principal.h"

#include <QByteArray>
#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <QStringView>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Auth {

// Answers "who is this?" for every API request: the principal of a live access token.
// Thread-safe; one instance serves all of the server's worker threads.
//
// Each answer is remembered for AuthSettings::principalCacheLifetime (30 s), keyed by the
// token's SHA-256, so a busy client costs a hash and a hash-table lookup per request
// rather than four queries. Remembered answers are dropped at once when this process
// revokes the token's sign-in (Sessions::logout, refresh-token reuse) or when told that
// a user changed (forgetUser). What is done elsewhere (another server process on the same
// database, or an operator in SQL) takes effect when the remembered answer ages out:
// within principalCacheLifetime. A token's expiry always takes effect on time.
//
// Tokens not of the generated shape are refused without a lookup; a well-formed token
// that is unknown costs one indexed query each time (not remembered), so a client that
// keeps sending made-up tokens is for the HTTP layer's rate limiter.
class Authenticator final
{
public:
    Authenticator(std::shared_ptr<Storage::Database> database, const Clock &clock,
                  AuthSettings settings = {});

    // The principal of `accessToken` if it is a live access token (known, of kind access,
    // not revoked, not expired) of an active user; nothing otherwise, also when the
    // database cannot be reached (logged). Const, so that it can serve through a const
    // interface; what it remembers is internal.
    std::optional<Access::Principal> authenticate(QStringView accessToken) const;

    // Drop what is remembered about a sign-in, a user or everything. Call forgetUser()
    // after committing a change to a user's roles, units, password or activity.
    void forgetFamily(const QString &family);
    void forgetUser(UserId user);
    void forgetAll();

    struct CacheStatistics
    {
        quint64 hits = 0;
        quint64 misses = 0;
        qsizetype entries = 0;
    };
    CacheStatistics cacheStatistics() const;

    const AuthSettings &settings() const { return m_settings; }

private:
    friend class Sessions;

    struct Entry
    {
        Access::Principal principal;
        QString family;
        qint64 tokenExpiresAtMs = 0;
        qint64 loadedAtMs = 0;
    };

    static QByteArray cacheKey(QStringView token);
    // Remembers a principal loaded while the cache was at `generation`; nothing if a
    // forget*() happened since, which the loaded answer may predate.
    void remember(const QByteArray &key, Entry entry, quint64 generation) const;
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }
    std::optional<Entry> load(const QByteArray &key, qint64 nowMs) const;
    void forgetWhere(const std::function<bool(const Entry &)> &matches);

    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    AuthSettings m_settings;

    // The cache: authenticate() is logically const.
    mutable QReadWriteLock m_lock;
    mutable QHash<QByteArray, Entry> m_cache; // raw SHA-256 of the token -> what it stands for
    std::atomic<quint64> m_generation{0};
    mutable std::atomic<quint64> m_hits{0};
    mutable std::atomic<quint64> m_misses{0};
};

} // namespace Shahrvand::Auth
