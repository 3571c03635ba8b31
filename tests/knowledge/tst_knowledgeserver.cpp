// The knowledge base on the server: the article rules in the entity store (lifecycle,
// proposals, versions, sanitized bodies, resolved-case counts) and the search endpoint,
// against the real server on loopback and a real database (SQLite, or PostgreSQL under
// pg_virtualenv). The world is TestWorld's municipality, with a knowledge approver added.
#include "apiserver.h"
#include "articlesearchroutes.h"
#include "authroutes.h"
#include "entitydef.h"
#include "entityroutes.h"
#include "entitystore.h"
#include "manualclock.h"
#include "passwordhasher.h"
#include "syncroutes.h"
#include "testworld.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace Shahrvand;
using EntityStore::StoreError;

namespace {

const QString password = QStringLiteral("Shahrvand-1405");

const Entities::EntityDef &entity(const char *name)
{
    return *Entities::findEntity(QString::fromLatin1(name));
}

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestKnowledgeServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bodiesAreSanitizedAndIndexed();
    void lifecycleRefusals();
    void refusalOverHttp();
    void refusalInASyncPush();
    void agentsProposeInReviewOnly();
    void versionsOnEditAndPublish();
    void resolvedCasesAreCounted();
    void resolvingACaseWithAnArticleCountsIt();
    void searchFindsHostileSpellings_data();
    void searchFindsHostileSpellings();
    void searchRanksTitleFirstAndPages();
    void searchKeepsToTheCallersScope();
    void searchRefusesBadInput();

private:
    // The article's way to the agents' screens through the store, as its author and an
    // approver take it; returns its id.
    qint64 publish(const QString &title, const QString &body, const QString &keywords = {});
    QJsonObject create(const Access::Principal &actor, const QJsonObject &input);
    Expected<QJsonObject, StoreError> update(const Access::Principal &actor, qint64 id,
                                             const QJsonObject &input);
    qint64 number(const QString &sql, const QVariantList &values = {});
    Reply search(const QString &user, const QMap<QString, QString> &params);
    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body,
               const QString &user);
    QString signIn(const QString &username);

    std::unique_ptr<Testing::TestWorld> w;
    Testing::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<EntityStore::Store> m_store;
    std::unique_ptr<Server::ApiServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens;
    Access::Principal m_approver;
};

void TestKnowledgeServer::init()
{
    w = std::make_unique<Testing::TestWorld>();
    QVERIFY(w->isValid());
    const qint64 approverId =
        w->insert("users", {{QStringLiteral("username"), QStringLiteral("approver")},
                            {QStringLiteral("display_name"), QStringLiteral("approver")},
                            {QStringLiteral("password_hash"), QStringLiteral("x")}});
    QVERIFY(approverId > 0);
    QSqlQuery query(w->database()->connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (%1, 'knowledge_approver')")
            .arg(approverId)));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO user_units (user_id, unit_id) VALUES (%1, %2)")
                           .arg(approverId)
                           .arg(w->services)));
    const QString hash = Auth::PasswordHasher::hash(password).value();
    QVERIFY(query.exec(QStringLiteral("UPDATE users SET password_hash = '%1'").arg(hash)));
    m_approver.userId = UserId(approverId);
    m_approver.username = QStringLiteral("approver");
    m_approver.roles = {Access::Role::KnowledgeApprover};
    m_approver.units = {OrgUnitId(w->services)};
    m_approver.visibleUnits = m_approver.units;

    m_store = std::make_unique<EntityStore::Store>(w->database(), m_clock);
    Server::ApiServerOptions options;
    options.rateLimits.requestsPerSecond = 0; // the manual clock never refills a bucket
    options.rateLimits.maxInFlight = 0;
    m_server = std::make_unique<Server::ApiServer>(m_clock, w->database(), options);
    Api::registerAuthRoutes(*m_server, w->database(), m_clock);
    Api::registerEntityRoutes(*m_server, w->database(), m_clock);
    Api::registerSyncRoutes(*m_server, w->database(), m_clock);
    Api::registerArticleSearchRoutes(*m_server, w->database());
    const auto port = m_server->listen({QHostAddress(QHostAddress::LocalHost), 0});
    QVERIFY(port.hasValue());
    m_port = *port;
}

void TestKnowledgeServer::cleanup()
{
    m_tokens.clear();
    m_server.reset();
    m_store.reset();
    w.reset();
}

