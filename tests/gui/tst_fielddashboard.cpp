// The field dashboard on the workstation, headless over a real cache: the figures a
// supervisor of one district sees (missions by status, expenses by type and unit, the
// approvals waiting by age), the unit and period filters, a custom period typed as Jalali
// dates (and one that cannot be applied), a bar opening what is behind it (an expense bar: the
// claims it adds up, in the claims tab), and screenshots in Persian and English.
#include "appfonts.h"
#include "approvalsfixture.h"
#include "casestats.h"
#include "claimspanel.h"
#include "dashboardspage.h"
#include "fielddashboard.h"
#include "jalalidate.h"
#include "localcache.h"
#include "localization.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "missionspage.h"
#include "periodchooser.h"
#include "shellfixture.h"
#include "testenvironment.h"
#include "visibletexts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;
using namespace Shahrvand::Testing::Approvals;

namespace {

// The approvals' world (approvalsfixture.h), and missions of every stage in district 3 and
// one in district 4, planned over the last days.
void plantField(ShellFixture &fixture)
{
    plant(fixture);
    QVERIFY(fixture.pull(u"org_units"_qs, {row(4, {{u"kind"_qs, u"district"_qs},
                                                   {u"code"_qs, u"D4"_qs},
                                                   {u"name_fa"_qs, u"منطقهٔ ۴"_qs},
                                                   {u"name_en"_qs, u"District 4"_qs}})}));
    QList<QJsonObject> missions;
    const QStringList statuses{u"issued"_qs,      u"in_progress"_qs,
                               u"in_progress"_qs, u"completed_needs_followup"_qs,
                               u"completed"_qs,   u"cancelled"_qs};
    for (int i = 0; i < statuses.size(); ++i)
        missions.append(
            row(32 + i, {{u"purpose"_qs, u"بازدید %1"_qs.arg(i)},
                         {u"status"_qs, statuses.at(i)},
                         {u"approval_status"_qs, u"approved"_qs},
                         {u"unit_id"_qs, i == 5 ? 4 : 3},
                         {u"planned_start"_qs, ShellFixture::createdAtMs() + i * hourMs}}));
    QVERIFY(fixture.pull(u"missions"_qs, missions));
}

// Noon in Tehran on a day (Gregorian).
qint64 noonInIran(QDate day)
{
    return day.startOfDay(Qt::UTC).toMSecsSinceEpoch() + 12 * hourMs - 7 * hourMs / 2;
}

// More claims, of days before the approvals' (all on 22 November 2026, "now" the 24th):
//  60, district 4, approved, 10 November: 3,000,000 lodging + 700,000 meals;
//  61, district 3, paid, 20 October: 1,200,000 transport;
//  62, district 3, a draft (never counts): 9,000,000 lodging;
//  63, district 3, rejected on 15 November (does not count): 5,000,000 lodging.
void plantClaims(ShellFixture &fixture)
{
    const auto claimOf = [](qint64 id, qint64 unit, const QString &status, QJsonValue submitted) {
        return row(
            id, {{u"claimant_id"_qs, 22},
                 {u"unit_id"_qs, unit},
                 {u"status"_qs, status},
                 {u"title"_qs, u"درخواست %1"_qs.arg(toLocalDigits(
                                   QString::number(id), QLocale(QLocale::Persian, QLocale::Iran)))},
                 {u"submitted_at"_qs, submitted}});
    };
    QVERIFY(fixture.pull(u"expense_claims"_qs,
                         {claimOf(60, 4, u"approved"_qs, noonInIran(QDate(2026, 11, 10))),
                          claimOf(61, 3, u"paid"_qs, noonInIran(QDate(2026, 10, 20))),
                          claimOf(62, 3, u"draft"_qs, QJsonValue()),
                          claimOf(63, 3, u"rejected"_qs, noonInIran(QDate(2026, 11, 15)))}));
    const auto line = [](qint64 id, qint64 claim, const QString &type, qint64 amount) {
        return row(id, {{u"claim_id"_qs, claim},
                        {u"expense_type"_qs, type},
                        {u"spent_on"_qs, u"2026-11-01"_qs},
                        {u"amount_rials"_qs, amount}});
    };
    QVERIFY(fixture.pull(u"expense_lines"_qs, {line(601, 60, u"lodging"_qs, 3'000'000),
                                               line(602, 60, u"meals"_qs, 700'000),
                                               line(611, 61, u"transport"_qs, 1'200'000),
                                               line(621, 62, u"lodging"_qs, 9'000'000),
                                               line(631, 63, u"lodging"_qs, 5'000'000)}));
}

// A Gregorian day as a Jalali date typed with Persian digits ("۱۴۰۵/۰۸/۱۹").
QString persianDigits(QDate day)
{
    return toLocalDigits(formatJalaliDate(day, DateStyle::Numeric),
                         QLocale(QLocale::Persian, QLocale::Iran));
}

QList<qint64> listedClaims(const ClaimsPanel &panel)
{
    QList<qint64> ids;
    for (int row = 0; row < panel.list()->topLevelItemCount(); ++row) {
        if (!panel.list()->topLevelItem(row)->isHidden())
            ids << panel.list()->topLevelItem(row)->data(0, ClaimsPanel::ClaimIdRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QBarSet *firstSet(QChart *chart)
{
    const auto series = chart->series();
    if (series.isEmpty())
        return nullptr;
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    return bars && !bars->barSets().isEmpty() ? bars->barSets().first() : nullptr;
}

} // namespace

class TestFieldDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization;

    static std::unique_ptr<FieldDashboard> open(ShellFixture &fixture)
    {
        auto dashboard = std::make_unique<FieldDashboard>(fixture.cache());
        dashboard->setNow(nowMs());
        dashboard->resize(1200, 760);
        dashboard->show();
        QSignalSpy ready(dashboard.get(), &FieldDashboard::ready);
        dashboard->refresh();
        if (!ready.wait(10000))
            qWarning("the field dashboard did not count");
        return dashboard;
    }

    static void recount(FieldDashboard &dashboard, const std::function<void()> &change)
    {
        QSignalSpy ready(&dashboard, &FieldDashboard::ready);
        change();
        QVERIFY(ready.wait(10000));
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
        installApplicationFonts();
        m_store =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        m_localization = std::make_unique<Localization>(*m_store);
    }

    void init() { m_localization->applyWithoutSaving(Language::Persian); }

    void figuresOfTheDistricts()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantField(fixture);
        auto dashboard = open(fixture);
        const Cache::FieldStats &stats = dashboard->stats();
        // Mission 31 (a draft) and 32-37.
        QCOMPARE(stats.missions, 7);
        QCOMPARE(stats.missionsByStatus.value(u"in_progress"_qs), 2);
        QCOMPARE(dashboard->kpiLabel(u"underWay"_qs)->text(), u"۳"_qs);
        QCOMPARE(dashboard->kpiLabel(u"followUp"_qs)->text(), u"۱"_qs);
        // Four submitted claims; only claim 50 has lines here: 4.5 M transport, 8 M lodging.
        QCOMPARE(stats.claims, 4);
        QCOMPARE(stats.expensesRials, 12'500'000);
        QCOMPARE(stats.expensesByType.value(u"lodging"_qs), 8'000'000);
        QCOMPARE(dashboard->kpiLabel(u"expenses"_qs)->text(), u"۱۲٬۵۰۰٬۰۰۰ ریال"_qs);
        // The inbox's five waiting steps, all about two days old.
        QCOMPARE(stats.waitingApprovals, 5);
        QCOMPARE(stats.waitingByAge, (QList<qint64>{0, 5, 0, 0}));
        QCOMPARE(dashboard->kpiLabel(u"waiting"_qs)->text(), u"۵"_qs);

        // District 4 alone: its cancelled mission, nothing else.
        recount(*dashboard, [&] { dashboard->setUnit(4); });
        QCOMPARE(dashboard->stats().missions, 1);
        QCOMPARE(dashboard->stats().expensesRials, 0);
        QCOMPARE(dashboard->stats().waitingApprovals, 0);
        // Any time, every unit again.
        recount(*dashboard, [&] {
            dashboard->setUnit(0);
            dashboard->setRange(FieldDashboard::Range::Everything);
        });
        QCOMPARE(dashboard->stats().missions, 7);
        QVERIFY(!dashboard->filter().from.isValid());

        // A bar opens what is behind it.
        QSignalSpy missions(dashboard.get(), &FieldDashboard::missionsRequested);
        QSignalSpy approvals(dashboard.get(), &FieldDashboard::approvalsRequested);
        QBarSet *statusBars = firstSet(dashboard->missionChart());
        QVERIFY(statusBars);
        // Bars go from the lifecycle's last status (at the bottom) up to "draft".
        emit statusBars->clicked(statusBars->count() - 1);
        QCOMPARE(missions.size(), 1);
        QCOMPARE(missions.first().first().toString(), u"draft"_qs);
        emit firstSet(dashboard->waitingChart())->clicked(1);
        QCOMPARE(approvals.size(), 1);

        const QStringList problems =
            Testing::notPersian(Testing::visibleTexts(dashboard.get()), {u"D3"_qs, u"D4"_qs});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_qs)));
    }

    void aCustomPeriod()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantField(fixture);
        plantClaims(fixture);
        auto dashboard = open(fixture);
        // The last 30 days (26 October to 24 November): claims 50-53 and 60.
        QCOMPARE(dashboard->stats().claims, 5);
        QCOMPARE(dashboard->stats().expensesRials, 12'500'000 + 3'700'000);

        // "Custom period…" shows the two fields and counts nothing until both are typed.
        PeriodChooser *period = dashboard->period();
        QSignalSpy ready(dashboard.get(), &FieldDashboard::ready);
        period->box()->setCurrentIndex(period->customIndex());
        emit period->box()->activated(period->customIndex());
        QVERIFY(period->fromEdit()->isVisible());
        QVERIFY(period->toEdit()->isVisible());
        Testing::typeKeys(period->fromEdit(), persianDigits(QDate(2026, 11, 1)));
        QTest::keyClick(period->fromEdit(), Qt::Key_Return);
        QVERIFY(!ready.wait(300));
        // 1 to 15 November, typed with Persian digits: claim 60 alone, no mission.
        Testing::typeKeys(period->toEdit(), persianDigits(QDate(2026, 11, 15)));
        QTest::keyClick(period->toEdit(), Qt::Key_Return);
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dashboard->filter().from, QDate(2026, 11, 1));
        QCOMPARE(dashboard->filter().to, QDate(2026, 11, 15));
        QCOMPARE(dashboard->stats().claims, 1);
        QCOMPARE(dashboard->stats().expensesRials, 3'700'000);
        QCOMPARE(dashboard->stats().expensesByType.value(u"lodging"_qs), 3'000'000);
        QCOMPARE(dashboard->stats().expensesByUnit.value(4), 3'700'000);
        QCOMPARE(dashboard->stats().missions, 0);
        QCOMPARE(dashboard->kpiLabel(u"expenses"_qs)->text(), u"۳٬۷۰۰٬۰۰۰ ریال"_qs);

        // An end before the start, a month 13: said in Persian, and nothing counted again.
        ready.clear();
        for (const auto &[from, to] :
             {std::pair(persianDigits(QDate(2026, 11, 20)), persianDigits(QDate(2026, 11, 2))),
              std::pair(u"1405/13/01"_qs, u"1405/09/01"_qs)}) {
            const QString problem = dashboard->setCustomRange(from, to);
            QVERIFY(!problem.isEmpty());
            QVERIFY2(Testing::notPersian({problem}, {}).isEmpty(), qPrintable(problem));
            QVERIFY2(Testing::showsLabel(dashboard.get(), problem), qPrintable(problem));
        }
        QVERIFY(!ready.wait(300));
        QCOMPARE(dashboard->filter().from, QDate(2026, 11, 1));
        QCOMPARE(dashboard->stats().claims, 1);
        QCOMPARE(dashboard->kpiLabel(u"expenses"_qs)->text(), u"۳٬۷۰۰٬۰۰۰ ریال"_qs);

        // From 1 October: claim 61 (paid, 20 October) too.
        QCOMPARE(dashboard->setCustomRange(persianDigits(QDate(2026, 10, 1)),
                                           persianDigits(QDate(2026, 11, 24))),
                 QString());
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dashboard->stats().claims, 6);
        QCOMPARE(dashboard->stats().expensesRials, 12'500'000 + 3'700'000 + 1'200'000);
        // A preset again: the fields go.
        recount(*dashboard, [&] { dashboard->setRange(FieldDashboard::Range::Last30Days); });
        QCOMPARE(dashboard->stats().claims, 5);
        QVERIFY(!period->fromEdit()->isVisible());
    }

    void anExpenseBarOpensItsClaims()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantField(fixture);
        plantClaims(fixture);
        auto dashboard = open(fixture);
        ClaimsPanel claims(fixture.cache(), ShellFixture::user());
        claims.reload();
        // Maryam's own claims: none of these.
        QCOMPARE(listedClaims(claims), QList<qint64>());
        Cache::ExpenseFigure figure;
        QString title;
        connect(dashboard.get(), &FieldDashboard::claimsRequested, &claims,
                [&](const Cache::ExpenseFigure &chosen, const QString &named) {
                    figure = chosen;
                    title = named;
                    claims.showFigure(chosen, named);
                });

        // The largest type, at the top: lodging, 8,000,000 of claim 50 and 3,000,000 of 60
        // (the draft's and the rejected claim's lodging do not count).
        QBarSet *types = firstSet(dashboard->typeChart());
        QVERIFY(types);
        emit types->clicked(types->count() - 1);
        QCOMPARE(figure.expenseType, u"lodging"_qs);
        QVERIFY(!figure.unitId);
        QCOMPARE(figure.filter.from, dashboard->filter().from);
        QCOMPARE(figure.filter.to, dashboard->filter().to);
        QVERIFY(claims.isShowingFigure());
        QCOMPARE(listedClaims(claims), (QList<qint64>{50, 60}));
        const QString said = claims.figureLabel()->text();
        QVERIFY2(said.contains(u"۱۱٬۰۰۰٬۰۰۰"_qs), qPrintable(said));
        QVERIFY2(said.contains(title), qPrintable(said));

        // The second unit's bar (district 4, under district 3's): claim 60 alone, all its lines.
        QBarSet *units = firstSet(dashboard->unitChart());
        QVERIFY(units);
        QCOMPARE(units->count(), 2);
        emit units->clicked(0);
        QCOMPARE(figure.unitId, std::optional<qint64>(4));
        QVERIFY(figure.expenseType.isEmpty());
        QCOMPARE(listedClaims(claims), (QList<qint64>{60}));
        QVERIFY(claims.figureLabel()->text().contains(u"۳٬۷۰۰٬۰۰۰"_qs));
        // District 3's: the four approvals' claims (three without lines here).
        emit units->clicked(1);
        QCOMPARE(listedClaims(claims), (QList<qint64>{50, 51, 52, 53}));

        // "Show all" goes back to the user's own claims.
        claims.showAllButton()->click();
        QVERIFY(!claims.isShowingFigure());
        QCOMPARE(listedClaims(claims), QList<qint64>());
    }

    void anExpenseBarInTheShell()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantField(fixture);
        plantClaims(fixture);
        Testing::ManualClock clock(QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC));
        MainWindow window(clock, *m_localization, *m_store, fixture.workspace());
        window.resize(1280, 800);
        window.show();
        auto *dashboards = static_cast<DashboardsPage *>(window.page(Section::Dashboards));
        // The lodging of November: claims 50 and 60, in the Missions section's claims tab.
        const Cache::ExpenseFigure lodging{
            {QDate(2026, 11, 1), QDate(2026, 11, 24), 0}, std::nullopt, u"lodging"_qs};
        emit dashboards->field()->claimsRequested(lodging, u"اقامت"_qs);
        QCOMPARE(window.currentSection(), Section::Missions);
        auto *missions = static_cast<MissionsPage *>(window.page(Section::Missions));
        QCOMPARE(missions->tabs()->currentWidget(), missions->claims());
        QVERIFY(missions->claims()->isShowingFigure());
        QCOMPARE(listedClaims(*missions->claims()), (QList<qint64>{50, 60}));
        QVERIFY(missions->claims()->figureLabel()->isVisible());
    }

    void onTheDashboardsPage()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantField(fixture);
        DashboardsPage page(fixture.cache());
        QSignalSpy approvals(&page, &DashboardsPage::approvalsRequested);
        QVERIFY(page.panels()->indexOf(page.field()) > 0);
        emit page.field()->approvalsRequested();
        QCOMPARE(approvals.size(), 1);
        // The expense bars' claims go on to the shell (it opens the claims tab).
        QString title;
        connect(&page, &DashboardsPage::claimsRequested, this,
                [&](const Cache::ExpenseFigure &, const QString &named) { title = named; });
        emit page.field()->claimsRequested(Cache::ExpenseFigure{}, u"lodging"_qs);
        QCOMPARE(title, u"lodging"_qs);
    }

    void screenshots()
    {
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            m_localization->applyWithoutSaving(language);
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plantField(fixture);
            auto dashboard = open(fixture);
            QVERIFY(QTest::qWaitForWindowExposed(dashboard.get()));
            QCoreApplication::processEvents();
            const QString suffix = language == Language::Persian ? u"fa"_qs : u"en"_qs;
            QVERIFY(dashboard->grab().save(
                artifacts.filePath(u"dashboard-field-%1.png"_qs.arg(suffix))));

            // A custom period with more claims, one that cannot be applied, and the claims
            // behind the largest expense type in the claims tab.
            plantClaims(fixture);
            recount(*dashboard, [&] {
                QVERIFY(
                    dashboard
                        ->setCustomRange(persianDigits(QDate(2026, 10, 1)),
                                         formatJalaliDate(QDate(2026, 11, 24), DateStyle::Numeric))
                        .isEmpty());
            });
            QCoreApplication::processEvents();
            QVERIFY(dashboard->grab().save(
                artifacts.filePath(u"dashboard-field-custom-%1.png"_qs.arg(suffix))));
            QVERIFY(!dashboard->setCustomRange(u"1405/08/40"_qs, u"1405/09/01"_qs).isEmpty());
            QCoreApplication::processEvents();
            QVERIFY(dashboard->grab().save(
                artifacts.filePath(u"dashboard-field-problem-%1.png"_qs.arg(suffix))));
            ClaimsPanel claims(fixture.cache(), ShellFixture::user());
            claims.resize(1200, 420);
            claims.show();
            QVERIFY(QTest::qWaitForWindowExposed(&claims));
            connect(dashboard.get(), &FieldDashboard::claimsRequested, &claims,
                    &ClaimsPanel::showFigure);
            QBarSet *types = firstSet(dashboard->typeChart());
            QVERIFY(types);
            emit types->clicked(types->count() - 1);
            QVERIFY(claims.isShowingFigure());
            QCoreApplication::processEvents();
            QVERIFY(claims.grab().save(artifacts.filePath(u"claims-figure-%1.png"_qs.arg(suffix))));
        }
        qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
    }
};

QTEST_MAIN(TestFieldDashboard)
#include "tst_fielddashboard.moc"
