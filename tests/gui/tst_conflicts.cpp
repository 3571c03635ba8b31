// The conflicts view over a real cache: conflicts arrive the way they do in the field (a
// row pulled, edited here, the push answered by the server as a conflict or a refusal),
// are shown side by side in the user's language, and are resolved each way, with the
// result queued for the engine to push.
#include "appfonts.h"
#include "casequeuemodel.h"
#include "casespage.h"
#include "conflicteditor.h"
#include "conflictsview.h"
#include "localization.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "sectionpage.h"
#include "shellfixture.h"
#include "testenvironment.h"
#include "visibletexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Testing::ShellFixture;

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsBothSidesInTheUsersTerms();
    void keepMineQueuesTheEditAgain();
    void takeTheirsShowsTheServerValue();
    void editSendsWhatTheUserTyped();
    void refusalShowsTheServerReason();
    void persianViewShowsNoLatinText();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_settingsPath;
};

namespace {

const QDateTime sunday1Azar(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

// A case whose priority both sides changed, and a citizen whose date of birth and e-mail
// consent both sides changed.
void plantTwoConflicts(ShellFixture &fixture)
{
    QVERIFY(fixture.pull(QStringLiteral("cases"),
                         {ShellFixture::caseRow(101, QStringLiteral("چراغ خیابان بهار"))}));
    QVERIFY(fixture.pull(
        QStringLiteral("citizens"),
        {ShellFixture::citizenRow(1, QStringLiteral("زهرا"), QStringLiteral("کریمی"))}));
    QVERIFY(fixture.plantConflict(QStringLiteral("cases"), 101,
                                  {{QStringLiteral("priority"), QStringLiteral("high")}},
                                  {{QStringLiteral("priority"), QStringLiteral("urgent")}}));
    QVERIFY(fixture.plantConflict(
        QStringLiteral("citizens"), 1,
        {{QStringLiteral("birth_date"), QStringLiteral("1988-03-22")},
         {QStringLiteral("consent_email"), true},
         {QStringLiteral("notes"),
          QStringLiteral("ترجیح می‌دهد عصرها تماس گرفته شود")}},
        {{QStringLiteral("birth_date"), QStringLiteral("1988-03-25")},
         {QStringLiteral("consent_email"), false}}));
}

QJsonObject pendingFields(ShellFixture &fixture, int index = 0)
{
    const auto sent = fixture.cache().pendingMutations(100);
    if (!sent || sent->size() <= index)
        return {};
    return sent->at(index).toObject();
}

} // namespace

void TestConflicts::initTestCase()
{
    Testing::isolateUserFolders();
    QVERIFY(m_dir.isValid());
    installApplicationFonts();
}

void TestConflicts::init()
{
    static int run = 0;
    m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run));
}

void TestConflicts::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestConflicts::showsBothSidesInTheUsersTerms()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantTwoConflicts(fixture);
    // The server's answer replaced the user's values: nothing is pending, both wait.
    QCOMPARE(fixture.cache().pendingCount(), 0);
    QCOMPARE(fixture.cache().conflictCount(), 2);

    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.openConflicts();
    ConflictsView *view = window.conflictsView();
    QVERIFY(view);
    QCOMPARE(view->conflictCount(), 2);
    auto *list = view->findChild<QListWidget *>(QStringLiteral("conflictList"));
    const QString printed = ShellFixture::printedTrackingCode(101);
    QCOMPARE(list->item(0)->text(),
             QStringLiteral("پرونده: %1\n۱ فیلد در هر دو سو تغییر کرده است").arg(printed));
    QCOMPARE(list->item(1)->text(),
             QStringLiteral("شهروند: زهرا کریمی\n۲ فیلد در هر دو سو تغییر کرده است"));

    // Field | before | yours | the server's, in words and Jalali dates.
    view->selectConflict(0);
    QCOMPARE(view->comparison(),
             (QList<QStringList>{{QStringLiteral("اولویت"), QStringLiteral("عادی"),
                                  QStringLiteral("زیاد"), QStringLiteral("فوری")}}));
    view->selectConflict(1);
    QCOMPARE(view->comparison(),
             (QList<QStringList>{
                 {QStringLiteral("تاریخ تولد"), QStringLiteral("۱ فروردین ۱۳۶۷"),
                  QStringLiteral("۲ فروردین ۱۳۶۷"), QStringLiteral("۵ فروردین ۱۳۶۷")},
                 {QStringLiteral("رضایت به ایمیل"), QStringLiteral("(خالی)"), QStringLiteral("بله"),
                  QStringLiteral("خیر")},
                 // The rest of the edit: the server has no say on it.
                 {QStringLiteral("یادداشت‌ها"), QString(),
                  QStringLiteral("ترجیح می‌دهد عصرها تماس گرفته شود"),
                  QStringLiteral("(خالی)")}}));
    auto *keep = view->findChild<QPushButton *>(QStringLiteral("keepMine"));
    auto *take = view->findChild<QPushButton *>(QStringLiteral("takeTheirs"));
    auto *edit = view->findChild<QPushButton *>(QStringLiteral("editConflict"));
    QCOMPARE(keep->text(), QStringLiteral("&نگه داشتن مقدار من"));
    QCOMPARE(take->text(), QStringLiteral("&پذیرفتن مقدار کارساز"));
    QCOMPARE(edit->text(), QStringLiteral("&ویرایش…"));

    // In English, live.
    localization.applyWithoutSaving(Language::English);
    QTRY_COMPARE(view->windowTitle(), QStringLiteral("Conflicts"));
    QTRY_COMPARE(
        view->comparison().value(0),
        (QStringList{QStringLiteral("Date of birth"), QStringLiteral("1 Farvardin 1367"),
                     QStringLiteral("2 Farvardin 1367"), QStringLiteral("5 Farvardin 1367")}));
    QCOMPARE(view->comparison().value(1),
             (QStringList{QStringLiteral("Agrees to email"), QStringLiteral("(empty)"),
                          QStringLiteral("Yes"), QStringLiteral("No")}));
    QCOMPARE(list->item(1)->text(),
             QStringLiteral("Citizen: زهرا کریمی\n2 fields changed on both sides"));
}

