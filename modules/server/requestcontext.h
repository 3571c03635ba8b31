#pragma once

#include "authenticationhook.h"
#include "language.h"
#include "route.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

namespace Shahrvand {
class Clock;
namespace Storage {
class Database;
}
} // namespace Shahrvand

namespace Shahrvand::Server {

class MessageCatalog;

// The language of the answer from an Accept-Language header: Persian or English,
// whichever the client prefers (by q-value); Persian when it names neither.
Language negotiateLanguage(QByteArrayView acceptLanguage);

// Everything a route handler may know about its request. It is a copy taken on the
// listening thread, so the handler can read it on its worker thread at leisure; by the
// time the handler runs the caller is authenticated (for Access::Authenticated routes),
// within its rate limits, and its body and query have passed the route's schemas.
class RequestContext final
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    Method method() const { return m_method; }
    // The decoded path, e.g. "/api/v1/cases/42".
    const QString &path() const { return m_path; }
    // A {name} of the route's path, decoded.
    QString pathParameter(const QString &name) const { return m_pathParameters.value(name); }
    // A {name:int} of the route's path (the router admitted only digits that fit).
    qint64 pathInteger(const QString &name) const;

    // A header's value (names are case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    const QList<Header> &headers() const { return m_headers; }

    // The query parameters the route declared, typed (integers as numbers).
    const QJsonObject &query() const { return m_query; }
    // The JSON body, checked against the route's schema; empty without one.
    const QJsonObject &body() const { return m_body; }
    const QByteArray &rawBody() const { return m_rawBody; }

    const QHostAddress &clientAddress() const { return m_clientAddress; }
    Language language() const { return m_language; }

    // Set for Access::Authenticated routes; empty for public ones.
    const std::optional<Authentication> &authentication() const { return m_authentication; }
    std::optional<qint64> userId() const;

    // The server's database (null in tests that run without one). Call connection() on
    // it from the handler: each worker thread has its own.
    const std::shared_ptr<Storage::Database> &database() const { return m_database; }
    const Clock &clock() const { return *m_clock; }

    // `source` translated into the request's language. lupdate extracts these calls:
    //     context.translate("Shahrvand::Server::Cases", "The case is closed.")
    QString translate(const char *context, const char *source) const;

    // Increases with every request the server receives; for log lines.
    quint64 requestId() const { return m_requestId; }

private:
    friend class ApiServer;
    friend class RequestPipeline;
    RequestContext() = default;

    Method m_method = Method::Unknown;
    QString m_path;
    QHash<QString, QString> m_pathParameters;
    QList<Header> m_headers;
    QByteArray m_encodedQuery;
    QJsonObject m_query;
    QJsonObject m_body;
    QByteArray m_rawBody;
    QHostAddress m_clientAddress;
    Language m_language = defaultLanguage;
    std::optional<Authentication> m_authentication;
    std::shared_ptr<Storage::Database> m_database;
    const Clock *m_clock = nullptr;
    const MessageCatalog *m_catalog = nullptr;
    quint64 m_requestId = 0;
};

} // namespace Shahrvand::Server
