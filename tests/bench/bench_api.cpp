// Load benchmark of the REST server on loopback: starts the real shahrvand-server as a
// child process on a fresh database, seeds it, signs in as a supervisor and drives it
// with many keep-alive connections; a bare Qt HttpServer "hello" route in a thread of
// this process is the baseline. Prints figures; asserts no timings. --quick (used by
// CTest) runs a tiny dataset for a few seconds and fails only if a request fails.

#include "bench_api_load.h"
#include "bench_api_server.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace BenchApi;

namespace {

struct Settings
{
    bool quick = false;
    bool postgres = false;
    qint64 cases = 200'000;
    QString user = QStringLiteral("supervisor.navabi");
    // SQLite only: a seeded database kept between runs (seeded and saved when missing),
    // so that iterating on one scenario does not seed 200,000 cases every time.
    QString seedCache;
    QString threads; // the server's worker threads; its default when empty
    QStringList scenarios{QStringLiteral("reads"), QStringLiteral("push"), QStringLiteral("pull")};
};

struct Row
{
    QString what;
    int connections = 0;
    qint64 requests = 0;
    double seconds = 0;
    QString rate;
    QString latency;
    QString target;
};

QList<Row> g_rows;

// The status of the queue the bench reads: the first of these the user has cases in (the
// server routes new cases, so a supervisor's units may hold no "new" ones).
QByteArray g_queueStatus = "new";

// A queue's page, whole and as a queue asks for it: its twelve columns only (fields=).
QByteArray queuePagePath()
{
    return "/api/v1/cases?limit=50&status=" + g_queueStatus;
}

QByteArray projectedQueuePath()
{
    return queuePagePath() + "&fields=tracking_code,citizen_id,service_id,status,priority,"
                             "resolution_due_at,owner_id,team_id,created_at,channel,id,version";
}
qint64 g_failures = 0;

QString number(double value)
{
    return QString::number(qRound64(value));
}

void report(const QString &what, LoadResult &result, int connections, const QString &rate,
            const QString &target)
{
    Row row{what, connections, result.completed, result.elapsedNs / 1e9, rate, QString(), target};
    if (!result.latenciesNs.empty())
        row.latency = QStringLiteral("p50 %1 ms, p99 %2 ms")
                          .arg(result.percentileMs(0.50), 0, 'f', 2)
                          .arg(result.percentileMs(0.99), 0, 'f', 2);
    g_rows.append(row);
    std::printf("  %-44s %s %s\n", qPrintable(what), qPrintable(rate), qPrintable(row.latency));
    if (result.failed > 0) {
        g_failures += result.failed;
        std::printf("    FAILED %lld requests; first: %s\n", result.failed,
                    qPrintable(result.firstFailure));
    }
    std::fflush(stdout);
}

bool isOk(const HttpReply &reply)
{
    return reply.status == 200;
}

QString databaseUrl(const Settings &settings, const QTemporaryDir &dir)
{
    if (!settings.postgres)
        return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    // The server's libpq reads PGPASSWORD from the environment it inherits.
    return QStringLiteral("postgres://%1@localhost/%2?host=%3&port=%4")
        .arg(qEnvironmentVariable("PGUSER", QStringLiteral("postgres")),
             qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")),
             qEnvironmentVariable("PGHOST", QStringLiteral("localhost")),
             qEnvironmentVariable("PGPORT", QStringLiteral("5432")));
}

bool seed(const Settings &settings, const QString &url)
{
    QElapsedTimer timer;
    timer.start();
    QString output;
    if (!runServerCommand(
            {QStringLiteral("seed"), QStringLiteral("--db"), url, QStringLiteral("--demo")}, 600000,
            &output)) {
        std::fprintf(stderr, "seed --demo failed:\n%s\n", qPrintable(output));
        return false;
    }
    std::printf("seed --demo: %.1f s\n", timer.elapsed() / 1000.0);
    if (settings.quick)
        return true;
    timer.restart();
    const QString cases = QString::number(settings.cases);
    const QString citizens = QString::number(qMax<qint64>(1000, settings.cases / 4));
    if (!runServerCommand({QStringLiteral("seed"), QStringLiteral("--db"), url,
                           QStringLiteral("--citizens"), citizens, QStringLiteral("--cases"), cases,
                           QStringLiteral("--articles"), QStringLiteral("1000")},
                          1800000, &output)) {
        std::fprintf(stderr, "scale seed failed:\n%s\n", qPrintable(output));
        return false;
    }
    std::printf("seed --citizens %s --cases %s --articles 1000: %.1f s\n", qPrintable(citizens),
                qPrintable(cases), timer.elapsed() / 1000.0);
    return true;
}

QByteArray signIn(quint16 port, const QString &user)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                  {QStringLiteral("password"), QStringLiteral("Shahrvand-1405")}})
            .toJson(QJsonDocument::Compact);
    const HttpReply reply = exchangeOnce(port, postJsonRequest("/api/v1/auth/login", body));
    return QJsonDocument::fromJson(reply.body).object().value(u"access_token").toString().toUtf8();
}

