#include "clock.h"
#include "commands.h"
#include "commandsupport.h"
#include "slamonitor.h"

#include <QCoreApplication>

#include <cstdio>

namespace Shahrvand::ServerCommands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};
} // namespace

int slaCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Runs the SLA timer once: carries out the warning and breach actions of cases "
               "whose deadlines have come, each once. For cron, or when the server runs "
               "without its own timer."));
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("sla-check"), arguments, &exitCode))
        return exitCode;

    const auto database = openMigratedDatabase(parser.value(db));
    if (!database)
        return fail(database.error());
    const SystemClock clock;
    CaseService::SlaMonitor monitor(*database, clock);
    const auto report = monitor.checkOnce();
    if (!report)
        return fail(report.error());
    std::printf("%s\n", qPrintable(Tr::tr("SLA check: %1 cases checked, %2 thresholds fired, %3 "
                                          "notifications, %4 escalations, %5 priorities raised")
                                       .arg(report->casesChecked)
                                       .arg(report->firings)
                                       .arg(report->notifications)
                                       .arg(report->escalations)
                                       .arg(report->priorityRaises)));
    return 0;
}

} // namespace Shahrvand::ServerCommands
