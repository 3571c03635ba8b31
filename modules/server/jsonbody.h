#pragma once

#include "apierror.h"
#include "expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace Shahrvand::Server::JsonBody {

// Whether `bytes` is well-formed UTF-8 (no stray continuation bytes, overlong forms,
// surrogates or code points past U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

// The deepest nesting of arrays and objects in `json`, counting only brackets outside
// strings; stops counting once past `limit`.
int nestingDepth(QByteArrayView json, int limit);

// A request body that must be one JSON object. The raw bytes are checked before Qt
// parses them: QJsonDocument would quietly replace invalid UTF-8 with U+FFFD (so a
// citizen's name could be stored corrupted) and would build a deep structure before
// anyone looked at its depth.
Expected<QJsonObject, ApiError> parseObject(const QByteArray &body, int maxDepth);

} // namespace Shahrvand::Server::JsonBody
