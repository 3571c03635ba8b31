#include "apiserver.h"

#include "clock.h"
#include "connectionguard.h"
#include "httptransport.h"
#include "openapi.h"
#include "requestcontext.h"
#include "serverlogging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSslServer>
#include <QTcpSocket>
#include <QThread>

namespace Shahrvand::Server {

namespace {

// After the last answer of a shutdown, how long closing connections may take.
constexpr int closeTimeoutMs = 2000;

bool carriesBody(Method method)
{
    return method == Method::Post || method == Method::Put || method == Method::Patch;
}

// "application/json", optionally with "; charset=utf-8" (JSON has no other encoding).
bool isJsonMediaType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.startsWith("charset=")) {
            QByteArray charset = parameter.mid(8);
            charset.replace('"', QByteArray());
            if (charset != "utf-8" && charset != "utf8")
                return false;
        }
    }
    return true;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool asksToClose(const ApiError &error)
{
    return std::any_of(error.headers().cbegin(), error.headers().cend(), [](const auto &header) {
        return header.first.compare("Connection", Qt::CaseInsensitive) == 0 &&
               header.second.compare("close", Qt::CaseInsensitive) == 0;
    });
}

} // namespace

int ApiServerOptions::effectiveWorkerThreads() const
{
    // Handlers mostly wait for the database, so twice the cores keeps the CPU busy.
    return workerThreads > 0 ? workerThreads : qMax(2, 2 * QThread::idealThreadCount());
}

ApiServer::ApiServer(const Clock &clock, QObject *parent)
    : ApiServer(clock, nullptr, ApiServerOptions{}, parent)
{}

ApiServer::ApiServer(const Clock &clock, std::shared_ptr<Storage::Database> database,
                     const ApiServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_database(std::move(database))
    , m_options(options)
    , m_pipeline(clock, m_catalog, options)
    , m_transport(new HttpTransport([this](const QHttpServerRequest &request,
                                           QTcpSocket *socket) { onRequest(request, socket); },
                                    this))
{
    m_workers.setMaxThreadCount(m_options.effectiveWorkerThreads());
    // Workers live as long as the server: each keeps its own database connection, and a
    // thread that expired after a quiet spell would make the next burst reconnect.
    m_workers.setExpiryTimeout(-1);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &ApiServer::closeConnections);
    registerBuiltInRoutes();
}

ApiServer::~ApiServer()
{
    m_workers.waitForDone();
}

void ApiServer::registerBuiltInRoutes()
{
    addRoute({.method = Method::Get,
              .path = QStringLiteral("/api/v1/health"),
              .summary = QStringLiteral("Whether the server is up"),
              .tags = {QStringLiteral("server")},
              .access = Access::Public,
              .responseDescription = QStringLiteral("The server answers: its status, version "
                                                    "and clock (UTC).")},
             [this](const RequestContext &) {
                 return ApiResponse::json(QJsonObject{
                     {QStringLiteral("status"), QStringLiteral("ok")},
                     {QStringLiteral("service"), QStringLiteral("shahrvand-server")},
                     {QStringLiteral("version"), QStringLiteral(SHAHRVAND_VERSION)},
                     {QStringLiteral("time"), m_clock.now().toString(Qt::ISODate)},
                 });
             });
    addRoute({.method = Method::Get,
              .path = QStringLiteral("/api/v1/openapi.json"),
              .summary = QStringLiteral("This API described in OpenAPI 3.0"),
              .tags = {QStringLiteral("server")},
              .access = Access::Public,
              .responseDescription = QStringLiteral("The OpenAPI document of every route.")},
             [this](const RequestContext &) { return ApiResponse::json(openApiDocument()); });
}

