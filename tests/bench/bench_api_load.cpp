#include "bench_api_load.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <deque>

namespace BenchApi {

namespace {

// Where one answer ends in `buffer`, or -1 while it is incomplete; fills `reply`.
// Returns -2 for an answer this client cannot frame (no Content-Length).
qsizetype parseReply(const QByteArray &buffer, HttpReply &reply, bool &closeAfter)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    qsizetype length = -1;
    closeAfter = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection" && value == "close")
            closeAfter = true;
    }
    if (length < 0)
        return -2;
    const qsizetype end = headerEnd + 4 + length;
    if (buffer.size() < end)
        return -1;
    reply.body = buffer.mid(headerEnd + 4, length);
    return end;
}

struct Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    qint64 sentAtNs = 0;
    bool busy = false;
    int index = 0;
};

} // namespace

QString LoadResult::slowest(int count) const
{
    std::vector<size_t> order(latenciesNs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const size_t shown = std::min(order.size(), size_t(std::max(count, 0)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(shown), order.end(),
                      [this](size_t a, size_t b) { return latenciesNs[a] > latenciesNs[b]; });
    QStringList parts;
    for (size_t i = 0; i < shown; ++i)
        parts << QStringLiteral("%1 ms at %2 s")
                     .arg(double(latenciesNs[order[i]]) / 1e6, 0, 'f', 0)
                     .arg(i < sentAtNs.size() ? double(sentAtNs[order[i]]) / 1e9 : -1.0, 0, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

double LoadResult::percentileMs(double fraction)
{
    if (latenciesNs.empty())
        return -1;
    std::sort(latenciesNs.begin(), latenciesNs.end());
    const auto rank = size_t(std::ceil(fraction * double(latenciesNs.size())));
    const size_t index = std::min(latenciesNs.size() - 1, rank == 0 ? 0 : rank - 1);
    return double(latenciesNs[index]) / 1e6;
}

LoadResult runLoad(quint16 port, const LoadOptions &options, const RequestMaker &makeRequest,
                   const ReplyCheck &check)
{
    LoadResult result;
    if (options.recordLatency)
        result.latenciesNs.reserve(size_t(std::min<qint64>(options.maxRequests, 4'000'000)));
    std::vector<Connection> connections(size_t(options.connections));
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 issued = 0;
    qint64 lastCompletionNs = 0;
    bool running = false;
    bool stopIssuing = false;
    int connected = 0;
    const bool openLoop = options.arrivalsPerSecond > 0;
    std::deque<qint64> arrivals; // open loop: scheduled times of arrivals not yet sent
    qint64 scheduled = 0;
    size_t nextConnection = 0;

    const auto fail = [&result](const QString &why) {
        ++result.failed;
        if (result.firstFailure.isEmpty())
            result.firstFailure = why;
    };
    const auto anyBusy = [&connections] {
        return std::any_of(connections.begin(), connections.end(),
                           [](const Connection &c) { return c.busy; });
    };
    const auto maybeFinish = [&] {
        if (running && stopIssuing && !anyBusy() && arrivals.empty())
            loop.quit();
    };
    const auto sendNext = [&](Connection &c) {
        if (openLoop) {
            if (arrivals.empty() || c.busy) {
                maybeFinish();
                return;
            }
            if (c.socket->state() != QAbstractSocket::ConnectedState) {
                c.buffer.clear();
                if (c.socket->state() == QAbstractSocket::UnconnectedState)
                    c.socket->connectToHost(QHostAddress::LocalHost, port);
                return; // sent when connected
            }
            c.busy = true;
            c.sentAtNs = arrivals.front(); // latency from the scheduled arrival
            arrivals.pop_front();
            c.socket->write(makeRequest(c.index, issued++));
            return;
        }
        if (stopIssuing || issued >= options.maxRequests ||
            (options.finished && options.finished()) ||
            clock.elapsed() >= options.maxMilliseconds) {
            stopIssuing = true;
            maybeFinish();
            return;
        }
        if (c.socket->state() != QAbstractSocket::ConnectedState) {
            c.buffer.clear();
            c.socket->connectToHost(QHostAddress::LocalHost, port);
            return; // sent when connected
        }
        const QByteArray request = makeRequest(c.index, issued++);
        c.busy = true;
        c.sentAtNs = clock.nsecsElapsed();
        c.socket->write(request);
    };

    for (int i = 0; i < options.connections; ++i) {
        Connection &c = connections[size_t(i)];
        c.index = i;
        c.socket = new QTcpSocket(&loop);
        c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(c.socket, &QTcpSocket::connected, &loop, [&, i] {
            ++connected;
            if (running)
                sendNext(connections[size_t(i)]);
            else if (connected == options.connections)
                loop.quit(); // all connected: start measuring
        });
        QObject::connect(c.socket, &QTcpSocket::readyRead, &loop, [&, i] {
            Connection &conn = connections[size_t(i)];
            conn.buffer += conn.socket->readAll();
            HttpReply reply;
            bool closeAfter = false;
            const qsizetype end = parseReply(conn.buffer, reply, closeAfter);
            if (end == -1)
                return;
            if (end == -2 || !conn.busy) {
                fail(QStringLiteral("unframed or unexpected answer"));
                conn.busy = false;
                conn.socket->abort();
                sendNext(conn);
                return;
            }
            result.bytesReceived += end;
            conn.buffer.remove(0, end);
            conn.busy = false;
            const qint64 now = clock.nsecsElapsed();
            lastCompletionNs = now;
            if (check(reply)) {
                ++result.completed;
                if (options.recordLatency) {
                    result.latenciesNs.push_back(now - conn.sentAtNs);
                    result.sentAtNs.push_back(conn.sentAtNs);
                }
            } else {
                fail(QStringLiteral("HTTP %1: %2")
                         .arg(reply.status)
                         .arg(QString::fromUtf8(reply.body.left(300))));
            }
            if (closeAfter)
                conn.socket->disconnectFromHost(); // the next request follows on reconnect
            else
                sendNext(conn);
        });
        QObject::connect(c.socket, &QTcpSocket::disconnected, &loop, [&, i] {
            Connection &conn = connections[size_t(i)];
            --connected;
            if (conn.busy) {
                conn.busy = false;
                fail(QStringLiteral("connection closed during a request"));
            }
            if (running)
                QTimer::singleShot(0, &loop, [&, i] { sendNext(connections[size_t(i)]); });
        });
        QObject::connect(c.socket, &QTcpSocket::errorOccurred, &loop,
                         [&, i](QAbstractSocket::SocketError error) {
                             Connection &conn = connections[size_t(i)];
                             if (error == QAbstractSocket::RemoteHostClosedError)
                                 return; // handled by disconnected
                             fail(conn.socket->errorString());
                             conn.busy = false;
                             stopIssuing = true;
                             maybeFinish();
                             if (!running)
                                 loop.quit();
                         });
        c.socket->connectToHost(QHostAddress::LocalHost, port);
    }

    // Connect everything first (bounded), then measure.
    QTimer connectLimit;
    connectLimit.setSingleShot(true);
    QObject::connect(&connectLimit, &QTimer::timeout, &loop, &QEventLoop::quit);
    connectLimit.start(15000);
    loop.exec();
    connectLimit.stop();
    if (connected < options.connections) {
        fail(QStringLiteral("only %1 of %2 connections opened")
                 .arg(connected)
                 .arg(options.connections));
        return result;
    }

    running = true;
    clock.start();
    QTimer arrivalClock;
    if (openLoop) {
        // Every millisecond: the arrivals now due, each on the next free connection.
        arrivalClock.setTimerType(Qt::PreciseTimer);
        QObject::connect(&arrivalClock, &QTimer::timeout, &loop, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (!stopIssuing) {
                const auto due = qint64(double(now) * options.arrivalsPerSecond / 1e9) + 1;
                while (scheduled < due && scheduled < options.maxRequests) {
                    arrivals.push_back(qint64(double(scheduled) * 1e9 / options.arrivalsPerSecond));
                    ++scheduled;
                }
            }
            for (size_t tried = 0; tried < connections.size() && !arrivals.empty(); ++tried) {
                Connection &c = connections[nextConnection];
                nextConnection = (nextConnection + 1) % connections.size();
                if (!c.busy)
                    sendNext(c);
            }
            result.largestBacklog =
                std::max<qint64>(result.largestBacklog, qint64(arrivals.size()));
            if (stopIssuing && arrivals.empty())
                arrivalClock.stop();
            maybeFinish();
        });
        arrivalClock.start(1);
    } else {
        for (Connection &c : connections)
            sendNext(c);
    }
    // The budget stops new requests; the answers in flight get a bounded grace period.
    QTimer budget;
    budget.setSingleShot(true);
    QObject::connect(&budget, &QTimer::timeout, &loop, [&] {
        stopIssuing = true;
        maybeFinish();
    });
    budget.start(int(options.maxMilliseconds));
    QTimer hardStop;
    hardStop.setSingleShot(true);
    QObject::connect(&hardStop, &QTimer::timeout, &loop, [&] {
        if (anyBusy())
            fail(QStringLiteral("answers still missing after the grace period"));
        loop.quit();
    });
    hardStop.start(int(options.maxMilliseconds) + 60000);
    if (!stopIssuing || anyBusy() || !arrivals.empty())
        loop.exec();
    result.elapsedNs = lastCompletionNs;
    running = false;
    for (Connection &c : connections) {
        QObject::disconnect(c.socket, nullptr, &loop, nullptr);
        c.socket->abort();
    }
    return result;
}

HttpReply exchangeOnce(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    HttpReply reply;
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    socket.write(request);
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
            break;
        buffer += socket.readAll();
        bool closeAfter = false;
        const qsizetype end = parseReply(buffer, reply, closeAfter);
        if (end >= 0)
            return reply;
        if (end == -2)
            break;
    }
    return HttpReply{};
}

QByteArray getRequest(const QByteArray &path, const QByteArray &bearer)
{
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!bearer.isEmpty())
        request += "Authorization: Bearer " + bearer + "\r\n";
    return request + "Accept: application/json\r\n\r\n";
}

QByteArray postJsonRequest(const QByteArray &path, const QByteArray &json, const QByteArray &bearer)
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!bearer.isEmpty())
        request += "Authorization: Bearer " + bearer + "\r\n";
    return request +
           "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
           "\r\n\r\n" + json;
}

} // namespace BenchApi