// Throughput of GET routes, then latency of one of them at 200 connections; with
// `queueOnly`, the queue pages and their baselines only.
void readBenchmarks(const Settings &settings, quint16 port, quint16 helloPort,
                    const QByteArray &token, const QList<qint64> &caseIds, bool queueOnly)
{
    const int connections = 64;
    LoadOptions options{
        connections, settings.quick ? 2000 : 2'000'000, settings.quick ? 1500 : 8000, false, {}};
    std::printf("\nReads, %d keep-alive connections, at most %.1f s each:\n", connections,
                options.maxMilliseconds / 1000.0);

    auto hello = runLoad(
        helloPort, options, [](int, qint64) { return getRequest("/hello"); }, isOk);
    const double helloRate = hello.perSecond();
    report(QStringLiteral("bare QHttpServer GET /hello (baseline)"), hello, connections,
           number(helloRate) + QStringLiteral(" req/s"), {});

    const auto ratio = [helloRate](double rate) {
        return helloRate > 0 ? QStringLiteral(" (%1% of bare)").arg(qRound(100 * rate / helloRate))
                             : QString();
    };
    const auto caseRequest = [&](int, qint64 sequence) {
        return getRequest(
            "/api/v1/cases/" + QByteArray::number(caseIds.at(sequence % caseIds.size())), token);
    };
    if (!queueOnly) {
        auto health = runLoad(
            port, options, [](int, qint64) { return getRequest("/api/v1/health"); }, isOk);
        report(QStringLiteral("GET /api/v1/health"), health, connections,
               number(health.perSecond()) + QStringLiteral(" req/s") + ratio(health.perSecond()),
               {});

        auto one = runLoad(port, options, caseRequest, isOk);
        const double oneRate = one.perSecond();
        report(QStringLiteral("GET /api/v1/cases/{id}"), one, connections,
               number(oneRate) + QStringLiteral(" req/s") + ratio(oneRate),
               oneRate >= 10000 ? QStringLiteral(">= 10,000/s: met")
                                : QStringLiteral(">= 10,000/s: NOT met"));
    }
    auto page = runLoad(
        helloPort, options, [](int, qint64) { return getRequest("/page"); }, isOk);
    const double pageRate = page.perSecond();
    report(QStringLiteral("bare QHttpServer GET /page (queue page bytes)"), page, connections,
           number(pageRate) + QStringLiteral(" req/s, %1 kB each")
                                  .arg(page.completed > 0
                                           ? qRound64(page.bytesReceived / 1000.0 / page.completed)
                                           : 0),
           {});

    auto queue = runLoad(
        port, options, [&](int, qint64) { return getRequest(queuePagePath(), token); }, isOk);
    const double queueRate = queue.perSecond();
    report(QStringLiteral("GET ") + QString::fromLatin1(queuePagePath()), queue, connections,
           number(queueRate) + QStringLiteral(" req/s") + ratio(queueRate) +
               (pageRate > 0
                    ? QStringLiteral(" (%1% of bare /page)").arg(qRound(100 * queueRate / pageRate))
                    : QString()),
           queueRate >= 10000 ? QStringLiteral(">= 10,000/s: met")
                              : QStringLiteral(">= 10,000/s: NOT met"));

    auto projectedPage = runLoad(
        helloPort, options, [](int, qint64) { return getRequest("/projected-page"); }, isOk);
    const double projectedPageRate = projectedPage.perSecond();
    report(QStringLiteral("bare QHttpServer GET /projected-page (projected queue page bytes)"),
           projectedPage, connections,
           number(projectedPageRate) + QStringLiteral(" req/s, %1 kB each")
                                           .arg(projectedPage.completed > 0
                                                    ? qRound64(projectedPage.bytesReceived /
                                                               1000.0 / projectedPage.completed)
                                                    : 0),
           {});
    auto projected = runLoad(
        port, options, [&](int, qint64) { return getRequest(projectedQueuePath(), token); }, isOk);
    const double projectedRate = projected.perSecond();
    report(QStringLiteral("GET ") + QString::fromLatin1(queuePagePath()) +
               QStringLiteral("&fields=(12 queue columns)"),
           projected, connections,
           number(projectedRate) + QStringLiteral(" req/s") +
               (projectedPageRate > 0 ? QStringLiteral(" (%1% of bare /projected-page)")
                                            .arg(qRound(100 * projectedRate / projectedPageRate))
                                      : QString()),
           projectedRate >= 10000 ? QStringLiteral(">= 10,000/s: met")
                                  : QStringLiteral(">= 10,000/s: NOT met"));

    if (queueOnly)
        return;
    LoadOptions latency{
        200, settings.quick ? 2000 : 2'000'000, settings.quick ? 1500 : 8000, true, {}};
    auto at200 = runLoad(port, latency, caseRequest, isOk);
    const double p99 = at200.completed > 0 ? at200.percentileMs(0.99) : 1e9;
    report(QStringLiteral("GET /api/v1/cases/{id}, 200 connections"), at200, 200,
           number(at200.perSecond()) + QStringLiteral(" req/s"),
           p99 < 50 ? QStringLiteral("p99 < 50 ms: met") : QStringLiteral("p99 < 50 ms: NOT met"));
}