void TestConflicts::keepMineQueuesTheEditAgain()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture;
    QVERIFY(fixture.isValid());
    plantTwoConflicts(fixture);
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.openConflicts();
    ConflictsView *view = window.conflictsView();
    view->selectConflict(0);

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
    QCOMPARE(view->errorText(), QString());
    QCOMPARE(view->conflictCount(), 1);
    QCOMPARE(fixture.cache().conflictCount(), 1);
    // A new outbox entry: the user's value, based on the server's current version.
    QCOMPARE(fixture.cache().pendingCount(), 1);
    const QJsonObject mutation = pendingFields(fixture);
    QCOMPARE(mutation.value(QStringLiteral("id")).toInteger(), 101);
    QCOMPARE(mutation.value(QStringLiteral("base_version")).toInteger(), 6);
    QCOMPARE(mutation.value(QStringLiteral("fields")).toObject(),
             (QJsonObject{{QStringLiteral("priority"), QStringLiteral("high")}}));
    QCOMPARE(fixture.cache()
                 .row(QStringLiteral("cases"), 101)
                 .value()
                 ->value(QStringLiteral("priority"))
                 .toString(),
             QStringLiteral("high"));

    // The window counts at once, and the engine (asked to push) reports the same.
    auto *pending = window.findChild<QLabel *>(QStringLiteral("syncPending"));
    auto *conflicts = window.findChild<QToolButton *>(QStringLiteral("syncConflicts"));
    QCOMPARE(pending->text(), QStringLiteral("۱ ویرایش در انتظار ارسال"));
    QCOMPARE(conflicts->text(), QStringLiteral("۱ ناسازگاری"));
    QTRY_COMPARE(fixture.engine()->status().pending, 1);
    QCOMPARE(fixture.engine()->status().conflicts, 1);

    // The cases list shows the user's value.
    window.showSection(Section::Cases);
    auto *cases = qobject_cast<CasesPage *>(window.page(Section::Cases));
    QVERIFY(cases);
    QCOMPARE(cases->view()->model()->index(0, CaseQueueModel::Priority).data().toString(),
             QStringLiteral("زیاد"));
}

void TestConflicts::takeTheirsShowsTheServerValue()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture;
    QVERIFY(fixture.isValid());
    plantTwoConflicts(fixture);
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.showSection(Section::Cases);
    window.openConflicts();
    ConflictsView *view = window.conflictsView();
    view->selectConflict(0);

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("takeTheirs")), Qt::LeftButton);
    QCOMPARE(view->conflictCount(), 1);
    QCOMPARE(fixture.cache().pendingCount(), 0);
    QCOMPARE(fixture.cache()
                 .row(QStringLiteral("cases"), 101)
                 .value()
                 ->value(QStringLiteral("priority"))
                 .toString(),
             QStringLiteral("urgent"));
    auto *cases = qobject_cast<CasesPage *>(window.page(Section::Cases));
    QVERIFY(cases);
    QCOMPARE(cases->view()->model()->index(0, CaseQueueModel::Priority).data().toString(),
             QStringLiteral("فوری"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("syncPending"))->text(),
             QStringLiteral("همهٔ ویرایش‌ها ارسال شده است"));

    // The citizen too; then nothing is left and the view says so.
    view->selectConflict(0);
    QVERIFY(view->takeTheirs());
    QCOMPARE(view->conflictCount(), 0);
    QCOMPARE(fixture.cache().conflictCount(), 0);
    QCOMPARE(fixture.cache().pendingCount(), 0);
    auto *none = view->findChild<QLabel *>(QStringLiteral("noConflicts"));
    QVERIFY(none->isVisible());
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("syncConflicts"))->text(),
             QStringLiteral("بدون ناسازگاری"));
    QTRY_COMPARE(fixture.engine()->status().conflicts, 0);
}