QJsonObject TestKnowledgeServer::create(const Access::Principal &actor, const QJsonObject &input)
{
    QJsonObject row = input;
    if (!row.contains(u"article_type"))
        row.insert(QStringLiteral("article_type"), QStringLiteral("article"));
    const auto created = m_store->create(actor, entity("knowledge_articles"), row, u"test"_qs);
    if (!created) {
        qWarning() << "create refused:" << int(created.error().kind) << created.error().refusalCode
                   << created.error().detail;
        return {};
    }
    return *created;
}

Expected<QJsonObject, StoreError> TestKnowledgeServer::update(const Access::Principal &actor,
                                                              qint64 id, const QJsonObject &input)
{
    return m_store->update(actor, entity("knowledge_articles"), id, input, std::nullopt,
                           u"test"_qs);
}

qint64 TestKnowledgeServer::publish(const QString &title, const QString &body,
                                    const QString &keywords)
{
    const QJsonObject created = create(w->author, {{QStringLiteral("title"), title},
                                                   {QStringLiteral("body"), body},
                                                   {QStringLiteral("keywords"), keywords}});
    const qint64 id = created.value(u"id").toInteger();
    for (const auto &[who, status] :
         {std::pair{&w->author, u"in_review"_qs}, std::pair{&m_approver, u"approved"_qs},
          std::pair{&m_approver, u"published"_qs}}) {
        const auto moved = update(*who, id, {{QStringLiteral("status"), status}});
        if (!moved) {
            qWarning() << "publishing refused at" << status << moved.error().refusalCode;
            return 0;
        }
    }
    return id;
}

qint64 TestKnowledgeServer::number(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString TestKnowledgeServer::signIn(const QString &username)
{
    if (m_tokens.contains(username))
        return m_tokens.value(username);
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/auth/login").arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                          {QStringLiteral("password"), password}})
                                    .toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString token =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token").toString();
    reply->deleteLater();
    m_tokens.insert(username, token);
    return token;
}

Reply TestKnowledgeServer::search(const QString &user, const QMap<QString, QString> &params)
{
    QUrlQuery query;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/articles/search").arg(m_port));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + signIn(user).toLatin1());
    QNetworkReply *reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

Reply TestKnowledgeServer::send(const QByteArray &method, const QString &path,
                                const QJsonObject &body, const QString &user)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + signIn(user).toLatin1());
    request.setRawHeader("Accept-Language", "en");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(
        request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

void TestKnowledgeServer::bodiesAreSanitizedAndIndexed()
{
    const QJsonObject created =
        create(w->author, {{QStringLiteral("title"), str("راهنمای پرداخت")},
                           {QStringLiteral("body"),
                            str("<p dir='rtl' onclick='x()'>پرداخت <span style=\" "
                                "font-weight:700;\">عوارض</span></p><script>alert(1)</script>")},
                           {QStringLiteral("keywords"), str("قبض")}});
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.value(u"body").toString(), str("<p dir=\"rtl\">پرداخت <b>عوارض</b></p>"));
    QCOMPARE(created.value(u"status").toString(), QStringLiteral("draft"));
    QCOMPARE(created.value(u"author_id").toInteger(), w->authorId);
    QCOMPARE(created.value(u"major_version").toInt(), 0);
    QCOMPARE(created.value(u"minor_version").toInt(), 1);
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("SELECT search_text FROM knowledge_articles WHERE id = ?"));
    query.addBindValue(created.value(u"id").toInteger());
    QVERIFY(query.exec() && query.next());
    // Title, keywords, then the body's words: no markup, no script.
    QCOMPARE(query.value(0).toString(), str("راهنمای پرداخت قبض پرداخت عوارض"));
}

