// bench_queue: the case queues over a large cache. Builds an encrypted cache of N cases
// (through the cache's own pull path, as bench_startup does), opens it afresh and times
// what an agent does: the first page of each view, a re-sort, a tracking-code filter, a
// deep page, each view's count (which the Cases page runs off the UI thread), and the
// service dashboard's figures (whole, and after a filter change). Prints
// figures and resident memory; asserts no timings. --quick (CTest) runs on 5,000 cases.
#include "benchcache.h"
#include "cachekey.h"
#include "casestats.h"
#include "jalalidate.h"
#include "localcache.h"
#include "trackingcode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

const qint64 nowMs = QDateTime(QDate(2025, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

Access::Principal benchUser()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("maryam");
    user.roles = {Access::Role::Agent, Access::Role::Supervisor};
    user.units = {OrgUnitId(3)};
    user.visibleUnits = {OrgUnitId(3), OrgUnitId(4)};
    return user;
}

// Shaped as bench_startup's rows, with the queues' facts varied: owners (some none),
// two teams, every priority, a few escalations, due times around now.
QJsonObject caseRow(qint64 id, qint64 total, QRandomGenerator &random)
{
    static const QStringList statuses{
        QStringLiteral("new"),      QStringLiteral("assigned"), QStringLiteral("in_progress"),
        QStringLiteral("resolved"), QStringLiteral("closed"),   QStringLiteral("waiting_citizen")};
    static const QStringList channels{QStringLiteral("phone"), QStringLiteral("web"),
                                      QStringLiteral("walk_in"), QStringLiteral("mobile_app")};
    static const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"),
                                        QStringLiteral("high"), QStringLiteral("urgent")};
    // Spread over the last year, the newest now.
    const qint64 created = nowMs - (total - id) * (365LL * 86'400'000 / qMax<qint64>(total, 1));
    const int owner = random.bounded(25);
    const bool escalated = random.bounded(100) == 0;
    // As in the field: most cases older than a month are resolved or closed.
    const bool old = nowMs - created > 30LL * 86'400'000;
    const QString status = escalated ? QStringLiteral("escalated")
                           : old && random.bounded(100) < 95
                               ? statuses.at(3 + random.bounded(2))
                               : statuses.at(random.bounded(int(statuses.size())));
    QJsonObject row{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), id},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("created_at"), created},
        {QStringLiteral("updated_at"), created + random.bounded(86'400'000)},
        {QStringLiteral("tracking_code"), TrackingCode::generate(random).compact()},
        {QStringLiteral("citizen_id"), 1 + random.bounded(300'000)},
        {QStringLiteral("service_id"), 1 + random.bounded(40)},
        {QStringLiteral("channel"), channels.at(random.bounded(int(channels.size())))},
        {QStringLiteral("priority"), priorities.at(random.bounded(int(priorities.size())))},
        {QStringLiteral("status"), status},
        {QStringLiteral("subject"), QStringLiteral("چاله در آسفالت خیابان")},
        {QStringLiteral("description"),
         QStringLiteral("شهروند گزارش داده است که مشکل از %1 روز پیش ادامه دارد و تا کنون "
                        "رسیدگی نشده است. پلاک %2.")
             .arg(random.bounded(30))
             .arg(random.bounded(400))},
        {QStringLiteral("team_id"), 3 + random.bounded(2)},
        {QStringLiteral("owner_id"), owner < 5 ? QJsonValue() : QJsonValue(7 + owner - 5)},
        {QStringLiteral("tier"), escalated ? 2 : 1},
        {QStringLiteral("district_id"), 10 + random.bounded(8)},
        {QStringLiteral("address_text"), QStringLiteral("منطقه %1").arg(random.bounded(22))},
        {QStringLiteral("first_response_due_at"), created + 86'400'000LL},
        {QStringLiteral("resolution_due_at"), created + 3 * 86'400'000LL}};
    return row;
}

bool buildCache(const QString &path, const CacheKey &key, qint64 cases)
{
    auto opened = LocalCache::open(path, key);
    if (!opened || !(*opened)->setUser(benchUser()))
        return false;
    auto cache = std::move(opened).value();
    QRandomGenerator random(1405);
    qint64 cursor = 0;
    return Bench::applyGeneratedRows(
        *cache, QStringLiteral("cases"), cases,
        [&](qint64 id) { return caseRow(id, cases, random); }, cursor);
}

