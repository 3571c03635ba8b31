#pragma once

#include "businesscalendar.h"
#include "caseruleerror.h"
#include "caseworkflow.h"
#include "expected.h"
#include "principal.h"
#include "routing.h"
#include "slaclock.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace Shahrvand::CaseRules {

// Reads what the case rules need from the server's database, on the caller's connection
// (inside its write transaction). Rows are column -> value maps as EntityStore reads them.
class CaseData final
{
public:
    explicit CaseData(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The workflow fields of a cases row.
    static CaseWork::CaseState stateOf(const QVariantMap &row);
    // The actor of a write: a principal without a user is the system (SLA timer, seeding).
    static CaseWork::Actor actorOf(const Access::Principal &principal);
    static QDateTime instant(const QVariant &ms);
    static QVariant msOrNull(const QDateTime &instant);

    struct Service
    {
        OrgUnitId responsibleUnit;
        QString defaultPriority;
    };
    Expected<Service, CaseRuleError> service(qint64 serviceId);

    Expected<CaseWork::Router, CaseRuleError> router();
    Expected<CaseWork::RoutingCursors, CaseRuleError> cursors();
    // The members of a team who take cases (agents, senior agents), with their open cases.
    Expected<QList<CaseWork::TeamMember>, CaseRuleError> roster(OrgUnitId team);
    Expected<bool, CaseRuleError> storeCursor(qint64 ruleId, UserId user);

    Expected<QList<CaseWork::SlaPolicy>, CaseRuleError> slaPolicies();
    Expected<std::optional<CaseWork::SlaPolicy>, CaseRuleError> slaPolicy(qint64 id);
    Expected<CaseWork::BusinessCalendar, CaseRuleError> calendar(qint64 calendarId);
    // The case's status history, oldest first.
    Expected<QList<CaseWork::StatusHistoryRow>, CaseRuleError> history(qint64 caseId);
    // "first_response/warning", ... of the thresholds that fired for the case.
    Expected<QSet<QString>, CaseRuleError> firedThresholds(qint64 caseId);

    static CaseRuleError internal(const QString &detail);

private:
    QSqlDatabase m_db;
};

// "first_response" / "resolution", "warning" / "breach": as stored in sla_firings.
QString slaClockCode(CaseWork::SlaClockKind clock);
QString slaThresholdCode(CaseWork::SlaThreshold threshold);

} // namespace Shahrvand::CaseRules
