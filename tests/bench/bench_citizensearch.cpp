// bench_citizensearch: finding a citizen (Citizen 360) over a large cache. Builds an
// encrypted cache of N citizens (through the cache's own pull path, as a bulk first sync
// leaves it) with Persian and Latin names drawn from the seed's name lists, a father's name,
// a national ID, one or two mobile numbers each, and a case for every tenth citizen; then
// times the citizens' index's build, measures its size, and times searches as agents type
// them: a national ID, a phone number, a tracking code, a full name, a name being typed
// (a first name and the beginning of a last name) and a name with one letter wrong.
// Prints figures; asserts no timings. --quick (CTest): 5,000 citizens.
#include "benchcache.h"
#include "cachekey.h"
#include "citizenindex.h"
#include "citizensearch.h"
#include "localcache.h"
#include "nationalid.h"
#include "persiannames.h"
#include "trackingcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Shahrvand;
using namespace Shahrvand::Cache;
using namespace Shahrvand::Seed;

namespace {

Access::Principal benchUser()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("zahra");
    user.roles = {Access::Role::Agent};
    user.units = {OrgUnitId(3)};
    return user;
}

// Everything about citizen `id`, the same every time it is asked for.
struct Person
{
    QString first, last, firstLatin, lastLatin, father, nationalId;
    QStringList mobiles; // national form, 09...
    bool female = false;
};

Person person(qint64 id)
{
    QRandomGenerator rng(quint32(id * 2654435761u + 17));
    Person p;
    p.female = chance(rng, 50);
    const NamePair &first = p.female ? pick(rng, femaleFirstNames()) : pick(rng, maleFirstNames());
    const NamePair &last = pick(rng, lastNames());
    p.first = text(first.persian);
    p.last = text(last.persian);
    p.firstLatin = QLatin1String(first.latin);
    p.lastLatin = QLatin1String(last.latin);
    p.father = text(pick(rng, maleFirstNames()).persian);
    p.nationalId = NationalId::generateValid(rng).digits();
    static const char *const prefixes[] = {"0912", "0935", "0919", "0901", "0921", "0990"};
    const int mobiles = chance(rng, 30) ? 2 : 1;
    for (int i = 0; i < mobiles; ++i)
        p.mobiles.append(
            QLatin1String(pick(rng, prefixes)) +
            QStringLiteral("%1").arg(rng.bounded(10'000'000), 7, 10, QLatin1Char('0')));
    return p;
}

QJsonObject citizenRow(qint64 id)
{
    const Person p = person(id);
    QRandomGenerator rng(quint32(id * 40503u + 5));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), id},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("national_id"), p.nationalId},
        {QStringLiteral("first_name"), p.first},
        {QStringLiteral("last_name"), p.last},
        {QStringLiteral("first_name_latin"), p.firstLatin},
        {QStringLiteral("last_name_latin"), p.lastLatin},
        {QStringLiteral("father_name"), p.father},
        {QStringLiteral("birth_date"), QDate(1330 + 621 + int(rng.bounded(60)),
                                             1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)))
                                           .toString(Qt::ISODate)},
        {QStringLiteral("gender"), p.female ? QStringLiteral("female") : QStringLiteral("male")},
        {QStringLiteral("preferred_channel"), QStringLiteral("phone")},
        {QStringLiteral("preferred_language"), QStringLiteral("fa")},
        {QStringLiteral("consent_sms"), true},
        {QStringLiteral("consent_email"), false},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("merged_into_id"), QJsonValue::Null}};
}

// Phones are numbered 2 * citizen (+ 1 for a second one).
QJsonObject phoneRow(qint64 id)
{
    const qint64 citizen = id / 2;
    const Person p = person(citizen);
    const int which = int(id % 2);
    if (which >= p.mobiles.size())
        return {};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), id},
                       {QStringLiteral("deleted"), false},
                       {QStringLiteral("citizen_id"), citizen},
                       {QStringLiteral("e164"), QStringLiteral("+98") + p.mobiles.at(which).mid(1)},
                       {QStringLiteral("kind"), QStringLiteral("mobile")}};
}