void TestKnowledgeServer::lifecycleRefusals()
{
    const qint64 id =
        create(w->author, {{QStringLiteral("title"), str("مقاله")}}).value(u"id").toInteger();
    QVERIFY(id > 0);
    const auto refusal = [&](const Access::Principal &actor, const QJsonObject &input) {
        const auto result = update(actor, id, input);
        if (result)
            return QStringLiteral("accepted");
        return result.error().kind == StoreError::Kind::Refused
                   ? result.error().refusalCode
                   : QStringLiteral("kind %1").arg(int(result.error().kind));
    };
    // No skipping steps, not even by an approver.
    QCOMPARE(refusal(m_approver, {{QStringLiteral("status"), u"published"_qs}}),
             QStringLiteral("transition_not_allowed"));
    QCOMPARE(refusal(w->author, {{QStringLiteral("status"), u"in_review"_qs}}),
             QStringLiteral("accepted"));
    // The author does not approve their own article.
    QCOMPARE(refusal(w->author, {{QStringLiteral("status"), u"approved"_qs}}),
             QStringLiteral("knowledge_approver_only"));
    QCOMPARE(refusal(m_approver, {{QStringLiteral("status"), u"approved"_qs}}),
             QStringLiteral("accepted"));
    // What was approved is what is published: no edits now, by anyone.
    QCOMPARE(refusal(m_approver, {{QStringLiteral("body"), u"<p>changed</p>"_qs}}),
             QStringLiteral("text_locked"));
    QCOMPARE(refusal(w->author, {{QStringLiteral("title"), u"changed"_qs}}),
             QStringLiteral("text_locked"));
    // Sending the same text again is no edit.
    QCOMPARE(refusal(w->author, {{QStringLiteral("title"), str("مقاله")}}),
             QStringLiteral("accepted"));
    QCOMPARE(refusal(w->author, {{QStringLiteral("status"), u"published"_qs}}),
             QStringLiteral("knowledge_approver_only"));
    QCOMPARE(refusal(m_approver, {{QStringLiteral("status"), u"published"_qs}}),
             QStringLiteral("accepted"));
    // The agents see it now, and still may not touch it.
    QCOMPARE(refusal(w->agentA, {{QStringLiteral("status"), u"archived"_qs}}),
             QStringLiteral("knowledge_editors_only"));
    QCOMPARE(refusal(w->agentA, {{QStringLiteral("title"), u"x"_qs}}),
             QStringLiteral("knowledge_editors_only"));
    const auto removed =
        m_store->remove(w->agentA, entity("knowledge_articles"), id, std::nullopt, u"test"_qs);
    QVERIFY(!removed);
    QCOMPARE(removed.error().refusalCode, QStringLiteral("knowledge_editors_only"));
    // A new version is written as a draft again.
    QCOMPARE(refusal(w->author, {{QStringLiteral("status"), u"draft"_qs}}),
             QStringLiteral("accepted"));
    QCOMPARE(refusal(w->author, {{QStringLiteral("title"), u"changed"_qs}}),
             QStringLiteral("accepted"));
    // A new article is not created published.
    const auto direct = m_store->create(m_approver, entity("knowledge_articles"),
                                        {{QStringLiteral("article_type"), u"faq"_qs},
                                         {QStringLiteral("title"), u"t"_qs},
                                         {QStringLiteral("status"), u"published"_qs}},
                                        u"test"_qs);
    QVERIFY(!direct);
    QCOMPARE(direct.error().refusalCode, QStringLiteral("initial_status_not_allowed"));
}

void TestKnowledgeServer::refusalOverHttp()
{
    const qint64 id = create(w->author, {{QStringLiteral("title"), str("مقاله")},
                                         {QStringLiteral("status"), u"in_review"_qs}})
                          .value(u"id")
                          .toInteger();
    const Reply reply = send("PATCH", QStringLiteral("/api/v1/knowledge_articles/%1").arg(id),
                             {{QStringLiteral("status"), u"approved"_qs}}, u"author"_qs);
    QCOMPARE(reply.status, 409);
    const QJsonObject error = reply.body.value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("article_action_refused"));
    QCOMPARE(error[u"details"][u"reason"].toString(), QStringLiteral("knowledge_approver_only"));
    QCOMPARE(error[u"details"][u"action"].toString(), QStringLiteral("approve"));
    QCOMPARE(error[u"details"][u"status"].toString(), QStringLiteral("in_review"));
    QVERIFY(error.value(u"message").toString().contains(u"knowledge approver"));
}