void pushBenchmarks(const Settings &settings, quint16 port, const QByteArray &token,
                    const QList<qint64> &caseIds)
{
    const int batch = 100;
    const QByteArray run = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
    // Each load below numbers its requests from 0: the round keeps their ids apart, so
    // that no run is answered from an earlier run's stored results.
    int round = 0;
    const auto makePush = [&](int connection, qint64 sequence) {
        QByteArray json = "{\"mutations\":[";
        for (int i = 0; i < batch; ++i) {
            if (i > 0)
                json += ',';
            const qint64 caseId = caseIds.at((sequence * batch + i) % caseIds.size());
            json += "{\"client_mutation_id\":\"bench-" + run + '-' + QByteArray::number(round) +
                    '-' + QByteArray::number(connection) + '-' + QByteArray::number(sequence) +
                    '-' + QByteArray::number(i) +
                    "\",\"entity\":\"case_notes\",\"op\":\"create\",\"fields\":{\"case_id\":" +
                    QByteArray::number(caseId) +
                    ",\"body\":\"یادداشت آزمایشی بار برای سنجش سرعت\",\"internal\":true}}";
        }
        return postJsonRequest("/api/v1/sync/push", json + "]}", token);
    };
    // Every mutation must be applied, not merely answered.
    const auto allApplied = [](const HttpReply &reply) {
        return reply.status == 200 &&
               QJsonDocument::fromJson(reply.body).object().value(u"results").toArray().size() ==
                   100 &&
               reply.body.count("\"applied\"") == 100;
    };

    std::printf("\nPushes, batches of %d case_notes creates:\n", batch);
    for (const int connections : {8, 200}) {
        LoadOptions options{
            connections, settings.quick ? 40 : 100'000, settings.quick ? 1500 : 8000, true, {}};
        ++round;
        auto push = runLoad(port, options, makePush, allApplied);
        const double mutations = push.perSecond() * batch;
        report(QStringLiteral("POST /api/v1/sync/push, %1 connections").arg(connections), push,
               connections,
               number(mutations) + QStringLiteral(" mutations/s (") + number(push.perSecond()) +
                   QStringLiteral(" req/s)"),
               connections == 200 ? (push.completed > 0 && push.percentileMs(0.99) < 50
                                         ? QStringLiteral("p99 < 50 ms: met")
                                         : QStringLiteral("p99 < 50 ms: NOT met"))
                                  : (mutations >= 5000 ? QStringLiteral(">= 5,000/s: met")
                                                       : QStringLiteral(">= 5,000/s: NOT met")));
    }

    // Closed loop, 200 clients each waiting for its batch measure Little's law, not the
    // server: the mean latency is 200 / batches per second. An open loop offers a fixed
    // rate over 200 connections instead, latency counted from each batch's scheduled time.
    std::printf("\nPushes, open loop over 200 connections, batches of %d:\n", batch);
    for (const double batchesPerSecond :
         settings.quick ? QList<double>{5} : QList<double>{10, 25, 50}) {
        LoadOptions options{200, 100'000, settings.quick ? 1500 : 8000, true, {}};
        options.arrivalsPerSecond = batchesPerSecond;
        ++round;
        auto push = runLoad(port, options, makePush, allApplied);
        const QString slowest = push.slowest(3);
        report(QStringLiteral("POST /api/v1/sync/push, open loop, %1 mutations/s offered")
                   .arg(number(batchesPerSecond * batch)),
               push, 200,
               number(push.perSecond() * batch) +
                   QStringLiteral(" mutations/s done, largest backlog %1 batches")
                       .arg(push.largestBacklog),
               push.completed > 0 && push.percentileMs(0.99) < 50
                   ? QStringLiteral("p99 < 50 ms: met")
                   : QStringLiteral("p99 < 50 ms: NOT met"));
        // When the tail happened (seconds into the run): a stall at the start, or spread.
        std::printf("    slowest: %s\n", qPrintable(slowest));
        std::fflush(stdout);
    }
}

void pullBenchmark(const Settings &settings, quint16 port, const QByteArray &token)
{
    qint64 cursor = 0;
    bool more = true;
    qint64 rows = 0;
    qint64 parseNs = 0;
    LoadOptions options{1, 100'000, settings.quick ? 30000 : 90000, false, [&] { return !more; }};
    auto pull = runLoad(
        port, options,
        [&](int, qint64) {
            return getRequest("/api/v1/sync/changes?cursor=" + QByteArray::number(cursor) +
                                  "&limit=10000",
                              token);
        },
        [&](const HttpReply &reply) {
            QElapsedTimer timer;
            timer.start();
            // Parsing 10,000 rows into a QJsonDocument costs this client about as much as the
            // server spends writing them, so full runs read a page by its structure: every
            // change and drop is an object starting {"entity": (inside a string value the
            // quotes would be escaped), and the page ends with ],"cursor":n,"drops":[...],
            // "head":n,"more":b}. The quick run parses whole pages.
            QJsonObject page;
            qint64 pageRows = 0;
            if (settings.quick) {
                page = QJsonDocument::fromJson(reply.body).object();
                pageRows =
                    page.value(u"changes").toArray().size() + page.value(u"drops").toArray().size();
            } else {
                const qsizetype tail = reply.body.lastIndexOf("],\"cursor\":");
                if (tail >= 0)
                    page = QJsonDocument::fromJson('{' + reply.body.mid(tail + 2)).object();
                pageRows = reply.body.count("{\"entity\":");
            }
            rows += pageRows;
            cursor = page.value(u"cursor").toInteger();
            more = page.value(u"more").toBool();
            parseNs += timer.nsecsElapsed();
            return reply.status == 200 && page.contains(u"cursor");
        });
    // The full run stops after 90 s and reports the rate of what it pulled; the quick
    // run's tiny dataset must be pulled to the end.
    if (more && settings.quick && pull.failed == 0) {
        pull.failed = 1;
        pull.firstFailure = QStringLiteral("pulling did not reach the end in time");
    }
    if (more && !settings.quick)
        std::printf("  (stopped after 90 s before the end: the rate is of the pages pulled)\n");
    const double seconds = pull.elapsedNs / 1e9;
    std::printf("\nSync pull from cursor 0, limit=10000, one connection:\n");
    report(QStringLiteral("GET /api/v1/sync/changes, %1 pages").arg(pull.completed), pull, 1,
           number(seconds > 0 ? rows / seconds : 0) + QStringLiteral(" rows/s (") +
               QString::number(rows) + QStringLiteral(" rows, ") +
               QString::number(pull.bytesReceived / 1e6, 'f', 0) + QStringLiteral(" MB; ") +
               QString::number(parseNs / 1e9, 'f', 1) + QStringLiteral(" s of it parsing here)"),
           rows >= 100'000
               ? (rows / seconds >= 100'000 ? QStringLiteral(">= 100,000 rows/s: met")
                                            : QStringLiteral(">= 100,000 rows/s: NOT met"))
               : QStringLiteral("(too few rows to judge)"));
}

void printTable()
{
    std::printf("\n| what | connections | requests | seconds | rate | latency | target |\n"
                "| --- | ---: | ---: | ---: | --- | --- | --- |\n");
    for (const Row &row : std::as_const(g_rows))
        std::printf("| %s | %d | %lld | %.1f | %s | %s | %s |\n", qPrintable(row.what),
                    row.connections, row.requests, row.seconds, qPrintable(row.rate),
                    qPrintable(row.latency), qPrintable(row.target));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Settings settings;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--quick") {
            settings.quick = true;
        } else if (argument == u"--backend" && i + 1 < arguments.size()) {
            settings.postgres = arguments.at(++i) == u"postgres";
        } else if (argument == u"--cases" && i + 1 < arguments.size()) {
            settings.cases = qMax<qint64>(1, arguments.at(++i).toLongLong());
        } else if (argument == u"--user" && i + 1 < arguments.size()) {
            settings.user = arguments.at(++i);
        } else if (argument == u"--threads" && i + 1 < arguments.size()) {
            settings.threads = arguments.at(++i);
        } else if (argument == u"--seed-cache" && i + 1 < arguments.size()) {
            settings.seedCache = arguments.at(++i);
        } else if (argument == u"--only" && i + 1 < arguments.size()) {
            settings.scenarios = arguments.at(++i).split(QLatin1Char(','));
        } else if (argument == u"--server" && i + 1 < arguments.size()) {
            setServerBinary(arguments.at(++i));
        } else {
            std::fprintf(stderr, "usage: bench_api [--quick] [--backend sqlite|postgres] "
                                 "[--cases N] [--user NAME] [--seed-cache FILE] [--threads N] "
                                 "[--only reads,queue,push,pull] [--server PATH]\n");
            return 2;
        }
    }
    if (settings.postgres && !settings.seedCache.isEmpty()) {
        std::fprintf(stderr, "--seed-cache is for SQLite only\n");
        return 2;
    }
    if (settings.postgres && qEnvironmentVariableIsEmpty("PGHOST") &&
        qEnvironmentVariableIsEmpty("PGPORT")) {
        std::fprintf(stderr, "--backend postgres needs PGHOST/PGPORT (run under pg_virtualenv)\n");
        return 2;
    }

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_api-XXXXXX"));
    const QString url = databaseUrl(settings, dir);
    std::printf(
        "bench_api: %s, %s, backend %s, user %s, server %s\n",
        settings.quick ? "quick (demo data only)" : "full",
        settings.quick ? "" : qPrintable(QStringLiteral("%1 generated cases").arg(settings.cases)),
        settings.postgres ? "postgres" : "sqlite", qPrintable(settings.user),
        qPrintable(serverBinary()));
    const QString databaseFile = dir.filePath(QStringLiteral("bench.db"));
    if (!settings.seedCache.isEmpty() && QFile::exists(settings.seedCache)) {
        if (!QFile::copy(settings.seedCache, databaseFile)) {
            std::fprintf(stderr, "could not copy %s\n", qPrintable(settings.seedCache));
            return 1;
        }
        std::printf("seeded database copied from %s\n", qPrintable(settings.seedCache));
    } else {
        if (!seed(settings, url))
            return 1;
        if (!settings.seedCache.isEmpty() && !QFile::copy(databaseFile, settings.seedCache))
            std::fprintf(stderr, "could not save the seeded database to %s\n",
                         qPrintable(settings.seedCache));
    }

    ServerProcess server;
    QStringList serverArguments{QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                QStringLiteral("--max-in-flight"), QStringLiteral("0")};
    if (!settings.threads.isEmpty())
        serverArguments << QStringLiteral("--threads") << settings.threads;
    const quint16 port = server.start(url, serverArguments);
    if (port == 0) {
        std::fprintf(stderr, "could not start the servers:\n%s\n", qPrintable(server.log()));
        return 1;
    }
    const QByteArray token = signIn(port, settings.user);
    if (token.isEmpty()) {
        std::fprintf(stderr, "could not sign in as %s\n", qPrintable(settings.user));
        return 1;
    }
    HttpReply page;
    QList<qint64> caseIds;
    for (const QByteArray status : {"new", "assigned", "in_progress"}) {
        page = exchangeOnce(port, getRequest("/api/v1/cases?limit=500&status=" + status, token));
        const QJsonArray items =
            QJsonDocument::fromJson(page.body).object().value(u"items").toArray();
        for (const QJsonValue &item : items)
            caseIds.append(item.toObject().value(u"id").toInteger());
        if (!caseIds.isEmpty()) {
            g_queueStatus = status;
            break;
        }
    }
    if (caseIds.isEmpty()) {
        std::fprintf(stderr, "%s sees no open cases (HTTP %d)\n", qPrintable(settings.user),
                     page.status);
        return 1;
    }
    std::printf("%s sees at least %lld cases in status %s; reads cycle through them\n",
                qPrintable(settings.user), qint64(caseIds.size()), g_queueStatus.constData());
    // The baseline server also answers a queue page's bytes, as they are: what the
    // transport alone does with an answer that size.
    const QByteArray queuePage = exchangeOnce(port, getRequest(queuePagePath(), token)).body;
    const QByteArray projectedQueuePage =
        exchangeOnce(port, getRequest(projectedQueuePath(), token)).body;
    HelloServerThread hello;
    const quint16 helloPort = hello.startAndWait(queuePage, projectedQueuePage);
    if (helloPort == 0) {
        std::fprintf(stderr, "could not start the baseline server\n");
        return 1;
    }

    if (settings.scenarios.contains(u"reads") || settings.scenarios.contains(u"queue"))
        readBenchmarks(settings, port, helloPort, token, caseIds,
                       !settings.scenarios.contains(u"reads"));
    if (settings.scenarios.contains(u"push"))
        pushBenchmarks(settings, port, token, caseIds);
    if (settings.scenarios.contains(u"pull"))
        pullBenchmark(settings, port, token);
    printTable();
    if (!server.isRunning()) {
        std::printf("\nshahrvand-server stopped during the run: %s. Its last log lines:\n%s\n",
                    qPrintable(server.exitDescription()), qPrintable(server.log().right(3000)));
        ++g_failures;
    }
    server.stop();
    if (g_failures > 0) {
        std::printf("\n%lld requests failed\n", g_failures);
        return 1;
    }
    return 0;
}
