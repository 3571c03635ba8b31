#pragma once

#include "storeerror.h"
#include "writeerror.h"

#include <QLoggingCategory>

// How the store's parts turn failures into StoreError (private to EntityStore).
Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Shahrvand::EntityStore {

// Logged with the store's category; no detail reaches the client.
StoreError internal(const QString &detail);
StoreError ofKind(StoreError::Kind kind, QString detail = {});
StoreError fromWriteError(const Records::WriteError &error);

} // namespace Shahrvand::EntityStore
