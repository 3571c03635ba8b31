// The forecast panel over a real cache: the weeks a supervisor sees (their units'), the
// figures shown being the model's on those weeks, the service chooser, the state with too
// little history, a past week's point opening exactly its cases in the Cases section (a
// forecast week opening nothing), Persian text without Latin digits, and screenshots in
// Persian and English.
#include "appfonts.h"
#include "casespage.h"
#include "casestats.h"
#include "chartparts.h"
#include "forecastpanel.h"
#include "jalalidate.h"
#include "localization.h"
#include "shellfixture.h"
#include "testenvironment.h"
#include "visibletexts.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;

namespace {

const qint64 hour = 3'600'000;
const qint64 day = 24 * hour;

// Wednesday 18 November 2026 (27 Aban 1405): its week started on Saturday 14 November.
const QDate today(2026, 11, 18);

struct Planted
{
    qint64 service = 0;
    qint64 team = 3;
    QList<qint64> perWeek; // the complete weeks before today's, oldest first
    QString channel = QStringLiteral("phone");
};

// Cases at noon (Tehran) on the Monday of each week; `extra` more in today's week.
void plant(ShellFixture &fixture, const QList<Planted> &series, int extra = 0)
{
    const QDate thisWeek = Cache::CaseStats::periodStart(today, Cache::CaseStats::Bucket::Week);
    const auto noon = [](QDate date) {
        return date.startOfDay(Qt::UTC).toMSecsSinceEpoch() + 12 * hour - (3 * hour + hour / 2);
    };
    QList<QJsonObject> rows;
    qint64 id = 0;
    const auto add = [&](qint64 created, qint64 service, qint64 team,
                         const QString &channel = QStringLiteral("phone")) {
        ++id;
        QJsonObject row = ShellFixture::caseRow(id, QStringLiteral("درخواست %1").arg(id));
        row.insert(u"created_at"_qs, created);
        row.insert(u"updated_at"_qs, created);
        row.insert(u"service_id"_qs, service);
        row.insert(u"team_id"_qs, team);
        row.insert(u"channel"_qs, channel);
        rows << row;
    };
    for (const Planted &each : series) {
        for (qsizetype week = 0; week < each.perWeek.size(); ++week) {
            const QDate monday = thisWeek.addDays(-7 * (each.perWeek.size() - week) + 2);
            for (qint64 i = 0; i < each.perWeek.at(week); ++i)
                add(noon(monday) + i * 60'000, each.service, each.team, each.channel);
        }
    }
    for (int i = 0; i < extra; ++i)
        add(noon(today), 4, 3);
    QVERIFY(fixture.pull(u"cases"_qs, rows));
    const auto named = [](qint64 id, const QString &code, const QString &fa, const QString &en) {
        return QJsonObject{{u"id"_qs, id},     {u"version"_qs, 1},  {u"deleted"_qs, false},
                           {u"code"_qs, code}, {u"name_fa"_qs, fa}, {u"name_en"_qs, en}};
    };
    QVERIFY(fixture.pull(u"services"_qs,
                         {named(4, u"lighting"_qs, u"روشنایی معابر"_qs, u"Street lighting"_qs),
                          named(6, u"potholes"_qs, u"ترمیم آسفالت"_qs, u"Potholes"_qs),
                          named(8, u"trees"_qs, u"هرس درختان"_qs, u"Tree pruning"_qs)}));
}

// Unit 3's street lighting (4 a week for twelve weeks), potholes (2 a week for the last
// six), tree pruning (1 in each of the last two); unit 9's street lighting (3 a week: not
// Maryam's); and 5 cases of the week not over yet.
QList<Planted> twelveWeeks()
{
    return {{4, 3, QList<qint64>(12, 4)},
            {6, 3, QList<qint64>(6, 0) + QList<qint64>(6, 2)},
            {8, 3, QList<qint64>(10, 0) + QList<qint64>{1, 1}},
            {4, 9, QList<qint64>(12, 3)}};
}

// Eighty weeks of street lighting with a slow rise and a yearly peak in weeks 28-30 of
// each year (the weeks just ahead), and potholes; for the screenshots.
QList<Planted> twoSeasons()
{
    QList<qint64> lighting;
    QList<qint64> potholes;
    for (qint64 week = 0; week < 80; ++week) {
        const qint64 base = 14 + (week * 7) % 5 * 2 + week / 10;
        const bool peak = week % 52 >= 28 && week % 52 <= 30;
        lighting << (peak ? base * 8 / 5 : base);
        potholes << 6 + (week * 3) % 4;
    }
    return {{4, 3, lighting}, {6, 3, potholes}};
}

QXYSeries *seriesNamed(const ForecastPanel &panel, const QString &name)
{
    for (QAbstractSeries *series : panel.chart()->series()) {
        if (series->name() == name)
            return qobject_cast<QXYSeries *>(series);
    }
    return nullptr;
}

bool waitFor(ForecastPanel &panel)
{
    QSignalSpy ready(&panel, &ForecastPanel::ready);
    panel.refresh();
    return ready.wait(10'000);
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
        installApplicationFonts();
    }

    void figuresShownAreTheModels()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture, twelveWeeks(), 5);
        ForecastPanel panel(fixture.cache());
        panel.setToday(today);
        QVERIFY(waitFor(panel));
        // Every service of unit 3, week by week (the tree pruning in the last two).
        const QList<qint64> all{4, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 7};
        QCOMPARE(panel.history(), all);
        QCOMPARE(panel.weeks().weeks.last(), QDate(2026, 11, 7));
        QCOMPARE(panel.firstForecastWeek(), QDate(2026, 11, 14));
        // The last eight without a 4 and a 7: (4 + 6 * 4 + 7) / 6.
        QVERIFY(qAbs(panel.forecast().level - 35.0 / 6) < 1e-9);
        const auto model = CaseWork::RequestForecast::compute(all, 4);
        QCOMPARE(panel.forecast().forecast, model.forecast);
        QCOMPARE(panel.forecast().meanAbsoluteError, model.meanAbsoluteError);
        const QString summary = panel.summaryLabel()->text();
        QVERIFY2(summary.contains(Charts::number(6)), qPrintable(summary));
        QVERIFY2(
            summary.contains(toLocalDigits(QLocale().toString(model.meanAbsoluteError, 'f', 1))),
            qPrintable(summary));
        QVERIFY2(summary.contains(
                     toLocalDigits(QLocale().toString(qRound(model.meanAbsolutePercentError))) +
                     QLocale().percent()),
                 qPrintable(summary));
        // The chart: the last sixteen weeks (four before the history began), the forecast
        // from the last week on, its band, what it said of the last eight weeks, and the
        // line where it begins.
        QCOMPARE(panel.chart()->series().size(), 5);
        QXYSeries *actual = seriesNamed(panel, ForecastPanel::tr("Requests"));
        QXYSeries *ahead = seriesNamed(panel, ForecastPanel::tr("Forecast"));
        QVERIFY(actual && ahead);
        QCOMPARE(actual->count(), ForecastPanel::weeksShown);
        QCOMPARE(actual->at(15).y(), 7.0);
        QCOMPARE(actual->at(3).y(), 0.0);
        QCOMPARE(ahead->count(), 5);
        QCOMPARE(ahead->at(1), QPointF(16, model.forecast.first()));
    }

