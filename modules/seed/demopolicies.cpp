// The rules the demo city works by: its working week and holidays, SLA policies, routing
// rules, expense policies and approval chains.
#include "businesscalendar.h"
#include "democity.h"
#include "jalalidate.h"
#include "persiannames.h"

#include <QFile>
#include <QSet>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Shahrvand::Seed::Demo {

namespace {

QString json(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

struct HolidaySpec
{
    int month;
    int day;
    const char *description;
};

// Solar-calendar public holidays, for the years around 1405 (whose holidays, lunar ones
// included, come from resources/holidays/1405.txt).
constexpr std::array<HolidaySpec, 10> solarHolidays{{
    {1, 1, "نوروز"},
    {1, 2, "نوروز"},
    {1, 3, "نوروز"},
    {1, 4, "نوروز"},
    {1, 12, "روز جمهوری اسلامی"},
    {1, 13, "روز طبیعت"},
    {3, 14, "رحلت امام خمینی"},
    {3, 15, "قیام ۱۵ خرداد"},
    {11, 22, "پیروزی انقلاب اسلامی"},
    {12, 29, "ملی شدن صنعت نفت"},
}};

struct SlaSpec
{
    const char *priority;
    int firstResponseMinutes;
    int resolutionMinutes;
};

constexpr std::array<SlaSpec, 4> slaSpecs{{
    {"urgent", 30, 8 * 60},
    {"high", 2 * 60, 3 * 24 * 60},
    {"normal", 8 * 60, 7 * 24 * 60},
    {"low", 24 * 60, 14 * 24 * 60},
}};

} // namespace

bool seedPolicies(SeedSession &session, const CityBase &base, qint64 nowMs)
{
    // Saturday to Wednesday 7:30-14:30, Thursday 7:30-12:30, Friday closed, Tehran time:
    // the working_hours form CaseWork::BusinessCalendar reads (the server's SLA clocks).
    const QJsonArray day{QJsonArray{QStringLiteral("07:30"), QStringLiteral("14:30")}};
    const QJsonObject week{{QStringLiteral("sat"), day},
                           {QStringLiteral("sun"), day},
                           {QStringLiteral("mon"), day},
                           {QStringLiteral("tue"), day},
                           {QStringLiteral("wed"), day},
                           {QStringLiteral("thu"), QJsonArray{QJsonArray{QStringLiteral("07:30"),
                                                                         QStringLiteral("12:30")}}},
                           {QStringLiteral("fri"), QJsonArray{}}};
    const qint64 calendar =
        session.insert(QStringLiteral("business_calendars"),
                       {{QStringLiteral("name_fa"), text("تقویم کاری شهرداری شهر نمونه")},
                        {QStringLiteral("name_en"), QStringLiteral("Nemuneh City working week")},
                        {QStringLiteral("time_zone"), QStringLiteral("Asia/Tehran")},
                        {QStringLiteral("working_hours"), json(week)}},
                       nowMs);
    // 1405's official holidays, lunar ones included, from the file the administrator would
    // import; the solar ones for the years around it.
    constexpr int fileYear = 1405;
    QFile file(QStringLiteral(":/holidays/1405.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        session.fail(QStringLiteral("the 1405 holiday file is missing"));
        return false;
    }
    const auto parsed = CaseWork::parseHolidayFile(QString::fromUtf8(file.readAll()));
    if (!parsed) {
        session.fail(CaseWork::describe(parsed.error()));
        return false;
    }
    QSet<QDate> seen;
    for (const CaseWork::Holiday &holiday : *parsed) {
        if (seen.contains(holiday.date))
            continue;
        seen.insert(holiday.date);
        session.insert(QStringLiteral("calendar_holidays"),
                       {{QStringLiteral("calendar_id"), calendar},
                        {QStringLiteral("holiday_date"), holiday.date.toString(Qt::ISODate)},
                        {QStringLiteral("description"), holiday.description.left(300)}},
                       nowMs);
    }
    const int thisYear =
        jalaliYearMonthDay(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date()).year;
    for (int year = qMin(thisYear, fileYear) - 1; year <= qMax(thisYear, fileYear) + 1; ++year) {
        if (year == fileYear)
            continue;
        for (const HolidaySpec &holiday : solarHolidays) {
            const QDate date = fromJalali(year, holiday.month, holiday.day);
            if (!date.isValid())
                continue;
            session.insert(QStringLiteral("calendar_holidays"),
                           {{QStringLiteral("calendar_id"), calendar},
                            {QStringLiteral("holiday_date"), date.toString(Qt::ISODate)},
                            {QStringLiteral("description"), text(holiday.description)}},
                           nowMs);
        }
    }

    const QJsonArray warning{QStringLiteral("notify_owner"), QStringLiteral("notify_supervisor")};
    const QJsonArray breach{QStringLiteral("notify_supervisor"), QStringLiteral("escalate")};
    for (const SlaSpec &sla : slaSpecs) {
        session.insert(QStringLiteral("sla_policies"),
                       {{QStringLiteral("name"),
                         QStringLiteral("General, %1").arg(QLatin1String(sla.priority))},
                        {QStringLiteral("priority"), QLatin1String(sla.priority)},
                        {QStringLiteral("calendar_id"), calendar},
                        {QStringLiteral("first_response_minutes"), sla.firstResponseMinutes},
                        {QStringLiteral("resolution_minutes"), sla.resolutionMinutes},
                        {QStringLiteral("warning_actions"), json(warning)},
                        {QStringLiteral("breach_actions"), json(breach)}},
                       nowMs);
    }
    // Dangers to life get their own, shorter clock.
    for (const char *code : {"GRN-FAL", "RD-MAN", "BLD-DNG", "ENV-FLD"}) {
        session.insert(
            QStringLiteral("sla_policies"),
            {{QStringLiteral("name"), QStringLiteral("Danger, %1").arg(QLatin1String(code))},
             {QStringLiteral("service_id"), base.services.value(QLatin1String(code))},
             {QStringLiteral("priority"), QStringLiteral("urgent")},
             {QStringLiteral("first_response_minutes"), 15},
             {QStringLiteral("resolution_minutes"), 4 * 60},
             {QStringLiteral("warning_percent"), 50},
             {QStringLiteral("warning_actions"), json(warning)},
             {QStringLiteral("breach_actions"),
              json(QJsonArray{QStringLiteral("notify_supervisor"), QStringLiteral("escalate"),
                              QStringLiteral("raise_priority")})}},
            nowMs);
    }

    // Each service goes to its department's specialists (the least loaded of them takes
    // it, or for every third service the team's queue); anything else to the call centre.
    int position = 10;
    for (const ServiceSpec &service : services()) {
        session.insert(
            QStringLiteral("routing_rules"),
            {{QStringLiteral("position"), position},
             {QStringLiteral("service_id"), base.services.value(QLatin1String(service.code))},
             {QStringLiteral("team_id"), base.unit(specialistTeam(service.department))},
             {QStringLiteral("owner_strategy"),
              position % 30 == 0 ? QStringLiteral("none") : QStringLiteral("least_loaded")}},
            nowMs);
        position += 10;
    }
    session.insert(
        QStringLiteral("routing_rules"),
        {{QStringLiteral("position"), 5},
         // Phrases are separated by commas: any of them routes the case.
         {QStringLiteral("keywords"), text("ریزش، انفجار، آتش‌سوزی")},
         {QStringLiteral("case_priority"), QStringLiteral("urgent")},
         {QStringLiteral("team_id"), base.unit(engineeringTeam())},
         {QStringLiteral("owner_strategy"), QStringLiteral("fixed")},
         {QStringLiteral("owner_id"), base.user("engineer.mousavi")}},
        nowMs);
    session.insert(QStringLiteral("routing_rules"),
                   {{QStringLiteral("position"), 10000},
                    {QStringLiteral("team_id"), base.unit(callCentreTeam())},
                    {QStringLiteral("owner_strategy"), QStringLiteral("round_robin")}},
                   nowMs);

    // Expense caps in rials, and receipts above 5,000,000 rials.
    const struct
    {
        const char *type;
        qint64 dailyCap;
        qint64 claimCap;
    } caps[] = {{"transport", 8'000'000, 60'000'000},
                {"lodging", 25'000'000, 150'000'000},
                {"per_diem", 12'000'000, 80'000'000},
                {"meals", 4'000'000, 30'000'000},
                {"other", 10'000'000, 40'000'000}};
    for (const auto &cap : caps) {
        session.insert(QStringLiteral("expense_policies"),
                       {{QStringLiteral("expense_type"), QLatin1String(cap.type)},
                        {QStringLiteral("daily_cap_rials"), cap.dailyCap},
                        {QStringLiteral("claim_cap_rials"), cap.claimCap},
                        {QStringLiteral("receipt_required_above_rials"), qint64(5'000'000)}},
                       nowMs);
    }

    // Missions: the unit's supervisor. Expense claims: the supervisor, then finance, and
    // the administrator as well above 200,000,000 rials.
    const struct
    {
        const char *subject;
        qint64 minimum;
        int step;
        const char *role;
    } chain[] = {{"mission", 0, 1, "supervisor"},
                 {"expense_claim", 0, 1, "supervisor"},
                 {"expense_claim", 0, 2, "finance_approver"},
                 {"expense_claim", 200'000'000, 3, "administrator"}};
    for (const auto &rule : chain) {
        session.insert(QStringLiteral("approval_rules"),
                       {{QStringLiteral("subject_type"), QLatin1String(rule.subject)},
                        {QStringLiteral("min_amount_rials"), rule.minimum},
                        {QStringLiteral("step"), rule.step},
                        {QStringLiteral("approver_role"), QLatin1String(rule.role)}},
                       nowMs);
    }

    // The finance approver's leave, covered by the administrator.
    session.insert(QStringLiteral("delegations"),
                   {{QStringLiteral("approver_id"), base.user("finance.zand")},
                    {QStringLiteral("delegate_id"), base.user("admin")},
                    {QStringLiteral("starts_at"), nowMs - 20 * dayMs},
                    {QStringLiteral("ends_at"), nowMs - 13 * dayMs}},
                   nowMs);
    session.insert(QStringLiteral("delegations"),
                   {{QStringLiteral("approver_id"), base.user("supervisor.navabi")},
                    {QStringLiteral("delegate_id"), base.user("supervisor.kazemi")},
                    {QStringLiteral("starts_at"), nowMs + 10 * dayMs},
                    {QStringLiteral("ends_at"), nowMs + 17 * dayMs}},
                   nowMs);
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
