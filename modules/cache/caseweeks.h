#pragma once

#include "cacheerror.h"
#include "casequeue.h"
#include "expected.h"

#include <QDate>
#include <QList>

#include <atomic>

namespace Shahrvand::Cache {

class LocalCache;

// Requests per Iranian week (Saturday to Friday, Iran's time) over the cached cases a
// filter selects, for every service together and for the busiest services, from the
// cases' clear columns in one pass: the history a forecast is made from.
struct CaseWeeks
{
    struct Service
    {
        qint64 serviceId = 0;
        qint64 total = 0;
        QList<qint64> counts; // per week, as `weeks`
    };

    // The complete weeks before the week of "today", oldest first (their Saturdays); weeks
    // without requests are there with 0.
    QList<QDate> weeks;
    QList<qint64> all;
    // The busiest services over those weeks, busiest first (ties: the smaller id first);
    // cases without a service count in `all` only.
    QList<Service> services;

    // The counts of one service (0: every service); zeros for a service not among them.
    QList<qint64> countsOf(qint64 serviceId) const;

    // The `weekCount` complete weeks before the week holding `today`, for the cases
    // `filter` selects, with the `topServices` busiest services. `cancel` stops between rows.
    static Expected<CaseWeeks, CacheError> count(LocalCache &cache, CaseQueueFilter filter,
                                                 QDate today, int weekCount, int topServices,
                                                 const std::atomic<bool> *cancel = nullptr);
};

} // namespace Shahrvand::Cache
