// The server's HTTP layer on a real loopback socket: routing, threads, authentication,
// the OpenAPI document and graceful shutdown. Limits and error texts are in
// tst_requestlimits, rate limits in tst_ratelimiter, the executable in tst_servecommand.
#include "apiserver.h"
#include "httpexchange.h"
#include "listenaddress.h"
#include "manualclock.h"
#include "testroutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Server;
using namespace Shahrvand::Testing;
using namespace Qt::StringLiterals;

class TestApiServer : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_probe = std::make_shared<RouteProbe>(); }
    void listenAddressParsing_data();
    void listenAddressParsing();
    void healthAnswersJson();
    void unknownRouteIsJson404();
    void wrongMethodIs405WithAllow();
    void busyPortIsReported();
    void handlersRunOffTheListeningThread();
    void pathAndQueryParametersAreTyped();
    void sqlMetacharactersPassThroughIntact();
    void authenticationIsRequiredWhereDeclared();
    void internalErrorsRevealNothing();
    void rawBodiesTakeTheirMediaType();
    void bytesAreAnsweredAsTheyAre();
    void openApiDocumentsEveryRoute();
    void shutdownAnswersRequestsInFlight();
    void shutdownGivesUpAfterTheGracePeriod();

private:
    std::unique_ptr<ApiServer> startServer(Clock &clock, ApiServerOptions options = {});
    quint16 m_port = 0;
    std::shared_ptr<RouteProbe> m_probe = std::make_shared<RouteProbe>();
};

std::unique_ptr<ApiServer> TestApiServer::startServer(Clock &clock, ApiServerOptions options)
{
    options.rateLimits = {0, 1, 0}; // rate limits have their own suite
    auto server = std::make_unique<ApiServer>(clock, nullptr, options);
    addTestRoutes(*server, m_probe);
    const auto port = server->listen(*ListenAddress::parse(u"127.0.0.1:0"));
    if (!port)
        qFatal("cannot listen: %s", qPrintable(port.error()));
    m_port = *port;
    return server;
}

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

void TestApiServer::healthAnswersJson()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    ApiServer server(clock);
    const auto port = server.listen(*ListenAddress::parse(u"127.0.0.1:0"));
    QVERIFY2(port.hasValue(), qPrintable(port.hasValue() ? QString() : port.error()));
    QVERIFY(*port > 0);

    const HttpReply reply = exchange(apiRequest(*port, QStringLiteral("/api/v1/health")), "GET");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json().value(u"version").toString(), QStringLiteral(SHAHRVAND_VERSION));
    QCOMPARE(reply.json().value(u"time").toString(), QStringLiteral("2026-11-22T10:00:00Z"));

    clock.advance(60);
    QCOMPARE(exchange(apiRequest(*port, QStringLiteral("/api/v1/health")), "GET")
                 .json()
                 .value(u"time")
                 .toString(),
             QStringLiteral("2026-11-22T10:01:00Z"));
}

void TestApiServer::unknownRouteIsJson404()
{
    ManualClock clock;
    const auto server = startServer(clock);
    for (const QString &path :
         {QStringLiteral("/api/v1/nothing-here"), QStringLiteral("/"),
          QStringLiteral("/api/v1/health/"), QStringLiteral("/api/v1/test/items/abc"),
          QStringLiteral("/api/v1/test/items/99999999999999999999"),
          QStringLiteral("/api/v1/health/extra'%20OR%201=1")}) {
        const HttpReply reply = exchange(apiRequest(m_port, path, "en"), "GET");
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(reply.errorMessage(), QStringLiteral("There is no such resource."));
        QVERIFY(reply.json().value(u"error").toObject().value(u"details").isObject());
    }
    const HttpReply persian =
        exchange(apiRequest(m_port, QStringLiteral("/api/v1/nothing-here"), "fa"), "GET");
    QCOMPARE(persian.errorCode(), QStringLiteral("not_found"));
    QVERIFY2(hasPersianLetters(persian.errorMessage()), qPrintable(persian.errorMessage()));
    QCOMPARE(persian.header("content-language"), QByteArray("fa"));
}

