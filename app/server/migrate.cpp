#include "commands.h"
#include "commandsupport.h"
#include "migrations.h"

#include <QCoreApplication>

#include <cstdio>

namespace Shahrvand::ServerCommands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};
} // namespace

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Brings the database schema to the version this server needs."));
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("migrate"), arguments, &exitCode))
        return exitCode;

    const auto database = openMigratedDatabase(parser.value(db));
    if (!database)
        return fail(database.error());
    std::printf("%s\n", qPrintable(Tr::tr("The database is at schema version %1, the latest.")
                                       .arg(Storage::Migrator::latestVersion())));
    return 0;
}

} // namespace Shahrvand::ServerCommands
