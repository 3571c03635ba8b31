#pragma once

#include "apiserver.h"
#include "entitydef.h"
#include "entitystore.h"
#include "manualclock.h"
#include "testworld.h"

#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>

#include <memory>

namespace Shahrvand::Testing {

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

inline QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

inline const Entities::EntityDef &entity(const char *name)
{
    return *Entities::findEntity(QString::fromLatin1(name));
}

// The knowledge base on the server, for the suites that test it: TestWorld's
// municipality with a knowledge approver added, the entity store, and the real server on
// loopback with sign-in, entities, sync and article search (passwords: "Shahrvand-1405").
class KnowledgeServerFixture
{
protected:
    void setUp();
    void tearDown();

    // The article's way to the agents' screens through the store, as its author and an
    // approver take it; returns its id.
    qint64 publish(const QString &title, const QString &body, const QString &keywords = {});
    QJsonObject create(const Access::Principal &actor, const QJsonObject &input);
    Expected<QJsonObject, EntityStore::StoreError> update(const Access::Principal &actor, qint64 id,
                                                          const QJsonObject &input);
    qint64 number(const QString &sql, const QVariantList &values = {});
    Reply search(const QString &user, const QMap<QString, QString> &params);
    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body,
               const QString &user);
    QString signIn(const QString &username);

    std::unique_ptr<TestWorld> w;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<EntityStore::Store> m_store;
    std::unique_ptr<Server::ApiServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens;
    Access::Principal m_approver;
};

} // namespace Shahrvand::Testing
