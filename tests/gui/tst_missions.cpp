// The missions workspace on the workstation, headless over a real cache: the list and its
// filters (my missions, all, by status, searched), a mission written offline and the edits
// it queues, an order that may not be changed, the actions each user may take and what
// they write, Jalali dates and positions checked before anything is written, the follow-up
// mission drafted from a mission that needs one, the expense total (and a total too large
// to record), comments, the approval history, and screenshots in Persian and English.
#include "appfonts.h"
#include "approvalsfixture.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "localization.h"
#include "missionlistmodel.h"
#include "missionorderform.h"
#include "missionsfixture.h"
#include "missionspage.h"
#include "missiontext.h"
#include "missionworkspace.h"
#include "money.h"
#include "searchpicker.h"
#include "shellfixture.h"
#include "testenvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Missions::MissionAction;
using Shahrvand::Testing::ShellFixture;
using namespace Shahrvand::Testing::Missions;

namespace {

QList<QJsonObject> queued(ShellFixture &fixture)
{
    QList<QJsonObject> result;
    const auto sent = fixture.cache().pendingMutations(100);
    if (sent) {
        for (const QJsonValue &value : *sent)
            result.append(value.toObject());
    }
    return result;
}

QList<qint64> shownIds(MissionsPage &page)
{
    QList<qint64> ids;
    for (int row = 0; row < page.missions()->rowCount(); ++row)
        ids.append(page.missions()->missionIdAt(row));
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<MissionAction> shownActions(MissionWorkspace &workspace)
{
    QList<MissionAction> shown;
    for (MissionAction action :
         {MissionAction::SubmitForApproval, MissionAction::ReturnToDraft, MissionAction::Issue,
          MissionAction::Start, MissionAction::Complete, MissionAction::CompleteNeedingFollowUp,
          MissionAction::Cancel}) {
        if (!workspace.actionButton(action)->isHidden())
            shown.append(action);
    }
    return shown;
}

QString listCell(QTreeWidget *list, int row, int column)
{
    const QTreeWidgetItem *item = list->topLevelItem(row);
    return item ? item->text(column) : QString();
}

} // namespace

class TestMissions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization;

    std::unique_ptr<MissionsPage> openPage(ShellFixture &fixture,
                                           const Access::Principal &user = ShellFixture::user())
    {
        if (user.userId != ShellFixture::user().userId)
            [&] { QVERIFY(fixture.cache().setUser(user)); }();
        auto page = std::make_unique<MissionsPage>(fixture.cache(), user);
        page->workspace()->setConfirmation([](const QString &) { return true; });
        page->workspace()->setReasonPrompt(
            [](const QString &) { return std::optional<QString>(); });
        page->resize(1280, 800);
        page->show();
        page->reload();
        return page;
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

    void init()
    {
        m_localization->applyWithoutSaving(Language::Persian);
        Testing::Approvals::useExtraTranslations(true);
    }

    void listsMyMissionsAndAll()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        QCOMPARE(page->layoutDirection(), Qt::RightToLeft);
        // A supervisor sees the units' missions first.
        QCOMPARE(page->scopeBox()->currentIndex(), 1);
        QCOMPARE(shownIds(*page), (QList<qint64>{31, 32, 33, 34, 35}));
        QVERIFY(!page->newButton()->isHidden());
        // Hers: the draft she requested and the mission she was sent on.
        page->scopeBox()->setCurrentIndex(0);
        QCOMPARE(shownIds(*page), (QList<qint64>{31, 35}));
        page->scopeBox()->setCurrentIndex(1);
        page->statusBox()->setCurrentIndex(page->statusBox()->findData(u"issued"_qs));
        QCOMPARE(shownIds(*page), (QList<qint64>{32}));
        page->statusBox()->setCurrentIndex(page->statusBox()->findData(u"draft"_qs));
        QCOMPARE(shownIds(*page), (QList<qint64>{31, 34}));
        page->statusBox()->setCurrentIndex(0);

        // The columns: order number in Persian digits, the draft's approval, the period in
        // Jalali, the number of cases.
        const int row34 = page->missions()->rowOf(34);
        const auto cell = [&page](int row, int column) {
            return page->missions()->index(row, column).data().toString();
        };
        QVERIFY(cell(row34, MissionListModel::OrderNumber).contains(u"۱۴۰۵-۰۰۳۴"_qs));
        QCOMPARE(cell(row34, MissionListModel::Status),
                 MissionText::tr("Draft — approved, ready to issue"));
        QVERIFY(cell(row34, MissionListModel::Period).contains(u"آذر ۱۴۰۵"_qs));
        QCOMPARE(cell(row34, MissionListModel::Destination), u"پایانهٔ غرب"_qs);
        QCOMPARE(cell(page->missions()->rowOf(31), MissionListModel::Cases), u"۱"_qs);
        QCOMPARE(cell(page->missions()->rowOf(32), MissionListModel::Status),
                 FieldText::codeText(u"issued"));

        // The global search: Persian words in any spelling, and order numbers.
        page->setSearchText(u"زيرگذر"_qs); // Arabic yeh
        QCOMPARE(shownIds(*page), (QList<qint64>{31}));
        page->setSearchText(u"۰۰۳۳"_qs);
        QCOMPARE(shownIds(*page), (QList<qint64>{33}));
        page->setSearchText(QString());

        // The field officer: his own missions by default, and no "New mission".
        auto officer = openPage(fixture, fieldOfficer());
        QCOMPARE(officer->scopeBox()->currentIndex(), 0);
        QCOMPARE(shownIds(*officer), (QList<qint64>{31, 32}));
        QVERIFY(officer->newButton()->isHidden());
    }

