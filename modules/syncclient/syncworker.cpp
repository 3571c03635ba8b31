#include "syncworker_p.h"

#include "approvalinbox.h"
#include "citizenindex.h"
#include "knowledgeindex.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTimer>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcSyncClient, "shahrvand.syncclient")

namespace Shahrvand::SyncClient {

SyncWorker::SyncWorker(QString cachePath, Cache::CacheKey key, Session session, SyncOptions options)
    : m_cachePath(std::move(cachePath))
    , m_key(std::move(key))
    , m_session(std::move(session))
    , m_options(options)
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::requestCancel()
{
    // Called on the UI thread: the flag is atomic, and the requests (which belong to the
    // worker's thread) are aborted there, by the event loop that waits for them.
    m_cancel = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_api && m_cancel)
                m_api->cancelAll();
        },
        Qt::QueuedConnection);
}

void SyncWorker::initialize()
{
    m_api = new ApiClient(m_session.server, this);
    m_api->setTimeoutMs(m_options.requestTimeoutMs);
    m_api->setLanguage(m_session.user.language);
    m_api->setAccessToken(m_session.accessToken);

    m_period = new QTimer(this);
    m_period->setInterval(m_options.periodMs);
    connect(m_period, &QTimer::timeout, this, &SyncWorker::trigger);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(m_options.debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SyncWorker::trigger);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncWorker::trigger);

    auto cache = Cache::LocalCache::open(m_cachePath, m_key);
    if (!cache) {
        qCWarning(lcSyncClient) << "cannot open the cache:" << cache.error().detail;
        m_status.phase = SyncPhase::Failed;
        m_status.lastError = cache.error().message();
        publish();
        return;
    }
    m_cache = std::move(cache).value();
    m_status.lastSyncAt = m_cache->lastSyncAt();
    updateCounts();
    publish();
}

void SyncWorker::setSession(const Session &session)
{
    m_session = session;
    if (m_api) {
        m_api->setAccessToken(session.accessToken);
        m_api->setLanguage(session.user.language);
    }
}

void SyncWorker::publishCounts()
{
    updateCounts();
    publish();
}

void SyncWorker::triggerDebounced()
{
    updateCounts();
    publish();
    if (m_debounce)
        m_debounce->start();
}

void SyncWorker::triggerFromNetwork()
{
    m_retryDelayMs = 0;
    trigger();
}

void SyncWorker::trigger()
{
    if (!m_cache)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    do {
        m_again = false;
        runCycle();
    } while (m_again && !m_cancel);
    m_running = false;
    m_period->start(); // the next periodic cycle counts from the end of this one
}

void SyncWorker::updateCounts()
{
    if (!m_cache)
        return;
    m_status.pending = m_cache->pendingCount();
    m_status.conflicts = m_cache->conflictCount();
}

void SyncWorker::publish()
{
    emit statusChanged(m_status);
}

void SyncWorker::runCycle()
{
    m_cancel = false;
    m_cycleClock.start();
    m_retry->stop();
    SyncReport report;
    m_status.progress = SyncProgress();

    Step step = ensureAccess(report);
    std::optional<ApiFailure> fileFailure;
    if (step == Step::Done && !m_cancel)
        step = uploadFiles(report, fileFailure);
    if (step == Step::Done && !m_cancel)
        step = push(report);
    if (step == Step::Done && !m_cancel) {
        if (const auto released = m_cache->releaseSentFiles(); !released)
            qCWarning(lcSyncClient) << "sent files not released:" << released.error().detail;
    }
    if (step == Step::Done && !m_cancel)
        step = pull(report);
    if (step == Step::Done && !m_cancel && fileFailure)
        step = fail(report, *fileFailure);

    report.elapsedMs = m_cycleClock.elapsed();
    updateCounts();
    if (m_cancel && step == Step::Done) {
        report.cancelled = true;
        report.error = tr("Synchronization was cancelled; it continues from here next time.");
        m_status.phase = SyncPhase::Idle;
        m_status.lastError = report.error;
    } else if (step == Step::Done) {
        report.ok = true;
        m_retryDelayMs = 0;
        m_status.phase = SyncPhase::Idle;
        m_status.online = true;
        m_status.lastError.clear();
        m_status.lastSyncAt = QDateTime::currentDateTimeUtc();
        if (const auto saved = m_cache->setLastSyncAt(m_status.lastSyncAt); !saved)
            qCWarning(lcSyncClient) << "cannot store the sync time:" << saved.error().detail;
    }
    publish();
    qCInfo(lcSyncClient) << "cycle" << (report.ok ? "done" : "failed") << "pulled" << report.pulled
                         << "pushed" << report.pushed << "conflicts" << report.conflicts << "in"
                         << report.elapsedMs << "ms" << report.error;
    emit cycleFinished(report);
}

