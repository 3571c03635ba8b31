#pragma once

#include "storeerror.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPrivacy)

namespace Shahrvand::Privacy {

inline EntityStore::StoreError forbidden()
{
    EntityStore::StoreError error;
    error.kind = EntityStore::StoreError::Kind::Forbidden;
    return error;
}

// Logged; no detail reaches the client.
EntityStore::StoreError internalError(const QString &detail);

} // namespace Shahrvand::Privacy
