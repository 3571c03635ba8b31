#include "bench_api_server.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QRegularExpression>

namespace BenchApi {

namespace {
QString g_serverBinary = QStringLiteral(SHAHRVAND_SERVER_BINARY);
} // namespace

QString serverBinary()
{
    return g_serverBinary;
}

void setServerBinary(const QString &path)
{
    g_serverBinary = path;
}

bool runServerCommand(const QStringList &arguments, int timeoutMs, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(g_serverBinary, arguments);
    if (!process.waitForStarted(10000))
        return false;
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

ServerProcess::~ServerProcess()
{
    stop();
}

quint16 ServerProcess::start(const QString &databaseUrl, const QStringList &extraArguments)
{
    QStringList arguments{QStringLiteral("serve"), QStringLiteral("--db"), databaseUrl,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    arguments += extraArguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(g_serverBinary, arguments);
    if (!m_process.waitForStarted(10000))
        return 0;
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:([0-9]+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        m_process.waitForReadyRead(1000);
        m_log += m_process.readAllStandardError();
        const auto match = listening.match(QString::fromUtf8(m_log));
        if (match.hasMatch()) {
            // Keep draining stderr so a chatty server never blocks on a full pipe.
            QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                             [this] { m_log += m_process.readAllStandardError().right(4096); });
            return quint16(match.captured(1).toUInt());
        }
        if (m_process.state() == QProcess::NotRunning)
            return 0;
    }
    return 0;
}

QString ServerProcess::exitDescription() const
{
    if (m_process.exitStatus() == QProcess::CrashExit)
        return QStringLiteral("crashed (%1)").arg(m_process.errorString());
    return QStringLiteral("exited with code %1").arg(m_process.exitCode());
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: a graceful stop
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

HelloServerThread::~HelloServerThread()
{
    quit();
    wait();
}

quint16 HelloServerThread::startAndWait(QByteArray page, QByteArray projectedPage)
{
    m_page = std::move(page);
    m_projectedPage = std::move(projectedPage);
    start();
    if (!m_ready.tryAcquire(1, 10000))
        return 0;
    return m_port;
}

void HelloServerThread::run()
{
    QHttpServer server;
    server.route(QStringLiteral("/hello"), [] {
        return QJsonObject{{QStringLiteral("hello"), QStringLiteral("world")}};
    });
    server.route(QStringLiteral("/page"), [this] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), m_page);
    });
    server.route(QStringLiteral("/projected-page"), [this] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), m_projectedPage);
    });
    m_port = server.listen(QHostAddress::LocalHost, 0);
    m_ready.release();
    if (m_port != 0)
        exec();
}

} // namespace BenchApi
