#include "cancellablethread.h"

namespace Shahrvand::Ui {

void CancellableThread::start(std::function<void(const std::atomic<bool> *cancel)> work,
                              QThread::Priority priority)
{
    stop();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_thread = QThread::create([cancel, work = std::move(work)] { work(cancel.get()); });
    m_thread->start(priority);
}

void CancellableThread::stop()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace Shahrvand::Ui
