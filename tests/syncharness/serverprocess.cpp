#include "serverprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

namespace Shahrvand::SyncHarness {

bool ServerProcess::runCommand(const QStringList &arguments, const QByteArray &input, int timeoutMs,
                               QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SHAHRVAND_SERVER_BINARY), arguments);
    if (!process.waitForStarted(10000))
        return false;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
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

quint16 ServerProcess::start(const QString &databaseUrl, quint16 port)
{
    m_databaseUrl = databaseUrl;
    m_log.clear();
    const QStringList arguments{QStringLiteral("serve"),
                                QStringLiteral("--db"),
                                databaseUrl,
                                QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("--rate-limit"),
                                QStringLiteral("0"),
                                QStringLiteral("--max-in-flight"),
                                QStringLiteral("0")};
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:([0-9]+)"));
    // A port just given up by a killed server may take a moment to be free again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(QStringLiteral(SHAHRVAND_SERVER_BINARY), arguments);
        if (!m_process.waitForStarted(10000))
            return 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            m_process.waitForReadyRead(200);
            m_log += m_process.readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(m_log));
            if (match.hasMatch()) {
                QObject::disconnect(&m_process, nullptr, nullptr, nullptr);
                QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
                    m_log += m_process.readAllStandardError();
                    if (m_log.size() > 65536)
                        m_log = m_log.right(32768);
                });
                m_port = quint16(match.captured(1).toUInt());
                return m_port;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        if (port == 0)
            return 0;
        QThread::msleep(250);
    }
    return 0;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace Shahrvand::SyncHarness
