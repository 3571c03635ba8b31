#pragma once

#include "principal.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QSet>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// The cached missions as a table, read whole from the cache (a unit has hundreds of
// missions, not millions), narrowed to the user's own missions or not, to a status, and by
// the global search's words (order number, purpose, destination, Persian-normalized).
class MissionListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrderNumber, Status, Period, Destination, Purpose, Cases, ColumnCount };
    enum class Scope {
        Mine, // the user is sent on it or requested it
        All,  // every mission the user's copy has
    };
    static constexpr int MissionIdRole = Qt::UserRole + 1;

    MissionListModel(Cache::LocalCache &cache, Access::Principal user, QObject *parent = nullptr);

    void reload();
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    // A status code ("issued"), or empty for every status.
    void setStatus(const QString &status);
    void setSearchText(const QString &text);

    qint64 missionIdAt(int row) const;
    int rowOf(qint64 missionId) const;
    // Missions read from the cache, before the filters.
    int loadedCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QJsonObject row;
        bool mine = false;
        int cases = 0;
        QString searchText; // normalized
    };
    void applyFilters();
    void applyFiltersUnreset();
    bool matches(const Entry &entry) const;

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    Scope m_scope = Scope::All;
    QString m_status;
    QStringList m_words;
    QList<Entry> m_all;
    QList<int> m_shown; // indexes into m_all
};

} // namespace Shahrvand::Ui
