// bench_approvals: the approvals inbox over a large cache. Builds an encrypted cache in
// which N approval steps wait for the user (claims and missions, some at their second step,
// plus others' steps), through the cache's own pull path as a first sync leaves it, then
// makes the inbox's items as the sync engine does after a pull, and times what opening the
// inbox costs: the model's first page ready (the filter with delegations, one keyset page),
// the count, and the whole Approvals page built, read and painted; p50 and p95 over repeated
// opens; then a re-sort by amount, the missions alone, a deep page and a decision. Prints
// figures, the machine's load and resident memory; asserts no timings. --quick (CTest) runs
// on 5,000 items.
#include "approvalinbox.h"
#include "approvalinboxmodel.h"
#include "approvalspage.h"
#include "benchcache.h"
#include "cachekey.h"
#include "localcache.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

const qint64 nowMs = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 dayMs = 86'400'000;

Access::Principal benchUser()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("maryam");
    user.displayName = QStringLiteral("مریم احمدی");
    user.roles = {Access::Role::Supervisor, Access::Role::FinanceApprover};
    user.units = {OrgUnitId(3)};
    user.visibleUnits = {OrgUnitId(3), OrgUnitId(4)};
    return user;
}

QJsonObject base(qint64 id, qint64 version, qint64 at)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), at},
            {QStringLiteral("updated_at"), at}};
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figures
{
    QList<double> samples;
    void add(double value) { samples.append(value); }
    double percentile(double p) const
    {
        if (samples.isEmpty())
            return -1;
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype index =
            std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size())));
        return sorted.at(index);
    }
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

