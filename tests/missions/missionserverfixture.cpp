#include "missionserverfixture.h"

#include "authroutes.h"
#include "entityroutes.h"
#include "passwordhasher.h"
#include "syncroutes.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace Shahrvand::Testing {

namespace {

const QString password = QStringLiteral("Shahrvand-1405");

} // namespace

void MissionServerFixture::setUp()
{
    w = std::make_unique<TestWorld>();
    QVERIFY(w->isValid());
    const qint64 adminId =
        w->insert("users", {{QStringLiteral("username"), QStringLiteral("admin")},
                            {QStringLiteral("display_name"), QStringLiteral("admin")},
                            {QStringLiteral("password_hash"), QStringLiteral("x")}});
    QVERIFY(adminId > 0);
    QSqlQuery query(w->database()->connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (%1, 'administrator')")
            .arg(adminId)));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO user_units (user_id, unit_id) VALUES (%1, %2)")
                           .arg(adminId)
                           .arg(w->org)));
    const QString hash = Auth::PasswordHasher::hash(password).value();
    QVERIFY(query.exec(QStringLiteral("UPDATE users SET password_hash = '%1'").arg(hash)));
    m_admin.userId = UserId(adminId);
    m_admin.username = QStringLiteral("admin");
    m_admin.roles = {Access::Role::Administrator};
    m_admin.units = {OrgUnitId(w->org)};
    m_admin.visibleUnits = {OrgUnitId(w->org), OrgUnitId(w->services), OrgUnitId(w->teamA),
                            OrgUnitId(w->teamB), OrgUnitId(w->finance)};

    const auto rule = [this](const char *subject, qint64 minimum, int step, const char *role) {
        QVERIFY(w->insert("approval_rules",
                          {{QStringLiteral("subject_type"), QString::fromLatin1(subject)},
                           {QStringLiteral("min_amount_rials"), minimum},
                           {QStringLiteral("step"), step},
                           {QStringLiteral("approver_role"), QString::fromLatin1(role)}}) > 0);
    };
    rule("mission", 0, 1, "supervisor");
    rule("mission", 1, 2, "finance_approver"); // budgeted missions only
    rule("expense_claim", 0, 1, "supervisor");
    rule("expense_claim", 10'000'000, 2, "finance_approver");
    const auto policy = [this](const char *type, QVariant daily, QVariant claim,
                               QVariant receiptAbove) {
        QVERIFY(w->insert("expense_policies",
                          {{QStringLiteral("expense_type"), QString::fromLatin1(type)},
                           {QStringLiteral("daily_cap_rials"), daily},
                           {QStringLiteral("claim_cap_rials"), claim},
                           {QStringLiteral("receipt_required_above_rials"), receiptAbove}}) > 0);
    };
    policy("per_diem", qint64(12'000'000), qint64(80'000'000), QVariant());
    policy("lodging", qint64(25'000'000), qint64(150'000'000), qint64(5'000'000));
    policy("meals", qint64(4'000'000), QVariant(), qint64(5'000'000));

    m_store = std::make_unique<EntityStore::Store>(w->database(), m_clock);
    Server::ApiServerOptions options;
    options.rateLimits.requestsPerSecond = 0; // the manual clock never refills a bucket
    options.rateLimits.maxInFlight = 0;
    m_server = std::make_unique<Server::ApiServer>(m_clock, w->database(), options);
    Api::registerAuthRoutes(*m_server, w->database(), m_clock);
    Api::registerEntityRoutes(*m_server, w->database(), m_clock);
    Api::registerSyncRoutes(*m_server, w->database(), m_clock);
    const auto port = m_server->listen({QHostAddress(QHostAddress::LocalHost), 0});
    QVERIFY(port.hasValue());
    m_port = *port;
}

void MissionServerFixture::tearDown()
{
    m_tokens.clear();
    m_server.reset();
    m_store.reset();
    w.reset();
}

MissionServerFixture::Result MissionServerFixture::create(const Access::Principal &actor,
                                                          const char *entityName,
                                                          const QJsonObject &input)
{
    return m_store->create(actor, entity(entityName), input, QStringLiteral("test"));
}

