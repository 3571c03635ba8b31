#include "slamonitor.h"

#include "casedata.h"
#include "casewriterules.h"
#include "dwelltime.h"
#include "rowwriter.h"
#include "slaclock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSla, "shahrvand.sla")

namespace Shahrvand::CaseService {

using namespace CaseWork;
using CaseRules::CaseData;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::CaseRules)
};

// The system as a principal: no user; the administrator role so that it sees and may write
// every case.
Access::Principal systemPrincipal()
{
    Access::Principal principal;
    principal.username = QStringLiteral("system");
    principal.roles = {Access::Role::Administrator};
    return principal;
}

QString ruleError(const CaseRules::CaseRuleError &error)
{
    return error.detail.isEmpty() ? error.code : error.detail;
}

} // namespace

SlaMonitor::SlaMonitor(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_store(std::move(database), clock)
{}

Expected<SlaCheckReport, QString> SlaMonitor::checkOnce()
{
    SlaCheckReport report;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    // In id order, so a case whose next check stays due (an action that could not be
    // carried out) is visited once per run and never holds up the others. The due cases
    // are found along the index of next checks: SQLite's planner would otherwise walk
    // every case in id order for the few due (a second of a core at a million cases, every
    // minute, taken from the requests).
    qint64 afterId = 0;
    for (;;) {
        QList<qint64> due;
        {
            Storage::PreparedQuery query = m_database->prepared(
                QStringLiteral("SELECT id FROM cases%1 WHERE sla_next_at <= ? AND deleted = 0 "
                               "AND id > ? ORDER BY id LIMIT 200")
                    .arg(m_database->indexHint(QStringLiteral("cases_sla_next"))));
            query->addBindValue(nowMs);
            query->addBindValue(afterId);
            if (!query.isPrepared() || !query->exec())
                return query->lastError().text();
            while (query->next())
                due << query->value(0).toLongLong();
        }
        if (due.isEmpty())
            return report;
        for (qint64 id : std::as_const(due)) {
            if (const auto checked = checkCase(id, report); !checked)
                return checked.error();
        }
        afterId = due.last();
    }
}

Expected<bool, QString> SlaMonitor::checkCase(qint64 caseId, SlaCheckReport &report)
{
    const QDateTime now = m_clock.now().toUTC();
    const Access::Principal system = systemPrincipal();
    const Entities::EntityDef &entity = *Entities::findEntity(u"cases");
    QSqlDatabase db = m_database->connection();
    Storage::Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return transaction.error();
    const EntityStore::Store::Write write{db, system, entity, QStringLiteral("sla-timer")};
    const auto locked = m_store.lockAndRead(write, caseId);
    if (!locked)
        return locked.error().kind == EntityStore::StoreError::Kind::NotFound
                   ? Expected<bool, QString>(true)
                   : Expected<bool, QString>(locked.error().detail);
    const QVariantMap &row = locked->row;
    ++report.casesChecked;

    CaseData data(db);
    const CaseState state = CaseData::stateOf(row);
    std::optional<SlaPolicy> policy;
    if (const qint64 id = row.value(QStringLiteral("sla_policy_id")).toLongLong(); id > 0) {
        const auto stored = data.slaPolicy(id);
        if (!stored)
            return ruleError(stored.error());
        policy = *stored;
    }
    QList<SlaFiring> firings;
    if (policy && !state.slaPausedAt.isValid() && state.status != CaseStatus::Resolved &&
        state.status != CaseStatus::Closed) {
        const auto calendar = data.calendar(policy->calendarId);
        const auto history = data.history(caseId);
        const auto fired = data.firedThresholds(caseId);
        if (!calendar || !history || !fired)
            return QStringLiteral("cannot read the SLA facts of case %1").arg(caseId);
        QList<PauseInterval> closedPauses;
        for (const PauseInterval &pause : slaPausesFromHistory(*history)) {
            if (!pause.isOpen())
                closedPauses << pause;
        }
        const SlaEvaluation evaluation =
            evaluateSla(*policy, *calendar, slaCaseTimes(state, closedPauses), now);
        for (const SlaClockStatus *clock : {&evaluation.firstResponse, &evaluation.resolution}) {
            if (clock->completedAt.isValid())
                continue;
            const QString code = CaseRules::slaClockCode(clock->clock) + QLatin1Char('/');
            if (clock->warningReached &&
                !fired->contains(code + CaseRules::slaThresholdCode(SlaThreshold::Warning)))
                firings << SlaFiring{clock->clock, SlaThreshold::Warning, clock->warningAt,
                                     policy->warningActions};
            if (clock->breachReached &&
                !fired->contains(code + CaseRules::slaThresholdCode(SlaThreshold::Breach)))
                firings << SlaFiring{clock->clock, SlaThreshold::Breach, clock->dueAt,
                                     policy->breachActions};
        }
    }

    bool escalate = false;
    QString priority = row.value(QStringLiteral("priority")).toString();
    const QString originalPriority = priority;
    QString escalationReason;
    for (const SlaFiring &firing : std::as_const(firings)) {
        ++report.firings;
        const QString clock = CaseRules::slaClockCode(firing.clock);
        const QString threshold = CaseRules::slaThresholdCode(firing.threshold);
        QJsonArray actionCodes;
        for (SlaActionKind action : firing.actions)
            actionCodes.append(slaActionCode(action));
        {
            Storage::PreparedQuery insert = Storage::Database::prepared(
                db, QStringLiteral("INSERT INTO sla_firings (case_id, clock, threshold, "
                                   "crossed_at, fired_at, actions) VALUES (?, ?, ?, ?, ?, ?)"));
            insert->addBindValue(caseId);
            insert->addBindValue(clock);
            insert->addBindValue(threshold);
            insert->addBindValue(firing.at.toMSecsSinceEpoch());
            insert->addBindValue(now.toMSecsSinceEpoch());
            insert->addBindValue(
                QString::fromUtf8(QJsonDocument(actionCodes).toJson(QJsonDocument::Compact)));
            if (!insert.isPrepared() || !insert->exec())
                return insert->lastError().text();
        }
        QList<qint64> recipients;
        for (SlaActionKind action : firing.actions) {
            switch (action) {
            case SlaActionKind::NotifyOwner:
                if (state.owner.isValid())
                    recipients << state.owner.value();
                break;
            case SlaActionKind::NotifySupervisor: {
                // The supervisors of the team, or of the nearest unit above it with any.
                qint64 unit = state.team.value();
                for (int depth = 0; unit > 0 && depth < 16; ++depth) {
                    QList<qint64> found;
                    qint64 parent = 0;
                    {
                        Storage::PreparedQuery query = Storage::Database::prepared(
                            db, QStringLiteral(
                                    "SELECT uu.user_id FROM user_units uu JOIN user_roles r ON "
                                    "r.user_id = uu.user_id AND r.role = 'supervisor' JOIN users u "
                                    "ON u.id = uu.user_id AND u.active <> 0 WHERE uu.unit_id = ? "
                                    "ORDER BY uu.user_id"));
                        query->addBindValue(unit);
                        if (!query.isPrepared() || !query->exec())
                            return query->lastError().text();
                        while (query->next())
                            found << query->value(0).toLongLong();
                    }
                    if (!found.isEmpty()) {
                        recipients << found;
                        break;
                    }
                    Storage::PreparedQuery up = Storage::Database::prepared(
                        db, QStringLiteral("SELECT parent_id FROM org_units WHERE id = ?"));
                    up->addBindValue(unit);
                    if (!up.isPrepared() || !up->exec())
                        return up->lastError().text();
                    parent = up->next() ? up->value(0).toLongLong() : 0;
                    unit = parent;
                }
                break;
            }
            case SlaActionKind::Escalate:
                escalate = true;
                escalationReason =
                    firing.threshold == SlaThreshold::Breach
                        ? Tr::tr("The service level was breached; the SLA timer escalated the "
                                 "case.")
                        : Tr::tr("The service level is about to be breached; the SLA timer "
                                 "escalated the case.");
                break;
            case SlaActionKind::RaisePriority:
                priority = raisedPriority(priority);
                ++report.priorityRaises;
                break;
            }
        }
        // Synced rows (versioned and audited), so each reaches its user's next pull.
        QSet<qint64> notified;
        Records::RowWriter writer(db, m_database->backend());
        const Records::WriteContext context{std::nullopt, write.client, now.toMSecsSinceEpoch()};
        for (qint64 user : std::as_const(recipients)) {
            if (notified.contains(user))
                continue;
            notified.insert(user);
            const auto written =
                writer.insert(QStringLiteral("notifications"),
                              {{QStringLiteral("user_id"), user},
                               {QStringLiteral("case_id"), caseId},
                               {QStringLiteral("kind"), QStringLiteral("sla_") + threshold},
                               {QStringLiteral("clock"), clock}},
                              context);
            if (!written)
                return written.error().detail;
            ++report.notifications;
        }
    }

    if (escalate) {
        const CaseWorkflow workflow;
        if (const auto refusal =
                workflow.check(state, CaseActionKind::Escalate, Actor::systemActor(), now)) {
            qCInfo(lcSla) << "case" << caseId << "not escalated:" << int(refusal->code);
            escalate = false;
        } else {
            ++report.escalations;
        }
    }
    QVariantMap changes;
    if (priority != originalPriority)
        changes.insert(QStringLiteral("priority"), priority);
    if (escalate) {
        changes.insert(QStringLiteral("status"), caseStatusCode(CaseStatus::Escalated));
        changes.insert(QStringLiteral("tier"), std::max(state.tier, helpDeskTier) + 1);
        changes.insert(QStringLiteral("status_reason"), escalationReason);
    }
    if (!changes.isEmpty()) {
        // Through the store: the case rules write the history row and the next check.
        const auto updated = m_store.updateRow(write, *locked, changes);
        if (!updated)
            return QStringLiteral("case %1: %2").arg(caseId).arg(updated.error().detail);
    } else {
        CaseRules::CaseWriteRules rules(db, system, now);
        QVariantMap sla;
        if (const auto filled = rules.fillSla(caseId, row, {}, false, sla); !filled)
            return ruleError(filled.error());
        Storage::PreparedQuery update = Storage::Database::prepared(
            db, QStringLiteral("UPDATE cases SET sla_next_at = ? WHERE id = ?"));
        update->addBindValue(sla.value(QStringLiteral("sla_next_at")));
        update->addBindValue(caseId);
        if (!update.isPrepared() || !update->exec())
            return update->lastError().text();
    }
    if (!transaction.commit())
        return transaction.error();
    return true;
}

} // namespace Shahrvand::CaseService