// Claims (two thirds at their first step, a third at their second, finance's), missions,
// and a tenth more steps that wait for others (another unit, another role).
bool buildCache(const QString &path, const CacheKey &key, qint64 items)
{
    auto opened = LocalCache::open(path, key);
    if (!opened || !(*opened)->setUser(benchUser()))
        return false;
    auto cache = std::move(opened).value();
    qint64 cursor = 0;
    const qint64 claims = items * 4 / 5;
    const qint64 missions = items - claims;
    const qint64 others = items / 10;
    QRandomGenerator random(1405);
    const auto users = [&](qint64 id) {
        QJsonObject row = base(id, id, nowMs - 400 * dayMs);
        row.insert(QStringLiteral("display_name"), QStringLiteral("کارمند شمارهٔ %1").arg(id));
        return row;
    };
    const auto units = [&](qint64 id) {
        QJsonObject row = base(id, id, nowMs - 400 * dayMs);
        row.insert(QStringLiteral("kind"), QStringLiteral("district"));
        row.insert(QStringLiteral("code"), QStringLiteral("D%1").arg(id));
        row.insert(QStringLiteral("name_fa"), QStringLiteral("منطقهٔ %1").arg(id));
        row.insert(QStringLiteral("name_en"), QStringLiteral("District %1").arg(id));
        return row;
    };
    // Claim ids 1..claims (+ others), mission ids 1..missions.
    const auto claimRow = [&](qint64 id) {
        const qint64 submitted = nowMs - random.bounded(30 * 24) * 3'600'000LL;
        QJsonObject row = base(id, id, submitted - dayMs);
        row.insert(QStringLiteral("claimant_id"), 100 + random.bounded(400));
        row.insert(QStringLiteral("unit_id"), id > claims ? 9 : 3 + random.bounded(2));
        row.insert(QStringLiteral("status"), QStringLiteral("submitted"));
        row.insert(QStringLiteral("title"),
                   QStringLiteral("هزینهٔ مأموریت بازدید منطقهٔ %1").arg(random.bounded(22)));
        row.insert(QStringLiteral("total_rials"), qint64(random.bounded(2000)) * 50'000);
        row.insert(QStringLiteral("submitted_at"), submitted);
        return row;
    };
    const auto missionRow = [&](qint64 id) {
        const qint64 created = nowMs - random.bounded(30 * 24) * 3'600'000LL;
        QJsonObject row = base(id, id, created);
        row.insert(
            QStringLiteral("purpose"),
            QStringLiteral("بازدید از محل آب‌گرفتگی زیرگذر %1").arg(id));
        row.insert(QStringLiteral("status"), QStringLiteral("draft"));
        row.insert(QStringLiteral("unit_id"), 3);
        row.insert(QStringLiteral("requested_by"), 100 + random.bounded(400));
        row.insert(QStringLiteral("budgeted"), random.bounded(2) == 0);
        row.insert(QStringLiteral("planned_start"), created + 2 * dayMs);
        return row;
    };
    // Steps: per claim one (or two, the first approved), per mission one.
    qint64 stepId = 0;
    QList<QJsonObject> steps;
    const auto step = [&](const char *type, qint64 subject, int number, const char *role,
                          const char *decision, qint64 unit, qint64 at) {
        const qint64 id = ++stepId;
        QJsonObject row = base(id, id, at);
        row.insert(QStringLiteral("subject_type"), QLatin1String(type));
        row.insert(QStringLiteral("subject_id"), subject);
        row.insert(QStringLiteral("step"), number);
        row.insert(QStringLiteral("approver_role"), QLatin1String(role));
        row.insert(QStringLiteral("approver_unit_id"), unit ? QJsonValue(unit) : QJsonValue());
        row.insert(QStringLiteral("decision"), QLatin1String(decision));
        if (QLatin1String(decision) != QLatin1String("pending")) {
            row.insert(QStringLiteral("approver_id"), 12);
            row.insert(QStringLiteral("decided_at"), at + 3'600'000);
        }
        return row;
    };
    const qint64 at = nowMs - 10 * dayMs;
    for (qint64 id = 1; id <= claims + others; ++id) {
        const bool mine = id <= claims;
        if (mine && id % 3 == 0) {
            steps.append(step("expense_claim", id, 1, "supervisor", "approved", 3, at));
            steps.append(step("expense_claim", id, 2, "finance_approver", "pending", 0, at));
        } else {
            steps.append(step("expense_claim", id, 1, "supervisor", "pending", mine ? 3 : 9, at));
        }
    }
    for (qint64 id = 1; id <= missions; ++id)
        steps.append(step("mission", id, 1, "supervisor", "pending", 3, at));
    return Bench::applyGeneratedRows(*cache, QStringLiteral("users"), 500, users, cursor) &&
           Bench::applyGeneratedRows(*cache, QStringLiteral("org_units"), 10, units, cursor) &&
           Bench::applyGeneratedRows(*cache, QStringLiteral("expense_claims"), claims + others,
                                     claimRow, cursor) &&
           Bench::applyGeneratedRows(*cache, QStringLiteral("missions"), missions, missionRow,
                                     cursor) &&
           Bench::applyGeneratedRows(
               *cache, QStringLiteral("approval_steps"), stepId,
               [&steps](qint64 id) { return steps.at(id - 1); }, cursor);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qint64 items = 50'000;
    int opens = 30;
    QString keep;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--quick") {
            items = 5'000;
            opens = 5;
        } else if (arguments.at(i) == u"--items" && i + 1 < arguments.size()) {
            items = qMax<qint64>(10, arguments.at(++i).toLongLong());
        } else if (arguments.at(i) == u"--keep" && i + 1 < arguments.size()) {
            keep = arguments.at(++i);
        } else {
            std::fprintf(stderr, "usage: bench_approvals [--quick] [--items N] [--keep DIR]\n");
            return 2;
        }
    }
    std::printf("bench_approvals: %lld waiting items, load average %s, %d cores\n", items,
                qPrintable(loadAverage()), QThread::idealThreadCount());
    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/bench_approvals-XXXXXX"));
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    dir.mkpath(QStringLiteral("."));
    const QString path = dir.filePath(QStringLiteral("approvals.cache"));
    QFile keyFile(dir.filePath(QStringLiteral("key.hex")));
    std::optional<CacheKey> key;
    if (QFileInfo::exists(path) && keyFile.open(QIODevice::ReadOnly))
        key = CacheKey::fromHex(QString::fromLatin1(keyFile.readAll()));
    keyFile.close();
    if (!key) {
        key = CacheKey::generate();
        QFile::remove(path);
        QElapsedTimer timer;
        timer.start();
        if (!buildCache(path, *key, items))
            return 1;
        std::printf("pulling the rows: %.1f s\n", double(timer.elapsed()) / 1000.0);
        // What the sync engine does after the pull, on its thread.
        auto cache = LocalCache::open(path, *key);
        if (!cache)
            return 1;
        timer.restart();
        const auto made = ApprovalInbox::refresh(**cache);
        if (!made) {
            std::fprintf(stderr, "refresh failed: %s\n", qPrintable(made.error().detail));
            return 1;
        }
        std::printf("making the inbox's items (the sync engine, after the pull): %d steps in "
                    "%.1f s; cache file %.1f MB\n",
                    *made, double(timer.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6);
        if (!keep.isEmpty() && keyFile.open(QIODevice::WriteOnly))
            keyFile.write(key->toHex().toLatin1());
    }
    std::fflush(stdout);

    QElapsedTimer timer;
    timer.start();
    auto opened = LocalCache::open(path, *key);
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    auto cache = std::move(opened).value();
    std::printf("opening the cache: %.1f ms\n", ms(timer));
    const Access::Principal user = *cache->user();

    // The model's first page: the filter (delegations read), one page of 100.
    Figures model;
    Figures counts;
    qint64 shown = 0;
    qint64 counted = 0;
    for (int i = 0; i < opens; ++i) {
        timer.restart();
        Ui::ApprovalInboxModel inbox(*cache);
        inbox.setUser(user);
        inbox.setClock([] { return nowMs; });
        inbox.reload();
        model.add(ms(timer));
        shown = inbox.rowCount();
        timer.restart();
        counted = ApprovalInbox::count(*cache, inbox.filter()).valueOr(-1);
        counts.add(ms(timer));
    }
    std::printf("model first page ready: p50 %.1f ms, p95 %.1f ms (%lld rows); count %lld: p50 "
                "%.1f ms, p95 %.1f ms\n",
                model.percentile(0.5), model.percentile(0.95), shown, counted,
                counts.percentile(0.5), counts.percentile(0.95));

    // The whole page as the shell opens it: built, read (list, count, decided, refused,
    // details of the first item), shown and painted.
    Figures pages;
    for (int i = 0; i < opens; ++i) {
        timer.restart();
        Ui::ApprovalsPage page(*cache, user);
        page.setClock([] { return nowMs; });
        page.resize(1280, 760);
        page.reload();
        page.show();
        page.repaint();
        pages.add(ms(timer));
        if (i == 0)
            shown = page.view()->model()->rowCount();
    }
    std::printf("Approvals page opened and painted: p50 %.1f ms, p95 %.1f ms, first %.1f ms "
                "(target < 100 ms)\n",
                pages.percentile(0.5), pages.percentile(0.95), pages.samples.value(0));

    // What an approver does next.
    Ui::ApprovalInboxModel inbox(*cache);
    inbox.setUser(user);
    inbox.reload();
    timer.restart();
    inbox.sort(Ui::ApprovalInboxModel::Amount, Qt::DescendingOrder);
    const double byAmount = ms(timer);
    timer.restart();
    inbox.setSubjectType(QStringLiteral("mission"));
    const double missionsOnly = ms(timer);
    inbox.setSubjectType({});
    int pagesRead = 1;
    double deep = 0;
    while (inbox.canFetchMore({}) && pagesRead < 50) {
        timer.restart();
        inbox.fetchMore({});
        deep = ms(timer);
        ++pagesRead;
    }
    const qint64 step =
        inbox.data(inbox.index(0, 0), Ui::ApprovalInboxModel::StepIdRole).toLongLong();
    timer.restart();
    const auto decided = ApprovalInbox::decide(*cache, step, QStringLiteral("approved"), {});
    const double decision = ms(timer);
    timer.restart();
    inbox.reload();
    const double afterDecision = ms(timer);
    std::printf("re-sort by amount %.1f ms, missions alone %.1f ms, page %d %.1f ms, a decision "
                "%.1f ms (%s), the list read again after it %.1f ms\n",
                byAmount, missionsOnly, pagesRead, deep, decision, decided ? "made" : "failed",
                afterDecision);
    const auto [rss, peak] = Bench::residentMemoryMb();
    std::printf("resident memory %.0f MB (peak %.0f MB); load average now %s\n", rss, peak,
                qPrintable(loadAverage()));
    return 0;
}