SyncWorker::Step SyncWorker::fail(SyncReport &report, const ApiFailure &failure)
{
    report.error = failure.message;
    if (failure.kind == ApiFailure::Kind::Cancelled) {
        m_cancel = true;
        return Step::Done; // reported as cancelled by runCycle
    }
    m_status.lastError = failure.message;
    if (failure.kind == ApiFailure::Kind::Unauthorized ||
        failure.kind == ApiFailure::Kind::InvalidCredentials) {
        m_status.phase = SyncPhase::SignInNeeded;
        m_status.online = true;
        report.error = m_status.lastError =
            tr("The server asks you to sign in again. Your changes are kept on this computer.");
        emit signInNeeded();
    } else if (failure.isTransient()) {
        m_status.phase = SyncPhase::Offline;
        m_status.online = failure.kind == ApiFailure::Kind::ServerError ||
                          failure.kind == ApiFailure::Kind::Throttled;
        scheduleRetry();
        if (failure.kind == ApiFailure::Kind::Throttled && failure.retryAfterSeconds > 0)
            m_retry->start(std::max(m_retry->remainingTime(), failure.retryAfterSeconds * 1000));
    } else {
        m_status.phase = SyncPhase::Failed;
        m_status.online = true;
        scheduleRetry();
    }
    return Step::Failed;
}

SyncWorker::Step SyncWorker::failCache(SyncReport &report, const Cache::CacheError &error)
{
    qCWarning(lcSyncClient) << "cache error:" << error.detail;
    report.error = m_status.lastError = error.message();
    m_status.phase = SyncPhase::Failed;
    scheduleRetry();
    return Step::Failed;
}

void SyncWorker::scheduleRetry()
{
    m_retryDelayMs = m_retryDelayMs == 0 ? m_options.firstRetryMs
                                         : std::min(m_retryDelayMs * 2, m_options.maxRetryMs);
    m_retry->start(m_retryDelayMs);
}

SyncWorker::Step SyncWorker::ensureAccess(SyncReport &report)
{
    const bool fresh = m_session.hasAccessToken() &&
                       (!m_session.accessExpiresAt.isValid() ||
                        m_session.accessExpiresAt > QDateTime::currentDateTimeUtc().addSecs(60));
    if (fresh)
        return Step::Done;
    if (m_session.refreshToken.isEmpty()) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::Unauthorized;
        return fail(report, failure);
    }
    const ApiClient::Result answer = m_api->refreshAndWait(m_session.refreshToken);
    if (!answer) {
        ApiFailure failure = answer.error();
        if (failure.kind == ApiFailure::Kind::InvalidCredentials ||
            failure.kind == ApiFailure::Kind::Refused)
            failure.kind = ApiFailure::Kind::Unauthorized; // the refresh token is spent
        return fail(report, failure);
    }
    const auto renewed = Session::fromSignInJson(m_session.server, answer.value());
    if (!renewed) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::BadAnswer;
        failure.message = ApiFailure::tr("The server's answer could not be read.");
        return fail(report, failure);
    }
    m_session = *renewed;
    m_api->setAccessToken(m_session.accessToken);
    m_status.online = true;
    emit sessionRenewed(m_session);
    return Step::Done;
}

