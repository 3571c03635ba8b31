// API v1 as clients use it: the server listening on 127.0.0.1, requests over HTTP with
// bearer tokens from a real sign-in, on a real database (SQLite, or PostgreSQL under
// pg_virtualenv). The world is the small municipality of TestWorld.
#include "apiserver.h"
#include "articlesearchroutes.h"
#include "authroutes.h"
#include "blobroutes.h"
#include "caseactionroutes.h"
#include "entityroutes.h"
#include "manualclock.h"
#include "passwordhasher.h"
#include "syncroutes.h"
#include "testworld.h"
#include "trackingcode.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;

namespace {

const QString password = QStringLiteral("Shahrvand-1405");

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers;
};

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signInAndWhoAmI();
    void wrongPasswordsAreThrottledWithoutTellingWhoExists();
    void requestsNeedAValidToken();
    void anotherUnitsRecordsAreNotFound();
    void everyItemRouteHidesWhatTheCallerMayNotSee_data();
    void everyItemRouteHidesWhatTheCallerMayNotSee();
    void createReadUpdateDeleteWithETags();
    void badBodiesAreRefusedWithTheFieldNamed();
    void fieldOfficerGetsMaskedIdentifiers();
    void listsShowOnlyTheFieldsAsked();
    void routesWithoutWritersDoNotAcceptWrites();
    void notificationsOverHttp();
    void trackingCodeProposedOverHttp();
    void syncOverHttp();
    void caseWorkflowOverHttp();
    void filesOverHttp();
    void everyRouteIsDocumented();

private:
    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &rawBody = {}, const QByteArray &contentType = {});
    QString signIn(const char *username);

    std::unique_ptr<Testing::TestWorld> w;
    Testing::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Server::ApiServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

void TestApi::init()
{
    w = std::make_unique<Testing::TestWorld>();
    QVERIFY(w->isValid());
    const QString hash = Auth::PasswordHasher::hash(password).value();
    QSqlQuery query(w->database()->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE users SET password_hash = '%1'").arg(hash)));

    Server::ApiServerOptions options;
    options.rateLimits.requestsPerSecond = 0; // the manual clock never refills a bucket
    options.rateLimits.maxInFlight = 0;
    m_server = std::make_unique<Server::ApiServer>(m_clock, w->database(), options);
    Api::registerAuthRoutes(*m_server, w->database(), m_clock);
    Api::registerEntityRoutes(*m_server, w->database(), m_clock);
    Api::registerSyncRoutes(*m_server, w->database(), m_clock);
    Api::registerBlobRoutes(*m_server, w->database(), m_clock);
    Api::registerCaseActionRoutes(*m_server, w->database(), m_clock);
    Api::registerArticleSearchRoutes(*m_server, w->database());
    const auto port = m_server->listen({QHostAddress(QHostAddress::LocalHost), 0});
    QVERIFY(port.hasValue());
    m_port = *port;
}

void TestApi::cleanup()
{
    m_server.reset();
    w.reset();
}

Reply TestApi::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &rawBody, const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QByteArray payload = rawBody;
    if (rawBody.isEmpty() && (method == "POST" || method == "PATCH" || method == "PUT")) {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    } else if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QString TestApi::signIn(const char *username)
{
    const Reply reply = send("POST", QStringLiteral("/api/v1/auth/login"),
                             {{QStringLiteral("username"), QString::fromLatin1(username)},
                              {QStringLiteral("password"), password}});
    if (reply.status != 200)
        qWarning("sign-in of %s: %d %s", username, reply.status, reply.raw.constData());
    return reply.body.value(u"access_token").toString();
}

void TestApi::signInAndWhoAmI()
{
    const QString token = signIn("supervisor");
    QVERIFY(token.size() >= 43);
    const Reply me = send("GET", QStringLiteral("/api/v1/auth/me"), {}, token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.body.value(u"username").toString(), QStringLiteral("supervisor"));
    QCOMPARE(me.body.value(u"roles").toArray(), QJsonArray{QStringLiteral("supervisor")});

    const Reply out = send("POST", QStringLiteral("/api/v1/auth/logout"), {}, token);
    QCOMPARE(out.status, 204);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/auth/me"), {}, token).status, 401);
}

void TestApi::wrongPasswordsAreThrottledWithoutTellingWhoExists()
{
    auto attempt = [this](const char *username) {
        return send("POST", QStringLiteral("/api/v1/auth/login"),
                    {{QStringLiteral("username"), QString::fromLatin1(username)},
                     {QStringLiteral("password"), QStringLiteral("wrong-password-1")}},
                    {}, {{"Accept-Language", "fa"}});
    };
    const Reply known = attempt("agent-a");
    const Reply unknown = attempt("nobody-at-all");
    QCOMPARE(known.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(known.body.value(u"error").toObject().value(u"code"),
             unknown.body.value(u"error").toObject().value(u"code"));
    QCOMPARE(known.body.value(u"error").toObject().value(u"message"),
             unknown.body.value(u"error").toObject().value(u"message"));
    for (int i = 0; i < 5; ++i)
        attempt("agent-a");
    const Reply throttled = attempt("agent-a");
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.headers.value("retry-after").toInt() >= 1);
}

void TestApi::requestsNeedAValidToken()
{
    QCOMPARE(send("GET", QStringLiteral("/api/v1/cases")).status, 401);
    const Reply bad = send("GET", QStringLiteral("/api/v1/cases"), {},
                           QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(bad.status, 401);
    QVERIFY(bad.headers.value("www-authenticate").startsWith("Bearer"));
}

void TestApi::anotherUnitsRecordsAreNotFound()
{
    const QString agentA = signIn("agent-a");
    const QString agentB = signIn("agent-b");
    QCOMPARE(send("GET", QStringLiteral("/api/v1/cases/%1").arg(w->caseA), {}, agentA).status, 200);
    for (const QString &path : {QStringLiteral("/api/v1/cases/%1").arg(w->caseA),
                                QStringLiteral("/api/v1/expense_claims/%1").arg(w->claimA),
                                QStringLiteral("/api/v1/missions/%1").arg(w->mission)}) {
        const Reply reply = send("GET", path, {}, agentB);
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.raw.contains("AAA-AAA-AAA"));
    }
    const Reply patch = send("PATCH", QStringLiteral("/api/v1/cases/%1").arg(w->caseA),
                             {{QStringLiteral("priority"), QStringLiteral("low")}}, agentB);
    QCOMPARE(patch.status, 404);
    const Reply list = send("GET", QStringLiteral("/api/v1/cases"), {}, agentB);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.body.value(u"items").toArray().size(), 1);
}

