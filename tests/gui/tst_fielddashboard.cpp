// The field dashboard on the workstation, headless over a real cache: the figures a
// supervisor of one district sees (missions by status, expenses by type and unit, the
// approvals waiting by age), the unit and period filters, a bar opening what is behind it,
// and screenshots in Persian and English.
#include "appfonts.h"
#include "approvalsfixture.h"
#include "dashboardspage.h"
#include "fielddashboard.h"
#include "localcache.h"
#include "localization.h"
#include "shellfixture.h"
#include "testenvironment.h"
#include "visibletexts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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
        }
        qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
    }
};

QTEST_MAIN(TestFieldDashboard)
#include "tst_fielddashboard.moc"
