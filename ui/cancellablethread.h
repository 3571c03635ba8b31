#pragma once

#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Shahrvand::Ui {

// Work on a thread of its own that a newer request replaces: start() stops the run on its
// way (raises its cancel flag and waits for it) before starting the next, and so does
// stop() and the destructor. The work reads the flag between rows and gives up when it is
// raised; it reports back through a queued call to a QPointer'd receiver, as the owner sees
// fit. The dashboards' panels, the cases page and the citizen search count on it.
class CancellableThread final
{
public:
    CancellableThread() = default;
    ~CancellableThread() { stop(); }
    CancellableThread(const CancellableThread &) = delete;
    CancellableThread &operator=(const CancellableThread &) = delete;

    void start(std::function<void(const std::atomic<bool> *cancel)> work,
               QThread::Priority priority = QThread::LowPriority);
    void stop();
    bool isRunning() const { return m_thread && !m_thread->isFinished(); }

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Shahrvand::Ui
