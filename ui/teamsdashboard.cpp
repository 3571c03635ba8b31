#include "teamsdashboard.h"

#include "casecatalog.h"
#include "casestats.h"
#include "chartparts.h"
#include "dwelltotalsdialog.h"
#include "jalalidate.h"
#include "localcache.h"
#include "periodchooser.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

using Cache::TeamStats;
using Charts::countAxis;
using Charts::iranStartMs;
using Charts::number;

namespace {

constexpr int ownerRole = Qt::UserRole + 1;
const QStringList closedStatuses{QStringLiteral("resolved"), QStringLiteral("closed")};

QString took(qint64 minutes)
{
    return minutes < 0 ? QStringLiteral("—") : CaseText::amount(minutes);
}

// The teams by open cases, the busiest first (at most eight).
QList<std::pair<qint64, TeamStats::Load>> busiest(const QHash<qint64, TeamStats::Load> &loads)
{
    QList<std::pair<qint64, TeamStats::Load>> rows;
    for (auto it = loads.cbegin(); it != loads.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second.open != b.second.open ? a.second.open > b.second.open : a.first < b.first;
    });
    return rows.mid(0, 8);
}

} // namespace

TeamsDashboard::TeamsDashboard(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_names(cache)
{
    setObjectName(QStringLiteral("teamsDashboard"));
    m_scope = new QLabel(this);
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    m_asOf = new QLabel(this);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    // The presets are Range's first values; its last, Custom, is the chooser's custom period.
    m_period =
        new PeriodChooser({PeriodChooser::Preset::Last7Days, PeriodChooser::Preset::Last30Days,
                           PeriodChooser::Preset::Last90Days, PeriodChooser::Preset::ThisMonth},
                          PeriodChooser::Bound::AtMost400Days, this);
    m_period->setObjectName(QStringLiteral("teamsPeriod"));
    m_period->setIndex(int(Range::Last30Days));
    m_period->setProblemLabel(m_asOf);
    m_teamBox = new QComboBox(this);
    m_teamBox->setObjectName(QStringLiteral("teamsTeam"));
    m_channelBox = new QComboBox(this);
    m_channelBox->setObjectName(QStringLiteral("teamsChannel"));
    m_serviceBox = new QComboBox(this);
    m_serviceBox->setObjectName(QStringLiteral("teamsService"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addStretch(1);
    filters->addWidget(m_period);
    // As on the service dashboard: the team, then the channel and the service.
    const auto chosen = [this](QComboBox *box, auto filter) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::activated, this, [this, filter] {
            refresh();
            emit choiceMade(choice().only(filter));
        });
    };
    chosen(m_teamBox, &DashboardChoice::team);
    chosen(m_channelBox, &DashboardChoice::channel);
    chosen(m_serviceBox, &DashboardChoice::service);
    for (QComboBox *box : {m_teamBox, m_channelBox, m_serviceBox})
        filters->addWidget(box);

    auto *kpis = new QHBoxLayout;
    m_tiles = std::make_unique<Charts::FigureTiles>(
        this,
        QStringList{QStringLiteral("open"), QStringLiteral("overdue"), QStringLiteral("escalated"),
                    QStringLiteral("resolved"), QStringLiteral("resolution")});
    for (QFrame *frame : m_tiles->frames())
        kpis->addWidget(frame, 1);

    m_load = Charts::newChart();
    m_load->legend()->show();
    m_load->legend()->setAlignment(Qt::AlignBottom);
    m_dwellChart = Charts::newChart();
    auto *charts = new QHBoxLayout;
    for (QChart *chart : {m_load, m_dwellChart}) {
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        charts->addWidget(view, 1);
    }

    m_peopleTitle = new QLabel(this);
    m_peopleTitle->setFont(bold);
    m_people = new QTreeWidget(this);
    m_people->setObjectName(QStringLiteral("teamsPeople"));
    m_people->setRootIsDecorated(false);
    m_people->setColumnCount(6);
    m_people->setSortingEnabled(false);
    m_people->setMinimumHeight(160);
    m_people->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 6; ++column)
        m_people->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_asOf);
    layout->addLayout(kpis);
    layout->addLayout(charts, 2);
    layout->addWidget(m_peopleTitle);
    layout->addWidget(m_people, 1);

    connect(m_period, &PeriodChooser::changed, this, [this] {
        refresh();
        emit choiceMade(choice().only(&DashboardChoice::period));
    });
    connect(m_people, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Cache::CaseQueueFilter drill = filter();
        const qint64 owner = item->data(0, ownerRole).toLongLong();
        drill.excludedStatuses = closedStatuses;
        if (owner == 0)
            drill.unassigned = true;
        else
            drill.onlyOwnerIds = {owner};
        emit drillDown(drill, tr("Open cases of %1").arg(item->text(0)));
    });
    retranslate();
}

