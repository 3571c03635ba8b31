#include "httptransport.h"

#include "serverlogging.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace Shahrvand::Server {

HttpTransport::HttpTransport(RequestHandler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request, so Qt never calls this; if a later Qt
    // did, the client must not hang.
    qCWarning(lcApi) << "unexpected unhandled request" << request.url().path();
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::InternalServerError);
}

} // namespace Shahrvand::Server
