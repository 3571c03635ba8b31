// The municipality of the demo city: departments, districts and teams.
#include "democity.h"
#include "persiannames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace Shahrvand::Seed::Demo {

namespace {

struct DepartmentSpec
{
    const char *code;
    const char *nameFa;
    const char *nameEn;
    const char *teamFa; // the tier-2 specialist team; nullptr: none
    const char *teamEn;
};

constexpr std::array<DepartmentSpec, 7> departments{{
    {"URB", "معاونت خدمات شهری", "Urban Services", "کارشناسان خدمات شهری",
     "Urban Services Specialists"},
    {"TRF", "معاونت حمل‌ونقل و ترافیک", "Transport and Traffic",
     "کارشناسان ترافیک", "Traffic Specialists"},
    {"GRN", "سازمان پارک‌ها و فضای سبز", "Parks and Green Spaces",
     "کارشناسان فضای سبز", "Green Spaces Specialists"},
    {"CIV", "معاونت فنی و عمرانی", "Civil Works", "کارشناسان عمران", "Civil Works Specialists"},
    {"WST", "سازمان مدیریت پسماند", "Waste Management", "کارشناسان پسماند",
     "Waste Management Specialists"},
    {"FIN", "معاونت امور مالی", "Finance", nullptr, nullptr},
    {"CRM", "ادارهٔ ارتباطات مردمی", "Citizen Relations", nullptr, nullptr},
}};

constexpr std::array<const char *, 5> caseDepartments{"URB", "TRF", "GRN", "CIV", "WST"};

// An invented box of 0.12° by 0.2°, split into a 4 x 2 grid of districts.
constexpr double northEdge = 35.42, southEdge = 35.30, westEdge = 51.60, eastEdge = 51.80;

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString rootUnit()
{
    return QStringLiteral("NMN");
}

QString callCentreTeam()
{
    return QStringLiteral("NMN-137");
}

QString engineeringTeam()
{
    return QStringLiteral("NMN-CIV-ENG");
}

QString departmentUnit(const char *department)
{
    return QStringLiteral("NMN-") + QLatin1String(department);
}

QString specialistTeam(const char *department)
{
    return departmentUnit(department) + QStringLiteral("-T2");
}

QString districtUnit(int district)
{
    return QStringLiteral("NMN-D%1").arg(district);
}

std::span<const char *const> serviceDepartments()
{
    return caseDepartments;
}

Coordinates pointInDistrict(QRandomGenerator &rng, int district)
{
    const int row = (district - 1) / 4, column = (district - 1) % 4;
    const double height = (northEdge - southEdge) / 2, width = (eastEdge - westEdge) / 4;
    const double latitude = northEdge - height * (row + rng.generateDouble());
    const double longitude = westEdge + width * (column + rng.generateDouble());
    // Six decimals: about 10 cm, more than any address needs.
    return {std::round(latitude * 1e6) / 1e6, std::round(longitude * 1e6) / 1e6};
}

bool seedOrganisation(SeedSession &session, qint64 nowMs)
{
    QJsonObject marker{{QStringLiteral("demo_steps"), QJsonArray{QStringLiteral("organisation")}}};
    const qint64 root =
        session.insert(QStringLiteral("org_units"),
                       {{QStringLiteral("kind"), QStringLiteral("organisation")},
                        {QStringLiteral("code"), rootUnit()},
                        {QStringLiteral("name_fa"), text("شهرداری شهر نمونه")},
                        {QStringLiteral("name_en"), QStringLiteral("Nemuneh City Municipality")},
                        {QStringLiteral("custom_fields"), jsonText(marker)}},
                       nowMs);

    const auto unit = [&](qint64 parent, const QString &kind, const QString &code,
                          const QString &nameFa, const QString &nameEn, QVariant tier = {}) {
        QVariantMap fields{{QStringLiteral("parent_id"), parent},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("name_fa"), nameFa},
                           {QStringLiteral("name_en"), nameEn}};
        if (tier.isValid())
            fields.insert(QStringLiteral("tier"), tier);
        return session.insert(QStringLiteral("org_units"), fields, nowMs);
    };

    const QString department = QStringLiteral("department");
    const QString team = QStringLiteral("team");
    for (const DepartmentSpec &spec : departments) {
        const qint64 id = unit(root, department, departmentUnit(spec.code), text(spec.nameFa),
                               QString::fromLatin1(spec.nameEn));
        if (spec.teamFa)
            unit(id, team, specialistTeam(spec.code), text(spec.teamFa),
                 QString::fromLatin1(spec.teamEn), 2);
        if (QByteArrayView(spec.code) == "CIV")
            unit(id, team, engineeringTeam(), text("گروه مهندسی و نظارت فنی"),
                 QStringLiteral("Engineering and Technical Supervision"), 3);
        if (QByteArrayView(spec.code) == "CRM")
            unit(id, team, callCentreTeam(), text("مرکز پاسخگویی ۱۳۷"),
                 QStringLiteral("137 Call Centre"), 1);
    }
    for (int district = 1; district <= districtCount; ++district) {
        unit(root, QStringLiteral("district"), districtUnit(district),
             text("منطقهٔ ") + persianDigits(QString::number(district)),
             QStringLiteral("District %1").arg(district));
    }
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
