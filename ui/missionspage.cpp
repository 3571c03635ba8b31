#include "missionspage.h"

#include "claimeditor.h"
#include "claimspanel.h"
#include "fieldtext.h"
#include "missionlistmodel.h"
#include "missionreport.h"
#include "missiontext.h"
#include "missionworkspace.h"
#include "tableexport.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

MissionsPage::MissionsPage(Cache::LocalCache &cache, const Access::Principal &user, QWidget *parent)
    : SectionPage(Section::Missions, parent)
    , m_cache(cache)
    , m_user(user)
{
    m_model = new MissionListModel(cache, user, this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("missionScope"));
    m_scope->addItem(QString(), int(MissionListModel::Scope::Mine));
    m_scope->addItem(QString(), int(MissionListModel::Scope::All));
    // Field officers work on the missions they are sent on; managers see their units'.
    const bool fieldOfficer = user.hasRole(Access::Role::FieldOfficer) &&
                              !user.hasAnyRole({Access::Role::Supervisor, Access::Role::SeniorAgent,
                                                Access::Role::Administrator});
    m_scope->setCurrentIndex(fieldOfficer ? 0 : 1);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("missionStatusFilter"));
    m_status->addItem(QString(), QString());
    for (const QString &status : Entities::Vocabulary::missionStatuses)
        m_status->addItem(QString(), status);
    m_new = new QPushButton(this);
    m_new->setVisible(mayRequestMissions(user));
    connect(m_new, &QPushButton::clicked, this, &MissionsPage::newMission);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(MissionListModel::Purpose,
                                                     QHeaderView::Stretch);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_footer = new QLabel(this);
    m_footer->setForegroundRole(QPalette::PlaceholderText);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_scope);
    tools->addWidget(m_status);
    tools->addStretch(1);
    tools->addWidget(m_new);
    auto *listPage = new QWidget(this);
    auto *list = new QVBoxLayout(listPage);
    list->setContentsMargins(0, 0, 0, 0);
    list->addLayout(tools);
    list->addWidget(m_view, 1);
    list->addWidget(m_empty, 1);
    list->addWidget(m_footer);

    m_workspace = new MissionWorkspace(cache, user, this);
    // The report: a tab of the workspace, on the mission it shows.
    m_report = new MissionReportPanel(cache, user, m_workspace);
    m_workspace->tabs()->addTab(m_report, QString());
    connect(m_workspace, &MissionWorkspace::missionShown, m_report,
            &MissionReportPanel::setMission);
    connect(m_report, &MissionReportPanel::edited, this, [this] {
        m_workspace->reload();
        m_model->reload();
        emit edited();
    });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_workspace);
    m_claims = new ClaimsPanel(cache, user, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("missionsTabs"));
    m_tabs->addTab(m_stack, QString());
    m_tabs->addTab(m_claims, QString());
    contentLayout()->addWidget(m_tabs, 1);
    connect(m_claims->editor(), &ClaimEditor::claimWritten, this, &MissionsPage::edited);
    // The search box filters the tab on screen.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_model->setSearchText(QString());
        m_claims->setSearchText(QString());
        updateFooter();
    });

    connect(m_workspace, &MissionWorkspace::backRequested, this, &MissionsPage::showList);
    connect(m_workspace, &MissionWorkspace::edited, this, [this] {
        m_model->reload();
        updateFooter();
        emit edited();
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openMission(m_model->missionIdAt(index.row())); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &MissionsPage::filtersChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MissionsPage::filtersChanged);
    filtersChanged();
    MissionsPage::retranslate();
}

void MissionsPage::filtersChanged()
{
    m_model->setScope(MissionListModel::Scope(m_scope->currentData().toInt()));
    m_model->setStatus(m_status->currentData().toString());
    updateFooter();
}

void MissionsPage::reload()
{
    m_model->reload();
    if (!m_sized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        for (int column = 0; column < MissionListModel::ColumnCount; ++column)
            m_view->setColumnWidth(column, m_view->columnWidth(column) + 12);
        m_view->horizontalHeader()->setSectionResizeMode(MissionListModel::Purpose,
                                                         QHeaderView::Stretch);
        m_sized = true;
    }
    updateFooter();
    if (isShowingMission())
        m_workspace->reload();
    m_claims->reload();
}

void MissionsPage::setSearchText(const QString &text)
{
    if (m_tabs->currentWidget() == m_claims) {
        m_claims->setSearchText(text);
        return;
    }
    m_model->setSearchText(text);
    updateFooter();
}

QWidget *MissionsPage::focusTarget()
{
    if (m_tabs->currentWidget() == m_claims)
        return m_claims->list();
    if (isShowingMission())
        return m_workspace;
    // An empty list is hidden behind its note: the filters take the keyboard then.
    return m_view->isHidden() ? static_cast<QWidget *>(m_scope) : m_view;
}

QByteArray MissionsPage::exportCsv()
{
    if (m_tabs->currentWidget() == m_claims)
        return TableExport::csv(*m_claims->list()->model());
    return TableExport::csv(*m_model);
}

void MissionsPage::showStatus(const QString &status)
{
    m_tabs->setCurrentWidget(m_stack);
    showList();
    m_scope->setCurrentIndex(m_scope->findData(int(MissionListModel::Scope::All)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

bool MissionsPage::openMission(qint64 missionId)
{
    if (!m_workspace->open(missionId))
        return false;
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->setFocus();
    return true;
}

void MissionsPage::newMission()
{
    m_workspace->openNew();
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->setFocus();
}

void MissionsPage::showList()
{
    m_stack->setCurrentIndex(0);
    const int row = m_model->rowOf(m_workspace->missionId());
    if (row >= 0)
        m_view->selectRow(row);
    m_view->setFocus();
}

bool MissionsPage::isShowingMission() const
{
    return m_stack->currentWidget() == m_workspace;
}

void MissionsPage::updateFooter()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (m_model->loadedCount() == 0)
        m_empty->setText(
            tr("No missions in this computer's copy yet. They arrive with the next sync."));
    else if (m_model->scope() == MissionListModel::Scope::Mine)
        m_empty->setText(tr("No mission of yours matches. \"All I can see\" shows the others."));
    else
        m_empty->setText(tr("No mission matches the filters."));
    m_footer->setText(tr("%1 of %2 missions")
                          .arg(QLocale().toString(m_model->rowCount()),
                               QLocale().toString(m_model->loadedCount())));
}

void MissionsPage::retranslate()
{
    SectionPage::retranslate();
    m_scope->setItemText(0, tr("My missions"));
    m_scope->setItemText(1, tr("All I can see"));
    m_status->setItemText(0, tr("Every status"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, FieldText::codeText(m_status->itemData(i).toString()));
    m_new->setText(tr("New mission"));
    m_tabs->setTabText(0, tr("Missions"));
    m_tabs->setTabText(1, tr("Expense claims"));
    m_workspace->tabs()->setTabText(m_workspace->tabs()->indexOf(m_report), tr("Report"));
    updateFooter();
}

} // namespace Shahrvand::Ui
