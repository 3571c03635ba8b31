#include "casedata.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCaseRules, "shahrvand.caserules")

namespace Shahrvand::CaseRules {

using namespace CaseWork;

CaseRuleError CaseData::internal(const QString &detail)
{
    qCWarning(lcCaseRules) << detail;
    CaseRuleError error;
    error.kind = CaseRuleError::Kind::Internal;
    error.detail = detail;
    return error;
}

QDateTime CaseData::instant(const QVariant &ms)
{
    if (ms.isNull() || !ms.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QVariant CaseData::msOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

CaseState CaseData::stateOf(const QVariantMap &row)
{
    // The same reading as the workstation's (modules/casework).
    return caseStateFromRow(row);
}

Actor CaseData::actorOf(const Access::Principal &principal)
{
    return principal.userId.isValid() ? Actor::fromPrincipal(principal) : Actor::systemActor();
}

Expected<CaseData::Service, CaseRuleError> CaseData::service(qint64 serviceId)
{
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db,
        QStringLiteral("SELECT responsible_unit_id, default_priority FROM services WHERE id = ?"));
    query->addBindValue(serviceId);
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    Service service;
    if (query->next()) {
        service.responsibleUnit = OrgUnitId(query->value(0).toLongLong());
        service.defaultPriority = query->value(1).toString();
    }
    return service;
}

Expected<Router, CaseRuleError> CaseData::router()
{
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("SELECT id, position, service_id, district_id, channel, keywords, "
                             "case_priority, team_id, owner_strategy, owner_id FROM routing_rules "
                             "WHERE deleted = 0 AND active <> 0 ORDER BY position, id"));
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    QList<RoutingRule> rules;
    while (query->next()) {
        RoutingRule rule;
        rule.id = query->value(0).toLongLong();
        rule.position = query->value(1).toInt();
        rule.service = ServiceId(query->value(2).toLongLong());
        rule.district = OrgUnitId(query->value(3).toLongLong());
        rule.channel = query->value(4).toString();
        rule.keywords = query->value(5).toString();
        rule.priority = query->value(6).toString();
        rule.team = OrgUnitId(query->value(7).toLongLong());
        rule.ownerStrategy =
            ownerStrategyFromCode(query->value(8).toString()).value_or(OwnerStrategy::None);
        rule.owner = UserId(query->value(9).toLongLong());
        rules << rule;
    }
    return Router(rules);
}

Expected<RoutingCursors, CaseRuleError> CaseData::cursors()
{
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("SELECT id, cursor_user_id FROM routing_rules "
                             "WHERE deleted = 0 AND cursor_user_id IS NOT NULL"));
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    RoutingCursors cursors;
    while (query->next())
        cursors.insert(query->value(0).toLongLong(), UserId(query->value(1).toLongLong()));
    return cursors;
}

Expected<QList<TeamMember>, CaseRuleError> CaseData::roster(OrgUnitId team)
{
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db,
        QStringLiteral(
            "SELECT u.id, (SELECT COUNT(*) FROM cases c WHERE c.owner_id = u.id AND c.deleted = 0 "
            "AND c.status NOT IN ('resolved', 'closed')) FROM users u "
            "JOIN user_units uu ON uu.user_id = u.id WHERE uu.unit_id = ? AND u.active <> 0 "
            "AND u.deleted = 0 AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id "
            "AND r.role IN ('agent', 'senior_agent')) ORDER BY u.id"));
    query->addBindValue(team.value());
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    QList<TeamMember> members;
    while (query->next())
        members << TeamMember{UserId(query->value(0).toLongLong()), query->value(1).toInt(), true};
    return members;
}

Expected<bool, CaseRuleError> CaseData::storeCursor(qint64 ruleId, UserId user)
{
    // Bookkeeping of the server, not data for clients: no version, no audit line.
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("UPDATE routing_rules SET cursor_user_id = ? WHERE id = ?"));
    query->addBindValue(user.isValid() ? QVariant(user.value()) : QVariant());
    query->addBindValue(ruleId);
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    return true;
}

