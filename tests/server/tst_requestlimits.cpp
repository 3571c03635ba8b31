// Every way a request can be refused, on a real socket, in both languages: the JSON
// error format, the status, the stable code, the field named in the details, and a
// message in Persian for "Accept-Language: fa" and in English for "en".
#include "apiserver.h"
#include "httpexchange.h"
#include "manualclock.h"
#include "testroutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Server;
using namespace Shahrvand::Testing;

namespace {

const QByteArray json = "Content-Type: application/json";

QByteArray nested(int depth)
{
    QByteArray value = "1";
    for (int i = 0; i < depth; ++i)
        value = "{\"a\":" + value + '}';
    return "{\"name\":\"a\",\"extra\":" + value + '}';
}

// A chunked body of `total` bytes in 64 KiB chunks.
QByteArray chunked(qsizetype total)
{
    QByteArray body;
    for (qsizetype sent = 0; sent < total;) {
        const qsizetype size = qMin<qsizetype>(64 * 1024, total - sent);
        body += QByteArray::number(size, 16) + "\r\n" + QByteArray(size, 'x') + "\r\n";
        sent += size;
    }
    return body + "0\r\n\r\n";
}

} // namespace

class TestRequestLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errorsSpeakTheRequestLanguage_data();
    void errorsSpeakTheRequestLanguage();
    void validBodyIsAccepted();
    void bodyAtTheLimitIsAccepted();
    void bracketsInStringsAreNotNesting();
    void expectContinueIsRefusedBeforeUpload();
    void keepAliveConnectionCarriesManyBodies();

private:
    HttpReply post(const QJsonObject &body);

    ManualClock m_clock;
    std::unique_ptr<ApiServer> m_server;
    quint16 m_port = 0;
};

void TestRequestLimits::initTestCase()
{
    ApiServerOptions options; // the default limits: 1 MiB bodies, 32 KiB heads, depth 32
    options.rateLimits = {0, 1, 0};
    m_server = std::make_unique<ApiServer>(m_clock, nullptr, options);
    addTestRoutes(*m_server, std::make_shared<RouteProbe>());
    const auto port = m_server->listen(*ListenAddress::parse(u"127.0.0.1:0"));
    QVERIFY(port.hasValue());
    m_port = *port;
}

