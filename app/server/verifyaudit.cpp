#include "auditverifier.h"
#include "commands.h"
#include "commandsupport.h"

#include <QCoreApplication>

#include <cstdio>

namespace Shahrvand::ServerCommands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};
} // namespace

int verifyAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks that no row of the audit trail was altered, removed or reordered. Keep "
               "the head it prints, and pass it with --expect-head next time to also detect "
               "rows removed from the end."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption expectHead(
        QStringLiteral("expect-head"),
        Tr::tr("The head printed by an earlier verification, as SEQ:HASH."),
        QStringLiteral("SEQ:HASH"));
    parser.addOption(db);
    parser.addOption(expectHead);
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("verify-audit"), arguments, &exitCode))
        return exitCode;

    std::optional<Records::AuditHead> head;
    if (parser.isSet(expectHead)) {
        head = Records::AuditHead::parse(parser.value(expectHead));
        if (!head)
            return fail(Tr::tr("--expect-head takes SEQ:HASH, for example 1042:%1")
                            .arg(QString(64, QLatin1Char('0'))),
                        2);
    }

    const auto database = openMigratedDatabase(parser.value(db));
    if (!database)
        return fail(database.error());

    Records::AuditVerifier verifier((*database)->connection());
    verifier.setPageSize(10000);
    const auto report = verifier.verify(head);
    if (!report)
        return fail(report.error());

    if (report->isIntact()) {
        std::printf("%s\n", qPrintable(Tr::tr("audit trail intact: %1 rows, head %2 %3")
                                           .arg(report->rowsChecked)
                                           .arg(report->head.seq)
                                           .arg(report->head.hash)));
        return 0;
    }
    for (const Records::AuditProblem &problem : report->problems)
        std::printf("%s\n", qPrintable(problem.describe()));
    if (report->problemsNotListed > 0)
        std::printf(
            "%s\n",
            qPrintable(
                Tr::tr("... and %1 more problems not listed").arg(report->problemsNotListed)));
    std::printf("%s\n",
                qPrintable(Tr::tr("audit trail NOT intact: %1 problems in %2 rows, head %3 %4")
                               .arg(report->problems.size() + report->problemsNotListed)
                               .arg(report->rowsChecked)
                               .arg(report->head.seq)
                               .arg(report->head.hash)));
    return 1;
}

} // namespace Shahrvand::ServerCommands
