// The teams dashboard on the workstation, headless over a real cache: the workload per team
// and person a supervisor sees, what was resolved and how fast, where the period's cases
// spent their time (from their status histories), a person's row opening their open cases,
// a custom period typed as Jalali dates (and one that cannot be applied), and screenshots in
// Persian and English.
#include "appfonts.h"
#include "casespage.h"
#include "casestats.h"
#include "casetext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "localization.h"
#include "periodchooser.h"
#include "shellfixture.h"
#include "teamsdashboard.h"
#include "testenvironment.h"
#include "visibletexts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;

namespace {

const qint64 hour = 3'600'000;
const qint64 day = 24 * hour;

QJsonObject row(qint64 id, const QJsonObject &fields)
{
    QJsonObject result{{u"id"_qs, id}, {u"version"_qs, 1}, {u"deleted"_qs, false}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

// Unit 3 (Maryam supervises it) and 4; Zahra (21) and Reza (22). Cases of the last days:
// 1, 2 open with Zahra in unit 3 (1 overdue), 3 unassigned there, 4 resolved by Reza after
// a day; 5 open with Reza in unit 4. Case 4's history: 2 hours new in unit 3, then 22 hours
// in progress with Reza in unit 4. Channels and services: 1 phone, street lighting (4);
// 2 web, potholes (6); 3 phone, potholes; 4 web, street lighting; 5 phone, street lighting.
void plant(ShellFixture &fixture, qint64 now)
{
    QVERIFY(fixture.pull(u"users"_qs, {row(21, {{u"display_name"_qs, u"زهرا رحیمی"_qs}}),
                                       row(22, {{u"display_name"_qs, u"رضا کریمی"_qs}})}));
    QVERIFY(fixture.pull(u"org_units"_qs, {row(3, {{u"kind"_qs, u"district"_qs},
                                                   {u"code"_qs, u"D3"_qs},
                                                   {u"name_fa"_qs, u"منطقهٔ ۳"_qs},
                                                   {u"name_en"_qs, u"District 3"_qs}}),
                                           row(4, {{u"kind"_qs, u"team"_qs},
                                                   {u"code"_qs, u"T4"_qs},
                                                   {u"name_fa"_qs, u"تیم فنی"_qs},
                                                   {u"name_en"_qs, u"Technical team"_qs}})}));
    const auto caseRow = [&](qint64 id, qint64 team, QJsonValue owner, const QString &status,
                             qint64 created, const QJsonObject &more = {}) {
        QJsonObject c = ShellFixture::caseRow(id, u"درخواست %1"_qs.arg(id));
        c.insert(u"team_id"_qs, team);
        c.insert(u"owner_id"_qs, owner);
        c.insert(u"status"_qs, status);
        c.insert(u"created_at"_qs, created);
        for (auto it = more.begin(); it != more.end(); ++it)
            c.insert(it.key(), it.value());
        return c;
    };
    const auto via = [](const QString &channel, qint64 service, QJsonObject more = {}) {
        more.insert(u"channel"_qs, channel);
        more.insert(u"service_id"_qs, service);
        return more;
    };
    QVERIFY(fixture.pull(
        u"cases"_qs, {caseRow(1, 3, 21, u"in_progress"_qs, now - 5 * day,
                              via(u"phone"_qs, 4, {{u"resolution_due_at"_qs, now - hour}})),
                      caseRow(2, 3, 21, u"in_progress"_qs, now - 2 * day,
                              via(u"web"_qs, 6, {{u"resolution_due_at"_qs, now + day}})),
                      caseRow(3, 3, QJsonValue(), u"new"_qs, now - day, via(u"phone"_qs, 6)),
                      caseRow(4, 4, 22, u"resolved"_qs, now - 3 * day,
                              via(u"web"_qs, 4,
                                  {{u"first_responded_at"_qs, now - 3 * day + hour},
                                   {u"resolved_at"_qs, now - 2 * day}})),
                      caseRow(5, 4, 22, u"in_progress"_qs, now - 4 * day, via(u"phone"_qs, 4))}));
    const auto service = [](qint64 id, const QString &code, const QString &fa, const QString &en) {
        return row(id, {{u"code"_qs, code}, {u"name_fa"_qs, fa}, {u"name_en"_qs, en}});
    };
    QVERIFY(fixture.pull(u"services"_qs,
                         {service(4, u"lighting"_qs, u"روشنایی معابر"_qs, u"Street lighting"_qs),
                          service(6, u"potholes"_qs, u"ترمیم آسفالت"_qs, u"Potholes"_qs)}));
    QVERIFY(fixture.pull(u"case_status_history"_qs,
                         {row(41, {{u"case_id"_qs, 4},
                                   {u"to_status"_qs, u"new"_qs},
                                   {u"team_id"_qs, 3},
                                   {u"changed_at"_qs, now - 3 * day}}),
                          row(42, {{u"case_id"_qs, 4},
                                   {u"from_status"_qs, u"new"_qs},
                                   {u"to_status"_qs, u"in_progress"_qs},
                                   {u"team_id"_qs, 4},
                                   {u"owner_id"_qs, 22},
                                   {u"changed_at"_qs, now - 3 * day + 2 * hour}}),
                          row(43, {{u"case_id"_qs, 4},
                                   {u"from_status"_qs, u"in_progress"_qs},
                                   {u"to_status"_qs, u"resolved"_qs},
                                   {u"team_id"_qs, 4},
                                   {u"owner_id"_qs, 22},
                                   {u"changed_at"_qs, now - 2 * day}})}));
}

// A day of Iran's calendar as typed with Persian digits ("۱۴۰۵/۰۹/۰۱").
QString persianDigits(QDate day)
{
    return toLocalDigits(formatJalaliDate(day, DateStyle::Numeric),
                         QLocale(QLocale::Persian, QLocale::Iran));
}

} // namespace

class TestTeamsDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization;

    static std::unique_ptr<TeamsDashboard> open(ShellFixture &fixture, qint64 now)
    {
        auto dashboard = std::make_unique<TeamsDashboard>(fixture.cache());
        dashboard->setNow(now);
        dashboard->resize(1200, 820);
        dashboard->show();
        QSignalSpy ready(dashboard.get(), &TeamsDashboard::ready);
        dashboard->refresh();
        if (!ready.wait(10000))
            qWarning("the teams dashboard did not count");
        return dashboard;
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

    void workloadPerTeamAndPerson()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        const qint64 now = ShellFixture::createdAtMs() + 10 * day;
        plant(fixture, now);
        auto dashboard = open(fixture, now);
        const Cache::TeamStats &stats = dashboard->stats();
        QCOMPARE(stats.total.open, 4);
        QCOMPARE(stats.total.overdue, 1);
        QCOMPARE(stats.perTeam.value(3).open, 3);
        QCOMPARE(stats.perOwner.value(21).open, 2);
        QCOMPARE(stats.perOwner.value(22).resolved, 1);
        QCOMPARE(dashboard->kpiLabel(u"open"_qs)->text(), u"۴"_qs);
        QCOMPARE(dashboard->kpiLabel(u"resolution"_qs)->text(), CaseText::amount(24 * 60));
        // Case 4's time: 2 hours with unit 3, then 22 in progress and 48 resolved (waiting to
        // be closed) with the technical team.
        QVERIFY(dashboard->dwellCases() >= 1);
        QCOMPARE(dashboard->dwell().secondsPerTeam.value(OrgUnitId(3)), 2 * 3600);
        QCOMPARE(dashboard->dwell().secondsPerTeam.value(OrgUnitId(4)), (22 + 48) * 3600);
        // People, the busiest first; Zahra's overdue case marked.
        QTreeWidget *people = dashboard->people();
        QCOMPARE(people->topLevelItemCount(), 3);
        QCOMPARE(people->topLevelItem(0)->text(0), u"زهرا رحیمی"_qs);
        QCOMPARE(people->topLevelItem(0)->text(1), u"۲"_qs);
        QCOMPARE(people->topLevelItem(0)->text(2), u"۱"_qs);

        // A person's row opens their open cases in the Cases section: Zahra's 1 and 2.
        Cache::CaseQueueFilter filter;
        QString title;
        CasesPage cases(fixture.cache());
        connect(dashboard.get(), &TeamsDashboard::drillDown, this,
                [&](const Cache::CaseQueueFilter &chosen, const QString &named) {
                    filter = chosen;
                    title = named;
                    cases.showFiltered(chosen, named);
                });
        emit people->itemActivated(people->topLevelItem(0), 0);
        QVERIFY(title.contains(u"زهرا رحیمی"_qs));
        QCOMPARE(filter.onlyOwnerIds, (QList<qint64>{21}));
        QVERIFY(filter.excludedStatuses.contains(u"resolved"_qs));
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{1, 2}));
        // A team's bar, the busiest at the top: unit 3's open 1, 2 and 3.
        auto *load = qobject_cast<QAbstractBarSeries *>(dashboard->loadChart()->series().value(0));
        QVERIFY(load);
        QBarSet *onTime = load->barSets().value(1);
        QVERIFY(onTime);
        emit onTime->clicked(onTime->count() - 1);
        QCOMPARE(filter.onlyTeamIds, (QList<qint64>{3}));
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{1, 2, 3}));

        const QStringList problems =
            Testing::notPersian(Testing::visibleTexts(dashboard.get()), {});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_qs)));
    }

    // Each filter narrows every figure (the workload, what was resolved and how fast, the time
    // per team), counted by hand from the planted cases; a bar or a row opens only the cases
    // of the filters chosen.
    void filtersNarrowEveryFigure()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        const qint64 now = ShellFixture::createdAtMs() + 10 * day;
        plant(fixture, now);
        auto dashboard = open(fixture, now);
        QCOMPARE(dashboard->teamBox()->count(), 3); // every team, 3 and 4
        QVERIFY(dashboard->teamBox()->isVisibleTo(dashboard.get()));
        QCOMPARE(dashboard->serviceBox()->count(), 3);
        // Chosen as the user does: the box, then counted again, the page told.
        const auto pick = [&dashboard](QComboBox *box, const QVariant &value) {
            QSignalSpy ready(dashboard.get(), &TeamsDashboard::ready);
            QSignalSpy chosen(dashboard.get(), &TeamsDashboard::choiceMade);
            const int index = box->findData(value);
            QVERIFY(index >= 0);
            box->setCurrentIndex(index);
            emit box->activated(index);
            QVERIFY(ready.wait(10'000));
            QCOMPARE(chosen.count(), 1);
        };
        const Cache::TeamStats &stats = dashboard->stats();

        // Street lighting: 1 (open, overdue, unit 3), 4 (resolved after a day), 5 (open, unit 4).
        pick(dashboard->serviceBox(), qint64(4));
        QCOMPARE(dashboard->filter().serviceIds, (QList<qint64>{4}));
        QCOMPARE(stats.total.open, 2);
        QCOMPARE(stats.total.overdue, 1);
        QCOMPARE(stats.total.resolved, 1);
        QCOMPARE(stats.perTeam.value(3).open, 1);
        QCOMPARE(stats.perTeam.value(4).open, 1);
        QCOMPARE(stats.perOwner.value(21).open, 1);
        QCOMPARE(dashboard->kpiLabel(u"open"_qs)->text(), u"۲"_qs);
        QCOMPARE(dashboard->kpiLabel(u"resolution"_qs)->text(), CaseText::amount(24 * 60));
        QCOMPARE(dashboard->dwell().secondsPerTeam.value(OrgUnitId(4)), (22 + 48) * 3600);

        // Potholes: 2 and 3, open in unit 3, neither overdue; nothing resolved, no time spent.
        pick(dashboard->serviceBox(), qint64(6));
        QCOMPARE(stats.total.open, 2);
        QCOMPARE(stats.total.overdue, 0);
        QCOMPARE(stats.total.resolved, 0);
        QCOMPARE(stats.perTeam.value(3).open, 2);
        QCOMPARE(stats.perTeam.value(4).open, 0);
        QCOMPARE(dashboard->kpiLabel(u"resolution"_qs)->text(), u"—"_qs);
        QCOMPARE(dashboard->dwell().secondsPerTeam.value(OrgUnitId(4)), 0);

        // The web: 2 (open, Zahra) and 4 (resolved by Reza).
        pick(dashboard->serviceBox(), qint64(0));
        pick(dashboard->channelBox(), u"web"_qs);
        QCOMPARE(dashboard->filter().channels, QStringList{u"web"_qs});
        QCOMPARE(stats.total.open, 1);
        QCOMPARE(stats.total.overdue, 0);
        QCOMPARE(stats.total.resolved, 1);
        QCOMPARE(stats.perOwner.value(21).open, 1);
        QCOMPARE(stats.perOwner.value(22).resolved, 1);
        QCOMPARE(dashboard->people()->topLevelItemCount(), 2);

        // The technical team (4): 4 resolved, 5 open; its time includes case 4's hours in unit 3.
        pick(dashboard->channelBox(), QString());
        pick(dashboard->teamBox(), qint64(4));
        QCOMPARE(dashboard->filter().onlyTeamIds, (QList<qint64>{4}));
        QCOMPARE(stats.total.open, 1);
        QCOMPARE(stats.total.resolved, 1);
        QCOMPARE(stats.perTeam.size(), 1);
        QCOMPARE(dashboard->dwell().secondsPerTeam.value(OrgUnitId(3)), 2 * 3600);
        // The level stays the outer bound: the supervisor's units, narrowed.
        QVERIFY(dashboard->filter().teamIds.has_value());

        // Unit 3 by phone: 1 (overdue, Zahra) and 3 (unassigned).
        pick(dashboard->teamBox(), qint64(3));
        pick(dashboard->channelBox(), u"phone"_qs);
        QCOMPARE(stats.total.open, 2);
        QCOMPARE(stats.total.overdue, 1);
        QCOMPARE(stats.perOwner.value(21).open, 1);
        QCOMPARE(stats.perOwner.value(0).open, 1);

        // The drill-downs carry the filters: unit 3's bar with potholes chosen opens 2 and 3
        // (not 1, street lighting); Zahra's row on the web opens 2 alone.
        pick(dashboard->teamBox(), qint64(0));
        pick(dashboard->channelBox(), QString());
        pick(dashboard->serviceBox(), qint64(6));
        Cache::CaseQueueFilter filter;
        CasesPage cases(fixture.cache());
        connect(dashboard.get(), &TeamsDashboard::drillDown, this,
                [&](const Cache::CaseQueueFilter &chosen, const QString &named) {
                    filter = chosen;
                    cases.showFiltered(chosen, named);
                });
        auto *load = qobject_cast<QAbstractBarSeries *>(dashboard->loadChart()->series().value(0));
        QVERIFY(load);
        QBarSet *onTime = load->barSets().value(1);
        QVERIFY(onTime);
        emit onTime->clicked(onTime->count() - 1);
        QCOMPARE(filter.onlyTeamIds, (QList<qint64>{3}));
        QCOMPARE(filter.serviceIds, (QList<qint64>{6}));
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{2, 3}));
        pick(dashboard->serviceBox(), qint64(0));
        pick(dashboard->channelBox(), u"web"_qs);
        QTreeWidget *people = dashboard->people();
        QTreeWidgetItem *zahra = nullptr;
        for (int i = 0; i < people->topLevelItemCount(); ++i) {
            if (people->topLevelItem(i)->text(0) == u"زهرا رحیمی"_qs)
                zahra = people->topLevelItem(i);
        }
        QVERIFY(zahra);
        emit people->itemActivated(zahra, 0);
        QCOMPARE(filter.channels, QStringList{u"web"_qs});
        QCOMPARE(Testing::shownCaseIds(cases), (QList<qint64>{2}));
    }

    void aCustomPeriod()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        const qint64 now = ShellFixture::createdAtMs() + 10 * day;
        plant(fixture, now);
        auto dashboard = open(fixture, now);
        const QDate today = Cache::CaseStats::iranDate(now);
        QCOMPARE(dashboard->stats().total.resolved, 1);

        // Yesterday and today: case 4 was resolved two days ago, and made three days ago (its
        // time with the teams is not the period's); the workload now stays.
        QSignalSpy ready(dashboard.get(), &TeamsDashboard::ready);
        QCOMPARE(dashboard->setCustomRange(persianDigits(today.addDays(-1)), persianDigits(today)),
                 QString());
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dashboard->from(), today.addDays(-1));
        QCOMPARE(dashboard->to(), today);
        QCOMPARE(dashboard->stats().total.resolved, 0);
        QCOMPARE(dashboard->stats().total.open, 4);
        QCOMPARE(dashboard->kpiLabel(u"resolved"_qs)->text(), u"۰"_qs);
        QCOMPARE(dashboard->kpiLabel(u"resolution"_qs)->text(), u"—"_qs);
        QCOMPARE(dashboard->dwell().secondsPerTeam.value(OrgUnitId(4)), 0);
        QVERIFY(dashboard->period()->fromEdit()->isVisible());
        QCOMPARE(dashboard->period()->box()->currentIndex(), dashboard->period()->customIndex());

        // Three and two days ago: case 4 again, resolved after a day, its hours with both teams.
        ready.clear();
        QCOMPARE(dashboard->setCustomRange(formatJalaliDate(today.addDays(-3), DateStyle::Numeric),
                                           persianDigits(today.addDays(-2))),
                 QString());
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dashboard->stats().total.resolved, 1);
        QCOMPARE(dashboard->kpiLabel(u"resolution"_qs)->text(), CaseText::amount(24 * 60));
        QCOMPARE(dashboard->dwell().secondsPerTeam.value(OrgUnitId(3)), 2 * 3600);
        QCOMPARE(dashboard->dwell().secondsPerTeam.value(OrgUnitId(4)), (22 + 48) * 3600);

        // Upside down, unreadable, longer than 400 days: said in Persian; nothing counted again.
        ready.clear();
        for (const auto &[from, to] :
             {std::pair(persianDigits(today), persianDigits(today.addDays(-3))),
              std::pair(u"۱۴۰۵/۰۲/۳۲"_qs, persianDigits(today)),
              std::pair(persianDigits(today.addDays(-500)), persianDigits(today))}) {
            const QString problem = dashboard->setCustomRange(from, to);
            QVERIFY(!problem.isEmpty());
            QVERIFY2(Testing::notPersian({problem}, {}).isEmpty(), qPrintable(problem));
            QVERIFY2(Testing::showsLabel(dashboard.get(), problem), qPrintable(problem));
        }
        QVERIFY(!ready.wait(300));
        QCOMPARE(dashboard->from(), today.addDays(-3));
        QCOMPARE(dashboard->stats().total.resolved, 1);

        // Back to a preset: its period, the fields hidden.
        ready.clear();
        QComboBox *box = dashboard->period()->box();
        box->setCurrentIndex(int(TeamsDashboard::Range::Last7Days));
        emit box->activated(int(TeamsDashboard::Range::Last7Days));
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dashboard->from(), today.addDays(-6));
        QVERIFY(!dashboard->period()->fromEdit()->isVisible());
        QCOMPARE(dashboard->stats().total.resolved, 1);
    }

    void screenshots()
    {
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            m_localization->applyWithoutSaving(language);
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            const qint64 now = ShellFixture::createdAtMs() + 10 * day;
            plant(fixture, now);
            auto dashboard = open(fixture, now);
            QVERIFY(QTest::qWaitForWindowExposed(dashboard.get()));
            QCoreApplication::processEvents();
            const QString suffix = language == Language::Persian ? u"fa"_qs : u"en"_qs;
            QVERIFY(dashboard->grab().save(
                artifacts.filePath(u"dashboard-teams-%1.png"_qs.arg(suffix))));
            // A custom period, then one that cannot be applied (its problem said).
            const QDate today = Cache::CaseStats::iranDate(now);
            QSignalSpy ready(dashboard.get(), &TeamsDashboard::ready);
            QVERIFY(dashboard
                        ->setCustomRange(persianDigits(today.addDays(-3)),
                                         formatJalaliDate(today, DateStyle::Numeric))
                        .isEmpty());
            QVERIFY(ready.wait(10'000));
            QCoreApplication::processEvents();
            QVERIFY(dashboard->grab().save(
                artifacts.filePath(u"dashboard-teams-custom-%1.png"_qs.arg(suffix))));
            QVERIFY(
                !dashboard->setCustomRange(persianDigits(today), persianDigits(today.addDays(-3)))
                     .isEmpty());
            QCoreApplication::processEvents();
            QVERIFY(dashboard->grab().save(
                artifacts.filePath(u"dashboard-teams-problem-%1.png"_qs.arg(suffix))));
        }
    }
};

QTEST_MAIN(TestTeamsDashboard)
#include "tst_teamsdashboard.moc"