void TestApiServer::wrongMethodIs405WithAllow()
{
    ManualClock clock;
    const auto server = startServer(clock);
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("DELETE"), QByteArray("PUT")}) {
        const HttpReply reply =
            exchange(apiRequest(m_port, QStringLiteral("/api/v1/health"), "en"), method);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("allow"), QByteArray("GET"));
        QCOMPARE(reply.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(reply.errorDetails().value(u"allowed").toArray(), QJsonArray{u"GET"_s});
    }
    const HttpReply echo =
        exchange(apiRequest(m_port, QStringLiteral("/api/v1/test/echo"), "fa"), "GET");
    QCOMPARE(echo.status, 405);
    QCOMPARE(echo.header("allow"), QByteArray("POST"));
    QVERIFY2(hasPersianLetters(echo.errorMessage()), echo.body.constData());
}

void TestApiServer::busyPortIsReported()
{
    ManualClock clock;
    ApiServer first(clock);
    const auto port = first.listen(*ListenAddress::parse(u"127.0.0.1:0"));
    QVERIFY(port.hasValue());

    ApiServer second(clock);
    const auto again = second.listen(ListenAddress{QHostAddress(QHostAddress::LocalHost), *port});
    QVERIFY(!again.hasValue());
    QVERIFY(again.error().contains(QString::number(*port)));
}

void TestApiServer::handlersRunOffTheListeningThread()
{
    ManualClock clock;
    const auto server = startServer(clock);
    m_probe->handlerThread.storeRelease(nullptr);
    const HttpReply reply =
        exchange(apiRequest(m_port, QStringLiteral("/api/v1/test/thread")), "GET");
    QCOMPARE(reply.status, 200);
    QThread *handlerThread = m_probe->handlerThread.loadAcquire();
    QVERIFY(handlerThread != nullptr);
    QVERIFY(handlerThread != QThread::currentThread());
    QVERIFY(handlerThread != server->thread());
}

void TestApiServer::pathAndQueryParametersAreTyped()
{
    ManualClock clock;
    const auto server = startServer(clock);
    const HttpReply reply = exchange(
        apiRequest(m_port,
                   QStringLiteral("/api/v1/test/items/42?page=3&q=%D8%B4%D9%87%D8%B1&tag=a&tag=b")),
        "GET");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"id").toInteger(), 42);
    const QJsonObject query = reply.json().value(u"query").toObject();
    QVERIFY(query.value(u"page").isDouble());
    QCOMPARE(query.value(u"page").toInteger(), 3);
    QCOMPARE(query.value(u"q").toString(), QStringLiteral("شهر"));
    QCOMPARE(query.value(u"tag").toArray(), (QJsonArray{u"a"_s, u"b"_s}));

    const HttpReply bare =
        exchange(apiRequest(m_port, QStringLiteral("/api/v1/test/items/5?q")), "GET");
    QCOMPARE(bare.status, 200);
    QCOMPARE(bare.json().value(u"query").toObject().value(u"q"), QJsonValue(QString()));

    struct Case
    {
        const char *query;
        const char *field;
        const char *reason;
    };
    for (const Case &bad :
         {Case{"page=1.5", "page", "not_integer"}, Case{"page=0", "page", "out_of_range"},
          Case{"page=1&page=2", "page", "repeated"}, Case{"colour=red", "colour", "unknown_field"},
          Case{"tag=a&tag=b&tag=c&tag=d", "tag", "too_many_items"}}) {
        const HttpReply refused = exchange(
            apiRequest(m_port, QStringLiteral("/api/v1/test/items/1?") + QLatin1String(bad.query)),
            "GET");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(refused.errorDetails().value(u"field").toString(), QLatin1String(bad.field));
        QCOMPARE(refused.errorDetails().value(u"reason").toString(), QLatin1String(bad.reason));
    }
}

void TestApiServer::sqlMetacharactersPassThroughIntact()
{
    ManualClock clock;
    const auto server = startServer(clock);
    const QString name = QStringLiteral("Robert'); DROP TABLE citizens;-- \"%_\\ ؛");
    QNetworkRequest request = apiRequest(m_port, QStringLiteral("/api/v1/test/echo"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, name.left(50)}}).toJson();
    const HttpReply reply = exchange(request, "POST", body);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(u"name").toString(), name.left(50));
    QCOMPARE(reply.header("location"), QByteArray("/api/v1/test/echo/1"));

    const HttpReply query = exchange(
        apiRequest(m_port, QStringLiteral("/api/v1/test/items/7?q=%27%20OR%201%3D1%20--")), "GET");
    QCOMPARE(query.status, 200);
    QCOMPARE(query.json().value(u"query").toObject().value(u"q").toString(),
             QStringLiteral("' OR 1=1 --"));
}

