#pragma once

#include "cancellablethread.h"
#include "casequeue.h"
#include "casestats.h"
#include "dashboardchoice.h"

#include <QDate>
#include <QJsonObject>
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
namespace Shahrvand::SyncClient {
class ServerQuery;
}

namespace Shahrvand::Ui {

class CaseCatalog;
class PeriodChooser;
namespace Charts {
class FigureTiles;
}

// The service dashboard: requests over time (Iranian days, weeks or Jalali months), by
// channel and by service; the open backlog by age; overdue and escalated cases. Each
// level sees its own: an agent their cases, a supervisor their units, an administrator
// everything this computer holds. Filters (period, channel, service) apply to every panel;
// a bar or slice opens the cases behind it. Figures are counted off the UI thread from the
// cases' clear columns and say when the data is current as of.
class ServiceDashboard final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceDashboard(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~ServiceDashboard() override;

    enum class Range { Last7Days, Last30Days, Last90Days, ThisMonth, ThisYear, Custom };
    void setRange(Range range);
    void setBucket(Cache::CaseStats::Bucket bucket);
    void setChannel(const QString &channel); // empty: every channel
    void setService(qint64 serviceId);       // 0: every service
    void setTeam(qint64 teamId);             // 0: every team the user sees
    // Any period of Iran's calendar days, typed as Jalali dates (at most 400 days): the
    // problem, translated, or empty when it was applied (PeriodChooser).
    QString setCustomRange(const QString &from, const QString &to);
    // For tests: what "today" is.
    void setToday(QDate today);
    // Where organisation-wide figures come from (GET /api/v1/stats/cases): with one, a
    // choice "The whole organisation (server)" appears beside "This computer's copy".
    void setServerQuery(SyncClient::ServerQuery *query);
    void setFromServer(bool fromServer);
    bool isFromServer() const;

    // The filters as chosen here, and those chosen on another panel (DashboardChoice): true
    // when one changed (nothing is counted: the page counts the panel when it is shown).
    DashboardChoice choice() const;
    bool follow(const DashboardChoice &choice);

    // Counts again (after a sync).
    void refresh();
    // The last figures shown, and the filter they were counted with.
    const Cache::CaseStats &stats() const { return m_stats; }
    Cache::CaseQueueFilter filter() const;
    QDate from() const;
    QDate to() const;

    PeriodChooser *period() const { return m_period; }
    QChart *volumeChart() const { return m_volume; }
    QChart *channelChart() const { return m_channels; }
    QChart *serviceChart() const { return m_services; }
    QChart *backlogChart() const { return m_backlog; }
    QChart *districtChart() const { return m_districts; }
    QChart *recurringChart() const { return m_recurring; }
    QLabel *kpiLabel(const QString &key) const;
    // The figures shown, as rows of (panel, item, value) for a CSV file.
    QList<QStringList> figureRows() const;

signals:
    // The figures arrived (tests wait for it).
    void ready();
    // The user chose another period, team, channel or service here: `made` holds that filter alone.
    void choiceMade(const Shahrvand::Ui::DashboardChoice &made);
    // A bar or slice was chosen: the cases behind it.
    void drillDown(const Cache::CaseQueueFilter &filter, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void show(const Cache::CaseStats &stats, quint64 generation);
    void drawVolume();
    void drawChannels();
    void drawServices();
    void drawBacklog();
    QString periodLabel(QDate start) const;
    QString serviceName(qint64 id) const;
    // servicedashboard_places.cpp: districts, recurring problems, the custom period
    void drawDistricts();
    void drawRecurring();
    QString unitName(qint64 id) const;
    // servicedashboard_server.cpp
    void askServer(quint64 generation);
    static Cache::CaseStats statsFromServer(const QJsonObject &answer);

    Cache::LocalCache &m_cache;
    std::unique_ptr<CaseCatalog> m_catalog;
    Cache::CaseStats::Bucket m_bucket = Cache::CaseStats::Bucket::Day;
    QDate m_today;
    Cache::CaseStats m_stats;
    quint64 m_generation = 0;
    CancellableThread m_worker;

    QLabel *m_scope = nullptr;
    QLabel *m_asOf = nullptr;
    PeriodChooser *m_period = nullptr;
    QComboBox *m_bucketBox = nullptr;
    QComboBox *m_channelBox = nullptr;
    QComboBox *m_serviceBox = nullptr;
    QComboBox *m_sourceBox = nullptr;
    QComboBox *m_teamBox = nullptr;
    QChart *m_districts = nullptr;
    QChart *m_recurring = nullptr;
    SyncClient::ServerQuery *m_server = nullptr;
    QString m_serverProblem;
    std::unique_ptr<Charts::FigureTiles> m_tiles;
    QChart *m_volume = nullptr;
    QChart *m_channels = nullptr;
    QChart *m_services = nullptr;
    QChart *m_backlog = nullptr;
    QList<QChartView *> m_views;
};

} // namespace Shahrvand::Ui
