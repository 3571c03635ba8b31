#include "approvalinboxmodel.h"

#include "approvaltext.h"
#include "localcache.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApprovals, "shahrvand.ui.approvals")

namespace Shahrvand::Ui {

ApprovalInboxModel::ApprovalInboxModel(Cache::LocalCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_names(cache)
{}

void ApprovalInboxModel::setSubjectType(const QString &subjectType)
{
    if (subjectType == m_subjectType)
        return;
    m_subjectType = subjectType;
    reload();
}

const Cache::ApprovalItem *ApprovalInboxModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).item : nullptr;
}

int ApprovalInboxModel::rowOf(qint64 stepId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).item.stepId == stepId)
            return int(i);
    }
    return -1;
}

int ApprovalInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QStringList &ApprovalInboxModel::textsOf(const Row &row) const
{
    if (!row.texts.isEmpty())
        return row.texts;
    const Cache::ApprovalItem &item = row.item;
    QStringList texts(ColumnCount);
    texts[Subject] = ApprovalText::subject(item.subjectType, item.title);
    if (item.onBehalfOfId != 0) // for an approver who is away; first, so as not to be elided
        texts[Subject] =
            tr("For %1 — %2")
                .arg(m_names.name(QStringLiteral("users"), item.onBehalfOfId), texts[Subject]);
    texts[Claimant] =
        item.claimantId ? m_names.name(QStringLiteral("users"), item.claimantId) : QString();
    texts[Unit] = item.unitId ? m_names.name(QStringLiteral("org_units"), item.unitId) : QString();
    texts[Amount] = ApprovalText::amount(item);
    texts[Step] = ApprovalText::stepOf(item.step, item.steps);
    texts[WaitingSince] = ApprovalText::waitingSince(item.waitingSinceMs, m_now());
    row.texts = texts;
    return row.texts;
}

QVariant ApprovalInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return textsOf(row).value(index.column());
    case Qt::TextAlignmentRole:
        // Amounts line up on their last digit, whichever the direction.
        if (index.column() == Amount && row.item.amountRials)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case StepIdRole:
        return row.item.stepId;
    case SubjectTypeRole:
        return row.item.subjectType;
    case AmountRole:
        return row.item.amountRials ? QVariant(*row.item.amountRials) : QVariant();
    default:
        return {};
    }
}

QVariant ApprovalInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject:
        return tr("Waiting for approval");
    case Claimant:
        return tr("Claimant");
    case Unit:
        return tr("Unit");
    case Amount:
        return tr("Amount");
    case Step:
        return tr("Step");
    case WaitingSince:
        return tr("Waiting since");
    default:
        return {};
    }
}

bool ApprovalInboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ApprovalInboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const auto page = Cache::ApprovalInbox::page(m_cache, m_filter, m_sort, m_pageSize, m_last);
    if (!page) {
        qCWarning(lcApprovals) << "reading the approvals failed:" << page.error().detail;
        m_error = tr("This computer's copy of the approvals could not be read.");
        m_atEnd = true;
        emit loaded();
        return;
    }
    m_atEnd = page->atEnd;
    if (page->last)
        m_last = page->last;
    if (!page->items.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->items.size() - 1));
        for (const Cache::ApprovalItem &item : page->items)
            m_rows.append(Row{item, {}});
        endInsertRows();
    }
    emit loaded();
}

void ApprovalInboxModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sort = {column == Amount ? Cache::ApprovalSortColumn::Amount
                               : Cache::ApprovalSortColumn::WaitingSince,
              order};
    reload();
}

void ApprovalInboxModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_last.reset();
    m_atEnd = false;
    m_error.clear();
    m_names.clear();
    const auto filter = Cache::ApprovalInbox::filterFor(m_cache, m_user, m_now());
    if (!filter) {
        qCWarning(lcApprovals) << "reading the delegations failed:" << filter.error().detail;
        m_error = tr("This computer's copy of the approvals could not be read.");
        m_atEnd = true;
    } else {
        m_filter = *filter;
        m_filter.subjectType = m_subjectType;
    }
    endResetModel();
    fetchMore({});
}

void ApprovalInboxModel::retranslate()
{
    m_names.clear();
    for (const Row &row : std::as_const(m_rows))
        row.texts.clear();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace Shahrvand::Ui
