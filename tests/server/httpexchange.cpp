#include "httpexchange.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Shahrvand::Testing {

namespace {

// Long enough for a loaded CI machine; it only stops a hang, it measures nothing.
constexpr int deadlineMs = 30000;

// Parses one HTTP/1.1 answer from `data`; false while incomplete.
bool parseReply(const QByteArray &data, HttpReply *reply, bool connectionClosed)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    reply->status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    reply->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply->headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    reply->body = data.mid(headEnd + 4);
    bool ok = false;
    const qsizetype length = reply->header("content-length").toLongLong(&ok);
    if (ok)
        return reply->body.size() >= length;
    return connectionClosed;
}

} // namespace

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const
{
    return json().value(u"error").toObject().value(u"code").toString();
}

QString HttpReply::errorMessage() const
{
    return json().value(u"error").toObject().value(u"message").toString();
}

QJsonObject HttpReply::errorDetails() const
{
    return json().value(u"error").toObject().value(u"details").toObject();
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &path,
                      const QList<QByteArray> &extraHeaders, const QByteArray &body,
                      bool withContentLength)
{
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &header : extraHeaders)
        raw += header + "\r\n";
    if (withContentLength && !body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;
    return raw;
}

HttpReply exchangeRaw(quint16 port, const QByteArray &raw,
                      const std::optional<QSslConfiguration> &tls)
{
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->setSslConfiguration(*tls);
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
    }
    HttpReply reply;
    QByteArray received;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        reply.failure = QStringLiteral("no complete answer before the deadline");
        loop.quit();
    });
    QObject::connect(socket.get(), &QTcpSocket::readyRead, &loop, [&] {
        received += socket->readAll();
        if (parseReply(received, &reply, false))
            loop.quit();
    });
    QObject::connect(socket.get(), &QTcpSocket::disconnected, &loop, [&] {
        received += socket->readAll();
        if (!parseReply(received, &reply, true) && reply.failure.isEmpty())
            reply.failure = QStringLiteral("connection closed without an answer");
        loop.quit();
    });
    QObject::connect(socket.get(), &QTcpSocket::errorOccurred, &loop, [&] {
        if (socket->error() == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows and reads what came
        received += socket->readAll();
        if (!parseReply(received, &reply, true))
            reply.failure = socket->errorString();
        loop.quit();
    });
    const auto send = [&] { socket->write(raw); };
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket.get());
        QObject::connect(ssl, &QSslSocket::encrypted, &loop, send);
        ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    } else {
        QObject::connect(socket.get(), &QTcpSocket::connected, &loop, send);
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    deadline.start(deadlineMs);
    loop.exec();
    return reply;
}

HttpReply exchange(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkReply *answer = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(answer, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply reply;
    reply.status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : answer->rawHeaderPairs())
        reply.headers.append(pair);
    reply.body = answer->readAll();
    if (reply.status == 0)
        reply.failure = answer->isFinished() ? answer->errorString() : QStringLiteral("timed out");
    delete answer;
    return reply;
}

QNetworkRequest apiRequest(quint16 port, const QString &path, const QByteArray &language)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setRawHeader("Accept-Language", language);
    return request;
}

bool hasPersianLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.script() == QChar::Script_Arabic && c.isLetter(); });
}

} // namespace Shahrvand::Testing
