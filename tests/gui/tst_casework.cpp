// The agent's case work, headless over a real cache: a new case from a call end to end
// (citizen found by a Persian-normalized name or their phone, service found by typing, the
// tracking code shown large, the call recorded), a new citizen refused until their national
// ID is valid, a repeat request added to an open case instead of a new one, actions in the
// case workspace checked by the workflow, bulk assignment, and screenshots in both
// languages.
#include "appfonts.h"
#include "caseactiondialog.h"
#include "casecatalog.h"
#include "casenotices.h"
#include "casequeuemodel.h"
#include "casespage.h"
#include "caseworkspace.h"
#include "dwelltotalsdialog.h"
#include "intakedialog.h"
#include "localization.h"
#include "queuefilterdialog.h"
#include "routingrulesdialog.h"
#include "savedqueue.h"
#include "searchpicker.h"
#include "shellfixture.h"
#include "testenvironment.h"
#include "trackingcode.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using CaseWork::CaseActionKind;
using Shahrvand::Testing::ShellFixture;

namespace {

const qint64 hour = 3'600'000;

QJsonObject named(qint64 id, const QJsonObject &fields)
{
    QJsonObject row{{u"id"_qs, id}, {u"version"_qs, 1}, {u"deleted"_qs, false}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

// A small city: two services, a team and a district, two users, two citizens (one with a
// phone), and open cases: 101-103 of street lighting in district 5, created in the last
// days; 104 closed.
void plantCity(ShellFixture &fixture)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(fixture.pull(u"services"_qs, {named(4, {{u"code"_qs, u"lighting"_qs},
                                                    {u"name_fa"_qs, u"روشنایی معابر"_qs},
                                                    {u"name_en"_qs, u"Street lighting"_qs},
                                                    {u"responsible_unit_id"_qs, 3},
                                                    {u"default_priority"_qs, u"high"_qs}}),
                                          named(6, {{u"code"_qs, u"potholes"_qs},
                                                    {u"name_fa"_qs, u"ترمیم آسفالت"_qs},
                                                    {u"name_en"_qs, u"Potholes"_qs},
                                                    {u"responsible_unit_id"_qs, 3}})}));
    QVERIFY(fixture.pull(u"org_units"_qs, {named(3, {{u"kind"_qs, u"team"_qs},
                                                     {u"code"_qs, u"t3"_qs},
                                                     {u"name_fa"_qs, u"تیم روشنایی"_qs},
                                                     {u"name_en"_qs, u"Lighting team"_qs}}),
                                           named(5, {{u"kind"_qs, u"district"_qs},
                                                     {u"code"_qs, u"d5"_qs},
                                                     {u"name_fa"_qs, u"منطقهٔ ۵"_qs},
                                                     {u"name_en"_qs, u"District 5"_qs}})}));
    QVERIFY(fixture.pull(
        u"users"_qs,
        {named(7, {{u"display_name"_qs, u"مریم احمدی"_qs}, {u"username"_qs, u"maryam"_qs}}),
         named(8, {{u"display_name"_qs, u"رضا کاظمی"_qs}, {u"username"_qs, u"reza"_qs}})}));
    QJsonObject zahra = ShellFixture::citizenRow(1, u"زهرا"_qs, u"کریمی"_qs);
    zahra.insert(u"national_id"_qs, u"0499370899"_qs);
    QVERIFY(
        fixture.pull(u"citizens"_qs, {zahra, ShellFixture::citizenRow(2, u"علی"_qs, u"رضایی"_qs)}));
    QVERIFY(fixture.pull(u"citizen_phones"_qs, {named(21, {{u"citizen_id"_qs, 2},
                                                           {u"e164"_qs, u"+989121234567"_qs},
                                                           {u"is_primary"_qs, true}})}));
    QList<QJsonObject> cases;
    for (qint64 id = 101; id <= 104; ++id) {
        QJsonObject row = ShellFixture::caseRow(id, QStringLiteral("چراغ خاموش %1").arg(id));
        row.insert(u"service_id"_qs, 4);
        row.insert(u"district_id"_qs, 5);
        row.insert(u"citizen_id"_qs, 1);
        row.insert(u"created_at"_qs, now - (id - 100) * 10 * hour);
        row.insert(u"resolution_due_at"_qs, now + (id - 100) * 10 * hour);
        row.insert(u"first_response_due_at"_qs, now - hour);
        if (id == 102)
            row.insert(u"owner_id"_qs, 8);
        if (id == 103)
            row.insert(u"status"_qs, u"new"_qs), row.insert(u"owner_id"_qs, QJsonValue());
        if (id == 104)
            row.insert(u"status"_qs, u"closed"_qs);
        cases << row;
    }
    QVERIFY(fixture.pull(u"cases"_qs, cases));
    QVERIFY(
        fixture.pull(u"case_status_history"_qs, {named(301, {{u"case_id"_qs, 101},
                                                             {u"to_status"_qs, u"new"_qs},
                                                             {u"changed_at"_qs, now - 11 * hour},
                                                             {u"tier"_qs, 1}}),
                                                 named(302, {{u"case_id"_qs, 101},
                                                             {u"from_status"_qs, u"new"_qs},
                                                             {u"to_status"_qs, u"in_progress"_qs},
                                                             {u"changed_by"_qs, 7},
                                                             {u"changed_at"_qs, now - 9 * hour},
                                                             {u"team_id"_qs, 3},
                                                             {u"owner_id"_qs, 7}})}));
}

QList<QJsonObject> allRows(Cache::LocalCache &cache, const QString &entity)
{
    return cache.rows(entity, 1000).valueOr({});
}

// Types into a picker's box; the first match is taken, as Enter would.
void pick(SearchPicker *picker, const QString &typed)
{
    picker->lineEdit()->clear();
    Testing::typeKeys(picker->lineEdit(), typed);
}

} // namespace

class TestCaseWork : public QObject
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