void TestRequestLimits::errorsSpeakTheRequestLanguage_data()
{
    QTest::addColumn<QByteArray>("request"); // raw, without Accept-Language
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QByteArray>("header"); // "Name: value" the answer must carry

    const auto row = [](const char *name, const QByteArray &request, int status, const char *code,
                        const char *english, const char *field = "", const char *reason = "",
                        const QByteArray &header = {}) {
        QTest::newRow(name) << request << status << QString::fromUtf8(code)
                            << QString::fromUtf8(field) << QString::fromUtf8(reason)
                            << QString::fromUtf8(english) << header;
    };
    const auto echo = [](const QByteArray &body, const QList<QByteArray> &headers = {json}) {
        return rawRequest("POST", "/api/v1/test/echo", headers, body);
    };
    const char *notValid = "validation_failed";

    row("unknown route", rawRequest("GET", "/api/v1/nowhere"), 404, "not_found",
        "There is no such resource.");
    row("wrong method", rawRequest("PATCH", "/api/v1/health"), 405, "method_not_allowed",
        "This resource does not accept this method. Allowed: GET.", "", "", "Allow: GET");
    row("malformed json", echo(R"({"name": "a",)"), 400, "invalid_json",
        "The request body is not valid JSON.");
    row("array body", echo("[1, 2]"), 400, "invalid_json",
        "The request body must be a JSON object.");
    row("empty body", echo({}), 400, "invalid_json", "The request body must be a JSON object.");
    row("unknown field", echo(R"({"name": "a", "nmae": "b"})"), 400, notValid,
        "There is no field called \"nmae\" here.", "nmae", "unknown_field");
    row("missing field", echo(R"({"age": 3})"), 400, notValid, "The field \"name\" is required.",
        "name", "missing");
    row("wrong type", echo(R"({"name": 5})"), 400, notValid,
        "The field \"name\" must be of type string.", "name", "wrong_type");
    row("null not allowed", echo(R"({"name": null})"), 400, notValid,
        "The field \"name\" must be of type string.", "name", "wrong_type");
    row("float for integer", echo(R"({"name": "a", "age": 30.5})"), 400, notValid,
        "The field \"age\" must be a whole number.", "age", "not_integer");
    row("integer beyond 64 bits", echo(R"({"name": "a", "age": 1e30})"), 400, notValid,
        "The field \"age\" must be a whole number.", "age", "not_integer");
    row("string for integer", echo(R"({"name": "a", "age": "30"})"), 400, notValid,
        "The field \"age\" must be of type integer.", "age", "wrong_type");
    row("string for number", echo(R"({"name": "a", "score": "5"})"), 400, notValid,
        "The field \"score\" must be of type number.", "score", "wrong_type");
    row("number out of range", echo(R"({"name": "a", "score": 100.5})"), 400, notValid,
        "The field \"score\" must be between 0 and 100.", "score", "out_of_range");
    row("json for a raw body", rawRequest("PUT", "/api/v1/test/raw/x", {json}, "{}"), 415,
        "unsupported_media_type",
        "Send the request body with the header Content-Type: application/octet-stream.");
    row("out of range", echo(R"({"name": "a", "age": 200})"), 400, notValid,
        "The field \"age\" must be between 0 and 150.", "age", "out_of_range");
    row("huge string", echo("{\"name\": \"" + QByteArray(200000, 'x') + "\"}"), 400, notValid,
        "The field \"name\" is too long; at most 50 characters are allowed.", "name", "too_long");
    row("value not allowed", echo(R"({"name": "a", "kind": "robot"})"), 400, notValid,
        "The field \"kind\" must be one of: citizen, company.", "kind", "not_allowed");
    row("nested field missing", echo(R"({"name": "a", "address": {"zone": 1}})"), 400, notValid,
        "The field \"address.city\" is required.", "address.city", "missing");
    row("nested unknown field", echo(R"({"name": "a", "address": {"city": "x", "cty": 1}})"), 400,
        notValid, "There is no field called \"address.cty\" here.", "address.cty", "unknown_field");
    row("array item type", echo(R"({"name": "a", "tags": ["ok", 5]})"), 400, notValid,
        "The field \"tags[1]\" must be of type string.", "tags[1]", "wrong_type");
    row("too many items", echo(R"({"name": "a", "tags": ["a", "b", "c", "d"]})"), 400, notValid,
        "The field \"tags\" has too many items; at most 3 are allowed.", "tags", "too_many_items");
    row("nul character", echo(R"({"name": "a\u0000b"})"), 400, notValid,
        "The field \"name\" contains characters that are not allowed.", "name",
        "invalid_characters");
    row("lone surrogate", echo(R"({"name": "\ud800"})"), 400, notValid,
        "The field \"name\" contains characters that are not allowed.", "name",
        "invalid_characters");
    row("invalid utf-8", echo("{\"name\": \"\xff\xfe\"}"), 400, "invalid_utf8",
        "The request contains text that is not valid UTF-8.");
    row("overlong utf-8", echo("{\"name\": \"\xc0\xaf\"}"), 400, "invalid_utf8",
        "The request contains text that is not valid UTF-8.");
    row("nesting too deep", echo(nested(40)), 400, "json_too_deep",
        "The request body is nested more than 32 levels deep.");
    row("text body", echo(R"({"name": "a"})", {"Content-Type: text/plain"}), 415,
        "unsupported_media_type",
        "Send the request body as JSON, with the header Content-Type: application/json.");
    row("no media type", echo(R"({"name": "a"})", {}), 415, "unsupported_media_type",
        "Send the request body as JSON, with the header Content-Type: application/json.");
    row("json in latin-1", echo(R"({"name": "a"})", {json + "; charset=iso-8859-1"}), 415,
        "unsupported_media_type",
        "Send the request body as JSON, with the header Content-Type: application/json.");
    row("too large by content-length",
        "POST /api/v1/test/echo HTTP/1.1\r\nHost: x\r\n" + json +
            "\r\nContent-Length: 1048577\r\n\r\n",
        413, "payload_too_large", "The request body is too large; the limit is 1,048,576 bytes.");
    row("too large in chunks",
        rawRequest("POST", "/api/v1/test/echo", {json, "Transfer-Encoding: chunked"},
                   chunked(1024 * 1024 + 1), false),
        413, "payload_too_large", "The request body is too large; the limit is 1,048,576 bytes.");
    row("headers too large",
        rawRequest("GET", "/api/v1/health", {"X-Padding: " + QByteArray(40000, 'p')}), 431,
        "headers_too_large", "The request headers are too large.");
    row("bad chunk size",
        rawRequest("POST", "/api/v1/test/echo", {json, "Transfer-Encoding: chunked"},
                   "zz\r\nhello\r\n0\r\n\r\n", false),
        400, "bad_request", "The request is malformed.");
    row("garbage request line", QByteArray("HELLO THERE\r\nHost: x\r\n\r\n"), 400, "bad_request",
        "The request is malformed.");
    row("unsupported http version", QByteArray("GET /api/v1/health HTTP/2.0\r\nHost: x\r\n\r\n"),
        400, "bad_request", "The request is malformed.");
    row("two content lengths",
        rawRequest("POST", "/api/v1/test/echo", {json, "Content-Length: 3", "Content-Length: 4"},
                   "{}", false),
        400, "bad_request", "The request is malformed.");
    row("no token", rawRequest("GET", "/api/v1/test/me"), 401, "unauthorized",
        "Sign in to do this.", "", "", "WWW-Authenticate: Bearer");
    row("wrong token", rawRequest("GET", "/api/v1/test/me", {"Authorization: Bearer nope"}), 401,
        "unauthorized", "Your session has expired or is not valid. Sign in again.", "", "",
        "WWW-Authenticate: Bearer error=\"invalid_token\"");
    row("internal failure", rawRequest("GET", "/api/v1/test/fail"), 500, "internal_error",
        "Something went wrong on the server. Try again; if it happens again, tell the "
        "administrator.");
    row("invalid utf-8 in query", rawRequest("GET", "/api/v1/test/items/1?q=%FF"), 400,
        "invalid_utf8", "The request contains text that is not valid UTF-8.");
    row("invalid utf-8 in path", rawRequest("GET", "/api/v1/test/items/%C0%AF"), 400,
        "invalid_utf8", "The request contains text that is not valid UTF-8.");
    row("unknown query parameter", rawRequest("GET", "/api/v1/test/items/1?colour=red"), 400,
        notValid, "There is no field called \"colour\" here.", "colour", "unknown_field");
}