void TestApi::everyItemRouteHidesWhatTheCallerMayNotSee_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("row"); // a name the test resolves in the world

    // Each row exists and is visible to someone, but not to `user`.
    QTest::newRow("case of another team") << "agent-b"
                                          << "cases"
                                          << "caseA";
    QTest::newRow("note of another team's case") << "agent-b"
                                                 << "case_notes"
                                                 << "noteA";
    QTest::newRow("history of another team's case") << "agent-b"
                                                    << "case_status_history"
                                                    << "historyA";
    QTest::newRow("mission not sent on") << "agent-a"
                                         << "missions"
                                         << "mission";
    QTest::newRow("assignee of that mission") << "agent-a"
                                              << "mission_assignees"
                                              << "assignee";
    QTest::newRow("case of that mission") << "agent-a"
                                          << "mission_cases"
                                          << "missionCase";
    QTest::newRow("someone else's claim") << "agent-b"
                                          << "expense_claims"
                                          << "claimA";
    QTest::newRow("officer's claim to agent") << "agent-a"
                                              << "expense_claims"
                                              << "claimOfficer";
    QTest::newRow("draft article") << "agent-a"
                                   << "knowledge_articles"
                                   << "draft";
    QTest::newRow("citizen off the officer's missions") << "officer"
                                                        << "citizens"
                                                        << "citizen1";
    QTest::newRow("case off the officer's missions") << "officer"
                                                     << "cases"
                                                     << "caseA";
    QTest::newRow("case to finance") << "financier"
                                     << "cases"
                                     << "caseB";
    QTest::newRow("citizen to a knowledge author") << "author"
                                                   << "citizens"
                                                   << "citizen2";
    QTest::newRow("another user's notification") << "agent-b"
                                                 << "notifications"
                                                 << "noticeA";
}