namespace {

SlaPolicy policyOf(const QSqlQuery &query)
{
    SlaPolicy policy;
    policy.id = query.value(0).toLongLong();
    policy.name = query.value(1).toString();
    policy.service = ServiceId(query.value(2).toLongLong());
    policy.priority = query.value(3).toString();
    policy.calendarId = query.value(4).toLongLong();
    policy.firstResponseMinutes = query.value(5).toLongLong();
    policy.resolutionMinutes = query.value(6).toLongLong();
    policy.warningPercent = query.value(7).isNull() ? 80 : query.value(7).toInt();
    const auto actions = [](const QVariant &text) {
        const auto parsed =
            slaActionsFromJson(QJsonDocument::fromJson(text.toString().toUtf8()).array());
        if (!parsed)
            qCWarning(lcCaseRules) << "unknown SLA action" << parsed.error() << "ignored";
        return parsed ? *parsed : QList<SlaActionKind>();
    };
    policy.warningActions = actions(query.value(8));
    policy.breachActions = actions(query.value(9));
    return policy;
}

const QString policyColumns = QStringLiteral(
    "SELECT id, name, service_id, priority, calendar_id, first_response_minutes, "
    "resolution_minutes, warning_percent, warning_actions, breach_actions FROM sla_policies ");

} // namespace

Expected<QList<SlaPolicy>, CaseRuleError> CaseData::slaPolicies()
{
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, policyColumns + QStringLiteral("WHERE deleted = 0 ORDER BY id"));
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    QList<SlaPolicy> policies;
    while (query->next())
        policies << policyOf(*query);
    return policies;
}

Expected<std::optional<SlaPolicy>, CaseRuleError> CaseData::slaPolicy(qint64 id)
{
    Storage::PreparedQuery query =
        Storage::Database::prepared(m_db, policyColumns + QStringLiteral("WHERE id = ?"));
    query->addBindValue(id);
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    if (!query->next())
        return std::optional<SlaPolicy>();
    return std::optional<SlaPolicy>(policyOf(*query));
}

Expected<BusinessCalendar, CaseRuleError> CaseData::calendar(qint64 calendarId)
{
    if (calendarId <= 0)
        return BusinessCalendar::roundTheClock();
    QJsonObject hours;
    QString zone;
    {
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db, QStringLiteral("SELECT working_hours, time_zone FROM business_calendars "
                                 "WHERE id = ? AND deleted = 0"));
        query->addBindValue(calendarId);
        if (!query.isPrepared() || !query->exec())
            return internal(query->lastError().text());
        if (!query->next())
            return BusinessCalendar::roundTheClock();
        hours = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
        zone = query->value(1).toString();
    }
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("SELECT holiday_date FROM calendar_holidays WHERE calendar_id = ? "
                             "AND deleted = 0"));
    query->addBindValue(calendarId);
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    QList<QDate> holidays;
    while (query->next())
        holidays << QDate::fromString(query->value(0).toString(), Qt::ISODate);
    // Read as the workstation reads it (BusinessCalendar::fromRow): an administrator's
    // mistake must not stop cases from being registered; office hours stand in.
    bool usable = true;
    BusinessCalendar result = BusinessCalendar::fromRow(hours, zone, holidays, &usable);
    if (!usable)
        qCWarning(lcCaseRules) << "business calendar" << calendarId
                               << "is not usable; using office hours";
    return result;
}

Expected<QList<StatusHistoryRow>, CaseRuleError> CaseData::history(qint64 caseId)
{
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("SELECT from_status, to_status, team_id, owner_id, tier, changed_by, "
                             "changed_at, reason FROM case_status_history WHERE case_id = ? "
                             "AND deleted = 0 ORDER BY changed_at, id"));
    query->addBindValue(caseId);
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    QList<StatusHistoryRow> rows;
    while (query->next()) {
        StatusHistoryRow row;
        if (!query->value(0).isNull())
            row.from = caseStatusFromCode(query->value(0).toString());
        row.to = caseStatusFromCode(query->value(1).toString()).value_or(CaseStatus::New);
        row.team = OrgUnitId(query->value(2).toLongLong());
        row.owner = UserId(query->value(3).toLongLong());
        row.tier = query->value(4).isNull() ? helpDeskTier : query->value(4).toInt();
        row.changedBy = UserId(query->value(5).toLongLong());
        row.changedAt = instant(query->value(6));
        row.reason = query->value(7).toString();
        rows << row;
    }
    return rows;
}

Expected<QSet<QString>, CaseRuleError> CaseData::firedThresholds(qint64 caseId)
{
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("SELECT clock, threshold FROM sla_firings WHERE case_id = ?"));
    query->addBindValue(caseId);
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    QSet<QString> fired;
    while (query->next())
        fired.insert(query->value(0).toString() + QLatin1Char('/') + query->value(1).toString());
    return fired;
}

QString slaClockCode(SlaClockKind clock)
{
    return clock == SlaClockKind::FirstResponse ? QStringLiteral("first_response")
                                                : QStringLiteral("resolution");
}

QString slaThresholdCode(SlaThreshold threshold)
{
    return threshold == SlaThreshold::Warning ? QStringLiteral("warning")
                                              : QStringLiteral("breach");
}

} // namespace Shahrvand::CaseRules
