#pragma once

#include "apierror.h"

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Shahrvand::Server {

// What a route handler returns: a JSON answer, bytes, or an ApiError. Copyable and built on a
// worker thread; the JSON is serialized there too, so the listening thread only copies
// bytes to the socket.
//
//     return ApiResponse::json(QJsonObject{{u"id"_s, 42}});
//     return ApiError::notFound();          // converts implicitly
class ApiResponse final
{
public:
    using Header = ApiError::Header;

    static ApiResponse json(const QJsonObject &body, int httpStatus = 200);
    static ApiResponse json(const QJsonArray &body, int httpStatus = 200);
    // 201 with a Location header naming the new resource.
    static ApiResponse created(const QJsonObject &body, const QString &location);
    static ApiResponse noContent();
    // JSON already written as text (JsonText, a row written straight from a query), sent
    // as it is: the same answer as json() of the parsed value.
    static ApiResponse jsonText(QByteArray json, int httpStatus = 200);
    // Bytes as they are (a file), with their media type.
    static ApiResponse bytes(QByteArray data, QByteArray contentType, int httpStatus = 200);

    ApiResponse(ApiError error);

    ApiResponse &withHeader(QByteArray name, QByteArray value);

    int httpStatus() const;
    bool isError() const { return m_error.has_value(); }
    // The error, or nullptr for a successful answer.
    const ApiError *error() const { return m_error ? &*m_error : nullptr; }

    QHttpServerResponse toHttpResponse(const MessageCatalog &catalog, Language language) const;

    // A complete HTTP/1.1 message with "Connection: close", for answers written before
    // the HTTP layer has a request to answer (an oversized upload, say).
    static QByteArray rawHttpClose(const ApiError &error, const MessageCatalog &catalog,
                                   Language language);

private:
    ApiResponse(int httpStatus, QJsonValue body);

    int m_status = 200;
    QJsonValue m_body;
    // Set for bytes(): sent instead of m_body.
    std::optional<QByteArray> m_bytes;
    QByteArray m_contentType;
    QList<Header> m_headers;
    std::optional<ApiError> m_error;
};

} // namespace Shahrvand::Server