void TestApiServer::authenticationIsRequiredWhereDeclared()
{
    ManualClock clock;
    const auto server = startServer(clock);
    QNetworkRequest request = apiRequest(m_port, QStringLiteral("/api/v1/test/me"), "en");

    const HttpReply anonymous = exchange(request, "GET");
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.header("www-authenticate"), QByteArray("Bearer"));
    QCOMPARE(anonymous.errorCode(), QStringLiteral("unauthorized"));
    QCOMPARE(anonymous.errorMessage(), QStringLiteral("Sign in to do this."));

    request.setRawHeader("Authorization", "Bearer not-a-token");
    const HttpReply wrong = exchange(request, "GET");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.header("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));

    request.setRawHeader("Authorization", "Basic dXNlcjpwYXNz");
    QCOMPARE(exchange(request, "GET").status, 401);

    request.setRawHeader("Authorization", "bearer token-of-user-2");
    const HttpReply signedIn = exchange(request, "GET");
    QCOMPARE(signedIn.status, 200);
    QCOMPARE(signedIn.json().value(u"user_id").toInteger(), 2);

    // Public routes need no token.
    QCOMPARE(exchange(apiRequest(m_port, QStringLiteral("/api/v1/health")), "GET").status, 200);
}

void TestApiServer::internalErrorsRevealNothing()
{
    ManualClock clock;
    const auto server = startServer(clock);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("failed:.*hunter2")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("internal_error")));
    const HttpReply reply =
        exchange(apiRequest(m_port, QStringLiteral("/api/v1/test/fail"), "en"), "GET");
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.errorCode(), QStringLiteral("internal_error"));
    QVERIFY(!reply.body.contains("hunter2"));
    QVERIFY(!reply.body.contains("exception"));
    QVERIFY(reply.errorMessage().contains(QLatin1String("administrator")));
}

void TestApiServer::rawBodiesTakeTheirMediaType()
{
    ManualClock clock;
    const auto server = startServer(clock);
    QNetworkRequest request = apiRequest(m_port, QStringLiteral("/api/v1/test/raw/photo"), "en");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    const QByteArray bytes("\0\xff\xfe{not json", 12);
    const HttpReply taken = exchange(request, "PUT", bytes);
    QCOMPARE(taken.status, 200);
    QCOMPARE(taken.json().value(u"size").toInt(), 12);
    QCOMPARE(taken.json().value(u"name").toString(), QStringLiteral("photo"));

    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const HttpReply refused = exchange(request, "PUT", "{}");
    QCOMPARE(refused.status, 415);
    QCOMPARE(refused.errorDetails().value(u"expected").toString(),
             QStringLiteral("application/octet-stream"));
    QCOMPARE(refused.errorMessage(),
             QStringLiteral("Send the request body with the header Content-Type: "
                            "application/octet-stream."));
}

