// The workstation shell, as a user sees it: real widgets on the offscreen platform over a
// real, encrypted cache file. Each run also leaves screenshots in the test-artifacts
// folder to look at.
#include "appfonts.h"
#include "approvalinboxmodel.h"
#include "approvalspage.h"
#include "casequeuemodel.h"
#include "casespage.h"
#include "citizenspage.h"
#include "dashboardspage.h"
#include "globalsearch.h"
#include "jalalidate.h"
#include "knowledgepage.h"
#include "localization.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "missionlistmodel.h"
#include "missionspage.h"
#include "navigationbar.h"
#include "sectionpage.h"
#include "shellactions.h"
#include "shellfixture.h"
#include "shortcutsdialog.h"
#include "syncstatusbar.h"
#include "testenvironment.h"
#include "visibletexts.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Testing::ShellFixture;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bundledFontIsInstalled();
    void startsInPersianRightToLeft();
    void persianUiShowsNoLatinTextOrAsciiDigits();
    void switchesToEnglishAndBack();
    void languageChoiceIsRemembered();
    void dateTurnsOverAtIranMidnight();
    void shortcutsAndSideBarSwitchSections();
    void casesShowCachedRowsWithJalaliDates();
    void listsReadTheCacheAPageAtATime();
    void searchFiltersReadRowsPersianAware();
    void approvalsListOnlyStepsWaitingForTheUser();
    void dashboardsCountCachedRows();
    void shortcutsDialogListsEveryAction();
    void geometryAndLayoutAreRestored();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_settingsPath;
};

namespace {

const QDateTime sunday1Azar(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

// A handful of rows in every section, as a first sync would leave them.
void plantCity(ShellFixture &fixture)
{
    const QStringList subjects{
        QStringLiteral("چراغ روشنایی خیابان بهار خاموش است"),
        QStringLiteral("درخواست نصب سرعت‌گیر در کوچهٔ مدرسه"),
        QStringLiteral(
            "جمع‌آوری نخاله‌های ساختمانی در پیاده‌رو"),
        QStringLiteral("گلایه از تأخیر در پاسخ به پروانهٔ ساخت"),
        QStringLiteral(
            "درخواست کتاب‌های درسی برای کتابخانهٔ محله"),
        QStringLiteral("آب‌گرفتگی زیرگذر میدان پس از باران"),
    };
    QList<QJsonObject> cases;
    const QStringList statuses{QStringLiteral("new"), QStringLiteral("in_progress"),
                               QStringLiteral("waiting_citizen"), QStringLiteral("resolved")};
    const QStringList priorities{QStringLiteral("normal"), QStringLiteral("high"),
                                 QStringLiteral("urgent"), QStringLiteral("low")};
    for (int i = 0; i < subjects.size(); ++i) {
        QJsonObject row = ShellFixture::caseRow(101 + i, subjects.at(i));
        row.insert(QStringLiteral("status"), statuses.at(i % statuses.size()));
        row.insert(QStringLiteral("priority"), priorities.at(i % priorities.size()));
        cases << row;
    }
    QVERIFY(fixture.pull(QStringLiteral("cases"), cases));
    QVERIFY(fixture.pull(
        QStringLiteral("citizens"),
        {ShellFixture::citizenRow(1, QStringLiteral("زهرا"), QStringLiteral("کریمی")),
         ShellFixture::citizenRow(2, QStringLiteral("علی"), QStringLiteral("رضایی")),
         ShellFixture::citizenRow(3, QStringLiteral("فاطمه"), QStringLiteral("موسوی"))}));
    const auto article = [](qint64 id, const char *type, const char *status, const QString &title) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("version"), 2},
                           {QStringLiteral("deleted"), false},
                           {QStringLiteral("created_at"), ShellFixture::createdAtMs()},
                           {QStringLiteral("updated_at"), ShellFixture::createdAtMs()},
                           {QStringLiteral("article_type"), QLatin1String(type)},
                           {QStringLiteral("status"), QLatin1String(status)},
                           {QStringLiteral("title"), title}};
    };
    QVERIFY(fixture.pull(
        QStringLiteral("knowledge_articles"),
        {article(11, "faq", "published", QStringLiteral("چگونه پروانهٔ ساخت را تمدید کنم؟")),
         article(12, "regulation", "published",
                 QStringLiteral(
                     "آیین‌نامهٔ جمع‌آوری پسماند ساختمانی")),
         article(13, "instruction", "draft", QStringLiteral("راهنمای ثبت درخواست حضوری"))}));
    QVERIFY(fixture.pull(
        QStringLiteral("missions"),
        {QJsonObject{
            {QStringLiteral("id"), 31},
            {QStringLiteral("version"), 4},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), ShellFixture::createdAtMs()},
            {QStringLiteral("updated_at"), ShellFixture::createdAtMs()},
            {QStringLiteral("order_number"), QStringLiteral("1405-0042")},
            {QStringLiteral("purpose"),
             QStringLiteral("بازدید از محل آب‌گرفتگی زیرگذر")},
            {QStringLiteral("status"), QStringLiteral("issued")},
            {QStringLiteral("unit_id"), 3},
            {QStringLiteral("destination_name"), QStringLiteral("منطقهٔ ۴")},
            {QStringLiteral("planned_start"), ShellFixture::createdAtMs() + 86'400'000}}}));
    QVERIFY(fixture.pull(
        QStringLiteral("expense_claims"),
        {QJsonObject{{QStringLiteral("id"), 50},
                     {QStringLiteral("version"), 2},
                     {QStringLiteral("deleted"), false},
                     {QStringLiteral("created_at"), ShellFixture::createdAtMs()},
                     {QStringLiteral("updated_at"), ShellFixture::createdAtMs()},
                     {QStringLiteral("claimant_id"), 21},
                     {QStringLiteral("unit_id"), 3},
                     {QStringLiteral("status"), QStringLiteral("submitted")},
                     {QStringLiteral("title"), QStringLiteral("هزینهٔ سفر بازدید منطقهٔ ۴")},
                     {QStringLiteral("total_rials"), 12'500'000}}}));
}

