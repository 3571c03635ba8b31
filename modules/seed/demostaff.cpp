// The demo city's staff: one or more users for every role, created like any user, and the
// base (units, services, users) that later steps read back.
#include "democity.h"
#include "persiannames.h"
#include "userdirectory.h"

#include <array>

namespace Shahrvand::Seed::Demo {

namespace {

constexpr std::array<StaffSpec, 21> staffList{{
    {"admin", "مدیر سامانه", "administrator", "NMN"},
    {"agent.rezaei", "زهرا رضایی", "agent", "NMN-137"},
    {"agent.karimi", "علی کریمی", "agent", "NMN-137"},
    {"agent.hosseini", "مریم حسینی", "agent", "NMN-137"},
    {"agent.moradi", "رضا مرادی", "agent", "NMN-137"},
    {"senior.ahmadi", "فاطمه احمدی", "senior_agent", "NMN-URB-T2"},
    {"senior.jafari", "حسین جعفری", "senior_agent", "NMN-TRF-T2"},
    {"senior.sadeghi", "نرگس صادقی", "senior_agent", "NMN-GRN-T2"},
    {"senior.rahimi", "مهدی رحیمی", "senior_agent", "NMN-CIV-T2"},
    {"senior.ghasemi", "لیلا قاسمی", "senior_agent", "NMN-WST-T2"},
    {"engineer.mousavi", "سعید موسوی", "senior_agent", "NMN-CIV-ENG"},
    {"supervisor.kazemi", "پروین کاظمی", "supervisor", "NMN-CRM"},
    {"supervisor.navabi", "محمد نوابی", "supervisor", "NMN-URB,NMN-TRF,NMN-GRN,NMN-CIV,NMN-WST"},
    {"field.bagheri", "امیر باقری", "field_officer", "NMN-D1,NMN-D2,NMN-URB"},
    {"field.shirazi", "جواد شیرازی", "field_officer", "NMN-D3,NMN-D4,NMN-CIV"},
    {"field.nouri", "کامران نوری", "field_officer", "NMN-D5,NMN-D6,NMN-GRN"},
    {"field.tehrani", "بهرام تهرانی", "field_officer", "NMN-D7,NMN-D8,NMN-WST,NMN-TRF"},
    {"author.farahani", "سمیرا فراهانی", "knowledge_author", "NMN-CRM"},
    {"approver.ebrahimi", "کاوه ابراهیمی", "knowledge_approver", "NMN-CRM"},
    {"finance.zand", "شیرین زند", "finance_approver", "NMN-FIN"},
    {"finance.akbari", "ناصر اکبری", "finance_approver", "NMN-FIN"},
}};

} // namespace

std::span<const StaffSpec> staff()
{
    return staffList;
}

QString demoPassword()
{
    return QStringLiteral("Shahrvand-1405");
}

qint64 CityBase::user(const char *username) const
{
    return users.value(QLatin1String(username));
}

QList<qint64> CityBase::usersWithRole(const char *role) const
{
    QList<qint64> ids;
    for (const StaffSpec &spec : staffList) {
        if (QByteArrayView(spec.role) == role && users.contains(QLatin1String(spec.username)))
            ids << users.value(QLatin1String(spec.username));
    }
    return ids;
}

qint64 CityBase::memberOf(const QString &unit, const char *role) const
{
    for (const StaffSpec &spec : staffList) {
        if (QByteArrayView(spec.role) == role &&
            QString::fromLatin1(spec.units).split(QLatin1Char(',')).contains(unit))
            return users.value(QLatin1String(spec.username));
    }
    return 0;
}

CityBase CityBase::load(SeedSession &session)
{
    CityBase base;
    base.units =
        session.idsByKey(QStringLiteral("SELECT code, id FROM org_units WHERE deleted = 0"));
    base.services =
        session.idsByKey(QStringLiteral("SELECT code, id FROM services WHERE deleted = 0"));
    base.users =
        session.idsByKey(QStringLiteral("SELECT username, id FROM users WHERE deleted = 0"));
    base.slaPolicies = session.idsByKey(QStringLiteral(
        "SELECT priority, id FROM sla_policies WHERE deleted = 0 AND service_id IS NULL"));
    return base;
}

bool seedStaff(SeedSession &session, const CityBase &base, qint64 nowMs)
{
    Auth::UserDirectory directory(session.db(), session.backend());
    for (const StaffSpec &spec : staffList) {
        const QString username = QString::fromLatin1(spec.username);
        if (directory.findByUsername(username))
            continue; // made by hand before the demo: left as it is
        Auth::NewUser user;
        user.username = username;
        user.displayName = text(spec.displayName);
        user.password = demoPassword();
        user.roles = {Access::roleFromCode(QString::fromLatin1(spec.role)).value()};
        for (const QString &code : QString::fromLatin1(spec.units).split(QLatin1Char(',')))
            user.units << OrgUnitId(base.unit(code));
        const auto created = directory.create(user, {std::nullopt, seedClient(), nowMs});
        if (!created) {
            session.fail(username + QStringLiteral(": ") +
                         Auth::UserDirectory::describe(created.error()) + QLatin1Char(' ') +
                         created.error().detail);
            return false;
        }
    }
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