double rssMb()
{
    return Bench::residentMemoryMb().first;
}

const char *viewName(CaseQueueView view)
{
    switch (view) {
    case CaseQueueView::MyWork:
        return "My work";
    case CaseQueueView::MyTeam:
        return "My team";
    case CaseQueueView::Unassigned:
        return "Unassigned in my units";
    case CaseQueueView::BreachingSoon:
        return "Breaching soon";
    case CaseQueueView::EscalatedToMe:
        return "Escalated to me";
    case CaseQueueView::All:
        return "All cases";
    }
    return "?";
}

// One page of `limit` rows; its time in ms, -1 on failure.
double timedPage(LocalCache &cache, const CaseQueueFilter &filter, CaseQueueSort sort,
                 const std::optional<CaseQueuePosition> &after = {}, CaseQueuePage *out = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const auto page = cache.caseQueuePage(filter, sort, 200, after);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!page) {
        std::fprintf(stderr, "page failed: %s\n", qPrintable(page.error().detail));
        return -1;
    }
    if (out)
        *out = *page;
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 cases = 1'000'000;
    QString keep;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--quick")
            cases = 5'000;
        else if (arguments.at(i) == u"--cases" && i + 1 < arguments.size())
            cases = qMax<qint64>(1, arguments.at(++i).toLongLong());
        else if (arguments.at(i) == u"--keep" && i + 1 < arguments.size())
            keep = arguments.at(++i);
        else {
            std::fprintf(stderr, "usage: bench_queue [--quick] [--cases N] [--keep DIR]\n");
            return 2;
        }
    }
    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/bench_queue-XXXXXX"));
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    dir.mkpath(QStringLiteral("."));
    const QString path = dir.filePath(QStringLiteral("queue.cache"));
    const QString emptyPath = dir.filePath(QStringLiteral("empty.cache"));
    QFile keyFile(dir.filePath(QStringLiteral("key.hex")));
    std::optional<CacheKey> key;
    if (QFileInfo::exists(path) && keyFile.open(QIODevice::ReadOnly))
        key = CacheKey::fromHex(QString::fromLatin1(keyFile.readAll()));
    keyFile.close();
    std::printf("bench_queue: %lld cases\n", cases);
    if (!key) {
        key = CacheKey::generate();
        QFile::remove(path);
        QElapsedTimer timer;
        timer.start();
        if (!buildCache(path, *key, cases))
            return 1;
        std::printf("building the cache: %.1f s, %.1f MB\n", double(timer.elapsed()) / 1000.0,
                    double(QFileInfo(path).size()) / 1e6);
        if (!keep.isEmpty() && keyFile.open(QIODevice::WriteOnly))
            keyFile.write(key->toHex().toLatin1());
        keyFile.close();
    }
    std::fflush(stdout);

    // The baseline: an empty cache opened and asked once.
    double emptyRss = 0;
    {
        QFile::remove(emptyPath);
        auto empty = LocalCache::open(emptyPath, *key);
        if (!empty || !(*empty)->setUser(benchUser()))
            return 1;
        (*empty)->caseQueuePage({}, {}, 200);
        emptyRss = rssMb();
    }

    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = LocalCache::open(path, *key);
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    auto cache = std::move(opened).value();
    std::printf("opening the cache: %.1f ms\n", double(openTimer.nsecsElapsed()) / 1e6);
    const Access::Principal user = *cache->user();

    double worstFirst = 0;
    double worstResort = 0;
    double worstFilter = 0;
    for (const CaseQueueView view : CaseQueue::views()) {
        const CaseQueueFilter filter = CaseQueue::filterFor(view, user, nowMs);
        CaseQueuePage page;
        const double first = timedPage(*cache, filter, {}, {}, &page);
        worstFirst = qMax(worstFirst, first);
        // Re-sorts by a header click: newest first, priority, tracking code.
        double resort = 0;
        for (const CaseQueueSort sort :
             {CaseQueueSort{CaseQueueColumn::Created, Qt::DescendingOrder},
              CaseQueueSort{CaseQueueColumn::Priority, Qt::DescendingOrder},
              CaseQueueSort{CaseQueueColumn::TrackingCode, Qt::AscendingOrder},
              CaseQueueSort{CaseQueueColumn::Status, Qt::AscendingOrder}})
            resort = qMax(resort, timedPage(*cache, filter, sort));
        worstResort = qMax(worstResort, resort);
        // Re-filters as a tracking code is typed.
        double refilter = 0;
        for (const QString &typed : {QStringLiteral("7"), QStringLiteral("7K"),
                                     QStringLiteral("۷KD-"), QStringLiteral("7KD4M")}) {
            CaseQueueFilter narrowed = filter;
            narrowed.trackingPrefix = typed;
            refilter = qMax(refilter, timedPage(*cache, narrowed, {}));
        }
        worstFilter = qMax(worstFilter, refilter);
        // Page 50 by keyset.
        std::optional<CaseQueuePosition> after = page.last;
        double deep = 0;
        int pages = 1;
        while (after && pages < 50) {
            CaseQueuePage next;
            deep = timedPage(*cache, filter, {}, after, &next);
            after = next.atEnd ? std::nullopt : next.last;
            ++pages;
        }
        QElapsedTimer countTimer;
        countTimer.start();
        const auto count = cache->caseQueueCount(filter);
        const double countMs = double(countTimer.nsecsElapsed()) / 1e6;
        std::printf("%-24s first page %6.1f ms (%3lld rows), re-sort worst %6.1f ms, "
                    "re-filter worst %6.1f ms, page %d %6.1f ms, count %lld in %6.1f ms\n",
                    viewName(view), first, qint64(page.rows.size()), resort, refilter, pages, deep,
                    count ? *count : -1, countMs);
        std::fflush(stdout);
    }
    // The service dashboard (issue 9): every panel's figures in one pass, as the page
    // computes them on its worker thread; a filter change computes them again.
    const QDate today = CaseStats::iranDate(nowMs);
    double worstDashboard = 0;
    double worstFilterChange = 0;
    struct DashboardCase
    {
        const char *name;
        QDate from;
        CaseStats::Bucket bucket;
        CaseQueueFilter filter;
        bool filterChange;
    };
    CaseQueueFilter units;
    units.teamIds = QList<qint64>{3, 4};
    CaseQueueFilter phone = units;
    phone.channels = {QStringLiteral("phone")};
    CaseQueueFilter oneService = units;
    oneService.serviceIds = {7};
    const QList<DashboardCase> dashboards{
        {"all, last 30 days by day", today.addDays(-29), CaseStats::Bucket::Day, {}, false},
        {"units, last 90 days by week", today.addDays(-89), CaseStats::Bucket::Week, units, false},
        {"units, this year by month", startOfJalaliYear(today), CaseStats::Bucket::Month, units,
         false},
        {"all, a whole year by month", today.addDays(-364), CaseStats::Bucket::Month, {}, false},
        {"filter: phone, 90 days", today.addDays(-89), CaseStats::Bucket::Week, phone, true},
        {"filter: one service, year", today.addDays(-364), CaseStats::Bucket::Month, oneService,
         true},
    };
    for (const DashboardCase &dashboard : dashboards) {
        QElapsedTimer timer;
        timer.start();
        const auto stats = CaseStats::compute(*cache, dashboard.filter, dashboard.from, today,
                                              dashboard.bucket, nowMs);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        (dashboard.filterChange ? worstFilterChange : worstDashboard) =
            qMax(dashboard.filterChange ? worstFilterChange : worstDashboard, ms);
        std::printf("dashboard %-30s %7.1f ms (%lld cases, %lld open)\n", dashboard.name, ms,
                    stats ? stats->total : -1, stats ? stats->open : -1);
    }
    std::printf("dashboard worst %.1f ms (target < 500), filter change worst %.1f ms "
                "(target < 300)\n",
                worstDashboard, worstFilterChange);

    const double rss = rssMb();
    std::printf("worst first page %.1f ms (target < 50), worst re-sort %.1f ms and re-filter "
                "%.1f ms (target < 100)\n",
                worstFirst, worstResort, worstFilter);
    std::printf("resident memory %.0f MB, %.0f MB above an empty cache (target < 200 MB)\n", rss,
                rss - emptyRss);
    return 0;
}
