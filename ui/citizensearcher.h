#pragma once

#include "cancellablethread.h"
#include "citizensearch.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// Finds citizens as the user types (Cache::findCitizens) on a thread of its own, with its
// own connection to the cache, so typing never waits for it; a newer search replaces one
// still running, and only the newest answer is reported. The Citizens section and the
// intake dialog share it.
class CitizenSearcher final : public QObject
{
    Q_OBJECT

public:
    CitizenSearcher(Cache::LocalCache &cache, int limit, QObject *parent = nullptr);
    ~CitizenSearcher() override;

    // What was typed; nothing to look for (empty) answers at once with no match.
    void search(const QString &typed);
    // Stops a search on its way; its answer is not reported.
    void cancel();

    // A found citizen as one line of a results list: the name, the father's name, the
    // national ID as the cache has it (masked for roles that may not read it) and the birth
    // date, each isolated so mixed scripts keep their order.
    static QString describe(const QJsonObject &citizen);

signals:
    void found(const QList<Shahrvand::Cache::CitizenMatch> &matches);

private:
    Cache::LocalCache &m_cache;
    int m_limit;
    CancellableThread m_thread;
    quint64 m_generation = 0;
};

} // namespace Shahrvand::Ui
