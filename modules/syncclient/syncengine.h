#pragma once

#include "cachekey.h"
#include "session.h"
#include "syncstatus.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Shahrvand::SyncClient {

class SyncWorker;

struct SyncOptions
{
    int pullPageSize = 5000;
    int pushBatchSize = 100;
    int periodMs = 5 * 60 * 1000; // a cycle at least this often
    int debounceMs = 2000;        // after a local edit
    int firstRetryMs = 2000;      // backoff after a failure: doubles up to maxRetryMs
    int maxRetryMs = 5 * 60 * 1000;
    int requestTimeoutMs = 60'000;
};

// Keeps one user's cache in step with the server: pushes the outbox in batches, pulls
// changes by cursor in pages (each applied in one transaction, so a cycle interrupted at
// any point resumes where it stopped), retries with backoff when the server cannot be
// reached, and refreshes the session's tokens when they expire. All of it runs on a
// thread of its own with its own cache connection; the public side lives on the thread
// that created the engine (the UI thread) and never blocks it.
//
// Triggers: start(), localEditMade() (debounced), the period, syncNow(), and
// networkAvailable() (the network came back).
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(QString cachePath, Cache::CacheKey key, Session session, SyncOptions options = {},
               QObject *parent = nullptr);
    ~SyncEngine() override; // cancels a cycle in flight and waits for the thread

    SyncStatus status() const { return m_status; }
    Session session() const { return m_session; }

public slots:
    void start();
    void syncNow();
    void localEditMade();
    void networkAvailable();
    void cancel(); // stops the cycle in flight; what was applied stays, the rest resumes later
    void updateSession(const Session &session); // after the user signed in again

signals:
    void statusChanged(const Shahrvand::SyncClient::SyncStatus &status);
    void cycleFinished(const Shahrvand::SyncClient::SyncReport &report);
    // The tokens were refreshed; keep the new refresh token (it replaces the old one).
    void sessionRenewed(const Shahrvand::SyncClient::Session &session);
    void signInNeeded();

private:
    void onWorkerStatus(const SyncStatus &status);

    Session m_session;
    SyncStatus m_status;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
};

} // namespace Shahrvand::SyncClient