void TestConflicts::editSendsWhatTheUserTyped()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantTwoConflicts(fixture);
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.openConflicts();
    ConflictsView *view = window.conflictsView();
    view->selectConflict(1);

    ConflictEditor *editor = view->edit();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    // Filled with what the user had typed, in the interface's digits.
    auto *birth = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("birth_date")));
    auto *email = qobject_cast<QCheckBox *>(editor->editor(QStringLiteral("consent_email")));
    QVERIFY(birth && email);
    QCOMPARE(birth->text(), QStringLiteral("۱۳۶۷/۰۱/۰۲"));
    QVERIFY(email->isChecked());
    const auto labelOf = [editor](QWidget *field) -> QString {
        for (QLabel *label : editor->findChildren<QLabel *>()) {
            if (label->buddy() == field)
                return label->text();
        }
        return {};
    };
    QCOMPARE(labelOf(birth), QStringLiteral("تاریخ تولد"));

    // The language can change under an open editor (the main window is not blocked):
    // everything is renamed, nothing typed is lost.
    birth->setText(QStringLiteral("۱۳۶۷/۰۱/۰۴"));
    localization.applyWithoutSaving(Language::English);
    QTRY_COMPARE(editor->windowTitle(), QStringLiteral("Edit the values to send"));
    QTRY_COMPARE(labelOf(birth), QStringLiteral("Date of birth"));
    QCOMPARE(birth->text(), QStringLiteral("۱۳۶۷/۰۱/۰۴"));
    localization.applyWithoutSaving(Language::Persian);
    QTRY_COMPARE(labelOf(birth), QStringLiteral("تاریخ تولد"));

    // A date that does not exist: said in words, the dialog stays, the text stays.
    birth->setText(QStringLiteral("۱۳۶۷/۱۳/۰۱"));
    editor->accept();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->problems().size(), 1);
    QVERIFY(editor->problems().first().startsWith(QStringLiteral("تاریخ تولد: ")));
    QCOMPARE(fixture.cache().conflictCount(), 2);

    birth->setText(QStringLiteral("1367/1/3"));
    email->setChecked(false);
    editor->accept();
    QTRY_COMPARE(view->conflictCount(), 1);
    QCOMPARE(fixture.cache().pendingCount(), 1);
    const QJsonObject fields = pendingFields(fixture).value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1988-03-23"));
    QCOMPARE(fields.value(QStringLiteral("consent_email")).toBool(), false);
    QCOMPARE(fields.value(QStringLiteral("notes")).toString(),
             QStringLiteral("ترجیح می‌دهد عصرها تماس گرفته شود"));

    // A choice of words for a coded field.
    view->selectConflict(0);
    editor = view->edit();
    auto *priority = qobject_cast<QComboBox *>(editor->editor(QStringLiteral("priority")));
    QVERIFY(priority);
    QCOMPARE(priority->currentText(), QStringLiteral("زیاد"));
    priority->setCurrentIndex(priority->findData(QStringLiteral("low")));
    editor->accept();
    QTRY_COMPARE(view->conflictCount(), 0);
    QCOMPARE(pendingFields(fixture, 1).value(QStringLiteral("fields")).toObject(),
             (QJsonObject{{QStringLiteral("priority"), QStringLiteral("low")}}));
}

