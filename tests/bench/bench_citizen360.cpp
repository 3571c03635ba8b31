// The Citizen 360 view of a citizen with 5,000 timeline items among many others' (issue 6:
// "a 360 view with 5,000 timeline items opens < 100 ms"): the timeline's entries from the
// clear columns, the summary, and the whole view opened (profile, summary, model ready and
// the first paint via grab()), p50 and p95.
//
//   bench_citizen360           200,000 other cases of 20,000 citizens, 20 opens
//   bench_citizen360 --quick   20,000 other cases, 5 opens, for CTest
//
// Citizen 1 has 1,500 cases, 2,000 interactions, 800 case notes, 500 survey answers and 200
// missions: 5,000 items. Exits with 1 when the timeline is not exactly that, newest first.
// No timing is asserted.
#include "benchcache.h"
#include "citizen360view.h"
#include "citizentimeline.h"
#include "citizentimelinemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
const qint64 nowMs = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

// Citizen 1's share of each entity: ids 1..n of it.
constexpr qint64 ownCases = 1'500;
constexpr qint64 ownInteractions = 2'000;
constexpr qint64 ownNotes = 800;
constexpr qint64 ownSurveys = 500;
constexpr qint64 ownMissions = 200;
constexpr qint64 ownItems = ownCases + ownInteractions + ownNotes + ownSurveys + ownMissions;