void TestApi::everyItemRouteHidesWhatTheCallerMayNotSee()
{
    QFETCH(QString, user);
    QFETCH(QString, entity);
    QFETCH(QString, row);
    const QHash<QString, qint64> rows{
        {QStringLiteral("caseA"), w->caseA},
        {QStringLiteral("caseB"), w->caseB},
        {QStringLiteral("mission"), w->mission},
        {QStringLiteral("claimA"), w->claimA},
        {QStringLiteral("claimOfficer"), w->claimOfficer},
        {QStringLiteral("draft"), w->draft},
        {QStringLiteral("citizen1"), w->citizen1},
        {QStringLiteral("citizen2"), w->citizen2},
        {QStringLiteral("noteA"),
         w->insert("case_notes", {{QStringLiteral("case_id"), w->caseA},
                                  {QStringLiteral("body"), QStringLiteral("x")}})},
        {QStringLiteral("historyA"),
         w->insert("case_status_history", {{QStringLiteral("case_id"), w->caseA},
                                           {QStringLiteral("to_status"), QStringLiteral("new")},
                                           {QStringLiteral("changed_at"), 1}})},
        {QStringLiteral("noticeA"),
         w->insert("notifications", {{QStringLiteral("user_id"), w->agentAId},
                                     {QStringLiteral("case_id"), w->caseA},
                                     {QStringLiteral("kind"), QStringLiteral("sla_warning")},
                                     {QStringLiteral("clock"), QStringLiteral("resolution")}})}};
    qint64 id = rows.value(row);
    if (row == u"assignee" || row == u"missionCase") {
        QSqlQuery query(w->database()->connection());
        query.exec(row == u"assignee" ? QStringLiteral("SELECT id FROM mission_assignees")
                                      : QStringLiteral("SELECT id FROM mission_cases"));
        QVERIFY(query.next());
        id = query.value(0).toLongLong();
    }
    QVERIFY(id > 0);
    const QString token = signIn(user.toLatin1().constData());
    const QString path = QStringLiteral("/api/v1/%1/%2").arg(entity).arg(id);
    const Reply get = send("GET", path, {}, token);
    QCOMPARE(get.status, 404);
    QCOMPARE(get.body.value(u"error").toObject().value(u"code").toString(),
             QStringLiteral("not_found"));
    // Writes are refused the same way (or the route takes no writes at all).
    for (const QByteArray &method : {QByteArrayLiteral("PATCH"), QByteArrayLiteral("DELETE")}) {
        const int status = send(method, path, {}, token).status;
        QVERIFY2(status == 404 || status == 405, qPrintable(QString::number(status)));
    }
}

void TestApi::createReadUpdateDeleteWithETags()
{
    const QString token = signIn("agent-a");
    const Reply created =
        send("POST", QStringLiteral("/api/v1/cases"),
             {{QStringLiteral("service_id"), w->service},
              {QStringLiteral("channel"), QStringLiteral("phone")},
              {QStringLiteral("team_id"), w->teamA},
              {QStringLiteral("subject"), QStringLiteral("آب‌گرفتگی معبر")},
              {QStringLiteral("latitude"), 32.6546}},
             token);
    QCOMPARE(created.status, 201);
    const qint64 id = created.body.value(u"id").toInteger();
    QCOMPARE(created.headers.value("location"),
             QStringLiteral("/api/v1/cases/%1").arg(id).toLatin1());
    const QByteArray etag = created.headers.value("etag");
    QVERIFY(!etag.isEmpty());
    QVERIFY(!created.body.value(u"tracking_code").toString().isEmpty());
    QCOMPARE(created.body.value(u"latitude").toDouble(), 32.6546);

    const Reply updated =
        send("PATCH", QStringLiteral("/api/v1/cases/%1").arg(id),
             {{QStringLiteral("priority"), QStringLiteral("urgent")}}, token, {{"If-Match", etag}});
    QCOMPARE(updated.status, 200);
    QVERIFY(updated.headers.value("etag") != etag);
    const Reply stale =
        send("PATCH", QStringLiteral("/api/v1/cases/%1").arg(id),
             {{QStringLiteral("priority"), QStringLiteral("low")}}, token, {{"If-Match", etag}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.body.value(u"error").toObject().value(u"code").toString(),
             QStringLiteral("precondition_failed"));
    QCOMPARE(stale.headers.value("etag"), updated.headers.value("etag"));

    const Reply search =
        send("GET",
             QStringLiteral("/api/v1/cases?q=%1")
                 .arg(QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("آبگرفتگي")))),
             {}, token);
    QCOMPARE(search.status, 200);
    QCOMPARE(search.body.value(u"items").toArray().size(), 1);

    QCOMPARE(send("DELETE", QStringLiteral("/api/v1/cases/%1").arg(id), {}, token).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/cases/%1").arg(id), {}, token).status, 404);
}

