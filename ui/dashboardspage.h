#pragma once

#include "casequeue.h"
#include "sectionpage.h"

#include <QList>

class QGridLayout;
class QLabel;

namespace Shahrvand::Ui {

class HomePage;
class ServiceDashboard;

// Dashboards: the welcome, how many rows of each kind this computer's copy holds (with the
// edits waiting to be sent and the conflicts waiting for the user), and the service
// dashboard (servicedashboard.h).
class DashboardsPage final : public SectionPage
{
    Q_OBJECT

public:
    explicit DashboardsPage(Cache::LocalCache &cache, QWidget *parent = nullptr);

    HomePage *home() const { return m_home; }
    ServiceDashboard *service() const { return m_service; }
    void reload() override;

    // The figure a tile shows, as text ("۱۲٬۳۴۵"); for tests.
    QString tileValue(const QString &key) const;

signals:
    // A chart's bar or slice: the cases behind it.
    void drillDown(const Shahrvand::Cache::CaseQueueFilter &filter, const QString &title);

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

    Cache::LocalCache &m_cache;
    HomePage *m_home = nullptr;
    ServiceDashboard *m_service = nullptr;
    QList<Tile> m_tiles;
};

} // namespace Shahrvand::Ui