QJsonObject approvalStep(qint64 id, const char *role, const char *decision,
                         QJsonValue approverUnit = QJsonValue(), QJsonValue approver = {})
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), 1},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), ShellFixture::createdAtMs()},
            {QStringLiteral("updated_at"), ShellFixture::createdAtMs()},
            {QStringLiteral("subject_type"), QStringLiteral("expense_claim")},
            {QStringLiteral("subject_id"), 50},
            {QStringLiteral("step"), 1},
            {QStringLiteral("approver_role"), QLatin1String(role)},
            {QStringLiteral("approver_unit_id"), approverUnit},
            {QStringLiteral("approver_id"), approver},
            {QStringLiteral("decision"), QLatin1String(decision)}};
}

RowListPage *listPage(MainWindow &window, Section section)
{
    return qobject_cast<RowListPage *>(window.page(section));
}

QString cell(RowListPage *page, int row, int column)
{
    return page->view()->model()->index(row, column).data().toString();
}

CasesPage *casesPage(MainWindow &window)
{
    return qobject_cast<CasesPage *>(window.page(Section::Cases));
}

QString cell(CasesPage *page, int row, int column)
{
    return page->view()->model()->index(row, column).data().toString();
}

} // namespace

void TestMainWindow::initTestCase()
{
    Testing::isolateUserFolders();
    QVERIFY(m_dir.isValid());
    installApplicationFonts();
}

void TestMainWindow::init()
{
    static int run = 0;
    m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run));
}

void TestMainWindow::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::bundledFontIsInstalled()
{
    QVERIFY(QFontDatabase::families().contains(QStringLiteral("Vazirmatn")));
    QCOMPARE(QApplication::font().families().value(0), QStringLiteral("Vazirmatn"));
}