void TestApi::badBodiesAreRefusedWithTheFieldNamed()
{
    const QString token = signIn("agent-a");
    const QList<QPair<QJsonObject, QString>> cases{
        {{{QStringLiteral("service_id"), w->service},
          {QStringLiteral("channel"), QStringLiteral("phone")},
          {QStringLiteral("colour"), QStringLiteral("red")}},
         QStringLiteral("colour")},
        {{{QStringLiteral("service_id"), 1.5},
          {QStringLiteral("channel"), QStringLiteral("phone")}},
         QStringLiteral("service_id")},
        {{{QStringLiteral("service_id"), w->service},
          {QStringLiteral("channel"), QStringLiteral("phone")},
          {QStringLiteral("latitude"), QStringLiteral("north")}},
         QStringLiteral("latitude")},
        {{{QStringLiteral("channel"), QStringLiteral("phone")}}, QStringLiteral("service_id")},
        {{{QStringLiteral("service_id"), w->service},
          {QStringLiteral("channel"), QStringLiteral("pigeon")}},
         QStringLiteral("channel")},
    };
    for (const auto &[body, field] : cases) {
        const Reply reply = send("POST", QStringLiteral("/api/v1/cases"), body, token);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.raw.contains(field.toUtf8()), reply.raw.constData());
    }
    const Reply citizen = send("POST", QStringLiteral("/api/v1/citizens"),
                               {{QStringLiteral("national_id"), QStringLiteral("1234567890")}},
                               token, {{"Accept-Language", "fa"}});
    QCOMPARE(citizen.status, 400);
    QVERIFY(citizen.raw.contains("national_id"));
}

void TestApi::fieldOfficerGetsMaskedIdentifiers()
{
    const Reply officer = send("GET", QStringLiteral("/api/v1/citizens"), {}, signIn("officer"));
    QCOMPARE(officer.status, 200);
    const QJsonArray items = officer.body.value(u"items").toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[u"national_id"].toString(), QStringLiteral("******9828"));
    QVERIFY(!officer.raw.contains("0067749828"));
}

void TestApi::listsShowOnlyTheFieldsAsked()
{
    // A queue asks for its columns only; every row has exactly those keys, with the
    // values of the full row.
    const QString token = signIn("agent-a");
    const QStringList queue{QStringLiteral("tracking_code"),
                            QStringLiteral("citizen_id"),
                            QStringLiteral("service_id"),
                            QStringLiteral("status"),
                            QStringLiteral("priority"),
                            QStringLiteral("resolution_due_at"),
                            QStringLiteral("owner_id"),
                            QStringLiteral("team_id"),
                            QStringLiteral("created_at"),
                            QStringLiteral("channel"),
                            QStringLiteral("id"),
                            QStringLiteral("version")};
    const Reply full = send("GET", QStringLiteral("/api/v1/cases"), {}, token);
    const Reply projected = send(
        "GET", QStringLiteral("/api/v1/cases?fields=") + queue.join(QLatin1Char(',')), {}, token);
    QCOMPARE(projected.status, 200);
    const QJsonArray fullItems = full.body.value(u"items").toArray();
    const QJsonArray items = projected.body.value(u"items").toArray();
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.size(), fullItems.size());
    QStringList sorted = queue;
    sorted.sort();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.keys(), sorted);
        for (const QString &key : queue)
            QCOMPARE(item.value(key), fullItems.at(i).toObject().value(key));
    }
    QCOMPARE(projected.body.value(u"next_after"), full.body.value(u"next_after"));
    // Naming none is asking for every key.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/cases?fields=,"), {}, token).raw, full.raw);

    // Masking holds in a projection.
    const Reply officer = send("GET", QStringLiteral("/api/v1/citizens?fields=id,national_id"), {},
                               signIn("officer"));
    QCOMPARE(officer.status, 200);
    const QJsonArray citizens = officer.body.value(u"items").toArray();
    QCOMPARE(citizens.size(), 1);
    QCOMPARE(citizens.first().toObject().keys(),
             QStringList({QStringLiteral("id"), QStringLiteral("national_id")}));
    QCOMPARE(citizens.first()[u"national_id"].toString(), QStringLiteral("******9828"));
    QVERIFY(!officer.raw.contains("0067749828"));

    // An unknown name is refused, named, in the caller's language.
    const Reply bad = send("GET", QStringLiteral("/api/v1/cases?fields=id,colour"), {}, token,
                           {{"Accept-Language", "fa"}});
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.raw.contains("unknown_field"), bad.raw.constData());
    QVERIFY2(bad.raw.contains("colour"), bad.raw.constData());
    QVERIFY2(bad.raw.contains("فیلدی به نام"), bad.raw.constData());
    QCOMPARE(send("GET", QStringLiteral("/api/v1/cases?fields=search_text"), {}, token).status,
             400);
}

