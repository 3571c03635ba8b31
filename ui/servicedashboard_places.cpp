// The service dashboard's places: requests by district, the recurring problems (a service
// asked for again and again in one district), the team filter, and a custom Jalali period.
#include "servicedashboard.h"

#include "casecatalog.h"
#include "chartparts.h"
#include "jalalidate.h"
#include "localcache.h"
#include "periodchooser.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>

#include <algorithm>

namespace Shahrvand::Ui {

using Cache::CaseStats;
using Charts::iranStartMs;

namespace {

// The largest eight, the largest at the top, over an axis in the interface's digits; a
// click gives the chosen row's index in `rows`.
QBarSet *topBars(QChart *chart, const QString &name, QList<std::pair<QString, qint64>> rows,
                 const QColor &color)
{
    auto *set = new QBarSet(name);
    QStringList names;
    qint64 maximum = 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        *set << double(it->second);
        names << it->first;
        maximum = std::max(maximum, it->second);
    }
    set->setColor(color);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QCategoryAxis *axisX = Charts::countAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return set;
}

template<typename Key>
QList<std::pair<Key, qint64>> largest(const QHash<Key, qint64> &counts, qsizetype limit)
{
    QList<std::pair<Key, qint64>> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return rows.mid(0, limit);
}

} // namespace

QString ServiceDashboard::unitName(qint64 id) const
{
    if (id == 0)
        return tr("No district");
    const auto row = m_cache.row(QStringLiteral("org_units"), id);
    const QString name = row && *row ? CaseCatalog::nameOf(**row) : QString();
    return name.isEmpty() ? toLocalDigits(QString::number(id)) : name;
}

void ServiceDashboard::drawDistricts()
{
    Charts::clear(m_districts);
    const auto rows = largest(m_stats.perDistrict, 8);
    QList<std::pair<QString, qint64>> named;
    for (const auto &[district, count] : rows)
        named.append({unitName(district), count});
    QBarSet *set = topBars(m_districts, tr("Requests"), named, QColor(0x1f, 0x5f, 0x8b));
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        const qsizetype row = rows.size() - 1 - index; // bars run from the last up
        if (row < 0 || row >= rows.size())
            return;
        Cache::CaseQueueFilter drill = filter();
        drill.districtIds = {rows.at(row).first};
        drill.createdAfter = iranStartMs(from());
        drill.createdBefore = iranStartMs(to().addDays(1));
        emit drillDown(drill, tr("Requests in %1").arg(unitName(rows.at(row).first)));
    });
}

void ServiceDashboard::drawRecurring()
{
    Charts::clear(m_recurring);
    const auto rows = largest(m_stats.perServiceDistrict, 8);
    QList<std::pair<QString, qint64>> named;
    for (const auto &[key, count] : rows) {
        const qint64 district = CaseStats::districtOfKey(key);
        const QString service = serviceName(CaseStats::serviceOfKey(key));
        named.append({district == 0 ? tr("%1, no district").arg(service)
                                    : tr("%1 in %2").arg(service, unitName(district)),
                      count});
    }
    QBarSet *set = topBars(m_recurring, tr("Requests"), named, QColor(0x8a, 0x55, 0x00));
    connect(set, &QBarSet::clicked, this, [this, rows, named](int index) {
        const qsizetype row = rows.size() - 1 - index;
        if (row < 0 || row >= rows.size())
            return;
        Cache::CaseQueueFilter drill = filter();
        drill.serviceIds = {CaseStats::serviceOfKey(rows.at(row).first)};
        if (const qint64 district = CaseStats::districtOfKey(rows.at(row).first); district > 0)
            drill.districtIds = {district};
        drill.createdAfter = iranStartMs(from());
        drill.createdBefore = iranStartMs(to().addDays(1));
        emit drillDown(drill, named.at(row).first);
    });
}

void ServiceDashboard::setTeam(qint64 teamId)
{
    if (!m_catalog)
        fillFilters();
    m_teamBox->setCurrentIndex(std::max(0, m_teamBox->findData(teamId)));
    refresh();
}

DashboardChoice ServiceDashboard::choice() const
{
    DashboardChoice choice;
    choice.period = DashboardFilters::periodOf(
        m_period,
        m_today.isValid() ? m_today : CaseStats::iranDate(QDateTime::currentMSecsSinceEpoch()));
    choice.team = m_teamBox->currentData().toLongLong();
    choice.service = m_serviceBox->currentData().toLongLong();
    choice.channel = m_channelBox->currentData().toString();
    return choice;
}

bool ServiceDashboard::follow(const DashboardChoice &choice)
{
    if (!m_catalog)
        fillFilters();
    const DashboardChoice before = this->choice();
    if (choice.period)
        DashboardFilters::follow(m_period, *choice.period);
    if (choice.team)
        DashboardFilters::choose(m_teamBox, *choice.team);
    if (choice.service)
        DashboardFilters::choose(m_serviceBox, *choice.service);
    if (choice.channel)
        DashboardFilters::choose(m_channelBox, *choice.channel);
    return this->choice() != before;
}

QString ServiceDashboard::setCustomRange(const QString &from, const QString &to)
{
    return m_period->setCustomRange(from, to);
}

} // namespace Shahrvand::Ui
