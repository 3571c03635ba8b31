#pragma once

#include "routing.h"
#include "slaclock.h"

#include <QHash>

#include <optional>

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
    const QList<QJsonObject> &services() const { return m_services; }
    QString unitName(qint64 id) const;
    QString userName(qint64 id) const;
    // The row's name in the interface's language (name_fa or name_en).
    static QString nameOf(const QJsonObject &row);
    bool isEmpty() const { return m_services.isEmpty(); }
    // The case's two SLA clocks as of `now`, by its own policy (or, for a case the server
    // has not seen yet, the policy the server will choose) on the policy's business
    // calendar: the same library and rows the server uses, so offline and online agree.
    // `closedPauses`: the waits for the citizen that ended (slaPausesFromHistory).
    std::optional<CaseWork::SlaEvaluation>
    evaluateSla(const QJsonObject &caseRow, const QList<CaseWork::PauseInterval> &closedPauses,
                const QDateTime &now) const;
    // The policy a case row is timed by, or nullptr.
    const CaseWork::SlaPolicy *policyFor(const QJsonObject &caseRow) const;

    // The cached routing rules, as the server's router reads them.
    CaseWork::Router router() const;
    static CaseWork::RoutingRule ruleOf(const QJsonObject &row);
    // case_status_history rows as the workflow library reads them (rows not yet timed by
    // the server are left out).
    static QList<CaseWork::StatusHistoryRow> historyRows(const QList<QJsonObject> &history);

private:
    static QString bothNames(const QJsonObject &row);

    QList<QJsonObject> m_services;
    QList<QJsonObject> m_units;
    QList<QJsonObject> m_users;
    Cache::LocalCache &m_cache;
    mutable std::optional<QList<QJsonObject>> m_articles; // read when first needed: large
    QList<QJsonObject> m_rules;
    QList<CaseWork::SlaPolicy> m_policies;
    QList<QJsonObject> m_calendars;
    QList<QJsonObject> m_holidays;
    mutable QHash<qint64, CaseWork::BusinessCalendar> m_builtCalendars;
};

} // namespace Shahrvand::Ui
