// HTTPS with a certificate made for the test by openssl, and the operator's errors
// for certificate and key files that cannot work.
#include "apiserver.h"
#include "httpexchange.h"
#include "manualclock.h"
#include "tlsidentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Server;
using namespace Shahrvand::Testing;

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesHttpsToAClientThatTrustsIt();
    void untrustingClientIsRefused();
    void plainHttpOnTheTlsPortGetsNoAnswer();
    void operatorErrorsNameTheFile_data();
    void operatorErrorsNameTheFile();

private:
    // Runs openssl with `arguments` in the temporary folder.
    bool openssl(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<ApiServer> startServer();
    QSslConfiguration trustingClient() const;

    QString m_openssl;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    quint16 m_port = 0;
};

bool TestTls::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestTls::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed, so no test certificate can be made");
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QVERIFY(m_dir.isValid());
    const QStringList certificate{QStringLiteral("req"),
                                  QStringLiteral("-x509"),
                                  QStringLiteral("-newkey"),
                                  QStringLiteral("ec"),
                                  QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:prime256v1"),
                                  QStringLiteral("-nodes"),
                                  QStringLiteral("-days"),
                                  QStringLiteral("2"),
                                  QStringLiteral("-subj"),
                                  QStringLiteral("/CN=127.0.0.1"),
                                  QStringLiteral("-addext"),
                                  QStringLiteral("subjectAltName=IP:127.0.0.1")};
    QVERIFY(openssl(certificate + QStringList{QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                                              QStringLiteral("-out"), QStringLiteral("cert.pem")}));
    QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-out"), QStringLiteral("other-key.pem")}));
    QVERIFY(
        openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                 QStringLiteral("-aes256"), QStringLiteral("-pass"), QStringLiteral("pass:secret"),
                 QStringLiteral("-out"), QStringLiteral("encrypted-key.pem")}));
    QFile garbage(path(QStringLiteral("garbage.pem")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a certificate\n");
}

std::unique_ptr<ApiServer> TestTls::startServer()
{
    const auto tls =
        TlsIdentity::load(path(QStringLiteral("cert.pem")), path(QStringLiteral("key.pem")));
    if (!tls)
        qFatal("cannot load the test certificate: %s", qPrintable(tls.error()));
    auto server = std::make_unique<ApiServer>(m_clock);
    const auto port = server->listen(*ListenAddress::parse(u"127.0.0.1:0"), *tls);
    if (!port)
        qFatal("cannot listen: %s", qPrintable(port.error()));
    m_port = *port;
    return server;
}

QSslConfiguration TestTls::trustingClient() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(path(QStringLiteral("cert.pem"))));
    return configuration;
}

void TestTls::servesHttpsToAClientThatTrustsIt()
{
    const auto server = startServer();
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/health").arg(m_port)));
    request.setSslConfiguration(trustingClient());
    const HttpReply health = exchange(request, "GET");
    QVERIFY2(health.failure.isEmpty(), qPrintable(health.failure));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(u"status").toString(), QStringLiteral("ok"));

    // The limits hold on encrypted connections too.
    const HttpReply tooLarge =
        exchangeRaw(m_port,
                    "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nAccept-Language: "
                    "en\r\nContent-Length: 5000000\r\n\r\n",
                    trustingClient());
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(exchangeRaw(m_port, rawRequest("DELETE", "/api/v1/health"), trustingClient()).status,
             405);
}

void TestTls::untrustingClientIsRefused()
{
    const auto server = startServer();
    const HttpReply reply = exchange(
        QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/health").arg(m_port))),
        "GET");
    QCOMPARE(reply.status, 0);
    QVERIFY(!reply.failure.isEmpty());
}

void TestTls::plainHttpOnTheTlsPortGetsNoAnswer()
{
    const auto server = startServer();
    const HttpReply reply = exchangeRaw(m_port, rawRequest("GET", "/api/v1/health"));
    QCOMPARE(reply.status, 0);
    QVERIFY(!reply.failure.isEmpty());
}

void TestTls::operatorErrorsNameTheFile_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("says");
    QTest::newRow("no certificate file") << "missing.pem"
                                         << "key.pem"
                                         << "missing.pem"
                                         << "cannot read";
    QTest::newRow("no key file") << "cert.pem"
                                 << "missing-key.pem"
                                 << "missing-key.pem"
                                 << "cannot read";
    QTest::newRow("not a certificate") << "garbage.pem"
                                       << "key.pem"
                                       << "garbage.pem"
                                       << "no certificate";
    QTest::newRow("not a key") << "cert.pem"
                               << "garbage.pem"
                               << "garbage.pem"
                               << "no private key";
    QTest::newRow("key of another certificate") << "cert.pem"
                                                << "other-key.pem"
                                                << "other-key.pem"
                                                << "does not belong";
    QTest::newRow("encrypted key") << "cert.pem"
                                   << "encrypted-key.pem"
                                   << "encrypted-key.pem"
                                   << "passphrase";
}

void TestTls::operatorErrorsNameTheFile()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, named);
    QFETCH(QString, says);
    const auto loaded = TlsIdentity::load(path(certificate), path(key));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(path(named)), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(says), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