    void intakeFromACallEndToEnd()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        const int pendingBefore = fixture.cache().pendingCount();
        IntakeDialog dialog(fixture.cache());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Typed with Arabic yeh and kaf: the Persian name is found all the same.
        QSignalSpy found(&dialog, &IntakeDialog::citizensFound);
        Testing::typeKeys(dialog.citizenSearch(), u"كريمي"_qs);
        QVERIFY(found.wait(5'000));
        QCOMPARE(dialog.citizenResults()->count(), 1);
        QVERIFY(dialog.citizenResults()->item(0)->text().contains(u"زهرا"_qs));
        // Her open requests (101-103; 104 is closed) are offered as possible repeats.
        QSignalSpy casesFound(&dialog, &IntakeDialog::citizenCasesFound);
        QVERIFY(casesFound.count() > 0 || casesFound.wait(5'000));
        QCOMPARE(dialog.duplicates()->count(), 3);
        // The service by a few letters; the duplicates of that service appear.
        pick(dialog.service(), u"روشنا"_qs);
        QCOMPARE(dialog.service()->current(), std::optional<qint64>(4));
        QVERIFY(dialog.duplicates()->count() >= 3); // 101-103 open, 104 closed
        Testing::typeKeys(dialog.description(), u"چراغ کوچهٔ ما سه شب است خاموش است."_qs);
        Testing::typeKeys(dialog.address(), u"خیابان آزادی، کوچهٔ ۱۲"_qs);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY2(dialog.problemLabel()->isHidden(), qPrintable(dialog.problemLabel()->text()));
        QVERIFY(dialog.savedCase());
        // The code, grouped to be read aloud, and valid.
        const auto code = TrackingCode::parse(dialog.trackingLabel()->text());
        QVERIFY(code);
        QCOMPARE(dialog.trackingLabel()->text(), code->displayForm());
        QCOMPARE(code->compact(), dialog.savedTrackingCode());
        const auto row = fixture.cache().row(u"cases"_qs, *dialog.savedCase());
        QVERIFY(row && *row);
        QCOMPARE((**row).value(u"tracking_code"_qs).toString(), code->compact());
        QCOMPARE((**row).value(u"citizen_id"_qs).toInteger(), 1);
        QCOMPARE((**row).value(u"service_id"_qs).toInteger(), 4);
        QCOMPARE((**row).value(u"channel"_qs).toString(), u"phone"_qs);
        // The call is on the citizen's record, about this case.
        const auto contacts =
            fixture.cache().childRows(u"interactions"_qs, u"citizens"_qs, 1, 10).valueOr({});
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().value(u"case_id"_qs).toInteger(), *dialog.savedCase());
        QVERIFY(contacts.first().value(u"ended_at"_qs).toInteger() >=
                contacts.first().value(u"started_at"_qs).toInteger());
        QCOMPARE(fixture.cache().pendingCount(), pendingBefore + 2);
    }

    void intakeFromTheKeyboard()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        IntakeDialog dialog(fixture.cache());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QSignalSpy found(&dialog, &IntakeDialog::citizensFound);
        Testing::typeKeys(dialog.citizenSearch(), u"کریمی"_qs);
        // Enter searches now; it does not save a half-typed request.
        QTest::keyClick(dialog.citizenSearch(), Qt::Key_Return);
        QVERIFY(found.count() > 0 || found.wait(5'000));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.savedCase());
        // The service by its name and Enter: taken, and the focus moves on.
        dialog.service()->lineEdit()->setFocus();
        Testing::typeKeys(dialog.service()->lineEdit(), u"روشن"_qs);
        QTest::keyClick(dialog.service()->lineEdit(), Qt::Key_Return);
        QCOMPARE(dialog.service()->current(), std::optional<qint64>(4));
        QVERIFY(!dialog.service()->lineEdit()->hasFocus());
        QVERIFY(dialog.isVisible());
        Testing::typeKeys(dialog.description(), u"خاموش"_qs);

        // Esc with a request typed asks first; "Keep typing" keeps everything.
        const auto answer = [](QMessageBox::ButtonRole role) {
            QTimer::singleShot(0, [role] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == role)
                        button->click();
                }
            });
        };
        answer(QMessageBox::RejectRole);
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.description()->toPlainText(), u"خاموش"_qs);
        answer(QMessageBox::DestructiveRole);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void citizenFoundByPhoneAndNewCitizenChecked()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        IntakeDialog dialog(fixture.cache());
        QSignalSpy found(&dialog, &IntakeDialog::citizensFound);
        // Persian digits, the way people say it.
        Testing::typeKeys(dialog.citizenSearch(), u"۰۹۱۲ ۱۲۳ ۴۵۶۷"_qs);
        QVERIFY(found.wait(5'000));
        QCOMPARE(dialog.citizenResults()->count(), 1);
        QVERIFY(dialog.citizenResults()->item(0)->text().contains(u"رضایی"_qs));

        // A new citizen: a wrong national ID is said, and nothing is written.
        const qsizetype citizensBefore = allRows(fixture.cache(), u"citizens"_qs).size();
        dialog.newCitizen()->setChecked(true);
        dialog.firstName()->setText(u"سارا"_qs);
        dialog.lastName()->setText(u"نوری"_qs);
        dialog.nationalId()->setText(u"1234567890"_qs);
        dialog.phone()->setText(u"0935 111 2233"_qs);
        pick(dialog.service(), u"potholes"_qs);
        dialog.description()->setPlainText(u"چاله در خیابان"_qs);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.problemLabel()->isVisible() || !dialog.problemLabel()->text().isEmpty());
        QVERIFY(!dialog.savedCase());
        QCOMPARE(allRows(fixture.cache(), u"citizens"_qs).size(), citizensBefore);
        // Corrected: the citizen, their phone and the case.
        dialog.nationalId()->setText(u"0013542419"_qs);
        const QString problem = dialog.save();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(dialog.savedCase());
        const QList<QJsonObject> citizens = allRows(fixture.cache(), u"citizens"_qs);
        QCOMPARE(citizens.size(), citizensBefore + 1);
        const QJsonObject sara = citizens.first(); // local rows first
        QCOMPARE(sara.value(u"last_name"_qs).toString(), u"نوری"_qs);
        QCOMPARE(sara.value(u"national_id"_qs).toString(), u"0013542419"_qs);
        const auto phones = fixture.cache()
                                .childRows(u"citizen_phones"_qs, u"citizens"_qs,
                                           sara.value(u"id"_qs).toInteger(), 5)
                                .valueOr({});
        QCOMPARE(phones.size(), 1);
        QCOMPARE(phones.first().value(u"e164"_qs).toString(), u"+989351112233"_qs);
        const auto row = fixture.cache().row(u"cases"_qs, *dialog.savedCase());
        QCOMPARE((**row).value(u"citizen_id"_qs).toInteger(), sara.value(u"id"_qs).toInteger());
        QCOMPARE((**row).value(u"service_id"_qs).toInteger(), 6);
    }

