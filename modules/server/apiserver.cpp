#include "apiserver.h"

#include "clock.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "shahrvand.server.api")

namespace Shahrvand::Server {

ApiServer::ApiServer(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    registerRoutes();
}

void ApiServer::registerRoutes()
{
    m_http.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("service"), QStringLiteral("shahrvand-server")},
            {QStringLiteral("version"), QStringLiteral(SHAHRVAND_VERSION)},
            {QStringLiteral("time"), m_clock.now().toString(Qt::ISODate)},
        });
    });

    // Clients get JSON for every answer, including routes that do not exist.
    m_http.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QJsonObject body{
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                             {QStringLiteral("message"),
                              QStringLiteral("No such resource: ") + request.url().path()}}}};
            responder.write(QJsonDocument(body), QHttpServerResponder::StatusCode::NotFound);
        });
}

Expected<quint16, QString> ApiServer::listen(const ListenAddress &where)
{
    const quint16 port = m_http.listen(where.address, where.port);
    if (port == 0)
        return tr("Could not listen on %1; is another program using that port?")
            .arg(where.toString());
    qCInfo(lcApi) << "listening on" << ListenAddress{where.address, port}.toString();
    return port;
}

} // namespace Shahrvand::Server