    void writesANewMissionOffline()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        // A tab added from outside (the mission report) follows the mission shown.
        auto *report = new QWidget;
        page->workspace()->tabs()->addTab(report, u"Report"_qs);
        QSignalSpy shown(page->workspace(), &MissionWorkspace::missionShown);
        page->newMission();
        QVERIFY(page->isShowingMission());
        MissionWorkspace &workspace = *page->workspace();
        QCOMPARE(shown.last().at(0).toLongLong(), 0);
        QVERIFY(!workspace.tabs()->isTabEnabled(workspace.tabs()->indexOf(report)));
        MissionOrderForm &form = *workspace.orderForm();
        QVERIFY(form.isEditable());
        QVERIFY(!workspace.tabs()->isTabEnabled(1));
        form.purposeEdit()->setPlainText(u"بازدید از دیوار حائل کانال"_qs);
        form.unitBox()->setCurrentIndex(form.unitBox()->findData(4));
        form.destinationEdit()->setText(u"کانال غربی"_qs);
        form.latitudeEdit()->setText(u"۳۵٫۶۸۹۲"_qs); // Persian digits and decimal separator
        form.longitudeEdit()->setText(u"51.389"_qs);
        form.startDateEdit()->setText(u"۱۴۰۵/۹/۵"_qs);
        form.startTimeEdit()->setText(u"۸:۳۰"_qs);
        form.endDateEdit()->setText(u"5 Azar 1405"_qs);
        form.endTimeEdit()->setText(u"14:00"_qs);
        form.budgetedBox()->setChecked(true);
        QCOMPARE(workspace.saveOrder(), QString());
        const qint64 id = workspace.missionId();
        QVERIFY(id < 0); // local until the server gives its id
        QVERIFY(workspace.tabs()->isTabEnabled(1));
        QVERIFY(workspace.tabs()->isTabEnabled(workspace.tabs()->indexOf(report)));
        QCOMPARE(shown.last().at(0).toLongLong(), id);

