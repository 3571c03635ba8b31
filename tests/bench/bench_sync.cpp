// bench_sync: the workstation's sync against the real server on loopback. Seeds a server
// database at scale, then measures, for one user:
//   1. the first sync into an empty cache, end to end (rows/s);
//   2. for the same rows, the raw SQLite prepared-insert rate and the cache's own apply
//      rate (pages already in memory), and the apply rate as a share of the raw one;
//   3. an incremental sync of 1,000 changes made by another user;
//   4. applying one change with the whole first sync cached.
// Prints figures; asserts no timings. --quick (CTest) runs on the demo data only.
#include "apiclient.h"
#include "bench_api_server.h"
#include "localcache.h"
#include "session.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace Shahrvand;
using BenchApi::runServerCommand;
using BenchApi::ServerProcess;

namespace {

struct Settings
{
    bool quick = false;
    bool postgres = false;
    qint64 cases = 1'000'000;
    qint64 citizens = 300'000;
    QString user = QStringLiteral("admin");
    QString otherUser = QStringLiteral("supervisor.kazemi");
    // --pages DIR: step 2's pages are written there; when DIR has them already, only the
    // cache's apply from their text runs (no server): a profile of the client alone.
    QString pagesDir;
};

const QString password = QStringLiteral("Shahrvand-1405");

QString databaseUrl(const Settings &settings, const QTemporaryDir &dir)
{
    if (!settings.postgres)
        return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    return QStringLiteral("postgres://%1@localhost/%2?host=%3&port=%4")
        .arg(qEnvironmentVariable("PGUSER", QStringLiteral("postgres")),
             qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")),
             qEnvironmentVariable("PGHOST", QStringLiteral("localhost")),
             qEnvironmentVariable("PGPORT", QStringLiteral("5432")));
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

std::optional<SyncClient::Session> signIn(const QUrl &server, const QString &user)
{
    SyncClient::ApiClient api(server);
    const auto answer = api.loginAndWait(user, password);
    if (!answer) {
        std::fprintf(stderr, "sign-in of %s failed: %s\n", qPrintable(user),
                     qPrintable(answer.error().message));
        return std::nullopt;
    }
    return SyncClient::Session::fromSignInJson(server, answer.value());
}

std::optional<SyncClient::SyncReport> syncOnce(const QString &cachePath, const Cache::CacheKey &key,
                                               const SyncClient::Session &session)
{
    SyncClient::SyncOptions options;
    options.pullPageSize = 10000;
    options.periodMs = 24 * 3600 * 1000;
    SyncClient::SyncEngine engine(cachePath, key, session, options);
    QEventLoop loop;
    SyncClient::SyncReport report;
    QObject::connect(&engine, &SyncClient::SyncEngine::cycleFinished, &loop,
                     [&](const SyncClient::SyncReport &finished) {
                         report = finished;
                         loop.quit();
                     });
    engine.start();
    loop.exec();
    if (!report.ok) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(report.error));
        return std::nullopt;
    }
    return report;
}

std::unique_ptr<Cache::LocalCache> openCache(const QString &path, const Cache::CacheKey &key,
                                             const Access::Principal &user)
{
    auto cache = Cache::LocalCache::open(path, key);
    if (!cache) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(cache.error().detail));
        return nullptr;
    }
    auto owned = std::move(cache).value();
    owned->setUser(user);
    return owned;
}

// The cache's apply of pull pages from their text, as the engine does a large first sync:
// the queue's indexes dropped first and made at the end. Seconds, split into the pages and
// the indexes; negative when something failed.
struct TextApply
{
    double pages = -1;
    double indexes = -1;
    double total() const { return pages + indexes; }
};

TextApply applyTexts(Cache::LocalCache &cache, const QList<QByteArray> &texts)
{
    TextApply result;
    QElapsedTimer apply;
    apply.start();
    if (!cache.beginBulkLoad())
        return result;
    for (const QByteArray &text : texts) {
        if (const auto applied = cache.applyPullPageText(text); !applied) {
            std::fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error().detail));
            return result;
        }
    }
    const double pages = seconds(apply);
    apply.restart();
    if (!cache.endBulkLoad())
        return result;
    result.indexes = seconds(apply);
    result.pages = pages;
    return result;
}