template<typename R> R SyncWorker::call(const std::function<R()> &request, SyncReport &report)
{
    R result = request();
    if (!result && result.error().kind == ApiFailure::Kind::Unauthorized &&
        !m_session.refreshToken.isEmpty()) {
        m_session.accessToken.clear(); // expired early (revoked, clock skew): refresh once
        if (ensureAccess(report) == Step::Done && !m_cancel)
            result = request();
    }
    return result;
}
// Also called by the file uploads (syncworker_files.cpp).
template ApiClient::Result
SyncWorker::call<ApiClient::Result>(const std::function<ApiClient::Result()> &, SyncReport &);

SyncWorker::Step SyncWorker::push(SyncReport &report)
{
    int batchSize = m_options.pushBatchSize;
    while (!m_cancel) {
        const auto batch = m_cache->pendingMutations(batchSize);
        if (!batch)
            return failCache(report, batch.error());
        if (batch->isEmpty())
            return Step::Done;
        m_status.phase = SyncPhase::Pushing;
        publish();
        const QJsonObject body{{QStringLiteral("mutations"), *batch}};
        const auto answer = call<ApiClient::Result>(
            [&] { return m_api->postAndWait(QStringLiteral("/api/v1/sync/push"), body); }, report);
        if (!answer) {
            // A batch too large for the server's body limit: send fewer at a time.
            if (answer.error().httpStatus == 413 && batchSize > 1) {
                batchSize = std::max(1, batchSize / 2);
                continue;
            }
            return fail(report, answer.error());
        }
        const auto applied = m_cache->applyPushResults(*batch, answer->value(u"results").toArray());
        if (!applied)
            return failCache(report, applied.error());
        report.pushed += applied->applied;
        report.conflicts += applied->conflicts;
        report.rejected += applied->rejected;
        m_status.progress.rowsPushed = report.pushed;
        updateCounts();
        publish();
        if (applied->applied + applied->conflicts + applied->rejected == 0) {
            // The server answered nothing we could match: do not loop on it.
            ApiFailure failure;
            failure.kind = ApiFailure::Kind::BadAnswer;
            failure.message = ApiFailure::tr("The server's answer could not be read.");
            return fail(report, failure);
        }
    }
    return Step::Done;
}

namespace {

// A first sync larger than this (in versions) loads without the cache's query indexes.
constexpr qint64 bulkLoadVersions = 50'000;

// A page asked for ahead of time: its answer, once it came.
struct PrefetchedPage
{
    qint64 cursor = 0;
    std::optional<ApiClient::TextResult> answer;
    QEventLoop *waiting = nullptr;
};

// Waits for the prefetched page; nothing when this thread is quitting.
std::optional<ApiClient::TextResult> takeAnswer(PrefetchedPage &page)
{
    if (!page.answer) {
        QEventLoop loop;
        page.waiting = &loop;
        loop.exec();
        page.waiting = nullptr;
    }
    return std::move(page.answer);
}

} // namespace

