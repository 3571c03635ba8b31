#pragma once

#include "cancellablethread.h"
#include "dashboardchoice.h"
#include "fieldstats.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QBarSet;
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

class PeriodChooser;
namespace Charts {
class FigureTiles;
}

// The field dashboard: missions by status, expenses by type and by unit (the claims that
// count: submitted, approved, paid), and the approvals waiting now by how long they have
// waited. Each level sees its own (the cache holds what its user may see). A period and a
// unit filter every panel but the waiting approvals (a backlog has no period); a mission bar
// opens those missions, an expense bar the claims behind it, an age bar the approvals inbox.
// Counted off the UI thread; says when the data is current as of.
class FieldDashboard final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldDashboard(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~FieldDashboard() override;

    enum class Range { Last30Days, Last90Days, ThisMonth, ThisYear, Everything, Custom };
    void setRange(Range range);
    // Any period of Iran's calendar days, typed as Jalali dates: the problem, translated, or
    // empty when it was applied (PeriodChooser).
    QString setCustomRange(const QString &from, const QString &to);
    PeriodChooser *period() const { return m_period; }
    void setUnit(qint64 unitId); // 0: every unit
    // The period and unit as chosen here (the section's team filter: a unit is the same
    // org unit), and those chosen on another panel: true when one changed (counted when
    // the panel is shown). Channels and services are the cases', not missions' or claims'.
    DashboardChoice choice() const;
    bool follow(const DashboardChoice &choice);
    // For tests: what "now" is.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    void refresh();
    const Cache::FieldStats &stats() const { return m_stats; }
    Cache::FieldFilter filter() const;

    QChart *missionChart() const { return m_missions; }
    QChart *typeChart() const { return m_types; }
    QChart *unitChart() const { return m_units; }
    QChart *waitingChart() const { return m_waiting; }
    QLabel *kpiLabel(const QString &key) const;
    // The figures shown, as rows of (panel, item, value) for a CSV file.
    QList<QStringList> figureRows() const;

signals:
    void ready();
    // The user chose another period or unit here: `made` holds that filter alone.
    void choiceMade(const Shahrvand::Ui::DashboardChoice &made);
    // A mission bar: the missions of that status ("issued", ...).
    void missionsRequested(const QString &status);
    // An age bar: the approvals inbox.
    void approvalsRequested();
    // An expense bar (a type or a unit): the claims it adds up.
    void claimsRequested(const Cache::ExpenseFigure &figure, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillUnits();
    void showFigures(const Cache::FieldStats &stats, quint64 generation);
    void drawMissions();
    void drawTypes();
    void drawUnits();
    void drawWaiting();
    QBarSet *moneyBars(QChart *chart, const QList<std::pair<QString, qint64>> &rows);
    qint64 now() const;
    QString unitName(qint64 id) const;

    Cache::LocalCache &m_cache;
    qint64 m_nowMs = 0;
    Cache::FieldStats m_stats;
    quint64 m_generation = 0;
    CancellableThread m_worker;
    QHash<qint64, QString> m_unitNames;

    QLabel *m_scope = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_problem = nullptr;
    PeriodChooser *m_period = nullptr;
    QComboBox *m_unitBox = nullptr;
    std::unique_ptr<Charts::FigureTiles> m_tiles;
    QChart *m_missions = nullptr;
    QChart *m_types = nullptr;
    QChart *m_units = nullptr;
    QChart *m_waiting = nullptr;
};

} // namespace Shahrvand::Ui
