#pragma once

#include <QString>

namespace Shahrvand::Records {

// Why a write did not happen, in terms the API can answer with (404, 412, 409, 500).
struct WriteError
{
    enum class Kind {
        NotFound,        // no such row (or it is a tombstone)
        VersionConflict, // the row changed since the version the caller read
        Constraint,      // a unique key or a reference would be broken
        Database,        // anything else: logged, never shown to users in detail
    };
    Kind kind = Kind::Database;
    QString detail; // for logs

    static WriteError notFound(QString detail = {}) { return {Kind::NotFound, std::move(detail)}; }
    static WriteError conflict(QString detail = {})
    {
        return {Kind::VersionConflict, std::move(detail)};
    }
    static WriteError database(QString detail) { return {Kind::Database, std::move(detail)}; }
};

} // namespace Shahrvand::Records
