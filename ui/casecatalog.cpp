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
    , m_articles(allRows(cache, QStringLiteral("knowledge_articles")))
    , m_rules(allRows(cache, QStringLiteral("routing_rules")))
{}

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
    rule.ownerStrategy =
        CaseWork::ownerStrategyFromCode(row.value(u"owner_strategy").toString())
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
        picker->addItem(user.value(u"id").toInteger(), user.value(u"display_name").toString(),
                        user.value(u"username").toString());
    }
}

void CaseCatalog::fillArticles(SearchPicker *picker) const
{
    picker->clearItems();
    for (const QJsonObject &article : m_articles) {
        if (article.value(u"status").toString() != u"published")
            continue;
        picker->addItem(article.value(u"id").toInteger(), article.value(u"title").toString());
    }
}

} // namespace Shahrvand::Ui
