#include "forecastpanel.h"

#include "casecatalog.h"
#include "casestats.h"
#include "chartparts.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QScatterSeries>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Shahrvand::Ui {

using Charts::number;

namespace {

const QColor actualColor(0x1f, 0x5f, 0xa8);
const QColor forecastColor(0xc0, 0x62, 0x0a);

QString count(double value)
{
    return number(qRound64(std::max(0.0, value)));
}

// A week's error: tenths below ten ("1.5"), whole requests above.
QString error(double value)
{
    return value < 10 ? toLocalDigits(QLocale().toString(value, 'f', 1)) : count(value);
}

} // namespace

ForecastPanel::ForecastPanel(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("forecastPanel"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("forecastScope"));
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    m_serviceBox = new QComboBox(this);
    m_serviceBox->setObjectName(QStringLiteral("forecastService"));
    m_serviceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serviceBox->addItem(QString(), qint64(0));
    m_teamBox = new QComboBox(this);
    m_teamBox->setObjectName(QStringLiteral("forecastTeam"));
    m_channelBox = new QComboBox(this);
    m_channelBox->setObjectName(QStringLiteral("forecastChannel"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addStretch(1);
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
    top->addWidget(m_teamBox);
    top->addWidget(m_channelBox);
    top->addWidget(m_serviceBox);

    m_chart = Charts::newChart();
    m_chart->legend()->show();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(320);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("forecastSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_serviceBox, &QComboBox::activated, this, [this] {
        m_service = m_serviceBox->currentData().toLongLong();
        redraw();
        emit choiceMade(choice().only(&DashboardChoice::service));
    });
    retranslate();
}

ForecastPanel::~ForecastPanel()
{
    m_worker.stop();
}

void ForecastPanel::setToday(QDate today)
{
    m_today = today;
}

void ForecastPanel::setService(qint64 serviceId)
{
    m_service = serviceId;
    if (m_counted) {
        fillServices();
        redraw();
    }
}

qint64 ForecastPanel::service() const
{
    return m_service;
}

QDate ForecastPanel::today() const
{
    return m_today.isValid() ? m_today
                             : Cache::CaseStats::iranDate(QDateTime::currentMSecsSinceEpoch());
}

QDate ForecastPanel::firstForecastWeek() const
{
    return Cache::CaseStats::periodStart(today(), Cache::CaseStats::Bucket::Week);
}

// Each level sees its own (Charts::levelFilter), narrowed to the team and channel chosen.
Cache::CaseQueueFilter ForecastPanel::filter() const
{
    Cache::CaseQueueFilter filter = Charts::levelFilter(m_cache);
    if (const QString channel = m_channelBox->currentData().toString(); !channel.isEmpty())
        filter.channels = {channel};
    if (const qint64 team = m_teamBox->currentData().toLongLong(); team > 0)
        filter.onlyTeamIds = {team};
    return filter;
}

void ForecastPanel::fillFilters()
{
    m_filtersFilled = true;
    DashboardFilters::fillTeams(m_teamBox, m_cache);
    DashboardFilters::fillChannels(m_channelBox);
}

void ForecastPanel::setTeam(qint64 teamId)
{
    if (!m_filtersFilled)
        fillFilters();
    m_teamBox->setCurrentIndex(std::max(0, m_teamBox->findData(teamId)));
}

void ForecastPanel::setChannel(const QString &channel)
{
    if (!m_filtersFilled)
        fillFilters();
    m_channelBox->setCurrentIndex(std::max(0, m_channelBox->findData(channel)));
}

DashboardChoice ForecastPanel::choice() const
{
    DashboardChoice choice;
    choice.team = m_teamBox->currentData().toLongLong();
    choice.channel = m_channelBox->currentData().toString();
    choice.service = m_service;
    return choice;
}

bool ForecastPanel::follow(const DashboardChoice &choice)
{
    if (!m_filtersFilled)
        fillFilters();
    const DashboardChoice before = this->choice();
    if (choice.team)
        DashboardFilters::choose(m_teamBox, *choice.team);
    if (choice.channel)
        DashboardFilters::choose(m_channelBox, *choice.channel);
    // Offered only among the busiest services once the weeks are counted (fillServices):
    // one that is not falls back to every service there.
    if (choice.service)
        m_service = *choice.service;
    return this->choice() != before;
}

void ForecastPanel::refresh()
{
    m_worker.stop();
    if (!m_filtersFilled)
        fillFilters();
    const quint64 generation = ++m_generation;
    QPointer<ForecastPanel> self(this);
    Cache::LocalCache *source = &m_cache;
    const Cache::CaseQueueFilter filter = this->filter();
    const QDate today = this->today();
    m_worker.start([=](const std::atomic<bool> *cancel) {
        auto sibling = source->openSibling();
        if (!sibling)
            return;
        const auto weeks = Cache::CaseWeeks::count(**sibling, filter, today, weeksCounted,
                                                   servicesOffered, cancel);
        if (cancel->load() || !weeks)
            return;
        const Cache::CaseWeeks counted = *weeks;
        QMetaObject::invokeMethod(
            self,
            [self, counted, generation] {
                if (self)
                    self->showWeeks(counted, generation);
            },
            Qt::QueuedConnection);
    });
}

void ForecastPanel::showWeeks(const Cache::CaseWeeks &weeks, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_weeks = weeks;
    m_counted = true;
    m_catalog = std::make_unique<CaseCatalog>(m_cache);
    fillServices();
    redraw();
    emit ready();
}

void ForecastPanel::fillServices()
{
    if (!m_catalog)
        m_catalog = std::make_unique<CaseCatalog>(m_cache);
    m_serviceBox->clear();
    m_serviceBox->addItem(tr("All services"), qint64(0));
    for (const Cache::CaseWeeks::Service &service : std::as_const(m_weeks.services)) {
        const QString name = CaseCatalog::nameOf(m_catalog->service(service.serviceId));
        m_serviceBox->addItem(name.isEmpty() ? number(service.serviceId) : name, service.serviceId);
    }
    const int index = m_serviceBox->findData(m_service);
    if (index < 0)
        m_service = 0;
    m_serviceBox->setCurrentIndex(std::max(0, index));
}

QList<qint64> ForecastPanel::history() const
{
    // The history starts with the series' first week with requests: the weeks before it
    // say only that this copy holds nothing older.
    const QList<qint64> counts = m_weeks.countsOf(m_service);
    const auto first =
        std::find_if(counts.cbegin(), counts.cend(), [](qint64 value) { return value > 0; });
    return QList<qint64>(first, counts.cend());
}

void ForecastPanel::redraw()
{
    m_forecast = CaseWork::RequestForecast::compute(history(), weeksAhead);
    drawChart();
    writeSummary();
}

QList<QStringList> ForecastPanel::figureRows() const
{
    QList<QStringList> rows;
    const QString title = m_chart->title();
    if (!m_forecast.enoughHistory) {
        rows.append({title, m_serviceBox->currentText(), m_summary->text()});
        return rows;
    }
    for (qsizetype i = 0; i < m_forecast.forecast.size(); ++i)
        rows.append({title, weekLabel(firstForecastWeek().addDays(7 * i)),
                     tr("%1 (%2 to %3)")
                         .arg(count(m_forecast.forecast.at(i)), count(m_forecast.low.value(i)),
                              count(m_forecast.high.value(i)))});
    if (m_forecast.meanAbsoluteError >= 0)
        rows.append({title, tr("Error on past weeks (requests a week)"),
                     error(m_forecast.meanAbsoluteError)});
    return rows;
}

QString ForecastPanel::weekLabel(QDate start) const
{
    const JalaliYearMonthDay ymd = jalaliYearMonthDay(start);
    return tr("%1 %2").arg(toLocalDigits(QString::number(ymd.day)), jalaliMonthName(ymd.month));
}

void ForecastPanel::drawChart()
{
    Charts::clear(m_chart);
    m_chart->setTitle(m_forecast.enoughHistory
                          ? tr("Requests per week and the next four weeks' forecast")
                          : tr("Requests per week"));
    const QList<qint64> counts = m_weeks.countsOf(m_service);
    const qsizetype shown = std::min<qsizetype>(weeksShown, counts.size());
    const qsizetype skipped = counts.size() - shown; // weeks counted but not drawn
    const bool forecasting = m_forecast.enoughHistory;
    const qsizetype points = shown + (forecasting ? weeksAhead : 0);
    double maximum = 0;

    auto *actual = new QLineSeries;
    actual->setName(tr("Requests"));
    for (qsizetype i = 0; i < shown; ++i) {
        actual->append(double(i), double(counts.at(skipped + i)));
        maximum = std::max(maximum, double(counts.at(skipped + i)));
    }
    actual->setPen(QPen(actualColor, 2.5));
    actual->setPointsVisible(true);
    // A past week (its point, or the line near it) opens its cases.
    const auto open = [this, skipped, shown](const QPointF &point) {
        const qint64 week = qRound64(point.x());
        if (week >= 0 && week < shown && skipped + week < m_weeks.weeks.size())
            openWeek(m_weeks.weeks.at(skipped + week));
    };
    connect(actual, &QLineSeries::clicked, this, open);

    QList<QAbstractSeries *> series;
    if (forecasting) {
        // The band first, so the lines are drawn over it.
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        for (int i = 0; i < weeksAhead; ++i) {
            upper->append(double(shown + i), m_forecast.high.at(i));
            lower->append(double(shown + i), m_forecast.low.at(i));
            maximum = std::max(maximum, m_forecast.high.at(i));
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(tr("Likely range"));
        QColor light = forecastColor;
        light.setAlpha(50);
        area->setBrush(light);
        area->setPen(Qt::NoPen);
        series << area;
    }
    series << actual;
    if (forecasting) {
        auto *ahead = new QLineSeries;
        ahead->setName(tr("Forecast"));
        if (shown > 0)
            ahead->append(double(shown - 1), double(counts.last()));
        for (int i = 0; i < weeksAhead; ++i)
            ahead->append(double(shown + i), m_forecast.forecast.at(i));
        QPen dashed(forecastColor, 2.5, Qt::DashLine);
        ahead->setPen(dashed);
        ahead->setPointsVisible(true);
        series << ahead;
        // What the forecast said of the last weeks, from the weeks before each.
        auto *past = new QScatterSeries;
        past->setName(tr("Forecast for past weeks"));
        past->setMarkerSize(9);
        past->setColor(Qt::transparent);
        past->setBorderColor(forecastColor);
        const qsizetype offset = counts.size() - history().size();
        for (const auto &week : m_forecast.backtest) {
            const qsizetype x = offset + week.index - skipped;
            if (x >= 0 && x < shown)
                past->append(double(x), week.forecast);
        }
        connect(past, &QScatterSeries::clicked, this, open);
        series << past;
    }
    // A faint line where the weeks counted end and the forecast begins (no legend entry).
    QLineSeries *now = nullptr;
    if (forecasting && shown > 0) {
        now = new QLineSeries;
        now->setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DotLine));
        series << now;
    }
    for (QAbstractSeries *each : std::as_const(series))
        m_chart->addSeries(each);

    // Weeks labelled by their Saturdays, about ten of them, in the interface's digits.
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype step = points > 12 ? 2 : 1;
    const QDate firstShown = firstForecastWeek().addDays(-7 * shown);
    // Values must rise along a category axis; the last week (the forecast's end) labelled.
    for (qsizetype i = (points - 1) % step; i < points; i += step)
        axisX->append(weekLabel(firstShown.addDays(7 * i)), double(i));
    axisX->setRange(-0.5, double(std::max<qsizetype>(points, 1)) - 0.5);
    axisX->setGridLineVisible(false);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    QCategoryAxis *axisY = Charts::countAxis(qint64(std::ceil(maximum)));
    m_chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *each : std::as_const(series)) {
        each->attachAxis(axisX);
        each->attachAxis(axisY);
    }
    if (now) {
        now->append(double(shown) - 0.5, 0);
        now->append(double(shown) - 0.5, axisY->max());
        for (QLegendMarker *marker : m_chart->legend()->markers(now))
            marker->setVisible(false);
    }
}

