#include "apiserver.h"
#include "clock.h"
#include "commands.h"
#include "commandsupport.h"
#include "listenaddress.h"

#include <QCoreApplication>

namespace Shahrvand::ServerCommands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};
} // namespace

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Answers the Shahrvand REST API."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        Tr::tr("Address and port to listen on (default %1).").arg(QStringLiteral("127.0.0.1:8080")),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption insecureOption(
        QStringLiteral("allow-plain-http"),
        Tr::tr("Serve plain HTTP on an address other than loopback. Only behind a TLS proxy."));
    parser.addOption(db);
    parser.addOption(listenOption);
    parser.addOption(insecureOption);
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("serve"), arguments, &exitCode))
        return exitCode;

    const auto where = Server::ListenAddress::parse(parser.value(listenOption));
    if (!where)
        return fail(where.error(), 2);
    if (!where->isLoopback() && !parser.isSet(insecureOption))
        return fail(Tr::tr("refusing to serve plain HTTP on %1: citizens' data would cross the "
                           "network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass "
                           "--allow-plain-http if the network is otherwise protected.")
                        .arg(where->toString()),
                    2);

    const auto database = openMigratedDatabase(parser.value(db));
    if (!database)
        return fail(database.error());

    const SystemClock clock;
    Server::ApiServer server(clock);
    const auto port = server.listen(*where);
    if (!port)
        return fail(port.error());
    return QCoreApplication::exec();
}

} // namespace Shahrvand::ServerCommands
