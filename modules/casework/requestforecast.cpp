#include "requestforecast.h"

#include <algorithm>
#include <cmath>

namespace Shahrvand::CaseWork {

namespace {

// The forecasts of the `weeksAhead` weeks after weekly[0, end), with their factors.
QList<double> forecastFrom(const QList<qint64> &weekly, qsizetype end, int weeksAhead,
                           QList<double> *factors, bool *seasonal)
{
    const double level = RequestForecast::levelAt(weekly, end);
    const bool withSeason = end >= RequestForecast::seasonWeeks + RequestForecast::levelWeeks;
    if (seasonal)
        *seasonal = withSeason;
    // The level as it stood a year before the forecast's origin.
    const double yearAgoLevel =
        withSeason ? RequestForecast::levelAt(weekly, end - RequestForecast::seasonWeeks) : 0;
    QList<double> values;
    for (int ahead = 0; ahead < weeksAhead; ++ahead) {
        double factor = 1.0;
        if (withSeason && yearAgoLevel > 0) {
            const qsizetype yearAgo = end + ahead - RequestForecast::seasonWeeks;
            factor = std::clamp(double(weekly.at(yearAgo)) / yearAgoLevel,
                                RequestForecast::minimumFactor, RequestForecast::maximumFactor);
        }
        if (factors)
            factors->append(factor);
        values.append(level * factor);
    }
    return values;
}

} // namespace

double RequestForecast::levelAt(const QList<qint64> &weekly, qsizetype end)
{
    end = std::min(end, weekly.size());
    const qsizetype begin = std::max<qsizetype>(0, end - levelWeeks);
    if (end <= begin)
        return 0;
    QList<qint64> window = weekly.mid(begin, end - begin);
    std::sort(window.begin(), window.end());
    // A single holiday week or a burst should not move the level: leave out the extremes.
    if (window.size() >= 5)
        window = window.mid(1, window.size() - 2);
    double sum = 0;
    for (const qint64 count : std::as_const(window))
        sum += double(count);
    return sum / double(window.size());
}

RequestForecast RequestForecast::compute(const QList<qint64> &weekly, int weeksAhead)
{
    RequestForecast result;
    if (weekly.size() < minimumWeeks || weeksAhead <= 0)
        return result;
    result.enoughHistory = true;
    result.level = levelAt(weekly, weekly.size());
    result.forecast =
        forecastFrom(weekly, weekly.size(), weeksAhead, &result.seasonalFactors, &result.seasonal);

    double absoluteTotal = 0;
    double percentTotal = 0;
    int withRequests = 0;
    for (qsizetype index = std::max<qsizetype>(minimumWeeks, weekly.size() - backtestWeeks);
         index < weekly.size(); ++index) {
        const double predicted = forecastFrom(weekly, index, 1, nullptr, nullptr).first();
        const qint64 actual = weekly.at(index);
        result.backtest.append({index, actual, predicted});
        const double error = std::abs(double(actual) - predicted);
        absoluteTotal += error;
        if (actual > 0) {
            percentTotal += 100.0 * error / double(actual);
            ++withRequests;
        }
    }
    if (!result.backtest.isEmpty())
        result.meanAbsoluteError = absoluteTotal / double(result.backtest.size());
    if (withRequests > 0)
        result.meanAbsolutePercentError = percentTotal / withRequests;
    const double margin = std::max(0.0, result.meanAbsoluteError);
    for (const double value : std::as_const(result.forecast)) {
        result.low.append(std::max(0.0, value - margin));
        result.high.append(value + margin);
    }
    return result;
}

} // namespace Shahrvand::CaseWork