TeamsDashboard::~TeamsDashboard()
{
    m_worker.stop();
}

void TeamsDashboard::setRange(Range range)
{
    m_period->setIndex(int(range));
    refresh();
}

QString TeamsDashboard::setCustomRange(const QString &from, const QString &to)
{
    return m_period->setCustomRange(from, to);
}

qint64 TeamsDashboard::now() const
{
    return m_nowMs != 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

QDate TeamsDashboard::to() const
{
    return m_period->to(Cache::CaseStats::iranDate(now()));
}

QDate TeamsDashboard::from() const
{
    return m_period->from(Cache::CaseStats::iranDate(now()));
}

// Each level sees its own (Charts::levelFilter), narrowed by the filters.
Cache::CaseQueueFilter TeamsDashboard::filter() const
{
    Cache::CaseQueueFilter filter = Charts::levelFilter(m_cache);
    if (const QString channel = m_channelBox->currentData().toString(); !channel.isEmpty())
        filter.channels = {channel};
    if (const qint64 service = m_serviceBox->currentData().toLongLong(); service > 0)
        filter.serviceIds = {service};
    if (const qint64 team = m_teamBox->currentData().toLongLong(); team > 0)
        filter.onlyTeamIds = {team};
    return filter;
}

void TeamsDashboard::fillFilters()
{
    m_catalog = std::make_unique<CaseCatalog>(m_cache);
    DashboardFilters::fillTeams(m_teamBox, m_cache);
    DashboardFilters::fillChannels(m_channelBox);
    DashboardFilters::fillServices(m_serviceBox, *m_catalog);
}

void TeamsDashboard::setTeam(qint64 teamId)
{
    if (!m_catalog)
        fillFilters();
    m_teamBox->setCurrentIndex(std::max(0, m_teamBox->findData(teamId)));
    refresh();
}

void TeamsDashboard::setService(qint64 serviceId)
{
    if (!m_catalog)
        fillFilters();
    m_serviceBox->setCurrentIndex(std::max(0, m_serviceBox->findData(serviceId)));
    refresh();
}

void TeamsDashboard::setChannel(const QString &channel)
{
    if (!m_catalog)
        fillFilters();
    m_channelBox->setCurrentIndex(std::max(0, m_channelBox->findData(channel)));
    refresh();
}

DashboardChoice TeamsDashboard::choice() const
{
    DashboardChoice choice;
    choice.period = DashboardFilters::periodOf(m_period, Cache::CaseStats::iranDate(now()));
    choice.team = m_teamBox->currentData().toLongLong();
    choice.service = m_serviceBox->currentData().toLongLong();
    choice.channel = m_channelBox->currentData().toString();
    return choice;
}

bool TeamsDashboard::follow(const DashboardChoice &choice)
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

void TeamsDashboard::refresh()
{
    m_worker.stop();
    if (!m_catalog)
        fillFilters();
    const quint64 generation = ++m_generation;
    QPointer<TeamsDashboard> self(this);
    Cache::LocalCache *source = &m_cache;
    const Cache::CaseQueueFilter filter = this->filter();
    const QDate from = this->from();
    const QDate to = this->to();
    const qint64 nowMs = now();
    m_worker.start([=](const std::atomic<bool> *cancel) {
        auto sibling = source->openSibling();
        if (!sibling)
            return;
        const auto stats = TeamStats::compute(**sibling, filter, from, to, nowMs, cancel);
        if (cancel->load() || !stats)
            return;
        Figures figures;
        figures.stats = *stats;
        // Where the period's cases spent their time: their status histories (sealed rows,
        // at most DwellTotalsDialog::limit cases).
        Cache::CaseQueueFilter period = filter;
        period.createdAfter = iranStartMs(from);
        period.createdBefore = iranStartMs(to.addDays(1));
        figures.dwell = DwellTotalsDialog::sum(**sibling, period,
                                               QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                               &figures.dwellCases, cancel);
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self,
            [self, figures, generation] {
                if (self)
                    self->showFigures(figures, generation);
            },
            Qt::QueuedConnection);
    });
}

