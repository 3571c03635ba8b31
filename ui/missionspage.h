#pragma once

#include "principal.h"
#include "sectionpage.h"

class QComboBox;
class QStackedWidget;
class QTabWidget;

namespace Shahrvand::Ui {

class ClaimsPanel;
class MissionListModel;
class MissionReportPanel;
class MissionWorkspace;

// Missions and expenses, in two tabs. Missions: the cached missions as a list (the user's
// own, the field officer's view, or all they may see; by status; narrowed by the global
// search), and in its place the workspace of the chosen one, its report a tab of it.
// Expense claims: the user's claims and the editor of the chosen one (claimspanel.h). All
// from the cache: it works offline, every change is a local edit sent with the next sync.
class MissionsPage final : public SectionPage
{
    Q_OBJECT

public:
    MissionsPage(Cache::LocalCache &cache, const Access::Principal &user,
                 QWidget *parent = nullptr);

    void reload() override;
    void setSearchText(const QString &text) override;
    bool isSearchable() const override { return true; }
    QWidget *focusTarget() override;
    bool hasExport() const override { return true; }
    QByteArray exportCsv() override;

    // The workspace in place of the list (Esc goes back); false if not cached.
    bool openMission(qint64 missionId);
    // An empty order in the workspace (for those who may request missions).
    void newMission();
    void showList();
    bool isShowingMission() const;
    // The list of every mission they can see in one status (a dashboard's bar).
    void showStatus(const QString &status);

    MissionWorkspace *workspace() const { return m_workspace; }
    // The workspace's Report tab (the people sent write it there).
    MissionReportPanel *report() const { return m_report; }
    // The second tab: the user's expense claims (claimspanel.h).
    ClaimsPanel *claims() const { return m_claims; }
    QTabWidget *tabs() const { return m_tabs; }
    MissionListModel *missions() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *newButton() const { return m_new; }
    QLabel *emptyLabel() const { return m_empty; }

signals:
    // A local edit was made: the shell updates its counts and asks the engine to push.
    void edited();

protected:
    void retranslate() override;

private:
    void filtersChanged();
    void updateFooter();

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    MissionListModel *m_model = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_new = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_footer = nullptr;
    QStackedWidget *m_stack = nullptr;
    MissionWorkspace *m_workspace = nullptr;
    MissionReportPanel *m_report = nullptr;
    QTabWidget *m_tabs = nullptr;
    ClaimsPanel *m_claims = nullptr;
    bool m_sized = false;
};

} // namespace Shahrvand::Ui