void TestMainWindow::startsInPersianRightToLeft()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture;
    QVERIFY(fixture.isValid());
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();

    QCOMPARE(localization.language(), Language::Persian);
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.windowTitle(), QStringLiteral("شهروند"));
    QCOMPARE(QLocale().language(), QLocale::Persian);

    auto *date = window.findChild<QLabel *>(QStringLiteral("statusDate"));
    QVERIFY(date);
    // 22 November 2026 is Sunday 1 Azar 1405.
    QCOMPARE(date->text(), QStringLiteral("یکشنبه ۱ آذر ۱۴۰۵"));
    QVERIFY(window.statusBar()->isAncestorOf(date));

    // The first run opens on the dashboards, which greet the user by name.
    QCOMPARE(window.currentSection(), Section::Dashboards);
    auto *greeting = window.findChild<QLabel *>(QStringLiteral("homeGreeting"));
    QVERIFY(greeting);
    QCOMPARE(greeting->text(), QStringLiteral("خوش آمدید، مریم احمدی."));
}

void TestMainWindow::persianUiShowsNoLatinTextOrAsciiDigits()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture;
    QVERIFY(fixture.isValid());
    plantCity(fixture);
    QVERIFY(fixture.plantConflict(QStringLiteral("cases"), 101,
                                  {{QStringLiteral("priority"), QStringLiteral("high")}},
                                  {{QStringLiteral("priority"), QStringLiteral("urgent")}}));
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    // Everything the window can show: every section, the dialogs, notices, a sync.
    for (Section section : allSections())
        window.showSection(section);
    window.showSection(Section::Cases);
    window.searchBox()->setText(QStringLiteral("چراغ"));
    window.openConflicts();
    window.openShortcuts();
    window.noteSignInNeeded();
    SyncClient::SyncReport report;
    report.ok = true;
    report.conflicts = 1;
    window.showSyncReport(report);
    SyncClient::SyncStatus status;
    status.phase = SyncClient::SyncPhase::Pulling;
    status.online = true;
    status.pending = 2;
    status.conflicts = 1;
    status.lastSyncAt = sunday1Azar;
    status.progress.rowsPulled = 12'000;
    status.progress.percent = 40;
    status.progress.msLeft = 150'000;
    window.showSyncStatus(status);

    // A string that reaches the screen without tr(), or that nobody translated, shows up
    // here as Latin letters. Deliberate exceptions: the English entry of the language
    // menu (each language is named in itself), the names of file formats (CSV, PDF, as
    // Persian writes them), and data: the server's address and the user name, and the
    // tracking code of the case in conflict.
    const QStringList texts = Testing::visibleTexts(&window);
    QVERIFY(texts.size() > 60);
    const QStringList problems = Testing::notPersian(
        texts, {nativeLanguageName(Language::English), fixture.workspace().session.server.host(),
                ShellFixture::user().username, ShellFixture::printedTrackingCode(101),
                QStringLiteral("CSV"), QStringLiteral("PDF")});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(" | "))));
}

void TestMainWindow::switchesToEnglishAndBack()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture;
    QVERIFY(fixture.isValid());
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    auto *date = window.findChild<QLabel *>(QStringLiteral("statusDate"));
    auto *navigation = window.findChild<NavigationBar *>();
    auto *connection = window.findChild<QLabel *>(QStringLiteral("syncConnection"));
    auto *lastSync = window.findChild<QLabel *>(QStringLiteral("syncLastSync"));
    auto *title =
        window.page(Section::Dashboards)->findChild<QLabel *>(QStringLiteral("sectionTitle"));
    QVERIFY(date && navigation && connection && lastSync && title);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("پرونده‌ها"));
    QCOMPARE(connection->text(), QStringLiteral("برون‌خط"));
    QCOMPARE(lastSync->text(), QStringLiteral("آخرین همگام‌سازی: هرگز"));

    window.languageAction(Language::English)->trigger();
    QCOMPARE(localization.language(), Language::English);
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    // Widgets hear of the new translation through posted events: let them arrive.
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Shahrvand"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(date->text(), QStringLiteral("Sunday 1 Azar 1405"));
    QVERIFY(window.languageAction(Language::English)->isChecked());
    QVERIFY(!window.languageAction(Language::Persian)->isChecked());
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Cases"));
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Dashboards"));
    QTRY_COMPARE(connection->text(), QStringLiteral("Offline"));
    QCOMPARE(lastSync->text(), QStringLiteral("Last sync: never"));
    QTRY_COMPARE(title->text(), QStringLiteral("Dashboards"));
    QCOMPARE(window.shellActions().syncNow->text(), QStringLiteral("&Sync now"));
    QCOMPARE(window.searchBox()->placeholderText(),
             QStringLiteral("This section has no list to search"));

    // The keyboard switches back.
    window.shellActions().switchLanguage->trigger();
    QCOMPARE(localization.language(), Language::Persian);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("شهروند"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&پرونده"));
    QCOMPARE(date->text(), QStringLiteral("یکشنبه ۱ آذر ۱۴۰۵"));
    QVERIFY(window.languageAction(Language::Persian)->isChecked());
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("پرونده‌ها"));
    QTRY_COMPARE(connection->text(), QStringLiteral("برون‌خط"));
    QTRY_COMPARE(title->text(), QStringLiteral("داشبوردها"));
    QCOMPARE(window.shellActions().syncNow->text(),
             QStringLiteral("&همگام‌سازی اکنون"));
}

