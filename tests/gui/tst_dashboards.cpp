// The service dashboard over a real cache: the figures of each level (a supervisor's
// units), the filters, a bar that opens the cases behind it in the Cases section, and
// screenshots in Persian and English.
#include "appfonts.h"
#include "casequeuemodel.h"
#include "casespage.h"
#include "casetext.h"
#include "dashboardspage.h"
#include "jalalidate.h"
#include "localization.h"
#include "servicedashboard.h"
#include "shellfixture.h"
#include "testenvironment.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QPieSeries>
#include <QSettings>
#include <QSignalSpy>
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
