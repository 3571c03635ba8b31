#pragma once

#include "apiserveroptions.h"
#include "expected.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Server {

// Per-client limits: a token bucket for the request rate and a counter of requests
// being worked on. Called from every worker thread, so it is sharded: a request locks
// one of a few dozen small mutexes for a hash lookup and some arithmetic, and clients
// rarely wait for each other. Time comes from the Clock, so tests need not sleep.
class RateLimiter final
{
public:
    RateLimiter(const Clock &clock, RateLimits limits);
    RateLimiter(const RateLimiter &) = delete;
    RateLimiter &operator=(const RateLimiter &) = delete;

    // Holds one of a client's in-flight places until destroyed.
    class Ticket final
    {
    public:
        Ticket(Ticket &&other) noexcept;
        Ticket &operator=(Ticket &&other) noexcept;
        ~Ticket();

    private:
        friend class RateLimiter;
        Ticket(RateLimiter *limiter, QString key)
            : m_limiter(limiter)
            , m_key(std::move(key))
        {}
        RateLimiter *m_limiter;
        QString m_key;
    };

    struct Refusal
    {
        // Whole seconds until a request would be admitted; at least 1.
        int retryAfterSeconds = 1;
        // Refused for too many requests at once rather than too many per second.
        bool tooManyInFlight = false;
    };

    // Admits one request of `key` ("user:42", "address:10.0.0.7"), or says how long
    // to wait. A refused request costs nothing.
    Expected<Ticket, Refusal> admit(const QString &key);

    // Requests of `key` admitted and not yet finished.
    int inFlight(const QString &key) const;
    // Clients currently remembered (idle ones are forgotten as the table grows).
    qsizetype trackedClients() const;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
        int inFlight = 0;
    };
    struct Shard
    {
        mutable QMutex mutex;
        QHash<QString, Bucket> buckets;
        // The size at which idle clients are next swept out.
        qsizetype sweepAt = 0;
    };

    Shard &shardFor(const QString &key);
    const Shard &shardFor(const QString &key) const;
    void release(const QString &key);
    void refill(Bucket &bucket, qint64 nowMs) const;
    void forgetIdle(Shard &shard, qint64 nowMs);

    const Clock &m_clock;
    const RateLimits m_limits;
    std::array<Shard, 32> m_shards;
};

} // namespace Shahrvand::Server