    void repeatRequestJoinsTheOpenCase()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        const qsizetype casesBefore = allRows(fixture.cache(), u"cases"_qs).size();
        IntakeDialog dialog(fixture.cache());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        pick(dialog.service(), u"روشنایی"_qs);
        pick(dialog.district(), u"منطقه ۵"_qs);
        QVERIFY(dialog.duplicates()->count() >= 3);
        dialog.duplicates()->setCurrentRow(0);
        const qint64 original = dialog.duplicates()->item(0)->data(Qt::UserRole + 1).toLongLong();
        dialog.description()->setPlainText(u"همان چراغ، هنوز خاموش"_qs);
        QVERIFY(dialog.linkButton()->isEnabled());
        QTest::mouseClick(dialog.linkButton(), Qt::LeftButton);
        QVERIFY2(dialog.problemLabel()->text().isEmpty(),
                 qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(dialog.savedCase(), std::optional<qint64>(original));
        QCOMPARE(allRows(fixture.cache(), u"cases"_qs).size(), casesBefore);
        const auto notes =
            fixture.cache().childRows(u"case_notes"_qs, u"cases"_qs, original, 10).valueOr({});
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().value(u"body"_qs).toString().contains(u"هنوز خاموش"_qs));
        QCOMPARE(dialog.savedTrackingCode(), ShellFixture::trackingCodeFor(original));
    }

    void workspaceActionsFollowTheWorkflow()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        // Lighting: a first response in 2 hours, a resolution in 3 days, round the clock.
        QVERIFY(
            fixture.pull(u"sla_policies"_qs, {named(61, {{u"name"_qs, u"Lighting"_qs},
                                                         {u"service_id"_qs, 4},
                                                         {u"first_response_minutes"_qs, 120},
                                                         {u"resolution_minutes"_qs, 3 * 24 * 60},
                                                         {u"warning_percent"_qs, 75}})}));
        CasesPage page(fixture.cache());
        QVERIFY(page.openCase(101));
        QVERIFY(page.isShowingCase());
        // Case 101 was opened 10 hours ago: its first response is 8 hours late, and it
        // has 62 hours left (the row's own due time is not what the clock reads).
        const QString firstResponse =
            page.workspace()->findChild<QLabel *>(u"fact_firstResponse"_qs)->text();
        QVERIFY2(firstResponse.contains(u"8 hour"_qs) && firstResponse.contains(u"overdue"_qs),
                 qPrintable(firstResponse));
        const QString resolution =
            page.workspace()->findChild<QLabel *>(u"fact_resolution"_qs)->text();
        QVERIFY2(resolution.contains(u"2 day"_qs) && resolution.contains(u"left"_qs),
                 qPrintable(resolution));
        QVERIFY(!resolution.contains(u"estimated"_qs));
        CaseWorkspace *workspace = page.workspace();
        QCOMPARE(workspace->trackingLabel()->text(),
                 TrackingCode::parse(ShellFixture::trackingCodeFor(101))->displayForm());
        // In progress, mine: resolve, escalate and wait are offered; start and reopen not.
        QVERIFY(!workspace->actionButton(CaseActionKind::Resolve)->isHidden());
        QVERIFY(!workspace->actionButton(CaseActionKind::Escalate)->isHidden());
        QVERIFY(workspace->actionButton(CaseActionKind::Reopen)->isHidden());
        QVERIFY(workspace->actionButton(CaseActionKind::Start)->isHidden());
        QCOMPARE(workspace->timeline()->topLevelItemCount(), 2);
        // A mission sent for the case shows on its timeline.
        QVERIFY(fixture.pull(u"missions"_qs, {named(81, {{u"order_number"_qs, u"M-1405-0081"_qs},
                                                         {u"purpose"_qs, u"تعویض لامپ"_qs},
                                                         {u"status"_qs, u"issued"_qs},
                                                         {u"unit_id"_qs, 3},
                                                         {u"planned_start"_qs,
                                                          QDateTime::currentMSecsSinceEpoch()}})}));
        QVERIFY(fixture.pull(u"mission_cases"_qs,
                             {named(91, {{u"mission_id"_qs, 81}, {u"case_id"_qs, 101}}),
                              named(92, {{u"mission_id"_qs, 81}, {u"case_id"_qs, 102}})}));
        workspace->reload();
        QCOMPARE(workspace->timeline()->topLevelItemCount(), 3);
        QVERIFY(workspace->timeline()->topLevelItem(0)->text(2).contains(u"M-1405-0081"_qs));
        // Time spent: 2 h new with nobody, then in progress with Maryam of the lighting team.
        QTreeWidget *dwell = workspace->dwellTable();
        QCOMPARE(dwell->topLevelItemCount(), 3);
        QTreeWidgetItem *people = dwell->topLevelItem(1);
        QCOMPARE(people->childCount(), 2);
        QStringList owners;
        for (int i = 0; i < people->childCount(); ++i)
            owners << people->child(i)->text(0) + u'=' + people->child(i)->text(1);
        QVERIFY2(owners.contains(u"Unassigned=02:00:00"_qs), qPrintable(owners.join(u", ")));

        // Escalating without a reason is refused by the workflow; nothing is written.
        const int pending = fixture.cache().pendingCount();
        CaseActionDialog::Answer answer;
        answer.action = CaseWork::CaseAction::escalate(QString());
        QVERIFY(!workspace->apply(CaseActionDialog::Mode::Action, answer).isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), pending);

        // A note, then a resolution: both on the case, both queued for the server.
        CaseActionDialog::Answer note;
        note.note = u"با شهروند تماس گرفته شد."_qs;
        QCOMPARE(workspace->apply(CaseActionDialog::Mode::Note, note), QString());
        answer.action = CaseWork::CaseAction::resolve(u"لامپ تعویض شد."_qs);
        QCOMPARE(workspace->apply(CaseActionDialog::Mode::Action, answer), QString());
        const auto row = fixture.cache().row(u"cases"_qs, 101);
        QCOMPARE((**row).value(u"status"_qs).toString(), u"resolved"_qs);
        QCOMPARE((**row).value(u"resolution"_qs).toString(), u"لامپ تعویض شد."_qs);
        QCOMPARE(fixture.cache().pendingCount(), pending + 2);
        QCOMPARE(workspace->timeline()->topLevelItemCount(), 4);
        QVERIFY(workspace->timeline()->topLevelItem(0)->text(2).contains(u"تماس"_qs));
        // Resolved: now it may be closed or reopened, no longer resolved.
        QVERIFY(workspace->actionButton(CaseActionKind::Resolve)->isHidden());
        QVERIFY(!workspace->actionButton(CaseActionKind::Close)->isHidden());

        // Referred: a child case of the potholes service for the same citizen and place.
        CaseActionDialog::Answer referral;
        referral.serviceId = 6;
        referral.note = u"آسفالت جلوی تیر چراغ خراب است."_qs;
        const qsizetype casesBefore = allRows(fixture.cache(), u"cases"_qs).size();
        const QString referred = workspace->apply(CaseActionDialog::Mode::Referral, referral);
        QVERIFY2(referred.isEmpty(), qPrintable(referred));
        const QList<QJsonObject> cases = allRows(fixture.cache(), u"cases"_qs);
        QCOMPARE(cases.size(), casesBefore + 1);
        const QJsonObject child = cases.first(); // local rows first
        QCOMPARE(child.value(u"parent_case_id"_qs).toInteger(), 101);
        QCOMPARE(child.value(u"service_id"_qs).toInteger(), 6);
        QCOMPARE(child.value(u"citizen_id"_qs).toInteger(), 1);
        QCOMPARE(child.value(u"district_id"_qs).toInteger(), 5);
        QVERIFY(TrackingCode::parse(child.value(u"tracking_code"_qs).toString()));
        QCOMPARE(workspace->timeline()->topLevelItemCount(), 5);

        // Marked a duplicate of another case by its code as printed.
        QVERIFY(page.openCase(102));
        QCOMPARE(workspace->markDuplicateOf(ShellFixture::trackingCodeFor(103).toLower()),
                 QString());
        const auto duplicate = fixture.cache().row(u"cases"_qs, 102);
        QCOMPARE((**duplicate).value(u"duplicate_of_id"_qs).toInteger(), 103);
        QVERIFY(!workspace->markDuplicateOf(u"22222222"_qs).isEmpty());

        // Esc goes back to the queue.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        workspace->setFocus();
        QTest::keyClick(workspace, Qt::Key_Escape);
        QVERIFY(!page.isShowingCase());
    }

    void bulkAssignment()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        CasesPage page(fixture.cache());
        page.showView(Cache::CaseQueueView::All);
        QCOMPARE(page.queue()->rowCount(), 4);
        page.view()->selectAll();
        QCOMPARE(page.selectedCaseIds().size(), 4);
        const QString said = page.bulkAssign(8);
        // The closed case cannot be assigned; the one Reza owns already is not reassigned.
        for (const qint64 id : {101, 103}) {
            const auto row = fixture.cache().row(u"cases"_qs, id);
            QCOMPARE((**row).value(u"owner_id"_qs).toInteger(), 8);
        }
        const auto closed = fixture.cache().row(u"cases"_qs, 104);
        QCOMPARE((**closed).value(u"owner_id"_qs).toInteger(), 7);
        QVERIFY2(said.startsWith(u'2'), qPrintable(said));
        auto *result = page.findChild<QLabel *>(u"bulkResult"_qs);
        QVERIFY(result && !result->isHidden());
        // Priority for all: every case takes it (no workflow rule on priority).
        page.view()->selectAll();
        page.bulkPriority(u"urgent"_qs);
        for (const QJsonObject &row : allRows(fixture.cache(), u"cases"_qs))
            QCOMPARE(row.value(u"priority"_qs).toString(), u"urgent"_qs);
    }

    void savedFiltersAreViewsWithCounts()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        {
            CasesPage page(fixture.cache());
            page.showView(Cache::CaseQueueView::All);
            QCOMPARE(page.queue()->rowCount(), 4);
            // Looked at once: new and closed cases only.
            SavedQueue look;
            look.base = Cache::CaseQueueView::All;
            look.statuses = {u"new"_qs, u"closed"_qs};
            QCOMPARE(page.applyFilter(look, false), QString());
            QCOMPARE(page.queue()->rowCount(), 2);
            QVERIFY(page.savedQueues().isEmpty());
            // Kept as a view: listed after the predefined ones, counted, chosen.
            SavedQueue mine;
            mine.name = u"روشنایی باز"_qs;
            mine.base = Cache::CaseQueueView::MyTeam;
            mine.serviceIds = {4};
            mine.statuses = {u"in_progress"_qs, u"closed"_qs};
            QSignalSpy counted(&page, &CasesPage::countsReady);
            QCOMPARE(page.applyFilter(mine, true), QString());
            QCOMPARE(page.views()->count(), 7);
            QCOMPARE(page.views()->currentRow(), 6);
            // In progress in my team: 101 and 102 (closed is not in "My team").
            QCOMPARE(page.queue()->rowCount(), 2);
            QVERIFY(counted.wait(10'000));
            QVERIFY(page.views()->item(6)->text().startsWith(u"روشنایی باز"_qs));
        }
        // Narrowed by owner: Reza's open lighting cases in my team (102 only).
        {
            CasesPage page(fixture.cache());
            SavedQueue reza;
            reza.name = u"کارهای رضا"_qs;
            reza.base = Cache::CaseQueueView::MyTeam;
            reza.ownerIds = {8};
            reza.teamIds = {3};
            QCOMPARE(page.applyFilter(reza, true), QString());
            QCOMPARE(page.queue()->rowCount(), 1);
            QCOMPARE(page.queue()->index(0, 0).data(CaseQueueModel::RowIdRole).toLongLong(), 102);
            QCOMPARE(page.removeSavedQueue(1), QString());
        }
        // Another window on the same cache (a restart) has it.
        CasesPage again(fixture.cache());
        QCOMPARE(again.savedQueues().size(), 1);
        QCOMPARE(again.savedQueues().first().serviceIds, (QList<qint64>{4}));
        again.showSavedQueue(0);
        QCOMPARE(again.queue()->rowCount(), 2);
        QCOMPARE(again.removeSavedQueue(0), QString());
        QCOMPARE(again.views()->count(), 6);
        QVERIFY(SavedQueue::load(fixture.cache()).isEmpty());
    }

    void routingRulesEditedByAnAdministrator()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        QVERIFY(fixture.pull(u"org_units"_qs, {named(9, {{u"kind"_qs, u"team"_qs},
                                                         {u"code"_qs, u"asphalt"_qs},
                                                         {u"name_fa"_qs, u"تیم آسفالت"_qs},
                                                         {u"name_en"_qs, u"Asphalt team"_qs}})}));
        QVERIFY(
            fixture.pull(u"routing_rules"_qs, {named(51, {{u"position"_qs, 10},
                                                          {u"service_id"_qs, 4},
                                                          {u"team_id"_qs, 3},
                                                          {u"owner_strategy"_qs, u"none"_qs},
                                                          {u"active"_qs, true}}),
                                               named(52, {{u"position"_qs, 20},
                                                          {u"channel"_qs, u"telegram"_qs},
                                                          {u"team_id"_qs, 3},
                                                          {u"owner_strategy"_qs, u"round_robin"_qs},
                                                          {u"active"_qs, true}})}));
        CaseWork::CaseFacts pothole;
        pothole.service = ServiceId(6);
        pothole.channel = u"phone"_qs;
        pothole.description = u"يک چاله بزرگ جلوی مدرسه"_qs;
        pothole.serviceResponsibleUnit = OrgUnitId(3);
        {
            // Maryam is a supervisor: she reads the rules, and may not change them.
            RoutingRulesDialog dialog(fixture.cache());
            QVERIFY(!dialog.isEditable());
            QCOMPARE(dialog.table()->rowCount(), 2);
            QVERIFY(!dialog.saveRule({{u"team_id"_qs, 9}}).isEmpty());
            QVERIFY(dialog.tryRoute(pothole).contains(u"responsible unit"_qs));
        }
        Access::Principal admin = ShellFixture::user();
        admin.roles.insert(Access::Role::Administrator);
        QVERIFY(fixture.cache().setUser(admin));
        RoutingRulesDialog dialog(fixture.cache());
        QVERIFY(dialog.isEditable());
        // A rule without a team is refused before anything is written.
        const int pending = fixture.cache().pendingCount();
        QVERIFY(!dialog.saveRule({{u"keywords"_qs, u"چاله"_qs}}).isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), pending);
        // Potholes by keyword (typed with Arabic yeh) to the asphalt team, added last.
        QCOMPARE(dialog.saveRule({{u"keywords"_qs, u"چاله، دست‌انداز"_qs},
                                  {u"team_id"_qs, 9},
                                  {u"owner_strategy"_qs, u"none"_qs},
                                  {u"active"_qs, true}}),
                 QString());
        QCOMPARE(dialog.table()->rowCount(), 3);
        QVERIFY2(dialog.tryRoute(pothole).contains(u"Asphalt"_qs),
                 qPrintable(dialog.tryRoute(pothole)));
        QVERIFY(dialog.tryRoute(pothole).startsWith(u"Rule 3"_qs));
        // Moved up: now the second rule.
        QCOMPARE(dialog.moveRule(2, -1), QString());
        QVERIFY(dialog.tryRoute(pothole).startsWith(u"Rule 2"_qs));
        QCOMPARE(dialog.rules().at(1).value(u"team_id"_qs).toInteger(), 9);
        QVERIFY(fixture.cache().pendingCount() > pending);
        // Removed: the service's unit again.
        QCOMPARE(dialog.removeRule(dialog.rules().at(1).value(u"id"_qs).toInteger()), QString());
        QCOMPARE(dialog.table()->rowCount(), 2);

        // The intake says where a case will go, by the same rules.
        IntakeDialog intake(fixture.cache());
        pick(intake.service(), u"lighting"_qs);
        QVERIFY2(intake.routingLabel()->text().contains(u"Lighting team"_qs),
                 qPrintable(intake.routingLabel()->text()));
    }

    void dwellTotalsForSupervisors()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        Cache::CaseQueueFilter all;
        // Case 101: 2 h new and unassigned, then in progress with Maryam; the others have no
        // history in this cache and count nothing.
        DwellTotalsDialog dialog(fixture.cache(), all, u"All"_qs);
        QSignalSpy ready(&dialog, &DwellTotalsDialog::ready);
        QVERIFY(ready.wait(10'000));
        QCOMPARE(dialog.caseCount(), 4);
        QCOMPARE(dialog.totals().secondsPerOwner.value(UserId()), 2 * 3600);
        QVERIFY(dialog.totals().secondsPerOwner.value(UserId(7)) >= 9 * 3600);
        QCOMPARE(dialog.totals().secondsPerTeam.value(OrgUnitId(3)),
                 dialog.totals().secondsPerOwner.value(UserId(7)));
        QCOMPARE(dialog.table()->topLevelItemCount(), 3);
        QCOMPARE(dialog.table()->topLevelItem(1)->childCount(), 2);
    }

    void noticesOpenTheirCase()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        QVERIFY(fixture.pull(u"notifications"_qs,
                             {named(71, {{u"user_id"_qs, 7},
                                         {u"case_id"_qs, 101},
                                         {u"kind"_qs, u"sla_breach"_qs},
                                         {u"clock"_qs, u"resolution"_qs},
                                         {u"created_at"_qs, ShellFixture::createdAtMs()}}),
                              named(72, {{u"user_id"_qs, 7},
                                         {u"case_id"_qs, 102},
                                         {u"kind"_qs, u"sla_warning"_qs},
                                         {u"clock"_qs, u"first_response"_qs},
                                         {u"read_at"_qs, ShellFixture::createdAtMs()}})}));
        QList<qint64> opened;
        QList<Notification> notices =
            CaseNotices::unread(fixture.cache(), [&opened](qint64 id) { opened << id; });
        QCOMPARE(notices.size(), 1); // 72 was read
        const QString text = notices.first().text();
        QVERIFY2(
            text.contains(TrackingCode::parse(ShellFixture::trackingCodeFor(101))->displayForm()),
            qPrintable(text));
        QVERIFY(text.contains(u"overdue"_qs));
        const int pending = fixture.cache().pendingCount();
        notices.first().action();
        QCOMPARE(opened, (QList<qint64>{101}));
        QCOMPARE(fixture.cache().pendingCount(), pending + 1);
        QVERIFY(CaseNotices::unread(fixture.cache(), [](qint64) {}).isEmpty());
        // Only the server makes notices: a local one is refused, not pushed to be refused.
        const auto made = fixture.cache().create(
            u"notifications"_qs, {{u"user_id"_qs, 7}, {u"kind"_qs, u"sla_breach"_qs}});
        QVERIFY(!made);
        QCOMPARE(made.error().kind, Cache::CacheError::Kind::NotAllowed);
    }

    void ctrlNOpensTheIntake()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantCity(fixture);
        CasesPage page(fixture.cache());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        bool opened = false;
        connect(&page, &CasesPage::intakeOpened, this, [&opened](QDialog *dialog) {
            opened = true;
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
        page.view()->setFocus();
        QTest::keySequence(page.view(), QKeySequence::New);
        QVERIFY(opened);
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
            plantCity(fixture);
            const bool persian = language == Language::Persian;
            const QString suffix = persian ? u"fa"_qs : u"en"_qs;

            CasesPage page(fixture.cache());
            page.resize(1280, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.openCase(101));
            QCoreApplication::processEvents();
            QCOMPARE(page.workspace()->layoutDirection(),
                     persian ? Qt::RightToLeft : Qt::LeftToRight);
            QVERIFY(page.grab().save(artifacts.filePath(u"caseworkspace-%1.png"_qs.arg(suffix))));

            QVERIFY(fixture.pull(u"routing_rules"_qs,
                                 {named(51, {{u"position"_qs, 10},
                                             {u"service_id"_qs, 4},
                                             {u"district_id"_qs, 5},
                                             {u"team_id"_qs, 3},
                                             {u"owner_strategy"_qs, u"round_robin"_qs}}),
                                  named(52, {{u"position"_qs, 20},
                                             {u"keywords"_qs, u"چاله، دست‌انداز"_qs},
                                             {u"team_id"_qs, 3},
                                             {u"owner_strategy"_qs, u"fixed"_qs},
                                             {u"owner_id"_qs, 8}})}));
            {
                CaseCatalog catalog(fixture.cache());
                SavedQueue start;
                start.statuses = {u"new"_qs};
                QueueFilterDialog filter(start, catalog, false);
                filter.show();
                QVERIFY(QTest::qWaitForWindowExposed(&filter));
                QVERIFY(
                    filter.grab().save(artifacts.filePath(u"queuefilter-%1.png"_qs.arg(suffix))));
            }
            {
                RoutingRulesDialog rules(fixture.cache());
                rules.show();
                QVERIFY(QTest::qWaitForWindowExposed(&rules));
                QVERIFY(
                    rules.grab().save(artifacts.filePath(u"routingrules-%1.png"_qs.arg(suffix))));
            }

            IntakeDialog dialog(fixture.cache());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QSignalSpy found(&dialog, &IntakeDialog::citizensFound);
            Testing::typeKeys(dialog.citizenSearch(), u"کریمی"_qs);
            QVERIFY(found.wait(5'000));
            pick(dialog.service(), u"lighting"_qs);
            pick(dialog.district(), persian ? u"منطقه"_qs : u"District"_qs);
            dialog.description()->setPlainText(u"چراغ کوچه خاموش است."_qs);
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(artifacts.filePath(u"intake-%1.png"_qs.arg(suffix))));
            const QString problem = dialog.save();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(artifacts.filePath(u"intake-saved-%1.png"_qs.arg(suffix))));
            qInfo("screenshots in %s", qPrintable(artifacts.path()));
        }
    }
};

QTEST_MAIN(TestCaseWork)
#include "tst_casework.moc"
