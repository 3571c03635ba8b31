#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace Shahrvand::Server {

// Qt's HTTP/1.1 connection handling with every request handed to one function: the
// routing, the error format and the threading are ApiServer's. (QHttpServer's own
// router knows neither 405 nor asynchronous answers that outlive a disconnect.)
class HttpTransport final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using RequestHandler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit HttpTransport(RequestHandler handler, QObject *parent = nullptr);

    // A responder for `request` on `socket`, which must still exist.
    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    RequestHandler m_handler;
};

// A listening server (QTcpServer or QSslServer) that hands each new connection to
// `onConnection` before the HTTP layer sees it, so a ConnectionGuard gets the first
// look at its bytes.
template<typename Base> class GuardedServer final : public Base
{
public:
    using ConnectionHook = std::function<void(QTcpSocket *)>;

    GuardedServer(ConnectionHook onConnection, QObject *parent)
        : Base(parent)
        , m_onConnection(std::move(onConnection))
    {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket) {
            // No Nagle: an answer's last partial segment would otherwise wait for the
            // client's ACK of the one before, which a client delays by up to 40 ms
            // (delayed ACK). Every answer bigger than a segment or two paid that wait.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_onConnection(socket);
        }
        return socket;
    }

private:
    ConnectionHook m_onConnection;
};

} // namespace Shahrvand::Server
