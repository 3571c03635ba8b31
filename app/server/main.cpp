// shahrvand-server: the central REST server. Wiring only: each operator command is a
// file of its own (commands.h), the logic lives in modules/.
#include "commands.h"
#include "commandsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>

using namespace Shahrvand;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};

struct Command
{
    const char *name;
    std::function<int(const QStringList &)> run;
    QString summary;
};

void printUsage(const QList<Command> &commands)
{
    std::printf("%s\n\n", qPrintable(Tr::tr("Usage: shahrvand-server <command> [options]")));
    std::printf("%s\n", qPrintable(Tr::tr("Commands:")));
    for (const Command &command : commands)
        std::printf("  %-21s %s\n", command.name, qPrintable(command.summary));
    std::printf("\n%s\n",
                qPrintable(Tr::tr("Run shahrvand-server <command> --help for its options.")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Shahrvand"));
    QCoreApplication::setApplicationName(QStringLiteral("shahrvand-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHAHRVAND_VERSION));

    const QList<Command> commands{
        {"serve", ServerCommands::serve, Tr::tr("answer the REST API")},
        {"migrate", ServerCommands::migrate, Tr::tr("bring the database schema up to date")},
        {"create-user", ServerCommands::createUser,
         Tr::tr("add a user with a role and a unit (password from standard input)")},
        {"verify-audit", ServerCommands::verifyAudit,
         Tr::tr("check that the audit trail has not been altered")},
        {"seed", ServerCommands::seed, Tr::tr("fill the database with demo or benchmark data")},
        {"sla-check", ServerCommands::slaCheck,
         Tr::tr("run the SLA timer once (warnings, breaches, escalations)")},
        {"import-routing-rules", ServerCommands::importRoutingRules,
         Tr::tr("replace the active routing rules with those of a JSON file")},
        {"import-holidays", ServerCommands::importHolidays,
         Tr::tr("set a business calendar's holidays for a year from a file")},
    };

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(commands);
        return ServerCommands::fail(Tr::tr("say what to do, for example: shahrvand-server serve"),
                                    2);
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printUsage(commands);
        return 0;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        std::printf("shahrvand-server %s\n", SHAHRVAND_VERSION);
        return 0;
    }
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    return ServerCommands::fail(Tr::tr("unknown command \"%1\"; see --help").arg(name), 2);
}
