#include "dashboardspage.h"

#include "fielddashboard.h"
#include "forecastpanel.h"
#include "homepage.h"
#include "localcache.h"
#include "servicedashboard.h"
#include "tableexport.h"
#include "teamsdashboard.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDashboards, "shahrvand.ui.dashboards")

namespace Shahrvand::Ui {

DashboardsPage::DashboardsPage(Cache::LocalCache &cache, QWidget *parent)
    : SectionPage(Section::Dashboards, parent)
    , m_cache(cache)
{
    m_home = new HomePage(this);
    contentLayout()->addWidget(m_home);
    contentLayout()->addSpacing(8);

    const QStringList keys{QStringLiteral("cases"),
                           QStringLiteral("citizens"),
                           QStringLiteral("knowledge_articles"),
                           QStringLiteral("missions"),
                           QStringLiteral("expense_claims"),
                           QStringLiteral("interactions"),
                           QStringLiteral("pending"),
                           QStringLiteral("conflicts")};
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    constexpr int perRow = 4;
    for (const QString &key : keys) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("tile_") + key);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(QStringLiteral("QFrame#tile_%1 { background: palette(base);"
                                            " border: 1px solid palette(mid);"
                                            " border-radius: 8px; }")
                                 .arg(key));
        Tile tile;
        tile.key = key;
        tile.value = new QLabel(frame);
        tile.value->setObjectName(QStringLiteral("tileValue"));
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        tile.value->setFont(big);
        tile.caption = new QLabel(frame);
        tile.caption->setWordWrap(true);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(16, 12, 16, 12);
        layout->addWidget(tile.value);
        layout->addWidget(tile.caption);
        const int index = int(m_tiles.size());
        grid->addWidget(frame, index / perRow, index % perRow);
        m_tiles << tile;
    }
    for (int column = 0; column < perRow; ++column)
        grid->setColumnStretch(column, 1);
    contentLayout()->addLayout(grid);
    contentLayout()->addSpacing(12);
    m_panels = new QTabWidget(this);
    m_panels->setObjectName(QStringLiteral("dashboardPanels"));
    m_service = new ServiceDashboard(cache, m_panels);
    m_teams = new TeamsDashboard(cache, m_panels);
    m_field = new FieldDashboard(cache, m_panels);
    m_panels->addTab(m_service, QString());
    m_panels->addTab(m_teams, QString());
    m_panels->addTab(m_field, QString());
    m_forecast = new ForecastPanel(cache, m_panels);
    m_panels->addTab(m_forecast, QString());
    connect(m_teams, &TeamsDashboard::drillDown, this, &DashboardsPage::drillDown);
    contentLayout()->addWidget(m_panels, 1);
    // A panel counts when it is on screen: the others wait until they are chosen.
    connect(m_panels, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_stalePanels.remove(m_panels->widget(index)))
            refreshPanel(m_panels->widget(index));
    });
    connect(m_service, &ServiceDashboard::drillDown, this, &DashboardsPage::drillDown);
    connect(m_forecast, &ForecastPanel::drillDown, this, &DashboardsPage::drillDown);
    connect(m_field, &FieldDashboard::claimsRequested, this, &DashboardsPage::claimsRequested);
    connect(m_field, &FieldDashboard::missionsRequested, this, &DashboardsPage::missionsRequested);
    connect(m_field, &FieldDashboard::approvalsRequested, this,
            &DashboardsPage::approvalsRequested);
    connect(m_service, &ServiceDashboard::choiceMade, this,
            [this](const DashboardChoice &made) { chosenOn(m_service, made); });
    connect(m_teams, &TeamsDashboard::choiceMade, this,
            [this](const DashboardChoice &made) { chosenOn(m_teams, made); });
    connect(m_field, &FieldDashboard::choiceMade, this,
            [this](const DashboardChoice &made) { chosenOn(m_field, made); });
    connect(m_forecast, &ForecastPanel::choiceMade, this,
            [this](const DashboardChoice &made) { chosenOn(m_forecast, made); });

    DashboardsPage::retranslate();
}

