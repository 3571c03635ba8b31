// Windows: the console's control handler runs on a thread of its own, so it only
// queues the Qt signal onto the watcher's thread.
#include "platform/signalwatcher.h"

#include <QMetaObject>

#include <atomic>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

namespace Shahrvand::Server {

namespace {

std::atomic<SignalWatcher *> watcher{nullptr};

BOOL WINAPI onConsoleControl(DWORD event)
{
    QString what;
    switch (event) {
    case CTRL_C_EVENT:
        what = QStringLiteral("Ctrl+C");
        break;
    case CTRL_BREAK_EVENT:
        what = QStringLiteral("Ctrl+Break");
        break;
    case CTRL_CLOSE_EVENT:
        what = QStringLiteral("console closed");
        break;
    case CTRL_SHUTDOWN_EVENT:
        what = QStringLiteral("system shutdown");
        break;
    default:
        return FALSE;
    }
    if (SignalWatcher *target = watcher.load()) {
        QMetaObject::invokeMethod(
            target, [target, what] { emit target->terminationRequested(what); },
            Qt::QueuedConnection);
    }
    return TRUE;
}

} // namespace

struct SignalWatcher::Private
{
};

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    if (watcher.load())
        qFatal("only one SignalWatcher may exist at a time");
    watcher = this;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
    watcher = nullptr;
}

} // namespace Shahrvand::Server
