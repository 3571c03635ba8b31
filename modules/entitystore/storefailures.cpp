#include "storefailures_p.h"

Q_LOGGING_CATEGORY(lcStore, "shahrvand.entitystore")

namespace Shahrvand::EntityStore {

StoreError internal(const QString &detail)
{
    qCWarning(lcStore) << detail;
    StoreError error;
    error.kind = StoreError::Kind::Internal;
    error.detail = detail;
    return error;
}

StoreError ofKind(StoreError::Kind kind, QString detail)
{
    StoreError error;
    error.kind = kind;
    error.detail = std::move(detail);
    return error;
}

StoreError fromWriteError(const Records::WriteError &error)
{
    switch (error.kind) {
    case Records::WriteError::Kind::NotFound:
        return ofKind(StoreError::Kind::NotFound, error.detail);
    case Records::WriteError::Kind::VersionConflict:
        return ofKind(StoreError::Kind::PreconditionFailed, error.detail);
    case Records::WriteError::Kind::Constraint:
        return ofKind(StoreError::Kind::Conflict, error.detail);
    case Records::WriteError::Kind::Database:
        break;
    }
    return internal(error.detail);
}

} // namespace Shahrvand::EntityStore
