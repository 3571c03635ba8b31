#include "apierror.h"

#include <QJsonArray>

namespace Shahrvand::Server {

namespace {

constexpr char context[] = "Shahrvand::Server::ApiError";

TranslatableText text(const char *source)
{
    return TranslatableText::translate(context, source);
}

QJsonObject fieldDetails(const QString &field, const QString &reason)
{
    return QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("reason"), reason}};
}

const QString validationFailed = QStringLiteral("validation_failed");

} // namespace

// The texts below are written out with QT_TRANSLATE_NOOP so that lupdate finds them
// under this class's context; they are translated per request in message().

ApiError::ApiError(int httpStatus, QString code, TranslatableText message, QJsonObject details)
    : m_status(httpStatus)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_details(std::move(details))
{}

ApiError ApiError::badRequest()
{
    return ApiError(
        400, QStringLiteral("bad_request"),
        text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError", "The request is malformed.")));
}

ApiError ApiError::invalidJson(qint64 offset)
{
    return ApiError(400, QStringLiteral("invalid_json"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The request body is not valid JSON.")),
                    QJsonObject{{QStringLiteral("offset"), offset}});
}

ApiError ApiError::bodyMustBeObject()
{
    return ApiError(400, QStringLiteral("invalid_json"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The request body must be a JSON object.")));
}

ApiError ApiError::invalidUtf8()
{
    return ApiError(400, QStringLiteral("invalid_utf8"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The request contains text that is not valid "
                                           "UTF-8.")));
}

ApiError ApiError::jsonTooDeep(int limit)
{
    return ApiError(400, QStringLiteral("json_too_deep"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The request body is nested more than %1 levels "
                                           "deep."))
                        .arg(qint64(limit)),
                    QJsonObject{{QStringLiteral("max_depth"), limit}});
}

ApiError ApiError::unauthorized(bool tokenGiven)
{
    ApiError error(
        401, QStringLiteral("unauthorized"),
        tokenGiven ? text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                            "Your session has expired or is not "
                                            "valid. Sign in again."))
                   : text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError", "Sign in to do this.")));
    // RFC 6750: a missing token gets the bare challenge, a bad one says why.
    error.withHeader("WWW-Authenticate", tokenGiven ? QByteArray("Bearer error=\"invalid_token\"")
                                                    : QByteArray("Bearer"));
    return error;
}

ApiError ApiError::forbidden()
{
    return ApiError(403, QStringLiteral("forbidden"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "You do not have permission to do this.")));
}

ApiError ApiError::notFound()
{
    return ApiError(
        404, QStringLiteral("not_found"),
        text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError", "There is no such resource.")));
}

ApiError ApiError::methodNotAllowed(const QStringList &allowed)
{
    ApiError error(405, QStringLiteral("method_not_allowed"),
                   text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                          "This resource does not accept this method. "
                                          "Allowed: %1."))
                       .arg(allowed.join(QStringLiteral(", "))),
                   QJsonObject{{QStringLiteral("allowed"), QJsonArray::fromStringList(allowed)}});
    error.withHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    return error;
}

ApiError ApiError::conflict(TranslatableText message, QJsonObject details)
{
    return ApiError(409, QStringLiteral("conflict"), std::move(message), std::move(details));
}

ApiError ApiError::payloadTooLarge(qint64 limitBytes)
{
    return ApiError(413, QStringLiteral("payload_too_large"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The request body is too large; the limit is %1 "
                                           "bytes."))
                        .arg(limitBytes),
                    QJsonObject{{QStringLiteral("max_bytes"), limitBytes}});
}

ApiError ApiError::unsupportedMediaType()
{
    return ApiError(415, QStringLiteral("unsupported_media_type"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "Send the request body as JSON, with the header "
                                           "Content-Type: application/json.")),
                    QJsonObject{{QStringLiteral("expected"), QStringLiteral("application/json")}});
}

ApiError ApiError::unsupportedMediaType(const QString &expected)
{
    return ApiError(415, QStringLiteral("unsupported_media_type"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "Send the request body with the header "
                                           "Content-Type: %1."))
                        .arg(expected),
                    QJsonObject{{QStringLiteral("expected"), expected}});
}

ApiError ApiError::rateLimited(int retryAfterSeconds)
{
    const int seconds = qMax(1, retryAfterSeconds);
    ApiError error(429, QStringLiteral("rate_limited"),
                   text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                          "Too many requests. Wait a moment and try again.")),
                   QJsonObject{{QStringLiteral("retry_after_seconds"), seconds}});
    error.withHeader("Retry-After", QByteArray::number(seconds));
    return error;
}

ApiError ApiError::headersTooLarge(qint64 limitBytes)
{
    return ApiError(431, QStringLiteral("headers_too_large"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The request headers are too large.")),
                    QJsonObject{{QStringLiteral("max_bytes"), limitBytes}});
}

ApiError ApiError::internal()
{
    return ApiError(500, QStringLiteral("internal_error"),
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "Something went wrong on the server. Try again; if "
                                           "it happens again, tell the administrator.")));
}

