#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Shahrvand::Server {

// Turns the operating system's "please stop" (SIGTERM from systemd or kill, SIGINT from
// Ctrl+C; on Windows the console's Ctrl+C, Ctrl+Break and close events) into a Qt
// signal on the thread that created the watcher, where it is safe to act on it.
// One watcher at a time; destroying it restores the previous handling.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    // `what` names the request for the log, e.g. "SIGTERM".
    void terminationRequested(const QString &what);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Shahrvand::Server
