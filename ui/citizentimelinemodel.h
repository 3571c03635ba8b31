#pragma once

#include "citizentimeline.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class NameBook;

// A citizen's timeline as a table, newest first: when, what kind, what it says, its
// status (a case's with its SLA clock), and the case it belongs to. The list comes from the
// cache's clear columns (Cache::citizenTimeline); a row is opened only when its item is
// first shown, and kept, so that thousands of items open at once and scroll smoothly.
class CitizenTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kind, Details, Status, Case, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1; // Cache::TimelineKind as int
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int CaseIdRole = Qt::UserRole + 3; // the case it belongs to, or 0

    // What the notes of a message that is not sent yet begin with: the send-message
    // dialog writes it, the notifications feature will look for it (see logcalldialog.h).
    static QString queuedMarker();

    explicit CitizenTimelineModel(Cache::LocalCache &cache, QObject *parent = nullptr);
    ~CitizenTimelineModel() override;

    // For tests and the SLA clocks: what "now" is (ms since the epoch).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    // Lists the citizen's items that pass `filter`; false (and an empty list) when the
    // cache cannot be read.
    bool load(qint64 citizenId, const Cache::CitizenTimelineFilter &filter);
    void clear();
    qint64 citizenId() const { return m_citizenId; }
    const Cache::CitizenTimelineEntry &entryAt(int row) const { return m_entries.at(row); }
    // Rows opened so far (for tests: only what was shown).
    int openedCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Texts
    {
        QString kind;
        QString details;
        QString status;
        QString state; // CaseText's clock state, for colour
    };
    const QJsonObject &rowOf(const Cache::CitizenTimelineEntry &entry) const;
    const QJsonObject &caseRow(qint64 caseId) const;
    qint64 caseIdOf(const Cache::CitizenTimelineEntry &entry) const;
    // Each item's texts are composed once, when first shown, and kept.
    const Texts &textsOf(const Cache::CitizenTimelineEntry &entry) const;
    Texts composeTexts(const Cache::CitizenTimelineEntry &entry) const;

    Cache::LocalCache &m_cache;
    std::unique_ptr<NameBook> m_names;
    std::function<qint64()> m_now;
    qint64 m_citizenId = 0;
    QList<Cache::CitizenTimelineEntry> m_entries;
    mutable QHash<int, QJsonObject> m_rows;     // by the entry's place
    mutable QHash<int, Texts> m_texts;          // by the entry's place
    mutable QHash<qint64, QJsonObject> m_cases; // the cases other items belong to
};

} // namespace Shahrvand::Ui