void TestKnowledgeServer::refusalInASyncPush()
{
    // An agent's proposal written offline arrives by push, in review.
    const auto push = [this](const QString &user, const QJsonObject &mutation) {
        const Reply reply = send("POST", QStringLiteral("/api/v1/sync/push"),
                                 {{QStringLiteral("mutations"), QJsonArray{mutation}}}, user);
        return reply.body.value(u"results").toArray().first().toObject();
    };
    const QJsonObject proposed =
        push(u"agent-a"_qs, {{QStringLiteral("client_mutation_id"), u"laptop-1"_qs},
                             {QStringLiteral("entity"), u"knowledge_articles"_qs},
                             {QStringLiteral("op"), u"create"_qs},
                             {QStringLiteral("fields"),
                              QJsonObject{{QStringLiteral("article_type"), u"faq"_qs},
                                          {QStringLiteral("title"), str("پاسخ تلفنی")},
                                          {QStringLiteral("body"), u"<p onclick=x>ok</p>"_qs}}}});
    QCOMPARE(proposed.value(u"status").toString(), QStringLiteral("applied"));
    const QJsonObject row = proposed.value(u"row").toObject();
    QVERIFY2(row.value(u"id").toInteger() > 0, QJsonDocument(proposed).toJson().constData());
    QCOMPARE(row.value(u"status").toString(), QStringLiteral("in_review"));
    QCOMPARE(row.value(u"body").toString(), QStringLiteral("<p>ok</p>"));
    // The author approving it offline: rejected, with the same codes as the API's 409.
    const QJsonObject approved =
        push(u"author"_qs,
             {{QStringLiteral("client_mutation_id"), u"laptop-2"_qs},
              {QStringLiteral("entity"), u"knowledge_articles"_qs},
              {QStringLiteral("op"), u"update"_qs},
              {QStringLiteral("id"), row.value(u"id")},
              {QStringLiteral("base_version"), row.value(u"version")},
              {QStringLiteral("fields"), QJsonObject{{QStringLiteral("status"), u"approved"_qs}}}});
    QCOMPARE(approved.value(u"status").toString(), QStringLiteral("rejected"));
    QCOMPARE(approved[u"error"][u"code"].toString(), QStringLiteral("article_action_refused"));
    QCOMPARE(approved[u"error"][u"details"][u"reason"].toString(),
             QStringLiteral("knowledge_approver_only"));
}

void TestKnowledgeServer::agentsProposeInReviewOnly()
{
    // From a resolved case, the agent writes down the answer: it goes to review.
    const QJsonObject proposal =
        create(w->agentA, {{QStringLiteral("title"), str("تعویض لامپ کوچه")},
                           {QStringLiteral("body"), str("<p>با ۱۳۷ تماس بگیرید</p>")}});
    QVERIFY(!proposal.isEmpty());
    const qint64 id = proposal.value(u"id").toInteger();
    QCOMPARE(proposal.value(u"status").toString(), QStringLiteral("in_review"));
    QCOMPARE(proposal.value(u"author_id").toInteger(), w->agentAId);
    // Its author sees it; another agent does not; the knowledge team does.
    QVERIFY(m_store->get(w->agentA, entity("knowledge_articles"), id).hasValue());
    QVERIFY(!m_store->get(w->agentB, entity("knowledge_articles"), id).hasValue());
    QVERIFY(m_store->get(m_approver, entity("knowledge_articles"), id).hasValue());
    // Not a draft, and no changes afterwards.
    const auto draft = m_store->create(w->supervisor, entity("knowledge_articles"),
                                       {{QStringLiteral("article_type"), u"faq"_qs},
                                        {QStringLiteral("title"), u"t"_qs},
                                        {QStringLiteral("status"), u"draft"_qs}},
                                       u"test"_qs);
    QVERIFY(!draft);
    QCOMPARE(draft.error().refusalCode, QStringLiteral("initial_status_not_allowed"));
    const auto changed = update(w->agentA, id, {{QStringLiteral("title"), u"x"_qs}});
    QVERIFY(!changed);
    QCOMPARE(changed.error().refusalCode, QStringLiteral("knowledge_editors_only"));
    // Field officers propose nothing.
    const auto officer = m_store->create(
        w->officer, entity("knowledge_articles"),
        {{QStringLiteral("article_type"), u"faq"_qs}, {QStringLiteral("title"), u"t"_qs}},
        u"test"_qs);
    QVERIFY(!officer);
    QCOMPARE(officer.error().kind, StoreError::Kind::Forbidden);
    // The approver takes it from there.
    QVERIFY(update(m_approver, id, {{QStringLiteral("status"), u"approved"_qs}}).hasValue());
}