void TestApi::routesWithoutWritersDoNotAcceptWrites()
{
    const QString token = signIn("financier");
    const Reply reply = send("POST", QStringLiteral("/api/v1/case_status_history"), {}, token);
    QCOMPARE(reply.status, 405);
    // Approval steps are changed (decisions), never created or deleted by a client.
    QCOMPARE(send("POST", QStringLiteral("/api/v1/approval_steps"),
                  {{QStringLiteral("decision"), QStringLiteral("approved")}}, token)
                 .status,
             405);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/cases"),
                  {{QStringLiteral("service_id"), w->service},
                   {QStringLiteral("channel"), QStringLiteral("web")}},
                  token)
                 .status,
             403);
}

void TestApi::notificationsOverHttp()
{
    const qint64 id =
        w->insert("notifications", {{QStringLiteral("user_id"), w->agentAId},
                                    {QStringLiteral("case_id"), w->caseA},
                                    {QStringLiteral("kind"), QStringLiteral("sla_breach")},
                                    {QStringLiteral("clock"), QStringLiteral("resolution")}});
    QVERIFY(id > 0);
    const QString token = signIn("agent-a");
    const QString path = QStringLiteral("/api/v1/notifications/%1").arg(id);
    const Reply list = send("GET", QStringLiteral("/api/v1/notifications"), {}, token);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.body.value(u"items").toArray().size(), 1);
    QCOMPARE(list.body[u"items"][0][u"kind"].toString(), u"sla_breach"_qs);

    // Clients only mark them read.
    const Reply read = send("PATCH", path, {{QStringLiteral("read_at"), 1795000000000LL}}, token);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body.value(u"read_at").toInteger(), 1795000000000LL);
    const Reply kind =
        send("PATCH", path, {{QStringLiteral("kind"), QStringLiteral("sla_warning")}}, token);
    QCOMPARE(kind.status, 400);
    QCOMPARE(kind.body[u"error"][u"details"][u"field"].toString(), u"kind"_qs);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/notifications"), {{QStringLiteral("read_at"), 1}},
                  token)
                 .status,
             405);
    QCOMPARE(send("DELETE", path, {}, token).status, 405);
    // Another user does not find it at all.
    QCOMPARE(send("PATCH", path, {{QStringLiteral("read_at"), 1}}, signIn("agent-b")).status, 404);
}

void TestApi::trackingCodeProposedOverHttp()
{
    const QString token = signIn("agent-a");
    const TrackingCode code = TrackingCode::generate(*QRandomGenerator::global());
    const auto create = [&] {
        return send("POST", QStringLiteral("/api/v1/cases"),
                    {{QStringLiteral("service_id"), w->service},
                     {QStringLiteral("channel"), QStringLiteral("phone")},
                     {QStringLiteral("tracking_code"), code.displayForm()}},
                    token);
    };
    const Reply kept = create();
    QCOMPARE(kept.status, 201);
    QCOMPARE(kept.body.value(u"tracking_code").toString(), code.compact());
    // The same code again (another laptop drew it): another code, not a refusal.
    const Reply created = create();
    QCOMPARE(created.status, 201);
    const QString given = created.body.value(u"tracking_code").toString();
    QVERIFY(TrackingCode::parse(given).hasValue());
    QVERIFY(given != code.compact());
    const Reply invalid = send("POST", QStringLiteral("/api/v1/cases"),
                               {{QStringLiteral("service_id"), w->service},
                                {QStringLiteral("channel"), QStringLiteral("phone")},
                                {QStringLiteral("tracking_code"), QStringLiteral("ABC")}},
                               token);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.body[u"error"][u"details"][u"fields"][0][u"field"].toString(),
             u"tracking_code"_qs);
    QCOMPARE(invalid.body[u"error"][u"details"][u"fields"][0][u"reason"].toString(),
             u"invalid_tracking_code"_qs);
    const Reply changed =
        send("PATCH", QStringLiteral("/api/v1/cases/%1").arg(created.body[u"id"].toInteger()),
             {{QStringLiteral("tracking_code"), given}}, token);
    QCOMPARE(changed.status, 400);
    QCOMPARE(changed.body[u"error"][u"details"][u"reason"].toString(), u"unknown_field"_qs);
}