void TestRequestLimits::errorsSpeakTheRequestLanguage()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QFETCH(QString, english);
    QFETCH(QByteArray, header);

    QString messages[2];
    for (const QByteArray &language : {QByteArray("en"), QByteArray("fa")}) {
        if (code == QLatin1String("internal_error")) {
            QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("failed:")));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("internal_error")));
        }
        QByteArray raw = request;
        raw.insert(raw.indexOf("\r\n") + 2, "Accept-Language: " + language + "\r\n");
        const HttpReply reply = exchangeRaw(m_port, raw);
        QVERIFY2(reply.failure.isEmpty(), qPrintable(reply.failure));
        QCOMPARE(reply.status, status);
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        QCOMPARE(reply.header("content-language"), language);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.errorDetails().value(u"field").toString(), field);
        QCOMPARE(reply.errorDetails().value(u"reason").toString(), reason);
        if (!header.isEmpty()) {
            const QList<QByteArray> parts = header.split(':');
            QCOMPARE(reply.header(parts.first()), header.mid(parts.first().size() + 1).trimmed());
        }
        messages[language == "fa"] = reply.errorMessage();
    }
    QCOMPARE(messages[0], english);
    QVERIFY2(hasPersianLetters(messages[1]), qPrintable(messages[1]));
    QVERIFY(messages[1] != messages[0]);
}

