#pragma once

// The processes bench_api measures: the real shahrvand-server (a child process) and a
// bare Qt HttpServer answering GET /hello (a thread of the bench), the baseline.

#include <QProcess>
#include <QSemaphore>
#include <QStringList>
#include <QThread>

namespace BenchApi {

// The shahrvand-server binary run: the one built with the bench unless set (to compare
// another build on the same data and machine).
QString serverBinary();
void setServerBinary(const QString &path);

// Runs `shahrvand-server <arguments>` to completion (seed, create-user...).
bool runServerCommand(const QStringList &arguments, int timeoutMs, QString *output);

class ServerProcess final
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts `serve` on 127.0.0.1:0 and waits for the port it logs; 0 on failure.
    quint16 start(const QString &databaseUrl, const QStringList &extraArguments);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString exitDescription() const;
    QString log() const { return QString::fromUtf8(m_log); }

private:
    QProcess m_process;
    QByteArray m_log;
};

class HelloServerThread final : public QThread
{
public:
    ~HelloServerThread() override;
    // GET /hello answers {"hello":"world"}; GET /page answers `page` as it is (JSON), the
    // ceiling of the transport for an answer that size; GET /projected-page the same with
    // `projectedPage` (a queue page of its columns only).
    quint16 startAndWait(QByteArray page = {}, QByteArray projectedPage = {});

protected:
    void run() override;

private:
    QSemaphore m_ready;
    quint16 m_port = 0;
    QByteArray m_page;
    QByteArray m_projectedPage;
};

} // namespace BenchApi
