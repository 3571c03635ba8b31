#pragma once

// A small HTTP/1.1 load driver for bench_api: many keep-alive connections on raw
// QTcpSocket, one request in flight per connection (no pipelining), responses framed by
// Content-Length. Everything runs on the caller's thread and event loop.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <vector>

namespace BenchApi {

struct HttpReply
{
    int status = 0;
    QByteArray body;
};

// Builds request number `sequence` (0, 1, ...) for connection `connection`.
using RequestMaker = std::function<QByteArray(int connection, qint64 sequence)>;
// Says whether an answer is what the scenario expected (false counts as a failure).
using ReplyCheck = std::function<bool(const HttpReply &reply)>;

struct LoadOptions
{
    int connections = 1;
    qint64 maxRequests = 1000;     // stop issuing after this many
    qint64 maxMilliseconds = 5000; // or after this long, whichever comes first
    bool recordLatency = false;
    std::function<bool()> finished; // optional: true once the scenario has all it needs
    // Open loop when > 0: requests arrive at this fixed total rate whatever the answers
    // do, each sent on a free connection (in turn) or, when all are busy, as soon as one
    // frees up. A request's latency runs from its scheduled arrival, so waiting for a
    // connection counts and a slow server cannot hide its delay by slowing the client
    // down (coordinated omission). Arrivals stop at the time budget; the backlog is sent.
    double arrivalsPerSecond = 0;
};

struct LoadResult
{
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 elapsedNs = 0;
    qint64 bytesReceived = 0;
    std::vector<qint64> latenciesNs; // one per completed request when recorded
    std::vector<qint64> sentAtNs;    // and when each was sent (scheduled, in an open loop)
    QString firstFailure;
    qint64 largestBacklog = 0; // open loop: most arrivals waiting for a free connection

    double perSecond() const { return elapsedNs > 0 ? completed * 1e9 / double(elapsedNs) : 0; }
    // Nearest-rank percentile in milliseconds, or -1 if nothing was recorded.
    double percentileMs(double fraction);
    // The slowest few requests, "<latency> ms at <when> s", slowest first; call before
    // percentileMs(), which sorts the latencies.
    QString slowest(int count) const;
};

// Runs a closed-loop load: each connection sends its next request as soon as the
// previous answer has been read, until the request or time budget is spent (or an open
// loop, see LoadOptions::arrivalsPerSecond).
LoadResult runLoad(quint16 port, const LoadOptions &options, const RequestMaker &makeRequest,
                   const ReplyCheck &check);

// One request on a fresh connection, waiting at most `timeoutMs`.
HttpReply exchangeOnce(quint16 port, const QByteArray &request, int timeoutMs = 30000);

// Request text helpers.
QByteArray getRequest(const QByteArray &path, const QByteArray &bearer = {});
QByteArray postJsonRequest(const QByteArray &path, const QByteArray &json,
                           const QByteArray &bearer = {});

} // namespace BenchApi