void ApiServer::addRoute(RouteSpec spec, RouteHandler handler)
{
    // Workers read the table without a lock; that is safe only while nobody writes it.
    if (m_listening)
        qFatal("route %s added after listen(); register every route first", qPrintable(spec.path));
    if ((spec.body || !spec.rawBody.isEmpty()) && !carriesBody(spec.method))
        qFatal("route %s: only POST, PUT and PATCH routes take a body", qPrintable(spec.path));
    if (spec.body && !spec.rawBody.isEmpty())
        qFatal("route %s: a body is either JSON (body) or raw (rawBody), not both",
               qPrintable(spec.path));
    m_routes.add(std::move(spec), std::move(handler));
}

void ApiServer::setAuthenticator(std::shared_ptr<const Authenticator> authenticator)
{
    if (m_listening)
        qFatal("setAuthenticator() after listen(); set it first");
    m_pipeline.setAuthenticator(std::move(authenticator));
}

QJsonObject ApiServer::openApiDocument() const
{
    return OpenApi::document(m_routes, QStringLiteral(SHAHRVAND_VERSION));
}

QList<RouteSpec> ApiServer::routes() const
{
    QList<RouteSpec> specs;
    for (const auto &route : m_routes.routes())
        specs.append(route->spec);
    return specs;
}

Expected<quint16, QString> ApiServer::listen(const ListenAddress &where,
                                             const std::optional<QSslConfiguration> &tls)
{
    const auto hook = [this](QTcpSocket *socket) { attachConnection(socket); };
    QTcpServer *server = nullptr;
    if (tls) {
        auto *sslServer = new GuardedServer<QSslServer>(hook, this);
        sslServer->setSslConfiguration(*tls);
        // Failed handshakes are the internet's background noise, not the server's fault.
        connect(sslServer, &QSslServer::errorOccurred, this,
                [](QSslSocket *socket, QAbstractSocket::SocketError) {
                    qCDebug(lcLimits).noquote()
                        << "TLS handshake with" << socket->peerAddress().toString()
                        << "failed:" << socket->errorString();
                });
        server = sslServer;
    } else {
        server = new GuardedServer<QTcpServer>(hook, this);
    }
    if (!server->listen(where.address, where.port)) {
        const QString reason =
            server->serverError() == QAbstractSocket::AddressInUseError
                ? tr("Could not listen on %1; is another program using that port?")
                      .arg(where.toString())
                : tr("Could not listen on %1: %2").arg(where.toString(), server->errorString());
        delete server;
        return reason;
    }
    const quint16 port = server->serverPort();
    m_transport->bind(server);
    m_listening = true;
    qCInfo(lcApi).noquote() << "listening on" << ListenAddress{where.address, port}.toString()
                            << (tls ? "(HTTPS)" : "(HTTP)") << "with" << m_workers.maxThreadCount()
                            << "worker threads";
    return port;
}

void ApiServer::attachConnection(QTcpSocket *socket)
{
    new ConnectionGuard(socket, {m_options.maxHeaderBytes, m_options.maxBodyBytes}, m_catalog,
                        m_transport);
    m_connections.insert(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
}

void ApiServer::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Language language = negotiateLanguage(headerValue(request.headers(), "accept-language"));
    if (m_shuttingDown) {
        answerNow(request, socket, ApiError::shuttingDown(), language);
        return;
    }
    const RouteTable::Match match =
        m_routes.match(request.method(), request.url().path(QUrl::FullyEncoded));
    if (auto error = checkBeforeDispatch(request, match)) {
        answerNow(request, socket, *error, language);
        return;
    }
    if (m_pending >= m_options.maxPendingRequests) {
        answerNow(request, socket, ApiError::serverBusy(), language);
        return;
    }
    dispatch(request, socket, match, language);
}

std::optional<ApiError> ApiServer::checkBeforeDispatch(const QHttpServerRequest &request,
                                                       const RouteTable::Match &match) const
{
    // The connection guard refuses oversized bodies before they arrive; this is the
    // backstop should its framing and Qt's ever disagree.
    if (request.body().size() > m_options.maxBodyBytes)
        return ApiError::payloadTooLarge(m_options.maxBodyBytes);
    if (match.badEncoding)
        return ApiError::invalidUtf8();
    if (!match.route) {
        if (match.allowedMethods.isEmpty())
            return ApiError::notFound();
        return ApiError::methodNotAllowed(match.allowedMethods);
    }
    const RouteSpec &spec = match.route->spec;
    const QByteArray contentType = headerValue(request.headers(), "content-type");
    if (spec.body && !isJsonMediaType(contentType))
        return ApiError::unsupportedMediaType();
    if (!spec.rawBody.isEmpty() && contentType.split(';').first().trimmed().compare(
                                       spec.rawBody.toLatin1(), Qt::CaseInsensitive) != 0)
        return ApiError::unsupportedMediaType(spec.rawBody);
    return std::nullopt;
}

