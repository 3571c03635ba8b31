// POSIX: the signal handler may only do async-signal-safe things, so it writes the
// signal's number into one end of a socket pair; a QSocketNotifier on the other end
// wakes the event loop, which emits the Qt signal (the "self-pipe trick").
#include "platform/signalwatcher.h"

#include "serverlogging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Shahrvand::Server {

namespace {

int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int number)
{
    const int savedErrno = errno;
    const char byte = char(number);
    // Non-blocking: if the pipe is somehow full, a stop is already pending anyway.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

struct SignalWatcher::Private
{
    QSocketNotifier *notifier = nullptr;
    struct sigaction previousTerm = {};
    struct sigaction previousInt = {};
};

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    if (signalPipe[0] >= 0)
        qFatal("only one SignalWatcher may exist at a time");
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        qCCritical(lcApi) << "cannot watch for SIGTERM/SIGINT:" << std::strerror(errno);
        signalPipe[0] = signalPipe[1] = -1;
        return;
    }
    // Not inherited by child processes (SOCK_CLOEXEC is not everywhere, fcntl is).
    for (const int descriptor : signalPipe)
        ::fcntl(descriptor, F_SETFD, FD_CLOEXEC);
    ::fcntl(signalPipe[0], F_SETFL, ::fcntl(signalPipe[0], F_GETFL) | O_NONBLOCK);

    d->notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) != 1)
            return;
        emit terminationRequested(byte == SIGTERM ? QStringLiteral("SIGTERM")
                                                  : QStringLiteral("SIGINT"));
    });

    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, &d->previousTerm);
    ::sigaction(SIGINT, &action, &d->previousInt);
}

SignalWatcher::~SignalWatcher()
{
    if (signalPipe[0] < 0)
        return;
    ::sigaction(SIGTERM, &d->previousTerm, nullptr);
    ::sigaction(SIGINT, &d->previousInt, nullptr);
    delete d->notifier;
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
}

} // namespace Shahrvand::Server