        QList<QJsonObject> sent = queued(fixture);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).value(u"entity"_qs).toString(), u"missions"_qs);
        QCOMPARE(sent.at(0).value(u"op"_qs).toString(), u"create"_qs);
        const QJsonObject fields = sent.at(0).value(u"fields"_qs).toObject();
        QCOMPARE(fields.value(u"status"_qs).toString(), u"draft"_qs);
        QCOMPARE(fields.value(u"approval_status"_qs).toString(), u"none"_qs);
        QCOMPARE(fields.value(u"unit_id"_qs).toInteger(), 4);
        QCOMPARE(fields.value(u"budgeted"_qs).toBool(), true);
        QCOMPARE(fields.value(u"latitude"_qs).toDouble(), 35.6892);
        // 5 Azar 1405 = 26 November 2026; 08:30 in Tehran is 05:00 UTC.
        QCOMPARE(fields.value(u"planned_start"_qs).toInteger(),
                 QDateTime(QDate(2026, 11, 26), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(fields.value(u"planned_end"_qs).toInteger(),
                 QDateTime(QDate(2026, 11, 26), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!fields.contains(u"requested_by"_qs));

        // Hers to change (the server makes her the requester); people, a case and a comment
        // on the row not sent yet, named by the create's mutation id.
        QVERIFY(workspace.orderForm()->isEditable());
        QCOMPARE(workspace.addAssignee(30, u"leader"_qs), QString());
        QVERIFY(!workspace.addAssignee(30, u"member"_qs).isEmpty()); // already on it
        QCOMPARE(workspace.linkCase(102), QString());
        QVERIFY(!workspace.linkCase(102).isEmpty());
        // The pickers offer only who and what is not on the mission yet.
        workspace.casePicker()->setCurrent(101);
        QCOMPARE(workspace.casePicker()->current(), std::optional<qint64>(101));
        workspace.casePicker()->setCurrent(102);
        QVERIFY(workspace.casePicker()->current() != std::optional<qint64>(102));
        workspace.userPicker()->setCurrent(30);
        QVERIFY(workspace.userPicker()->current() != std::optional<qint64>(30));
        QCOMPARE(
            workspace.addComment(u"هماهنگی با آتش‌نشانی انجام شد."_qs),
            QString());
        sent = queued(fixture);
        QCOMPARE(sent.size(), 4);
        const QString tmp = u"tmp:"_qs + sent.at(0).value(u"client_mutation_id"_qs).toString();
        for (int i = 1; i < 4; ++i)
            QCOMPARE(sent.at(i).value(u"fields"_qs).toObject().value(u"mission_id"_qs).toString(),
                     tmp);
        QCOMPARE(sent.at(1).value(u"entity"_qs).toString(), u"mission_assignees"_qs);
        QCOMPARE(sent.at(2).value(u"entity"_qs).toString(), u"mission_cases"_qs);
        QCOMPARE(sent.at(3).value(u"entity"_qs).toString(), u"mission_comments"_qs);
        QCOMPARE(sent.at(3).value(u"fields"_qs).toObject().value(u"unit_id"_qs).toInteger(), 3);
        QCOMPARE(workspace.assigneeList()->topLevelItemCount(), 1);
        QCOMPARE(workspace.caseList()->topLevelItemCount(), 1);
        QCOMPARE(listCell(workspace.commentList(), 0, 2), MissionWorkspace::tr("Waiting to sync"));
        // It is hers, and in the list.
        QVERIFY(shownActions(workspace).contains(MissionAction::SubmitForApproval));
        page->showList();
        QVERIFY(page->missions()->rowOf(id) >= 0);
        page->scopeBox()->setCurrentIndex(0);
        QVERIFY(page->missions()->rowOf(id) >= 0);
    }

    void checksTheOrderBeforeWriting()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        QVERIFY(page->openMission(31));
        MissionWorkspace &workspace = *page->workspace();
        MissionOrderForm &form = *workspace.orderForm();
        QVERIFY(form.isEditable());
        form.startDateEdit()->setText(u"1405/13/02"_qs);
        form.latitudeEdit()->setText(u"95"_qs);
        form.longitudeEdit()->setText(u"51.4"_qs);
        form.endTimeEdit()->setText(u"۲۵:۰۰"_qs);
        QString problem = workspace.saveOrder();
        QVERIFY2(problem.contains(
                     MissionOrderForm::tr("%1: write the time as hours and minutes, "
                                          "such as %2.")
                         .arg(MissionOrderForm::tr("Planned end"), toLocalDigits(u"08:30"_qs))),
                 qPrintable(problem));
        QVERIFY2(problem.contains(describe(DateParseError::MonthOutOfRange)), qPrintable(problem));
        QVERIFY(problem.contains(MissionOrderForm::tr("The latitude is a number of degrees from "
                                                      "-90 to 90, such as 35.6892.")));
        QVERIFY(!form.problemsLabel()->isHidden());
        // A sync finishing meanwhile keeps what she typed; no step is taken over it.
        QVERIFY(form.isDirty());
        page->reload();
        QCOMPARE(form.startDateEdit()->text(), u"1405/13/02"_qs);
        QCOMPARE(workspace.act(MissionAction::SubmitForApproval),
                 MissionWorkspace::tr("The order has changes not saved yet: save them first (or "
                                      "open the mission again to leave them)."));
        // Opened again: the order as stored.
        QVERIFY(page->openMission(31));
        QVERIFY(!form.isDirty());
        QVERIFY(form.startDateEdit()->text() != u"1405/13/02"_qs);
        form.startDateEdit()->setText(u"1405/13/02"_qs);
        form.latitudeEdit()->setText(u"95"_qs);
        form.longitudeEdit()->setText(u"51.4"_qs);
        form.latitudeEdit()->setText(u"35.7"_qs);
        form.startDateEdit()->setText(u"1405/09/10"_qs);
        form.endDateEdit()->setText(u"1405/09/09"_qs);
        form.endTimeEdit()->setText(u"18:30"_qs);
        problem = workspace.saveOrder();
        QCOMPARE(problem,
                 MissionOrderForm::tr("The planned end must come after the planned start."));
        form.purposeEdit()->clear();
        form.endDateEdit()->setText(u"1405/09/10"_qs);
        form.endTimeEdit()->setText(u"07:00"_qs); // before the start on the same day
        problem = workspace.saveOrder();
        QVERIFY(problem.contains(MissionOrderForm::tr("Write the purpose of the mission.")));
        QVERIFY(problem.contains(
            MissionOrderForm::tr("The planned end must come after the planned start.")));
        QCOMPARE(fixture.cache().pendingCount(), 0); // nothing half-written

        // Right at last: only what changed is sent.
        form.purposeEdit()->setPlainText(
            u"بازدید از محل آب‌گرفتگی زیرگذر"_qs);
        form.endTimeEdit()->setText(u"16:00"_qs);
        QCOMPARE(workspace.saveOrder(), QString());
        QVERIFY(form.problemsLabel()->isHidden());
        const QList<QJsonObject> sent = queued(fixture);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).value(u"op"_qs).toString(), u"update"_qs);
        QCOMPARE(
            sent.at(0).value(u"fields"_qs).toObject().keys(),
            (QStringList{u"latitude"_qs, u"longitude"_qs, u"planned_end"_qs, u"planned_start"_qs}));
    }

    void refusesEditsThatAreNotAllowed()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        {
            auto page = openPage(fixture);
            // Approved: what was approved is what is issued.
            QVERIFY(page->openMission(34));
            MissionOrderForm &form = *page->workspace()->orderForm();
            QVERIFY(!form.isEditable());
            QVERIFY(form.purposeEdit()->isReadOnly());
            QVERIFY(form.saveButton()->isHidden());
            QVERIFY(!form.lockedNote()->isHidden());
            QCOMPARE(form.lockedNote()->text(),
                     MissionWorkspace::tr("The order is waiting for approval or approved: take "
                                          "it back to draft to change it."));
            QVERIFY(!page->workspace()->saveOrder().isEmpty());
            QVERIFY(!page->workspace()->linkCase(102).isEmpty());
            QVERIFY(page->workspace()->caseEditor()->isHidden());
            // Issued: locked too, but people are still sent by the supervisor.
            QVERIFY(page->openMission(32));
            QVERIFY(!page->workspace()->orderForm()->isEditable());
            QVERIFY(!page->workspace()->assigneeEditor()->isHidden());
            QCOMPARE(fixture.cache().pendingCount(), 0);
        }
        // The field officer on the supervisor's draft he leads: he reads it.
        auto page = openPage(fixture, fieldOfficer());
        QVERIFY(page->openMission(31));
        MissionWorkspace &workspace = *page->workspace();
        QVERIFY(!workspace.orderForm()->isEditable());
        QCOMPARE(workspace.orderForm()->lockedNote()->text(),
                 MissionWorkspace::tr("Only the requester of the mission or the unit's "
                                      "supervisor changes the order."));
        QVERIFY(workspace.assigneeEditor()->isHidden());
        QVERIFY(!workspace.addAssignee(21, u"member"_qs).isEmpty());
        QVERIFY(!workspace.unlinkCase(51).isEmpty());
        QVERIFY(shownActions(workspace).isEmpty());
        // Comments he may write.
        QVERIFY(!workspace.commentEditor()->isHidden());
        QCOMPARE(fixture.cache().pendingCount(), 0);
    }

    void offersOnlyTheAllowedActions()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        MissionWorkspace &workspace = *page->workspace();
        const auto lastWrite = [&fixture] {
            const QList<QJsonObject> sent = queued(fixture);
            return sent.isEmpty() ? QJsonObject() : sent.last();
        };

        QVERIFY(page->openMission(31));
        QCOMPARE(shownActions(workspace),
                 (QList<MissionAction>{MissionAction::SubmitForApproval, MissionAction::Cancel}));
        QVERIFY(workspace.refusalNote()->isHidden());
        QTest::mouseClick(workspace.actionButton(MissionAction::SubmitForApproval), Qt::LeftButton);
        QCOMPARE(lastWrite().value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"approval_status"_qs, u"pending"_qs}}));
        QCOMPARE(workspace.statusLabel()->text(), MissionText::tr("Draft — awaiting approval"));
        QCOMPARE(shownActions(workspace),
                 (QList<MissionAction>{MissionAction::ReturnToDraft, MissionAction::Cancel}));
        QVERIFY(!workspace.orderForm()->isEditable());
        QCOMPARE(workspace.act(MissionAction::ReturnToDraft), QString());
        QCOMPARE(lastWrite().value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"approval_status"_qs, u"none"_qs}}));
        QVERIFY(workspace.orderForm()->isEditable());

        // Approved but nobody sent: issuing is refused, and the workspace says why.
        QVERIFY(page->openMission(34));
        QVERIFY(workspace.actionButton(MissionAction::Issue)->isHidden());
        QCOMPARE(workspace.refusalNote()->text(),
                 MissionText::tr("Issue needs at least one assignee."));
        QCOMPARE(workspace.act(MissionAction::Issue),
                 MissionText::tr("Issue needs at least one assignee."));
        QCOMPARE(workspace.addAssignee(30, u"leader"_qs), QString());
        QVERIFY(!workspace.actionButton(MissionAction::Issue)->isHidden());
        QVERIFY(workspace.refusalNote()->isHidden());
        QTest::mouseClick(workspace.actionButton(MissionAction::Issue), Qt::LeftButton);
        QCOMPARE(lastWrite().value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"status"_qs, u"issued"_qs}}));

        // Issued: started, taken back (status and approval in one write, as the server
        // takes it) or cancelled by the supervisor.
        QVERIFY(page->openMission(32));
        QCOMPARE(shownActions(workspace),
                 (QList<MissionAction>{MissionAction::ReturnToDraft, MissionAction::Start,
                                       MissionAction::Cancel}));
        // A cancellation asked and cancelled: nothing written.
        const int before = fixture.cache().pendingCount();
        QCOMPARE(workspace.act(MissionAction::Cancel),
                 MissionWorkspace::tr("Nothing was changed."));
        QCOMPARE(fixture.cache().pendingCount(), before);
        QCOMPARE(workspace.act(MissionAction::ReturnToDraft), QString());
        QCOMPARE(lastWrite().value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"status"_qs, u"draft"_qs}, {u"approval_status"_qs, u"none"_qs}}));

        // In progress in unit 4 (she sees it): completed either way, or cancelled with a
        // reason kept in the comments.
        QVERIFY(page->openMission(33));
        QCOMPARE(
            shownActions(workspace),
            (QList<MissionAction>{MissionAction::Complete, MissionAction::CompleteNeedingFollowUp,
                                  MissionAction::Cancel}));
        workspace.setReasonPrompt(
            [](const QString &) { return std::optional<QString>(u"پیمانکار منصرف شد"_qs); });
        QCOMPARE(workspace.act(MissionAction::Cancel), QString());
        const QList<QJsonObject> sent = queued(fixture);
        // The reason (a comment) and the cancellation, kept together, in that order.
        QCOMPARE(sent.last().value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"status"_qs, u"cancelled"_qs}}));
        const QJsonObject reason = sent.at(sent.size() - 2);
        QCOMPARE(reason.value(u"entity"_qs).toString(), u"mission_comments"_qs);
        QVERIFY(reason.value(u"fields"_qs)
                    .toObject()
                    .value(u"body"_qs)
                    .toString()
                    .contains(u"پیمانکار منصرف شد"_qs));
        QVERIFY(shownActions(workspace).isEmpty());

        // The field officer sent on the issued mission starts it; nothing else.
        auto officer = openPage(fixture, fieldOfficer());
        QVERIFY(officer->openMission(32));
        // (Maryam took it back to draft above: he has nothing to do on it now.)
        QVERIFY(shownActions(*officer->workspace()).isEmpty());
        QVERIFY(!officer->workspace()->refusalNote()->isHidden());
    }

    void officerStartsAndFinishes()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture, fieldOfficer());
        MissionWorkspace &workspace = *page->workspace();
        QVERIFY(page->openMission(32));
        QCOMPARE(shownActions(workspace), (QList<MissionAction>{MissionAction::Start}));
        QCOMPARE(workspace.act(MissionAction::Start), QString());
        QCOMPARE(queued(fixture).last().value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"status"_qs, u"in_progress"_qs}}));
        QCOMPARE(shownActions(workspace),
                 (QList<MissionAction>{MissionAction::Complete,
                                       MissionAction::CompleteNeedingFollowUp}));
        QCOMPARE(workspace.act(MissionAction::Complete), QString());
        QCOMPARE(queued(fixture).last().value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"status"_qs, u"completed"_qs}}));
        QVERIFY(shownActions(workspace).isEmpty());
    }

    void draftsTheFollowUpMission()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        MissionWorkspace &workspace = *page->workspace();
        QStringList asked;
        workspace.setConfirmation([&asked](const QString &question) {
            asked << question;
            return true;
        });
        QVERIFY(page->openMission(33));
        QCOMPARE(workspace.act(MissionAction::CompleteNeedingFollowUp), QString());
        QCOMPARE(asked.size(), 1);
        const QList<QJsonObject> sent = queued(fixture);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).value(u"id"_qs).toInteger(), 33);
        QCOMPARE(sent.at(0).value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"status"_qs, u"completed_needs_followup"_qs}}));
        const QJsonObject draft = sent.at(1).value(u"fields"_qs).toObject();
        QCOMPARE(sent.at(1).value(u"op"_qs).toString(), u"create"_qs);
        QCOMPARE(draft.value(u"follow_up_of_id"_qs).toInteger(), 33);
        QCOMPARE(draft.value(u"purpose"_qs).toString(), u"ترمیم آسفالت خیابان نواب"_qs);
        QCOMPARE(draft.value(u"unit_id"_qs).toInteger(), 4);
        QCOMPARE(draft.value(u"status"_qs).toString(), u"draft"_qs);
        QVERIFY(!draft.contains(u"planned_start"_qs));
        QCOMPARE(sent.at(2).value(u"entity"_qs).toString(), u"mission_cases"_qs);
        QCOMPARE(sent.at(2).value(u"fields"_qs).toObject().value(u"case_id"_qs).toInteger(), 103);
        QCOMPARE(sent.at(2).value(u"fields"_qs).toObject().value(u"mission_id"_qs).toString(),
                 u"tmp:"_qs + sent.at(1).value(u"client_mutation_id"_qs).toString());
        // The workspace shows the new draft, ready to be completed.
        QVERIFY(workspace.missionId() < 0);
        QVERIFY(workspace.orderForm()->isEditable());
        QCOMPARE(workspace.orderForm()->followUpBox()->currentData().toLongLong(), 33);
        QCOMPARE(workspace.caseList()->topLevelItemCount(), 1);

        // Declined: the mission is completed so, and no draft is made.
        ShellFixture other(false);
        QVERIFY(other.isValid());
        plant(other);
        auto second = openPage(other);
        second->workspace()->setConfirmation([](const QString &) { return false; });
        QVERIFY(second->openMission(33));
        QCOMPARE(second->workspace()->act(MissionAction::CompleteNeedingFollowUp), QString());
        QCOMPARE(queued(other).size(), 1);
        QCOMPARE(second->workspace()->missionId(), 33);
    }

    void showsTheExpenseTotal()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        QVERIFY(page->openMission(32));
        // The submitted and approved claims count; the draft does not.
        const QString total = page->workspace()->totalsLabel()->text();
        QVERIFY2(total.contains(Money::fromRials(14'500'000).format()), qPrintable(total));
        QVERIFY(total.contains(u"۲"_qs));
        QVERIFY(page->openMission(33));
        QCOMPARE(page->workspace()->totalsLabel()->text(),
                 MissionWorkspace::tr("Expenses: the claims of this mission add up to more than "
                                      "can be recorded; their amounts need checking."));
        QVERIFY(page->openMission(34));
        QCOMPARE(page->workspace()->totalsLabel()->text(),
                 MissionWorkspace::tr(
                     "Expenses: no submitted, approved or paid claim for this mission."));
    }

    void commentsAndApprovals()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        MissionWorkspace &workspace = *page->workspace();
        QVERIFY(page->openMission(32));
        QCOMPARE(workspace.commentList()->topLevelItemCount(), 1);
        QCOMPARE(listCell(workspace.commentList(), 0, 0), u"علی توکلی"_qs);
        QCOMPARE(listCell(workspace.commentList(), 0, 1), u"منطقهٔ ۳"_qs);
        QVERIFY(listCell(workspace.commentList(), 0, 2).contains(u"آذر ۱۴۰۵"_qs));
        QCOMPARE(workspace.addComment(u"   "_qs), MissionWorkspace::tr("Write the comment first."));
        QCOMPARE(fixture.cache().pendingCount(), 0);
        workspace.commentEdit()->setPlainText(u"خودرو ساعت ۸ آماده است."_qs);
        QCOMPARE(workspace.addComment(workspace.commentEdit()->toPlainText()), QString());
        QCOMPARE(workspace.commentList()->topLevelItemCount(), 2);
        QCOMPARE(listCell(workspace.commentList(), 1, 0), u"مریم احمدی"_qs);
        const QJsonObject sent = queued(fixture).last();
        QCOMPARE(sent.value(u"entity"_qs).toString(), u"mission_comments"_qs);
        QCOMPARE(sent.value(u"fields"_qs).toObject().value(u"mission_id"_qs).toInteger(), 32);

        QVERIFY(page->openMission(34));
        QTreeWidget *steps = workspace.stepList();
        QCOMPARE(steps->topLevelItemCount(), 2);
        QCOMPARE(listCell(steps, 0, 2), u"مریم احمدی"_qs);
        QCOMPARE(listCell(steps, 1, 2), u"علی توکلی"_qs);
        QCOMPARE(listCell(steps, 1, 1), u"۲"_qs);
        QVERIFY(listCell(steps, 1, 4).contains(u"۱ آذر ۱۴۰۵"_qs));
        QCOMPARE(listCell(steps, 1, 5), u"با سقف بودجهٔ فصل"_qs);
        QVERIFY(!listCell(steps, 0, 3).isEmpty());
    }

    void screenshots()
    {
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            m_localization->applyWithoutSaving(language);
            Testing::Approvals::useExtraTranslations(language == Language::Persian);
            const QString suffix = language == Language::Persian ? u"fa"_qs : u"en"_qs;
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plant(fixture);
            auto page = openPage(fixture);
            page->resize(1280, 1000);
            QVERIFY(QTest::qWaitForWindowExposed(page.get()));
            QCoreApplication::processEvents();
            QVERIFY(page->grab().save(artifacts.filePath(u"missions-list-%1.png"_qs.arg(suffix))));
            QVERIFY(page->openMission(34));
            const QStringList tabs{u"order"_qs, u"cases"_qs, u"comments"_qs, u"approvals"_qs};
            for (int tab = 0; tab < tabs.size(); ++tab) {
                QVERIFY(page->openMission(tab <= 1 ? 31 : tab == 2 ? 32 : 34));
                page->workspace()->tabs()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                QVERIFY(page->grab().save(
                    artifacts.filePath(u"missions-%1-%2.png"_qs.arg(tabs.at(tab), suffix))));
            }
            page->newMission();
            page->workspace()->orderForm()->startDateEdit()->setText(u"1405/14/01"_qs);
            page->workspace()->saveOrder();
            QCoreApplication::processEvents();
            QVERIFY(page->grab().save(artifacts.filePath(u"missions-new-%1.png"_qs.arg(suffix))));
            qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
        }
    }
};

QTEST_MAIN(TestMissions)
#include "tst_missions.moc"