void TeamsDashboard::showFigures(const Figures &figures, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_stats = figures.stats;
    m_dwell = figures.dwell;
    m_dwellCases = figures.dwellCases;
    m_names.clear();
    const auto kpi = [this](const QString &key, const QString &text) {
        m_tiles->setValue(key, text);
    };
    kpi(QStringLiteral("open"), number(m_stats.total.open));
    kpi(QStringLiteral("overdue"), number(m_stats.total.overdue));
    kpi(QStringLiteral("escalated"), number(m_stats.total.escalated));
    kpi(QStringLiteral("resolved"), number(m_stats.total.resolved));
    kpi(QStringLiteral("resolution"), took(m_stats.total.averageResolutionMinutes()));
    m_asOf->setText(Charts::copyAsOf(m_cache));
    drawLoad();
    drawDwell();
    fillPeople();
    emit ready();
}

void TeamsDashboard::drawLoad()
{
    Charts::clear(m_load);
    const auto rows = busiest(m_stats.perTeam);
    auto *late = new QBarSet(tr("Overdue"));
    auto *onTime = new QBarSet(tr("Within time"));
    late->setColor(QColor(0xb0, 0x1c, 0x1c));
    onTime->setColor(QColor(0x1f, 0x5f, 0x8b));
    QStringList names;
    qint64 maximum = 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        *late << double(it->second.overdue);
        *onTime << double(it->second.open - it->second.overdue);
        names << (it->first == 0 ? tr("No team")
                                 : m_names.name(QStringLiteral("org_units"), it->first));
        maximum = std::max(maximum, it->second.open);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(late);
    series->append(onTime);
    m_load->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    m_load->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QCategoryAxis *axisX = countAxis(maximum);
    m_load->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    const auto open = [this, rows](int index) {
        const qsizetype row = rows.size() - 1 - index; // bars run from the last up
        if (row < 0 || row >= rows.size())
            return;
        Cache::CaseQueueFilter drill = filter();
        drill.onlyTeamIds = {rows.at(row).first};
        drill.excludedStatuses = closedStatuses;
        emit drillDown(drill,
                       tr("Open cases of %1")
                           .arg(m_names.name(QStringLiteral("org_units"), rows.at(row).first)));
    };
    connect(late, &QBarSet::clicked, this, open);
    connect(onTime, &QBarSet::clicked, this, open);
}

