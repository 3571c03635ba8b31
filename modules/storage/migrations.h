#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Shahrvand::Storage {

class Database;

// The server's schema, as a numbered list of migrations. Migration N is never edited
// once released: a change to the schema is a new migration, and upgrading from every
// earlier version is tested. Each migration is a file in migrations/ (one text for both
// backends, with dialect tokens) applied in one transaction.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Storage::Migrator)

public:
    explicit Migrator(std::shared_ptr<Database> database);

    static int latestVersion();
    static QString description(int version);

    // 0 for an empty database.
    Expected<int, QString> currentVersion();

    // Brings the schema to `target` (the latest by default), one migration at a time;
    // returns how many were applied. Refuses a database newer than this program.
    Expected<int, QString> migrate(int target = -1);

private:
    Expected<bool, QString> apply(int version);

    std::shared_ptr<Database> m_database;
};

} // namespace Shahrvand::Storage
