#include "authenticator.h"

#include "authlog_p.h"
#include "clock.h"
#include "principalloader.h"
#include "tokens.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Shahrvand::Auth {

namespace {
// Far more than the sessions of a city's staff; bounds memory under a flood of tokens.
constexpr qsizetype maximumEntries = 50'000;
} // namespace

Authenticator::Authenticator(std::shared_ptr<Storage::Database> database, const Clock &clock,
                             AuthSettings settings)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_settings(settings)
{}

QByteArray Authenticator::cacheKey(QStringView token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

std::optional<Access::Principal> Authenticator::authenticate(QStringView accessToken) const
{
    if (!Token::looksValid(accessToken))
        return std::nullopt;
    const QByteArray key = cacheKey(accessToken);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 lifetime = std::chrono::milliseconds(m_settings.principalCacheLifetime).count();
    {
        QReadLocker lock(&m_lock);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend() && now < it->tokenExpiresAtMs && now >= it->loadedAtMs &&
            now - it->loadedAtMs < lifetime) {
            m_hits.fetch_add(1, std::memory_order_relaxed);
            return it->principal;
        }
    }
    m_misses.fetch_add(1, std::memory_order_relaxed);

    const quint64 generationBefore = generation();
    auto entry = load(key, now);
    if (!entry) {
        QWriteLocker lock(&m_lock);
        m_cache.remove(key);
        return std::nullopt;
    }
    Access::Principal principal = entry->principal;
    remember(key, std::move(*entry), generationBefore);
    return principal;
}

std::optional<Authenticator::Entry> Authenticator::load(const QByteArray &key, qint64 nowMs) const
{
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen())
        return std::nullopt; // Database::connection() has logged why
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT user_id, family, expires_at FROM auth_tokens"
                       " WHERE token_hash = ? AND kind = 'access' AND revoked_at IS NULL"));
    query.addBindValue(QString::fromLatin1(key.toHex()));
    if (!query.exec()) {
        qCWarning(lcAuth) << "token lookup failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Entry entry;
    const UserId user(query.value(0).toLongLong());
    entry.family = query.value(1).toString();
    entry.tokenExpiresAtMs = query.value(2).toLongLong();
    entry.loadedAtMs = nowMs;
    query.finish();
    if (entry.tokenExpiresAtMs <= nowMs)
        return std::nullopt;

    const auto principal = PrincipalLoader::loadWithDelegators(db, user, nowMs);
    if (!principal) {
        qCWarning(lcAuth) << "principal lookup failed:" << principal.error();
        return std::nullopt;
    }
    if (!principal->has_value())
        return std::nullopt; // inactive or deleted since the sign-in
    entry.principal = **principal;
    return entry;
}

void Authenticator::remember(const QByteArray &key, Entry entry, quint64 generation) const
{
    QWriteLocker lock(&m_lock);
    if (generation != m_generation.load(std::memory_order_acquire))
        return;
    if (m_cache.size() >= maximumEntries) {
        const qint64 lifetime =
            std::chrono::milliseconds(m_settings.principalCacheLifetime).count();
        m_cache.removeIf([&](const QHash<QByteArray, Entry>::iterator &it) {
            return it.value().loadedAtMs + lifetime <= entry.loadedAtMs ||
                   it.value().tokenExpiresAtMs <= entry.loadedAtMs;
        });
        if (m_cache.size() >= maximumEntries)
            m_cache.clear();
    }
    m_cache.insert(key, std::move(entry));
}

void Authenticator::forgetWhere(const std::function<bool(const Entry &)> &matches)
{
    QWriteLocker lock(&m_lock);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    m_cache.removeIf(
        [&](const QHash<QByteArray, Entry>::iterator &it) { return matches(it.value()); });
}

void Authenticator::forgetFamily(const QString &family)
{
    forgetWhere([&](const Entry &entry) { return entry.family == family; });
}

void Authenticator::forgetUser(UserId user)
{
    forgetWhere([&](const Entry &entry) { return entry.principal.userId == user; });
}

void Authenticator::forgetAll()
{
    forgetWhere([](const Entry &) { return true; });
}

Authenticator::CacheStatistics Authenticator::cacheStatistics() const
{
    QReadLocker lock(&m_lock);
    return {m_hits.load(std::memory_order_relaxed), m_misses.load(std::memory_order_relaxed),
            m_cache.size()};
}

} // namespace Shahrvand::Auth
