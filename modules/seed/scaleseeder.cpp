#include "scaleseeder.h"

#include "clock.h"
#include "democity.h"
#include "demoseeder.h"
#include "nationalid.h"
#include "persiannames.h"
#include "phonenumber.h"
#include "scalebatch.h"
#include "seedsession.h"
#include "textnormalizer.h"
#include "trackingcode.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <unordered_set>

namespace Shahrvand::Seed {

namespace {

using Demo::CityBase;

const QStringList bookkeeping{QStringLiteral("id"), QStringLiteral("version"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at")};

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list = bookkeeping;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}

const QStringList citizenColumns =
    columns({"national_id", "first_name", "last_name", "first_name_latin", "last_name_latin",
             "father_name", "birth_date", "gender", "consent_sms", "search_text"});
const QStringList phoneColumns = columns({"citizen_id", "e164", "kind", "is_primary"});
const QStringList addressColumns =
    columns({"citizen_id", "address_text", "district_id", "latitude", "longitude", "is_primary"});
const QStringList caseColumns =
    columns({"tracking_code", "citizen_id", "service_id", "channel", "priority", "status",
             "subject", "team_id", "owner_id", "tier", "district_id", "first_responded_at",
             "resolved_at", "closed_at", "search_text"});
const QStringList historyColumns =
    columns({"case_id", "from_status", "to_status", "team_id", "owner_id", "tier", "changed_at"});
const QStringList articleColumns = columns({"article_type", "subject_id", "title", "body", "status",
                                            "major_version", "minor_version", "search_text"});
const QStringList articleServiceColumns = columns({"article_id", "service_id"});

// A tracking code in 45 bits (9 symbols of 5), to keep a million of them in a set.
quint64 packed(const QString &code)
{
    static const QString alphabet = QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
    quint64 value = 0;
    for (const QChar symbol : code)
        value = value << 5 | quint64(alphabet.indexOf(symbol) + 1);
    return value;
}

// Everything the generators pick from, read once.
struct Pools
{
    QList<const Demo::ServiceSpec *> services;
    QList<qint64> serviceIds, specialistTeams, specialists, districts;
    QList<qint64> agents;
    qint64 callCentre = 0;
    QList<qint64> citizens;                    // ids, for cases
    std::unordered_set<quint64> nationalIds;   // in use
    std::unordered_set<quint64> trackingCodes; // in use, packed
    QList<qint64> subjects;
    QList<QStringList> caseSubjects; // per service
};

Pools loadPools(SeedSession &session, const CityBase &base, bool forCases, bool forCitizens)
{
    Pools pools;
    for (const Demo::ServiceSpec &service : Demo::services()) {
        pools.services << &service;
        pools.serviceIds << base.services.value(QLatin1String(service.code));
        pools.specialistTeams << base.unit(Demo::specialistTeam(service.department));
        pools.specialists << base.memberOf(Demo::specialistTeam(service.department),
                                           "senior_agent");
        pools.caseSubjects << text(service.subjects).split(QLatin1Char('|'));
    }
    for (int district = 1; district <= Demo::districtCount; ++district)
        pools.districts << base.unit(Demo::districtUnit(district));
    pools.agents = base.usersWithRole("agent");
    pools.callCentre = base.unit(Demo::callCentreTeam());
    QSqlQuery query(session.db());
    query.setForwardOnly(true);
    if (forCitizens && query.exec(QStringLiteral(
                           "SELECT national_id FROM citizens WHERE national_id IS NOT NULL"))) {
        while (query.next())
            pools.nationalIds.insert(query.value(0).toULongLong());
    }
    if (forCases && query.exec(QStringLiteral("SELECT tracking_code FROM cases"))) {
        while (query.next())
            pools.trackingCodes.insert(packed(query.value(0).toString()));
    }
    if (query.exec(
            QStringLiteral("SELECT id FROM knowledge_subjects WHERE deleted = 0 ORDER BY id"))) {
        while (query.next())
            pools.subjects << query.value(0).toLongLong();
    }
    return pools;
}

void loadCitizenIds(SeedSession &session, Pools &pools)
{
    QSqlQuery query(session.db());
    query.setForwardOnly(true);
    pools.citizens.clear();
    if (query.exec(QStringLiteral("SELECT id FROM citizens WHERE deleted = 0 ORDER BY id"))) {
        while (query.next())
            pools.citizens << query.value(0).toLongLong();
    }
}

constexpr const char *mobilePrefixes[] = {"0912", "0919", "0935", "0936", "0901",
                                          "0990", "0921", "0937", "0917", "0915"};

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

void addCitizen(ScaleBatch &batch, Pools &pools, QRandomGenerator &rng, qint64 nowMs)
{
    const bool female = chance(rng, 50);
    const NamePair &first = female ? pick(rng, femaleFirstNames()) : pick(rng, maleFirstNames());
    const NamePair &last = pick(rng, lastNames());
    QString nationalId;
    do {
        nationalId = NationalId::generateValid(rng).digits();
    } while (!pools.nationalIds.insert(nationalId.toULongLong()).second);
    const auto phone = PhoneNumber::parse(QLatin1String(pick(rng, mobilePrefixes)) +
                                          QString::number(between(rng, 1000000, 9999999)));
    const QString mobile = phone ? phone->e164() : QString();
    const qint64 created = nowMs - between(rng, 0, 365 * dayMs);
    const qint64 id = batch.nextId(QStringLiteral("citizens"));
    const QString firstFa = text(first.persian), lastFa = text(last.persian);
    const QString firstLatin = QLatin1String(first.latin), lastLatin = QLatin1String(last.latin);
    batch.add(QStringLiteral("citizens"), citizenColumns,
              {id, batch.nextVersion(), created, created, nationalId, firstFa, lastFa, firstLatin,
               lastLatin, text(pick(rng, maleFirstNames()).persian),
               QDateTime::fromMSecsSinceEpoch(created - between(rng, 18, 85) * 365 * dayMs, Qt::UTC)
                   .date()
                   .toString(Qt::ISODate),
               female ? QStringLiteral("female") : QStringLiteral("male"), chance(rng, 70) ? 1 : 0,
               normalizeForSearch(firstFa + u' ' + lastFa + u' ' + firstLatin + u' ' + lastLatin +
                                  u' ' + nationalId + u' ' + mobile)});
    batch.add(QStringLiteral("citizen_phones"), phoneColumns,
              {batch.nextId(QStringLiteral("citizen_phones")), batch.nextVersion(), created,
               created, id, mobile, QStringLiteral("mobile"), 1});
    const int district = 1 + int(rng.bounded(Demo::districtCount));
    const Demo::Coordinates point = Demo::pointInDistrict(rng, district);
    batch.add(QStringLiteral("citizen_addresses"), addressColumns,
              {batch.nextId(QStringLiteral("citizen_addresses")), batch.nextVersion(), created,
               created, id,
               text("منطقهٔ ") + persianDigits(QString::number(district)) + text("، ") +
                   text(pick(rng, streetNames())) + text("، پلاک ") +
                   persianDigits(QString::number(between(rng, 1, 200))),
               pools.districts.at(district - 1), point.latitude, point.longitude, 1});
}

void addCase(ScaleBatch &batch, Pools &pools, QRandomGenerator &rng, qint64 nowMs)
{
    static const char *const statuses[] = {
        "new",      "assigned", "in_progress", "waiting_citizen", "escalated",
        "resolved", "closed",   "closed",      "closed",          "closed"};
    static const char *const channels[] = {"phone", "phone",    "phone",   "web",   "mobile_app",
                                           "sms",   "telegram", "walk_in", "email", "letter"};
    static const char *const priorities[] = {"low", "normal", "normal", "high", "urgent"};
    const int s = int(rng.bounded(int(pools.services.size())));
    const QString status = QLatin1String(pick(rng, statuses));
    const qint64 created = nowMs - between(rng, 0, 365 * dayMs);
    const qint64 changed = qMin(nowMs, created + between(rng, 5 * minuteMs, 10 * dayMs));
    const bool isNew = status == QLatin1String("new");
    const bool escalated = status == QLatin1String("escalated");
    const bool specialist = escalated || chance(rng, 30);
    const qint64 team = isNew        ? pools.callCentre
                        : specialist ? pools.specialistTeams.at(s)
                                     : pools.callCentre;
    const qint64 owner = isNew || escalated ? 0
                         : specialist       ? pools.specialists.at(s)
                                            : pick(rng, pools.agents);
    const int tier = specialist && !isNew ? 2 : 1;
    const bool resolved = status == QLatin1String("resolved") || status == QLatin1String("closed");
    QString code;
    do {
        code = TrackingCode::generate(rng).compact();
    } while (!pools.trackingCodes.insert(packed(code)).second);
    const QStringList &subjects = pools.caseSubjects.at(s);
    const QString subject = subjects.at(int(rng.bounded(int(subjects.size()))));
    const qint64 citizen =
        pools.citizens.isEmpty() || chance(rng, 5) ? 0 : pick(rng, pools.citizens);

    const qint64 id = batch.nextId(QStringLiteral("cases"));
    batch.add(QStringLiteral("cases"), caseColumns,
              {id, batch.nextVersion(), created, isNew ? created : changed, code, orNull(citizen),
               pools.serviceIds.at(s), QLatin1String(pick(rng, channels)),
               QLatin1String(pick(rng, priorities)), status, subject, team, orNull(owner), tier,
               pick(rng, pools.districts), isNew ? QVariant() : QVariant(changed),
               resolved ? QVariant(changed) : QVariant(),
               status == QLatin1String("closed") ? QVariant(changed) : QVariant(),
               normalizeForSearch(code + u' ' + subject)});
    // The history: created, then (unless still new) the change to where it is now.
    batch.add(QStringLiteral("case_status_history"), historyColumns,
              {batch.nextId(QStringLiteral("case_status_history")), batch.nextVersion(), created,
               created, id, QVariant(), QStringLiteral("new"), pools.callCentre, QVariant(), 1,
               created});
    if (!isNew) {
        batch.add(QStringLiteral("case_status_history"), historyColumns,
                  {batch.nextId(QStringLiteral("case_status_history")), batch.nextVersion(),
                   changed, changed, id, QStringLiteral("new"), status, team, orNull(owner), tier,
                   changed});
    }
}

void addArticle(ScaleBatch &batch, Pools &pools, QRandomGenerator &rng, qint64 nowMs, qint64 number)
{
    static const char *const types[] = {"faq", "instruction", "article", "regulation"};
    static const char *const statuses[] = {"published", "published", "published", "draft",
                                           "in_review", "approved",  "archived"};
    const int s = int(rng.bounded(int(pools.services.size())));
    const Demo::ServiceSpec &service = *pools.services.at(s);
    const QString status = QLatin1String(pick(rng, statuses));
    const qint64 created = nowMs - between(rng, 0, 365 * dayMs);
    const QString title = text("راهنمای ") + text(service.nameFa) + text(" - شمارهٔ ") +
                          persianDigits(QString::number(number));
    const QString body = QStringLiteral("<p>") +
                         text(service.subjects).replace(QLatin1Char('|'), text("؛ ")) +
                         QStringLiteral("</p>");
    const qint64 id = batch.nextId(QStringLiteral("knowledge_articles"));
    const bool released =
        status == QLatin1String("published") || status == QLatin1String("archived");
    batch.add(QStringLiteral("knowledge_articles"), articleColumns,
              {id, batch.nextVersion(), created, created, QLatin1String(pick(rng, types)),
               pools.subjects.isEmpty() ? QVariant() : QVariant(pick(rng, pools.subjects)), title,
               body, status, released ? 1 : 0, released ? 0 : 1,
               normalizeForSearch(title + u' ' + text(service.subjects))});
    batch.add(QStringLiteral("article_services"), articleServiceColumns,
              {batch.nextId(QStringLiteral("article_services")), batch.nextVersion(), created,
               created, id, pools.serviceIds.at(s)});
}

} // namespace

ScaleSeeder::ScaleSeeder(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Expected<ScaleReport, QString> ScaleSeeder::run(const ScaleOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ScaleReport report;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();

    const auto base = DemoSeeder(m_database, m_clock).seedBase();
    if (!base)
        return base.error();
    SeedSession reader(m_database);
    if (m_database->backend() == Storage::Backend::SQLite) {
        // Random tracking codes and times land all over the indexes: with SQLite's 2 MB
        // default page cache every insert would read pages back from the file. This
        // process's connection only.
        reader.scalar(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB
    }
    const CityBase city = CityBase::load(reader);
    Pools pools = loadPools(reader, city, options.cases > 0, options.citizens > 0);
    if (!reader.ok())
        return tr("Could not read the database: %1").arg(reader.error());
    // A different stream on every run, so a second run adds new rows instead of colliding
    // with the first run's national IDs and tracking codes; the sets keep them unique.
    QRandomGenerator rng(quint32(nowMs) ^ 0x5ca1e);

    const QLocale locale;
    const auto generate = [&](const QString &table, const QString &generator, qint64 total,
                              const std::function<void(ScaleBatch &, qint64)> &addOne,
                              qint64 *counter) -> std::optional<QString> {
        QElapsedTimer tableTimer;
        tableTimer.start();
        qint64 rows = 0;
        for (qint64 done = 0; done < total;) {
            ScaleBatch batch(m_database, table, generator);
            if (!batch.begin())
                return batch.error();
            const qint64 size = qMin<qint64>(options.batchRows, total - done);
            for (qint64 i = 0; i < size && batch.ok(); ++i)
                addOne(batch, done + i);
            if (!batch.finish(nowMs))
                return batch.error();
            done += size;
            rows += batch.rows();
            *counter = done;
            report.rows += batch.rows();
            if (m_progress) {
                const double seconds = qMax<qint64>(1, tableTimer.elapsed()) / 1000.0;
                m_progress(tr("%1: %2 of %3 written, %4 rows a second")
                               .arg(table, locale.toString(done), locale.toString(total),
                                    locale.toString(qRound64(rows / seconds))));
            }
        }
        return std::nullopt;
    };

    if (options.citizens > 0) {
        if (const auto error = generate(
                QStringLiteral("citizens"), QStringLiteral("seed --citizens"), options.citizens,
                [&](ScaleBatch &batch, qint64) { addCitizen(batch, pools, rng, nowMs); },
                &report.citizens))
            return tr("Could not write generated citizens: %1").arg(*error);
    }
    if (options.cases > 0) {
        loadCitizenIds(reader, pools);
        if (const auto error = generate(
                QStringLiteral("cases"), QStringLiteral("seed --cases"), options.cases,
                [&](ScaleBatch &batch, qint64) { addCase(batch, pools, rng, nowMs); },
                &report.cases))
            return tr("Could not write generated cases: %1").arg(*error);
    }
    if (options.articles > 0) {
        if (const auto error = generate(
                QStringLiteral("knowledge_articles"), QStringLiteral("seed --articles"),
                options.articles,
                [&](ScaleBatch &batch, qint64 i) { addArticle(batch, pools, rng, nowMs, i + 1); },
                &report.articles))
            return tr("Could not write generated articles: %1").arg(*error);
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace Shahrvand::Seed
