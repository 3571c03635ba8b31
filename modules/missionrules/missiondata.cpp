#include "missiondata.h"

#include "principalloader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Shahrvand::MissionRules {

namespace {

const QString liveLines =
    QStringLiteral("SELECT l.id, l.claim_id, l.expense_type, l.spent_on, l.amount_rials, l.vendor,"
                   " l.receipt_sha256, CASE WHEN EXISTS (SELECT 1 FROM attachments a WHERE"
                   " a.owner_type = 'expense_line' AND a.owner_id = l.id AND a.deleted = 0)"
                   " THEN 1 ELSE 0 END AS attached" // a number on both backends
                   " FROM expense_lines l");

QList<Missions::ExpenseLine> linesOf(const QList<QJsonObject> &rows)
{
    QList<Missions::ExpenseLine> lines;
    for (const QJsonObject &row : rows) {
        Missions::ExpenseLine line = Missions::ExpenseLine::fromRow(row);
        line.hasReceipt = line.hasReceipt || row.value(u"attached").toInteger() != 0;
        lines << line;
    }
    return lines;
}

} // namespace

MissionData::MissionData(QSqlDatabase &db)
    : m_db(db)
{}

Expected<QList<QJsonObject>, QString> MissionData::select(const QString &sql,
                                                          const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return query.lastError().text();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text();
    QList<QJsonObject> rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            // A NULL column reads as a null value of the column's type, which
            // QJsonValue::fromVariant would turn into 0 or "".
            row.insert(record.fieldName(i), query.isNull(i)
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue::fromVariant(query.value(i)));
        rows << row;
    }
    return rows;
}

Expected<std::optional<QJsonObject>, QString> MissionData::row(const QString &table, qint64 id)
{
    // Table names come from the rules' code, never from a request.
    const auto rows =
        select(QStringLiteral("SELECT * FROM %1 WHERE id = ? AND deleted = 0").arg(table), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(rows->first());
}

Expected<QSet<UserId>, QString> MissionData::assignees(qint64 missionId)
{
    const auto rows = select(QStringLiteral("SELECT user_id FROM mission_assignees WHERE "
                                            "mission_id = ? AND deleted = 0"),
                             {missionId});
    if (!rows)
        return rows.error();
    QSet<UserId> users;
    for (const QJsonObject &row : *rows)
        users.insert(UserId(row.value(u"user_id").toInteger()));
    return users;
}

Expected<QList<Missions::ExpenseLine>, QString> MissionData::claimLines(qint64 claimId)
{
    const auto rows =
        select(liveLines + QStringLiteral(" WHERE l.claim_id = ? AND l.deleted = 0 ORDER BY l.id"),
               {claimId});
    if (!rows)
        return rows.error();
    return linesOf(*rows);
}

Expected<QList<Missions::ExpenseLine>, QString> MissionData::otherClaimsLines(qint64 claimantId,
                                                                              qint64 claimId)
{
    // Withdrawn and rejected claims no longer ask for anything: their receipts may be
    // claimed again.
    const auto rows = select(
        liveLines + QStringLiteral(" JOIN expense_claims c ON c.id = l.claim_id WHERE"
                                   " c.claimant_id = ? AND c.id <> ? AND c.deleted = 0 AND"
                                   " l.deleted = 0 AND c.status NOT IN ('withdrawn', 'rejected')"
                                   " ORDER BY l.id"),
        {claimantId, claimId});
    if (!rows)
        return rows.error();
    return linesOf(*rows);
}

Expected<QList<Missions::ExpensePolicy>, QString> MissionData::expensePolicies()
{
    const auto rows =
        select(QStringLiteral("SELECT * FROM expense_policies WHERE deleted = 0 ORDER BY id"), {});
    if (!rows)
        return rows.error();
    QList<Missions::ExpensePolicy> policies;
    for (const QJsonObject &row : *rows)
        policies << Missions::ExpensePolicy::fromRow(row);
    return policies;
}

Expected<QList<Missions::ApprovalRule>, QString> MissionData::approvalRules()
{
    const auto rows =
        select(QStringLiteral("SELECT * FROM approval_rules WHERE deleted = 0 ORDER BY id"), {});
    if (!rows)
        return rows.error();
    QList<Missions::ApprovalRule> rules;
    for (const QJsonObject &row : *rows) {
        if (const auto rule = Missions::ApprovalRule::fromRow(row))
            rules << *rule;
    }
    return rules;
}

Expected<QList<OrgUnitId>, QString> MissionData::unitAncestry(OrgUnitId unit)
{
    QList<OrgUnitId> chain;
    qint64 next = unit.value();
    // The depth bound stops the walk should the tree ever contain a cycle.
    while (next > 0 && chain.size() < 64 && !chain.contains(OrgUnitId(next))) {
        chain << OrgUnitId(next);
        const auto rows =
            select(QStringLiteral("SELECT parent_id FROM org_units WHERE id = ?"), {next});
        if (!rows)
            return rows.error();
        next = rows->isEmpty() ? 0 : rows->first().value(u"parent_id").toInteger();
    }
    return chain;
}

Expected<QList<Missions::StepFacts>, QString> MissionData::subjectSteps(const QString &subjectType,
                                                                        qint64 subjectId)
{
    const auto rows = select(QStringLiteral("SELECT * FROM approval_steps WHERE subject_type = ? "
                                            "AND subject_id = ? AND deleted = 0 ORDER BY id"),
                             {subjectType, subjectId});
    if (!rows)
        return rows.error();
    QList<Missions::StepFacts> steps;
    for (const QJsonObject &row : *rows)
        steps << Missions::StepFacts::fromRow(row);
    return steps;
}

Expected<QList<Access::Principal>, QString> MissionData::delegators(UserId delegate,
                                                                    const QDateTime &now)
{
    const auto rows = select(
        QStringLiteral("SELECT DISTINCT approver_id FROM delegations WHERE delegate_id = ? AND "
                       "deleted = 0 AND starts_at <= ? AND ends_at > ? ORDER BY approver_id"),
        {delegate.value(), now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()});
    if (!rows)
        return rows.error();
    QList<Access::Principal> approvers;
    for (const QJsonObject &row : *rows) {
        const auto loaded =
            Auth::PrincipalLoader::load(m_db, UserId(row.value(u"approver_id").toInteger()));
        if (!loaded)
            return loaded.error();
        if (*loaded) // an inactive approver lends no right
            approvers << **loaded;
    }
    return approvers;
}

Expected<QSet<Access::Role>, QString> MissionData::roles(UserId user)
{
    const auto rows =
        select(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {user.value()});
    if (!rows)
        return rows.error();
    QSet<Access::Role> roles;
    for (const QJsonObject &row : *rows) {
        if (const auto role = Access::roleFromCode(row.value(u"role").toString()))
            roles.insert(*role);
    }
    return roles;
}

Expected<QList<std::pair<qint64, QString>>, QString> MissionData::caseOutcomes(qint64 missionId)
{
    const auto rows =
        select(QStringLiteral("SELECT case_id, outcome FROM mission_cases WHERE mission_id = ? "
                              "AND deleted = 0 AND outcome <> '' ORDER BY id"),
               {missionId});
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, QString>> outcomes;
    for (const QJsonObject &row : *rows)
        outcomes.append({row.value(u"case_id").toInteger(), row.value(u"outcome").toString()});
    return outcomes;
}

} // namespace Shahrvand::MissionRules
