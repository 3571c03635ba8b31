#include "casequeuemodel.h"

#include "casetext.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQueue, "shahrvand.ui.queue")

namespace Shahrvand::Ui {

using Cache::CaseQueueColumn;

CaseQueueModel::CaseQueueModel(Cache::LocalCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_names(cache)
{}

void CaseQueueModel::setView(Cache::CaseQueueView view, const std::optional<SavedQueue> &narrowing)
{
    m_view = view;
    m_narrowing = narrowing;
    m_explicit.reset();
    reload();
}

void CaseQueueModel::setTrackingPrefix(const QString &typed)
{
    if (typed == m_prefix)
        return;
    m_prefix = typed;
    reload();
}

void CaseQueueModel::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void CaseQueueModel::setExplicitFilter(const Cache::CaseQueueFilter &filter)
{
    m_explicit = filter;
    m_narrowing.reset();
    reload();
}

Cache::CaseQueueFilter CaseQueueModel::filter() const
{
    if (m_explicit) {
        Cache::CaseQueueFilter filter = *m_explicit;
        filter.trackingPrefix = m_prefix;
        return filter;
    }
    Cache::CaseQueueFilter filter =
        Cache::CaseQueue::filterFor(m_view, m_cache.user().value_or(Access::Principal()), m_now());
    filter.trackingPrefix = m_prefix;
    return m_narrowing ? m_narrowing->apply(filter) : filter;
}

std::optional<CaseQueueColumn> CaseQueueModel::sortColumnOf(int column)
{
    switch (column) {
    case TrackingCode:
        return CaseQueueColumn::TrackingCode;
    case Service:
        return CaseQueueColumn::Service;
    case Status:
        return CaseQueueColumn::Status;
    case Priority:
        return CaseQueueColumn::Priority;
    case SlaLeft:
        return CaseQueueColumn::ResolutionDue;
    case Owner:
        return CaseQueueColumn::Owner;
    case Team:
        return CaseQueueColumn::Team;
    case Created:
        return CaseQueueColumn::Created;
    case Channel:
        return CaseQueueColumn::Channel;
    default:
        return std::nullopt;
    }
}

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QStringList &CaseQueueModel::textsOf(const Row &row) const
{
    if (!row.texts.isEmpty())
        return row.texts;
    const QJsonObject &json = row.json;
    const auto display = [&](const char *field) {
        return FieldText::displayValue(u"cases", QString::fromLatin1(field),
                                       json.value(QLatin1String(field)));
    };
    const auto named = [&](const char *field, const QString &entity) {
        const QJsonValue id = json.value(QLatin1String(field));
        return id.isDouble() ? m_names.name(entity, id.toInteger()) : QString();
    };
    QStringList texts(ColumnCount);
    texts[TrackingCode] = display("tracking_code");
    texts[Citizen] = named("citizen_id", QStringLiteral("citizens"));
    texts[Service] = named("service_id", QStringLiteral("services"));
    texts[Status] = display("status");
    texts[Priority] = display("priority");
    QString state;
    texts[SlaLeft] = slaLeft(json, &state);
    texts[Owner] = json.value(u"owner_id").isDouble() ? named("owner_id", QStringLiteral("users"))
                                                      : tr("Unassigned");
    texts[Team] = named("team_id", QStringLiteral("org_units"));
    texts[Created] = display("created_at");
    texts[Channel] = display("channel");
    row.texts = texts;
    return row.texts;
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return textsOf(row).value(index.column());
    case RowIdRole:
        return row.json.value(u"id").toInteger();
    case SlaStateRole:
    case Qt::ForegroundRole:
    case Qt::BackgroundRole: {
        QString state;
        slaLeft(row.json, &state);
        if (role == SlaStateRole)
            return state;
        if (index.column() != SlaLeft)
            return {};
        const QBrush brush =
            role == Qt::ForegroundRole ? CaseText::foreground(state) : CaseText::background(state);
        return brush.style() == Qt::NoBrush ? QVariant() : QVariant(brush);
    }
    default:
        return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TrackingCode:
        return FieldText::fieldLabel(u"tracking_code");
    case Citizen:
        return tr("Citizen");
    case Service:
        return tr("Service");
    case Status:
        return FieldText::fieldLabel(u"status");
    case Priority:
        return FieldText::fieldLabel(u"priority");
    case SlaLeft:
        return tr("Time left");
    case Owner:
        return tr("Owner");
    case Team:
        return tr("Team");
    case Created:
        return tr("Opened");
    case Channel:
        return FieldText::fieldLabel(u"channel");
    default:
        return {};
    }
}

bool CaseQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const auto page = m_cache.caseQueuePage(filter(), m_sort, m_pageSize, m_last);
    if (!page) {
        qCWarning(lcQueue) << "reading the queue failed:" << page.error().detail;
        m_error = tr("This computer's copy of the cases could not be read.");
        m_atEnd = true;
        emit loaded();
        return;
    }
    m_atEnd = page->atEnd;
    if (page->last)
        m_last = page->last;
    if (!page->rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
        for (const QJsonObject &json : page->rows)
            m_rows.append(Row{json, {}});
        endInsertRows();
    }
    emit loaded();
}

void CaseQueueModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = sortColumnOf(column);
    if (!sortColumn)
        return;
    m_sort = {*sortColumn, order};
    reload();
}

// The resolution clock from the row's due time and its policy's warning threshold; for a
// case the server has not timed yet, an estimate ("≈") by the policy it will get.
QString CaseQueueModel::slaLeft(const QJsonObject &row, QString *state) const
{
    if (!m_catalog)
        m_catalog = std::make_unique<CaseCatalog>(m_cache);
    const CaseWork::SlaPolicy *policy = m_catalog->policyFor(row);
    const int warning = policy ? policy->warningPercent : CaseText::warningPercent;
    const QString status = row.value(u"status").toString();
    if (!row.value(u"resolution_due_at").isDouble() && policy && status != u"resolved" &&
        status != u"closed") {
        const qint64 now = m_now();
        const auto evaluation =
            m_catalog->evaluateSla(row, {}, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        if (!evaluation)
            return {};
        QJsonObject timed = row;
        timed.insert(QStringLiteral("resolution_due_at"),
                     evaluation->resolution.dueAt.toMSecsSinceEpoch());
        if (!timed.value(u"created_at").isDouble())
            timed.insert(QStringLiteral("created_at"), now);
        return u'≈' + CaseText::resolutionLeft(timed, now, state, warning);
    }
    return CaseText::resolutionLeft(row, m_now(), state, warning);
}

void CaseQueueModel::reload()
{
    m_catalog.reset();
    beginResetModel();
    m_rows.clear();
    m_last.reset();
    m_atEnd = false;
    m_error.clear();
    m_names.clear();
    endResetModel();
    fetchMore({});
}

void CaseQueueModel::retranslate()
{
    m_names.clear();
    for (const Row &row : std::as_const(m_rows))
        row.texts.clear();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace Shahrvand::Ui