ApiError ApiError::serverBusy()
{
    ApiError error(503, QStringLiteral("server_busy"),
                   text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                          "The server is busy. Try again in a moment.")));
    error.withHeader("Retry-After", "1");
    return error;
}

ApiError ApiError::shuttingDown()
{
    ApiError error(503, QStringLiteral("shutting_down"),
                   text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                          "The server is restarting. Try again in a moment.")));
    error.withHeader("Retry-After", "5");
    error.withHeader("Connection", "close");
    return error;
}

ApiError ApiError::missingField(const QString &field)
{
    return ApiError(
        400, validationFailed,
        text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError", "The field \"%1\" is required."))
            .arg(field),
        fieldDetails(field, QStringLiteral("missing")));
}

ApiError ApiError::unknownField(const QString &field)
{
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "There is no field called \"%1\" here."))
                        .arg(field),
                    fieldDetails(field, QStringLiteral("unknown_field")));
}

ApiError ApiError::wrongType(const QString &field, const QString &expectedType)
{
    QJsonObject details = fieldDetails(field, QStringLiteral("wrong_type"));
    details.insert(QStringLiteral("expected"), expectedType);
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The field \"%1\" must be of type %2."))
                        .arg(field)
                        .arg(expectedType),
                    details);
}

ApiError ApiError::notAnInteger(const QString &field)
{
    QJsonObject details = fieldDetails(field, QStringLiteral("not_integer"));
    details.insert(QStringLiteral("expected"), QStringLiteral("integer"));
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The field \"%1\" must be a whole number."))
                        .arg(field),
                    details);
}

ApiError ApiError::outOfRange(const QString &field, qint64 minimum, qint64 maximum)
{
    QJsonObject details = fieldDetails(field, QStringLiteral("out_of_range"));
    details.insert(QStringLiteral("minimum"), minimum);
    details.insert(QStringLiteral("maximum"), maximum);
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The field \"%1\" must be between %2 and %3."))
                        .arg(field)
                        .arg(minimum)
                        .arg(maximum),
                    details);
}

ApiError ApiError::tooLong(const QString &field, qint64 maxLength)
{
    QJsonObject details = fieldDetails(field, QStringLiteral("too_long"));
    details.insert(QStringLiteral("max_length"), maxLength);
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The field \"%1\" is too long; at most %2 "
                                           "characters are allowed."))
                        .arg(field)
                        .arg(maxLength),
                    details);
}

ApiError ApiError::tooManyItems(const QString &field, qint64 maxItems)
{
    QJsonObject details = fieldDetails(field, QStringLiteral("too_many_items"));
    details.insert(QStringLiteral("max_items"), maxItems);
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The field \"%1\" has too many items; at most %2 "
                                           "are allowed."))
                        .arg(field)
                        .arg(maxItems),
                    details);
}

ApiError ApiError::invalidCharacters(const QString &field)
{
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The field \"%1\" contains characters that are not "
                                           "allowed."))
                        .arg(field),
                    fieldDetails(field, QStringLiteral("invalid_characters")));
}

ApiError ApiError::notAllowedValue(const QString &field, const QStringList &allowed)
{
    QJsonObject details = fieldDetails(field, QStringLiteral("not_allowed"));
    details.insert(QStringLiteral("allowed"), QJsonArray::fromStringList(allowed));
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The field \"%1\" must be one of: %2."))
                        .arg(field)
                        .arg(allowed.join(QStringLiteral(", "))),
                    details);
}

ApiError ApiError::repeatedField(const QString &field)
{
    return ApiError(400, validationFailed,
                    text(QT_TRANSLATE_NOOP("Shahrvand::Server::ApiError",
                                           "The field \"%1\" is given more than once."))
                        .arg(field),
                    fieldDetails(field, QStringLiteral("repeated")));
}

ApiError ApiError::invalidField(const QString &field, const QString &reason,
                                TranslatableText message)
{
    return ApiError(400, validationFailed, std::move(message), fieldDetails(field, reason));
}

QString ApiError::message(const MessageCatalog &catalog, Language language) const
{
    return m_message.toString(catalog, language);
}

QString ApiError::toLogString() const
{
    return m_code + QStringLiteral(": ") + m_message.toEnglish();
}

ApiError &ApiError::withHeader(QByteArray name, QByteArray value)
{
    m_headers.append({std::move(name), std::move(value)});
    return *this;
}

ApiError &ApiError::withDetail(const QString &key, const QJsonValue &value)
{
    m_details.insert(key, value);
    return *this;
}

QJsonObject ApiError::toJson(const MessageCatalog &catalog, Language language) const
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), m_code},
                                    {QStringLiteral("message"), message(catalog, language)},
                                    {QStringLiteral("details"), m_details}}}};
}

} // namespace Shahrvand::Server
