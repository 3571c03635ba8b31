#include "missionserverfixture.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace Shahrvand::Testing {

void MissionServerFixture::setUp()
{
    setUpWorld();
    m_admin = addStaff(QStringLiteral("admin"), Access::Role::Administrator, w->org,
                       {w->org, w->services, w->teamA, w->teamB, w->finance});

    const auto rule = [this](const char *subject, qint64 minimum, int step, const char *role) {
        QVERIFY(w->insert("approval_rules",
                          {{QStringLiteral("subject_type"), QString::fromLatin1(subject)},
                           {QStringLiteral("min_amount_rials"), minimum},
                           {QStringLiteral("step"), step},
                           {QStringLiteral("approver_role"), QString::fromLatin1(role)}}) > 0);
    };
    rule("mission", 0, 1, "supervisor");
    rule("mission", 1, 2, "finance_approver"); // budgeted missions only
    rule("expense_claim", 0, 1, "supervisor");
    rule("expense_claim", 10'000'000, 2, "finance_approver");
    const auto policy = [this](const char *type, QVariant daily, QVariant claim,
                               QVariant receiptAbove) {
        QVERIFY(w->insert("expense_policies",
                          {{QStringLiteral("expense_type"), QString::fromLatin1(type)},
                           {QStringLiteral("daily_cap_rials"), daily},
                           {QStringLiteral("claim_cap_rials"), claim},
                           {QStringLiteral("receipt_required_above_rials"), receiptAbove}}) > 0);
    };
    policy("per_diem", qint64(12'000'000), qint64(80'000'000), QVariant());
    policy("lodging", qint64(25'000'000), qint64(150'000'000), qint64(5'000'000));
    policy("meals", qint64(4'000'000), QVariant(), qint64(5'000'000));

    startServer();
}

MissionServerFixture::Result MissionServerFixture::create(const Access::Principal &actor,
                                                          const char *entityName,
                                                          const QJsonObject &input)
{
    return m_store->create(actor, entity(entityName), input, QStringLiteral("test"));
}

MissionServerFixture::Result MissionServerFixture::update(const Access::Principal &actor,
                                                          const char *entityName, qint64 id,
                                                          const QJsonObject &input)
{
    return m_store->update(actor, entity(entityName), id, input, std::nullopt,
                           QStringLiteral("test"));
}

MissionServerFixture::Result MissionServerFixture::remove(const Access::Principal &actor,
                                                          const char *entityName, qint64 id)
{
    return m_store->remove(actor, entity(entityName), id, std::nullopt, QStringLiteral("test"));
}

QString MissionServerFixture::outcome(const Result &result)
{
    if (result)
        return QStringLiteral("ok");
    const EntityStore::StoreError &error = result.error();
    if (error.kind == EntityStore::StoreError::Kind::Refused)
        return error.refusalCode;
    if (error.kind == EntityStore::StoreError::Kind::Invalid && !error.fieldErrors.isEmpty())
        return QStringLiteral("invalid:") + error.fieldErrors.first().code;
    return QStringLiteral("kind %1").arg(int(error.kind));
}

qint64
MissionServerFixture::draftClaim(const QList<std::tuple<const char *, qint64, const char *>> &lines)
{
    const auto claim = create(w->officer, "expense_claims",
                              {{QStringLiteral("unit_id"), w->teamA},
                               {QStringLiteral("title"), QStringLiteral("بازدید منطقهٔ ۳")}});
    if (!claim) {
        qWarning() << "claim refused:" << outcome(claim);
        return 0;
    }
    const qint64 id = claim->value(u"id").toInteger();
    int day = 0;
    for (const auto &[type, amount, receipt] : lines) {
        QJsonObject line{
            {QStringLiteral("claim_id"), id},
            {QStringLiteral("expense_type"), QString::fromLatin1(type)},
            {QStringLiteral("spent_on"), QDate(2026, 11, 15).addDays(day++).toString(Qt::ISODate)},
            {QStringLiteral("amount_rials"), amount}};
        if (receipt)
            line.insert(QStringLiteral("receipt_sha256"), QString::fromLatin1(receipt));
        if (const auto written = create(w->officer, "expense_lines", line); !written) {
            qWarning() << "line refused:" << outcome(written);
            return 0;
        }
    }
    return id;
}

qint64 MissionServerFixture::submittedClaim(
    const QList<std::tuple<const char *, qint64, const char *>> &lines)
{
    const qint64 id = draftClaim(lines);
    const auto submitted = update(w->officer, "expense_claims", id,
                                  {{QStringLiteral("status"), QStringLiteral("submitted")}});
    if (!submitted) {
        qWarning() << "submission refused:" << outcome(submitted);
        return 0;
    }
    return id;
}

QList<QJsonObject> MissionServerFixture::steps(const char *subjectType, qint64 subjectId)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("SELECT * FROM approval_steps WHERE subject_type = ? AND "
                                 "subject_id = ? AND deleted = 0 ORDER BY chain, step, id"));
    query.addBindValue(QString::fromLatin1(subjectType));
    query.addBindValue(subjectId);
    QList<QJsonObject> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < query.record().count(); ++i)
            row.insert(query.record().fieldName(i), query.isNull(i)
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue::fromVariant(query.value(i)));
        rows << row;
    }
    return rows;
}

QJsonObject MissionServerFixture::row(const char *entityName, qint64 id)
{
    const auto read = m_store->get(m_admin, entity(entityName), id);
    return read ? *read : QJsonObject();
}

Reply MissionServerFixture::push(const QString &user, const QJsonArray &mutations)
{
    return send("POST", QStringLiteral("/api/v1/sync/push"),
                {{QStringLiteral("mutations"), mutations}}, user);
}

} // namespace Shahrvand::Testing
