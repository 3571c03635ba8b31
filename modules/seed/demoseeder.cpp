#include "demoseeder.h"

#include "clock.h"
#include "democity.h"
#include "seedsession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSeed, "shahrvand.seed")

namespace Shahrvand::Seed {

namespace {

struct DemoStep
{
    const char *name;
    std::function<bool(SeedSession &, const Demo::CityBase &, qint64, const DemoSeeder::Options &)>
        write;
};

// In dependency order; the first four are the base.
const QList<DemoStep> &demoSteps()
{
    using namespace Demo;
    static const QList<DemoStep> steps{
        {"organisation", [](SeedSession &s, const CityBase &, qint64 now,
                            const DemoSeeder::Options &) { return seedOrganisation(s, now); }},
        {"catalogue", [](SeedSession &s, const CityBase &b, qint64 now,
                         const DemoSeeder::Options &) { return seedCatalogue(s, b, now); }},
        {"staff", [](SeedSession &s, const CityBase &b, qint64 now,
                     const DemoSeeder::Options &) { return seedStaff(s, b, now); }},
        {"policies", [](SeedSession &s, const CityBase &b, qint64 now,
                        const DemoSeeder::Options &) { return seedPolicies(s, b, now); }},
        {"knowledge", [](SeedSession &s, const CityBase &b, qint64 now,
                         const DemoSeeder::Options &) { return seedKnowledge(s, b, now); }},
        {"citizens",
         [](SeedSession &s, const CityBase &b, qint64 now, const DemoSeeder::Options &o) {
             return seedCitizens(s, b, now, o.citizens);
         }},
        {"cases", [](SeedSession &s, const CityBase &b, qint64 now,
                     const DemoSeeder::Options &o) { return seedCases(s, b, now, o.cases); }},
        {"missions", [](SeedSession &s, const CityBase &b, qint64 now,
                        const DemoSeeder::Options &) { return seedMissions(s, b, now); }},
        {"expenses", [](SeedSession &s, const CityBase &b, qint64 now,
                        const DemoSeeder::Options &) { return seedExpenses(s, b, now); }},
    };
    return steps;
}
constexpr int baseSteps = 4;

QString stepTitle(const QString &name)
{
    const QHash<QString, QString> titles{
        {QStringLiteral("organisation"), DemoSeeder::tr("the organisation and its districts")},
        {QStringLiteral("catalogue"), DemoSeeder::tr("the service catalogue")},
        {QStringLiteral("staff"), DemoSeeder::tr("the staff, one user or more for every role")},
        {QStringLiteral("policies"),
         DemoSeeder::tr("working hours, SLA, routing, expense and approval rules")},
        {QStringLiteral("knowledge"), DemoSeeder::tr("the knowledge base")},
        {QStringLiteral("citizens"), DemoSeeder::tr("the citizens")},
        {QStringLiteral("cases"), DemoSeeder::tr("the cases and their history")},
        {QStringLiteral("missions"), DemoSeeder::tr("the missions")},
        {QStringLiteral("expenses"), DemoSeeder::tr("the expense claims")},
    };
    return titles.value(name, name);
}

struct RootMarker
{
    qint64 id = 0; // 0: no demo city yet
    QJsonObject customFields;

    QJsonArray steps() const { return customFields.value(QStringLiteral("demo_steps")).toArray(); }
};

RootMarker readMarker(SeedSession &session)
{
    RootMarker marker;
    const QVariant id =
        session.scalar(QStringLiteral("SELECT id FROM org_units WHERE code = ? AND deleted = 0"),
                       {Demo::rootUnit()});
    if (!id.isValid())
        return marker;
    marker.id = id.toLongLong();
    marker.customFields =
        QJsonDocument::fromJson(
            session
                .scalar(QStringLiteral("SELECT custom_fields FROM org_units WHERE id = ?"),
                        {marker.id})
                .toString()
                .toUtf8())
            .object();
    return marker;
}

} // namespace

DemoSeeder::DemoSeeder(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : DemoSeeder(std::move(database), clock, Options{})
{}

DemoSeeder::DemoSeeder(std::shared_ptr<Storage::Database> database, const Clock &clock,
                       Options options)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_options(options)
{}

Expected<DemoReport, QString> DemoSeeder::seedBase()
{
    return run(baseSteps);
}

Expected<DemoReport, QString> DemoSeeder::seedAll()
{
    return run(int(demoSteps().size()));
}

Expected<DemoReport, QString> DemoSeeder::run(int lastStep)
{
    DemoReport report;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    for (int index = 0; index < lastStep; ++index) {
        const DemoStep &step = demoSteps().at(index);
        const QString name = QLatin1String(step.name);
        SeedSession session(m_database);
        if (!session.begin())
            return tr("Could not write the demo data: %1").arg(session.error());

        RootMarker marker = readMarker(session);
        const bool done = index == 0 ? marker.id != 0 : marker.steps().contains(name);
        if (!session.ok())
            return tr("Could not read the database: %1").arg(session.error());
        if (done) {
            report.stepsSkipped << name;
            continue;
        }
        if (index > 0 && marker.id == 0)
            return tr("The demo city's organisation is missing; it cannot be completed.");
        if (m_progress)
            m_progress(tr("Writing %1...").arg(stepTitle(name)));

        const Demo::CityBase base = Demo::CityBase::load(session);
        if (!step.write(session, base, nowMs, m_options) || !session.ok()) {
            qCWarning(lcSeed) << "demo step" << name << "failed:" << session.error();
            return tr("Could not write %1: %2").arg(stepTitle(name), session.error());
        }
        if (index > 0) {
            // Recorded with the rows, in the same transaction: done exactly when they are.
            QJsonArray steps = marker.steps();
            steps.append(name);
            marker.customFields.insert(QStringLiteral("demo_steps"), steps);
            session.update(
                QStringLiteral("org_units"), marker.id,
                {{QStringLiteral("custom_fields"),
                  QString::fromUtf8(
                      QJsonDocument(marker.customFields).toJson(QJsonDocument::Compact))}},
                nowMs);
        }
        report.rowsWritten += session.rowsWritten();
        if (!session.commit())
            return tr("Could not write %1: %2").arg(stepTitle(name), session.error());
        report.stepsRun << name;
    }
    return report;
}

} // namespace Shahrvand::Seed
