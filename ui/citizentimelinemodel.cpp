#include "citizentimelinemodel.h"

#include "casetext.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "missiontext.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <limits>

Q_LOGGING_CATEGORY(lcCitizenTimeline, "shahrvand.ui.citizentimeline")

namespace Shahrvand::Ui {

using Cache::CitizenTimelineEntry;
using Cache::TimelineKind;

namespace {

// Long notes are cut for one line of the table; the whole text is in the tooltip.
constexpr qsizetype detailsLength = 160;

QString oneLine(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > detailsLength ? simple.left(detailsLength) + QChar(0x2026) : simple;
}

} // namespace

QString CitizenTimelineModel::queuedMarker()
{
    return QStringLiteral("[queued-message]\n");
}

CitizenTimelineModel::CitizenTimelineModel(Cache::LocalCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_names(std::make_unique<NameBook>(cache))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

CitizenTimelineModel::~CitizenTimelineModel() = default;

bool CitizenTimelineModel::load(qint64 citizenId, const Cache::CitizenTimelineFilter &filter)
{
    beginResetModel();
    m_citizenId = citizenId;
    m_rows.clear();
    m_texts.clear();
    m_cases.clear();
    m_names->clear();
    auto entries = Cache::citizenTimeline(m_cache, citizenId, filter);
    if (!entries)
        qCWarning(lcCitizenTimeline) << "cannot read the timeline:" << entries.error().detail;
    m_entries = entries ? std::move(entries).value() : QList<CitizenTimelineEntry>();
    endResetModel();
    return bool(entries);
}

void CitizenTimelineModel::clear()
{
    beginResetModel();
    m_citizenId = 0;
    m_entries.clear();
    m_rows.clear();
    m_texts.clear();
    m_cases.clear();
    endResetModel();
}

int CitizenTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CitizenTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QJsonObject &CitizenTimelineModel::rowOf(const CitizenTimelineEntry &entry) const
{
    const int place = int(&entry - m_entries.constData());
    auto found = m_rows.constFind(place);
    if (found != m_rows.cend())
        return *found;
    const auto opened = m_cache.row(entry.entity(), entry.id);
    if (!opened)
        qCWarning(lcCitizenTimeline) << "cannot open" << entry.entity() << entry.id;
    return *m_rows.insert(place, opened && *opened ? **opened : QJsonObject());
}

const QJsonObject &CitizenTimelineModel::caseRow(qint64 caseId) const
{
    auto found = m_cases.constFind(caseId);
    if (found != m_cases.cend())
        return *found;
    const auto opened = m_cache.row(QStringLiteral("cases"), caseId);
    return *m_cases.insert(caseId, opened && *opened ? **opened : QJsonObject());
}

const CitizenTimelineModel::Texts &
CitizenTimelineModel::textsOf(const CitizenTimelineEntry &entry) const
{
    const int place = int(&entry - m_entries.constData());
    auto found = m_texts.constFind(place);
    if (found != m_texts.cend())
        return *found;
    return *m_texts.insert(place, composeTexts(entry));
}

qint64 CitizenTimelineModel::caseIdOf(const CitizenTimelineEntry &entry) const
{
    // An interaction's case is in its sealed row (opened anyway to be shown).
    if (entry.kind == TimelineKind::Interaction)
        return rowOf(entry).value(u"case_id").toInteger();
    return entry.caseId;
}

CitizenTimelineModel::Texts
CitizenTimelineModel::composeTexts(const CitizenTimelineEntry &entry) const
{
    const QJsonObject &row = rowOf(entry);
    Texts texts;
    switch (entry.kind) {
    case TimelineKind::Case: {
        texts.kind = tr("Case");
        texts.details = CaseText::joinIsolated(
            {m_names->name(QStringLiteral("services"), row.value(u"service_id").toInteger()),
             oneLine(row.value(u"subject").toString())});
        texts.status = FieldText::displayValue(u"cases", u"status", row.value(u"status"));
        const QString clock = CaseText::resolutionLeft(row, m_now(), &texts.state);
        if (!clock.isEmpty())
            texts.status = CaseText::joinIsolated({texts.status, clock});
        break;
    }
    case TimelineKind::Interaction: {
        const QString channel = row.value(u"channel").toString();
        const bool outbound = row.value(u"direction").toString() == u"outbound";
        QString notes = row.value(u"notes").toString();
        const bool queued = notes.startsWith(queuedMarker());
        if (queued)
            notes.remove(0, queuedMarker().size());
        if (channel == u"phone")
            texts.kind = outbound ? tr("Call made") : tr("Call received");
        else if (channel == u"walk_in")
            texts.kind = tr("Walk-in");
        else
            texts.kind = outbound ? tr("Message sent") : tr("Message received");
        if (queued)
            texts.kind = tr("Message");
        QStringList parts{FieldText::displayValue(u"interactions", u"channel", channel)};
        const QJsonValue started = row.value(u"started_at");
        const QJsonValue ended = row.value(u"ended_at");
        if (started.isDouble() && ended.isDouble() && ended.toInteger() > started.toInteger())
            parts << CaseText::amount(
                qMax<qint64>(1, (ended.toInteger() - started.toInteger()) / 60'000));
        if (!notes.trimmed().isEmpty())
            parts << oneLine(notes);
        texts.details = CaseText::joinIsolated(parts);
        if (queued) {
            texts.status = tr("Queued: not sent yet");
            texts.state = QStringLiteral("warning");
        }
        break;
    }
    case TimelineKind::Mission:
        texts.kind = tr("Mission");
        texts.details = CaseText::joinIsolated(
            {FieldText::displayValue(u"missions", u"order_number", row.value(u"order_number")),
             oneLine(row.value(u"purpose").toString())});
        texts.status = MissionText::status(row);
        break;
    case TimelineKind::Survey:
        texts.kind = tr("Survey");
        texts.details = CaseText::joinIsolated(
            {entry.score >= 0 ? tr("Satisfaction %1 of %2")
                                    .arg(QLocale().toString(entry.score), QLocale().toString(5))
                              : tr("No score given"),
             FieldText::displayValue(u"survey_responses", u"channel", row.value(u"channel"))});
        break;
    case TimelineKind::Note:
        texts.kind = row.value(u"internal").toBool() ? tr("Internal note") : tr("Note");
        texts.details = CaseText::joinIsolated({oneLine(row.value(u"body").toString())});
        break;
    }
    return texts;
}

QVariant CitizenTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CitizenTimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case KindRole:
        return int(entry.kind);
    case IdRole:
        return entry.id;
    case CaseIdRole:
        return caseIdOf(entry);
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (index.column() == When) {
            return entry.atMs == std::numeric_limits<qint64>::max()
                       ? tr("Not sent yet")
                       : FieldText::displayValue(u"cases", u"created_at", entry.atMs);
        }
        if (index.column() == Case) {
            const qint64 caseId = caseIdOf(entry);
            if (!caseId)
                return {};
            const QJsonValue code = caseRow(caseId).value(u"tracking_code");
            return FieldText::displayValue(u"cases", u"tracking_code", code);
        }
        const Texts &texts = textsOf(entry);
        if (index.column() == Kind)
            return texts.kind;
        if (index.column() == Status)
            return texts.status;
        if (role == Qt::ToolTipRole && entry.kind == TimelineKind::Note)
            return rowOf(entry).value(u"body").toString();
        return texts.details;
    }
    case Qt::ForegroundRole:
    case Qt::BackgroundRole: {
        if (index.column() != Status)
            return {};
        const QString &state = textsOf(entry).state;
        const QBrush brush =
            role == Qt::ForegroundRole ? CaseText::foreground(state) : CaseText::background(state);
        return brush.style() == Qt::NoBrush ? QVariant() : QVariant(brush);
    }
    default:
        return {};
    }
}

QVariant CitizenTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Type");
    case Details:
        return tr("Details");
    case Status:
        return tr("Status");
    case Case:
        return FieldText::fieldLabel(u"tracking_code");
    }
    return {};
}

} // namespace Shahrvand::Ui
