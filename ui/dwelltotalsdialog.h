#pragma once

#include "casequeue.h"
#include "dwelltime.h"

#include <QDateTime>
#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QThread;
class QTreeWidget;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class NameBook;

// For supervisors: where the cases of a queue spent their time, summed over the queue's
// cases (at most `limit`), per team, person and status, with the average per case. The
// histories are sealed rows: they are read on a thread of its own with its own
// connection, and the dialog shows the figures when they are ready.
class DwellTotalsDialog final : public QDialog
{
    Q_OBJECT

public:
    DwellTotalsDialog(Cache::LocalCache &cache, const Cache::CaseQueueFilter &filter,
                      const QString &queueName, QWidget *parent = nullptr);
    ~DwellTotalsDialog() override;

    static constexpr int limit = 20'000;

    QTreeWidget *table() const { return m_table; }
    qint64 caseCount() const { return m_cases; }
    const CaseWork::DwellTime &totals() const { return m_totals; }

    // Sums the histories of the cases `filter` selects (at most `limit`) as of `now`.
    static CaseWork::DwellTime sum(const Cache::LocalCache &cache,
                                   const Cache::CaseQueueFilter &filter, const QDateTime &now,
                                   qint64 *cases, const std::atomic<bool> *cancel = nullptr);

signals:
    void ready();

private:
    void present(const CaseWork::DwellTime &totals, qint64 cases);

    Cache::LocalCache &m_cache;
    std::unique_ptr<NameBook> m_names;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_table = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    CaseWork::DwellTime m_totals;
    qint64 m_cases = 0;
};

} // namespace Shahrvand::Ui
