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

int fail(const QString &message, int exitCode)
{
    std::fprintf(stderr, "shahrvand-server: %s\n", qPrintable(message));
    return exitCode;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("db"), QStringLiteral("database")},
        Tr::tr("The database: sqlite:/path/file.db or postgres://user@host/name."),
        QStringLiteral("url"));
}

bool parseArguments(QCommandLineParser &parser, const QString &command,
                    const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    QStringList argv{QStringLiteral("shahrvand-server ") + command};
    argv << arguments;
    if (!parser.parse(argv)) {
        *exitCode = fail(parser.errorText(), 2);
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    return true;
}

Expected<std::shared_ptr<Storage::Database>, QString> openMigratedDatabase(const QString &text)
{
    if (text.isEmpty())
        return Tr::tr("say which database to use with --db, for example "
                      "--db sqlite:/var/lib/shahrvand/shahrvand.db");
    const auto url = Storage::DatabaseUrl::parse(text);
    if (!url)
        return url.error();
    auto database = Storage::Database::open(*url);
    if (!database)
        return database.error();
    Storage::Migrator migrator(*database);
    const auto applied = migrator.migrate();
    if (!applied)
        return applied.error();
    if (*applied > 0)
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("Database schema brought up to version %1 (%n migration(s) "
                                       "applied).",
                                       nullptr, *applied)
                                    .arg(Storage::Migrator::latestVersion())));
    return *database;
}

} // namespace Shahrvand::ServerCommands