SyncWorker::Step SyncWorker::pull(SyncReport &report)
{
    SyncProgress &progress = m_status.progress;
    progress.startCursor = progress.cursor = m_cache->cursor();
    m_status.phase = SyncPhase::Pulling;
    publish();
    QElapsedTimer clock;
    clock.start();
    const QString path = QStringLiteral("/api/v1/sync/changes");
    const auto pageQuery = [this](qint64 cursor) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pullPageSize));
        return query;
    };
    // The next page is asked for before this one is applied, so that the server makes it
    // while the cache writes this one (its answer waits in the socket until this thread
    // reads it). A prefetch that failed is asked for again the ordinary way, which renews
    // the session or reports the failure.
    std::shared_ptr<PrefetchedPage> prefetch;
    // However the pull ends (done, failed, cancelled), indexes dropped for a bulk load are
    // made again, so that the user's queues stay fast; a crash leaves it to the next pull.
    // Then the knowledge base's search index takes the pulled articles, here rather than
    // at the user's next search (a first sync brings them all); cancelled, it goes on
    // from there next time.
    bool bulk = false;
    // Where a long pull's time went, for the log: waiting for pages (the server's share,
    // and the transfer), reading them, writing them, making the indexes.
    struct
    {
        qint64 waiting = 0;
        qint64 reading = 0;
        qint64 applying = 0;
        int pages = 0;
    } spent;
    QElapsedTimer step;
    const auto endBulk = qScopeGuard([this, &spent, &step, &clock] {
        step.start();
        if (const auto ended = m_cache->endBulkLoad(); !ended)
            qCWarning(lcSyncClient)
                << "the cache's indexes were not made again:" << ended.error().detail;
        const qint64 indexesMs = step.restart();
        const auto indexed = Cache::KnowledgeIndex::refresh(*m_cache, &m_cancel);
        if (!indexed)
            qCWarning(lcSyncClient)
                << "the knowledge base's search index was not refreshed:" << indexed.error().detail;
        const qint64 knowledgeMs = step.restart();
        // The approvals inbox's items of the pulled steps, claims and missions.
        const auto inbox = Cache::ApprovalInbox::refresh(*m_cache, &m_cancel);
        if (!inbox)
            qCWarning(lcSyncClient)
                << "the approvals inbox was not refreshed:" << inbox.error().detail;
        // The citizens' search index of the pulled citizens and phones.
        const auto citizens = Cache::CitizenIndex::refresh(*m_cache, &m_cancel);
        if (!citizens)
            qCWarning(lcSyncClient)
                << "the citizens' index was not refreshed:" << citizens.error().detail;
        if (spent.pages > 1)
            qCInfo(lcSyncClient).nospace()
                << "pull of " << spent.pages << " pages in " << clock.elapsed()
                << " ms: waiting for pages " << spent.waiting << " ms, reading them "
                << spent.reading << " ms, applying them " << spent.applying << " ms, indexes "
                << indexesMs << " ms, knowledge index (" << indexed.valueOr(0) << " articles) "
                << knowledgeMs << " ms, approvals inbox (" << inbox.valueOr(0) << " steps) "
                << step.elapsed() << " ms";
    });
    bool more = true;
    while (more && !m_cancel) {
        std::optional<ApiClient::TextResult> answer;
        step.start();
        if (prefetch && prefetch->cursor == progress.cursor)
            answer = takeAnswer(*prefetch);
        prefetch.reset();
        if (!answer || !answer->hasValue())
            answer = call<ApiClient::TextResult>(
                [&] { return m_api->getTextAndWait(path, pageQuery(progress.cursor)); }, report);
        spent.waiting += step.restart();
        if (!*answer)
            return fail(report, answer->error());
        const auto page = Cache::LocalCache::readPullPage(std::move(*answer).value());
        answer.reset();
        spent.reading += step.elapsed();
        ++spent.pages;
        if (!page)
            return failCache(report, page.error());
        if (page->more() && !m_cancel) {
            prefetch = std::make_shared<PrefetchedPage>();
            prefetch->cursor = page->cursor();
            m_api->getText(path, pageQuery(prefetch->cursor),
                           [prefetch](const ApiClient::TextResult &result) {
                               prefetch->answer = result;
                               if (prefetch->waiting)
                                   prefetch->waiting->quit();
                           });
        }
        if (!bulk && progress.startCursor == 0 &&
            page->head() - progress.startCursor >= bulkLoadVersions) {
            // A first sync of many rows: the cache's query indexes are made once at the end.
            if (const auto begun = m_cache->beginBulkLoad(); !begun)
                return failCache(report, begun.error());
            bulk = true;
        }
        step.start();
        const auto applied = m_cache->applyPullPage(*page);
        spent.applying += step.elapsed();
        if (!applied)
            return failCache(report, applied.error());
        m_status.online = true;
        report.pulled += applied->written;
        report.deleted += applied->deleted;
        report.dropped += applied->dropped;
        more = applied->more;
        progress.cursor = applied->cursor;
        progress.rowsPulled = report.pulled + report.deleted;
        progress.head = std::max({progress.head, applied->head, applied->cursor});
        const qint64 span = progress.head - progress.startCursor;
        const qint64 done = progress.cursor - progress.startCursor;
        if (span > 0) {
            progress.percent = int(std::clamp<qint64>(done * 100 / span, 0, 100));
            progress.msLeft = done > 0 ? clock.elapsed() * (span - done) / done : -1;
        }
        if (!more) {
            progress.percent = 100;
            progress.msLeft = 0;
        }
        updateCounts();
        publish();
    }
    return Step::Done;
}

} // namespace Shahrvand::SyncClient
