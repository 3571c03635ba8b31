#pragma once

#include "routing.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class SearchPicker;

// The reference rows case screens choose from (services with their responsible units,
// teams, districts, users, published knowledge articles), read from the cache once per
// screen: a city has hundreds of them, not millions.
class CaseCatalog final
{
public:
    explicit CaseCatalog(Cache::LocalCache &cache);

    // The service's name in the interface's language, with its responsible unit.
    void fillServices(SearchPicker *picker) const;
    void fillTeams(SearchPicker *picker) const;
    void fillDistricts(SearchPicker *picker) const;
    void fillUsers(SearchPicker *picker) const;
    void fillArticles(SearchPicker *picker) const;

    QJsonObject service(qint64 id) const;
    QString unitName(qint64 id) const;
    QString userName(qint64 id) const;
    // The row's name in the interface's language (name_fa or name_en).
    static QString nameOf(const QJsonObject &row);
    bool isEmpty() const { return m_services.isEmpty(); }
    // The cached routing rules, as the server's router reads them.
    CaseWork::Router router() const;
    static CaseWork::RoutingRule ruleOf(const QJsonObject &row);

private:
    static QString bothNames(const QJsonObject &row);

    QList<QJsonObject> m_services;
    QList<QJsonObject> m_units;
    QList<QJsonObject> m_users;
    QList<QJsonObject> m_articles;
    QList<QJsonObject> m_rules;
};

} // namespace Shahrvand::Ui
