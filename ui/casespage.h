#pragma once

#include "casequeue.h"
#include "sectionpage.h"

#include <QPointer>

#include <atomic>
#include <memory>

class QLineEdit;
class QListWidget;
class QTableView;
class QThread;

namespace Shahrvand::Ui {

class CaseQueueModel;

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
    // The global search narrows the queue by tracking code (the rest of a case is sealed).
    void setSearchText(const QString &text) override;
    bool isSearchable() const override { return true; }

    QTableView *view() const { return m_view; }
    CaseQueueModel *queue() const { return m_model; }
    QListWidget *views() const { return m_views; }
    void showView(Cache::CaseQueueView view);
    // The counts shown beside the views; -1 while one is being counted.
    qint64 shownCount(Cache::CaseQueueView view) const;

signals:
    // Every view's count has arrived (tests wait for it).
    void countsReady();

protected:
    void retranslate() override;

private:
    void countInBackground();
    void setCounts(const QList<qint64> &counts, quint64 generation);
    void updateViewNames();
    void updateFooter();
    static QString viewName(Cache::CaseQueueView view);

    Cache::LocalCache &m_cache;
    CaseQueueModel *m_model = nullptr;
    QListWidget *m_views = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_footer = nullptr;
    QList<qint64> m_counts;
    QThread *m_counter = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelCount;
    quint64 m_countGeneration = 0;
    bool m_sized = false;
};

} // namespace Shahrvand::Ui
