#pragma once

#include "apiserver.h"
#include "entitydef.h"
#include "entitystore.h"
#include "manualclock.h"
#include "role.h"
#include "testworld.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <functional>
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

// What the server suites of a domain share: TestWorld's municipality on a fresh database
// (SQLite, or PostgreSQL under pg_virtualenv), the entity store, and the real server on
// loopback with sign-in, entities and sync, every user's password "Shahrvand-1405". A
// suite's fixture adds its own staff and rules between setUpWorld() and startServer().
class ServerFixture
{
protected:
    void setUpWorld();
    // A user with one role in one unit, seeing `visible` (the unit when empty).
    Access::Principal addStaff(const QString &username, Access::Role role, qint64 unit,
                               const QList<qint64> &visible = {});
    // Every user's password set, the store made and the server listening on loopback;
    // `routes` registers a suite's own routes.
    void startServer(const std::function<void(Server::ApiServer &)> &routes = {});
    void tearDown();

    // The first column of the first row of `sql`; -1 when there is none.
    qint64 number(const QString &sql, const QVariantList &values = {});
    QString signIn(const QString &username); // once per user, then its token is reused
    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body,
               const QString &user, const QByteArray &language = "en");
    // `request` (to this server) sent as `user`, with `body` when not empty.
    Reply exchange(QNetworkRequest request, const QByteArray &method, const QString &user,
                   const QByteArray &body = {});
    QUrl url(const QString &path) const;

    std::unique_ptr<TestWorld> w;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<EntityStore::Store> m_store;
    std::unique_ptr<Server::ApiServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens;
};

} // namespace Shahrvand::Testing
