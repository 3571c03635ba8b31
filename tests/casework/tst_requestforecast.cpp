// The request forecast: the level (a trimmed mean of the last eight weeks), the factor of
// the same week a year earlier, the band, and the error on past weeks, each checked
// against figures worked out by hand in the comments.
#include "requestforecast.h"
#include "testenvironment.h"

#include <QTest>

using namespace Shahrvand::CaseWork;

namespace {

bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-6;
}

#define COMPARE_NEAR(actual, expected)                                                             \
    QVERIFY2(near((actual), (expected)),                                                           \
             qPrintable(QStringLiteral("%1 is not %2").arg(actual).arg(expected)))

QList<qint64> repeated(qint64 value, qsizetype weeks)
{
    return QList<qint64>(weeks, value);
}

} // namespace

class TestRequestForecast : public QObject
{
    Q_OBJECT

private slots:
    void aConstantSeries()
    {
        const auto result = RequestForecast::compute(repeated(30, 8));
        QVERIFY(result.enoughHistory);
        QVERIFY(!result.seasonal);
        QCOMPARE(result.forecast.size(), 4);
        for (const double value : result.forecast)
            COMPARE_NEAR(value, 30);
        // Weeks 4 to 7 are forecast from the weeks before them: 30 each time, no error.
        QCOMPARE(result.backtest.size(), 4);
        QCOMPARE(result.backtest.first().index, 4);
        COMPARE_NEAR(result.meanAbsoluteError, 0);
        COMPARE_NEAR(result.meanAbsolutePercentError, 0);
        COMPARE_NEAR(result.low.first(), 30);
        COMPARE_NEAR(result.high.first(), 30);
    }

