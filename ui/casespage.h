#pragma once

#include "cancellablethread.h"
#include "casequeue.h"
#include "caseworkflow.h"
#include "savedqueue.h"
#include "sectionpage.h"

#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QDialog;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QThread;

namespace Shahrvand::Ui {

class CaseQueueModel;
class CaseWorkspace;

// Cases: the agent's queues over the cache (My work, My team, Unassigned in my units,
// Breaching soon, Escalated to me, All cases), each with its count, a table read a page at
// a time and sorted by the cache, and a box that narrows it by tracking code.
class CasesPage final : public SectionPage
{
    Q_OBJECT

public:
    explicit CasesPage(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~CasesPage() override;

    void reload() override;
    QWidget *focusTarget() override;
    bool hasExport() const override { return true; }
    QByteArray exportCsv() override;
    // The global search narrows the queue by tracking code (the rest of a case is sealed).
    void setSearchText(const QString &text) override;
    bool isSearchable() const override { return true; }

    QTableView *view() const { return m_view; }
    CaseQueueModel *queue() const { return m_model; }
    QListWidget *views() const { return m_views; }
    void showView(Cache::CaseQueueView view);
    // The counts shown beside the views; -1 while one is being counted.
    qint64 shownCount(Cache::CaseQueueView view) const;

    // The case workspace in place of the queue (Esc goes back); false if not cached.
    bool openCase(qint64 caseId);
    void showQueue();
    CaseWorkspace *workspace() const { return m_workspace; }
    bool isShowingCase() const;
    // The intake dialog (Ctrl+N).
    void newCase();

    // Bulk actions on the selected rows, each case checked by the workflow on its own:
    // a sentence saying how many changed and why others did not.
    QList<qint64> selectedCaseIds() const;
    QString bulkAssign(qint64 ownerId);
    QString bulkMoveToTeam(qint64 teamId);
    QString bulkPriority(const QString &priority);
    QString bulkAction(const CaseWork::CaseAction &action);

    // Saved views ("Filter…", then "Save as a view"), listed after the predefined ones.
    QList<SavedQueue> savedQueues() const { return m_saved; }
    // Shows the current view narrowed as `queue` says; with a name, keeps it as a view.
    QString applyFilter(const SavedQueue &queue, bool save);
    QString removeSavedQueue(int index);
    void showSavedQueue(int index);
    void editFilter();
    // The cases a dashboard's bar or slice stands for, under its title.
    void showFiltered(const Cache::CaseQueueFilter &filter, const QString &title);

signals:
    // Every view's count has arrived (tests wait for it).
    void countsReady();
    // A dialog of this page was opened (tests drive it), and the citizen card's button.
    void intakeOpened(QDialog *dialog);
    void citizenRequested(qint64 citizenId, const QString &name);

protected:
    void retranslate() override;

private:
    void countInBackground();
    void fillViews();
    void viewChosen(int row);
    void setCounts(const QList<qint64> &counts, quint64 generation);
    void updateViewNames();
    void updateFooter();
    void updateBulk();
    void askBulk(int which);
    QString bulk(const std::function<QString(qint64)> &edit);
    static QString viewName(Cache::CaseQueueView view);
    // Rows of the views list: the predefined views (data: the view), then the saved ones
    // (data: savedBase + their index).
    static constexpr int savedBase = 1000;

    Cache::LocalCache &m_cache;
    CaseQueueModel *m_model = nullptr;
    QListWidget *m_views = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_footer = nullptr;
    QStackedWidget *m_stack = nullptr;
    CaseWorkspace *m_workspace = nullptr;
    QPushButton *m_new = nullptr;
    QAction *m_newAction = nullptr;
    QList<QPushButton *> m_bulkButtons; // assign, team, priority, close
    QLabel *m_bulkResult = nullptr;
    QList<qint64> m_counts;
    QList<SavedQueue> m_saved;
    QPushButton *m_filterButton = nullptr;
    QPushButton *m_rulesButton = nullptr;
    QPushButton *m_dwellButton = nullptr;
    QString m_explicitTitle;
    CancellableThread m_counter;
    quint64 m_countGeneration = 0;
    bool m_sized = false;
};

} // namespace Shahrvand::Ui
