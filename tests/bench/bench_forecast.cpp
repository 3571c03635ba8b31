// bench_forecast: the request forecast's history over a large cache. Builds an encrypted
// cache of N cases spread over two years (through the cache's own pull path), opens it
// afresh and times what the forecast panel does off the UI thread: the weeks counted for
// every service and the busiest eight (120 weeks, in one pass), for an administrator, a
// supervisor's units and one agent; then the forecasts and their backtests. Prints figures;
// asserts no timings. --quick (CTest) runs on 5,000 cases.
#include "benchcache.h"
#include "cachekey.h"
#include "casestats.h"
#include "caseweeks.h"
#include "localcache.h"
#include "requestforecast.h"
#include "trackingcode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

const qint64 nowMs = QDateTime(QDate(2025, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 dayMs = 86'400'000;

Access::Principal benchUser()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("maryam");
    user.roles = {Access::Role::Administrator};
    return user;
}

QJsonObject caseRow(qint64 id, qint64 total, QRandomGenerator &random)
{
    // Spread over the last two years, the newest now.
    const qint64 created = nowMs - (total - id) * (730 * dayMs / qMax<qint64>(total, 1));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), id},
                       {QStringLiteral("deleted"), false},
                       {QStringLiteral("created_at"), created},
                       {QStringLiteral("updated_at"), created},
                       {QStringLiteral("tracking_code"), TrackingCode::generate(random).compact()},
                       {QStringLiteral("service_id"), 1 + random.bounded(40)},
                       {QStringLiteral("channel"), QStringLiteral("phone")},
                       {QStringLiteral("status"), QStringLiteral("closed")},
                       {QStringLiteral("subject"), QStringLiteral("چاله در آسفالت خیابان")},
                       {QStringLiteral("team_id"), 3 + random.bounded(4)},
                       {QStringLiteral("owner_id"), 7 + random.bounded(30)},
                       {QStringLiteral("tier"), 1}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 cases = 200'000;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--quick")
            cases = 5'000;
        else if (arguments.at(i) == u"--cases" && i + 1 < arguments.size())
            cases = qMax<qint64>(1, arguments.at(++i).toLongLong());
        else {
            std::fprintf(stderr, "usage: bench_forecast [--quick] [--cases N]\n");
            return 2;
        }
    }
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_forecast-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("forecast.cache"));
    const CacheKey key = CacheKey::generate();
    std::printf("bench_forecast: %lld cases over two years\n", cases);
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = LocalCache::open(path, key);
        if (!opened || !(*opened)->setUser(benchUser()))
            return 1;
        QRandomGenerator random(1405);
        qint64 cursor = 0;
        if (!Bench::applyGeneratedRows(
                **opened, QStringLiteral("cases"), cases,
                [&](qint64 id) { return caseRow(id, cases, random); }, cursor))
            return 1;
    }
    // After the cache is closed, so that its file holds every row.
    std::printf("building the cache: %.1f s, %.1f MB\n", double(timer.elapsed()) / 1000.0,
                double(QFileInfo(path).size()) / 1e6);
    auto opened = LocalCache::open(path, key);
    if (!opened)
        return 1;
    auto cache = std::move(opened).value();
    const QDate today = CaseStats::iranDate(nowMs);
    CaseQueueFilter units;
    units.teamIds = QList<qint64>{3, 4};
    CaseQueueFilter agent;
    agent.ownerId = 12;
    const QList<std::pair<const char *, CaseQueueFilter>> scopes{
        {"administrator (all)", {}}, {"supervisor (2 of 4 units)", units}, {"one agent", agent}};
    for (const auto &[name, filter] : scopes) {
        timer.restart();
        const auto weeks = CaseWeeks::count(*cache, filter, today, 120, 8);
        const double countMs = double(timer.nsecsElapsed()) / 1e6;
        if (!weeks) {
            std::fprintf(stderr, "counting failed: %s\n", qPrintable(weeks.error().detail));
            return 1;
        }
        qint64 total = 0;
        for (const qint64 count : weeks->all)
            total += count;
        timer.restart();
        int seasonal = 0;
        for (qsizetype i = 0; i <= weeks->services.size(); ++i) {
            const auto forecast = CaseWork::RequestForecast::compute(
                weeks->countsOf(i == 0 ? 0 : weeks->services.at(i - 1).serviceId), 4);
            seasonal += forecast.seasonal ? 1 : 0;
        }
        const double forecastMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("%-26s 120 weeks counted in %7.1f ms (%lld cases); 9 forecasts with "
                    "backtests in %.3f ms (%d seasonal)\n",
                    name, countMs, total, forecastMs, seasonal);
        std::fflush(stdout);
    }
    return 0;
}
