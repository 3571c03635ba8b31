#include "syncengine.h"

#include "syncworker_p.h"

#include <QThread>

namespace Shahrvand::SyncClient {

SyncEngine::SyncEngine(QString cachePath, Cache::CacheKey key, Session session, SyncOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(std::move(cachePath), std::move(key), std::move(session), options))
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<Session>();
    m_thread->setObjectName(QStringLiteral("shahrvand-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::initialize);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, &SyncEngine::onWorkerStatus);
    connect(m_worker, &SyncWorker::cycleFinished, this, &SyncEngine::cycleFinished);
    connect(m_worker, &SyncWorker::signInNeeded, this, &SyncEngine::signInNeeded);
    connect(m_worker, &SyncWorker::sessionRenewed, this, [this](const Session &renewed) {
        m_session = renewed;
        emit sessionRenewed(renewed);
    });
    m_thread->start();
}

SyncEngine::~SyncEngine()
{
    m_worker->requestCancel();
    m_thread->quit();
    m_thread->wait();
}

void SyncEngine::start()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::trigger, Qt::QueuedConnection);
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::trigger, Qt::QueuedConnection);
}

void SyncEngine::localEditMade()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::triggerDebounced, Qt::QueuedConnection);
}

void SyncEngine::networkAvailable()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::triggerFromNetwork, Qt::QueuedConnection);
}

void SyncEngine::cancel()
{
    m_worker->requestCancel();
}

void SyncEngine::updateSession(const Session &session)
{
    m_session = session;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, session] { worker->setSession(session); },
        Qt::QueuedConnection);
    syncNow();
}

void SyncEngine::onWorkerStatus(const SyncStatus &status)
{
    m_status = status;
    emit statusChanged(status);
}

} // namespace Shahrvand::SyncClient
