#include "ratelimiter.h"

#include "clock.h"

#include <QMutexLocker>

#include <cmath>

namespace Shahrvand::Server {

namespace {
// Past this many clients in one shard, idle ones are forgotten, so a scan from many
// addresses cannot grow the table without bound.
constexpr qsizetype forgetIdleAbove = 4096;
} // namespace

RateLimiter::Ticket::Ticket(Ticket &&other) noexcept
    : m_limiter(std::exchange(other.m_limiter, nullptr))
    , m_key(std::move(other.m_key))
{}

RateLimiter::Ticket &RateLimiter::Ticket::operator=(Ticket &&other) noexcept
{
    if (this != &other) {
        if (m_limiter)
            m_limiter->release(m_key);
        m_limiter = std::exchange(other.m_limiter, nullptr);
        m_key = std::move(other.m_key);
    }
    return *this;
}

RateLimiter::Ticket::~Ticket()
{
    if (m_limiter)
        m_limiter->release(m_key);
}

RateLimiter::RateLimiter(const Clock &clock, RateLimits limits)
    : m_clock(clock)
    , m_limits(limits)
{}

RateLimiter::Shard &RateLimiter::shardFor(const QString &key)
{
    return m_shards[qHash(key) % m_shards.size()];
}

const RateLimiter::Shard &RateLimiter::shardFor(const QString &key) const
{
    return m_shards[qHash(key) % m_shards.size()];
}

void RateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    // A clock set back (NTP, the operator) must not hand out tokens or take them away.
    const qint64 elapsedMs = qMax<qint64>(0, nowMs - bucket.updatedMs);
    bucket.tokens = qMin<double>(m_limits.burst,
                                 bucket.tokens + elapsedMs * m_limits.requestsPerSecond / 1000.0);
    bucket.updatedMs = qMax(bucket.updatedMs, nowMs);
}

void RateLimiter::forgetIdle(Shard &shard, qint64 nowMs)
{
    for (auto it = shard.buckets.begin(); it != shard.buckets.end();) {
        refill(*it, nowMs);
        if (it->inFlight == 0 && it->tokens >= m_limits.burst)
            it = shard.buckets.erase(it);
        else
            ++it;
    }
}

Expected<RateLimiter::Ticket, RateLimiter::Refusal> RateLimiter::admit(const QString &key)
{
    const bool limitRate = m_limits.requestsPerSecond > 0;
    const bool limitInFlight = m_limits.maxInFlight > 0;
    if (!limitRate && !limitInFlight)
        return Ticket(nullptr, {});

    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    Shard &shard = shardFor(key);
    QMutexLocker locker(&shard.mutex);
    auto it = shard.buckets.find(key);
    if (it == shard.buckets.end()) {
        if (shard.buckets.size() >= qMax(forgetIdleAbove, shard.sweepAt)) {
            forgetIdle(shard, nowMs);
            // If most clients are busy, sweep again only when the table has doubled, so
            // a flood of new addresses costs amortized constant time per request.
            shard.sweepAt = 2 * shard.buckets.size();
        }
        it = shard.buckets.insert(key, Bucket{double(qMax(1, m_limits.burst)), nowMs, 0});
    }
    Bucket &bucket = *it;
    if (limitInFlight && bucket.inFlight >= m_limits.maxInFlight)
        return Refusal{1, true};
    if (limitRate) {
        refill(bucket, nowMs);
        if (bucket.tokens < 1) {
            const double seconds = (1 - bucket.tokens) / m_limits.requestsPerSecond;
            return Refusal{qMax(1, int(std::ceil(seconds))), false};
        }
        bucket.tokens -= 1;
    }
    ++bucket.inFlight;
    return Ticket(this, key);
}

void RateLimiter::release(const QString &key)
{
    Shard &shard = shardFor(key);
    QMutexLocker locker(&shard.mutex);
    const auto it = shard.buckets.find(key);
    if (it != shard.buckets.end() && it->inFlight > 0)
        --it->inFlight;
}

qsizetype RateLimiter::trackedClients() const
{
    qsizetype count = 0;
    for (const Shard &shard : m_shards) {
        QMutexLocker locker(&shard.mutex);
        count += shard.buckets.size();
    }
    return count;
}

int RateLimiter::inFlight(const QString &key) const
{
    const Shard &shard = shardFor(key);
    QMutexLocker locker(&shard.mutex);
    return shard.buckets.value(key).inFlight;
}

} // namespace Shahrvand::Server