MissionServerFixture::Result MissionServerFixture::update(const Access::Principal &actor,
                                                          const char *entityName, qint64 id,
                                                          const QJsonObject &input)
{
    return m_store->update(actor, entity(entityName), id, input, std::nullopt,
                           QStringLiteral("test"));
}

MissionServerFixture::Result MissionServerFixture::remove(const Access::Principal &actor,
                                                          const char *entityName, qint64 id)
{
    return m_store->remove(actor, entity(entityName), id, std::nullopt, QStringLiteral("test"));
}

QString MissionServerFixture::outcome(const Result &result)
{
    if (result)
        return QStringLiteral("ok");
    const EntityStore::StoreError &error = result.error();
    if (error.kind == EntityStore::StoreError::Kind::Refused)
        return error.refusalCode;
    if (error.kind == EntityStore::StoreError::Kind::Invalid && !error.fieldErrors.isEmpty())
        return QStringLiteral("invalid:") + error.fieldErrors.first().code;
    return QStringLiteral("kind %1").arg(int(error.kind));
}

qint64
MissionServerFixture::draftClaim(const QList<std::tuple<const char *, qint64, const char *>> &lines)
{
    const auto claim = create(w->officer, "expense_claims",
                              {{QStringLiteral("unit_id"), w->teamA},
                               {QStringLiteral("title"), QStringLiteral("بازدید منطقهٔ ۳")}});
    if (!claim) {
        qWarning() << "claim refused:" << outcome(claim);
        return 0;
    }
    const qint64 id = claim->value(u"id").toInteger();
    int day = 0;
    for (const auto &[type, amount, receipt] : lines) {
        QJsonObject line{
            {QStringLiteral("claim_id"), id},
            {QStringLiteral("expense_type"), QString::fromLatin1(type)},
            {QStringLiteral("spent_on"), QDate(2026, 11, 15).addDays(day++).toString(Qt::ISODate)},
            {QStringLiteral("amount_rials"), amount}};
        if (receipt)
            line.insert(QStringLiteral("receipt_sha256"), QString::fromLatin1(receipt));
        if (const auto written = create(w->officer, "expense_lines", line); !written) {
            qWarning() << "line refused:" << outcome(written);
            return 0;
        }
    }
    return id;
}

qint64 MissionServerFixture::submittedClaim(
    const QList<std::tuple<const char *, qint64, const char *>> &lines)
{
    const qint64 id = draftClaim(lines);
    const auto submitted = update(w->officer, "expense_claims", id,
                                  {{QStringLiteral("status"), QStringLiteral("submitted")}});
    if (!submitted) {
        qWarning() << "submission refused:" << outcome(submitted);
        return 0;
    }
    return id;
}

QList<QJsonObject> MissionServerFixture::steps(const char *subjectType, qint64 subjectId)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("SELECT * FROM approval_steps WHERE subject_type = ? AND "
                                 "subject_id = ? AND deleted = 0 ORDER BY chain, step, id"));
    query.addBindValue(QString::fromLatin1(subjectType));
    query.addBindValue(subjectId);
    QList<QJsonObject> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < query.record().count(); ++i)
            row.insert(query.record().fieldName(i), query.isNull(i)
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue::fromVariant(query.value(i)));
        rows << row;
    }
    return rows;
}

QJsonObject MissionServerFixture::row(const char *entityName, qint64 id)
{
    const auto read = m_store->get(m_admin, entity(entityName), id);
    return read ? *read : QJsonObject();
}

qint64 MissionServerFixture::number(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString MissionServerFixture::signIn(const QString &username)
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

Reply MissionServerFixture::send(const QByteArray &method, const QString &path,
                                 const QJsonObject &body, const QString &user,
                                 const QByteArray &language)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + signIn(user).toLatin1());
    request.setRawHeader("Accept-Language", language);
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

Reply MissionServerFixture::push(const QString &user, const QJsonArray &mutations)
{
    return send("POST", QStringLiteral("/api/v1/sync/push"),
                {{QStringLiteral("mutations"), mutations}}, user);
}

} // namespace Shahrvand::Testing
