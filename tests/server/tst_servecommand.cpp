// The real shahrvand-server executable: its command line, its configuration file, its
// log lines, HTTPS, and a graceful stop on SIGTERM.
#include "httpexchange.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand::Testing;
using namespace Qt::StringLiterals;

class TestServeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void binaryPrintsVersion();
    void binaryRefusesPlainHttpOffLoopback();
    void binaryRejectsUnknownCommand();
    void sigtermStopsGracefully();
    void configFileIsReadAndOptionsOverrideIt();
    void badSettingsAreReported_data();
    void badSettingsAreReported();
    void servesHttpsFromTheCommandLine();

private:
    // Starts `serve` and returns the port it logged, or 0 (the reason is in m_log).
    quint16 startServe(QProcess &process, const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &contents);

    QTemporaryDir m_dir;
    QByteArray m_log;
};

void TestServeCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestServeCommand::writeFile(const QString &name, const QByteArray &contents)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

quint16 TestServeCommand::startServe(QProcess &process, const QStringList &arguments)
{
    static const QRegularExpression listening(QStringLiteral("listening on [^ ]+:(\\d+) "));
    m_log.clear();
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(SHAHRVAND_SERVER_BINARY),
                  QStringList{QStringLiteral("serve")} + arguments);
    if (!process.waitForStarted(30000))
        return 0;
    while (process.waitForReadyRead(30000)) {
        m_log += process.readAllStandardError();
        if (const auto match = listening.match(QString::fromUtf8(m_log)); match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    m_log += process.readAllStandardError();
    return 0;
}

void TestServeCommand::binaryPrintsVersion()
{
    QProcess server;
    server.start(QStringLiteral(SHAHRVAND_SERVER_BINARY), {QStringLiteral("--version")});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.readAllStandardOutput().contains(SHAHRVAND_VERSION));
}

void TestServeCommand::binaryRefusesPlainHttpOffLoopback()
{
    QProcess server;
    server.start(
        QStringLiteral(SHAHRVAND_SERVER_BINARY),
        {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:18080")});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY(server.readAllStandardError().contains("--allow-plain-http"));
}

void TestServeCommand::binaryRejectsUnknownCommand()
{
    QProcess server;
    server.start(QStringLiteral(SHAHRVAND_SERVER_BINARY), {QStringLiteral("serv")});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY(server.readAllStandardError().contains("serv"));

    server.start(QStringLiteral(SHAHRVAND_SERVER_BINARY), {});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
}

void TestServeCommand::sigtermStopsGracefully()
{
    QProcess server;
    const quint16 port =
        startServe(server, {QStringLiteral("--db"),
                            QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("x.db")),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY2(port > 0, m_log.constData());
    // Log lines carry time, level and category.
    static const QRegularExpression line(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO "
                       "shahrvand\\.server\\.api: listening on"),
        QRegularExpression::MultilineOption);
    QVERIFY2(line.match(QString::fromUtf8(m_log)).hasMatch(), m_log.constData());

    const HttpReply health = exchange(apiRequest(port, QStringLiteral("/api/v1/health")), "GET");
    QCOMPARE(health.status, 200);

    server.terminate(); // SIGTERM
    QVERIFY(server.waitForFinished(30000));
    m_log += server.readAllStandardError();
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(m_log.contains("SIGTERM received"), m_log.constData());
    QVERIFY2(m_log.contains("shahrvand.server.api: stopped"), m_log.constData());
}

void TestServeCommand::configFileIsReadAndOptionsOverrideIt()
{
    const QString config =
        writeFile(QStringLiteral("server.ini"),
                  "db = sqlite:" + m_dir.filePath(QStringLiteral("config.db")).toUtf8() +
                      "\nlisten = 127.0.0.1:0\nthreads = 3\nmax-body-bytes = 2048\n");
    QProcess server;
    const quint16 port = startServe(server, {QStringLiteral("--config"), config,
                                             QStringLiteral("--threads"), QStringLiteral("5")});
    QVERIFY2(port > 0, m_log.constData());
    QVERIFY2(m_log.contains("with 5 worker threads"), m_log.constData());

    // max-body-bytes came from the file.
    const HttpReply tooLarge = exchangeRaw(
        port, "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 2049\r\n\r\n");
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.errorDetails().value(u"max_bytes").toInt(), 2048);

    server.terminate();
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitCode(), 0);
}