QJsonObject base(qint64 id, qint64 at)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), id},
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
        return sorted.at(
            std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

bool buildCache(LocalCache &cache, qint64 otherCases, qint64 citizens)
{
    Access::Principal user;
    user.userId = UserId(7);
    user.roles = {Access::Role::Agent, Access::Role::Supervisor};
    user.units = {OrgUnitId(3)};
    if (!cache.setUser(user))
        return false;
    QRandomGenerator random(1405);
    qint64 cursor = 0;
    const qint64 cases = ownCases + otherCases;
    // Everything over the last two years; each entity's rows at their own times.
    const auto at = [&random] { return nowMs - qint64(random.bounded(730 * 24)) * hourMs; };
    const auto citizenOf = [citizens](qint64 id, qint64 own) {
        return id <= own ? 1 : 2 + id % (citizens - 1);
    };
    const auto citizen = [&](qint64 id) {
        QJsonObject row = base(id, at());
        row.insert(QStringLiteral("first_name"), QStringLiteral("شهروند"));
        row.insert(QStringLiteral("last_name"), QStringLiteral("شمارهٔ %1").arg(id));
        row.insert(QStringLiteral("national_id"),
                   QStringLiteral("******%1").arg(id % 10'000, 4, 10, QLatin1Char('0')));
        row.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("elderly")});
        return row;
    };
    const QStringList statuses{QStringLiteral("new"), QStringLiteral("in_progress"),
                               QStringLiteral("resolved"), QStringLiteral("closed")};
    const auto caseRow = [&](qint64 id) {
        const qint64 created = at();
        QJsonObject row = base(id, created);
        row.insert(QStringLiteral("citizen_id"), citizenOf(id, ownCases));
        row.insert(QStringLiteral("tracking_code"),
                   QStringLiteral("K%1").arg(id, 8, 10, QLatin1Char('0')));
        row.insert(QStringLiteral("service_id"), 1 + id % 40);
        row.insert(QStringLiteral("channel"), QStringLiteral("phone"));
        row.insert(QStringLiteral("priority"), QStringLiteral("normal"));
        row.insert(QStringLiteral("status"), statuses.at(id % 4));
        row.insert(QStringLiteral("team_id"), 3);
        row.insert(QStringLiteral("subject"), QStringLiteral("چراغ خیابان خاموش است %1").arg(id));
        row.insert(QStringLiteral("resolution_due_at"), created + 3 * dayMs);
        return row;
    };
    const auto interaction = [&](qint64 id) {
        QJsonObject row = base(id, at());
        row.insert(QStringLiteral("citizen_id"), citizenOf(id, ownInteractions));
        row.insert(QStringLiteral("channel"),
                   id % 3 ? QStringLiteral("phone") : QStringLiteral("walk_in"));
        row.insert(QStringLiteral("direction"), QStringLiteral("inbound"));
        row.insert(QStringLiteral("started_at"), row.value(u"created_at"));
        row.insert(QStringLiteral("notes"), QStringLiteral("پیگیری درخواست شمارهٔ %1").arg(id));
        return row;
    };
    // Notes, answers and mission rows: citizen 1's on their first cases, the others' on
    // cases of others.
    const auto caseFor = [&](qint64 id, qint64 own) {
        return id <= own ? id : ownCases + 1 + id % otherCases;
    };
    const auto note = [&](qint64 id) {
        QJsonObject row = base(id, at());
        row.insert(QStringLiteral("case_id"), caseFor(id, ownNotes));
        row.insert(QStringLiteral("body"), QStringLiteral("با شهروند تماس گرفته شد."));
        return row;
    };
    const auto survey = [&](qint64 id) {
        QJsonObject row = base(id, at());
        row.insert(QStringLiteral("case_id"), caseFor(id, ownSurveys));
        row.insert(QStringLiteral("channel"), QStringLiteral("sms"));
        row.insert(QStringLiteral("score"), 1 + id % 5);
        row.insert(QStringLiteral("responded_at"), row.value(u"created_at"));
        return row;
    };
    const auto mission = [&](qint64 id) {
        QJsonObject row = base(id, at());
        row.insert(QStringLiteral("purpose"), QStringLiteral("بازدید از محل %1").arg(id));
        row.insert(QStringLiteral("unit_id"), 3);
        row.insert(QStringLiteral("status"), QStringLiteral("issued"));
        return row;
    };
    const auto missionCase = [&](qint64 id) {
        QJsonObject row = base(id, at());
        row.insert(QStringLiteral("mission_id"), id);
        row.insert(QStringLiteral("case_id"), caseFor(id, ownMissions));
        return row;
    };
    const qint64 others = otherCases / 10;
    return cache.beginBulkLoad() &&
           Bench::applyGeneratedRows(cache, QStringLiteral("citizens"), citizens, citizen,
                                     cursor) &&
           Bench::applyGeneratedRows(cache, QStringLiteral("cases"), cases, caseRow, cursor) &&
           Bench::applyGeneratedRows(cache, QStringLiteral("interactions"),
                                     ownInteractions + otherCases, interaction, cursor) &&
           Bench::applyGeneratedRows(cache, QStringLiteral("case_notes"), ownNotes + others, note,
                                     cursor) &&
           Bench::applyGeneratedRows(cache, QStringLiteral("survey_responses"), ownSurveys + others,
                                     survey, cursor) &&
           Bench::applyGeneratedRows(cache, QStringLiteral("missions"), ownMissions + others / 10,
                                     mission, cursor) &&
           Bench::applyGeneratedRows(cache, QStringLiteral("mission_cases"),
                                     ownMissions + others / 10, missionCase, cursor) &&
           cache.endBulkLoad();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qint64 otherCases = 200'000;
    int opens = 20;
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument == u"--quick") {
            otherCases = 20'000;
            opens = 5;
        } else {
            std::fprintf(stderr, "usage: bench_citizen360 [--quick]\n");
            return 2;
        }
    }
    const qint64 citizens = otherCases / 10;
    std::printf("bench_citizen360: citizen 1 with %lld items among %lld other cases of %lld "
                "citizens; load average %s, %d cores\n",
                ownItems, otherCases, citizens, qPrintable(loadAverage()),
                QThread::idealThreadCount());
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_citizen360-XXXXXX"));
    const CacheKey key = CacheKey::generate();
    const QString path = dir.filePath(QStringLiteral("citizen360.cache"));
    {
        QElapsedTimer timer;
        timer.start();
        auto opened = LocalCache::open(path, key);
        if (!opened || !buildCache(**opened, otherCases, citizens)) {
            std::fprintf(stderr, "cannot build the cache\n");
            return 1;
        }
        std::printf("building the cache: %.1f s, %.1f MB\n", double(timer.elapsed()) / 1000.0,
                    double(QFileInfo(path).size()) / 1e6);
    }
    auto opened = LocalCache::open(path, key);
    if (!opened)
        return 1;
    auto cache = std::move(opened).value();

    // The entries alone.
    Figures entries;
    for (int i = 0; i < opens; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto timeline = citizenTimeline(*cache, 1, {});
        entries.add(ms(timer));
        if (!timeline || timeline->size() != ownItems) {
            std::fprintf(stderr, "wrong timeline: %lld items\n",
                         timeline ? qint64(timeline->size()) : -1LL);
            return 1;
        }
        for (qsizetype k = 1; k < timeline->size(); ++k) {
            if (timeline->at(k - 1).atMs < timeline->at(k).atMs) {
                std::fprintf(stderr, "not newest first at %lld\n", qint64(k));
                return 1;
            }
        }
    }
    std::printf("timeline entries (%lld): p50 %.2f ms, p95 %.2f ms\n", ownItems,
                entries.percentile(0.5), entries.percentile(0.95));
    Figures summaries;
    for (int i = 0; i < opens; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto summary = citizenSummary(*cache, 1, nowMs);
        summaries.add(ms(timer));
        if (!summary || summary->cases != ownCases || summary->surveys != ownSurveys)
            return 1;
    }
    std::printf("summary: p50 %.2f ms, p95 %.2f ms\n", summaries.percentile(0.5),
                summaries.percentile(0.95));

    // The whole view: profile, summary, model ready and painted once. Another citizen in
    // between, so that each open starts from another citizen's view, as in use.
    Ui::Citizen360View view(*cache);
    view.setClock([] { return nowMs; });
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    Figures ready;
    Figures painted;
    Figures total;
    int opened360 = 0;
    for (int i = 0; i < opens; ++i) {
        view.showCitizen(2);
        view.grab();
        QElapsedTimer timer;
        timer.start();
        view.showCitizen(1);
        const double modelReady = ms(timer);
        const QPixmap pixmap = view.grab();
        const double all = ms(timer);
        ready.add(modelReady);
        painted.add(all - modelReady);
        total.add(all);
        opened360 = view.model()->openedCount();
        if (view.model()->rowCount() != ownItems || pixmap.isNull())
            return 1;
    }
    std::printf("360 view: profile, summary and model ready p50 %.1f ms, p95 %.1f ms; first "
                "paint p50 %.1f ms, p95 %.1f ms; opened and painted p50 %.1f ms, p95 %.1f ms "
                "(rows opened for the first paint: %d of %lld)\n",
                ready.percentile(0.5), ready.percentile(0.95), painted.percentile(0.5),
                painted.percentile(0.95), total.percentile(0.5), total.percentile(0.95), opened360,
                ownItems);
    // Scrolling: the last screenful painted.
    QElapsedTimer timer;
    timer.start();
    view.timeline()->scrollToBottom();
    view.grab();
    std::printf("scrolled to the end and painted: %.1f ms\n", ms(timer));
    const auto [rss, peak] = Bench::residentMemoryMb();
    std::printf("memory: %.0f MB resident, %.0f MB peak\n", rss, peak);
    return 0;
}
