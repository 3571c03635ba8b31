#pragma once

#include "casecatalog.h"
#include "casequeue.h"
#include "casetext.h"
#include "savedqueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// One case queue of the cache as a table: pages of rows read as the view scrolls (keyset
// paging on the cases' clear columns, so the thousandth page costs what the first does),
// only the rows read ever opened. Sorting asks the cache again; nothing is sorted here.
class CaseQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TrackingCode,
        Citizen,
        Service,
        Status,
        Priority,
        SlaLeft,
        Owner,
        Team,
        Created,
        Channel,
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        SlaStateRole, // "fine", "warning", "breached", "paused" or empty
    };
    static constexpr int warningPercent = CaseText::warningPercent;

    explicit CaseQueueModel(Cache::LocalCache &cache, QObject *parent = nullptr);

    // A view, narrowed by a saved or ad hoc queue's conditions when given.
    void setView(Cache::CaseQueueView view, const std::optional<SavedQueue> &narrowing = {});
    const std::optional<SavedQueue> &narrowing() const { return m_narrowing; }
    // Exactly these cases (a dashboard's drill-down), until a view is chosen again.
    void setExplicitFilter(const Cache::CaseQueueFilter &filter);
    bool hasExplicitFilter() const { return m_explicit.has_value(); }
    Cache::CaseQueueView view() const { return m_view; }
    void setTrackingPrefix(const QString &typed);
    void setPageSize(int rows) { m_pageSize = rows; }
    // For tests and benchmarks: what "now" is (ms since the epoch).
    void setClock(std::function<qint64()> now);
    Cache::CaseQueueFilter filter() const;
    Cache::CaseQueueSort sortOrder() const { return m_sort; }
    // The queue column a table column sorts on; nothing for citizen (sealed).
    static std::optional<Cache::CaseQueueColumn> sortColumnOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString lastError() const { return m_error; }

public slots:
    void reload();
    void retranslate();

signals:
    void loaded();

private:
    struct Row
    {
        QJsonObject json;
        mutable QStringList texts; // made when first shown
    };
    const QStringList &textsOf(const Row &row) const;
    QString slaLeft(const QJsonObject &row, QString *state) const;

    Cache::LocalCache &m_cache;
    Cache::CaseQueueView m_view = Cache::CaseQueueView::MyWork;
    std::optional<SavedQueue> m_narrowing;
    std::optional<Cache::CaseQueueFilter> m_explicit;
    QString m_prefix;
    Cache::CaseQueueSort m_sort;
    QList<Row> m_rows;
    std::optional<Cache::CaseQueuePosition> m_last;
    bool m_atEnd = false;
    int m_pageSize = 200;
    std::function<qint64()> m_now;
    QString m_error;
    NameBook m_names; // for the rows read
    // Policies for the warning thresholds, and to time cases the server has not seen yet.
    mutable std::unique_ptr<CaseCatalog> m_catalog;
};

} // namespace Shahrvand::Ui
