#pragma once

#include "apiserver.h"
#include "entitydef.h"
#include "entitystore.h"
#include "manualclock.h"
#include "testworld.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace Shahrvand::Testing {

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

inline const Entities::EntityDef &entity(const char *name)
{
    return *Entities::findEntity(QString::fromLatin1(name));
}

// Missions and expenses on the server: TestWorld's municipality with an administrator
// (over the whole city), approval rules (missions: the supervisor, finance as well for
// budgeted ones; claims: the supervisor, finance as well from 10,000,000 rials) and an
// expense policy; the entity store, and the real server on loopback with sign-in,
// entities and sync (passwords: "Shahrvand-1405").
class MissionServerFixture
{
protected:
    void setUp();
    void tearDown();

    using Result = Expected<QJsonObject, EntityStore::StoreError>;
    Result create(const Access::Principal &actor, const char *entityName, const QJsonObject &input);
    Result update(const Access::Principal &actor, const char *entityName, qint64 id,
                  const QJsonObject &input);
    Result remove(const Access::Principal &actor, const char *entityName, qint64 id);
    // "ok", the refusal's reason code, "invalid:<field code>", or "kind <n>".
    static QString outcome(const Result &result);

    // A claim of the officer's in team A with these lines (type, amount, receipt), left
    // as a draft; its id.
    qint64 draftClaim(const QList<std::tuple<const char *, qint64, const char *>> &lines);
    // The same, submitted.
    qint64 submittedClaim(const QList<std::tuple<const char *, qint64, const char *>> &lines);
    // The live approval steps of a subject, ordered by chain, step and id.
    QList<QJsonObject> steps(const char *subjectType, qint64 subjectId);
    QJsonObject row(const char *entityName, qint64 id);
    qint64 number(const QString &sql, const QVariantList &values = {});

    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body,
               const QString &user, const QByteArray &language = "en");
    Reply push(const QString &user, const QJsonArray &mutations);
    QString signIn(const QString &username);

    std::unique_ptr<TestWorld> w;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<EntityStore::Store> m_store;
    std::unique_ptr<Server::ApiServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens;
    Access::Principal m_admin;
};

} // namespace Shahrvand::Testing