void TestKnowledgeServer::versionsOnEditAndPublish()
{
    const qint64 id = create(w->author, {{QStringLiteral("title"), u"v"_qs},
                                         {QStringLiteral("body"), u"<p>one</p>"_qs}})
                          .value(u"id")
                          .toInteger();
    const auto edited = update(w->author, id, {{QStringLiteral("body"), u"<p>two</p>"_qs}});
    QVERIFY(edited.hasValue());
    QCOMPARE(edited->value(u"minor_version").toInt(), 2);
    QVERIFY(update(w->author, id, {{QStringLiteral("status"), u"in_review"_qs}}).hasValue());
    QVERIFY(update(m_approver, id, {{QStringLiteral("status"), u"approved"_qs}}).hasValue());
    const auto published = update(m_approver, id, {{QStringLiteral("status"), u"published"_qs}});
    QVERIFY(published.hasValue());
    QCOMPARE(published->value(u"major_version").toInt(), 1);
    QCOMPARE(published->value(u"minor_version").toInt(), 0);

    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("SELECT major_version, minor_version, body, changed_by, version "
                                 "FROM article_versions WHERE article_id = ? ORDER BY id"));
    query.addBindValue(id);
    QVERIFY(query.exec());
    QStringList rows;
    while (query.next()) {
        rows << QStringLiteral("%1.%2 %3 by %4")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString());
        QVERIFY(query.value(4).toLongLong() > 0);
    }
    QCOMPARE(rows,
             (QStringList{QStringLiteral("0.1 <p>one</p> by %1").arg(w->authorId),
                          QStringLiteral("0.2 <p>two</p> by %1").arg(w->authorId),
                          QStringLiteral("1.0 <p>two</p> by %1").arg(m_approver.userId.value())}));
    // The history is the server's: nobody writes it through the API.
    QCOMPARE(m_store
                 ->create(m_approver, entity("article_versions"),
                          {{QStringLiteral("article_id"), id}}, u"test"_qs)
                 .error()
                 .kind,
             StoreError::Kind::Forbidden);
    // Revising the published article starts 1.1.
    QVERIFY(update(w->author, id, {{QStringLiteral("status"), u"draft"_qs}}).hasValue());
    const auto revised = update(w->author, id, {{QStringLiteral("title"), u"v2"_qs}});
    QVERIFY(revised.hasValue());
    QCOMPARE(revised->value(u"major_version").toInt(), 1);
    QCOMPARE(revised->value(u"minor_version").toInt(), 1);
}

void TestKnowledgeServer::resolvedCasesAreCounted()
{
    const qint64 article = publish(str("چراغ خاموش"), u"<p>x</p>"_qs);
    QVERIFY(article > 0);
    const QString countSql =
        QStringLiteral("SELECT resolved_case_count FROM knowledge_articles WHERE id = ?");
    const QString versionSql =
        QStringLiteral("SELECT version FROM knowledge_articles WHERE id = ?");
    const qint64 before = number(versionSql, {article});

    const auto linked = m_store->create(w->agentA, entity("case_articles"),
                                        {{QStringLiteral("case_id"), w->caseA},
                                         {QStringLiteral("article_id"), article},
                                         {QStringLiteral("resolved_case"), true}},
                                        u"test"_qs);
    QVERIFY2(linked.hasValue(), linked ? "" : qPrintable(linked.error().detail));
    QCOMPARE(number(countSql, {article}), 1);
    // A new version, so that sync brings the count to every workstation.
    QVERIFY(number(versionSql, {article}) > before);
    // A link that did not resolve anything does not count.
    QVERIFY(m_store
                ->create(w->agentB, entity("case_articles"),
                         {{QStringLiteral("case_id"), w->caseB},
                          {QStringLiteral("article_id"), article}},
                         u"test"_qs)
                .hasValue());
    QCOMPARE(number(countSql, {article}), 1);
    const qint64 link = linked->value(u"id").toInteger();
    QVERIFY(m_store
                ->update(w->agentA, entity("case_articles"), link,
                         {{QStringLiteral("resolved_case"), false}}, std::nullopt, u"test"_qs)
                .hasValue());
    QCOMPARE(number(countSql, {article}), 0);
    QVERIFY(m_store
                ->update(w->agentA, entity("case_articles"), link,
                         {{QStringLiteral("resolved_case"), true}}, std::nullopt, u"test"_qs)
                .hasValue());
    QCOMPARE(number(countSql, {article}), 1);
    QVERIFY(m_store->remove(w->agentA, entity("case_articles"), link, std::nullopt, u"test"_qs)
                .hasValue());
    QCOMPARE(number(countSql, {article}), 0);
}

