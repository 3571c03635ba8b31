#include "cachedrowsmodel.h"

#include "fieldtext.h"
#include "localcache.h"
#include "textnormalizer.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRows, "shahrvand.ui.rows")

namespace Shahrvand::Ui {

namespace {
// One fetchMore() reads at most this many pages when a row filter passes rows over, so a
// scroll never stalls the window for long.
constexpr int maxPagesPerFetch = 20;
} // namespace

CachedRowsModel::CachedRowsModel(Cache::LocalCache &cache, QString entity, QList<Column> columns,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_entity(std::move(entity))
    , m_columns(std::move(columns))
{}

CachedRowsModel::~CachedRowsModel() = default;

void CachedRowsModel::setRowFilter(RowFilter filter)
{
    m_filter = std::move(filter);
}

int CachedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CachedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const QStringList &CachedRowsModel::textsOf(const Row &row) const
{
    if (row.texts.isEmpty() && !m_columns.isEmpty()) {
        QStringList texts;
        texts.reserve(m_columns.size());
        for (const Column &column : m_columns) {
            texts << (column.text ? column.text(row.json)
                                  : FieldText::displayValue(m_entity, column.field,
                                                            row.json.value(column.field)));
        }
        row.texts = texts;
        row.searchText = normalizeForSearch(texts.join(u' '));
    }
    return row.texts;
}

QVariant CachedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return textsOf(row).value(index.column());
    case SearchTextRole:
        textsOf(row);
        return row.searchText;
    case RowIdRole:
        return row.json.value(QStringLiteral("id")).toInteger();
    default:
        return {};
    }
}

QVariant CachedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &column = m_columns.at(section);
    return column.title ? column.title() : FieldText::fieldLabel(column.field);
}

bool CachedRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CachedRowsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QList<Row> fresh;
    for (int page = 0; page < maxPagesPerFetch && !m_atEnd && fresh.isEmpty(); ++page) {
        const auto rows = m_cache.rows(m_entity, m_pageSize, m_lastId);
        if (!rows) {
            qCWarning(lcRows) << "cannot read" << m_entity << rows.error().detail;
            m_error = rows.error();
            m_atEnd = true;
            break;
        }
        const QList<QJsonObject> &page_ = rows.value();
        if (page_.size() < m_pageSize)
            m_atEnd = true;
        if (!page_.isEmpty())
            m_lastId = page_.constLast().value(QStringLiteral("id")).toInteger();
        for (const QJsonObject &json : page_) {
            if (!m_filter || m_filter(json))
                fresh.append(Row{json, {}, {}});
        }
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    emit loaded();
}

QJsonObject CachedRowsModel::rowAt(int row) const
{
    return m_rows.value(row).json;
}

QString CachedRowsModel::lastError() const
{
    return m_error ? m_error->message() : QString();
}

void CachedRowsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastId.reset();
    m_atEnd = false;
    m_error.reset();
    endResetModel();
    fetchMore({});
}

void CachedRowsModel::retranslate()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.texts.clear();
        row.searchText.clear();
    }
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size() - 1));
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size() - 1), int(m_columns.size() - 1)));
}

RowSearchModel::RowSearchModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void RowSearchModel::setQuery(const QString &text)
{
    const QStringList words = normalizeForSearch(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool RowSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !hasQuery() && QSortFilterProxyModel::canFetchMore(parent);
}

bool RowSearchModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(CachedRowsModel::SearchTextRole)
                             .toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace Shahrvand::Ui
