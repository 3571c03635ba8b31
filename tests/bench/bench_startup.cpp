// bench_startup: the workstation's cold start over a large cache. Builds an encrypted
// cache of N cases and M citizens (through the cache's own pull path, as a first sync
// leaves it), then starts fresh processes that do what `shahrvand` does for a
// remembered user: open the cache, make the sync engine (its server unreachable, as for a
// field officer offline), build and show the main window. Each child reports when the
// window is interactive (shown, painted, and the event loop idle) and when the Cases
// queue shows its first rows, with its resident memory at both points.
// Prints figures; asserts no timings. --quick (CTest) runs on 5,000 cases.
#include "appfonts.h"
#include "benchcache.h"
#include "cachekey.h"
#include "clock.h"
#include "credentialstore.h"
#include "localcache.h"
#include "localization.h"
#include "mainwindow.h"
#include "sectionpage.h"
#include "trackingcode.h"
#include "workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

using namespace Shahrvand;

namespace {

constexpr auto keyVariable = "SHAHRVAND_BENCH_CACHE_KEY";

Access::Principal benchUser()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("maryam");
    user.displayName = QStringLiteral("مریم احمدی");
    user.roles = {Access::Role::Agent, Access::Role::Supervisor};
    user.units = {OrgUnitId(3)};
    user.visibleUnits = {OrgUnitId(3), OrgUnitId(4)};
    return user;
}

// Rows shaped like the server's (the fields a queue shows and a case's text), varied so
// that pages and indexes are not unrealistically compressible.
QJsonObject caseRow(qint64 id, QRandomGenerator &random)
{
    static const QStringList subjects{QStringLiteral("چاله در آسفالت خیابان"),
                                      QStringLiteral("جمع‌آوری نشدن زباله"),
                                      QStringLiteral("خاموشی چراغ‌های معابر"),
                                      QStringLiteral("درخواست هرس درختان"),
                                      QStringLiteral("سد معبر توسط کسبه"),
                                      QStringLiteral("آبگرفتگی پس از بارندگی")};
    static const QStringList statuses{QStringLiteral("new"), QStringLiteral("assigned"),
                                      QStringLiteral("in_progress"), QStringLiteral("resolved"),
                                      QStringLiteral("closed")};
    static const QStringList channels{QStringLiteral("phone"), QStringLiteral("web"),
                                      QStringLiteral("walk_in"), QStringLiteral("mobile_app")};
    const qint64 created =
        QDateTime(QDate(2025, 3, 21), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch() + id * 31'000;
    const QString subject = subjects.at(random.bounded(int(subjects.size())));
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), id},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), created},
            {QStringLiteral("updated_at"), created + random.bounded(86'400'000)},
            {QStringLiteral("tracking_code"), TrackingCode::generate(random).compact()},
            {QStringLiteral("citizen_id"), 1 + random.bounded(300'000)},
            {QStringLiteral("service_id"), 1 + random.bounded(40)},
            {QStringLiteral("channel"), channels.at(random.bounded(int(channels.size())))},
            {QStringLiteral("priority"), QStringLiteral("normal")},
            {QStringLiteral("status"), statuses.at(random.bounded(int(statuses.size())))},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("description"),
             subject + QStringLiteral(" — شهروند گزارش داده است که مشکل از %1 روز پیش ادامه دارد "
                                      "و تا کنون رسیدگی نشده است. پلاک %2، کوچه %3.")
                           .arg(random.bounded(30))
                           .arg(random.bounded(400))
                           .arg(random.bounded(60))},
            {QStringLiteral("team_id"), 3 + random.bounded(2)},
            {QStringLiteral("owner_id"), 7 + random.bounded(20)},
            {QStringLiteral("tier"), 1},
            {QStringLiteral("district_id"), 10 + random.bounded(8)},
            {QStringLiteral("address_text"),
             QStringLiteral("منطقه %1، خیابان %2").arg(random.bounded(22)).arg(random.bounded(90))},
            {QStringLiteral("resolution_due_at"), created + 3 * 86'400'000LL}};
}

QJsonObject citizenRow(qint64 id, QRandomGenerator &random)
{
    static const QStringList first{QStringLiteral("مریم"),  QStringLiteral("علی"),
                                   QStringLiteral("زهرا"),  QStringLiteral("حسین"),
                                   QStringLiteral("فاطمه"), QStringLiteral("رضا")};
    static const QStringList last{QStringLiteral("احمدی"), QStringLiteral("کریمی"),
                                  QStringLiteral("حسینی"), QStringLiteral("رضایی"),
                                  QStringLiteral("موسوی"), QStringLiteral("جعفری")};
    const qint64 at = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), id},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), at},
            {QStringLiteral("updated_at"), at},
            {QStringLiteral("first_name"), first.at(random.bounded(int(first.size())))},
            {QStringLiteral("last_name"), last.at(random.bounded(int(last.size())))},
            {QStringLiteral("national_id"),
             QStringLiteral("******%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'))},
            {QStringLiteral("preferred_channel"), QStringLiteral("sms")},
            {QStringLiteral("consent_sms"), true}};
}