void TestMainWindow::languageChoiceIsRemembered()
{
    {
        QSettings store(m_settingsPath, QSettings::IniFormat);
        Localization localization(store);
        localization.setLanguage(Language::English);
    }
    QSettings store(m_settingsPath, QSettings::IniFormat);
    QCOMPARE(Localization::savedLanguage(store), Language::English);
    Localization again(store);
    QCOMPARE(again.language(), Language::English);
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);

    // A run-only override leaves the saved choice alone.
    again.applyWithoutSaving(Language::Persian);
    QCOMPARE(again.language(), Language::Persian);
    QCOMPARE(Localization::savedLanguage(store), Language::English);

    // A damaged setting falls back to Persian rather than failing to start.
    store.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    QCOMPARE(Localization::savedLanguage(store), Language::Persian);
}

void TestMainWindow::dateTurnsOverAtIranMidnight()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    localization.applyWithoutSaving(Language::English);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    // 20:29 UTC is 23:59 in Tehran (UTC+03:30, no daylight saving since 2022).
    Testing::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(20, 29), Qt::UTC));
    MainWindow window(clock, localization, store, fixture.workspace());
    auto *date = window.findChild<QLabel *>(QStringLiteral("statusDate"));
    auto *homeToday = window.findChild<QLabel *>(QStringLiteral("homeToday"));
    QCOMPARE(date->text(), QStringLiteral("Sunday 1 Azar 1405"));
    QCOMPARE(homeToday->text(), date->text());

    clock.advance(60);
    window.refreshDate();
    QCOMPARE(date->text(), QStringLiteral("Monday 2 Azar 1405"));
    QCOMPARE(homeToday->text(), date->text());

    // The Jalali new year: 20 March 2025 20:30 UTC is 1 Farvardin 1404, 00:00 in Tehran.
    clock.set(QDateTime(QDate(2025, 3, 20), QTime(20, 30), Qt::UTC));
    window.refreshDate();
    QCOMPARE(date->text(), QStringLiteral("Friday 1 Farvardin 1404"));
}

void TestMainWindow::shortcutsAndSideBarSwitchSections()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<NavigationBar *>();
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("sections"));
    QVERIFY(navigation && stack);

    // Ctrl+1 .. Ctrl+6, wherever the focus is.
    const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6};
    for (Section section : allSections()) {
        QTest::keyClick(&window, digits[allSections().indexOf(section)], Qt::ControlModifier);
        QCOMPARE(window.currentSection(), section);
        QCOMPARE(stack->currentWidget(), window.page(section));
        QCOMPARE(navigation->currentSection(), section);
        QVERIFY(window.shellActions().section(section)->isChecked());
        QCOMPARE(QApplication::focusWidget(), window.page(section)->focusTarget());
    }

    // The side bar, by mouse and by keyboard.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(1)).center());
    QCOMPARE(window.currentSection(), Section::Citizens);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.currentSection(), Section::Knowledge);

    // The Go menu holds the same actions.
    window.shellActions().section(Section::Approvals)->trigger();
    QCOMPARE(window.currentSection(), Section::Approvals);
    QCOMPARE(navigation->currentItem()->text(), QStringLiteral("تأییدها"));

    // Ctrl+K and Ctrl+F put the keyboard in the search box (when the section has a list the
    // box searches: the approvals inbox's titles are sealed, so it has none).
    QVERIFY(!window.searchBox()->isEnabled());
    window.shellActions().section(Section::Cases)->trigger();
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.searchBox());
    window.page(Section::Cases)->focusTarget()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.searchBox());
}

