#include "migrations.h"

#include "database.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

Q_LOGGING_CATEGORY(lcMigrations, "shahrvand.storage.migrations")

namespace Shahrvand::Storage {

namespace {

struct MigrationFile
{
    int version;
    const char *resource;
    const char *description;
};

// Append only. The description is what `shahrvand-server migrate` reports.
constexpr std::array migrations{
    MigrationFile{1, ":/migrations/0001_data_model.sql", "The data model of the whole product"},
    MigrationFile{2, ":/migrations/0002_login_throttle.sql", "Sign-in throttling per user name"},
    MigrationFile{3, ":/migrations/0003_scope_changes.sql",
                  "Rows entering and leaving users' views, for sync"},
    MigrationFile{4, ":/migrations/0004_case_queue_index.sql",
                  "An index for queue pages by status"},
    MigrationFile{5, ":/migrations/0005_case_rules.sql",
                  "Case rules on the server: status reasons, SLA firings, notifications"},
    MigrationFile{6, ":/migrations/0006_notifications_sync.sql",
                  "Notifications are synced to their user: versions and tombstones"},
    MigrationFile{7, ":/migrations/0007_approval_chains.sql",
                  "Approval chains: a chain number per submission, a mission's approval state"},
    MigrationFile{8, ":/migrations/0008_citizen_merges.sql",
                  "Citizen merges: what each merge changed, so that it can be undone"},
    MigrationFile{9, ":/migrations/0009_queue_indexes_live.sql",
                  "Case queue indexes that skip tombstones"},
};

QStringList statementsOf(const QString &script)
{
    // Statements end with a semicolon at the end of a line; comments are whole lines.
    static const QRegularExpression comment(QStringLiteral("^\\s*--.*$"),
                                            QRegularExpression::MultilineOption);
    QString text = script;
    text.remove(comment);
    QStringList statements;
    for (const QString &part : text.split(QStringLiteral(";\n"))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements << (statement.endsWith(QLatin1Char(';')) ? statement.chopped(1) : statement);
    }
    return statements;
}

} // namespace

Migrator::Migrator(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{}

int Migrator::latestVersion()
{
    return migrations.back().version;
}

QString Migrator::description(int version)
{
    for (const MigrationFile &migration : migrations) {
        if (migration.version == version)
            return QString::fromUtf8(migration.description);
    }
    return {};
}

Expected<int, QString> Migrator::currentVersion()
{
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen())
        return tr("The database cannot be reached.");
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !query.next())
        return tr("Could not read the schema version: %1").arg(query.lastError().text());
    return query.value(0).toInt();
}

Expected<int, QString> Migrator::migrate(int target)
{
    if (target < 0)
        target = latestVersion();
    if (target > latestVersion())
        return tr("This program knows schema versions up to %1, not %2.")
            .arg(latestVersion())
            .arg(target);

    const auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return tr("The database has schema version %1 but this program only knows up to %2: "
                  "it was written by a newer Shahrvand server. Upgrade this server.")
            .arg(*current)
            .arg(latestVersion());

    int applied = 0;
    for (int version = *current + 1; version <= target; ++version) {
        const auto result = apply(version);
        if (!result)
            return result.error();
        if (*result)
            ++applied;
    }
    return applied;
}

Expected<bool, QString> Migrator::apply(int version)
{
    const MigrationFile *migration = nullptr;
    for (const MigrationFile &candidate : migrations) {
        if (candidate.version == version)
            migration = &candidate;
    }
    Q_ASSERT(migration);

    QFile file(QString::fromLatin1(migration->resource));
    if (!file.open(QIODevice::ReadOnly))
        return tr("Migration %1 is missing from this program.").arg(version);
    const QString script = m_database->expandDialect(QString::fromUtf8(file.readAll()));

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return tr("Could not start migration %1: %2").arg(version).arg(transaction.error());

    QSqlQuery query(db);
    if (m_database->backend() == Backend::PostgreSQL) {
        // Two servers starting together must not both migrate: the second waits here,
        // then finds the work done.
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7341234501)")))
            return tr("Could not lock the schema: %1").arg(query.lastError().text());
    }
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY,"
                                   " description TEXT NOT NULL,"
                                   " applied_at BIGINT NOT NULL)")))
        return tr("Could not create the schema table: %1").arg(query.lastError().text());
    query.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
    query.addBindValue(version);
    if (!query.exec())
        return tr("Could not read the schema version: %1").arg(query.lastError().text());
    if (query.next())
        return false; // another server applied it while we waited for the lock
    query.finish();

    for (const QString &statement : statementsOf(script)) {
        if (!query.exec(statement))
            return tr("Migration %1 failed: %2\nIn: %3")
                .arg(version)
                .arg(query.lastError().text(), statement.left(300));
    }
    query.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(version);
    query.addBindValue(QString::fromUtf8(migration->description));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return tr("Could not record migration %1: %2").arg(version).arg(query.lastError().text());
    query.finish();
    if (!transaction.commit())
        return tr("Could not commit migration %1: %2").arg(version).arg(transaction.error());
    qCInfo(lcMigrations) << "applied migration" << version << migration->description;
    return true;
}

} // namespace Shahrvand::Storage
