#pragma once

#include <QtGlobal>

#include <chrono>

namespace Shahrvand::Server {

// How much work one client may ask of the server. Requests are counted per signed-in
// user, or per client address when nobody is signed in.
struct RateLimits
{
    // Sustained requests per second (a token bucket); 0 turns the limit off.
    double requestsPerSecond = 50;
    // Requests that may arrive at once after a quiet spell; at least 1.
    int burst = 100;
    // Requests of one client being worked on at the same time; 0 turns the limit off.
    // Without it one user's slow reports could occupy every worker thread.
    int maxInFlight = 8;
};

// The limits and sizes of the HTTP layer. The defaults suit a municipality's server;
// `serve` lets the operator change them (see docs/API.md).
struct ApiServerOptions
{
    // Worker threads that run route handlers (and so the database work); 0 means twice
    // the number of processor cores.
    int workerThreads = 0;
    // Largest request body accepted, in bytes (413 beyond it).
    qint64 maxBodyBytes = 1024 * 1024;
    // Largest request line plus headers, in bytes (431 beyond it).
    qint64 maxHeaderBytes = 32 * 1024;
    // Deepest nesting of arrays and objects in a JSON body (400 beyond it).
    int maxJsonDepth = 32;
    // Requests handed to workers and not yet answered, over all clients; beyond it the
    // server answers 503 at once instead of queueing without bound.
    int maxPendingRequests = 2048;
    RateLimits rateLimits;
    // How long a graceful shutdown waits for requests already being worked on.
    std::chrono::milliseconds shutdownGrace{10000};

    int effectiveWorkerThreads() const;
};

} // namespace Shahrvand::Server
