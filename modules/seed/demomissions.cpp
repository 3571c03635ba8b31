// The demo city's missions: field officers sent to cases, in every status, with their
// assignees, cases, comments and the supervisor's approval.
#include "democity.h"
#include "persiannames.h"
#include "textnormalizer.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace Shahrvand::Seed::Demo {

namespace {

constexpr const char *missionStatuses[] = {
    "draft", "issued", "in_progress", "completed_needs_followup", "completed", "cancelled"};
constexpr const char *transports[] = {"خودروی اداری", "وانت عملیاتی", "موتورسیکلت", "تاکسی"};
constexpr const char *purposes[] = {"بازدید میدانی و بررسی گزارش شهروندان",
                                    "نظارت بر عملیات پیمانکار", "رفع خرابی و تهیهٔ گزارش تصویری",
                                    "بازدید مشترک با کارشناس معاونت"};
constexpr const char *comments[] = {"اکیپ در محل حاضر شد.", "مصالح مورد نیاز درخواست شد.",
                                    "هماهنگی با پلیس راهور انجام شد.",
                                    "کار در نوبت بعدی تکمیل می‌شود."};
constexpr int missionsPerStatus = 8;

} // namespace

bool seedMissions(SeedSession &session, const CityBase &base, qint64 nowMs)
{
    QRandomGenerator rng(0x6d697373); // reproducible demo
    const QList<qint64> officers = base.usersWithRole("field_officer");
    const qint64 supervisor = base.user("supervisor.navabi");

    // Open cases by department, for the missions to work on.
    QHash<QString, QList<QPair<qint64, QString>>> casesByDepartment;
    {
        QSqlQuery query(session.db());
        query.setForwardOnly(true);
        query.exec(QStringLiteral(
            "SELECT c.id, s.code, c.address_text FROM cases c JOIN services s ON s.id ="
            " c.service_id WHERE c.status IN ('escalated', 'in_progress', 'resolved', 'closed')"
            " AND c.deleted = 0 ORDER BY c.id LIMIT 3000"));
        while (query.next()) {
            for (const ServiceSpec &service : services()) {
                if (query.value(1).toString() == QLatin1String(service.code))
                    casesByDepartment[QLatin1String(service.department)].append(
                        {query.value(0).toLongLong(), query.value(2).toString()});
            }
        }
    }
    if (officers.isEmpty() || casesByDepartment.isEmpty()) {
        session.fail(QStringLiteral("missions need the demo staff and cases first"));
        return false;
    }

    int number = 0;
    qint64 followUpOf = 0;
    for (const char *statusName : missionStatuses) {
        const QString status = QLatin1String(statusName);
        for (int i = 0; i < missionsPerStatus; ++i) {
            ++number;
            const char *department = pick(rng, serviceDepartments());
            const int district = 1 + int(rng.bounded(districtCount));
            const QList<QPair<qint64, QString>> &pool =
                casesByDepartment[QLatin1String(department)];
            const Coordinates point = pointInDistrict(rng, district);
            const bool future =
                status == QLatin1String("draft") || status == QLatin1String("issued");
            const qint64 created = nowMs - between(rng, future ? 1 : 20, future ? 10 : 150) * dayMs;
            const qint64 plannedStart =
                future ? nowMs + between(rng, 1, 14) * dayMs : created + between(rng, 1, 5) * dayMs;
            const qint64 plannedEnd = plannedStart + between(rng, 3, 48) * hourMs;
            const bool started = status == QLatin1String("in_progress") ||
                                 status.startsWith(QLatin1String("completed"));
            const bool finished = status.startsWith(QLatin1String("completed"));
            QVariantMap fields{
                {QStringLiteral("order_number"),
                 QStringLiteral("NMN-M-%1").arg(number, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("purpose"), text(pick(rng, purposes))},
                {QStringLiteral("status"), status},
                {QStringLiteral("unit_id"), chance(rng, 50) ? base.unit(departmentUnit(department))
                                                            : base.unit(districtUnit(district))},
                {QStringLiteral("requested_by"), supervisor},
                {QStringLiteral("destination_name"),
                 text("منطقهٔ ") + persianDigits(QString::number(district))},
                {QStringLiteral("address_text"),
                 pool.isEmpty() ? QString() : pick(rng, pool).second},
                {QStringLiteral("latitude"), point.latitude},
                {QStringLiteral("longitude"), point.longitude},
                {QStringLiteral("planned_start"), plannedStart},
                {QStringLiteral("planned_end"), plannedEnd},
                {QStringLiteral("transport"), text(pick(rng, transports))},
                {QStringLiteral("budgeted"), chance(rng, 60) ? 1 : 0}};
            if (chance(rng, 30))
                fields.insert(QStringLiteral("contract_number"),
                              QStringLiteral("NMN-C-1404-%1").arg(between(rng, 100, 999)));
            if (started) {
                fields.insert(QStringLiteral("actual_start"),
                              plannedStart + between(rng, 0, 90) * minuteMs);
                if (status == QLatin1String("in_progress") && plannedStart > nowMs)
                    fields.insert(QStringLiteral("actual_start"), nowMs - hourMs);
            }
            if (finished) {
                fields.insert(QStringLiteral("actual_end"),
                              plannedEnd + between(rng, -120, 240) * minuteMs);
                fields.insert(QStringLiteral("report"),
                              status == QLatin1String("completed")
                                  ? text("کار انجام شد و محل به حالت عادی بازگشت.")
                                  : text("بخشی از کار انجام شد؛ بازدید دوباره لازم است."));
            }
            if (status == QLatin1String("completed") && followUpOf && i == 0)
                fields.insert(QStringLiteral("follow_up_of_id"), followUpOf);
            // The server's search form of the purpose (EntityStore writes it for missions
            // created through the API), and the approval every mission past its draft had.
            fields.insert(QStringLiteral("search_text"),
                          normalizeForSearch(fields.value(QStringLiteral("purpose")).toString()));
            if (status != QLatin1String("draft"))
                fields.insert(QStringLiteral("approval_status"), QStringLiteral("approved"));
            const qint64 mission =
                session.insert(QStringLiteral("missions"), fields, created, supervisor);
            if (status == QLatin1String("completed_needs_followup") && !followUpOf)
                followUpOf = mission;

            // A leader, perhaps a member and a driver: distinct officers.
            QList<qint64> crew = officers;
            const int size = 1 + int(rng.bounded(qMin<qsizetype>(3, crew.size())));
            const char *const roles[] = {"leader", "member", "driver"};
            for (int a = 0; a < size; ++a) {
                const qint64 officer = crew.takeAt(int(rng.bounded(int(crew.size()))));
                session.insert(QStringLiteral("mission_assignees"),
                               {{QStringLiteral("mission_id"), mission},
                                {QStringLiteral("user_id"), officer},
                                {QStringLiteral("role"), QLatin1String(roles[a])}},
                               created, supervisor);
            }
            for (int c = 0, links = int(between(rng, 1, 3)); c < links && !pool.isEmpty(); ++c) {
                session.insert(
                    QStringLiteral("mission_cases"),
                    {{QStringLiteral("mission_id"), mission},
                     {QStringLiteral("case_id"), pick(rng, pool).first},
                     {QStringLiteral("outcome"), finished ? text("رسیدگی شد") : QString()}},
                    created, supervisor);
            }
            if (started) {
                const qint64 when = qMin(nowMs, plannedStart + between(rng, 1, 6) * hourMs);
                session.insert(QStringLiteral("mission_comments"),
                               {{QStringLiteral("mission_id"), mission},
                                {QStringLiteral("unit_id"), base.unit(districtUnit(district))},
                                {QStringLiteral("author_id"), officers.first()},
                                {QStringLiteral("body"), text(pick(rng, comments))}},
                               when, officers.first());
            }
            if (status != QLatin1String("draft")) {
                // Every mission past its draft was approved before it was issued.
                QVariantMap step{
                    {QStringLiteral("subject_type"), QStringLiteral("mission")},
                    {QStringLiteral("subject_id"), mission},
                    {QStringLiteral("step"), 1},
                    {QStringLiteral("approver_role"), QStringLiteral("supervisor")},
                    {QStringLiteral("approver_unit_id"), fields.value(QStringLiteral("unit_id"))},
                    {QStringLiteral("approver_id"), supervisor},
                    {QStringLiteral("decision"), QStringLiteral("approved")},
                    {QStringLiteral("decided_at"), created + hourMs}};
                session.insert(QStringLiteral("approval_steps"), step, created + hourMs,
                               supervisor);
            }
        }
    }
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
