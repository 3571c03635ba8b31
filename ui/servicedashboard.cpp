#include "servicedashboard.h"

#include "casecatalog.h"
#include "casetext.h"
#include "chartparts.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "periodchooser.h"
#include "vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

using Cache::CaseStats;
using Charts::clear;
using Charts::countAxis;
using Charts::newChart;
using Charts::number;

using Charts::iranStartMs;

ServiceDashboard::ServiceDashboard(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("serviceDashboard"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    // The presets are Range's first values; its last, Custom, is the chooser's custom period.
    m_period =
        new PeriodChooser({PeriodChooser::Preset::Last7Days, PeriodChooser::Preset::Last30Days,
                           PeriodChooser::Preset::Last90Days, PeriodChooser::Preset::ThisMonth,
                           PeriodChooser::Preset::ThisYear},
                          PeriodChooser::Bound::AtMost400Days, this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setIndex(int(Range::Last30Days));
    m_period->setProblemLabel(m_asOf);
    m_bucketBox = new QComboBox(this);
    m_bucketBox->setObjectName(QStringLiteral("dashboardBucket"));
    m_channelBox = new QComboBox(this);
    m_channelBox->setObjectName(QStringLiteral("dashboardChannel"));
    m_serviceBox = new QComboBox(this);
    m_serviceBox->setObjectName(QStringLiteral("dashboardService"));
    m_teamBox = new QComboBox(this);
    m_teamBox->setObjectName(QStringLiteral("dashboardTeam"));
    for (int i = 0; i < 3; ++i)
        m_bucketBox->addItem(QString(), i);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addStretch(1);
    m_sourceBox = new QComboBox(this);
    m_sourceBox->setObjectName(QStringLiteral("dashboardSource"));
    m_sourceBox->addItem(QString(), false);
    m_sourceBox->addItem(QString(), true);
    m_sourceBox->hide(); // until a server query is given
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_sourceBox);
    filters->addWidget(m_period);
    for (QComboBox *box : {m_bucketBox, m_teamBox, m_channelBox, m_serviceBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(box);
    }

    // Two rows of four: the volume and backlog, then the times and the citizens' word.
    auto *kpis = new QGridLayout;
    kpis->setSpacing(8);
    m_tiles = std::make_unique<Charts::FigureTiles>(
        this, QStringList{QStringLiteral("total"), QStringLiteral("open"),
                          QStringLiteral("overdue"), QStringLiteral("onTime"),
                          QStringLiteral("escalated"), QStringLiteral("firstResponse"),
                          QStringLiteral("resolution"), QStringLiteral("satisfaction")});
    for (int i = 0; i < m_tiles->frames().size(); ++i)
        kpis->addWidget(m_tiles->frames().at(i), i / 4, i % 4);

    m_volume = newChart();
    m_channels = newChart();
    m_services = newChart();
    m_backlog = newChart();
    m_districts = newChart();
    m_recurring = newChart();
    auto *charts = new QGridLayout;
    const QList<QChart *> all{m_volume,  m_channels,  m_services,
                              m_backlog, m_recurring, m_districts};
    for (int i = 0; i < all.size(); ++i) {
        auto *view = new QChartView(all.at(i), this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        m_views << view;
        charts->addWidget(view, i / 2, i % 2);
    }
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_asOf);
    layout->addLayout(kpis);
    layout->addLayout(charts, 1);

    const auto changed = [this] {
        m_bucket = CaseStats::Bucket(m_bucketBox->currentData().toInt());
        refresh();
    };
    connect(m_period, &PeriodChooser::changed, this, [this] {
        refresh();
        emit choiceMade(choice().only(&DashboardChoice::period));
    });
    connect(m_teamBox, &QComboBox::activated, this, [this, changed] {
        changed();
        emit choiceMade(choice().only(&DashboardChoice::team));
    });
    connect(m_bucketBox, &QComboBox::activated, this, changed);
    connect(m_channelBox, &QComboBox::activated, this, [this, changed] {
        changed();
        emit choiceMade(choice().only(&DashboardChoice::channel));
    });
    connect(m_serviceBox, &QComboBox::activated, this, [this, changed] {
        changed();
        emit choiceMade(choice().only(&DashboardChoice::service));
    });
    connect(m_sourceBox, &QComboBox::activated, this, changed);
    retranslate();
}

ServiceDashboard::~ServiceDashboard()
{
    m_worker.stop();
}

void ServiceDashboard::setRange(Range range)
{
    m_period->setIndex(int(range));
    refresh();
}

void ServiceDashboard::setBucket(CaseStats::Bucket bucket)
{
    m_bucket = bucket;
    m_bucketBox->setCurrentIndex(int(bucket));
    refresh();
}

void ServiceDashboard::setChannel(const QString &channel)
{
    m_channelBox->setCurrentIndex(std::max(0, m_channelBox->findData(channel)));
    refresh();
}

void ServiceDashboard::setService(qint64 serviceId)
{
    m_serviceBox->setCurrentIndex(std::max(0, m_serviceBox->findData(serviceId)));
    refresh();
}

void ServiceDashboard::setToday(QDate today)
{
    m_today = today;
}

QDate ServiceDashboard::to() const
{
    return m_period->to(
        m_today.isValid() ? m_today : CaseStats::iranDate(QDateTime::currentMSecsSinceEpoch()));
}

QDate ServiceDashboard::from() const
{
    return m_period->from(
        m_today.isValid() ? m_today : CaseStats::iranDate(QDateTime::currentMSecsSinceEpoch()));
}

// Each level sees its own (Charts::levelFilter), narrowed by the filters.
Cache::CaseQueueFilter ServiceDashboard::filter() const
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

void ServiceDashboard::refresh()
{
    m_worker.stop();
    if (!m_catalog)
        fillFilters();
    const quint64 generation = ++m_generation;
    if (isFromServer()) {
        askServer(generation);
        return;
    }
    QPointer<ServiceDashboard> self(this);
    Cache::LocalCache *source = &m_cache;
    const Cache::CaseQueueFilter filter = this->filter();
    const QDate from = this->from();
    const QDate to = this->to();
    const CaseStats::Bucket bucket = m_bucket;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_worker.start([=](const std::atomic<bool> *cancel) {
        auto sibling = source->openSibling();
        if (!sibling)
            return;
        const auto stats = CaseStats::compute(**sibling, filter, from, to, bucket, now, cancel);
        if (cancel->load() || !stats)
            return;
        const CaseStats figures = *stats;
        QMetaObject::invokeMethod(
            self,
            [self, figures, generation] {
                if (self)
                    self->show(figures, generation);
            },
            Qt::QueuedConnection);
    });
}

void ServiceDashboard::fillFilters()
{
    m_catalog = std::make_unique<CaseCatalog>(m_cache);
    DashboardFilters::fillChannels(m_channelBox);
    DashboardFilters::fillServices(m_serviceBox, *m_catalog);
    DashboardFilters::fillTeams(m_teamBox, m_cache);
}

QString ServiceDashboard::serviceName(qint64 id) const
{
    if (id == 0)
        return tr("No service");
    const QString name = m_catalog ? CaseCatalog::nameOf(m_catalog->service(id)) : QString();
    return name.isEmpty() ? toLocalDigits(QString::number(id)) : name;
}

QString ServiceDashboard::periodLabel(QDate start) const
{
    const JalaliYearMonthDay ymd = jalaliYearMonthDay(start);
    if (m_bucket == CaseStats::Bucket::Month)
        return tr("%1 %2").arg(jalaliMonthName(ymd.month),
                               toLocalDigits(QString::number(ymd.year)));
    return tr("%1 %2").arg(toLocalDigits(QString::number(ymd.day)), jalaliMonthName(ymd.month));
}

void ServiceDashboard::show(const CaseStats &stats, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_stats = stats;
    const auto kpi = [this](const QString &key, const QString &text) {
        m_tiles->setValue(key, text);
    };
    kpi(QStringLiteral("total"), number(stats.total));
    kpi(QStringLiteral("open"), number(stats.open));
    kpi(QStringLiteral("overdue"), number(stats.openOverdue));
    const qint64 timed = stats.openOverdue + stats.openWithinTime;
    kpi(QStringLiteral("onTime"),
        timed == 0
            ? QStringLiteral("—")
            : toLocalDigits(QLocale().toString(100.0 * stats.openWithinTime / timed, 'f', 0)) +
                  QLocale().percent());
    kpi(QStringLiteral("escalated"), number(stats.escalated));
    const auto took = [](qint64 minutes) {
        return minutes < 0 ? QStringLiteral("—") : CaseText::amount(minutes);
    };
    kpi(QStringLiteral("firstResponse"), took(stats.averageFirstResponseMinutes()));
    kpi(QStringLiteral("resolution"), took(stats.averageResolutionMinutes()));
    kpi(QStringLiteral("satisfaction"),
        stats.surveyed == 0
            ? QStringLiteral("—")
            : tr("%1 of 5").arg(toLocalDigits(QLocale().toString(stats.averageScore(), 'f', 1))));
    m_tiles->setCaption(
        QStringLiteral("satisfaction"),
        stats.surveyed == 0
            ? tr("Satisfaction: no answers yet")
            : tr("Satisfaction (%1 answers; %2 satisfied)")
                  .arg(number(stats.surveyed),
                       toLocalDigits(QLocale().toString(100 * stats.satisfied / stats.surveyed)) +
                           QLocale().percent()));
    m_asOf->setStyleSheet(QString());
    m_asOf->setText(
        isFromServer()
            ? tr("Figures from the server, over every case you may see, as of %1.")
                  .arg(formatJalaliDateTime(QDateTime::currentDateTimeUtc(), DateStyle::Long))
            : Charts::copyAsOf(m_cache));
    drawVolume();
    drawChannels();
    drawServices();
    drawBacklog();
    drawDistricts();
    drawRecurring();
    emit ready();
}

void ServiceDashboard::drawVolume()
{
    clear(m_volume);
    auto *set = new QBarSet(tr("Requests"));
    qint64 maximum = 0;
    const QList<QDate> periods = m_stats.perPeriod.keys();
    for (const QDate &period : periods) {
        const qint64 count = m_stats.perPeriod.value(period);
        *set << double(count);
        maximum = std::max(maximum, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    m_volume->addSeries(series);
    // Bars stand at 0, 1, 2...; about eight of them are labelled, in the interface's
    // digits (a category axis would print every one, and elide them).
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype step = std::max<qsizetype>(1, (periods.size() + 7) / 8);
    for (qsizetype i = 0; i < periods.size(); i += step)
        axisX->append(periodLabel(periods.at(i)), double(i));
    axisX->setRange(-0.5, double(periods.size()) - 0.5);
    axisX->setGridLineVisible(false);
    m_volume->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QCategoryAxis *axisY = countAxis(maximum);
    m_volume->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    connect(set, &QBarSet::clicked, this, [this, periods](int index) {
        if (index < 0 || index >= periods.size())
            return;
        Cache::CaseQueueFilter drill = filter();
        const QDate start = periods.at(index);
        drill.createdAfter = iranStartMs(start);
        drill.createdBefore = iranStartMs(CaseStats::nextPeriod(start, m_bucket));
        emit drillDown(drill, tr("Requests of %1").arg(periodLabel(start)));
    });
}

void ServiceDashboard::drawChannels()
{
    clear(m_channels);
    auto *series = new QPieSeries;
    QList<std::pair<QString, qint64>> rows;
    for (auto it = m_stats.perChannel.cbegin(); it != m_stats.perChannel.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[channel, count] : rows) {
        QPieSlice *slice = series->append(
            tr("%1 (%2)").arg(FieldText::codeText(channel), number(count)), double(count));
        slice->setLabelVisible(rows.size() <= 6 || count * 20 >= m_stats.total);
        connect(slice, &QPieSlice::clicked, this, [this, channel] {
            Cache::CaseQueueFilter drill = filter();
            drill.channels = {channel};
            drill.createdAfter = iranStartMs(from());
            drill.createdBefore = iranStartMs(to().addDays(1));
            emit drillDown(drill, tr("Requests by %1").arg(FieldText::codeText(channel)));
        });
    }
    series->setPieSize(0.6);
    m_channels->addSeries(series);
}

void ServiceDashboard::drawServices()
{
    clear(m_services);
    QList<std::pair<qint64, qint64>> rows;
    for (auto it = m_stats.perService.cbegin(); it != m_stats.perService.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    rows = rows.mid(0, 8);
    std::reverse(rows.begin(), rows.end()); // the largest at the top
    auto *set = new QBarSet(tr("Requests"));
    QStringList names;
    qint64 maximum = 0;
    for (const auto &[service, count] : rows) {
        *set << double(count);
        names << serviceName(service);
        maximum = std::max(maximum, count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    m_services->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    m_services->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QCategoryAxis *axisX = countAxis(maximum);
    m_services->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        if (index < 0 || index >= rows.size())
            return;
        Cache::CaseQueueFilter drill = filter();
        drill.serviceIds = {rows.at(index).first};
        drill.createdAfter = iranStartMs(from());
        drill.createdBefore = iranStartMs(to().addDays(1));
        emit drillDown(drill, serviceName(rows.at(index).first));
    });
}

void ServiceDashboard::drawBacklog()
{
    clear(m_backlog);
    // Short labels under an axis title ("days open"): chart labels are rich text, so no "<".
    const QStringList names = Charts::ageAxisLabels(CaseStats::ageBounds());
    auto *set = new QBarSet(tr("Open cases"));
    qint64 maximum = 0;
    for (const qint64 count : m_stats.openByAge) {
        *set << double(count);
        maximum = std::max(maximum, count);
    }
    set->setColor(QColor(0x8a, 0x55, 0x00));
    auto *series = new QBarSeries;
    series->append(set);
    m_backlog->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(names);
    axisX->setTitleText(tr("Days open"));
    m_backlog->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QCategoryAxis *axisY = countAxis(maximum);
    m_backlog->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    connect(set, &QBarSet::clicked, this, [this, names](int index) {
        const QList<int> bounds = CaseStats::ageBounds();
        if (index < 0 || index > bounds.size())
            return;
        Cache::CaseQueueFilter drill = filter();
        drill.excludedStatuses = {QStringLiteral("resolved"), QStringLiteral("closed")};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr qint64 day = 86'400'000;
        // Age in [bounds[index-1], bounds[index]) days.
        if (index < bounds.size())
            drill.createdAfter = now - bounds.at(index) * day + 1;
        if (index > 0)
            drill.createdBefore = now - bounds.at(index - 1) * day + 1;
        emit drillDown(drill, tr("Open for %1 days").arg(names.value(index)));
    });
}

QList<QStringList> ServiceDashboard::figureRows() const
{
    QList<QStringList> rows = m_tiles->rows();
    for (auto it = m_stats.perPeriod.cbegin(); it != m_stats.perPeriod.cend(); ++it)
        rows.append({m_volume->title(), periodLabel(it.key()), number(it.value())});
    for (const QString &channel : Entities::Vocabulary::channels) {
        if (m_stats.perChannel.contains(channel))
            rows.append({m_channels->title(), FieldText::codeText(channel),
                         number(m_stats.perChannel.value(channel))});
    }
    for (auto it = m_stats.perService.cbegin(); it != m_stats.perService.cend(); ++it)
        rows.append({m_services->title(), serviceName(it.key()), number(it.value())});
    const QList<int> bounds = CaseStats::ageBounds();
    for (qsizetype i = 0; i < m_stats.openByAge.size(); ++i)
        rows.append(
            {m_backlog->title(), Charts::ageRangeText(bounds, i), number(m_stats.openByAge.at(i))});
    return rows;
}

QLabel *ServiceDashboard::kpiLabel(const QString &key) const
{
    return m_tiles->value(key);
}

void ServiceDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_catalog.reset();
        fillFilters();
        if (m_generation > 0)
            show(m_stats, m_generation);
    }
    QWidget::changeEvent(event);
}

void ServiceDashboard::retranslate()
{
    const QStringList ranges{tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                             tr("This month"), tr("This year")};
    m_period->setPresetTexts(ranges);
    m_sourceBox->setItemText(0, tr("This computer's copy"));
    m_sourceBox->setItemText(1, tr("The whole organisation (server)"));
    const QStringList buckets{tr("By day"), tr("By week"), tr("By month")};
    for (int i = 0; i < buckets.size(); ++i)
        m_bucketBox->setItemText(i, buckets.at(i));
    const auto user = m_cache.user();
    m_scope->setText(!user ? QString()
                     : user->roles.contains(Access::Role::Administrator)
                         ? tr("Service: every case in this computer's copy")
                     : user->roles.contains(Access::Role::Supervisor)
                         ? tr("Service: the cases of your units")
                         : tr("Service: your cases"));
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    m_tiles->setCaptions({tr("Requests in the period"), tr("Still open"), tr("Open and overdue"),
                          tr("Open cases within their time"), tr("Escalated"),
                          tr("Average time to first response"), tr("Average time to resolution"),
                          tr("Satisfaction")});
    m_districts->setTitle(tr("By district"));
    m_recurring->setTitle(tr("Recurring problems: a service in a district"));
    m_volume->setTitle(tr("Requests over time"));
    m_channels->setTitle(tr("By channel"));
    m_services->setTitle(tr("Busiest services"));
    m_backlog->setTitle(tr("Open backlog by age"));
}

} // namespace Shahrvand::Ui
