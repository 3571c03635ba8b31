#pragma once

#include "cacheerror.h"
#include "casequeue.h"
#include "expected.h"

#include <QDate>
#include <QHash>

#include <atomic>

namespace Shahrvand::Cache {

class LocalCache;

// The teams dashboard's figures over the cached cases a filter selects (each level its
// own), from the cases' clear columns in one pass: the workload now (open cases, overdue,
// escalated) per team and per person, and what each finished in a period (resolved between
// `from` and `to`, Iran's calendar days, and how long those took from the request).
struct TeamStats
{
    struct Load
    {
        qint64 open = 0;
        qint64 overdue = 0;   // open and past their resolution due time
        qint64 escalated = 0; // open, above the first tier or escalated
        qint64 resolved = 0;  // resolved (or closed) in the period
        qint64 resolvedTotalMs = 0;

        qint64 averageResolutionMinutes() const
        {
            return resolved > 0 ? resolvedTotalMs / resolved / 60'000 : -1;
        }
    };
    QHash<qint64, Load> perTeam;  // 0: no team
    QHash<qint64, Load> perOwner; // 0: nobody
    Load total;

    static Expected<TeamStats, CacheError> compute(LocalCache &cache, CaseQueueFilter filter,
                                                   QDate from, QDate to, qint64 nowMs,
                                                   const std::atomic<bool> *cancel = nullptr);
};

} // namespace Shahrvand::Cache
