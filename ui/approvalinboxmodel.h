#pragma once

#include "approvalinbox.h"
#include "casetext.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace Shahrvand::Ui {

// The approvals waiting for the signed-in user as a table: pages of items read as the view
// scrolls (keyset pages on the cache's approvals index, so the hundredth page costs what the
// first does); nothing is sorted or filtered here. Names of claimants and units are read
// once each, for the rows shown.
class ApprovalInboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Subject, Claimant, Unit, Amount, Step, WaitingSince, ColumnCount };
    enum Role {
        StepIdRole = Qt::UserRole + 1,
        SubjectTypeRole,
        AmountRole, // rials (claims), or invalid
    };

    explicit ApprovalInboxModel(Cache::LocalCache &cache, QObject *parent = nullptr);

    // Whose approvals: made again at each reload from the user and "now" (delegations).
    void setUser(const Access::Principal &user) { m_user = user; }
    // "mission", "expense_claim", or empty for both.
    void setSubjectType(const QString &subjectType);
    QString subjectType() const { return m_subjectType; }
    void setPageSize(int items) { m_pageSize = items; }
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }
    qint64 now() const { return m_now(); }
    Cache::ApprovalSort sortOrder() const { return m_sort; }
    Cache::ApprovalFilter filter() const { return m_filter; }

    const Cache::ApprovalItem *itemAt(int row) const;
    int rowOf(qint64 stepId) const; // -1 when not read

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Waiting since and amount sort; the other columns keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == Amount || column == WaitingSince; }

    QString lastError() const { return m_error; }

public slots:
    void reload();
    void retranslate();

signals:
    void loaded();

private:
    struct Row
    {
        Cache::ApprovalItem item;
        mutable QStringList texts; // made when first shown
    };
    const QStringList &textsOf(const Row &row) const;

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    QString m_subjectType;
    Cache::ApprovalFilter m_filter;
    Cache::ApprovalSort m_sort;
    QList<Row> m_rows;
    std::optional<Cache::ApprovalPosition> m_last;
    bool m_atEnd = true;
    int m_pageSize = 100;
    std::function<qint64()> m_now;
    QString m_error;
    NameBook m_names;
};

} // namespace Shahrvand::Ui