void TestServeCommand::badSettingsAreReported_data()
{
    QTest::addColumn<QByteArray>("config"); // empty: no --config
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("unknown setting") << QByteArray("listen = 127.0.0.1:0\nthreds = 4\n")
                                     << QStringList() << QByteArray("threds");
    QTest::newRow("not a number") << QByteArray("threads = lots\n") << QStringList()
                                  << QByteArray("threads");
    QTest::newRow("not a switch") << QByteArray("allow-plain-http = perhaps\n") << QStringList()
                                  << QByteArray("allow-plain-http");
    QTest::newRow("bad address") << QByteArray() << QStringList{u"--listen"_s, u"nowhere"_s}
                                 << QByteArray("HOST:PORT");
    QTest::newRow("body limit too small")
        << QByteArray() << QStringList{u"--max-body-bytes"_s, u"10"_s}
        << QByteArray("max-body-bytes");
    QTest::newRow("missing config file")
        << QByteArray() << QStringList{u"--config"_s, u"/nonexistent/server.ini"_s}
        << QByteArray("/nonexistent/server.ini");
    QTest::newRow("certificate without key")
        << QByteArray() << QStringList{u"--tls-cert"_s, u"/tmp/c.pem"_s} << QByteArray("--tls-key");
    QTest::newRow("unreadable certificate") << QByteArray()
                                            << QStringList{u"--tls-cert"_s, u"/nonexistent/c.pem"_s,
                                                           u"--tls-key"_s, u"/nonexistent/k.pem"_s}
                                            << QByteArray("/nonexistent/c.pem");
}

void TestServeCommand::badSettingsAreReported()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    QStringList all{QStringLiteral("serve")};
    if (!config.isEmpty())
        all << QStringLiteral("--config") << writeFile(QStringLiteral("bad.ini"), config);
    all << arguments;
    QProcess server;
    server.start(QStringLiteral(SHAHRVAND_SERVER_BINARY), all);
    QVERIFY(server.waitForFinished(30000));
    const QByteArray error = server.readAllStandardError();
    QCOMPARE(server.exitCode(), 2);
    QVERIFY2(error.contains(says), error.constData());
}

void TestServeCommand::servesHttpsFromTheCommandLine()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed, so no test certificate can be made");
    QProcess make;
    make.setWorkingDirectory(m_dir.path());
    make.start(openssl,
               {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                u"tls-key.pem"_s, u"-out"_s, u"tls-cert.pem"_s});
    QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);

    // With TLS the server may listen beyond loopback without --allow-plain-http.
    QProcess server;
    const quint16 port =
        startServe(server, {u"--db"_s, u"sqlite:"_s + m_dir.filePath(u"tls.db"_s), u"--listen"_s,
                            u"0.0.0.0:0"_s, u"--tls-cert"_s, m_dir.filePath(u"tls-cert.pem"_s),
                            u"--tls-key"_s, m_dir.filePath(u"tls-key.pem"_s)});
    QVERIFY2(port > 0, m_log.constData());
    QVERIFY(m_log.contains("(HTTPS)"));

    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(u"tls-cert.pem"_s)));
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/health").arg(port)));
    request.setSslConfiguration(trusting);
    const HttpReply health = exchange(request, "GET");
    QVERIFY2(health.failure.isEmpty(), qPrintable(health.failure));
    QCOMPARE(health.status, 200);

    server.terminate();
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