void ApiServer::dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
                         const RouteTable::Match &match, Language language)
{
    // A copy, so the worker never reads the QHttpServerRequest, which Qt reuses for the
    // connection's next request.
    RequestContext context;
    context.m_method = request.method();
    context.m_path = request.url().path();
    context.m_pathParameters = match.parameters;
    context.m_headers = request.headers();
    context.m_encodedQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    context.m_rawBody = request.body();
    context.m_clientAddress = request.remoteAddress();
    context.m_language = language;
    context.m_database = m_database;
    context.m_clock = &m_clock;
    context.m_catalog = &m_catalog;
    context.m_requestId = ++m_requestCounter;

    ++m_pending;
    const RouteTable::Route *route = match.route;
    // The worker posts the answer back to this thread. (Not QFuture::then(): Qt 6.4 may run
    // a continuation twice when the task finishes while it is being attached, which a fast
    // handler makes likely.)
    m_workers.start([this, route, context = std::move(context),
                     socket = QPointer<QTcpSocket>(socket), request = &request]() mutable {
        QHttpServerResponse response = m_pipeline.run(*route, context);
        // Back on this thread: the socket may have gone (client hung up) while the worker
        // ran; the request object lives exactly as long as its socket.
        QMetaObject::invokeMethod(
            this,
            [this, socket, request, response = std::move(response)]() mutable {
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    response.write(HttpTransport::responder(*request, socket));
                requestFinished();
            },
            Qt::QueuedConnection);
    });
}

void ApiServer::answerNow(const QHttpServerRequest &request, QTcpSocket *socket,
                          const ApiError &error, Language language)
{
    ApiResponse(error)
        .toHttpResponse(m_catalog, language)
        .write(HttpTransport::responder(request, socket));
    if (asksToClose(error))
        socket->disconnectFromHost();
}

void ApiServer::requestFinished()
{
    --m_pending;
    if (m_shuttingDown && m_pending == 0)
        closeConnections();
}

void ApiServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    for (QTcpServer *server : m_transport->servers())
        server->close();
    qCInfo(lcApi) << "shutting down: no new connections;" << m_pending
                  << "request(s) still being answered";
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &ApiServer::closeConnections, Qt::QueuedConnection);
    else
        m_graceTimer.start(m_options.shutdownGrace);
}

void ApiServer::closeConnections()
{
    if (m_closing)
        return;
    m_closing = true;
    m_graceTimer.stop();
    if (m_pending > 0)
        qCWarning(lcApi) << m_pending << "request(s) were still running after"
                         << m_options.shutdownGrace.count() << "ms; closing without them";

    // disconnectFromHost() sends what is buffered first, then closes.
    QList<QPointer<QTcpSocket>> open;
    for (QTcpSocket *socket : std::as_const(m_connections)) {
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            open.append(socket);
    }
    auto finish = [this] {
        if (m_stopped)
            return;
        m_stopped = true;
        qCInfo(lcApi) << "stopped";
        emit stopped();
    };
    if (open.isEmpty()) {
        finish();
        return;
    }
    auto remaining = std::make_shared<int>(int(open.size()));
    for (const QPointer<QTcpSocket> &socket : std::as_const(open)) {
        connect(socket, &QAbstractSocket::disconnected, this, [remaining, finish] {
            if (--*remaining == 0)
                finish();
        });
    }
    QTimer::singleShot(closeTimeoutMs, this, finish);
}

} // namespace Shahrvand::Server
