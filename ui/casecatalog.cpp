#include "casecatalog.h"

#include "localcache.h"
#include "searchpicker.h"

#include <QLocale>

namespace Shahrvand::Ui {

namespace {

QList<QJsonObject> allRows(Cache::LocalCache &cache, const QString &entity)
{
    QList<QJsonObject> result;
    std::optional<qint64> after;
    for (;;) {
        const auto page = cache.rows(entity, 1000, after);
        if (!page || page->isEmpty())
            break;
        result += *page;
        after = page->last().value(u"id").toInteger();
        if (page->size() < 1000)
            break;
    }
    return result;
}

} // namespace

CaseCatalog::CaseCatalog(Cache::LocalCache &cache)
    : m_services(allRows(cache, QStringLiteral("services")))
    , m_units(allRows(cache, QStringLiteral("org_units")))
    , m_users(allRows(cache, QStringLiteral("users")))
    , m_cache(cache)
    , m_rules(allRows(cache, QStringLiteral("routing_rules")))
    , m_calendars(allRows(cache, QStringLiteral("business_calendars")))
    , m_holidays(allRows(cache, QStringLiteral("calendar_holidays")))
{
    for (const QJsonObject &row : allRows(cache, QStringLiteral("sla_policies"))) {
        CaseWork::SlaPolicy policy;
        policy.id = row.value(u"id").toInteger();
        policy.name = row.value(u"name").toString();
        policy.service = ServiceId(row.value(u"service_id").toInteger());
        policy.priority = row.value(u"priority").toString();
        policy.calendarId = row.value(u"calendar_id").toInteger();
        policy.firstResponseMinutes = row.value(u"first_response_minutes").toInteger();
        policy.resolutionMinutes = row.value(u"resolution_minutes").toInteger();
        policy.warningPercent = row.value(u"warning_percent").toInt(80);
        policy.warningActions =
            CaseWork::slaActionsFromJson(row.value(u"warning_actions").toArray()).valueOr({});
        policy.breachActions =
            CaseWork::slaActionsFromJson(row.value(u"breach_actions").toArray()).valueOr({});
        m_policies << policy;
    }
}

const CaseWork::SlaPolicy *CaseCatalog::policyFor(const QJsonObject &caseRow) const
{
    if (const QJsonValue id = caseRow.value(u"sla_policy_id"); id.isDouble()) {
        for (const CaseWork::SlaPolicy &policy : m_policies) {
            if (policy.id == id.toInteger())
                return &policy;
        }
    }
    const qint64 service = caseRow.value(u"service_id").toInteger();
    QString priority = caseRow.value(u"priority").toString();
    if (priority.isEmpty())
        priority = this->service(service).value(u"default_priority").toString();
    return CaseWork::selectSlaPolicy(m_policies, ServiceId(service), priority);
}

std::optional<CaseWork::SlaEvaluation>
CaseCatalog::evaluateSla(const QJsonObject &caseRow,
                         const QList<CaseWork::PauseInterval> &closedPauses,
                         const QDateTime &now) const
{
    const CaseWork::SlaPolicy *policy = policyFor(caseRow);
    if (!policy)
        return std::nullopt;
    auto calendar = m_builtCalendars.constFind(policy->calendarId);
    if (calendar == m_builtCalendars.cend()) {
        CaseWork::BusinessCalendar built = CaseWork::BusinessCalendar::roundTheClock();
        for (const QJsonObject &row : m_calendars) {
            if (row.value(u"id").toInteger() != policy->calendarId)
                continue;
            QList<QDate> dates;
            for (const QJsonObject &holiday : m_holidays) {
                if (holiday.value(u"calendar_id").toInteger() == policy->calendarId)
                    dates << QDate::fromString(holiday.value(u"holiday_date").toString(),
                                               Qt::ISODate);
            }
            built = CaseWork::BusinessCalendar::fromRow(row.value(u"working_hours").toObject(),
                                                        row.value(u"time_zone").toString(), dates);
        }
        calendar = m_builtCalendars.insert(policy->calendarId, built);
    }
    QJsonObject row = caseRow;
    // A case not yet on the server started when it was written here.
    if (!row.value(u"created_at").isDouble())
        row.insert(QStringLiteral("created_at"), now.toMSecsSinceEpoch());
    const CaseWork::CaseState state = CaseWork::caseStateFromRow(row.toVariantMap());
    return CaseWork::evaluateSla(*policy, *calendar, CaseWork::slaCaseTimes(state, closedPauses),
                                 now);
}

QList<CaseWork::StatusHistoryRow> CaseCatalog::historyRows(const QList<QJsonObject> &history)
{
    QList<CaseWork::StatusHistoryRow> rows;
    for (const QJsonObject &h : history) {
        CaseWork::StatusHistoryRow row;
        if (const QString from = h.value(u"from_status").toString(); !from.isEmpty())
            row.from = CaseWork::caseStatusFromCode(from);
        row.to = CaseWork::caseStatusFromCode(h.value(u"to_status").toString())
                     .value_or(CaseWork::CaseStatus::New);
        row.team = OrgUnitId(h.value(u"team_id").toInteger());
        row.owner = UserId(h.value(u"owner_id").toInteger());
        row.tier = h.value(u"tier").toInt(CaseWork::helpDeskTier);
        row.changedAt = QDateTime::fromMSecsSinceEpoch(h.value(u"changed_at").toInteger(), Qt::UTC);
        if (h.value(u"changed_at").isDouble())
            rows.append(row);
    }
    return rows;
}

CaseWork::RoutingRule CaseCatalog::ruleOf(const QJsonObject &row)
{
    CaseWork::RoutingRule rule;
    rule.id = row.value(u"id").toInteger();
    rule.position = row.value(u"position").toInt();
    rule.active = !row.value(u"active").isBool() || row.value(u"active").toBool();
    rule.service = ServiceId(row.value(u"service_id").toInteger());
    rule.district = OrgUnitId(row.value(u"district_id").toInteger());
    rule.channel = row.value(u"channel").toString();
    rule.keywords = row.value(u"keywords").toString();
    rule.priority = row.value(u"case_priority").toString();
    rule.team = OrgUnitId(row.value(u"team_id").toInteger());
    rule.ownerStrategy = CaseWork::ownerStrategyFromCode(row.value(u"owner_strategy").toString())
                             .value_or(CaseWork::OwnerStrategy::None);
    rule.owner = UserId(row.value(u"owner_id").toInteger());
    return rule;
}

CaseWork::Router CaseCatalog::router() const
{
    QList<CaseWork::RoutingRule> rules;
    for (const QJsonObject &row : m_rules)
        rules << ruleOf(row);
    return CaseWork::Router(rules);
}

QString CaseCatalog::nameOf(const QJsonObject &row)
{
    const bool persian = QLocale().language() == QLocale::Persian;
    const QString name = row.value(persian ? u"name_fa" : u"name_en").toString();
    return name.isEmpty() ? row.value(persian ? u"name_en" : u"name_fa").toString() : name;
}

QString CaseCatalog::bothNames(const QJsonObject &row)
{
    return row.value(u"name_fa").toString() + u' ' + row.value(u"name_en").toString();
}

QString CaseCatalog::unitName(qint64 id) const
{
    for (const QJsonObject &unit : m_units) {
        if (unit.value(u"id").toInteger() == id)
            return nameOf(unit);
    }
    return {};
}

QString CaseCatalog::userName(qint64 id) const
{
    for (const QJsonObject &user : m_users) {
        if (user.value(u"id").toInteger() == id)
            return user.value(u"display_name").toString();
    }
    return {};
}

QJsonObject CaseCatalog::service(qint64 id) const
{
    for (const QJsonObject &service : m_services) {
        if (service.value(u"id").toInteger() == id)
            return service;
    }
    return {};
}

void CaseCatalog::fillServices(SearchPicker *picker) const
{
    picker->clearItems();
    for (const QJsonObject &service : m_services) {
        if (service.value(u"active").isBool() && !service.value(u"active").toBool())
            continue;
        const QJsonValue unit = service.value(u"responsible_unit_id");
        picker->addItem(service.value(u"id").toInteger(), nameOf(service),
                        unit.isDouble() ? unitName(unit.toInteger()) : QString(),
                        bothNames(service) + u' ' + service.value(u"code").toString() + u' ' +
                            service.value(u"keywords").toString());
    }
}

void CaseCatalog::fillTeams(SearchPicker *picker) const
{
    picker->clearItems();
    for (const QJsonObject &unit : m_units) {
        const QString kind = unit.value(u"kind").toString();
        if (kind == u"team" || kind == u"department")
            picker->addItem(unit.value(u"id").toInteger(), nameOf(unit), {}, bothNames(unit));
    }
}

void CaseCatalog::fillDistricts(SearchPicker *picker) const
{
    picker->clearItems();
    for (const QJsonObject &unit : m_units) {
        if (unit.value(u"kind").toString() == u"district")
            picker->addItem(unit.value(u"id").toInteger(), nameOf(unit), {}, bothNames(unit));
    }
}

void CaseCatalog::fillUsers(SearchPicker *picker) const
{
    picker->clearItems();
    for (const QJsonObject &user : m_users) {
        if (user.value(u"active").isBool() && !user.value(u"active").toBool())
            continue;
        // The user name is found, not shown: a Latin identifier in a Persian list.
        picker->addItem(user.value(u"id").toInteger(), user.value(u"display_name").toString(), {},
                        user.value(u"username").toString());
    }
}

void CaseCatalog::fillArticles(SearchPicker *picker) const
{
    picker->clearItems();
    if (!m_articles)
        m_articles = allRows(m_cache, QStringLiteral("knowledge_articles"));
    for (const QJsonObject &article : *m_articles) {
        if (article.value(u"status").toString() != u"published")
            continue;
        picker->addItem(article.value(u"id").toInteger(), article.value(u"title").toString());
    }
}

} // namespace Shahrvand::Ui
