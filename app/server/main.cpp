// shahrvand-server: the central REST server. Wiring only; the logic is in modules/.
#include "apiserver.h"
#include "clock.h"
#include "listenaddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Shahrvand;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "shahrvand-server: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Shahrvand"));
    QCoreApplication::setApplicationName(QStringLiteral("shahrvand-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHAHRVAND_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The Shahrvand central server.\n\nCommands:\n  serve  answer the REST API"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("What to do: serve."));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        Tr::tr("Address and port to listen on (default %1).").arg(QStringLiteral("127.0.0.1:8080")),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption insecureOption(
        QStringLiteral("allow-plain-http"),
        Tr::tr("Serve plain HTTP on an address other than loopback. Only behind a TLS proxy."));
    parser.addOption(listenOption);
    parser.addOption(insecureOption);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(Tr::tr("say what to do, for example: shahrvand-server serve"));
    if (positional.first() != QLatin1String("serve"))
        return fail(Tr::tr("unknown command \"%1\"; see --help").arg(positional.first()));

    const auto where = Server::ListenAddress::parse(parser.value(listenOption));
    if (!where)
        return fail(where.error());
    if (!where->isLoopback() && !parser.isSet(insecureOption))
        return fail(Tr::tr("refusing to serve plain HTTP on %1: citizens' data would cross the "
                           "network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass "
                           "--allow-plain-http if the network is otherwise protected.")
                        .arg(where->toString()));

    const SystemClock clock;
    Server::ApiServer server(clock);
    const auto port = server.listen(*where);
    if (!port)
        return fail(port.error());
    return QCoreApplication::exec();
}
