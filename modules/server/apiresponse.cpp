#include "apiresponse.h"

#include <QJsonDocument>

namespace Shahrvand::Server {

namespace {

const QByteArray jsonType = QByteArrayLiteral("application/json");

QByteArray serialize(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return status < 500 ? "Client Error" : "Server Error";
    }
}

} // namespace

ApiResponse::ApiResponse(int httpStatus, QJsonValue body)
    : m_status(httpStatus)
    , m_body(std::move(body))
{}

ApiResponse::ApiResponse(ApiError error)
    : m_status(error.httpStatus())
    , m_error(std::move(error))
{}

ApiResponse ApiResponse::json(const QJsonObject &body, int httpStatus)
{
    return ApiResponse(httpStatus, body);
}

ApiResponse ApiResponse::json(const QJsonArray &body, int httpStatus)
{
    return ApiResponse(httpStatus, body);
}

ApiResponse ApiResponse::created(const QJsonObject &body, const QString &location)
{
    ApiResponse response(201, body);
    response.withHeader("Location", location.toUtf8());
    return response;
}

ApiResponse ApiResponse::noContent()
{
    return ApiResponse(204, QJsonValue(QJsonValue::Undefined));
}

ApiResponse ApiResponse::jsonText(QByteArray json, int httpStatus)
{
    return bytes(std::move(json), jsonType, httpStatus);
}

ApiResponse ApiResponse::bytes(QByteArray data, QByteArray contentType, int httpStatus)
{
    ApiResponse response(httpStatus, QJsonValue(QJsonValue::Undefined));
    response.m_bytes = std::move(data);
    response.m_contentType = std::move(contentType);
    return response;
}

ApiResponse &ApiResponse::withHeader(QByteArray name, QByteArray value)
{
    m_headers.append({std::move(name), std::move(value)});
    return *this;
}

int ApiResponse::httpStatus() const
{
    return m_status;
}

QHttpServerResponse ApiResponse::toHttpResponse(const MessageCatalog &catalog,
                                                Language language) const
{
    const auto status = QHttpServerResponse::StatusCode(m_status);
    QHttpServerResponse response = [&] {
        if (m_error)
            return QHttpServerResponse(jsonType, serialize(m_error->toJson(catalog, language)),
                                       status);
        if (m_bytes)
            return QHttpServerResponse(m_contentType, *m_bytes, status);
        if (m_body.isUndefined())
            return QHttpServerResponse(status);
        return QHttpServerResponse(jsonType, serialize(m_body), status);
    }();
    // Answers carry personal data: no cache on the way may keep them (unless the handler
    // says otherwise, as for immutable files), and no browser may guess another type.
    const bool ownCachePolicy =
        std::any_of(m_headers.cbegin(), m_headers.cend(), [](const Header &h) {
            return h.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
        });
    if (!ownCachePolicy)
        response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (m_error) {
        response.addHeader(QByteArrayLiteral("Content-Language"),
                           languageCode(language).toLatin1());
        for (const Header &header : m_error->headers())
            response.addHeader(header.first, header.second);
    }
    for (const Header &header : m_headers)
        response.addHeader(header.first, header.second);
    return response;
}

QByteArray ApiResponse::rawHttpClose(const ApiError &error, const MessageCatalog &catalog,
                                     Language language)
{
    const QByteArray body = serialize(error.toJson(catalog, language));
    QByteArray message = "HTTP/1.1 " + QByteArray::number(error.httpStatus()) + ' ' +
                         reasonPhrase(error.httpStatus()) + "\r\n";
    message += "Content-Type: application/json\r\n";
    message += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    message += "Content-Language: " + languageCode(language).toLatin1() + "\r\n";
    message += "Cache-Control: no-store\r\n";
    message += "Connection: close\r\n";
    for (const Header &header : error.headers()) {
        if (header.first.compare("Connection", Qt::CaseInsensitive) != 0)
            message += header.first + ": " + header.second + "\r\n";
    }
    message += "\r\n";
    message += body;
    return message;
}

} // namespace Shahrvand::Server