void TestMainWindow::casesShowCachedRowsWithJalaliDates()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantCity(fixture);
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.showSection(Section::Cases);

    CasesPage *cases = casesPage(window);
    QVERIFY(cases);
    // My work leaves out the resolved case; All cases has every one.
    QCOMPARE(cases->view()->model()->rowCount(), 5);
    cases->showView(Cache::CaseQueueView::All);
    QCOMPARE(cases->view()->model()->rowCount(), 6);
    // Tracking code as printed, status and priority in words, opened in Jalali with
    // Persian digits (10:41 UTC is 14:11 in Tehran).
    QCOMPARE(cell(cases, 0, CaseQueueModel::TrackingCode), ShellFixture::printedTrackingCode(101));
    QCOMPARE(cell(cases, 0, CaseQueueModel::Status), QStringLiteral("جدید"));
    QCOMPARE(cell(cases, 1, CaseQueueModel::Status), QStringLiteral("در حال انجام"));
    QCOMPARE(cell(cases, 0, CaseQueueModel::Priority), QStringLiteral("عادی"));
    QCOMPARE(cell(cases, 2, CaseQueueModel::Priority), QStringLiteral("فوری"));
    QCOMPARE(cell(cases, 0, CaseQueueModel::Created), QStringLiteral("۱ آذر ۱۴۰۵، ۱۴:۱۱"));
    QCOMPARE(cases->view()->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("کد رهگیری"));

    // Citizens found by name through the search box: the national ID as masked for this
    // user, the date of birth in Jalali.
    window.showSection(Section::Citizens);
    auto *citizens = qobject_cast<CitizensPage *>(window.page(Section::Citizens));
    QVERIFY(citizens);
    QSignalSpy found(citizens, &CitizensPage::citizensFound);
    window.searchBox()->setText(QStringLiteral("زهرا"));
    QVERIFY(found.wait(10'000));
    QCOMPARE(citizens->results()->count(), 1);
    const QString match = citizens->results()->item(0)->text();
    QVERIFY2(match.contains(QStringLiteral("زهرا کریمی")), qPrintable(match));
    QVERIFY2(match.contains(QStringLiteral("******۵۶۷۸")), qPrintable(match));
    QVERIFY2(match.contains(QStringLiteral("۱ فروردین ۱۳۶۷")), qPrintable(match));

    window.showSection(Section::Knowledge);
    auto *knowledge = qobject_cast<KnowledgePage *>(window.page(Section::Knowledge));
    QVERIFY(knowledge);
    knowledge->searchNow();
    QCOMPARE(knowledge->lastResults().total, 3);
    // Found however it is spelled: Arabic yeh and kaf, no ZWNJ.
    knowledge->setSearchText(QStringLiteral("آيين نامه"));
    QCOMPARE(knowledge->lastResults().total, 1);
    QCOMPARE(knowledge->lastResults().hits.value(0).id, 12);

    window.showSection(Section::Missions);
    auto *missions = qobject_cast<MissionsPage *>(window.page(Section::Missions));
    QVERIFY(missions);
    QCOMPARE(missions->view()->model()->rowCount(), 1);
    QCOMPARE(missions->view()->model()->index(0, MissionListModel::Status).data().toString(),
             QStringLiteral("صادرشده"));

    // A row that arrives with the next sync shows once the engine reports it.
    QVERIFY(fixture.pull(QStringLiteral("cases"),
                         {ShellFixture::caseRow(140, QStringLiteral("پروندهٔ تازه"))}));
    window.showSection(Section::Cases);
    SyncClient::SyncReport report;
    report.ok = true;
    report.pulled = 1;
    window.showSyncReport(report);
    QCOMPARE(cases->view()->model()->rowCount(), 7);
    QCOMPARE(cases->view()->model()->index(6, 0).data(CaseQueueModel::RowIdRole).toLongLong(), 140);
}

void TestMainWindow::listsReadTheCacheAPageAtATime()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    QList<QJsonObject> rows;
    for (int id = 1; id <= 450; ++id)
        rows << ShellFixture::caseRow(id, QStringLiteral("پرونده %1").arg(id));
    QVERIFY(fixture.pull(QStringLiteral("cases"), rows));
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(Section::Cases);

    CasesPage *cases = casesPage(window);
    QVERIFY(cases);
    QCoreApplication::processEvents();
    // One page: the view asks for more only when scrolled to the end.
    QCOMPARE(cases->queue()->rowCount(), 200);
    QVERIFY(cases->queue()->canFetchMore({}));
    cases->view()->scrollToBottom();
    QTRY_COMPARE(cases->queue()->rowCount(), 400);
    cases->view()->scrollToBottom();
    QTRY_COMPARE(cases->queue()->rowCount(), 450);
    QVERIFY(!cases->queue()->canFetchMore({}));
    QCOMPARE(cases->view()->model()->index(449, 0).data(CaseQueueModel::RowIdRole).toLongLong(),
             450);
}

