#pragma once

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
    bool isEmpty() const { return m_services.isEmpty(); }

private:
    static QString nameOf(const QJsonObject &row);
    static QString bothNames(const QJsonObject &row);

    QList<QJsonObject> m_services;
    QList<QJsonObject> m_units;
    QList<QJsonObject> m_users;
    QList<QJsonObject> m_articles;
};

} // namespace Shahrvand::Ui
