#pragma once

#include "cacheerror.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

#include <functional>
#include <optional>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// The cached rows of one entity as a read-only table, read from the cache a page at a
// time (keyset paging by id), so that a million cached cases cost one page until the
// user scrolls.
class CachedRowsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString field; // the row's JSON key
        // Optional: the header, translated when asked; by default the field's label.
        std::function<QString()> title = {};
        // Optional: the cell's text; by default FieldText::displayValue of the field.
        std::function<QString(const QJsonObject &row)> text = {};
    };
    // Rows the model keeps; the others are read and passed over.
    using RowFilter = std::function<bool(const QJsonObject &row)>;

    enum Role {
        SearchTextRole = Qt::UserRole + 1, // the row's cells in search form
        RowIdRole,
    };

    CachedRowsModel(Cache::LocalCache &cache, QString entity, QList<Column> columns,
                    QObject *parent = nullptr);
    ~CachedRowsModel() override;

    QString entity() const { return m_entity; }
    void setRowFilter(RowFilter filter);
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QJsonObject rowAt(int row) const;
    bool allLoaded() const { return m_atEnd; }
    // Translated; empty unless the last read failed.
    QString lastError() const;

public slots:
    // Reads the first page again (after a sync or a local edit).
    void reload();
    // The interface language changed: headers and cell texts are made again.
    void retranslate();

signals:
    void loaded();

private:
    struct Row
    {
        QJsonObject json;
        mutable QStringList texts; // made when first shown
        mutable QString searchText;
    };
    const QStringList &textsOf(const Row &row) const;

    Cache::LocalCache &m_cache;
    QString m_entity;
    QList<Column> m_columns;
    RowFilter m_filter;
    QList<Row> m_rows;
    std::optional<qint64> m_lastId;
    int m_pageSize = 200;
    bool m_atEnd = false;
    std::optional<Cache::CacheError> m_error;
};

// The global search over one section: keeps the loaded rows whose search form contains
// every word of the query in search form, so "كتاب ها" finds "کتاب‌ها". It searches
// what has been read from the cache so far and says so on the page; while a query is set it reads
// no further pages by itself (a query that matches nothing would otherwise read the whole cache).
class RowSearchModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RowSearchModel(QObject *parent = nullptr);

    void setQuery(const QString &text);
    bool hasQuery() const { return !m_words.isEmpty(); }

    bool canFetchMore(const QModelIndex &parent) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace Shahrvand::Ui
