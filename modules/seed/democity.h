#pragma once

#include "seedsession.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <span>

// The fictional demo city, «شهر نمونه» (Nemuneh City): its organisation, catalogue and
// staff as constant data, and the step functions that write it. Nothing here names or
// claims to be a real municipality.
namespace Shahrvand::Seed::Demo {

constexpr int districtCount = 8;

QString rootUnit();        // the municipality
QString callCentreTeam();  // the 137 call centre, tier 1
QString engineeringTeam(); // tier 3
QString departmentUnit(const char *department);
QString specialistTeam(const char *department); // tier 2
QString districtUnit(int district);             // 1..districtCount

// The departments that answer cases, by short code ("URB", "TRF", ...).
std::span<const char *const> serviceDepartments();

struct ServiceSpec
{
    const char *code;
    const char *category;   // the parent category's code
    const char *department; // short code: the responsible department
    const char *nameFa;
    const char *nameEn;
    const char *priority; // default priority
    const char *keywords; // Persian, space separated
    const char *subjects; // Persian case subjects, separated by '|'
};
struct CategorySpec
{
    const char *code;
    const char *nameFa;
    const char *nameEn;
};
std::span<const CategorySpec> categories();
std::span<const ServiceSpec> services();

struct StaffSpec
{
    const char *username;
    const char *displayName; // Persian
    const char *role;        // Access role code
    const char *units;       // unit codes, separated by ','
};
std::span<const StaffSpec> staff();

// The one demo password, documented in README.md ("Demo users").
QString demoPassword();

// Ids of what the base steps wrote, read back from the database, so every step can run
// on its own (a second run, or after an interrupted one).
struct CityBase
{
    QHash<QString, qint64> units;       // code -> id
    QHash<QString, qint64> services;    // code -> id
    QHash<QString, qint64> users;       // username -> id
    QHash<QString, qint64> slaPolicies; // priority -> id of the general policy

    static CityBase load(SeedSession &session);
    qint64 unit(const QString &code) const { return units.value(code); }
    qint64 user(const char *username) const;
    // Users holding `role` (in `staff()` order), for owners and assignees.
    QList<qint64> usersWithRole(const char *role) const;
    // The user of `role` who belongs to `unit`, or 0.
    qint64 memberOf(const QString &unit, const char *role) const;
};

// The steps, each run in one transaction by DemoSeeder. Each returns session.ok().
bool seedOrganisation(SeedSession &session, qint64 nowMs);
bool seedCatalogue(SeedSession &session, const CityBase &base, qint64 nowMs);
bool seedPolicies(SeedSession &session, const CityBase &base, qint64 nowMs);
bool seedStaff(SeedSession &session, const CityBase &base, qint64 nowMs);
bool seedKnowledge(SeedSession &session, const CityBase &base, qint64 nowMs);
bool seedCitizens(SeedSession &session, const CityBase &base, qint64 nowMs, int count);
bool seedCases(SeedSession &session, const CityBase &base, qint64 nowMs, int count);
bool seedMissions(SeedSession &session, const CityBase &base, qint64 nowMs);
bool seedExpenses(SeedSession &session, const CityBase &base, qint64 nowMs);

// A point inside a district of the city's (invented) coordinate box.
struct Coordinates
{
    double latitude = 0;
    double longitude = 0;
};
Coordinates pointInDistrict(QRandomGenerator &rng, int district);

} // namespace Shahrvand::Seed::Demo