void TestApi::syncOverHttp()
{
    const QString token = signIn("agent-a");
    const Reply pull =
        send("GET", QStringLiteral("/api/v1/sync/changes?cursor=0&limit=1000"), {}, token);
    QCOMPARE(pull.status, 200);
    QVERIFY(pull.body.value(u"changes").toArray().size() > 10);
    const qint64 cursor = pull.body.value(u"cursor").toInteger();

    const QJsonObject batch{
        {QStringLiteral("mutations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("client_mutation_id"), QStringLiteral("laptop-1")},
             {QStringLiteral("entity"), QStringLiteral("case_notes")},
             {QStringLiteral("op"), QStringLiteral("create")},
             {QStringLiteral("fields"),
              QJsonObject{{QStringLiteral("case_id"), w->caseA},
                          {QStringLiteral("body"), QStringLiteral("یادداشت آفلاین")}}}}}}};
    const Reply pushed = send("POST", QStringLiteral("/api/v1/sync/push"), batch, token);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.body.value(u"results").toArray().first()[u"status"].toString(),
             QStringLiteral("applied"));
    QCOMPARE(send("POST", QStringLiteral("/api/v1/sync/push"), batch, token).body, pushed.body);

    const Reply next =
        send("GET", QStringLiteral("/api/v1/sync/changes?cursor=%1").arg(cursor), {}, token);
    QCOMPARE(next.body.value(u"changes").toArray().size(), 1);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/sync/changes?cursor=-1"), {}, token).status, 400);
}

void TestApi::caseWorkflowOverHttp()
{
    const QString token = signIn("agent-a");
    // The agent takes the caller's case: created assigned to them.
    const Reply created = send("POST", QStringLiteral("/api/v1/cases"),
                               {{QStringLiteral("service_id"), w->service},
                                {QStringLiteral("channel"), QStringLiteral("phone")},
                                {QStringLiteral("team_id"), w->teamA},
                                {QStringLiteral("owner_id"), w->agentAId}},
                               token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body.value(u"status").toString(), QStringLiteral("assigned"));
    const qint64 id = created.body.value(u"id").toInteger();
    const QString actions = QStringLiteral("/api/v1/cases/%1/actions").arg(id);

    const Reply allowed = send("GET", actions, {}, token);
    QCOMPARE(allowed.status, 200);
    const QJsonArray codes = allowed.body.value(u"actions").toArray();
    QVERIFY(codes.contains(QStringLiteral("start")));
    QVERIFY(!codes.contains(QStringLiteral("close")));

    // An illegal change by PATCH: 409, in the caller's language, with the codes.
    const Reply refused = send("PATCH", QStringLiteral("/api/v1/cases/%1").arg(id),
                               {{QStringLiteral("status"), QStringLiteral("closed")}}, token,
                               {{"Accept-Language", "en"}});
    QCOMPARE(refused.status, 409);
    const QJsonObject error = refused.body.value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("case_action_refused"));
    QCOMPARE(error.value(u"message").toString(),
             QStringLiteral("This change is not possible in the case's current status."));
    QCOMPARE(error[u"details"][u"reason"].toString(), QStringLiteral("not_allowed_in_status"));
    QCOMPARE(error[u"details"][u"action"].toString(), QStringLiteral("close"));

    // The action endpoint: a missing reason is a field error; a legal action changes the case.
    const Reply noReason =
        send("POST", actions, {{QStringLiteral("action"), u"escalate"_qs}}, token);
    QCOMPARE(noReason.status, 400);
    QCOMPARE(noReason.body[u"error"][u"details"][u"fields"][0][u"field"].toString(),
             QStringLiteral("status_reason"));
    QCOMPARE(send("POST", actions, {{QStringLiteral("action"), u"fly"_qs}}, token).status, 400);
    const Reply started = send("POST", actions, {{QStringLiteral("action"), u"start"_qs}}, token,
                               {{"If-Match", created.headers.value("etag")}});
    QCOMPARE(started.status, 200);
    QCOMPARE(started.body.value(u"status").toString(), QStringLiteral("in_progress"));
    QVERIFY(started.headers.value("etag") != created.headers.value("etag"));
    // If-Match with the old version: the case has moved on.
    QCOMPARE(send("POST", actions, {{QStringLiteral("action"), u"wait_for_citizen"_qs}}, token,
                  {{"If-Match", created.headers.value("etag")}})
                 .status,
             412);
    const Reply history =
        send("GET", QStringLiteral("/api/v1/case_status_history?case_id=%1").arg(id), {}, token);
    QCOMPARE(history.status, 200);
    QCOMPARE(history.body.value(u"items").toArray().size(), 2);
}