void TestKnowledgeServer::resolvingACaseWithAnArticleCountsIt()
{
    const qint64 article = publish(str("چراغ خاموش"), u"<p>x</p>"_qs);
    QVERIFY(article > 0);
    const auto &cases = entity("cases");
    const auto started = m_store->update(
        w->agentA, cases, w->caseA,
        {{QStringLiteral("owner_id"), w->agentAId}, {QStringLiteral("status"), u"in_progress"_qs}},
        std::nullopt, u"test"_qs);
    QVERIFY2(started.hasValue(), started ? "" : qPrintable(started.error().refusalCode));
    const auto resolved = m_store->update(w->agentA, cases, w->caseA,
                                          {{QStringLiteral("status"), u"resolved"_qs},
                                           {QStringLiteral("resolution"), str("لامپ عوض شد")},
                                           {QStringLiteral("resolution_article_id"), article}},
                                          std::nullopt, u"test"_qs);
    QVERIFY2(resolved.hasValue(), resolved ? "" : qPrintable(resolved.error().refusalCode));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM case_articles WHERE case_id = ? AND "
                                   "article_id = ? AND resolved_case = 1 AND deleted = 0"),
                    {w->caseA, article}),
             1);
    QCOMPARE(
        number(QStringLiteral("SELECT resolved_case_count FROM knowledge_articles WHERE id = ?"),
               {article}),
        1);
}

void TestKnowledgeServer::searchFindsHostileSpellings_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QString>("title");
    QTest::newRow("arabic kaf and yeh") << str("كتاب ماليات") << str("کتاب راهنمای مالیات");
    QTest::newRow("arabic yeh, typed prefix") << str("راهنماي") << str("کتاب راهنمای مالیات");
    QTest::newRow("zwnj in the text, none typed")
        << str("درخواستهای روشنایی") << str("درخواست‌های روشنایی معابر");
    QTest::newRow("space instead of zwnj")
        << str("درخواست های") << str("درخواست‌های روشنایی معابر");
    QTest::newRow("zwnj typed, none in the text")
        << str("می‌خواهم") << str("میخواهم پروانه بگیرم");
    QTest::newRow("diacritics") << str("پَروانهٔ بگیرم") << str("میخواهم پروانه بگیرم");
    QTest::newRow("persian digits")
        << str("تماس ۱۳۷") << str("درخواست‌های روشنایی معابر");
    QTest::newRow("arabic-indic digits")
        << str("١٣٧") << str("درخواست‌های روشنایی معابر");
    QTest::newRow("latin digits") << str("137")
                                  << str("درخواست‌های روشنایی معابر");
    QTest::newRow("persian and english") << str("excel گزارش") << str("گزارش ماهانه در Excel");
    QTest::newRow("english prefix, upper case") << str("EXC") << str("گزارش ماهانه در Excel");
}

void TestKnowledgeServer::searchFindsHostileSpellings()
{
    QFETCH(QString, q);
    QFETCH(QString, title);
    QVERIFY(publish(str("کتاب راهنمای مالیات"), str("<p>نرخ‌های سال جدید</p>")) > 0);
    QVERIFY(
        publish(str("درخواست‌های روشنایی معابر"),
                str("<p>چراغ‌ها خاموش است؟ با شماره ۱۳۷ <b>تماس</b> "
                    "بگیرید.</p>"),
                str("لامپ")) > 0);
    QVERIFY(publish(str("میخواهم پروانه بگیرم"), str("<p>مدارک لازم</p>")) > 0);
    QVERIFY(publish(str("گزارش ماهانه در Excel"), str("<p>Monthly report</p>")) > 0);

    const Reply found = search(u"agent-a"_qs, {{u"q"_qs, q}});
    QCOMPARE(found.status, 200);
    const QJsonArray items = found.body.value(u"items").toArray();
    QVERIFY2(items.size() == 1, found.raw.constData());
    QCOMPARE(found.body.value(u"total").toInt(), 1);
    QCOMPARE(items.at(0)[u"title"].toString(), title);
    QCOMPARE(items.at(0)[u"status"].toString(), QStringLiteral("published"));
    QVERIFY(items.at(0)[u"score"].toDouble() > 0);
    QVERIFY(items.at(0).toObject().contains(u"snippet"));
}