bool buildCache(const QString &path, const Cache::CacheKey &key, qint64 cases, qint64 citizens)
{
    auto opened = Cache::LocalCache::open(path, key);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(opened.error().detail));
        return false;
    }
    auto cache = std::move(opened).value();
    if (!cache->setUser(benchUser()))
        return false;
    QRandomGenerator random(1405);
    qint64 cursor = 0;
    return Bench::applyGeneratedRows(
               *cache, QStringLiteral("citizens"), citizens,
               [&](qint64 id) { return citizenRow(id, random); }, cursor) &&
           Bench::applyGeneratedRows(
               *cache, QStringLiteral("cases"), cases,
               [&](qint64 id) { return caseRow(id, random); }, cursor);
}

// The child: what main() does for a remembered user, timed from the top of main().
int runChild(int argc, char *argv[], const QString &cachePath, const QString &settingsPath)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication::setOrganizationName(QStringLiteral("Shahrvand"));
    QApplication::setApplicationName(QStringLiteral("ShahrvandBench"));
    QApplication app(argc, argv);
    Ui::installApplicationFonts();
    QSettings settings(settingsPath, QSettings::IniFormat);
    Ui::Localization localization(settings);

    const auto key = Cache::CacheKey::fromHex(qEnvironmentVariable(keyVariable));
    if (!key) {
        std::fprintf(stderr, "no cache key in %s\n", keyVariable);
        return 1;
    }
    auto opened = Cache::LocalCache::open(cachePath, *key);
    if (!opened) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    Ui::Workspace workspace;
    workspace.cache = std::move(opened).value();
    workspace.cachePath = cachePath;
    SyncClient::Session session;
    session.server = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing answers: offline
    session.username = benchUser().username;
    session.user = workspace.cache->user().value_or(benchUser());
    workspace.session = session;
    workspace.startedOffline = true;
    workspace.engine = std::make_unique<SyncClient::SyncEngine>(cachePath, *key, session,
                                                                SyncClient::SyncOptions{});
    const auto credentials = Credentials::memoryCredentialStore();
    workspace.credentials = credentials.get();

    const SystemClock clock;
    Ui::MainWindow window(clock, localization, settings, workspace);
    window.show();
    workspace.engine->start();

    // A zero timer runs once the events queued by show() (layout, first paint) are done:
    // from then on the window answers the user.
    QTimer::singleShot(0, &window, [&] {
        const auto [rss, peak] = Bench::residentMemoryMb();
        std::printf("child: interactive %.0f ms after main() (RSS %.0f MB)\n",
                    double(sinceMain.nsecsElapsed()) / 1e6, rss);
        std::fflush(stdout);
        // The agent's first move: the Cases queue.
        window.showSection(Ui::Section::Cases);
        QTimer::singleShot(0, &window, [&] {
            const auto *page = window.page(Ui::Section::Cases);
            const auto *view = page ? page->findChild<QTableView *>() : nullptr;
            const int rows = view && view->model() ? view->model()->rowCount() : -1;
            const auto [rssNow, peakNow] = Bench::residentMemoryMb();
            std::printf("child: cases queue with %d rows loaded %.0f ms after main() (RSS %.0f "
                        "MB, peak %.0f MB)\n",
                        rows, double(sinceMain.nsecsElapsed()) / 1e6, rssNow, peakNow);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    });
    const int code = QApplication::exec();
    workspace.engine.reset();
    return code;
}

struct ChildFigures
{
    // From starting the process to each of its reports.
    double wallInteractiveMs = -1;
    double wallCasesMs = -1;
    QString report;
};

std::optional<ChildFigures> runOnce(const QString &self, const QString &cachePath,
                                    const QString &settingsPath, const Cache::CacheKey &key)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(keyVariable), key.toHex());
    if (!environment.contains(QStringLiteral("DISPLAY")) &&
        !environment.contains(QStringLiteral("WAYLAND_DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    // Its warnings (the offline engine, the offscreen platform) are shown only on failure.
    child.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer wall;
    wall.start();
    child.start(self, {QStringLiteral("--child"), cachePath, settingsPath});
    ChildFigures figures;
    QByteArray output;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable()) {
        child.waitForReadyRead(100);
        output += child.readAll();
        if (figures.wallInteractiveMs < 0 && output.contains("child: interactive"))
            figures.wallInteractiveMs = double(wall.nsecsElapsed()) / 1e6;
        if (figures.wallCasesMs < 0 && output.contains("child: cases"))
            figures.wallCasesMs = double(wall.nsecsElapsed()) / 1e6;
        if (wall.elapsed() > 120'000) {
            child.kill();
            std::fprintf(stderr, "the child took more than two minutes\n");
            return std::nullopt;
        }
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "the child failed:\n%s\n", output.constData());
        return std::nullopt;
    }
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("child: "))
            figures.report += QStringLiteral("  ") + QString::fromUtf8(line.mid(7)) + u'\n';
    }
    figures.report = figures.report.trimmed().prepend(QStringLiteral("  "));
    return figures;
}

