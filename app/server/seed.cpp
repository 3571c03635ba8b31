#include "clock.h"
#include "commands.h"
#include "commandsupport.h"
#include "demoseeder.h"
#include "scaleseeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace Shahrvand::ServerCommands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

// A count option: absent is 0; anything but a whole number >= 0 is refused.
std::optional<qint64> count(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}
} // namespace

int seed(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Fills the database with the demo city (--demo), or with generated data at "
               "benchmark scale (--citizens, --cases, --articles). Running it again adds no "
               "second demo city."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Tr::tr("The demo city: organisation, staff for every role, "
                                         "citizens, cases, knowledge base, missions."));
    const QCommandLineOption citizens(QStringLiteral("citizens"),
                                      Tr::tr("Generate this many citizens."), QStringLiteral("N"));
    const QCommandLineOption cases(QStringLiteral("cases"), Tr::tr("Generate this many cases."),
                                   QStringLiteral("N"));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      Tr::tr("Generate this many knowledge articles."),
                                      QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   Tr::tr("Generated rows per transaction (default 20000)."),
                                   QStringLiteral("N"));
    parser.addOptions({db, demo, citizens, cases, articles, batch});
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("seed"), arguments, &exitCode))
        return exitCode;

    Seed::ScaleOptions scale;
    const auto citizenCount = count(parser, citizens);
    const auto caseCount = count(parser, cases);
    const auto articleCount = count(parser, articles);
    const auto batchRows = count(parser, batch);
    if (!citizenCount || !caseCount || !articleCount || !batchRows)
        return fail(Tr::tr("--citizens, --cases, --articles and --batch take a whole number"), 2);
    scale.citizens = *citizenCount;
    scale.cases = *caseCount;
    scale.articles = *articleCount;
    if (*batchRows > 0)
        scale.batchRows = int(qMin<qint64>(*batchRows, 1'000'000));
    const bool generate = scale.citizens + scale.cases + scale.articles > 0;
    if (!parser.isSet(demo) && !generate)
        return fail(Tr::tr("say what to seed: --demo, or --citizens, --cases and --articles"), 2);

    const auto database = openMigratedDatabase(parser.value(db));
    if (!database)
        return fail(database.error());
    const SystemClock clock;
    const QLocale locale;

    if (parser.isSet(demo)) {
        QElapsedTimer timer;
        timer.start();
        Seed::DemoSeeder seeder(*database, clock);
        seeder.setProgressHandler(progress);
        const auto report = seeder.seedAll();
        if (!report)
            return fail(report.error());
        if (!report->changedAnything()) {
            std::printf("%s\n", qPrintable(Tr::tr("The demo city is already in this database; "
                                                  "nothing was changed.")));
        } else {
            std::printf("%s\n",
                        qPrintable(Tr::tr("Demo city written: %1 rows in %2 seconds.")
                                       .arg(locale.toString(report->rowsWritten),
                                            locale.toString(timer.elapsed() / 1000.0, 'f', 1))));
        }
    }
    if (generate) {
        Seed::ScaleSeeder seeder(*database, clock);
        seeder.setProgressHandler(progress);
        const auto report = seeder.run(scale);
        if (!report)
            return fail(report.error());
        const double seconds = qMax<qint64>(1, report->elapsedMs) / 1000.0;
        std::printf(
            "%s\n",
            qPrintable(Tr::tr("Generated %1 citizens, %2 cases and %3 articles: %4 rows "
                              "in %5 seconds, %6 rows a second.")
                           .arg(locale.toString(report->citizens), locale.toString(report->cases),
                                locale.toString(report->articles), locale.toString(report->rows),
                                locale.toString(seconds, 'f', 1),
                                locale.toString(qRound64(report->rows / seconds)))));
    }
    // After a bulk load the planners' statistics describe empty tables (PostgreSQL's are
    // refreshed later by autovacuum, SQLite's never): refresh them now, so the first
    // queries are planned for the data that is there.
    QSqlQuery analyze((*database)->connection());
    if (!analyze.exec(QStringLiteral("ANALYZE")))
        return fail(analyze.lastError().text());
    return 0;
}

} // namespace Shahrvand::ServerCommands