void TeamsDashboard::drawDwell()
{
    Charts::clear(m_dwellChart);
    // Hours per case with each team, the longest first.
    QList<std::pair<OrgUnitId, qint64>> rows;
    for (auto it = m_dwell.secondsPerTeam.cbegin(); it != m_dwell.secondsPerTeam.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.value() < b.first.value();
    });
    rows = rows.mid(0, 8);
    auto *set = new QBarSet(tr("Hours per case"));
    set->setColor(QColor(0x8a, 0x55, 0x00));
    QStringList names;
    qint64 maximum = 0;
    const qint64 cases = std::max<qint64>(1, m_dwellCases);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const double hours = double(it->second) / 3600.0 / double(cases);
        *set << hours;
        names << m_names.name(QStringLiteral("org_units"), it->first.value());
        maximum = std::max(maximum, qint64(hours + 0.999));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    m_dwellChart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    m_dwellChart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QCategoryAxis *axisX = countAxis(maximum);
    axisX->setTitleText(tr("Hours per case (%1 cases of the period)").arg(number(m_dwellCases)));
    m_dwellChart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

void TeamsDashboard::fillPeople()
{
    m_people->clear();
    QList<std::pair<qint64, TeamStats::Load>> rows;
    for (auto it = m_stats.perOwner.cbegin(); it != m_stats.perOwner.cend(); ++it) {
        if (it.value().open > 0 || it.value().resolved > 0)
            rows.append({it.key(), it.value()});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second.open != b.second.open ? a.second.open > b.second.open : a.first < b.first;
    });
    for (const auto &[owner, load] : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(m_people);
        item->setText(0, owner == 0 ? tr("Nobody (unassigned)")
                                    : m_names.name(QStringLiteral("users"), owner));
        item->setData(0, ownerRole, owner);
        item->setText(1, number(load.open));
        item->setText(2, number(load.overdue));
        item->setText(3, number(load.escalated));
        item->setText(4, number(load.resolved));
        item->setText(5, took(load.averageResolutionMinutes()));
        for (int column = 1; column < 6; ++column)
            item->setTextAlignment(column, Qt::AlignCenter);
        if (load.overdue > 0)
            item->setForeground(2, CaseText::foreground(QStringLiteral("breached")));
    }
}

QList<QStringList> TeamsDashboard::figureRows() const
{
    QList<QStringList> rows = m_tiles->rows();
    for (auto it = m_stats.perTeam.cbegin(); it != m_stats.perTeam.cend(); ++it) {
        const QString team =
            it.key() == 0 ? tr("No team") : m_names.name(QStringLiteral("org_units"), it.key());
        rows.append({m_load->title(), team, number(it.value().open)});
    }
    for (int row = 0; row < m_people->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_people->topLevelItem(row);
        rows.append({m_peopleTitle->text(), item->text(0), item->text(1)});
    }
    return rows;
}

QLabel *TeamsDashboard::kpiLabel(const QString &key) const
{
    return m_tiles->value(key);
}

void TeamsDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_catalog)
            fillFilters();
        if (m_generation > 0)
            showFigures({m_stats, m_dwell, m_dwellCases}, m_generation);
    }
    QWidget::changeEvent(event);
}

void TeamsDashboard::retranslate()
{
    const QStringList ranges{tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                             tr("This month")};
    m_period->setPresetTexts(ranges);
    const auto user = m_cache.user();
    m_scope->setText(!user ? QString()
                     : user->roles.contains(Access::Role::Administrator)
                         ? tr("Teams: every team in this computer's copy")
                     : user->roles.contains(Access::Role::Supervisor)
                         ? tr("Teams: your units")
                         : tr("Teams: your own cases"));
    m_tiles->setCaptions({tr("Open now"), tr("Open and overdue"), tr("Escalated, open"),
                          tr("Resolved in the period"), tr("Average time to resolution")});
    m_load->setTitle(tr("Open cases per team"));
    m_dwellChart->setTitle(tr("Where the period's cases spent their time"));
    m_peopleTitle->setText(tr("Workload per person"));
    m_people->setHeaderLabels({tr("Person"), tr("Open"), tr("Overdue"), tr("Escalated"),
                               tr("Resolved in the period"), tr("Average resolution")});
}

} // namespace Shahrvand::Ui