void TestApiServer::bytesAreAnsweredAsTheyAre()
{
    ManualClock clock;
    const auto server = startServer(clock);
    const HttpReply reply = exchangeRaw(m_port, rawRequest("GET", "/api/v1/test/file"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("image/png"));
    QCOMPARE(reply.body, QByteArray("\x89PNG\0\x01", 7));
    // The handler's cache policy replaces the default no-store; it is not sent twice.
    const auto isCacheControl = [](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
    };
    QCOMPARE(std::count_if(reply.headers.cbegin(), reply.headers.cend(), isCacheControl), 1);
    QCOMPARE(reply.header("cache-control"), QByteArray("private, max-age=60"));
}

void TestApiServer::openApiDocumentsEveryRoute()
{
    ManualClock clock;
    const auto server = startServer(clock);
    const HttpReply reply =
        exchange(apiRequest(m_port, QStringLiteral("/api/v1/openapi.json")), "GET");
    QCOMPARE(reply.status, 200);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QVERIFY(root.value(u"openapi").toString().startsWith(QLatin1String("3.0.")));
    QCOMPARE(root.value(u"info").toObject().value(u"version").toString(),
             QStringLiteral(SHAHRVAND_VERSION));
    QVERIFY(!root.value(u"info").toObject().value(u"title").toString().isEmpty());
    const QJsonObject paths = root.value(u"paths").toObject();

    const QList<RouteSpec> routes = server->routes();
    QVERIFY(routes.size() >= 8);
    static const QRegularExpression typedParameter(QStringLiteral(":int\\}"));
    int documented = 0;
    for (const RouteSpec &route : routes) {
        const QString path = QString(route.path).replace(typedParameter, QStringLiteral("}"));
        const QJsonObject operation =
            paths.value(path).toObject().value(methodName(route.method).toLower()).toObject();
        QVERIFY2(!operation.isEmpty(), qPrintable(methodName(route.method) + u' ' + path +
                                                  QStringLiteral(" is not documented")));
        QCOMPARE(operation.value(u"summary").toString(), route.summary);
        QVERIFY(operation.value(u"responses")
                    .toObject()
                    .contains(QString::number(route.successStatus)));
        QCOMPARE(operation.contains(u"requestBody"),
                 route.body.has_value() || !route.rawBody.isEmpty());
        QCOMPARE(operation.value(u"security").toArray().isEmpty(), route.access == Access::Public);
        ++documented;
    }
    int operations = 0;
    for (const QJsonValue &item : paths)
        operations += int(item.toObject().size());
    QCOMPARE(operations, documented);

    const QJsonObject echo = paths.value(u"/api/v1/test/echo").toObject().value(u"post").toObject();
    const QJsonObject schema = echo.value(u"requestBody")
                                   .toObject()
                                   .value(u"content")
                                   .toObject()
                                   .value(u"application/json")
                                   .toObject()
                                   .value(u"schema")
                                   .toObject();
    QCOMPARE(schema.value(u"additionalProperties").toBool(true), false);
    QCOMPARE(schema.value(u"required").toArray(), QJsonArray{u"name"_s});
    const QJsonObject raw =
        paths.value(u"/api/v1/test/raw/{name}").toObject().value(u"put").toObject();
    QVERIFY(raw.value(u"requestBody")
                .toObject()
                .value(u"content")
                .toObject()
                .contains(u"application/octet-stream"));
    QCOMPARE(
        schema.value(u"properties").toObject().value(u"age").toObject().value(u"type").toString(),
        QStringLiteral("integer"));
}

void TestApiServer::shutdownAnswersRequestsInFlight()
{
    ManualClock clock;
    const auto server = startServer(clock);
    QNetworkAccessManager network;
    QNetworkRequest request = apiRequest(m_port, QStringLiteral("/api/v1/test/block"));
    request.setRawHeader("Authorization", "Bearer token-of-user-1");
    std::unique_ptr<QNetworkReply> inFlight(network.get(request));
    // Whatever happens below, the blocked worker must be let go, or the server's
    // destructor would wait for it forever.
    auto unblock = qScopeGuard([this] { m_probe->proceed.release(); });
    QTRY_COMPARE(m_probe->entered.available(), 1);

    QSignalSpy stopped(server.get(), &ApiServer::stopped);
    server->shutdown();
    QVERIFY(server->isShuttingDown());

    QTcpSocket latecomer;
    latecomer.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    QTRY_COMPARE(latecomer.error(), QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(stopped.count(), 0);
    QVERIFY(!inFlight->isFinished());

    unblock.dismiss();
    m_probe->proceed.release();
    QTRY_VERIFY(inFlight->isFinished());
    QCOMPARE(inFlight->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(inFlight->readAll().contains("\"done\":true"));
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(server->pendingRequests(), 0);
}

void TestApiServer::shutdownGivesUpAfterTheGracePeriod()
{
    ManualClock clock;
    ApiServerOptions options;
    options.shutdownGrace = std::chrono::milliseconds(1);
    const auto server = startServer(clock, options);
    QNetworkAccessManager network;
    QNetworkRequest request = apiRequest(m_port, QStringLiteral("/api/v1/test/block"));
    request.setRawHeader("Authorization", "Bearer token-of-user-1");
    std::unique_ptr<QNetworkReply> stuck(network.get(request));
    auto unblock = qScopeGuard([this] { m_probe->proceed.release(); });
    QTRY_COMPARE(m_probe->entered.available(), 1);

    QSignalSpy stopped(server.get(), &ApiServer::stopped);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("still running after")));
    server->shutdown();
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(server->pendingRequests(), 1);
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
