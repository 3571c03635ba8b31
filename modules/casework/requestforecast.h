#pragma once

#include <QList>

namespace Shahrvand::CaseWork {

// A forecast of the next weeks' requests from the weekly counts so far, with a model a
// supervisor can check by hand:
//
//  - The level is the typical week of the last eight: their mean with the highest and the
//    lowest week left out (fewer weeks when the history is shorter; nothing is left out of
//    fewer than five).
//  - With at least a year and eight weeks of history (60 weeks), each forecast week is the
//    level times the same week a year earlier (52 weeks back) divided by the level as it
//    stood then: a Nowruz dip or a Muharram peak comes back in proportion. The factor is
//    kept within [0.25, 4]; a year-earlier level of 0 gives a factor of 1.
//  - With less than four weeks of history there is no forecast.
//
// Its error on past weeks: each of the last eight weeks forecast one week ahead from the
// weeks before it (weeks with less than four weeks before them are left out); the mean
// absolute error, and the mean absolute percentage error over the weeks with requests.
// The band is the forecast plus or minus that mean absolute error, never below 0.
struct RequestForecast
{
    struct PastWeek
    {
        qsizetype index = 0; // in the history given
        qint64 actual = 0;
        double forecast = 0;
    };

    bool enoughHistory = false;
    bool seasonal = false; // the year-earlier factors were used
    double level = 0;
    QList<double> forecast; // the next weeks, nearest first
    QList<double> low;
    QList<double> high;
    QList<double> seasonalFactors; // per forecast week (1 without a season)

    QList<PastWeek> backtest;
    double meanAbsoluteError = -1;        // -1: no past week to measure
    double meanAbsolutePercentError = -1; // in percent; -1: no past week with requests

    static constexpr qsizetype minimumWeeks = 4;
    static constexpr qsizetype levelWeeks = 8;
    static constexpr qsizetype seasonWeeks = 52;
    static constexpr qsizetype backtestWeeks = 8;
    static constexpr double minimumFactor = 0.25;
    static constexpr double maximumFactor = 4.0;

    // `weekly`: requests per week, oldest first, the last one the latest complete week.
    static RequestForecast compute(const QList<qint64> &weekly, int weeksAhead = 4);
    // The typical week of the last `levelWeeks` of `weekly[0, end)`.
    static double levelAt(const QList<qint64> &weekly, qsizetype end);
};

} // namespace Shahrvand::CaseWork
