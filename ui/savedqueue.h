#pragma once

#include "casequeue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// A queue the agent made: one of the predefined views narrowed by status, priority,
// channel, service, team and owner, under a name of their choosing. Kept in the user's cache (meta
// "saved_queues"), so it is there on this computer offline and after a restart.
struct SavedQueue
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::SavedQueue)

public:
    QString name;
    Cache::CaseQueueView base = Cache::CaseQueueView::All;
    QStringList statuses;
    QStringList priorities;
    QStringList channels;
    QList<qint64> serviceIds;
    QList<qint64> teamIds;
    QList<qint64> ownerIds;

    bool narrows() const
    {
        return !statuses.isEmpty() || !priorities.isEmpty() || !channels.isEmpty() ||
               !serviceIds.isEmpty() || !teamIds.isEmpty() || !ownerIds.isEmpty();
    }
    // The base view's filter with this queue's conditions added.
    Cache::CaseQueueFilter apply(Cache::CaseQueueFilter filter) const;

    static QList<SavedQueue> load(const Cache::LocalCache &cache);
    // Empty, or what went wrong, in the interface's language.
    static QString store(Cache::LocalCache &cache, const QList<SavedQueue> &queues);

    friend bool operator==(const SavedQueue &, const SavedQueue &) = default;
};

} // namespace Shahrvand::Ui
