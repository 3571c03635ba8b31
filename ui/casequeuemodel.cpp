#include "casequeuemodel.h"

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
{}

void CaseQueueModel::setView(Cache::CaseQueueView view)
{
    m_view = view;
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

Cache::CaseQueueFilter CaseQueueModel::filter() const
{
    Cache::CaseQueueFilter filter =
        Cache::CaseQueue::filterFor(m_view, m_cache.user().value_or(Access::Principal()), m_now());
    filter.trackingPrefix = m_prefix;
    return filter;
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

QString CaseQueueModel::nameOf(const QString &entity, qint64 id) const
{
    const QString key = entity + u':' + QString::number(id);
    const auto known = m_names.constFind(key);
    if (known != m_names.constEnd())
        return *known;
    QString name;
    const auto row = m_cache.row(entity, id);
    if (row && *row) {
        const QJsonObject &json = **row;
        const bool persian = QLocale().language() == QLocale::Persian;
        if (entity == u"citizens")
            name =
                (json.value(u"first_name").toString() + u' ' + json.value(u"last_name").toString())
                    .trimmed();
        else if (entity == u"users")
            name = json.value(u"display_name").toString();
        else
            name = json.value(persian ? u"name_fa" : u"name_en").toString();
    }
    if (name.isEmpty()) // not in this computer's copy: its number
        name = toLocalDigits(QString::number(id));
    m_names.insert(key, name);
    return name;
}

QString CaseQueueModel::slaText(const QJsonObject &row, QString *state) const
{
    const QJsonValue due = row.value(u"resolution_due_at");
    if (!due.isDouble())
        return {};
    const QString status = row.value(u"status").toString();
    if (status == u"resolved" || status == u"closed")
        return {};
    if (row.value(u"sla_paused_at").isDouble()) {
        *state = QStringLiteral("paused");
        return tr("Paused");
    }
    const qint64 now = m_now();
    const qint64 left = due.toInteger() - now;
    const qint64 total = due.toInteger() - row.value(u"created_at").toInteger(now);
    const qint64 minutes = std::abs(left) / 60'000;
    if (minutes == 0) {
        *state = left < 0 ? QStringLiteral("breached") : QStringLiteral("warning");
        return tr("Due now");
    }
    const QString amount = minutes >= 48 * 60 ? tr("%Ln day(s)", nullptr, int(minutes / (24 * 60)))
                           : minutes >= 60    ? tr("%Ln hour(s)", nullptr, int(minutes / 60))
                                              : tr("%Ln minute(s)", nullptr, int(minutes));
    if (left < 0) {
        *state = QStringLiteral("breached");
        return tr("%1 overdue").arg(amount);
    }
    *state = total > 0 && left * 100 <= total * (100 - warningPercent) ? QStringLiteral("warning")
                                                                       : QStringLiteral("fine");
    return tr("%1 left").arg(amount);
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
        return id.isDouble() ? nameOf(entity, id.toInteger()) : QString();
    };
    QStringList texts(ColumnCount);
    texts[TrackingCode] = display("tracking_code");
    texts[Citizen] = named("citizen_id", QStringLiteral("citizens"));
    texts[Service] = named("service_id", QStringLiteral("services"));
    texts[Status] = display("status");
    texts[Priority] = display("priority");
    QString state;
    texts[SlaLeft] = slaText(json, &state);
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
        slaText(row.json, &state);
        if (role == SlaStateRole)
            return state;
        if (index.column() != SlaLeft)
            return {};
        // Colours that read on light and dark palettes alike, never the only sign (the
        // text says "overdue").
        if (state == u"breached")
            return role == Qt::ForegroundRole ? QBrush(QColor(0xb0, 0x1c, 0x1c))
                                              : QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (state == u"warning")
            return role == Qt::ForegroundRole ? QBrush(QColor(0x8a, 0x55, 0x00))
                                              : QBrush(QColor(0xff, 0xf1, 0xc9));
        if (state == u"fine" && role == Qt::ForegroundRole)
            return QBrush(QColor(0x1d, 0x6b, 0x35));
        return {};
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

void CaseQueueModel::reload()
{
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
