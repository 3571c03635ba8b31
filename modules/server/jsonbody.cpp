#include "jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace Shahrvand::Server::JsonBody {

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

int nestingDepth(QByteArrayView json, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            deepest = qMax(deepest, ++depth);
            if (deepest > limit)
                return deepest;
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

Expected<QJsonObject, ApiError> parseObject(const QByteArray &body, int maxDepth)
{
    if (body.trimmed().isEmpty())
        return ApiError::bodyMustBeObject();
    if (!isValidUtf8(body))
        return ApiError::invalidUtf8();
    if (nestingDepth(body, maxDepth) > maxDepth)
        return ApiError::jsonTooDeep(maxDepth);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::invalidJson(error.offset);
    if (!document.isObject())
        return ApiError::bodyMustBeObject();
    return document.object();
}

} // namespace Shahrvand::Server::JsonBody