void ForecastPanel::openWeek(QDate saturday)
{
    Cache::CaseQueueFilter drill = filter();
    if (m_service != 0)
        drill.serviceIds = {m_service};
    drill.createdAfter = Charts::iranStartMs(saturday);
    drill.createdBefore = Charts::iranStartMs(saturday.addDays(7));
    emit drillDown(drill, m_service != 0
                              ? tr("%1: requests of the week of %2")
                                    .arg(m_serviceBox->currentText(), weekLabel(saturday))
                              : tr("Requests of the week of %1").arg(weekLabel(saturday)));
}

void ForecastPanel::writeSummary()
{
    if (!m_forecast.enoughHistory) {
        m_summary->setText(
            tr("Too little history to forecast: at least %1 complete weeks of requests are "
               "needed; this computer's copy holds only %2.")
                .arg(number(CaseWork::RequestForecast::minimumWeeks), number(history().size())));
        return;
    }
    QStringList weeks;
    for (int i = 0; i < weeksAhead; ++i)
        weeks << tr("week of %1: %2 (%3 to %4)")
                     .arg(weekLabel(firstForecastWeek().addDays(7 * i)),
                          count(m_forecast.forecast.at(i)), count(m_forecast.low.at(i)),
                          count(m_forecast.high.at(i)));
    QStringList lines{tr("Requests forecast for the next four weeks: %1.")
                          .arg(QLocale().createSeparatedList(weeks))};
    const qsizetype measured = m_forecast.backtest.size();
    if (measured == 0)
        lines << tr("No past week can be measured yet: the error will show after a few more "
                    "weeks.");
    else if (m_forecast.meanAbsolutePercentError < 0)
        lines << toLocalDigits(
            tr("On the last %n weeks the forecast was off by %1 requests a week on average.",
               nullptr, int(measured))
                .arg(error(m_forecast.meanAbsoluteError)));
    else
        lines << toLocalDigits(
            tr("On the last %n weeks the forecast was off by %1 requests a week on average "
               "(%2).",
               nullptr, int(measured))
                .arg(
                    error(m_forecast.meanAbsoluteError),
                    toLocalDigits(QLocale().toString(qRound(m_forecast.meanAbsolutePercentError))) +
                        QLocale().percent()));
    lines << (m_forecast.seasonal
                  ? tr("How: the typical week of the last eight (the busiest and the quietest "
                       "left out), raised or lowered as the same weeks went a year earlier.")
                  : tr("How: the typical week of the last eight (the busiest and the quietest "
                       "left out); the season is allowed for once there is a year and two "
                       "months of history."));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ForecastPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_filtersFilled)
            fillFilters();
        if (m_counted) {
            m_catalog.reset();
            fillServices();
            redraw();
        }
    }
    QWidget::changeEvent(event);
}

void ForecastPanel::retranslate()
{
    const auto user = m_cache.user();
    m_scope->setText(!user ? QString()
                     : user->roles.contains(Access::Role::Administrator)
                         ? tr("Forecast: every case in this computer's copy")
                     : user->roles.contains(Access::Role::Supervisor)
                         ? tr("Forecast: the cases of your units")
                         : tr("Forecast: your cases"));
    if (m_serviceBox->count() > 0)
        m_serviceBox->setItemText(0, tr("All services"));
}

} // namespace Shahrvand::Ui
