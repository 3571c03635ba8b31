// The service dashboard over a real cache: the figures of each level (a supervisor's
// units), the filters, a bar that opens the cases behind it in the Cases section, and
// screenshots in Persian and English.
#include "appfonts.h"
#include "casequeuemodel.h"
#include "casespage.h"
#include "casetext.h"
#include "dashboardspage.h"
#include "fielddashboard.h"
#include "forecastpanel.h"
#include "jalalidate.h"
#include "localization.h"
#include "periodchooser.h"
#include "servicedashboard.h"
#include "shellfixture.h"
#include "teamsdashboard.h"
#include "testenvironment.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;

namespace {

const qint64 hour = 3'600'000;
const qint64 day = 24 * hour;

QJsonObject named(qint64 id, const QJsonObject &fields)
{
    QJsonObject row{{u"id"_qs, id}, {u"version"_qs, 1}, {u"deleted"_qs, false}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

// Twenty cases of the last ten days in unit 3 (Maryam supervises it), five in unit 9
// (not hers): by phone, web and Telegram, two services, some closed, some overdue.
void plant(ShellFixture &fixture, qint64 now)
{
    QList<QJsonObject> rows;
    for (qint64 id = 1; id <= 25; ++id) {
        QJsonObject row = ShellFixture::caseRow(id, QStringLiteral("درخواست %1").arg(id));
        row.insert(u"created_at"_qs, now - (id % 10) * day - hour);
        row.insert(u"channel"_qs, id % 3 == 0   ? u"web"_qs
                                  : id % 5 == 0 ? u"telegram"_qs
                                                : u"phone"_qs);
        row.insert(u"service_id"_qs, id % 4 == 0 ? 6 : 4);
        row.insert(u"team_id"_qs, id > 20 ? 9 : 3);
        if (id % 6 == 0)
            row.insert(u"status"_qs, u"closed"_qs);
        row.insert(u"resolution_due_at"_qs, id % 2 == 0 ? now - hour : now + day);
        // The closed ones were answered after 2 hours and resolved after a day; case 1
        // was answered after 4 hours.
        const qint64 created = row.value(u"created_at"_qs).toInteger();
        if (id % 6 == 0) {
            row.insert(u"first_responded_at"_qs, created + 2 * hour);
            row.insert(u"resolved_at"_qs, created + day);
        }
        if (id == 1)
            row.insert(u"first_responded_at"_qs, created + 4 * hour);
        rows << row;
    }
    QVERIFY(fixture.pull(u"cases"_qs, rows));
    // Survey answers: 5 for case 6, 4 for case 12, 2 for case 3.
    QList<QJsonObject> answers;
    for (const auto &[id, caseId, score] : {std::tuple{1, 6, 5}, {2, 12, 4}, {3, 3, 2}})
        answers << named(id, {{u"case_id"_qs, caseId},
                              {u"channel"_qs, u"sms"_qs},
                              {u"score"_qs, score},
                              {u"responded_at"_qs, now - hour}});
    QVERIFY(fixture.pull(u"survey_responses"_qs, answers));
    QVERIFY(fixture.pull(u"services"_qs, {named(4, {{u"code"_qs, u"lighting"_qs},
                                                    {u"name_fa"_qs, u"روشنایی معابر"_qs},
                                                    {u"name_en"_qs, u"Street lighting"_qs}}),
                                          named(6, {{u"code"_qs, u"potholes"_qs},
                                                    {u"name_fa"_qs, u"ترمیم آسفالت"_qs},
                                                    {u"name_en"_qs, u"Potholes"_qs}})}));
}

void plantUnits(ShellFixture &fixture)
{
    QVERIFY(fixture.pull(u"org_units"_qs, {named(3, {{u"kind"_qs, u"district"_qs},
                                                     {u"code"_qs, u"D3"_qs},
                                                     {u"name_fa"_qs, u"منطقهٔ ۳"_qs},
                                                     {u"name_en"_qs, u"District 3"_qs}}),
                                           named(4, {{u"kind"_qs, u"team"_qs},
                                                     {u"code"_qs, u"T4"_qs},
                                                     {u"name_fa"_qs, u"تیم فنی"_qs},
                                                     {u"name_en"_qs, u"Technical team"_qs}})}));
}

// Chooses `value` in a box as the user does.
void pick(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    QVERIFY2(index >= 0, qPrintable(box->objectName()));
    box->setCurrentIndex(index);
    emit box->activated(index);
}

// Chooses a period preset as the user does (the box's items hold their indexes).
void pickPeriod(PeriodChooser *chooser, int index)
{
    chooser->box()->setCurrentIndex(index);
    emit chooser->box()->activated(index);
}

} // namespace

class TestDashboards : public QObject
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

    void aSupervisorSeesTheirUnits()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        plant(fixture, now);
        ServiceDashboard dashboard(fixture.cache());
        QSignalSpy ready(&dashboard, &ServiceDashboard::ready);
        dashboard.setRange(ServiceDashboard::Range::Last30Days);
        QVERIFY(ready.wait(10'000));
        // Cases 1-20 are unit 3's; 6, 12, 18 are closed.
        QCOMPARE(dashboard.stats().total, 20);
        QCOMPARE(dashboard.stats().open, 17);
        // Even ids are overdue: 2 4 8 10 14 16 20 among the open ones.
        QCOMPARE(dashboard.stats().openOverdue, 7);
        QCOMPARE(dashboard.kpiLabel(u"total"_qs)->text(), toLocalDigits(u"20"_qs));
        // First response: (4 + 2 + 2 + 2) / 4 hours; resolution: a day; satisfaction 11/3.
        QCOMPARE(dashboard.stats().averageFirstResponseMinutes(), 150);
        QCOMPARE(dashboard.kpiLabel(u"firstResponse"_qs)->text(), CaseText::amount(150));
        QCOMPARE(dashboard.kpiLabel(u"resolution"_qs)->text(), CaseText::amount(24 * 60));
        QCOMPARE(dashboard.stats().surveyed, 3);
        QCOMPARE(dashboard.stats().satisfied, 2);
        QVERIFY(dashboard.kpiLabel(u"satisfaction"_qs)
                    ->text()
                    .contains(toLocalDigits(QLocale().toString(11.0 / 3, 'f', 1))));
        QCOMPARE(dashboard.stats().perService.value(6), 5); // 4 8 12 16 20
        // One bar per day of the last 30.
        auto *volume = qobject_cast<QBarSeries *>(dashboard.volumeChart()->series().value(0));
        QVERIFY(volume);
        QCOMPARE(volume->barSets().first()->count(), 30);
        auto *channels = qobject_cast<QPieSeries *>(dashboard.channelChart()->series().value(0));
        QCOMPARE(channels->count(), 3);

        // A filter applies to every panel.
        ready.clear();
        dashboard.setChannel(u"web"_qs);
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dashboard.stats().total, 6); // 3 6 9 12 15 18
        QCOMPARE(dashboard.stats().perChannel.size(), 1);

        // The last 7 Iranian calendar days (today included): which cases fall in them
        // depends on the hour in Tehran, so count by their dates.
        ready.clear();
        dashboard.setChannel(QString());
        dashboard.setRange(ServiceDashboard::Range::Last7Days);
        QVERIFY(ready.wait(10'000));
        const QDate today = Cache::CaseStats::iranDate(now);
        qint64 expected = 0;
        for (qint64 id = 1; id <= 20; ++id) {
            const QDate created = Cache::CaseStats::iranDate(now - (id % 10) * day - hour);
            expected += created >= today.addDays(-6) && created <= today ? 1 : 0;
        }
        QCOMPARE(dashboard.stats().total, expected);
    }

    void aBarOpensItsCases()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        plant(fixture, now);
        DashboardsPage dashboards(fixture.cache());
        CasesPage cases(fixture.cache());
        connect(&dashboards, &DashboardsPage::drillDown, &cases, &CasesPage::showFiltered);
        QSignalSpy ready(dashboards.service(), &ServiceDashboard::ready);
        dashboards.reload();
        QVERIFY(ready.wait(10'000));
        // The busiest service's bar: street lighting, unit 3's fifteen cases.
        auto *series = dashboards.service()->serviceChart()->series().value(0);
        QVERIFY(series);
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        QBarSet *set = bars->barSets().first();
        emit set->clicked(set->count() - 1); // the top bar is the largest
        QCOMPARE(cases.queue()->rowCount(), 15);
        const QString footer = cases.findChild<QLabel *>(u"rowsFooter"_qs)->text();
        QVERIFY2(footer.contains(u"Street lighting"_qs), qPrintable(footer));
    }

    void aCustomPeriodTeamsAndPlaces()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        plant(fixture, now);
        QVERIFY(fixture.pull(u"org_units"_qs, {named(3, {{u"kind"_qs, u"district"_qs},
                                                         {u"code"_qs, u"D3"_qs},
                                                         {u"name_fa"_qs, u"منطقهٔ ۳"_qs},
                                                         {u"name_en"_qs, u"District 3"_qs}})}));
        ServiceDashboard dashboard(fixture.cache());
        QSignalSpy ready(&dashboard, &ServiceDashboard::ready);
        dashboard.setRange(ServiceDashboard::Range::Last30Days);
        QVERIFY(ready.wait(10'000));
        // Every request is in one district or another, and in one service there: the
        // recurring problems add up to the whole.
        qint64 inDistricts = 0;
        for (const qint64 count : dashboard.stats().perDistrict)
            inDistricts += count;
        qint64 recurring = 0;
        for (const qint64 count : dashboard.stats().perServiceDistrict)
            recurring += count;
        QCOMPARE(inDistricts, dashboard.stats().total);
        QCOMPARE(recurring, dashboard.stats().total);
        QVERIFY(!dashboard.districtChart()->series().isEmpty());
        QVERIFY(!dashboard.recurringChart()->series().isEmpty());

        // A custom period typed as Jalali dates: the last five days.
        const QDate today = Cache::CaseStats::iranDate(now);
        ready.clear();
        QCOMPARE(dashboard.setCustomRange(formatJalaliDate(today.addDays(-4), DateStyle::Numeric),
                                          formatJalaliDate(today, DateStyle::Numeric)),
                 QString());
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dashboard.from(), today.addDays(-4));
        qint64 expected = 0;
        for (qint64 id = 1; id <= 20; ++id) {
            const QDate created = Cache::CaseStats::iranDate(now - (id % 10) * day - hour);
            expected += created >= today.addDays(-4) && created <= today ? 1 : 0;
        }
        QCOMPARE(dashboard.stats().total, expected);
        // A wrong date or an upside-down period is said and changes nothing.
        QVERIFY(!dashboard.setCustomRange(u"1405/13/01"_qs, u"1405/09/01"_qs).isEmpty());
        QVERIFY(!dashboard.setCustomRange(u"1405/09/10"_qs, u"1405/09/01"_qs).isEmpty());
        QVERIFY(!dashboard.setCustomRange(u"1403/01/01"_qs, u"1405/09/01"_qs).isEmpty());
        QCOMPARE(dashboard.from(), today.addDays(-4));
        QCOMPARE(dashboard.stats().total, expected);

        // One team: unit 3 holds every case this supervisor sees.
        ready.clear();
        dashboard.setRange(ServiceDashboard::Range::Last30Days);
        QVERIFY(ready.wait(10'000));
        ready.clear();
        dashboard.setTeam(3);
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dashboard.filter().onlyTeamIds, (QList<qint64>{3}));
        QCOMPARE(dashboard.stats().total, 20);

        // A service and a channel besides: every breakdown counts the same requests.
        ready.clear();
        dashboard.setService(4);
        QVERIFY(ready.wait(10'000));
        ready.clear();
        dashboard.setChannel(u"web"_qs);
        QVERIFY(ready.wait(10'000));
        qint64 expectedNarrow = 0;
        for (qint64 id = 1; id <= 20; ++id)
            expectedNarrow += id % 3 == 0 && id % 4 != 0 ? 1 : 0;
        const Cache::CaseStats &narrow = dashboard.stats();
        QCOMPARE(narrow.total, expectedNarrow);
        const auto sum = [](const QHash<qint64, qint64> &counts) {
            qint64 total = 0;
            for (const qint64 count : counts)
                total += count;
            return total;
        };
        QCOMPARE(sum(narrow.perService), expectedNarrow);
        QCOMPARE(sum(narrow.perDistrict), expectedNarrow);
        QCOMPARE(sum(narrow.perServiceDistrict), expectedNarrow);
    }

    // One choice for the page: a service chosen on the Service tab is the Teams tab's when it
    // is opened (counted then, not before), and a team bar there opens only that service's
    // cases; the period, team and channel go to every panel that has them, a panel that
    // cannot show one keeping its own.
    void oneChoiceForThePage()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        plant(fixture, now);
        plantUnits(fixture);
        DashboardsPage page(fixture.cache());
        CasesPage cases(fixture.cache());
        connect(&page, &DashboardsPage::drillDown, &cases, &CasesPage::showFiltered);
        QSignalSpy serviceReady(page.service(), &ServiceDashboard::ready);
        QSignalSpy teamsReady(page.teams(), &TeamsDashboard::ready);
        page.reload();
        QVERIFY(serviceReady.wait(10'000));

        // Potholes on the Service tab: unit 3's 4 8 12 16 20 (12 closed).
        serviceReady.clear();
        pick(page.service()->findChild<QComboBox *>(u"dashboardService"_qs), qint64(6));
        QVERIFY(serviceReady.wait(10'000));
        QCOMPARE(page.service()->stats().total, 5);
        QCOMPARE(page.choice().service, qint64(6));
        QCOMPARE(page.teams()->serviceBox()->currentData().toLongLong(), 6);
        QCOMPARE(page.forecast()->service(), 6);
        QCoreApplication::processEvents();
        QCOMPARE(teamsReady.count(), 0); // hidden: not counted yet

        page.panels()->setCurrentWidget(page.teams());
        QVERIFY(teamsReady.wait(10'000));
        const Cache::TeamStats &stats = page.teams()->stats();
        // Open: 4 8 16 20, all overdue (even ids); 12 resolved a day after it came.
        QCOMPARE(stats.total.open, 4);
        QCOMPARE(stats.total.overdue, 4);
        QCOMPARE(stats.total.resolved, 1);
        QCOMPARE(page.teams()->filter().serviceIds, (QList<qint64>{6}));
        // Unit 3's bar opens its open potholes only.
        auto *load =
            qobject_cast<QAbstractBarSeries *>(page.teams()->loadChart()->series().value(0));
        QVERIFY(load);
        QBarSet *late = load->barSets().value(0);
        emit late->clicked(late->count() - 1);
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{4, 8, 16, 20}));

        // A channel on the Teams tab: the Service tab and the forecast take it (counted when
        // shown); the field dashboard has no channel and stays as it was.
        teamsReady.clear();
        pick(page.teams()->channelBox(), u"web"_qs);
        QVERIFY(teamsReady.wait(10'000));
        QCOMPARE(stats.total.open, 0); // 12, the only web pothole, is closed
        QCOMPARE(page.service()->filter().channels, QStringList{u"web"_qs});
        QCOMPARE(page.forecast()->channelBox()->currentData().toString(), u"web"_qs);

        // A team on the Teams tab: the field dashboard's unit, the service tab's team.
        teamsReady.clear();
        pick(page.teams()->teamBox(), qint64(3));
        QVERIFY(teamsReady.wait(10'000));
        QCOMPARE(page.service()->filter().onlyTeamIds, (QList<qint64>{3}));
        QCOMPARE(page.field()->choice().team, qint64(3));
        QCOMPARE(page.forecast()->teamBox()->currentData().toLongLong(), 3);

        // The last 7 days: the Service tab has it; the field dashboard has no such preset and
        // shows the same days as a custom period.
        const QDate today = Cache::CaseStats::iranDate(now);
        teamsReady.clear();
        pickPeriod(page.teams()->period(), int(TeamsDashboard::Range::Last7Days));
        QVERIFY(teamsReady.wait(10'000));
        QCOMPARE(page.service()->period()->index(), int(ServiceDashboard::Range::Last7Days));
        QVERIFY(page.field()->period()->isCustom());
        QCOMPARE(page.field()->choice().period->from, today.addDays(-6));
        QCOMPARE(page.field()->choice().period->to, today);

        // This year on the field dashboard: the Service tab's preset, the Teams tab's custom
        // days (from the first of Farvardin). Any time: neither can count it (at most 400
        // days); both keep this year, and say nothing wrong.
        page.panels()->setCurrentWidget(page.field());
        pickPeriod(page.field()->period(), int(FieldDashboard::Range::ThisYear));
        QCOMPARE(page.service()->period()->index(), int(ServiceDashboard::Range::ThisYear));
        QVERIFY(page.teams()->period()->isCustom());
        QCOMPARE(page.teams()->from(), startOfJalaliYear(today));
        QCOMPARE(page.teams()->to(), today);
        pickPeriod(page.field()->period(), int(FieldDashboard::Range::Everything));
        QCOMPARE(page.service()->period()->index(), int(ServiceDashboard::Range::ThisYear));
        QCOMPARE(page.teams()->from(), startOfJalaliYear(today));
        QVERIFY(page.teams()->period()->problem().isEmpty());
        QVERIFY(page.service()->period()->problem().isEmpty());

        // Only what the user chose goes on: every channel chosen on the Teams tab leaves the
        // field dashboard's "any time" as it is (the Teams tab kept its own period).
        teamsReady.clear();
        page.panels()->setCurrentWidget(page.teams());
        QVERIFY(teamsReady.wait(10'000));
        teamsReady.clear();
        pick(page.teams()->channelBox(), QString());
        QVERIFY(teamsReady.wait(10'000));
        QCOMPARE(page.field()->period()->index(), int(FieldDashboard::Range::Everything));
        QCOMPARE(page.choice().channel, QString());

        // Back on the Service tab: counted with what the others chose.
        serviceReady.clear();
        page.panels()->setCurrentWidget(page.service());
        QVERIFY(serviceReady.wait(10'000));
        QVERIFY(page.service()->filter().channels.isEmpty());
        QCOMPARE(page.service()->filter().serviceIds, (QList<qint64>{6}));
        QCOMPARE(page.service()->filter().onlyTeamIds, (QList<qint64>{3}));
        QCOMPARE(page.service()->stats().total, 5); // 4 8 12 16 20
    }

    // The Teams, Field and Forecast tabs with filters chosen, at the size of a small screen's
    // window, in Persian and English: the filter rows must fit.
    void filteredTabsScreenshots()
    {
        QSettings store(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        Localization localization(store);
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            localization.applyWithoutSaving(language);
            const bool persian = language == Language::Persian;
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plant(fixture, QDateTime::currentMSecsSinceEpoch());
            plantUnits(fixture);
            DashboardsPage page(fixture.cache());
            page.resize(1280, 760);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QSignalSpy ready(page.service(), &ServiceDashboard::ready);
            page.reload();
            QVERIFY(ready.wait(10'000));
            ready.clear();
            pick(page.service()->findChild<QComboBox *>(u"dashboardService"_qs), qint64(4));
            QVERIFY(ready.wait(10'000));
            ready.clear();
            pick(page.service()->findChild<QComboBox *>(u"dashboardTeam"_qs), qint64(3));
            QVERIFY(ready.wait(10'000));
            ready.clear();
            pick(page.service()->findChild<QComboBox *>(u"dashboardChannel"_qs), u"phone"_qs);
            QVERIFY(ready.wait(10'000));
            const QString suffix = persian ? u"fa"_qs : u"en"_qs;
            // Every filter row fits its panel: no box or field pushed past the edge.
            const auto fits = [&suffix](QWidget *panel) {
                QStringList outside;
                for (QWidget *filter : panel->findChildren<QWidget *>()) {
                    if (!qobject_cast<QComboBox *>(filter) && !qobject_cast<QLineEdit *>(filter))
                        continue;
                    if (!filter->isVisibleTo(panel))
                        continue;
                    const QRect inPanel(filter->mapTo(panel, QPoint(0, 0)), filter->size());
                    if (!panel->rect().contains(inPanel))
                        outside << filter->objectName();
                }
                if (!outside.isEmpty())
                    qWarning("outside (%s): %s", qPrintable(suffix),
                             qPrintable(outside.join(u", "_qs)));
                return outside.isEmpty();
            };
            QVERIFY(fits(page.service()));
            QVERIFY(page.grab().save(
                artifacts.filePath(u"dashboards-service-filtered-%1.png"_qs.arg(suffix))));
            QSignalSpy teams(page.teams(), &TeamsDashboard::ready);
            page.panels()->setCurrentWidget(page.teams());
            QVERIFY(teams.wait(10'000));
            QCoreApplication::processEvents();
            QVERIFY(fits(page.teams()));
            QVERIFY(page.grab().save(
                artifacts.filePath(u"dashboards-teams-filtered-%1.png"_qs.arg(suffix))));
            // A custom period: its two fields join the row.
            const QDate today = Cache::CaseStats::iranDate(QDateTime::currentMSecsSinceEpoch());
            teams.clear();
            QCOMPARE(page.teams()->setCustomRange(
                         formatJalaliDate(today.addDays(-20), DateStyle::Numeric),
                         formatJalaliDate(today, DateStyle::Numeric)),
                     QString());
            QVERIFY(teams.wait(10'000));
            QCoreApplication::processEvents();
            QVERIFY(fits(page.teams()));
            QVERIFY(page.grab().save(
                artifacts.filePath(u"dashboards-teams-custom-filtered-%1.png"_qs.arg(suffix))));
            QSignalSpy field(page.field(), &FieldDashboard::ready);
            page.panels()->setCurrentWidget(page.field());
            QVERIFY(field.wait(10'000));
            QCoreApplication::processEvents();
            QVERIFY(fits(page.field()));
            QVERIFY(page.field()->period()->isCustom()); // the Teams tab's days
            QVERIFY(page.grab().save(
                artifacts.filePath(u"dashboards-field-filtered-%1.png"_qs.arg(suffix))));
            QSignalSpy forecast(page.forecast(), &ForecastPanel::ready);
            page.panels()->setCurrentWidget(page.forecast());
            QVERIFY(forecast.wait(10'000));
            QCoreApplication::processEvents();
            QVERIFY(fits(page.forecast()));
            const QString file =
                artifacts.filePath(u"dashboards-forecast-filtered-%1.png"_qs.arg(suffix));
            QVERIFY(page.grab().save(file));
            qInfo("screenshot: %s", qPrintable(file));
        }
    }

    void screenshots()
    {
        QSettings store(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        Localization localization(store);
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            localization.applyWithoutSaving(language);
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plant(fixture, QDateTime::currentMSecsSinceEpoch());
            DashboardsPage page(fixture.cache());
            page.resize(1280, 900);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QSignalSpy ready(page.service(), &ServiceDashboard::ready);
            page.reload();
            QVERIFY(ready.wait(10'000));
            QCoreApplication::processEvents();
            const bool persian = language == Language::Persian;
            QCOMPARE(page.service()->layoutDirection(),
                     persian ? Qt::RightToLeft : Qt::LeftToRight);
            const QString file =
                artifacts.filePath(u"dashboards-%1.png"_qs.arg(persian ? u"fa"_qs : u"en"_qs));
            QVERIFY(page.grab().save(file));
            qInfo("screenshot: %s", qPrintable(file));
        }
    }
};

QTEST_MAIN(TestDashboards)
#include "tst_dashboards.moc"
