#include "apiserver.h"
#include "articlesearchroutes.h"
#include "authroutes.h"
#include "blobroutes.h"
#include "caseactionroutes.h"
#include "citizenmergeroutes.h"
#include "citizenprivacyroutes.h"
#include "clock.h"
#include "commands.h"
#include "commandsupport.h"
#include "entityroutes.h"
#include "listenaddress.h"
#include "platform/signalwatcher.h"
#include "serverconfig.h"
#include "serverlogging.h"
#include "servicefigures.h"
#include "slamonitor.h"
#include "syncroutes.h"
#include "tlsidentity.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

namespace Shahrvand::ServerCommands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};

QString describe(const QString &key)
{
    if (key == QLatin1String("listen"))
        return Tr::tr("Address and port to listen on (default %1).")
            .arg(QStringLiteral("127.0.0.1:8080"));
    if (key == QLatin1String("allow-plain-http"))
        return Tr::tr("Serve plain HTTP on an address other than loopback. Only behind a TLS "
                      "proxy.");
    if (key == QLatin1String("tls-cert"))
        return Tr::tr("Serve HTTPS with this certificate (PEM, followed by any intermediate "
                      "certificates).");
    if (key == QLatin1String("tls-key"))
        return Tr::tr("The certificate's private key (PEM, not encrypted).");
    if (key == QLatin1String("threads"))
        return Tr::tr("Worker threads for requests (default: twice the processor cores).");
    if (key == QLatin1String("max-body-bytes"))
        return Tr::tr("Largest request body accepted, in bytes (default 1048576).");
    if (key == QLatin1String("rate-limit"))
        return Tr::tr("Requests per second allowed to each user or address; 0 for no limit "
                      "(default 50).");
    if (key == QLatin1String("rate-burst"))
        return Tr::tr("Requests each user may send at once after a pause (default: twice "
                      "the rate limit).");
    if (key == QLatin1String("max-in-flight"))
        return Tr::tr("Requests of one user worked on at the same time; 0 for no limit "
                      "(default 8).");
    if (key == QLatin1String("sla-check-interval"))
        return Tr::tr("Seconds between two runs of the SLA timer; 0 turns it off (default 60).");
    if (key == QLatin1String("shutdown-timeout"))
        return Tr::tr("Seconds to let running requests finish when asked to stop (default "
                      "10).");
    return {};
}

QString valueName(const QString &key)
{
    if (key == QLatin1String("listen"))
        return QStringLiteral("host:port");
    if (key == QLatin1String("tls-cert") || key == QLatin1String("tls-key"))
        return QStringLiteral("file");
    return QStringLiteral("n");
}

} // namespace

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Answers the Shahrvand REST API."));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        Tr::tr("Read settings from this INI file; its keys are the long option names "
               "(db, listen, tls-cert...). Options given here override it."),
        QStringLiteral("file"));
    parser.addOption(configOption);
    parser.addOption(databaseOption());
    for (const QString &key : Server::ServerConfig::keys()) {
        if (key == QLatin1String("db"))
            continue;
        parser.addOption(Server::ServerConfig::isSwitch(key)
                             ? QCommandLineOption(key, describe(key))
                             : QCommandLineOption(key, describe(key), valueName(key)));
    }
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("serve"), arguments, &exitCode))
        return exitCode;

    QHash<QString, QString> values;
    if (parser.isSet(configOption)) {
        const auto file = Server::ServerConfig::readFile(parser.value(configOption));
        if (!file)
            return fail(file.error(), 2);
        values = *file;
    }
    for (const QString &key : Server::ServerConfig::keys()) {
        if (parser.isSet(key))
            values.insert(key, Server::ServerConfig::isSwitch(key) ? QStringLiteral("true")
                                                                   : parser.value(key));
    }
    const auto config = Server::ServerConfig::fromValues(values);
    if (!config)
        return fail(config.error(), 2);
    if (!config->usesTls() && !config->listen.isLoopback() && !config->allowPlainHttp)
        return fail(Tr::tr("refusing to serve plain HTTP on %1: citizens' data would cross the "
                           "network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass "
                           "--allow-plain-http if the network is otherwise protected.")
                        .arg(config->listen.toString()),
                    2);

    Server::installServerLogFormat();
    std::optional<QSslConfiguration> tls;
    if (config->usesTls()) {
        const auto identity =
            Server::TlsIdentity::load(config->tlsCertificateFile, config->tlsKeyFile);
        if (!identity)
            return fail(identity.error(), 2);
        tls = *identity;
    }

    const auto database = openMigratedDatabase(config->database);
    if (!database)
        return fail(database.error());

    const SystemClock clock;
    Server::ApiServer server(clock, *database, config->api);
    Api::registerAuthRoutes(server, *database, clock);
    Api::registerEntityRoutes(server, *database, clock);
    Api::registerSyncRoutes(server, *database, clock);
    Api::registerBlobRoutes(server, *database, clock);
    Api::registerCaseActionRoutes(server, *database, clock);
    Api::registerArticleSearchRoutes(server, *database);
    Api::registerServiceFiguresRoutes(server, *database);
    Api::registerCitizenPrivacyRoutes(server, *database, clock);
    Api::registerCitizenMergeRoutes(server, *database, clock);
    const auto port = server.listen(config->listen, tls);
    if (!port)
        return fail(port.error());

    // SIGTERM (systemd, kill) and SIGINT (Ctrl+C) stop the server gracefully; a second
    // one while it drains stops it at once.
    Server::SignalWatcher watcher;
    QObject::connect(&watcher, &Server::SignalWatcher::terminationRequested, &server,
                     [&server](const QString &what) {
                         if (server.isShuttingDown()) {
                             qCWarning(lcApi).noquote() << what << "again: stopping now";
                             QCoreApplication::exit(1);
                             return;
                         }
                         qCInfo(lcApi).noquote() << what << "received";
                         server.shutdown();
                     });
    QObject::connect(&server, &Server::ApiServer::stopped, qApp, [] { QCoreApplication::exit(0); });

    // The SLA timer: off the listening thread, one run at a time.
    CaseService::SlaMonitor slaMonitor(*database, clock);
    std::atomic_bool slaRunning = false;
    QThreadPool slaThread;
    slaThread.setMaxThreadCount(1);
    QTimer slaTimer;
    slaTimer.setInterval(std::chrono::seconds(config->slaCheckIntervalSeconds));
    QObject::connect(&slaTimer, &QTimer::timeout, &server, [&] {
        if (server.isShuttingDown() || slaRunning.exchange(true))
            return;
        slaThread.start([&] {
            if (const auto report = slaMonitor.checkOnce(); !report)
                qCWarning(lcApi).noquote() << "SLA check failed:" << report.error();
            else if (report->firings > 0)
                qCInfo(lcApi) << "SLA check:" << report->firings << "thresholds fired";
            slaRunning = false;
        });
    });
    if (config->slaCheckIntervalSeconds > 0)
        slaTimer.start();
    const int status = QCoreApplication::exec();
    slaTimer.stop();
    slaThread.waitForDone();
    return status;
}

} // namespace Shahrvand::ServerCommands