void TestKnowledgeServer::searchRanksTitleFirstAndPages()
{
    const qint64 inBody = publish(str("ساعات کاری"), str("<p>صدور پروانه ساختمان</p>"));
    const qint64 inKeywords = publish(str("مدارک لازم"), u"<p>x</p>"_qs, str("پروانه"));
    const qint64 inTitle = publish(str("تمدید پروانه کسب"), u"<p>y</p>"_qs);
    QVERIFY(inBody > 0 && inKeywords > 0 && inTitle > 0);
    const auto ids = [](const Reply &reply) {
        QList<qint64> list;
        for (const QJsonValue &item : reply.body.value(u"items").toArray())
            list << item[u"id"].toInteger();
        return list;
    };
    const Reply all = search(u"agent-a"_qs, {{u"q"_qs, str("پروانه")}});
    QCOMPARE(ids(all), (QList<qint64>{inTitle, inKeywords, inBody}));
    QCOMPARE(all.body.value(u"total").toInt(), 3);
    const Reply second = search(
        u"agent-a"_qs, {{u"q"_qs, str("پروانه")}, {u"limit"_qs, u"1"_qs}, {u"offset"_qs, u"1"_qs}});
    QCOMPARE(ids(second), QList<qint64>{inKeywords});
    QCOMPARE(second.body.value(u"total").toInt(), 3);
    // The snippet is the body's text, without markup.
    QCOMPARE(all.body[u"items"][2][u"snippet"].toString(), str("صدور پروانه ساختمان"));
    // Filters.
    QCOMPARE(ids(search(u"agent-a"_qs, {{u"q"_qs, str("پروانه")}, {u"type"_qs, u"faq"_qs}})),
             QList<qint64>{});
    QCOMPARE(ids(search(u"agent-a"_qs, {{u"q"_qs, str("پروانه")},
                                        {u"type"_qs, u"article"_qs},
                                        {u"language"_qs, u"fa"_qs},
                                        {u"status"_qs, u"published"_qs}}))
                 .size(),
             3);
    // LIKE's wildcards are only characters.
    QCOMPARE(search(u"agent-a"_qs, {{u"q"_qs, u"%"_qs}}).body.value(u"total").toInt(), 0);
    QCOMPARE(search(u"agent-a"_qs, {{u"q"_qs, u"_"_qs}}).body.value(u"total").toInt(), 0);
}

void TestKnowledgeServer::searchKeepsToTheCallersScope()
{
    const qint64 draft =
        create(w->author, {{QStringLiteral("title"), str("پیش‌نویس محرمانه")}})
            .value(u"id")
            .toInteger();
    QVERIFY(draft > 0);
    const QMap<QString, QString> q{{u"q"_qs, str("پیشنویس")}};
    QCOMPARE(search(u"agent-a"_qs, q).body.value(u"total").toInt(), 0);
    QCOMPARE(search(u"author"_qs, q).body.value(u"total").toInt(), 1);
    QCOMPARE(search(u"approver"_qs, q).body.value(u"total").toInt(), 1);
    // The agent's own proposal is theirs to find.
    QVERIFY(!create(w->agentA, {{QStringLiteral("title"), str("پیشنویس پیشنهادی")}}).isEmpty());
    QCOMPARE(search(u"agent-a"_qs, q).body.value(u"total").toInt(), 1);
    QCOMPARE(search(u"agent-b"_qs, q).body.value(u"total").toInt(), 0);
}

void TestKnowledgeServer::searchRefusesBadInput()
{
    for (const QMap<QString, QString> &params :
         {QMap<QString, QString>{{u"q"_qs, QString(201, u'a')}},
          QMap<QString, QString>{{u"limit"_qs, u"0"_qs}},
          QMap<QString, QString>{{u"limit"_qs, u"101"_qs}},
          QMap<QString, QString>{{u"offset"_qs, u"-1"_qs}},
          QMap<QString, QString>{{u"status"_qs, u"secret"_qs}},
          QMap<QString, QString>{{u"sort"_qs, u"x"_qs}}}) {
        const Reply reply = search(u"agent-a"_qs, params);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body[u"error"][u"code"].toString(), QStringLiteral("validation_failed"));
    }
    QCOMPARE(search(u"agent-a"_qs, {{u"q"_qs, QString(200, u'a')}}).status, 200);
    QCOMPARE(search(u"agent-a"_qs, {{u"limit"_qs, u"100"_qs}}).status, 200);
}

QTEST_GUILESS_MAIN(TestKnowledgeServer)
#include "tst_knowledgeserver.moc"
