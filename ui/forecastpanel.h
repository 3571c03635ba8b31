#pragma once

#include "cancellablethread.h"
#include "caseweeks.h"
#include "dashboardchoice.h"
#include "requestforecast.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QThread;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class CaseCatalog;

// The next four weeks' requests, every service together or one of the busiest, forecast
// from the complete weeks this computer's copy holds (RequestForecast: the typical recent
// week times the same weeks a year earlier), drawn after the last weeks' requests with its
// band, and its error on the last weeks said in words. Each level sees its own cases, as
// on the service dashboard, narrowed to a team and a channel when chosen; a past week's
// point opens its cases. Weeks are counted off the
// UI thread.
class ForecastPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastPanel(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~ForecastPanel() override;

    static constexpr int weeksAhead = 4;
    static constexpr int weeksShown = 16;    // the past weeks drawn before the forecast
    static constexpr int weeksCounted = 120; // the history read: two years and more
    static constexpr int servicesOffered = 8;

    // For tests: what "today" is (the forecast starts with the week that holds it).
    void setToday(QDate today);
    // 0: every service. Applied at once when the weeks are counted, else on the next count.
    void setService(qint64 serviceId);
    qint64 service() const;
    // 0: every team the user sees; empty: every channel. Applied on the next count.
    void setTeam(qint64 teamId);
    void setChannel(const QString &channel);
    QComboBox *teamBox() const { return m_teamBox; }
    QComboBox *channelBox() const { return m_channelBox; }
    QComboBox *serviceBox() const { return m_serviceBox; }
    // The filters as chosen here (no period: the forecast reads its own history), and those
    // chosen on another panel: true when one changed (counted when the panel is shown).
    DashboardChoice choice() const;
    bool follow(const DashboardChoice &choice);
    // Counts the weeks again (after a sync).
    void refresh();

    // The weeks counted, the chosen series' history (from its first week with requests)
    // and the forecast made from it; the first forecast week's Saturday.
    const Cache::CaseWeeks &weeks() const { return m_weeks; }
    QList<qint64> history() const;
    const CaseWork::RequestForecast &forecast() const { return m_forecast; }
    QDate firstForecastWeek() const;
    QChart *chart() const { return m_chart; }
    QLabel *summaryLabel() const { return m_summary; }
    // The forecast as rows of (panel, item, value) for a CSV file: each coming week with its
    // range, and the error on past weeks.
    QList<QStringList> figureRows() const;

signals:
    // The weeks were counted and drawn (tests wait for it).
    void ready();
    // The user chose another team, channel or service here: `made` holds that filter alone.
    void choiceMade(const Shahrvand::Ui::DashboardChoice &made);
    // A past week's point: the cases behind it (of the service shown, created that Iranian
    // week). The forecast's weeks have no cases yet: they open nothing.
    void drillDown(const Cache::CaseQueueFilter &filter, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    Cache::CaseQueueFilter filter() const;
    QDate today() const;
    void showWeeks(const Cache::CaseWeeks &weeks, quint64 generation);
    void fillServices();
    void fillFilters();
    void redraw();
    void drawChart();
    void openWeek(QDate saturday);
    void writeSummary();
    void retranslate();
    QString weekLabel(QDate start) const;

    Cache::LocalCache &m_cache;
    std::unique_ptr<CaseCatalog> m_catalog;
    QDate m_today;
    qint64 m_service = 0;
    Cache::CaseWeeks m_weeks;
    CaseWork::RequestForecast m_forecast;
    bool m_counted = false;
    quint64 m_generation = 0;
    CancellableThread m_worker;

    QLabel *m_scope = nullptr;
    QComboBox *m_serviceBox = nullptr;
    QComboBox *m_teamBox = nullptr;
    QComboBox *m_channelBox = nullptr;
    bool m_filtersFilled = false;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Shahrvand::Ui
