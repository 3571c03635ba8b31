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
{}

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