HttpReply TestRequestLimits::post(const QJsonObject &body)
{
    QNetworkRequest request = apiRequest(m_port, QStringLiteral("/api/v1/test/echo"), "en");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/json; charset=utf-8"));
    return exchange(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TestRequestLimits::validBodyIsAccepted()
{
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("مریم احمدی")},
        {QStringLiteral("age"), 30.0}, // an exact integer written as a float is still exact
        {QStringLiteral("score"), 99.5},
        {QStringLiteral("kind"), QStringLiteral("citizen")},
        {QStringLiteral("note"), QJsonValue::Null},
        {QStringLiteral("urgent"), true},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("ب")}},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), QStringLiteral("تهران")},
                                                {QStringLiteral("zone"), 3}}},
        {QStringLiteral("extra"), QJsonObject{{QStringLiteral("anything"), QJsonArray{1, 2}}}},
    };
    const HttpReply reply = post(body);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json(), body);

    // Fifty characters are fifty, whatever the script: Persian letters take two bytes
    // in UTF-8 and emoji two UTF-16 units.
    const QString fifty = QString(25, QChar(0x0634)) + QString::fromUtf8("😀").repeated(25);
    QCOMPARE(post(QJsonObject{{QStringLiteral("name"), fifty}}).status, 201);
    QCOMPARE(post(QJsonObject{{QStringLiteral("name"), fifty + u'x'}}).errorCode(),
             QStringLiteral("validation_failed"));
}

void TestRequestLimits::bodyAtTheLimitIsAccepted()
{
    const QByteArray start = R"({"name":"a","extra":{"blob":")";
    const QByteArray end = R"("}})";
    const qsizetype limit = m_server->options().maxBodyBytes;
    const QByteArray body = start + QByteArray(limit - start.size() - end.size(), 'x') + end;
    QCOMPARE(body.size(), limit);
    const HttpReply accepted =
        exchangeRaw(m_port, rawRequest("POST", "/api/v1/test/echo", {json}, body));
    QCOMPARE(accepted.status, 201);

    const QByteArray oneMore = start + QByteArray(limit - start.size() - end.size() + 1, 'x') + end;
    QCOMPARE(exchangeRaw(m_port, rawRequest("POST", "/api/v1/test/echo", {json}, oneMore)).status,
             413);
}

void TestRequestLimits::bracketsInStringsAreNotNesting()
{
    const QString brackets = QString(40, u'[') + QString(40, u'{');
    const HttpReply reply =
        post(QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                         {QStringLiteral("note"), brackets + QStringLiteral("\\\"") + brackets}});
    QCOMPARE(reply.status, 201);
}

void TestRequestLimits::expectContinueIsRefusedBeforeUpload()
{
    // A client that asks first must hear "no" before sending a byte of the body.
    const HttpReply reply = exchangeRaw(
        m_port, "POST /api/v1/test/echo HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n" + json +
                    "\r\nExpect: 100-continue\r\nContent-Length: 50000000\r\n\r\n");
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(reply.header("connection"), QByteArray("close"));
}

void TestRequestLimits::keepAliveConnectionCarriesManyBodies()
{
    // One QNetworkAccessManager reuses its connection: the guard's framing must follow
    // request after request, chunked or not, large or small.
    QNetworkAccessManager network;
    for (int i = 0; i < 30; ++i) {
        const QByteArray filler((i * 7919) % 60000, 'f');
        QNetworkRequest request = apiRequest(m_port, QStringLiteral("/api/v1/test/echo"), "en");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QByteArray body =
            R"({"name":"n)" + QByteArray::number(i) + R"(","extra":{"f":")" + filler + R"("}})";
        QNetworkReply *reply = network.post(request, body);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"name").toString(),
                 QStringLiteral("n") + QString::number(i));
        delete reply;
    }
}

QTEST_GUILESS_MAIN(TestRequestLimits)
#include "tst_requestlimits.moc"
