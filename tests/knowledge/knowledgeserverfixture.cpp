#include "knowledgeserverfixture.h"

#include "articlesearchroutes.h"
#include "authroutes.h"
#include "entityroutes.h"
#include "passwordhasher.h"
#include "syncroutes.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

namespace Shahrvand::Testing {

namespace {

const QString password = QStringLiteral("Shahrvand-1405");

} // namespace

void KnowledgeServerFixture::setUp()
{
    w = std::make_unique<TestWorld>();
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

void KnowledgeServerFixture::tearDown()
{
    m_tokens.clear();
    m_server.reset();
    m_store.reset();
    w.reset();
}

QJsonObject KnowledgeServerFixture::create(const Access::Principal &actor, const QJsonObject &input)
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

Expected<QJsonObject, EntityStore::StoreError>
KnowledgeServerFixture::update(const Access::Principal &actor, qint64 id, const QJsonObject &input)
{
    return m_store->update(actor, entity("knowledge_articles"), id, input, std::nullopt,
                           u"test"_qs);
}

qint64 KnowledgeServerFixture::publish(const QString &title, const QString &body,
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

qint64 KnowledgeServerFixture::number(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString KnowledgeServerFixture::signIn(const QString &username)
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
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString token =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token").toString();
    reply->deleteLater();
    m_tokens.insert(username, token);
    return token;
}

Reply KnowledgeServerFixture::search(const QString &user, const QMap<QString, QString> &params)
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
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

Reply KnowledgeServerFixture::send(const QByteArray &method, const QString &path,
                                   const QJsonObject &body, const QString &user)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + signIn(user).toLatin1());
    request.setRawHeader("Accept-Language", "en");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(
        request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

} // namespace Shahrvand::Testing
