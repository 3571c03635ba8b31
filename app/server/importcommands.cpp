// shahrvand-server import-routing-rules and import-holidays: the administrator's files of
// routing rules and of a year's official holidays, imported all or nothing:
//
//   shahrvand-server import-routing-rules --db URL rules.json
//   shahrvand-server import-holidays --db URL --calendar 1 holidays-1405.txt
#include "caseimports.h"
#include "clock.h"
#include "commands.h"
#include "commandsupport.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Shahrvand::ServerCommands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};

// The one FILE argument, read whole; or the reason why not (exit code 2 for usage).
Expected<QByteArray, std::pair<QString, int>> readFileArgument(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return std::pair{Tr::tr("name one file to import"), 2};
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return std::pair{Tr::tr("cannot read %1: %2").arg(files.first(), file.errorString()), 1};
    return file.readAll();
}

int reportProblems(const QString &file, const QList<CaseService::ImportProblem> &problems)
{
    for (const CaseService::ImportProblem &problem : problems)
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(problem.toString()));
    return fail(Tr::tr("nothing was imported: %n problem(s) in %1", nullptr, int(problems.size()))
                    .arg(file));
}

Records::WriteContext contextFor(const char *command)
{
    const SystemClock clock;
    return {std::nullopt, QStringLiteral("shahrvand-server ") + QLatin1String(command),
            clock.now().toMSecsSinceEpoch()};
}
} // namespace

int importRoutingRules(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Replaces the active routing rules with the rules of a JSON file, all or nothing. "
        "The file is an array of rules with the fields position, service_code, district_code, "
        "channel, keywords, case_priority, team_code, owner_strategy, owner_username and "
        "active; services and units are named by their codes, the owner by the user name."));
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The JSON file of rules."));
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("import-routing-rules"), arguments, &exitCode))
        return exitCode;
    const auto contents = readFileArgument(parser);
    if (!contents)
        return fail(contents.error().first, contents.error().second);

    const auto database = openMigratedDatabase(parser.value(db));
    if (!database)
        return fail(database.error());
    const auto report =
        CaseService::importRoutingRules(**database, *contents, contextFor("import-routing-rules"));
    if (!report)
        return reportProblems(parser.positionalArguments().first(), report.error());
    std::printf("%s\n", qPrintable(Tr::tr("Routing rules imported: %1 written, %2 replaced.")
                                       .arg(report->written)
                                       .arg(report->removed)));
    return 0;
}

int importHolidays(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Sets a business calendar's official holidays for the Jalali year(s) of a holiday "
        "file, all or nothing: one holiday per line, a Jalali date and its description "
        "(\"1405/01/01 Nowruz\"); blank lines and lines starting with # are skipped. Holidays of "
        "those years that the file no longer lists are removed."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption calendarOption(
        QStringLiteral("calendar"),
        Tr::tr("The business calendar: its id, or its name in Persian or English."),
        QStringLiteral("id|name"));
    parser.addOptions({db, calendarOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The holiday file (UTF-8)."));
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("import-holidays"), arguments, &exitCode))
        return exitCode;
    if (parser.value(calendarOption).trimmed().isEmpty())
        return fail(Tr::tr("say which business calendar the holidays are for with --calendar"), 2);
    const auto contents = readFileArgument(parser);
    if (!contents)
        return fail(contents.error().first, contents.error().second);

    const auto database = openMigratedDatabase(parser.value(db));
    if (!database)
        return fail(database.error());
    const auto report =
        CaseService::importHolidays(**database, parser.value(calendarOption).trimmed(),
                                    QString::fromUtf8(*contents), contextFor("import-holidays"));
    if (!report)
        return reportProblems(parser.positionalArguments().first(), report.error());
    QStringList years;
    for (int year : report->years)
        years << QString::number(year);
    std::printf("%s\n",
                qPrintable(Tr::tr("Holidays of %1 imported: %2 added, %3 changed, %4 removed, "
                                  "%5 unchanged.")
                               .arg(years.join(QStringLiteral(", ")))
                               .arg(report->added)
                               .arg(report->changed)
                               .arg(report->removed)
                               .arg(report->unchanged)));
    return 0;
}

} // namespace Shahrvand::ServerCommands