void TestMainWindow::searchFiltersReadRowsPersianAware()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantCity(fixture);
    QVERIFY(fixture.pull(QStringLiteral("cases"),
                         {ShellFixture::caseRow(120, QStringLiteral("كتابخانهٔ سيار محله"))}));
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSKIP("The Cases section is now the case queues (issue 5): the global search does not "
          "read cases' subjects, which stay sealed; the queue filters by tracking code. This "
          "search is to move to the citizens list.");
    window.showSection(Section::Cases);
    RowListPage *cases = listPage(window, Section::Cases);
    QCOMPARE(cases->view()->model()->rowCount(), 7);

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.searchBox());
    // Arabic kaf and a plain space where the row has Persian kaf and a half-space.
    Testing::typeKeys(window.searchBox(), QStringLiteral("كتاب ها"));
    QTRY_COMPARE(cases->view()->model()->rowCount(), 1);
    QCOMPARE(cell(cases, 0, 4),
             QStringLiteral(
                 "درخواست کتاب‌های درسی برای کتابخانهٔ محله"));
    auto *footer = cases->findChild<QLabel *>(QStringLiteral("rowsFooter"));
    QCOMPARE(footer->text(),
             QStringLiteral(
                 "۱ ردیف از ردیف‌های خوانده‌شده با جست‌وجو "
                 "می‌خواند."));

    // Persian kaf finds the row written with Arabic letters, and status words match too.
    window.searchBox()->setText(QStringLiteral("کتابخانه"));
    QTRY_COMPARE(cases->view()->model()->rowCount(), 2);
    window.searchBox()->setText(QStringLiteral("فوری"));
    QTRY_COMPARE(cases->view()->model()->rowCount(), 1);

    // Escape clears; another section starts with an empty box.
    QTest::keyClick(window.searchBox(), Qt::Key_Escape);
    QTRY_COMPARE(cases->view()->model()->rowCount(), 7);
    window.searchBox()->setText(QStringLiteral("چراغ"));
    QTRY_COMPARE(cases->view()->model()->rowCount(), 1);
    window.showSection(Section::Citizens);
    QVERIFY(window.searchBox()->text().isEmpty());
    QCOMPARE(cases->view()->model()->rowCount(), 7);

    // The dashboards have no list: the box says so instead of pretending.
    window.showSection(Section::Dashboards);
    QVERIFY(!window.searchBox()->isEnabled());
}