void DashboardsPage::refreshPanel(QWidget *panel)
{
    if (panel == m_service)
        m_service->refresh();
    else if (panel == m_teams)
        m_teams->refresh();
    else if (panel == m_field)
        m_field->refresh();
    else if (panel == m_forecast)
        m_forecast->refresh();
}

// A filter chosen on one panel: the others take it (a panel that cannot show a value keeps
// its own) and count again when they are next shown. Only the filter chosen goes: what a
// panel kept of its own is not handed on.
void DashboardsPage::chosenOn(QWidget *panel, const DashboardChoice &made)
{
    m_choice.merge(made);
    const auto follow = [this, panel](QWidget *other, bool changed) {
        if (other == panel || !changed)
            return;
        if (other == m_panels->currentWidget())
            refreshPanel(other);
        else
            m_stalePanels.insert(other);
    };
    follow(m_service, panel != m_service && m_service->follow(m_choice));
    follow(m_teams, panel != m_teams && m_teams->follow(m_choice));
    follow(m_field, panel != m_field && m_field->follow(m_choice));
    follow(m_forecast, panel != m_forecast && m_forecast->follow(m_choice));
}

void DashboardsPage::reload()
{
    for (int i = 0; i < m_panels->count(); ++i)
        m_stalePanels.insert(m_panels->widget(i));
    m_stalePanels.remove(m_panels->currentWidget());
    refreshPanel(m_panels->currentWidget());
    for (Tile &tile : m_tiles) {
        if (tile.key == u"pending") {
            tile.count = m_cache.pendingCount();
        } else if (tile.key == u"conflicts") {
            tile.count = m_cache.conflictCount();
        } else {
            const auto count = m_cache.count(tile.key);
            if (!count)
                qCWarning(lcDashboards) << "cannot count" << tile.key << count.error().detail;
            tile.count = count.valueOr(-1);
        }
    }
    showCounts();
}

// The figures of the panel shown, as (panel, item, value) rows.
QByteArray DashboardsPage::exportCsv()
{
    QWidget *shown = m_panels->currentWidget();
    const QList<QStringList> rows = shown == m_field      ? m_field->figureRows()
                                    : shown == m_teams    ? m_teams->figureRows()
                                    : shown == m_forecast ? m_forecast->figureRows()
                                                          : m_service->figureRows();
    return TableExport::csv({tr("Panel"), tr("Item"), tr("Value")}, rows);
}

QWidget *DashboardsPage::printTarget()
{
    return m_panels->currentWidget();
}

void DashboardsPage::showCounts()
{
    const QLocale locale;
    for (const Tile &tile : std::as_const(m_tiles))
        tile.value->setText(tile.count < 0 ? tr("Unknown") : locale.toString(tile.count));
}

QString DashboardsPage::tileValue(const QString &key) const
{
    for (const Tile &tile : m_tiles) {
        if (tile.key == key)
            return tile.value->text();
    }
    return {};
}

void DashboardsPage::retranslate()
{
    SectionPage::retranslate();
    m_panels->setTabText(m_panels->indexOf(m_service), tr("Service"));
    m_panels->setTabText(m_panels->indexOf(m_teams), tr("Teams and people"));
    m_panels->setTabText(m_panels->indexOf(m_field), tr("Field: missions and expenses"));
    m_panels->setTabText(m_panels->indexOf(m_forecast), tr("Forecast"));
    for (const Tile &tile : std::as_const(m_tiles)) {
        QString caption;
        if (tile.key == u"cases")
            caption = tr("Cases");
        else if (tile.key == u"citizens")
            caption = tr("Citizens");
        else if (tile.key == u"knowledge_articles")
            caption = tr("Knowledge articles");
        else if (tile.key == u"missions")
            caption = tr("Missions");
        else if (tile.key == u"expense_claims")
            caption = tr("Expense claims");
        else if (tile.key == u"interactions")
            caption = tr("Calls and visits");
        else if (tile.key == u"pending")
            caption = tr("Edits waiting to be sent");
        else if (tile.key == u"conflicts")
            caption = tr("Conflicts waiting for you");
        tile.caption->setText(caption);
    }
    showCounts();
}

} // namespace Shahrvand::Ui
