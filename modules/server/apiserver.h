#pragma once

#include "apiserveroptions.h"
#include "authenticationhook.h"
#include "expected.h"
#include "listenaddress.h"
#include "messagecatalog.h"
#include "requestpipeline.h"
#include "route.h"
#include "routetable.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponse;
class QTcpSocket;

namespace Shahrvand {
class Clock;
namespace Storage {
class Database;
}
} // namespace Shahrvand

namespace Shahrvand::Server {

class HttpTransport;

// The HTTP face of the central server: routes under /api/v1, JSON in and out.
//
// The listening thread only parses, routes and writes; every route handler runs on a
// worker pool (ApiServerOptions::workerThreads) with its request authenticated, within
// its rate limits and validated. Every failure is answered in one JSON format, in the
// language the client asked for. docs/API.md explains how to add routes.
class ApiServer final : public QObject
{
    Q_OBJECT

public:
    explicit ApiServer(const Clock &clock, QObject *parent = nullptr);
    ApiServer(const Clock &clock, std::shared_ptr<Storage::Database> database,
              const ApiServerOptions &options, QObject *parent = nullptr);
    // Waits for handlers still running on the workers.
    ~ApiServer() override;

    // Registration: before listen(). See RouteSpec and RouteHandler.
    void addRoute(RouteSpec spec, RouteHandler handler);
    void setAuthenticator(std::shared_ptr<const Authenticator> authenticator);

    // Starts listening; the port actually bound is returned (useful with port 0). With
    // `tls` (from TlsIdentity::load) the server speaks HTTPS only. May be called more
    // than once, for several addresses.
    Expected<quint16, QString> listen(const ListenAddress &where,
                                      const std::optional<QSslConfiguration> &tls = std::nullopt);

    // The document served at /api/v1/openapi.json.
    QJsonObject openApiDocument() const;
    // Every registered route, in registration order.
    QList<RouteSpec> routes() const;

    const ApiServerOptions &options() const { return m_options; }
    // Requests handed to the workers and not answered yet.
    int pendingRequests() const { return m_pending; }
    // Requests of a rate-limit key in flight ("user:42", "address:127.0.0.1").
    int inFlight(const QString &rateLimitKey)
    {
        return m_pipeline.rateLimiter().inFlight(rateLimitKey);
    }

    // A graceful stop: no new connections; requests already being worked on are
    // answered (for at most ApiServerOptions::shutdownGrace); requests arriving on open
    // connections meanwhile get 503 shutting_down; then the connections are closed and
    // stopped() is emitted.
    void shutdown();
    bool isShuttingDown() const { return m_shuttingDown; }

signals:
    void stopped();

private:
    void registerBuiltInRoutes();
    void attachConnection(QTcpSocket *socket);
    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    std::optional<ApiError> checkBeforeDispatch(const QHttpServerRequest &request,
                                                const RouteTable::Match &match) const;
    void dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
                  const RouteTable::Match &match, Language language);
    void answerNow(const QHttpServerRequest &request, QTcpSocket *socket, const ApiError &error,
                   Language language);
    void requestFinished();
    void closeConnections();

    const Clock &m_clock;
    std::shared_ptr<Storage::Database> m_database;
    const ApiServerOptions m_options;
    MessageCatalog m_catalog;
    RouteTable m_routes;
    RequestPipeline m_pipeline;
    HttpTransport *m_transport;
    QSet<QTcpSocket *> m_connections;
    bool m_listening = false;
    bool m_shuttingDown = false;
    bool m_closing = false;
    bool m_stopped = false;
    int m_pending = 0;
    quint64 m_requestCounter = 0;
    QTimer m_graceTimer;
    // Last member: destroyed first, so workers finish before what they use goes away.
    QThreadPool m_workers;
};

} // namespace Shahrvand::Server