void TestMainWindow::approvalsListOnlyStepsWaitingForTheUser()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantCity(fixture);
    QVERIFY(fixture.pull(QStringLiteral("approval_steps"),
                         {approvalStep(1, "supervisor", "pending", 3),      // my role, my unit
                          approvalStep(2, "supervisor", "pending", 9),      // my role, another unit
                          approvalStep(3, "finance_approver", "pending"),   // my role, any unit
                          approvalStep(4, "knowledge_approver", "pending"), // not my role
                          approvalStep(5, "supervisor", "approved", 3, 7),  // decided
                          approvalStep(6, "administrator", "pending", {}, 7)})); // named me
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.showSection(Section::Approvals);
    auto *approvals = qobject_cast<ApprovalsPage *>(window.page(Section::Approvals));
    QVERIFY(approvals);
    QCOMPARE(approvals->view()->model()->rowCount(), 3);
    QList<qint64> ids;
    for (int row = 0; row < 3; ++row)
        ids << approvals->view()
                   ->model()
                   ->index(row, 0)
                   .data(ApprovalInboxModel::StepIdRole)
                   .toLongLong();
    QCOMPARE(ids, (QList<qint64>{1, 3, 6}));
    QCOMPARE(approvals->view()->model()->index(0, 0).data().toString(),
             QStringLiteral("درخواست هزینه: هزینهٔ سفر بازدید منطقهٔ ۴"));
    QCOMPARE(approvals->view()->model()->index(0, ApprovalInboxModel::Amount).data().toString(),
             QStringLiteral("۱۲٬۵۰۰٬۰۰۰ ریال"));
    // Every step agrees with the rule the page documents.
    const auto steps = fixture.cache().rows(QStringLiteral("approval_steps"), 100);
    QVERIFY(steps);
    QList<qint64> awaited;
    for (const QJsonObject &step : *steps) {
        if (ApprovalsPage::awaits(step, ShellFixture::user()))
            awaited << step.value(QStringLiteral("id")).toInteger();
    }
    QCOMPARE(awaited, ids);
}

void TestMainWindow::dashboardsCountCachedRows()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantCity(fixture);
    QVERIFY(fixture.plantConflict(QStringLiteral("cases"), 102,
                                  {{QStringLiteral("priority"), QStringLiteral("low")}},
                                  {{QStringLiteral("priority"), QStringLiteral("urgent")}}));
    QVERIFY(fixture.cache().update(QStringLiteral("cases"), 103,
                                   {{QStringLiteral("priority"), QStringLiteral("high")}}));
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    auto *dashboards = qobject_cast<DashboardsPage *>(window.page(Section::Dashboards));
    QVERIFY(dashboards);
    QCOMPARE(dashboards->tileValue(QStringLiteral("cases")), QStringLiteral("۶"));
    QCOMPARE(dashboards->tileValue(QStringLiteral("citizens")), QStringLiteral("۳"));
    QCOMPARE(dashboards->tileValue(QStringLiteral("knowledge_articles")), QStringLiteral("۳"));
    QCOMPARE(dashboards->tileValue(QStringLiteral("missions")), QStringLiteral("۱"));
    QCOMPARE(dashboards->tileValue(QStringLiteral("pending")), QStringLiteral("۱"));
    QCOMPARE(dashboards->tileValue(QStringLiteral("conflicts")), QStringLiteral("۱"));
}