QString trackingCodeOf(qint64 caseId)
{
    QRandomGenerator rng(quint32(caseId * 7919u + 3));
    return TrackingCode::generate(rng).compact();
}

// Case k belongs to citizen 10 * k.
QJsonObject caseRow(qint64 id)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), id},
                       {QStringLiteral("deleted"), false},
                       {QStringLiteral("tracking_code"), trackingCodeOf(id)},
                       {QStringLiteral("citizen_id"), id * 10},
                       {QStringLiteral("service_id"), 4},
                       {QStringLiteral("channel"), QStringLiteral("phone")},
                       {QStringLiteral("status"), QStringLiteral("new")},
                       {QStringLiteral("subject"), QStringLiteral("درخواست")},
                       {QStringLiteral("created_at"), 1'760'000'000'000 + id * 60'000},
                       {QStringLiteral("team_id"), 3}};
}

// One letter of `word` replaced by another (not the first letter).
QString oneTypo(const QString &word, QRandomGenerator &rng)
{
    static const QString letters = QStringLiteral("ابپتجچحخدرزسشصطعفقکگلمنوهی");
    QString typo = word;
    const qsizetype at = 1 + qsizetype(rng.bounded(int(qMax<qsizetype>(1, word.size() - 1))));
    if (at >= typo.size())
        return typo + letters.at(int(rng.bounded(int(letters.size()))));
    QChar other = typo.at(at);
    while (other == typo.at(at))
        other = letters.at(int(rng.bounded(int(letters.size()))));
    typo[at] = other;
    return typo;
}

