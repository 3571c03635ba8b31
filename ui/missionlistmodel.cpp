#include "missionlistmodel.h"

#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "missiontext.h"
#include "textnormalizer.h"

#include <QLocale>

namespace Shahrvand::Ui {

MissionListModel::MissionListModel(Cache::LocalCache &cache, Access::Principal user,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_user(std::move(user))
{}

void MissionListModel::reload()
{
    QList<Entry> entries;
    std::optional<qint64> after;
    constexpr int page = 500;
    for (;;) {
        const auto rows = m_cache.rows(QStringLiteral("missions"), page, after);
        if (!rows || rows->isEmpty())
            break;
        for (const QJsonObject &row : *rows) {
            Entry entry;
            entry.row = row;
            const qint64 id = row.value(u"id").toInteger();
            const auto facts = missionFacts(m_cache, row, m_user);
            entry.mine =
                facts.requester == m_user.userId || facts.assignees.contains(m_user.userId);
            const auto cases = m_cache.childRows(QStringLiteral("mission_cases"),
                                                 QStringLiteral("missions"), id, 10000);
            entry.cases = cases ? int(cases->size()) : 0;
            entry.searchText = normalizeForSearch(
                QStringList{row.value(u"order_number").toString(), row.value(u"purpose").toString(),
                            row.value(u"destination_name").toString()}
                    .join(u' '));
            entries.append(entry);
        }
        if (rows->size() < page)
            break;
        after = rows->last().value(u"id").toInteger();
    }
    // Newest first: the planned start, missions without one (new drafts) at the top.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const QJsonValue sa = a.row.value(u"planned_start"), sb = b.row.value(u"planned_start");
        if (sa.isDouble() != sb.isDouble())
            return !sa.isDouble();
        return sa.toInteger() > sb.toInteger();
    });
    beginResetModel();
    m_all = entries;
    applyFiltersUnreset();
    endResetModel();
}

void MissionListModel::setScope(Scope scope)
{
    m_scope = scope;
    applyFilters();
}

void MissionListModel::setStatus(const QString &status)
{
    m_status = status;
    applyFilters();
}

void MissionListModel::setSearchText(const QString &text)
{
    m_words = normalizeForSearch(text).split(u' ', Qt::SkipEmptyParts);
    applyFilters();
}

bool MissionListModel::matches(const Entry &entry) const
{
    if (m_scope == Scope::Mine && !entry.mine)
        return false;
    if (!m_status.isEmpty() && entry.row.value(u"status").toString() != m_status)
        return false;
    for (const QString &word : m_words) {
        if (!entry.searchText.contains(word))
            return false;
    }
    return true;
}

void MissionListModel::applyFiltersUnreset()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i)))
            m_shown.append(i);
    }
}

void MissionListModel::applyFilters()
{
    beginResetModel();
    applyFiltersUnreset();
    endResetModel();
}

qint64 MissionListModel::missionIdAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return 0;
    return m_all.at(m_shown.at(row)).row.value(u"id").toInteger();
}

int MissionListModel::rowOf(qint64 missionId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (missionIdAt(row) == missionId)
            return row;
    }
    return -1;
}

int MissionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int MissionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MissionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Entry &entry = m_all.at(m_shown.at(index.row()));
    const QJsonObject &row = entry.row;
    if (role == MissionIdRole)
        return row.value(u"id").toInteger();
    if (role == Qt::TextAlignmentRole && index.column() == Cases)
        return QVariant(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && index.column() == Purpose)
        return row.value(u"purpose").toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case OrderNumber: {
        const QString number = row.value(u"order_number").toString();
        // A mission written here has its number from the server, after the next sync.
        return number.isEmpty() ? tr("(not sent yet)")
                                : FieldText::displayValue(u"missions", u"order_number", number);
    }
    case Status:
        return MissionText::status(row);
    case Period:
        return MissionText::period(row.value(u"planned_start"), row.value(u"planned_end"));
    case Destination:
        return row.value(u"destination_name").toString();
    case Purpose:
        return row.value(u"purpose").toString().simplified();
    case Cases:
        return QLocale().toString(entry.cases);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MissionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case OrderNumber:
        return tr("Order number");
    case Status:
        return tr("Status");
    case Period:
        return tr("Planned period");
    case Destination:
        return tr("Destination");
    case Purpose:
        return tr("Purpose");
    case Cases:
        return tr("Cases");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Shahrvand::Ui
