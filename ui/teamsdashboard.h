#pragma once

#include "cancellablethread.h"
#include "casequeue.h"
#include "casetext.h"
#include "dashboardchoice.h"
#include "dwelltime.h"
#include "teamstats.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QThread;
class QTreeWidget;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class CaseCatalog;
class PeriodChooser;
namespace Charts {
class FigureTiles;
}

// The teams dashboard: the workload now per team (open, overdue, escalated) and per person,
// what each resolved in a period and how long that took, and where the period's cases spent
// their time per team (their status histories: the bottlenecks). Each level sees its own
// (an administrator the whole copy, a supervisor their units, anyone else their own cases),
// narrowed by the filters (period, team, channel, service) as on the service dashboard.
// A team's bar or a person's row opens the open cases behind it, with the filters chosen.
// Counted off the UI thread.
class TeamsDashboard final : public QWidget
{
    Q_OBJECT

public:
    explicit TeamsDashboard(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~TeamsDashboard() override;

    enum class Range { Last7Days, Last30Days, Last90Days, ThisMonth, Custom };
    void setRange(Range range);
    // Any period of Iran's calendar days, typed as Jalali dates (at most 400 days): the
    // problem, translated, or empty when it was applied (PeriodChooser).
    QString setCustomRange(const QString &from, const QString &to);
    PeriodChooser *period() const { return m_period; }
    void setTeam(qint64 teamId);             // 0: every team the user sees
    void setService(qint64 serviceId);       // 0: every service
    void setChannel(const QString &channel); // empty: every channel
    QComboBox *teamBox() const { return m_teamBox; }
    QComboBox *serviceBox() const { return m_serviceBox; }
    QComboBox *channelBox() const { return m_channelBox; }
    // The filters as chosen here, and those chosen on another panel (DashboardChoice): true
    // when one changed (nothing is counted: the page counts the panel when it is shown).
    DashboardChoice choice() const;
    bool follow(const DashboardChoice &choice);
    // For tests: what "now" is.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    void refresh();
    Cache::CaseQueueFilter filter() const;
    QDate from() const;
    QDate to() const;
    const Cache::TeamStats &stats() const { return m_stats; }
    const CaseWork::DwellTime &dwell() const { return m_dwell; }
    qint64 dwellCases() const { return m_dwellCases; }

    QChart *loadChart() const { return m_load; }
    QChart *dwellChart() const { return m_dwellChart; }
    QTreeWidget *people() const { return m_people; }
    QLabel *kpiLabel(const QString &key) const;
    // The figures shown, as rows of (panel, item, value) for a CSV file.
    QList<QStringList> figureRows() const;

signals:
    void ready();
    // The user chose another period, team, channel or service here: `made` holds that filter alone.
    void choiceMade(const Shahrvand::Ui::DashboardChoice &made);
    // A team's bar or a person's row: the open cases behind it.
    void drillDown(const Cache::CaseQueueFilter &filter, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Figures
    {
        Cache::TeamStats stats;
        CaseWork::DwellTime dwell;
        qint64 dwellCases = 0;
    };
    void retranslate();
    void fillFilters();
    void showFigures(const Figures &figures, quint64 generation);
    void drawLoad();
    void drawDwell();
    void fillPeople();
    qint64 now() const;

    Cache::LocalCache &m_cache;
    std::unique_ptr<CaseCatalog> m_catalog;
    NameBook m_names;
    qint64 m_nowMs = 0;
    Cache::TeamStats m_stats;
    CaseWork::DwellTime m_dwell;
    qint64 m_dwellCases = 0;
    quint64 m_generation = 0;
    CancellableThread m_worker;

    QLabel *m_scope = nullptr;
    QLabel *m_asOf = nullptr;
    PeriodChooser *m_period = nullptr;
    QComboBox *m_teamBox = nullptr;
    QComboBox *m_channelBox = nullptr;
    QComboBox *m_serviceBox = nullptr;
    std::unique_ptr<Charts::FigureTiles> m_tiles;
    QChart *m_load = nullptr;
    QChart *m_dwellChart = nullptr;
    QLabel *m_peopleTitle = nullptr;
    QTreeWidget *m_people = nullptr;
};

} // namespace Shahrvand::Ui
