// The demo city's expense claims: field officers' costs of missions, in whole rials, in
// every status, with lines, receipts and the approval steps each status implies.
#include "democity.h"
#include "money.h"
#include "persiannames.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace Shahrvand::Seed::Demo {

namespace {

constexpr const char *claimStatuses[] = {"draft",    "submitted", "approved", "rejected",
                                         "returned", "withdrawn", "paid"};
constexpr int claimsPerStatus = 5;

struct LineKind
{
    const char *type;
    qint64 low, high; // rials
    const char *vendor;
    const char *description;
};
constexpr LineKind lineKinds[] = {
    {"transport", 300'000, 6'000'000, "آژانس تاکسی تلفنی شهر نمونه", "کرایهٔ رفت و برگشت"},
    {"lodging", 8'000'000, 24'000'000, "مهمان‌سرای شهرداری", "اقامت یک شب"},
    {"per_diem", 5'000'000, 12'000'000, "", "فوق‌العادهٔ روزانه"},
    {"meals", 600'000, 3'500'000, "رستوران سنتی نمونه", "ناهار اکیپ"},
    {"other", 400'000, 9'000'000, "فروشگاه ابزار", "خرید ابزار و لوازم مصرفی"},
};

} // namespace

bool seedExpenses(SeedSession &session, const CityBase &base, qint64 nowMs)
{
    QRandomGenerator rng(0x65787065); // reproducible demo
    const qint64 supervisor = base.user("supervisor.navabi");
    const qint64 finance = base.user("finance.zand");

    // Missions with their leader, newest first.
    struct MissionLeader
    {
        qint64 mission, leader, unit, startedAt;
        QString orderNumber;
    };
    QList<MissionLeader> missions;
    {
        QSqlQuery query(session.db());
        query.setForwardOnly(true);
        query.exec(QStringLiteral(
            "SELECT m.id, a.user_id, m.unit_id, m.actual_start, m.order_number FROM missions m JOIN"
            " mission_assignees a ON a.mission_id = m.id AND a.role = 'leader' WHERE m.status"
            " IN ('in_progress', 'completed', 'completed_needs_followup') ORDER BY m.id"));
        while (query.next()) {
            missions.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                             query.value(2).toLongLong(), query.value(3).toLongLong(),
                             query.value(4).toString()});
        }
    }
    if (missions.isEmpty()) {
        session.fail(QStringLiteral("expense claims need the demo missions first"));
        return false;
    }

    for (const char *statusName : claimStatuses) {
        const QString status = QLatin1String(statusName);
        for (int i = 0; i < claimsPerStatus; ++i) {
            const MissionLeader &mission = pick(rng, missions);
            const qint64 created =
                qMin(nowMs - hourMs, mission.startedAt + between(rng, 1, 4) * dayMs);
            const bool submitted = status != QLatin1String("draft");
            const qint64 submittedAt = created + between(rng, 1, 48) * hourMs;
            const qint64 decidedAt = submittedAt + between(rng, 1, 5) * dayMs;

            const qint64 claim = session.insert(
                QStringLiteral("expense_claims"),
                {{QStringLiteral("claimant_id"), mission.leader},
                 {QStringLiteral("unit_id"), mission.unit},
                 {QStringLiteral("mission_id"), mission.mission},
                 {QStringLiteral("status"), QStringLiteral("draft")},
                 {QStringLiteral("title"),
                  text("هزینه‌های مأموریت ") + mission.orderNumber}},
                created, mission.leader);

            QList<Money> amounts;
            const int lines = int(between(rng, 1, 4));
            for (int l = 0; l < lines; ++l) {
                const LineKind &kind = pick(rng, lineKinds);
                // Whole thousands of rials, as receipts are.
                const qint64 amount = between(rng, kind.low, kind.high) / 1000 * 1000;
                amounts.append(Money::fromRials(amount));
                QVariantMap line{{QStringLiteral("claim_id"), claim},
                                 {QStringLiteral("expense_type"), QLatin1String(kind.type)},
                                 {QStringLiteral("spent_on"),
                                  QDateTime::fromMSecsSinceEpoch(mission.startedAt, Qt::UTC)
                                      .date()
                                      .addDays(l % 2)
                                      .toString(Qt::ISODate)},
                                 {QStringLiteral("amount_rials"), amount},
                                 {QStringLiteral("vendor"), text(kind.vendor)},
                                 {QStringLiteral("description"), text(kind.description)}};
                if (amount > 5'000'000) { // the policy asks for a receipt
                    line.insert(QStringLiteral("receipt_sha256"),
                                QString::fromLatin1(
                                    QCryptographicHash::hash(QByteArray::number(claim * 10 + l),
                                                             QCryptographicHash::Sha256)
                                        .toHex()));
                }
                session.insert(QStringLiteral("expense_lines"), line, created, mission.leader);
            }
            const qint64 total = Money::checkedSum(amounts).value_or(Money()).rials();

            QVariantMap changes{{QStringLiteral("total_rials"), total}};
            if (submitted) {
                changes.insert(QStringLiteral("status"), status);
                changes.insert(QStringLiteral("submitted_at"), submittedAt);
            }
            const bool decided = status != QLatin1String("draft") &&
                                 status != QLatin1String("submitted") &&
                                 status != QLatin1String("withdrawn");
            session.update(QStringLiteral("expense_claims"), claim, changes,
                           decided     ? decidedAt
                           : submitted ? submittedAt
                                       : created,
                           mission.leader);
            if (!submitted || status == QLatin1String("withdrawn"))
                continue;

            // Step 1, the supervisor; step 2, finance (only once the supervisor approved).
            const auto step = [&](int number, const char *role, qint64 approver,
                                  const QString &decision, const QString &reason) {
                QVariantMap fields{
                    {QStringLiteral("subject_type"), QStringLiteral("expense_claim")},
                    {QStringLiteral("subject_id"), claim},
                    {QStringLiteral("step"), number},
                    {QStringLiteral("approver_role"), QLatin1String(role)},
                    {QStringLiteral("decision"), decision},
                    {QStringLiteral("reason"), reason}};
                // As the server routes it (Missions::routeApproval): a supervisor decides
                // for the claim's unit, finance for the whole organisation.
                if (QLatin1String(role) == QLatin1String("supervisor"))
                    fields.insert(QStringLiteral("approver_unit_id"), mission.unit);
                if (decision != QLatin1String("pending")) {
                    fields.insert(QStringLiteral("approver_id"), approver);
                    fields.insert(QStringLiteral("decided_at"), decidedAt);
                }
                session.insert(QStringLiteral("approval_steps"), fields, submittedAt, approver);
            };
            if (status == QLatin1String("submitted")) {
                step(1, "supervisor", supervisor, QStringLiteral("pending"), QString());
            } else if (status == QLatin1String("rejected")) {
                step(1, "supervisor", supervisor, QStringLiteral("rejected"),
                     text("هزینه خارج از سقف مصوب است."));
            } else if (status == QLatin1String("returned")) {
                step(1, "supervisor", supervisor, QStringLiteral("returned"),
                     text("رسید هزینهٔ اقامت پیوست نشده است."));
            } else {
                step(1, "supervisor", supervisor, QStringLiteral("approved"), QString());
                step(2, "finance_approver", finance, QStringLiteral("approved"), QString());
            }
        }
    }
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
