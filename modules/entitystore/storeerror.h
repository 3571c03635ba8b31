#pragma once

#include "validation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Shahrvand::EntityStore {

// Why a request on an entity failed, in terms the API answers with.
struct StoreError
{
    enum class Kind {
        NotFound,           // 404: no such row, or one the user may not see
        Forbidden,          // 403: the user sees the row but their role may not do this
        Invalid,            // 400: the input has field errors
        PreconditionFailed, // 412: If-Match named a version that is no longer current
        Conflict,           // 409: a unique value is taken, or a referenced row is missing
        Refused,            // 409: a domain rule (the case workflow, the article lifecycle) refuses
        Internal,           // 500: logged; no detail reaches the client
    };
    Kind kind = Kind::Internal;
    QList<Entities::FieldError> fieldErrors; // Invalid
    qint64 currentVersion = 0;               // PreconditionFailed
    // Refused: the API's error code (case_action_refused, article_action_refused), a
    // stable snake_case reason, the untranslated message (in refusalContext) and
    // details for programs ({"action": "resolve", "status": "new"}).
    QString refusalError = QStringLiteral("case_action_refused");
    QString refusalCode;
    const char *refusalContext = "";
    const char *refusalText = "";
    QJsonObject refusalDetails;
    QString detail; // for logs only
};

} // namespace Shahrvand::EntityStore
