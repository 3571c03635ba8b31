#pragma once

#include "cacheerror.h"
#include "casequeue.h"
#include "expected.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <atomic>

namespace Shahrvand::Cache {

class LocalCache;

// The figures of the service dashboard over the cached cases a filter selects, from the
// cases' clear columns (casequeue.h) in one pass: no row is opened.
struct CaseStats
{
    enum class Bucket { Day, Week, Month };

    qint64 total = 0;
    // Requests per period, by the Iranian calendar (Iran's time): days, weeks starting on
    // Saturday, Jalali months. Keyed by the period's first day; periods without requests
    // within [from, to] are present with 0, so a chart has no gaps.
    QMap<QDate, qint64> perPeriod;
    QHash<QString, qint64> perChannel;
    QHash<QString, qint64> perStatus;
    QHash<qint64, qint64> perService;  // 0: none
    QHash<qint64, qint64> perDistrict; // 0: none
    QHash<qint64, qint64> perTeam;     // 0: none
    // Recurring problems: requests per service in each district (serviceDistrictKey()).
    QHash<qint64, qint64> perServiceDistrict;
    static qint64 serviceDistrictKey(qint64 service, qint64 district)
    {
        return (service << 32) | (district & 0xffffffff);
    }
    static qint64 serviceOfKey(qint64 key) { return key >> 32; }
    static qint64 districtOfKey(qint64 key) { return key & 0xffffffff; }
    // Open cases (neither resolved nor closed) by age since they were opened.
    qint64 open = 0;
    QList<qint64> openByAge; // ageBounds() buckets: < 1 day, 1-3, 3-7, 7-30, 30 days and more
    // Open cases with a resolution due time: those past it, and those within it.
    qint64 openOverdue = 0;
    qint64 openWithinTime = 0;
    qint64 escalated = 0; // above the first tier, or in the escalated status
    // The cases of the period first answered (resolved), and the time that took in
    // total: calendar time from the request to the answer (resolution), in milliseconds.
    qint64 responded = 0;
    qint64 respondedTotalMs = 0;
    qint64 resolved = 0;
    qint64 resolvedTotalMs = 0;
    // Satisfaction: the survey scores (1 to 5) given in the period for the filter's cases.
    qint64 surveyed = 0;
    qint64 scoreTotal = 0;
    qint64 satisfied = 0; // scores of 4 or 5

    // Averages in minutes (-1: nothing to average); the average score (0: no answers).
    qint64 averageFirstResponseMinutes() const;
    qint64 averageResolutionMinutes() const;
    double averageScore() const { return surveyed > 0 ? double(scoreTotal) / surveyed : 0.0; }

    // The upper bounds of the age buckets, in days; the last bucket has none.
    static QList<int> ageBounds() { return {1, 3, 7, 30}; }
    // The first day of the period that holds `date`.
    static QDate periodStart(QDate date, Bucket bucket);
    static QDate nextPeriod(QDate start, Bucket bucket);
    // Iran's calendar day of an instant (ms since the epoch).
    static QDate iranDate(qint64 ms);

    // The figures for the cases `filter` selects that were created in [from, to] (Iran's
    // calendar days, both included), as of `nowMs`. `cancel` stops between rows.
    static Expected<CaseStats, CacheError> compute(LocalCache &cache, CaseQueueFilter filter,
                                                   QDate from, QDate to, Bucket bucket,
                                                   qint64 nowMs,
                                                   const std::atomic<bool> *cancel = nullptr);
};

} // namespace Shahrvand::Cache