void TestMainWindow::shortcutsDialogListsEveryAction()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    localization.applyWithoutSaving(Language::English);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // F1 opens it.
    QTest::keyClick(&window, Qt::Key_F1);
    ShortcutsDialog *dialog = window.shortcutsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Keyboard shortcuts"));

    const auto listed = dialog->listed();
    int withKeys = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++withKeys;
        QString name = action->text();
        name.remove(u'&');
        name.remove(QStringLiteral("\u2026"));
        const QPair<QString, QString> row{name, ShortcutsDialog::keysText(action->shortcuts())};
        QVERIFY2(listed.contains(row), qPrintable(name));
    }
    QCOMPARE(listed.size(), withKeys);
    QVERIFY(withKeys >= 14);
    // Each key sequence is a directional isolate of its own (U+2068 ... U+2069).
    const auto isolated = [](const char *keys) {
        return QChar(0x2068) + QString::fromLatin1(keys) + QChar(0x2069);
    };
    QVERIFY(listed.contains({QStringLiteral("Quit"), isolated("Ctrl+Q")}));
    QVERIFY(listed.contains({QStringLiteral("Sync now"),
                             isolated("Ctrl+R") + QStringLiteral("  /  ") + isolated("F5")}));
    QVERIFY(listed.contains({QStringLiteral("Cases"), isolated("Ctrl+1")}));

    // An action added later is listed the next time: nothing is kept by hand.
    auto *extra = new QAction(QStringLiteral("Print"), &window);
    extra->setShortcut(QKeySequence::Print);
    window.addAction(extra);
    dialog->hide();
    window.openShortcuts();
    QVERIFY(dialog->listed().contains(
        {QStringLiteral("Print"), ShortcutsDialog::keysText({QKeySequence::Print})}));

    // And it follows the language.
    localization.applyWithoutSaving(Language::Persian);
    QTRY_COMPARE(dialog->windowTitle(),
                 QStringLiteral("میان‌برهای صفحه‌کلید"));
    // Qt names the keys in Persian too, as in the menus.
    const QString syncKeys = ShortcutsDialog::keysText(window.shellActions().syncNow->shortcuts());
    QVERIFY(syncKeys.startsWith(QStringLiteral("\u2068کنترل+R\u2069  /  ")));
    QTRY_VERIFY(
        dialog->listed().contains({QStringLiteral("همگام‌سازی اکنون"), syncKeys}));
}

void TestMainWindow::geometryAndLayoutAreRestored()
{
    Testing::ManualClock clock;
    QRect saved;
    QList<int> sizes;
    {
        QSettings store(m_settingsPath, QSettings::IniFormat);
        Localization localization(store);
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        MainWindow window(clock, localization, store, fixture.workspace());
        window.show();
        window.resize(900, 600);
        window.move(40, 30);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(Section::Missions);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({260, 640});
        sizes = splitter->sizes();
        saved = window.geometry();
        window.close();
    }
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    QCOMPARE(window.size(), saved.size());
    QCOMPARE(window.currentSection(), Section::Missions);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::screenshots()
{
    const QDir artifacts = Testing::artifactDirectory();
    Testing::ManualClock clock(sunday1Azar);
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantCity(fixture);
    QVERIFY(fixture.pull(QStringLiteral("approval_steps"),
                         {approvalStep(1, "supervisor", "pending", 3),
                          approvalStep(3, "finance_approver", "pending")}));
    QVERIFY(fixture.plantConflict(QStringLiteral("cases"), 101,
                                  {{QStringLiteral("priority"), QStringLiteral("high")}},
                                  {{QStringLiteral("priority"), QStringLiteral("urgent")}}));
    MainWindow window(clock, localization, store, fixture.workspace());
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SyncClient::SyncStatus status;
    status.online = true;
    status.lastSyncAt = sunday1Azar.addSecs(-600);
    status.pending = 0;
    status.conflicts = 1;
    window.showSyncStatus(status);
    window.noteSignInNeeded();

    for (Language language : {Language::Persian, Language::English}) {
        localization.applyWithoutSaving(language);
        QTRY_COMPARE(window.windowTitle(), language == Language::Persian
                                               ? QStringLiteral("شهروند")
                                               : QStringLiteral("Shahrvand"));
        for (Section section : allSections()) {
            window.showSection(section);
            QCoreApplication::processEvents();
            const QString file =
                artifacts.filePath(QStringLiteral("mainwindow-%1-%2.png")
                                       .arg(sectionCode(section), languageCode(language)));
            const QImage image = window.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.save(file));
            qInfo("screenshot: %s", qPrintable(file));
        }
        window.openShortcuts();
        QCoreApplication::processEvents();
        const QString file =
            artifacts.filePath(QStringLiteral("shortcuts-%1.png").arg(languageCode(language)));
        QVERIFY(window.shortcutsDialog()->grab().save(file));
        qInfo("screenshot: %s", qPrintable(file));
        window.shortcutsDialog()->hide();
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
