#pragma once

#include "casequeue.h"
#include "dashboardchoice.h"
#include "fieldstats.h"
#include "sectionpage.h"

#include <QList>
#include <QSet>

class QGridLayout;
class QLabel;
class QTabWidget;

namespace Shahrvand::Ui {

class HomePage;
class FieldDashboard;
class ForecastPanel;
class TeamsDashboard;
class ServiceDashboard;

// Dashboards: the welcome, how many rows of each kind this computer's copy holds (with the
// edits waiting to be sent and the conflicts waiting for the user), and the panels in tabs:
// service, teams, field and the forecast (servicedashboard.h, teamsdashboard.h,
// fielddashboard.h, forecastpanel.h). One choice of filters holds for the whole page: what
// is chosen on one panel the others that have that filter follow (DashboardChoice).
class DashboardsPage final : public SectionPage
{
    Q_OBJECT

public:
    explicit DashboardsPage(Cache::LocalCache &cache, QWidget *parent = nullptr);

    HomePage *home() const { return m_home; }
    ServiceDashboard *service() const { return m_service; }
    FieldDashboard *field() const { return m_field; }
    TeamsDashboard *teams() const { return m_teams; }
    ForecastPanel *forecast() const { return m_forecast; }
    QTabWidget *panels() const { return m_panels; }
    void reload() override;
    bool hasExport() const override { return true; }
    QByteArray exportCsv() override;
    QWidget *printTarget() override;

    // The filters last chosen on any panel, which the others follow.
    const DashboardChoice &choice() const { return m_choice; }

    // The figure a tile shows, as text ("۱۲٬۳۴۵"); for tests.
    QString tileValue(const QString &key) const;

signals:
    // A chart's bar or slice: the cases behind it.
    void drillDown(const Shahrvand::Cache::CaseQueueFilter &filter, const QString &title);
    // The field dashboard's mission bar ("issued", ...) and waiting-approvals bars.
    void missionsRequested(const QString &status);
    void approvalsRequested();
    // The field dashboard's expense bars: the claims they add up.
    void claimsRequested(const Shahrvand::Cache::ExpenseFigure &figure, const QString &title);

protected:
    void retranslate() override;

private:
    struct Tile
    {
        QString key; // an entity name, or "pending" / "conflicts"
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
        qint64 count = -1; // -1: could not be read
    };
    void showCounts();
    void refreshPanel(QWidget *panel);
    void chosenOn(QWidget *panel, const DashboardChoice &made);

    Cache::LocalCache &m_cache;
    HomePage *m_home = nullptr;
    QTabWidget *m_panels = nullptr;
    QSet<QWidget *> m_stalePanels; // counted again when next shown
    ServiceDashboard *m_service = nullptr;
    FieldDashboard *m_field = nullptr;
    TeamsDashboard *m_teams = nullptr;
    ForecastPanel *m_forecast = nullptr;
    QList<Tile> m_tiles;
    DashboardChoice m_choice;
};

} // namespace Shahrvand::Ui
