#include "serverfixture.h"

#include "authroutes.h"
#include "entityroutes.h"
#include "passwordhasher.h"
#include "syncroutes.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>

namespace Shahrvand::Testing {

namespace {

const QString password = QStringLiteral("Shahrvand-1405");

} // namespace

void ServerFixture::setUpWorld()
{
    w = std::make_unique<TestWorld>();
    QVERIFY(w->isValid());
}

Access::Principal ServerFixture::addStaff(const QString &username, Access::Role role, qint64 unit,
                                          const QList<qint64> &visible)
{
    Access::Principal user;
    const qint64 id = w->insert("users", {{QStringLiteral("username"), username},
                                          {QStringLiteral("display_name"), username},
                                          {QStringLiteral("password_hash"), QStringLiteral("x")}});
    if (id <= 0) {
        qWarning() << "cannot add" << username;
        return user;
    }
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    query.addBindValue(id);
    query.addBindValue(Access::roleCode(role));
    const bool roleAdded = query.exec();
    query.prepare(QStringLiteral("INSERT INTO user_units (user_id, unit_id) VALUES (?, ?)"));
    query.addBindValue(id);
    query.addBindValue(unit);
    if (!roleAdded || !query.exec())
        qWarning() << "cannot give" << username << "a role and a unit";
    user.userId = UserId(id);
    user.username = username;
    user.roles = {role};
    user.units = {OrgUnitId(unit)};
    for (const qint64 seen : visible.isEmpty() ? QList<qint64>{unit} : visible)
        user.visibleUnits.insert(OrgUnitId(seen));
    return user;
}

void ServerFixture::startServer(const std::function<void(Server::ApiServer &)> &routes)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("UPDATE users SET password_hash = ?"));
    query.addBindValue(Auth::PasswordHasher::hash(password).value());
    QVERIFY(query.exec());
    m_store = std::make_unique<EntityStore::Store>(w->database(), m_clock);
    Server::ApiServerOptions options;
    options.rateLimits.requestsPerSecond = 0; // the manual clock never refills a bucket
    options.rateLimits.maxInFlight = 0;
    m_server = std::make_unique<Server::ApiServer>(m_clock, w->database(), options);
    Api::registerAuthRoutes(*m_server, w->database(), m_clock);
    Api::registerEntityRoutes(*m_server, w->database(), m_clock);
    Api::registerSyncRoutes(*m_server, w->database(), m_clock);
    if (routes)
        routes(*m_server);
    const auto port = m_server->listen({QHostAddress(QHostAddress::LocalHost), 0});
    QVERIFY(port.hasValue());
    m_port = *port;
}

void ServerFixture::tearDown()
{
    m_tokens.clear();
    m_server.reset();
    m_store.reset();
    w.reset();
}

qint64 ServerFixture::number(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QUrl ServerFixture::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QString ServerFixture::signIn(const QString &username)
{
    if (m_tokens.contains(username))
        return m_tokens.value(username);
    QNetworkRequest request(url(QStringLiteral("/api/v1/auth/login")));
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

Reply ServerFixture::exchange(QNetworkRequest request, const QByteArray &method,
                              const QString &user, const QByteArray &body)
{
    request.setRawHeader("Authorization", "Bearer " + signIn(user).toLatin1());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
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

Reply ServerFixture::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                          const QString &user, const QByteArray &language)
{
    QNetworkRequest request(url(path));
    request.setRawHeader("Accept-Language", language);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return exchange(request, method, user, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace Shahrvand::Testing
