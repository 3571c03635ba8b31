#pragma once

#include "apiclient.h"
#include "cachekey.h"
#include "localcache.h"
#include "session.h"
#include "syncengine.h"
#include "syncstatus.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace Shahrvand::SyncClient {

// The engine's thread: owns its own cache connection and HTTP client, runs one cycle at a
// time. Every public slot is called through queued connections from SyncEngine; a
// trigger that arrives during a cycle (including from inside the cycle's network waits)
// only asks for another cycle afterwards.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString cachePath, Cache::CacheKey key, Session session, SyncOptions options);
    ~SyncWorker() override;

    // Set from any thread; checked between every step of a cycle.
    void requestCancel();

public slots:
    void initialize();
    void trigger();          // now, unless a cycle runs (then once more after it)
    void triggerDebounced(); // after options.debounceMs of quiet
    void triggerFromNetwork();
    void setSession(const Shahrvand::SyncClient::Session &session);
    void publishCounts();

signals:
    void statusChanged(const Shahrvand::SyncClient::SyncStatus &status);
    void cycleFinished(const Shahrvand::SyncClient::SyncReport &report);
    void sessionRenewed(const Shahrvand::SyncClient::Session &session);
    void signInNeeded();

private:
    enum class Step { Done, Failed };

    void runCycle();
    Step ensureAccess(SyncReport &report);
    Step push(SyncReport &report);
    // Before the push: the files attached here that the server lacks (syncworker_files.cpp).
    // A failure that retrying soon may cure fails the cycle; another one is kept in `held`
    // and reported after the push, so that one file does not hold the whole outbox back.
    Step uploadFiles(SyncReport &report, std::optional<ApiFailure> &held);
    Step uploadFile(const Cache::PendingFile &file, SyncReport &report,
                    std::optional<ApiFailure> &held);
    Step pull(SyncReport &report);
    // A call that refreshes the access token once when the server says it expired.
    // Runs `request`; when the server says the access token is no longer good, renews the
    // session once and runs it again.
    template<typename R> R call(const std::function<R()> &request, SyncReport &report);
    Step fail(SyncReport &report, const ApiFailure &failure);
    Step failCache(SyncReport &report, const Cache::CacheError &error);
    void updateCounts();
    void publish();
    void scheduleRetry();

    QString m_cachePath;
    Cache::CacheKey m_key;
    Session m_session;
    SyncOptions m_options;
    std::unique_ptr<Cache::LocalCache> m_cache;
    ApiClient *m_api = nullptr;
    QTimer *m_period = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_retry = nullptr;
    int m_retryDelayMs = 0;
    bool m_running = false;
    bool m_again = false;
    std::atomic<bool> m_cancel{false};
    SyncStatus m_status;
    QElapsedTimer m_cycleClock;
};

} // namespace Shahrvand::SyncClient