struct Timings
{
    QList<double> ms;
    qint64 found = 0;
    double percentile(double p)
    {
        std::sort(ms.begin(), ms.end());
        return ms.at(qMin<qsizetype>(qsizetype(p * double(ms.size())), ms.size() - 1));
    }
    void print(const char *what)
    {
        const double p50 = percentile(0.50);
        const double p95 = percentile(0.95);
        std::printf("%-40s n=%4lld  p50 %6.2f ms  p95 %6.2f ms  max %7.2f ms  found %lld/%lld\n",
                    what, qint64(ms.size()), p50, p95, percentile(1.0), found, qint64(ms.size()));
        std::fflush(stdout);
    }
};

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 citizens = 500'000;
    int queries = 200;
    QString keep;                 // a folder to keep the cache in, and to use it from next time
    bool searchesOnly = false;    // with --keep: the kept index as it is
    bool withoutTriggers = false; // what the index's triggers cost a first sync
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--quick") {
            citizens = 5'000;
            queries = 20;
        } else if (arguments.at(i) == u"--citizens" && i + 1 < arguments.size()) {
            citizens = qMax<qint64>(10, arguments.at(++i).toLongLong());
        } else if (arguments.at(i) == u"--keep" && i + 1 < arguments.size()) {
            keep = arguments.at(++i);
        } else if (arguments.at(i) == u"--searches-only") {
            searchesOnly = true;
        } else if (arguments.at(i) == u"--without-index-triggers") {
            withoutTriggers = true;
        } else {
            std::fprintf(stderr, "usage: bench_citizensearch [--quick] [--citizens N] [--keep DIR "
                                 "[--searches-only]] [--without-index-triggers]\n");
            return 2;
        }
    }
    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/bench_citizensearch-XXXXXX"));
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    dir.mkpath(QStringLiteral("."));
    const QString path = dir.filePath(QStringLiteral("citizens.cache"));
    QFile keyFile(dir.filePath(QStringLiteral("key.hex")));
    std::optional<CacheKey> kept;
    if (QFileInfo::exists(path) && keyFile.open(QIODevice::ReadOnly))
        kept = CacheKey::fromHex(QString::fromLatin1(keyFile.readAll()));
    keyFile.close();
    const CacheKey key = kept ? *kept : CacheKey::generate();
    if (!kept) {
        QFile::remove(path);
        if (!keep.isEmpty() && keyFile.open(QIODevice::WriteOnly))
            keyFile.write(key.toHex().toLatin1());
        keyFile.close();
    }
    std::printf("bench_citizensearch: %lld citizens%s\n", citizens, kept ? " (kept cache)" : "");
    auto opened = LocalCache::open(path, key);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    auto cache = std::move(opened).value();
    QSqlDatabase &db = cache->database();
    QElapsedTimer timer;
    const qint64 cases = citizens / 10;
    if (!kept) {
        if (!cache->setUser(benchUser()) || !cache->beginBulkLoad())
            return 1;
        if (withoutTriggers) {
            // The rows as they would go in without the index (its triggers dropped), to
            // compare the pull's time; then marked all at once.
            QSqlQuery query(db);
            for (const char *trigger :
                 {"citizen_inserted", "citizen_updated", "citizen_deleted",
                  "citizen_phone_inserted", "citizen_phone_updated", "citizen_phone_deleted"})
                query.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger));
        }
        timer.start();
        qint64 cursor = 0;
        // Phones are made for ids 2..2N+1; the ids without a second phone are left out.
        const auto phones = [](qint64 n) {
            const QJsonObject row = phoneRow(n + 1);
            return row.isEmpty() ? phoneRow(n) : row;
        };
        if (!Bench::applyGeneratedRows(*cache, QStringLiteral("citizens"), citizens, citizenRow,
                                       cursor) ||
            !Bench::applyGeneratedRows(*cache, QStringLiteral("citizen_phones"), 2 * citizens,
                                       phones, cursor) ||
            !Bench::applyGeneratedRows(*cache, QStringLiteral("cases"), cases, caseRow, cursor) ||
            !cache->endBulkLoad())
            return 1;
        std::printf("cache built (pull path, bulk load%s): %.1f s, %.1f MB\n",
                    withoutTriggers ? ", without the index's triggers" : "",
                    double(timer.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6);
        if (withoutTriggers)
            QSqlQuery(db).exec(QStringLiteral(
                "INSERT OR IGNORE INTO citizen_dirty (id) SELECT id FROM e_citizens"));
    } else if (!searchesOnly) {
        // Index the kept cache afresh.
        QSqlQuery query(db);
        for (const char *sql :
             {"DELETE FROM citizen_tokens", "DELETE FROM citizen_indexed",
              "INSERT OR IGNORE INTO citizen_dirty (id) SELECT id FROM e_citizens", "VACUUM"})
            query.exec(QString::fromLatin1(sql));
    }
    const qint64 phoneCount = scalar(db, QStringLiteral("SELECT COUNT(*) FROM e_citizen_phones"));
    std::printf("rows: %lld citizens, %lld phones, %lld cases; marked for the index: %lld\n",
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM e_citizens")), phoneCount,
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM e_cases")),
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM citizen_dirty")));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const double before = double(QFileInfo(path).size());
    timer.start();
    const auto indexed = CitizenIndex::refresh(*cache);
    if (!indexed) {
        std::fprintf(stderr, "refresh failed: %s\n", qPrintable(indexed.error().detail));
        return 1;
    }
    const double buildS = double(timer.elapsed()) / 1000.0;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const double after = double(QFileInfo(path).size());
    const auto [rss, peak] = Bench::residentMemoryMb();
    std::printf("index built: %d citizens in %.1f s (%.0f citizens/s); RSS %.0f MB, peak %.0f MB\n",
                *indexed, buildS, double(*indexed) / buildS, rss, peak);
    const qint64 tokens = scalar(db, QStringLiteral("SELECT COUNT(*) FROM citizen_tokens"));
    std::printf("index: %lld tokens (%.1f a citizen); file grew %.1f MB (%.0f bytes a citizen)\n",
                tokens, double(tokens) / double(citizens), (after - before) / 1e6,
                (after - before) / double(citizens));
    QSqlQuery stat(db);
    if (stat.exec(QStringLiteral(
            "SELECT name, SUM(pgsize) FROM dbstat WHERE name IN ('citizen_tokens', "
            "'citizen_indexed', 'sqlite_autoindex_citizen_tokens_1', 'citizen_dirty') "
            "GROUP BY name"))) {
        double total = 0;
        while (stat.next()) {
            total += stat.value(1).toDouble();
            std::printf("  %-24s %8.1f MB  %6.0f bytes a citizen\n",
                        qPrintable(stat.value(0).toString()), stat.value(1).toDouble() / 1e6,
                        stat.value(1).toDouble() / double(citizens));
        }
        std::printf("  %-24s %8.1f MB  %6.0f bytes a citizen\n", "all", total / 1e6,
                    total / double(citizens));
    }

    QRandomGenerator rng(2026);
    const auto run = [&](const char *what,
                         const std::function<std::pair<QString, qint64>()> &make) {
        Timings timings;
        for (int i = 0; i < queries; ++i) {
            const auto [typed, expected] = make();
            QElapsedTimer clock;
            clock.start();
            const QList<CitizenMatch> found = findCitizens(*cache, CitizenQuery::read(typed), 20);
            timings.ms.append(double(clock.nsecsElapsed()) / 1e6);
            for (const CitizenMatch &match : found)
                timings.found += match.citizen.value(u"id").toInteger() == expected ? 1 : 0;
        }
        timings.print(what);
    };
    const auto anyone = [&] { return 1 + qint64(rng.bounded(double(citizens))); };
    run("national ID (Persian digits)", [&] {
        const qint64 id = anyone();
        return std::pair{persianDigits(person(id).nationalId), id};
    });
    run("phone (0912 123 4567)", [&] {
        const qint64 id = anyone();
        const QString m = person(id).mobiles.first();
        return std::pair{m.left(4) + u' ' + m.mid(4, 3) + u' ' + m.mid(7), id};
    });
    run("tracking code (lower case)", [&] {
        const qint64 caseId = 1 + qint64(rng.bounded(double(cases)));
        return std::pair{trackingCodeOf(caseId).toLower(), caseId * 10};
    });
    run("full name (first last)", [&] {
        const qint64 id = anyone();
        const Person p = person(id);
        return std::pair{p.first + u' ' + p.last, id};
    });
    run("full name with father (first last father)", [&] {
        const qint64 id = anyone();
        const Person p = person(id);
        return std::pair{p.first + u' ' + p.last + u' ' + p.father, id};
    });
    run("being typed (first + 2 letters of last)", [&] {
        const qint64 id = anyone();
        const Person p = person(id);
        return std::pair{p.first + u' ' + p.last.left(2), id};
    });
    run("prefix alone (3 letters)", [&] {
        const qint64 id = anyone();
        return std::pair{person(id).last.left(3), id};
    });
    run("one typo (first + last, a letter wrong)", [&] {
        const qint64 id = anyone();
        const Person p = person(id);
        return std::pair{p.first + u' ' + oneTypo(p.last, rng), id};
    });
    run("no such name (two unknown words)", [&] {
        return std::pair{QStringLiteral("زرتشتیان گلپایگانی%1").arg(rng.bounded(100)), qint64(0)};
    });
    // A local edit, found by the next search (the index refreshes first).
    {
        Timings timings;
        for (int i = 0; i < qMin(queries, 20); ++i) {
            const qint64 id = anyone();
            cache->update(
                QStringLiteral("citizens"), id,
                {{QStringLiteral("last_name"), QStringLiteral("تازه‌نام%1").arg(i)}});
            QElapsedTimer clock;
            clock.start();
            const auto found = findCitizens(
                *cache, CitizenQuery::read(QStringLiteral("تازه‌نام%1").arg(i)), 20);
            timings.ms.append(double(clock.nsecsElapsed()) / 1e6);
            timings.found +=
                !found.isEmpty() && found.first().citizen.value(u"id").toInteger() == id;
        }
        timings.print("after a local edit (refresh + search)");
    }
    return 0;
}