QString pageFile(const QString &dir, qsizetype index)
{
    return QDir(dir).filePath(QStringLiteral("page-%1.json").arg(index, 5, 10, QLatin1Char('0')));
}

// --pages DIR with pages in it: the text apply alone, twice into fresh caches.
int applySavedPages(const QString &dir)
{
    QList<QByteArray> texts;
    qint64 bytes = 0;
    for (qsizetype i = 0;; ++i) {
        QFile file(pageFile(dir, i));
        if (!file.open(QIODevice::ReadOnly))
            break;
        texts.append(file.readAll());
        bytes += texts.last().size();
    }
    qint64 rows = 0;
    for (const QByteArray &text : std::as_const(texts))
        rows += text.count("{\"entity\":");
    std::printf("bench_sync --pages: %lld pages, %lld rows, %.0f MB of text\n",
                qint64(texts.size()), rows, double(bytes) / 1e6);
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/bench_sync-XXXXXX"));
    const Cache::CacheKey key = Cache::CacheKey::generate();
    for (int run = 1; run <= 2; ++run) {
        const QString path = work.filePath(QStringLiteral("apply-%1.cache").arg(run));
        auto cache = Cache::LocalCache::open(path, key);
        if (!cache) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        const TextApply applied = applyTexts(**cache, texts);
        if (applied.pages < 0)
            return 1;
        std::printf("run %d: %.2f s = %.0f rows/s (pages %.2f s, indexes %.2f s); cache %.1f MB\n",
                    run, applied.total(), double(rows) / applied.total(), applied.pages,
                    applied.indexes, double(QFileInfo(path).size()) / 1e6);
        std::fflush(stdout);
    }
    return 0;
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
        } else if (argument == u"--citizens" && i + 1 < arguments.size()) {
            settings.citizens = qMax<qint64>(1, arguments.at(++i).toLongLong());
        } else if (argument == u"--user" && i + 1 < arguments.size()) {
            settings.user = arguments.at(++i);
        } else if (argument == u"--pages" && i + 1 < arguments.size()) {
            settings.pagesDir = arguments.at(++i);
        } else {
            std::fprintf(stderr, "usage: bench_sync [--quick] [--backend sqlite|postgres] "
                                 "[--cases N] [--citizens N] [--user NAME] [--pages DIR]\n");
            return 2;
        }
    }
    if (!settings.pagesDir.isEmpty() && QFile::exists(pageFile(settings.pagesDir, 0)))
        return applySavedPages(settings.pagesDir);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_sync-XXXXXX"));
    const QString url = databaseUrl(settings, dir);
    std::printf("bench_sync: %s, backend %s, user %s\n",
                settings.quick ? "quick (demo data only)"
                               : qPrintable(QStringLiteral("%1 cases, %2 citizens")
                                                .arg(settings.cases)
                                                .arg(settings.citizens)),
                settings.postgres ? "postgres" : "sqlite", qPrintable(settings.user));

    QElapsedTimer timer;
    timer.start();
    QString output;
    if (!runServerCommand(
            {QStringLiteral("seed"), QStringLiteral("--db"), url, QStringLiteral("--demo")}, 600000,
            &output)) {
        std::fprintf(stderr, "seed --demo failed:\n%s\n", qPrintable(output));
        return 1;
    }
    if (!settings.quick &&
        !runServerCommand({QStringLiteral("seed"), QStringLiteral("--db"), url,
                           QStringLiteral("--citizens"), QString::number(settings.citizens),
                           QStringLiteral("--cases"), QString::number(settings.cases),
                           QStringLiteral("--articles"), QStringLiteral("1000")},
                          3600000, &output)) {
        std::fprintf(stderr, "scale seed failed:\n%s\n", qPrintable(output));
        return 1;
    }
    std::printf("seeding: %.1f s\n", seconds(timer));

    ServerProcess server;
    const quint16 port =
        server.start(url, {QStringLiteral("--rate-limit"), QStringLiteral("0"),
                           QStringLiteral("--max-in-flight"), QStringLiteral("0")});
    if (port == 0) {
        std::fprintf(stderr, "could not start the server:\n%s\n", qPrintable(server.log()));
        return 1;
    }
    const QUrl serverUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const auto session = signIn(serverUrl, settings.user);
    if (!session)
        return 1;

    // 1. First sync, end to end.
    const Cache::CacheKey key = Cache::CacheKey::generate();
    const QString cachePath = dir.filePath(QStringLiteral("first.cache"));
    {
        auto cache = openCache(cachePath, key, session->user);
        if (!cache)
            return 1;
    }
    timer.restart();
    const auto first = syncOnce(cachePath, key, *session);
    if (!first)
        return 1;
    const double firstSeconds = seconds(timer);
    const qint64 firstRows = first->pulled + first->deleted;
    std::printf("1. first sync into an empty cache: %lld rows in %.2f s = %.0f rows/s end to end "
                "(target >= 50,000 rows/s)\n",
                firstRows, firstSeconds, double(firstRows) / firstSeconds);
    std::printf("   cache file: %.1f MB\n", double(QFileInfo(cachePath).size()) / 1e6);
    std::fflush(stdout);

    // 2. The same rows again, pages kept in memory: raw SQLite inserts versus the cache.
    SyncClient::ApiClient api(serverUrl);
    api.setAccessToken(session->accessToken);
    QList<QByteArray> texts;
    QList<QJsonObject> pages;
    qint64 cursor = 0;
    for (bool more = true; more;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10000"));
        const auto text = api.getTextAndWait(QStringLiteral("/api/v1/sync/changes"), query);
        if (!text) {
            std::fprintf(stderr, "pull failed: %s\n", qPrintable(text.error().message));
            return 1;
        }
        if (!settings.pagesDir.isEmpty()) {
            QDir().mkpath(settings.pagesDir);
            QFile file(pageFile(settings.pagesDir, texts.size()));
            if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
                return 1;
            }
        }
        texts.append(*text);
        const QJsonObject page = QJsonDocument::fromJson(*text).object();
        pages.append(page);
        cursor = page.value(u"cursor").toInteger();
        more = page.value(u"more").toBool();
    }
    qint64 rawRows = 0;
    double rawSeconds = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(dir.filePath(QStringLiteral("raw.sqlite")));
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        QStringList tables;
        for (const QJsonObject &page : std::as_const(pages)) {
            for (const QJsonValue &change : page.value(u"changes").toArray()) {
                const QString entity = change.toObject().value(u"entity").toString();
                if (!tables.contains(entity)) {
                    tables.append(entity);
                    query.exec(QStringLiteral("CREATE TABLE r_%1 (id INTEGER PRIMARY KEY, "
                                              "version INTEGER NOT NULL, data BLOB NOT NULL)")
                                   .arg(entity));
                }
            }
        }
        // Per page: one transaction, one prepared statement per table, the row's JSON as
        // the server sent it. This is the floor: no parsing, no encryption, no merging.
        QElapsedTimer raw;
        raw.start();
        for (const QJsonObject &page : std::as_const(pages)) {
            query.exec(QStringLiteral("BEGIN"));
            QHash<QString, QSqlQuery *> inserts;
            for (const QJsonValue &value : page.value(u"changes").toArray()) {
                const QJsonObject change = value.toObject();
                const QString entity = change.value(u"entity").toString();
                QSqlQuery *&insert = inserts[entity];
                if (!insert) {
                    insert = new QSqlQuery(db);
                    insert->prepare(QStringLiteral("INSERT OR REPLACE INTO r_%1 (id, version, "
                                                   "data) VALUES (?, ?, ?)")
                                        .arg(entity));
                }
                const QJsonObject row = change.value(u"row").toObject();
                insert->bindValue(0, row.value(u"id").toInteger());
                insert->bindValue(1, row.value(u"version").toInteger());
                insert->bindValue(2, QJsonDocument(row).toJson(QJsonDocument::Compact));
                insert->exec();
                ++rawRows;
            }
            qDeleteAll(inserts);
            query.exec(QStringLiteral("COMMIT"));
        }
        rawSeconds = seconds(raw);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    // The cache from the pages' text (what the sync engine does) and from parsed pages.
    TextApply textApply;
    const auto applyAll = [&](const QString &file, bool fromText) -> double {
        auto cache = openCache(dir.filePath(file), key, session->user);
        if (!cache)
            return -1;
        if (fromText) {
            textApply = applyTexts(*cache, texts);
            return textApply.pages < 0 ? -1 : textApply.total();
        }
        QElapsedTimer apply;
        apply.start();
        for (const QJsonObject &page : std::as_const(pages)) {
            if (!cache->applyPullPage(page)) {
                std::fprintf(stderr, "apply failed\n");
                return -1;
            }
        }
        return seconds(apply);
    };
    const double textSeconds = applyAll(QStringLiteral("apply-text.cache"), true);
    const double objectSeconds = applyAll(QStringLiteral("apply-objects.cache"), false);
    if (textSeconds < 0 || objectSeconds < 0)
        return 1;
    const double rawRate = double(rawRows) / rawSeconds;
    const double textRate = double(rawRows) / textSeconds;
    const double objectRate = double(rawRows) / objectSeconds;
    std::printf("2. same %lld rows from memory: raw SQLite prepared inserts %.0f rows/s; cache "
                "apply (check, encrypt, write, then index) from the pages' text %.0f rows/s = %.0f "
                "%% of raw "
                "(goal >= 50 %%); from parsed pages %.0f rows/s\n",
                rawRows, rawRate, textRate, 100.0 * textRate / rawRate, objectRate);
    std::printf("   from text: pages %.2f s, indexes at the end %.2f s\n", textApply.pages,
                textApply.indexes);
    std::fflush(stdout);

    // 3. Incremental: another user changes 1,000 rows the first user sees.
    const auto other = signIn(serverUrl, settings.otherUser);
    if (!other)
        return 1;
    SyncClient::ApiClient otherApi(serverUrl);
    otherApi.setAccessToken(other->accessToken);
    QList<qint64> caseIds;
    {
        auto cache = openCache(cachePath, key, session->user);
        const auto rows = cache->rows(QStringLiteral("cases"), 5000);
        for (const QJsonObject &row : *rows)
            caseIds.append(row.value(u"id").toInteger());
    }
    qint64 changed = 0;
    for (int batch = 0; batch < 10 && !caseIds.isEmpty(); ++batch) {
        QJsonArray mutations;
        for (int i = 0; i < 100; ++i) {
            const qint64 id = caseIds.at((batch * 100 + i) % caseIds.size());
            mutations.append(
                QJsonObject{{QStringLiteral("client_mutation_id"),
                             QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("entity"), QStringLiteral("case_notes")},
                            {QStringLiteral("op"), QStringLiteral("create")},
                            {QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("case_id"), id},
                                         {QStringLiteral("body"),
                                          QStringLiteral("یادداشت آزمایشی %1").arg(i)}}}});
        }
        const auto answer = otherApi.postAndWait(QStringLiteral("/api/v1/sync/push"),
                                                 {{QStringLiteral("mutations"), mutations}});
        if (answer) {
            for (const QJsonValue &result : answer->value(u"results").toArray())
                changed += result.toObject().value(u"status").toString() == u"applied";
        }
    }
    timer.restart();
    const auto incremental = syncOnce(cachePath, key, *session);
    if (!incremental)
        return 1;
    std::printf("3. incremental sync after %lld changes by another user: %lld rows in %.0f ms "
                "(target < 500 ms)\n",
                changed, incremental->pulled, seconds(timer) * 1000);

    // 4. One change applied with everything cached.
    {
        auto cache = openCache(cachePath, key, session->user);
        const qint64 id = caseIds.value(0);
        auto row = cache->row(QStringLiteral("cases"), id);
        if (!row || !*row) {
            std::fprintf(stderr, "no case to change\n");
            return 1;
        }
        QJsonObject changedRow = **row;
        QList<double> times;
        for (int i = 1; i <= 20; ++i) {
            changedRow.insert(QStringLiteral("version"),
                              changedRow.value(u"version").toInteger() + 1);
            changedRow.insert(QStringLiteral("subject"), QStringLiteral("موضوع %1").arg(i));
            const QJsonObject page{
                {QStringLiteral("changes"),
                 QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("cases")},
                                        {QStringLiteral("row"), changedRow}}}},
                {QStringLiteral("drops"), QJsonArray()},
                {QStringLiteral("cursor"), cache->cursor()},
                {QStringLiteral("more"), false}};
            QElapsedTimer one;
            one.start();
            if (!cache->applyPullPage(page))
                return 1;
            times.append(double(one.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf("4. one change applied with %lld rows cached: median %.2f ms, worst %.2f ms "
                    "(target < 10 ms)\n",
                    firstRows, times.at(times.size() / 2), times.last());
    }
    server.stop();
    return 0;
}
