#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Shahrvand::SyncHarness {

// The real shahrvand-server as a child process on 127.0.0.1. start() with port 0 takes
// any free port and reads it from the log; a restart asks for the same port again, so
// that clients keep their address.
class ServerProcess final
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Runs `shahrvand-server <arguments>` to completion with `input` on standard input.
    static bool runCommand(const QStringList &arguments, const QByteArray &input, int timeoutMs,
                           QString *output);

    // `serve` on 127.0.0.1:<port> without throttling; the port it listens on, 0 on failure.
    quint16 start(const QString &databaseUrl, quint16 port = 0);
    void stop(); // SIGTERM, waits
    void kill(); // SIGKILL, waits
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString log() const { return QString::fromUtf8(m_log); }

private:
    QProcess m_process;
    QByteArray m_log;
    QString m_databaseUrl;
    quint16 m_port = 0;
};

} // namespace Shahrvand::SyncHarness
