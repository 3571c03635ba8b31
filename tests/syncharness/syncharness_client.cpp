// A workstation reduced to its sync engine, for the harness's kill -9 scenarios: signs in,
// opens the cache it is given, runs one cycle with the page and batch sizes it is given
// and prints one line per step, so that the test can kill it at a known moment:
//   pushing <rows pushed so far>     a batch is about to be sent
//   pushed <rows pushed so far>      a batch's answers are in the cache
//   pulled <cursor>                  a page is in the cache
//   done ok|failed <error>
#include "localcache.h"
#include "session.h"
#include "syncengine.h"
#include "syncharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Shahrvand;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("url"),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("name"),
                                  QStringLiteral("name"));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("path"),
                                   QStringLiteral("path"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("hex"),
                                 QStringLiteral("hex"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("rows"),
                                  QStringLiteral("n"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("mutations"),
                                   QStringLiteral("n"));
    parser.addOptions({server, user, cache, key, page, batch});
    parser.process(app);

    const auto cacheKey = Cache::CacheKey::fromHex(parser.value(key));
    if (!cacheKey) {
        say(QStringLiteral("done failed bad key"));
        return 2;
    }
    const QUrl url(parser.value(server));
    const SyncHarness::HttpAnswer answer =
        SyncHarness::callApi(url, "POST", QStringLiteral("/api/v1/auth/login"), {},
                             {{QStringLiteral("username"), parser.value(user)},
                              {QStringLiteral("password"), SyncHarness::Harness::password}});
    const auto session = SyncClient::Session::fromSignInJson(url, answer.body);
    if (!session) {
        say(QStringLiteral("done failed sign-in %1").arg(answer.status));
        return 1;
    }

    SyncClient::SyncOptions options = SyncHarness::Harness::testOptions();
    options.pullPageSize = parser.value(page).toInt();
    options.pushBatchSize = parser.value(batch).toInt();
    SyncClient::SyncEngine engine(parser.value(cache), *cacheKey, *session, options);
    qint64 pushed = 0;
    qint64 cursor = -1;
    SyncClient::SyncPhase phase = SyncClient::SyncPhase::Idle;
    QObject::connect(
        &engine, &SyncClient::SyncEngine::statusChanged, &app,
        [&](const SyncClient::SyncStatus &status) {
            if (status.phase == SyncClient::SyncPhase::Pushing &&
                (phase != SyncClient::SyncPhase::Pushing || status.progress.rowsPushed != pushed)) {
                if (status.progress.rowsPushed != pushed)
                    say(QStringLiteral("pushed %1").arg(status.progress.rowsPushed));
                pushed = status.progress.rowsPushed;
                say(QStringLiteral("pushing %1").arg(pushed));
            }
            if (status.phase == SyncClient::SyncPhase::Pulling) {
                if (phase == SyncClient::SyncPhase::Pushing)
                    say(QStringLiteral("pushed %1").arg(status.progress.rowsPushed));
                if (cursor >= 0 && status.progress.cursor != cursor)
                    say(QStringLiteral("pulled %1").arg(status.progress.cursor));
                cursor = status.progress.cursor;
            }
            phase = status.phase;
        });
    int exitCode = 1;
    QObject::connect(&engine, &SyncClient::SyncEngine::cycleFinished, &app,
                     [&](const SyncClient::SyncReport &report) {
                         say(QStringLiteral("done %1 %2")
                                 .arg(report.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                                      report.error));
                         exitCode = report.ok ? 0 : 1;
                         app.quit();
                     });
    engine.start();
    app.exec();
    return exitCode;
}
