#pragma once

#include "messagecatalog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Shahrvand::Server {

// A failure the client is told about. On the wire every one looks the same:
//     {"error": {"code": "validation_failed", "message": "...", "details": {...}}}
// `code` is stable snake_case for programs; `message` is for people, in the request's
// language; `details` says which field, which limit, and so on. docs/API.md lists the
// codes. Handlers return these (ApiResponse converts implicitly); they never say
// anything about the server's internals.
class ApiError final
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    ApiError(int httpStatus, QString code, TranslatableText message, QJsonObject details = {});

    // 400 bad_request: the HTTP message itself is malformed.
    static ApiError badRequest();
    // 400 invalid_json: the body is not JSON. `offset` is where parsing failed.
    static ApiError invalidJson(qint64 offset);
    // 400 invalid_json: valid JSON, but not the object the route expects.
    static ApiError bodyMustBeObject();
    // 400 invalid_utf8: the body (or the path or query) is not valid UTF-8.
    static ApiError invalidUtf8();
    // 400 json_too_deep: arrays and objects nested deeper than `limit`.
    static ApiError jsonTooDeep(int limit);
    // 401 unauthorized, with WWW-Authenticate: Bearer. `tokenGiven` tells a missing
    // token from a wrong or expired one.
    static ApiError unauthorized(bool tokenGiven);
    // 403 forbidden: signed in, but this user may not do this.
    static ApiError forbidden();
    // 404 not_found: no such resource (route, or row behind a valid route).
    static ApiError notFound();
    // 405 method_not_allowed, with the Allow header listing `allowed`.
    static ApiError methodNotAllowed(const QStringList &allowed);
    // 409 conflict: the resource changed, or the request clashes with its state.
    static ApiError conflict(TranslatableText message, QJsonObject details = {});
    // 413 payload_too_large.
    static ApiError payloadTooLarge(qint64 limitBytes);
    // 415 unsupported_media_type: a JSON route received something else.
    static ApiError unsupportedMediaType();
    // 415 unsupported_media_type: a route that takes `expected` received something else.
    static ApiError unsupportedMediaType(const QString &expected);
    // 429 rate_limited, with Retry-After in whole seconds (at least 1).
    static ApiError rateLimited(int retryAfterSeconds);
    // 431 headers_too_large.
    static ApiError headersTooLarge(qint64 limitBytes);
    // 500 internal_error. Log the cause with a category before returning this.
    static ApiError internal();
    // 503 server_busy / shutting_down, with Retry-After.
    static ApiError serverBusy();
    static ApiError shuttingDown();

    // Validation of a body or query field (400 validation_failed); `field` is a path
    // such as "address.city" or "tags[2]". The named constructors below build the
    // message and the details together so that the two always agree.
    static ApiError missingField(const QString &field);
    static ApiError unknownField(const QString &field);
    static ApiError wrongType(const QString &field, const QString &expectedType);
    static ApiError notAnInteger(const QString &field);
    static ApiError outOfRange(const QString &field, qint64 minimum, qint64 maximum);
    static ApiError tooLong(const QString &field, qint64 maxLength);
    static ApiError tooManyItems(const QString &field, qint64 maxItems);
    static ApiError invalidCharacters(const QString &field);
    static ApiError notAllowedValue(const QString &field, const QStringList &allowed);
    static ApiError repeatedField(const QString &field);
    // For rules the schema cannot express (a national ID's check digit, a date order):
    // `reason` is snake_case, `message` explains it.
    static ApiError invalidField(const QString &field, const QString &reason,
                                 TranslatableText message);

    int httpStatus() const { return m_status; }
    const QString &code() const { return m_code; }
    const QJsonObject &details() const { return m_details; }
    const QList<Header> &headers() const { return m_headers; }
    QString message(const MessageCatalog &catalog, Language language) const;
    // For logs: code and English message.
    QString toLogString() const;

    ApiError &withHeader(QByteArray name, QByteArray value);
    ApiError &withDetail(const QString &key, const QJsonValue &value);

    // The JSON body of the answer.
    QJsonObject toJson(const MessageCatalog &catalog, Language language) const;

private:
    int m_status;
    QString m_code;
    TranslatableText m_message;
    QJsonObject m_details;
    QList<Header> m_headers;
};

} // namespace Shahrvand::Server