void TestConflicts::refusalShowsTheServerReason()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    QVERIFY(
        fixture.pull(QStringLiteral("cases"),
                     {ShellFixture::caseRow(101, QStringLiteral("چراغ خیابان بهار")),
                      ShellFixture::caseRow(102, QStringLiteral("سرعت‌گیر کوچه"))}));
    const QString reason = QStringLiteral(
        "پروندهٔ بسته را نمی‌توان دوباره باز کرد.");
    QVERIFY(fixture.plantRefusal(QStringLiteral("cases"), 101,
                                 {{QStringLiteral("status"), QStringLiteral("new")}}, reason));
    QVERIFY(fixture.plantRefusal(QStringLiteral("cases"), 102,
                                 {{QStringLiteral("status"), QStringLiteral("new")}}, reason));
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.openConflicts();
    ConflictsView *view = window.conflictsView();
    view->selectConflict(0);
    auto *explanation = view->findChild<QLabel *>(QStringLiteral("conflictExplanation"));
    QVERIFY(
        explanation->text().startsWith(QStringLiteral("کارساز ویرایش شما را نپذیرفت: ") + reason));
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("keepMine"))->isHidden());
    QCOMPARE(view->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->text(),
             QStringLiteral("&کنار گذاشتن ویرایش من"));
    QCOMPARE(view->findChild<QPushButton *>(QStringLiteral("editConflict"))->text(),
             QStringLiteral("&ویرایش و ارسال دوباره…"));
    QCOMPARE(view->comparison(),
             (QList<QStringList>{{QStringLiteral("وضعیت"), QString(), QStringLiteral("جدید"),
                                  QStringLiteral("در حال انجام")}}));

    // Discard: the row is the server's again and nothing waits.
    QVERIFY(view->takeTheirs());
    QCOMPARE(fixture.cache().pendingCount(), 0);
    QCOMPARE(fixture.cache()
                 .row(QStringLiteral("cases"), 101)
                 .value()
                 ->value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("in_progress"));

    // Edit and retry: the corrected edit is queued.
    view->selectConflict(0);
    ConflictEditor *editor = view->edit();
    auto *status = qobject_cast<QComboBox *>(editor->editor(QStringLiteral("status")));
    status->setCurrentIndex(status->findData(QStringLiteral("waiting_citizen")));
    editor->accept();
    QTRY_COMPARE(view->conflictCount(), 0);
    QCOMPARE(fixture.cache().pendingCount(), 1);
    QCOMPARE(pendingFields(fixture).value(QStringLiteral("fields")).toObject(),
             (QJsonObject{{QStringLiteral("status"), QStringLiteral("waiting_citizen")}}));
}

void TestConflicts::persianViewShowsNoLatinText()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantTwoConflicts(fixture);
    QVERIFY(
        fixture.pull(QStringLiteral("cases"),
                     {ShellFixture::caseRow(102, QStringLiteral("سرعت‌گیر کوچه"))}));
    QVERIFY(fixture.plantRefusal(
        QStringLiteral("cases"), 102, {{QStringLiteral("status"), QStringLiteral("new")}},
        QStringLiteral(
            "پروندهٔ بسته را نمی‌توان دوباره باز کرد.")));
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.openConflicts();
    ConflictsView *view = window.conflictsView();
    const QStringList printed{ShellFixture::printedTrackingCode(101),
                              ShellFixture::printedTrackingCode(102)};
    for (int index = 0; index < view->conflictCount(); ++index) {
        view->selectConflict(index);
        ConflictEditor *editor = view->edit();
        QVERIFY(editor);
        // Tracking codes are data, printed as on the citizen's receipt.
        const QStringList problems = Testing::notPersian(Testing::visibleTexts(view), printed);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(" | "))));
        editor->reject();
    }
}

void TestConflicts::screenshots()
{
    const QDir artifacts = Testing::artifactDirectory();
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    ShellFixture fixture(false);
    QVERIFY(fixture.isValid());
    plantTwoConflicts(fixture);
    QVERIFY(
        fixture.pull(QStringLiteral("cases"),
                     {ShellFixture::caseRow(102, QStringLiteral("سرعت‌گیر کوچه"))}));
    QVERIFY(fixture.plantRefusal(
        QStringLiteral("cases"), 102, {{QStringLiteral("status"), QStringLiteral("new")}},
        QStringLiteral(
            "پروندهٔ بسته را نمی‌توان دوباره باز کرد.")));
    Testing::ManualClock clock(sunday1Azar);
    MainWindow window(clock, localization, store, fixture.workspace());
    window.show();
    window.openConflicts();
    ConflictsView *view = window.conflictsView();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    for (Language language : {Language::Persian, Language::English}) {
        localization.applyWithoutSaving(language);
        QTRY_COMPARE(view->windowTitle(), language == Language::Persian
                                              ? QStringLiteral("ناسازگاری‌ها")
                                              : QStringLiteral("Conflicts"));
        const QString code = languageCode(language);
        for (int index : {1, 2}) {
            view->selectConflict(index);
            QCoreApplication::processEvents();
            const QString file = artifacts.filePath(
                QStringLiteral("conflicts-%1-%2.png")
                    .arg(index == 1 ? QStringLiteral("conflict") : QStringLiteral("refusal"),
                         code));
            QVERIFY(view->grab().save(file));
            qInfo("screenshot: %s", qPrintable(file));
        }
        view->selectConflict(1);
        ConflictEditor *editor = view->edit();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        const QString file = artifacts.filePath(QStringLiteral("conflict-editor-%1.png").arg(code));
        QVERIFY(editor->grab().save(file));
        qInfo("screenshot: %s", qPrintable(file));
        editor->reject();
    }
}

QTEST_MAIN(TestConflicts)
#include "tst_conflicts.moc"