// Truly cold: the kernel forgets the cache file and the libraries (root only).
bool dropPageCache()
{
    ::sync();
    QFile control(QStringLiteral("/proc/sys/vm/drop_caches"));
    return control.open(QIODevice::WriteOnly) && control.write("3\n") == 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]),
                        QString::fromLocal8Bit(argv[3]));

    QCoreApplication app(argc, argv);
    qint64 cases = 1'000'000;
    qint64 citizens = 300'000;
    int runs = 5;
    bool dropCaches = false;
    QString keep;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--quick") {
            cases = 5'000;
            citizens = 1'000;
            runs = 1;
        } else if (argument == u"--cases" && i + 1 < arguments.size()) {
            cases = qMax<qint64>(1, arguments.at(++i).toLongLong());
        } else if (argument == u"--citizens" && i + 1 < arguments.size()) {
            citizens = qMax<qint64>(0, arguments.at(++i).toLongLong());
        } else if (argument == u"--keep" && i + 1 < arguments.size()) {
            keep = arguments.at(++i);
        } else if (argument == u"--drop-caches") {
            dropCaches = true;
        } else if (argument == u"--runs" && i + 1 < arguments.size()) {
            runs = qMax(1, arguments.at(++i).toInt());
        } else {
            std::fprintf(stderr, "usage: bench_startup [--quick] [--cases N] [--citizens N] "
                                 "[--runs N] [--drop-caches] [--keep DIR]\n"
                                 "  --keep: build the cache in DIR once and reuse it\n"
                                 "  --drop-caches: empty the kernel's page cache before each "
                                 "run (root only)\n");
            return 2;
        }
    }
    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/bench_startup-XXXXXX"));
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot make %s\n", qPrintable(dir.path()));
        return 1;
    }
    const QString cachePath = dir.filePath(QStringLiteral("bench.cache"));
    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    QFile keyFile(dir.filePath(QStringLiteral("key.hex")));
    std::optional<Cache::CacheKey> key;
    if (QFileInfo::exists(cachePath) && keyFile.open(QIODevice::ReadOnly))
        key = Cache::CacheKey::fromHex(QString::fromLatin1(keyFile.readAll()));
    keyFile.close();
    std::printf("bench_startup: %lld cases, %lld citizens, %d runs%s\n", cases, citizens, runs,
                dropCaches ? ", page cache emptied before each" : "");
    std::fflush(stdout);

    if (key) {
        std::printf("reusing the cache in %s (%.1f MB)\n", qPrintable(dir.path()),
                    double(QFileInfo(cachePath).size()) / 1e6);
    } else {
        key = Cache::CacheKey::generate();
        QFile::remove(cachePath);
        QElapsedTimer timer;
        timer.start();
        if (!buildCache(cachePath, *key, cases, citizens))
            return 1;
        std::printf("building the cache: %.1f s, %.1f MB\n", double(timer.elapsed()) / 1000.0,
                    double(QFileInfo(cachePath).size()) / 1e6);
        if (!keep.isEmpty() &&
            (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(key->toHex().toLatin1()) != 64))
            std::fprintf(stderr, "could not keep the key in %s\n", qPrintable(keyFile.fileName()));
        keyFile.close();
    }
    std::fflush(stdout);

    // The first run also makes the settings file (window geometry and state, as after
    // a user's first day); every run after it starts as a returning user would.
    QList<double> walls;
    for (int run = 0; run < runs; ++run) {
        if (dropCaches && !dropPageCache()) {
            std::fprintf(stderr, "cannot empty the page cache (are you root?)\n");
            return 1;
        }
        const auto figures = runOnce(app.applicationFilePath(), cachePath, settingsPath, *key);
        if (!figures)
            return 1;
        walls.append(figures->wallInteractiveMs);
        std::printf("run %d: process start to interactive %.0f ms, to the Cases queue %.0f ms\n"
                    "%s\n",
                    run + 1, figures->wallInteractiveMs, figures->wallCasesMs,
                    qPrintable(figures->report));
        std::fflush(stdout);
    }
    std::sort(walls.begin(), walls.end());
    std::printf("cold start to an interactive main window: median %.0f ms, worst %.0f ms "
                "(target < 1,500 ms; resident memory target < 200 MB)\n",
                walls.at(walls.size() / 2), walls.last());
    return 0;
}
