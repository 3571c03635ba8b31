// The server's HTTP layer on a real loopback socket, and the real executable's
// command line.
#include "apiserver.h"
#include "listenaddress.h"
#include "manualclock.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Server;

class TestApiServer : public QObject
{
    Q_OBJECT

private slots:
    void listenAddressParsing_data();
    void listenAddressParsing();
    void healthAnswersJson();
    void unknownRouteIsJson404();
    void busyPortIsReported();
    void binaryPrintsVersion();
    void binaryRefusesPlainHttpOffLoopback();
    void binaryRejectsUnknownCommand();

private:
    struct Reply
    {
        int status = 0;
        QByteArray contentType;
        QJsonObject body;
    };
    Reply get(quint16 port, const QString &path);
    QNetworkAccessManager m_network;
};

void TestApiServer::listenAddressParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("ipv4") << "127.0.0.1:8080" << true << "127.0.0.1:8080" << true;
    QTest::newRow("ipv6") << "[::1]:443" << true << "[::1]:443" << true;
    QTest::newRow("localhost") << "localhost:9000" << true << "127.0.0.1:9000" << true;
    QTest::newRow("any") << " 0.0.0.0:80 " << true << "0.0.0.0:80" << false;
    QTest::newRow("lan") << "10.1.2.3:8080" << true << "10.1.2.3:8080" << false;
    QTest::newRow("no port") << "127.0.0.1" << false << "" << false;
    QTest::newRow("any free port") << "127.0.0.1:0" << true << "127.0.0.1:0" << true;
    QTest::newRow("port too big") << "127.0.0.1:65536" << false << "" << false;
    QTest::newRow("negative port") << "127.0.0.1:-1" << false << "" << false;
    QTest::newRow("port words") << "127.0.0.1:http" << false << "" << false;
    QTest::newRow("bare ipv6") << "::1:8080" << false << "" << false;
    QTest::newRow("hostname") << "example.org:80" << false << "" << false;
    QTest::newRow("empty") << "" << false << "" << false;
    QTest::newRow("persian digits") << "127.0.0.1:۸۰۸۰" << false << "" << false;
}

void TestApiServer::listenAddressParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(bool, loopback);

    const auto parsed = ListenAddress::parse(text);
    QCOMPARE(parsed.hasValue(), valid);
    if (!valid) {
        QVERIFY(!parsed.error().isEmpty());
        return;
    }
    QCOMPARE(parsed->toString(), normalized);
    QCOMPARE(parsed->isLoopback(), loopback);
}

TestApiServer::Reply TestApiServer::get(quint16 port, const QString &path)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    QNetworkReply *reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

void TestApiServer::healthAnswersJson()
{
    Testing::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    ApiServer server(clock);
    const auto port = server.listen(*ListenAddress::parse(u"127.0.0.1:0"));
    QVERIFY2(port.hasValue(), qPrintable(port.hasValue() ? QString() : port.error()));
    QVERIFY(*port > 0);

    const Reply reply = get(*port, QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QCOMPARE(reply.body.value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(reply.body.value(u"version").toString(), QStringLiteral(SHAHRVAND_VERSION));
    QCOMPARE(reply.body.value(u"time").toString(), QStringLiteral("2026-11-22T10:00:00Z"));

    clock.advance(60);
    QCOMPARE(get(*port, QStringLiteral("/api/v1/health")).body.value(u"time").toString(),
             QStringLiteral("2026-11-22T10:01:00Z"));
}

void TestApiServer::unknownRouteIsJson404()
{
    Testing::ManualClock clock;
    ApiServer server(clock);
    const auto port = server.listen(*ListenAddress::parse(u"127.0.0.1:0"));
    QVERIFY(port.hasValue());

    for (const QString &path : {QStringLiteral("/api/v1/nothing-here"), QStringLiteral("/"),
                                QStringLiteral("/api/v1/health/extra'%20OR%201=1")}) {
        const Reply reply = get(*port, path);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.contentType.startsWith("application/json"));
        QCOMPARE(reply.body.value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("not_found"));
    }
}

void TestApiServer::busyPortIsReported()
{
    Testing::ManualClock clock;
    ApiServer first(clock);
    const auto port = first.listen(*ListenAddress::parse(u"127.0.0.1:0"));
    QVERIFY(port.hasValue());

    ApiServer second(clock);
    const auto again = second.listen(ListenAddress{QHostAddress(QHostAddress::LocalHost), *port});
    QVERIFY(!again.hasValue());
    QVERIFY(again.error().contains(QString::number(*port)));
}

void TestApiServer::binaryPrintsVersion()
{
    QProcess server;
    server.start(QStringLiteral(SHAHRVAND_SERVER_BINARY), {QStringLiteral("--version")});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.readAllStandardOutput().contains(SHAHRVAND_VERSION));
}

void TestApiServer::binaryRefusesPlainHttpOffLoopback()
{
    QProcess server;
    server.start(
        QStringLiteral(SHAHRVAND_SERVER_BINARY),
        {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:18080")});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY(server.readAllStandardError().contains("--allow-plain-http"));
}

void TestApiServer::binaryRejectsUnknownCommand()
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

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