void TestApi::filesOverHttp()
{
    const QString agentA = signIn("agent-a");
    QByteArray file("%PDF-1.7\nرسید");
    file.append(QByteArray(20000, 'x'));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    const Reply begun = send("POST", QStringLiteral("/api/v1/blobs"),
                             {{QStringLiteral("sha256"), sha},
                              {QStringLiteral("size"), file.size()},
                              {QStringLiteral("content_type"), QStringLiteral("application/pdf")}},
                             agentA);
    QCOMPARE(begun.status, 200);
    const Reply first = send("PUT", QStringLiteral("/api/v1/blobs/%1/chunks/0").arg(sha), {},
                             agentA, {}, file.left(10000), "application/octet-stream");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(u"received").toInteger(), 10000);
    const Reply wrong = send("PUT", QStringLiteral("/api/v1/blobs/%1/chunks/0").arg(sha), {},
                             agentA, {}, file.left(10000), "application/octet-stream");
    QCOMPARE(wrong.status, 409);
    const Reply last = send("PUT", QStringLiteral("/api/v1/blobs/%1/chunks/10000").arg(sha), {},
                            agentA, {}, file.mid(10000), "application/octet-stream");
    QCOMPARE(last.body.value(u"complete").toBool(), true);

    const Reply content =
        send("GET", QStringLiteral("/api/v1/blobs/%1/content").arg(sha), {}, agentA);
    QCOMPARE(content.status, 200);
    QCOMPARE(content.raw, file);
    QVERIFY(content.headers.value("content-type").startsWith("application/pdf"));
    QCOMPARE(send("GET", QStringLiteral("/api/v1/blobs/%1/content").arg(sha), {}, signIn("agent-b"))
                 .status,
             404);
}

void TestApi::everyRouteIsDocumented()
{
    const Reply document = send("GET", QStringLiteral("/api/v1/openapi.json"));
    QCOMPARE(document.status, 200);
    const QJsonObject paths = document.body.value(u"paths").toObject();
    // OpenAPI writes parameters without the router's type: {id:int} is {id}.
    static const QRegularExpression typed(QStringLiteral(":[a-z]+\\}"));
    QVERIFY(m_server->routes().size() > 100);
    for (const Server::RouteSpec &route : m_server->routes()) {
        const QString path = QString(route.path).replace(typed, QStringLiteral("}"));
        QVERIFY2(paths.contains(path), qPrintable(path));
        QVERIFY2(paths.value(path).toObject().contains(Server::methodName(route.method).toLower()),
                 qPrintable(path));
    }
    QVERIFY(paths.contains(QStringLiteral("/api/v1/cases/{id}")));
    QVERIFY(paths.contains(QStringLiteral("/api/v1/sync/push")));
    QVERIFY(paths.value(QStringLiteral("/api/v1/articles/search")).toObject().contains(u"get"));
    QVERIFY(paths.value(QStringLiteral("/api/v1/cases/{id}/actions")).toObject().contains(u"post"));
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