    void oneService()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture, twelveWeeks());
        ForecastPanel panel(fixture.cache());
        panel.setToday(today);
        QVERIFY(waitFor(panel));
        auto *chooser = panel.findChild<QComboBox *>(u"forecastService"_qs);
        QVERIFY(chooser);
        // Every service, then the busiest: street lighting (48 of unit 3's), potholes, trees.
        QCOMPARE(chooser->count(), 4);
        QCOMPARE(chooser->itemData(1).toLongLong(), 4);
        QCOMPARE(chooser->itemData(3).toLongLong(), 8);
        QVERIFY(chooser->itemText(1) == u"Street lighting"_qs ||
                chooser->itemText(1) == u"روشنایی معابر"_qs);
        chooser->setCurrentIndex(2);
        emit chooser->activated(2);
        QCOMPARE(panel.service(), 6);
        QCOMPARE(panel.history(), QList<qint64>(6, 2)); // from its first week with requests
        QCOMPARE(panel.forecast().forecast, QList<double>(4, 2.0));
        QCOMPARE(panel.forecast().meanAbsoluteError, 0.0);
        // Unit 9's street lighting is not in unit 3's forecast.
        panel.setService(4);
        QCOMPARE(panel.history(), QList<qint64>(12, 4));
        QCOMPARE(panel.forecast().forecast, QList<double>(4, 4.0));
    }

    void aPastWeekOpensItsCases()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture, twelveWeeks(), 5);
        ForecastPanel panel(fixture.cache());
        panel.setToday(today);
        QVERIFY(waitFor(panel));
        CasesPage cases(fixture.cache());
        Cache::CaseQueueFilter filter;
        QString title;
        connect(&panel, &ForecastPanel::drillDown, &cases,
                [&](const Cache::CaseQueueFilter &chosen, const QString &named) {
                    filter = chosen;
                    title = named;
                    cases.showFiltered(chosen, named);
                });
        // Ids as planted: unit 3's street lighting 1-48 (4 a week), potholes 49-60 (2 a week,
        // the last six weeks), tree pruning 61-62, unit 9's street lighting 63-98, and 99-103
        // this week. The last complete week (Saturday 7 November) of every service: unit 3's
        // seven, not unit 9's three.
        QXYSeries *actual = seriesNamed(panel, ForecastPanel::tr("Requests"));
        QVERIFY(actual);
        emit actual->clicked(QPointF(15.2, 6.5));
        QCOMPARE(filter.createdAfter, Charts::iranStartMs(QDate(2026, 11, 7)));
        QCOMPARE(filter.createdBefore, Charts::iranStartMs(QDate(2026, 11, 14)));
        QVERIFY(filter.serviceIds.isEmpty());
        QVERIFY(filter.teamIds && filter.teamIds->contains(3) && !filter.teamIds->contains(9));
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{45, 46, 47, 48, 59, 60, 62}));
        QVERIFY2(title.contains(Charts::number(16)), qPrintable(title)); // 16 Aban

        // Potholes (two a week from the seventh week: 49-50, 51-52, ...), the week of 24
        // October (two before the last): the tenth week's two.
        panel.setService(6);
        actual = seriesNamed(panel, ForecastPanel::tr("Requests"));
        QVERIFY(actual);
        emit actual->clicked(QPointF(13, 2));
        QCOMPARE(filter.serviceIds, (QList<qint64>{6}));
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{55, 56}));
        // What the forecast said of a past week opens that week too.
        QXYSeries *past = seriesNamed(panel, ForecastPanel::tr("Forecast for past weeks"));
        QVERIFY(past);
        emit past->clicked(QPointF(14, 2));
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{57, 58}));

        // The forecast's weeks have no cases yet: they open nothing.
        title.clear();
        QXYSeries *ahead = seriesNamed(panel, ForecastPanel::tr("Forecast"));
        QVERIFY(ahead);
        emit ahead->clicked(QPointF(17, 2));
        emit actual->clicked(QPointF(16.2, 2));
        QVERIFY(title.isEmpty());
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{57, 58}));
    }

    // Unit 3's street lighting by phone (4 a week), its potholes on the web (2 a week, the last
    // six weeks), unit 4's street lighting by phone (3 a week): the weeks of one team, of one
    // channel, of both, counted by hand; a week's point opens that team's and channel's cases.
    void aTeamAndAChannel()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture, {{4, 3, QList<qint64>(12, 4)},
                        {6, 3, QList<qint64>(6, 0) + QList<qint64>(6, 2), u"web"_qs},
                        {4, 4, QList<qint64>(12, 3)}});
        const auto unit = [](qint64 id, const QString &fa, const QString &en) {
            return QJsonObject{{u"id"_qs, id},           {u"version"_qs, 1},
                               {u"deleted"_qs, false},   {u"kind"_qs, u"team"_qs},
                               {u"code"_qs, en.left(3)}, {u"name_fa"_qs, fa},
                               {u"name_en"_qs, en}};
        };
        QVERIFY(fixture.pull(u"org_units"_qs, {unit(3, u"منطقهٔ ۳"_qs, u"District 3"_qs),
                                               unit(4, u"تیم فنی"_qs, u"Technical team"_qs)}));
        ForecastPanel panel(fixture.cache());
        panel.setToday(today);
        QVERIFY(waitFor(panel));
        const auto last12 = [&panel] {
            return panel.weeks().all.mid(panel.weeks().all.size() - 12);
        };
        QCOMPARE(last12(), QList<qint64>(6, 7) + QList<qint64>(6, 9));
        QVERIFY(panel.teamBox()->isVisibleTo(&panel));
        QCOMPARE(panel.teamBox()->count(), 3); // every team, 3 and 4

        // Chosen as the user does: the box, then counted again.
        const auto pick = [&panel](QComboBox *box, const QVariant &value) {
            QSignalSpy ready(&panel, &ForecastPanel::ready);
            QSignalSpy chosen(&panel, &ForecastPanel::choiceMade);
            const int index = box->findData(value);
            QVERIFY(index >= 0);
            box->setCurrentIndex(index);
            emit box->activated(index);
            QVERIFY(ready.wait(10'000));
            QCOMPARE(chosen.count(), 1);
        };
        pick(panel.channelBox(), u"web"_qs);
        QCOMPARE(last12(), QList<qint64>(6, 0) + QList<qint64>(6, 2));
        QCOMPARE(panel.choice().channel, u"web"_qs);
        pick(panel.channelBox(), QString());
        pick(panel.teamBox(), qint64(4));
        QCOMPARE(last12(), QList<qint64>(12, 3));
        pick(panel.channelBox(), u"phone"_qs);
        QCOMPARE(last12(), QList<qint64>(12, 3));
        pick(panel.teamBox(), qint64(3));
        QCOMPARE(last12(), QList<qint64>(12, 4));
        QCOMPARE(panel.history(), QList<qint64>(12, 4));

        // The last complete week's point: unit 3's four phone cases (ids 45-48), not its two
        // potholes on the web (59, 60) nor unit 4's three.
        CasesPage cases(fixture.cache());
        Cache::CaseQueueFilter filter;
        connect(&panel, &ForecastPanel::drillDown, &cases,
                [&](const Cache::CaseQueueFilter &chosen, const QString &named) {
                    filter = chosen;
                    cases.showFiltered(chosen, named);
                });
        QXYSeries *actual = seriesNamed(panel, ForecastPanel::tr("Requests"));
        QVERIFY(actual);
        emit actual->clicked(QPointF(15, 4));
        QCOMPARE(filter.channels, QStringList{u"phone"_qs});
        QCOMPARE(filter.onlyTeamIds, (QList<qint64>{3}));
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{45, 46, 47, 48}));
    }

    void tooLittleHistory()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture, twelveWeeks());
        ForecastPanel panel(fixture.cache());
        panel.setToday(today);
        panel.setService(8);
        QVERIFY(waitFor(panel));
        QCOMPARE(panel.service(), 8);
        QCOMPARE(panel.history(), (QList<qint64>{1, 1}));
        QVERIFY(!panel.forecast().enoughHistory);
        QCOMPARE(panel.chart()->series().size(), 1); // the requests, no forecast
        const QString summary = panel.summaryLabel()->text();
        QCOMPARE(summary, ForecastPanel::tr("Too little history to forecast: at least %1 complete "
                                            "weeks of requests are needed; this computer's copy "
                                            "holds only %2.")
                              .arg(Charts::number(4), Charts::number(2)));
        QCOMPARE(panel.chart()->title(), ForecastPanel::tr("Requests per week"));

        // A copy without cases.
        ShellFixture empty(false);
        ForecastPanel nothing(empty.cache());
        nothing.setToday(today);
        QVERIFY(waitFor(nothing));
        QVERIFY(!nothing.forecast().enoughHistory);
        QVERIFY(nothing.history().isEmpty());
    }

    void persianAndScreenshots()
    {
        QSettings store(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        Localization localization(store);
        const QDir artifacts = Testing::artifactDirectory();
        QStringList problems;
        for (Language language : {Language::Persian, Language::English}) {
            localization.applyWithoutSaving(language);
            const bool persian = language == Language::Persian;
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plant(fixture, twoSeasons());
            ForecastPanel panel(fixture.cache());
            panel.setToday(today);
            panel.resize(1100, 640);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(waitFor(panel));
            QCoreApplication::processEvents();
            // A year and more of history: the peak of a year ago comes back (diluted by potholes).
            QVERIFY(panel.forecast().seasonal);
            QVERIFY2(panel.forecast().forecast.first() > panel.forecast().level * 1.15,
                     qPrintable(u"%1 %2 %3"_qs.arg(panel.forecast().forecast.first())
                                    .arg(panel.forecast().level)
                                    .arg(panel.history().size())));
            QCOMPARE(panel.layoutDirection(), persian ? Qt::RightToLeft : Qt::LeftToRight);
            const QString file =
                artifacts.filePath(u"forecast-%1.png"_qs.arg(persian ? u"fa"_qs : u"en"_qs));
            QVERIFY(panel.grab().save(file));
            qInfo("screenshot: %s", qPrintable(file));
            if (persian)
                problems = Testing::notPersian(Testing::visibleTexts(&panel), {});
        }
        // After both screenshots, so that a failure here still leaves them to look at.
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_qs)));
    }
};

QTEST_MAIN(TestForecast)
#include "tst_forecast.moc"
