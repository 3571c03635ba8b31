#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace Shahrvand::Testing {

// One HTTP answer as the client saw it.
struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Transport failure (refused, reset, TLS error), empty when an answer came.
    QString failure;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
    QString errorCode() const;
    QString errorMessage() const;
    QJsonObject errorDetails() const;
};

// Builds "METHOD path HTTP/1.1" with Host, the given headers, and Content-Length for a
// body; `extraHeaders` are raw "Name: value" lines.
QByteArray rawRequest(const QByteArray &method, const QByteArray &path,
                      const QList<QByteArray> &extraHeaders = {}, const QByteArray &body = {},
                      bool withContentLength = true);

// Sends `raw` on a new connection to 127.0.0.1:`port` and reads one answer. The server
// under test runs on this thread, so this spins the event loop (bounded by a generous
// deadline so a broken server fails the test instead of hanging it).
HttpReply exchangeRaw(quint16 port, const QByteArray &raw,
                      const std::optional<QSslConfiguration> &tls = std::nullopt);

// The same through QNetworkAccessManager, as a real client would.
HttpReply exchange(const QNetworkRequest &request, const QByteArray &method,
                   const QByteArray &body = {});

// A QNetworkRequest for http://127.0.0.1:port/path with Accept-Language set.
QNetworkRequest apiRequest(quint16 port, const QString &path, const QByteArray &language = "fa");

// Whether `text` contains Persian (Arabic-script) letters.
bool hasPersianLetters(const QString &text);

} // namespace Shahrvand::Testing