    void aTrendLagsAndSaysBy()
    {
        // 10, 20, ... 100: the last eight are 30..100; without 30 and 100, 40..90 average 65.
        QList<qint64> weekly;
        for (qint64 i = 1; i <= 10; ++i)
            weekly << 10 * i;
        const auto result = RequestForecast::compute(weekly);
        COMPARE_NEAR(result.level, 65);
        for (const double value : result.forecast)
            COMPARE_NEAR(value, 65);
        // The last eight weeks are 2..9; 2 and 3 have fewer than four weeks before them.
        //  4: mean of 10..40 = 25 (four weeks: nothing left out), actual 50, off by 25
        //  5: 10..50 without 10 and 50 = 30, actual 60, off by 30
        //  6: 20..50 = 35 against 70: 35;  7: 20..60 = 40 against 80: 40
        //  8: 20..70 = 45 against 90: 45;  9: the last eight 20..90 without the ends,
        //     30..80 = 55 against 100: 45
        QCOMPARE(result.backtest.size(), 6);
        const QList<double> expected{25, 30, 35, 40, 45, 55};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(result.backtest.at(i).index, i + 4);
            QCOMPARE(result.backtest.at(i).actual, (i + 5) * 10);
            COMPARE_NEAR(result.backtest.at(i).forecast, expected.at(i));
        }
        // (25 + 30 + 35 + 40 + 45 + 45) / 6 = 220 / 6; in percent each is half the actual
        // but the last (45%): (5 * 50 + 45) / 6.
        COMPARE_NEAR(result.meanAbsoluteError, 220.0 / 6);
        COMPARE_NEAR(result.meanAbsolutePercentError, 295.0 / 6);
        COMPARE_NEAR(result.low.first(), 65 - 220.0 / 6);
        COMPARE_NEAR(result.high.last(), 65 + 220.0 / 6);
    }

    void aYearlyBumpComesBack()
    {
        // 62 weeks of 100, but a year before the next four weeks: Nowruz's dip (40), an
        // ordinary week, Muharram's peak (180) and a burst (1000) that is held to 4 times.
        QList<qint64> weekly = repeated(100, 62);
        weekly[10] = 40;
        weekly[12] = 180;
        weekly[13] = 1000;
        const auto result = RequestForecast::compute(weekly);
        QVERIFY(result.seasonal);
        COMPARE_NEAR(result.level, 100);
        // A year earlier the level was 100 (weeks 2..9): factors 0.4, 1, 1.8 and 10 -> 4.
        const QList<double> factors{0.4, 1, 1.8, 4};
        for (qsizetype i = 0; i < factors.size(); ++i) {
            COMPARE_NEAR(result.seasonalFactors.at(i), factors.at(i));
            COMPARE_NEAR(result.forecast.at(i), 100 * factors.at(i));
        }
        COMPARE_NEAR(result.meanAbsoluteError, 0);

        // The same season on a doubled level: the weeks since 54 have 200 requests.
        for (qsizetype i = 54; i < 62; ++i)
            weekly[i] = 200;
        const auto grown = RequestForecast::compute(weekly);
        COMPARE_NEAR(grown.level, 200);
        COMPARE_NEAR(grown.forecast.at(0), 80);
        COMPARE_NEAR(grown.forecast.at(2), 360);
        COMPARE_NEAR(grown.forecast.at(3), 800);
        // Weeks 54..61 from the weeks before them (the last eight of those, without the
        // ends; 60 and 61 with a year-earlier factor of 1): 100, 100, 700/6, 800/6, 900/6,
        // 1000/6, 1100/6, 200, each against 200.
        const QList<double> past{100, 100, 700.0 / 6, 800.0 / 6, 150, 1000.0 / 6, 1100.0 / 6, 200};
        QCOMPARE(grown.backtest.size(), past.size());
        double total = 0;
        for (qsizetype i = 0; i < past.size(); ++i) {
            COMPARE_NEAR(grown.backtest.at(i).forecast, past.at(i));
            total += 200 - past.at(i);
        }
        COMPARE_NEAR(total, 450); // 100 + 100 + 500/6 + 400/6 + 300/6 + 200/6 + 100/6 + 0
        COMPARE_NEAR(grown.meanAbsoluteError, 450.0 / 8);
        COMPARE_NEAR(grown.meanAbsolutePercentError, 450.0 / 8 / 2);
    }

    void noSeasonBeforeSixtyWeeks()
    {
        QList<qint64> weekly = repeated(100, 59);
        weekly[7] = 40; // 52 weeks before the first forecast week: not used yet
        const auto result = RequestForecast::compute(weekly);
        QVERIFY(!result.seasonal);
        COMPARE_NEAR(result.forecast.first(), 100);
        QCOMPARE(result.seasonalFactors, QList<double>(4, 1.0));
        // A zero level a year earlier gives no factor rather than a division by zero.
        const auto quiet = RequestForecast::compute(QList<qint64>(52, 0) + repeated(100, 8));
        QVERIFY(quiet.seasonal);
        COMPARE_NEAR(quiet.forecast.first(), 100);
    }

    void tooLittleHistory()
    {
        const auto none = RequestForecast::compute({});
        QVERIFY(!none.enoughHistory);
        QVERIFY(none.forecast.isEmpty());
        const auto three = RequestForecast::compute({5, 6, 7});
        QVERIFY(!three.enoughHistory);
        QVERIFY(three.forecast.isEmpty());
        QCOMPARE(three.meanAbsoluteError, -1.0);
        // Four weeks forecast (their mean) but have no past week to measure.
        const auto four = RequestForecast::compute({5, 6, 7, 10});
        QVERIFY(four.enoughHistory);
        COMPARE_NEAR(four.forecast.first(), 7);
        QVERIFY(four.backtest.isEmpty());
        QCOMPARE(four.meanAbsoluteError, -1.0);
        COMPARE_NEAR(four.low.first(), 7);
        COMPARE_NEAR(four.high.first(), 7);
    }

    void zeros()
    {
        const auto silent = RequestForecast::compute(repeated(0, 6));
        QVERIFY(silent.enoughHistory);
        COMPARE_NEAR(silent.forecast.first(), 0);
        COMPARE_NEAR(silent.meanAbsoluteError, 0);
        QCOMPARE(silent.meanAbsolutePercentError, -1.0); // no week had requests
        // A week without requests counts in the absolute error, not in the percentage:
        //  4: 10 against 0;  5: 10,10,10,10,0 without 0 and a 10 = 10 against 10;  6, 7: 10.
        const auto gap = RequestForecast::compute({10, 10, 10, 10, 0, 10, 10, 10});
        QCOMPARE(gap.backtest.size(), 4);
        COMPARE_NEAR(gap.meanAbsoluteError, 2.5);
        COMPARE_NEAR(gap.meanAbsolutePercentError, 0);
        COMPARE_NEAR(gap.forecast.first(), 10);
        COMPARE_NEAR(gap.low.first(), 7.5);
        COMPARE_NEAR(gap.high.first(), 12.5);
        // The band never goes below 0.
        const auto low = RequestForecast::compute({0, 0, 0, 0, 40, 0, 0, 0});
        COMPARE_NEAR(low.forecast.first(), 0);
        COMPARE_NEAR(low.meanAbsoluteError, 10); // 0, 40 off, 0, 0 (each from a level of 0)
        COMPARE_NEAR(low.low.first(), 0);
        COMPARE_NEAR(low.high.first(), 10);
    }
};

QTEST_GUILESS_MAIN(TestRequestForecast)
#include "tst_requestforecast.moc"
