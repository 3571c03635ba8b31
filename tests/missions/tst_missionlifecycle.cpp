// A mission's lifecycle: every action from every status, for every kind of actor, and
// who may change the order and write the report.
#include "missionlifecycle.h"

#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Missions;
using Access::Role;

namespace {

constexpr qint64 unit = 10, otherUnit = 20, requesterId = 1, officerId = 2;

Access::Principal someone(qint64 id, QSet<Role> roles, QSet<qint64> visible = {unit})
{
    Access::Principal principal;
    principal.userId = UserId(id);
    principal.roles = std::move(roles);
    for (qint64 u : visible)
        principal.visibleUnits.insert(OrgUnitId(u));
    principal.units = principal.visibleUnits;
    return principal;
}

MissionFacts mission(MissionStatus status, MissionApproval approval = MissionApproval::None,
                     bool assigned = true)
{
    MissionFacts facts;
    facts.status = status;
    facts.approval = approval;
    facts.unit = OrgUnitId(unit);
    facts.requester = UserId(requesterId);
    if (assigned)
        facts.assignees.insert(UserId(officerId));
    return facts;
}

QStringList actions(const Access::Principal &actor, const MissionFacts &facts)
{
    QStringList names;
    for (MissionAction action : availableActions(actor, facts))
        names << actionText(action);
    return names;
}

} // namespace

class TestMissionLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void texts();
    void actionsByStatusAndActor_data();
    void actionsByStatusAndActor();
    void refusalsSayWhy();
    void orderAndReportEdits();
    void factsFromRow();
};

void TestMissionLifecycle::texts()
{
    for (MissionStatus status : {MissionStatus::Draft, MissionStatus::Issued,
                                 MissionStatus::InProgress, MissionStatus::CompletedNeedsFollowUp,
                                 MissionStatus::Completed, MissionStatus::Cancelled})
        QCOMPARE(missionStatusFrom(statusText(status)), status);
    for (MissionApproval approval :
         {MissionApproval::None, MissionApproval::Pending, MissionApproval::Approved,
          MissionApproval::Rejected, MissionApproval::Returned})
        QCOMPARE(missionApprovalFrom(approvalText(approval)), approval);
    for (MissionAction action :
         {MissionAction::SubmitForApproval, MissionAction::ReturnToDraft, MissionAction::Issue,
          MissionAction::Start, MissionAction::Complete, MissionAction::CompleteNeedingFollowUp,
          MissionAction::Cancel})
        QCOMPARE(missionActionFrom(actionText(action)), action);
    QCOMPARE(statusText(MissionStatus::CompletedNeedsFollowUp),
             QStringLiteral("completed_needs_followup"));
    QVERIFY(!missionStatusFrom(u"Draft"));
    QCOMPARE(targetOf(MissionAction::CompleteNeedingFollowUp),
             MissionStatus::CompletedNeedsFollowUp);
    QCOMPARE(targetOf(MissionAction::ReturnToDraft), MissionStatus::Draft);
}

void TestMissionLifecycle::actionsByStatusAndActor_data()
{
    QTest::addColumn<int>("actor");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("approval");
    QTest::addColumn<QStringList>("expected");
    // Actors: 0 the unit's supervisor, 1 the requester (a senior agent), 2 the assigned
    // field officer, 3 a supervisor of another unit, 4 an administrator, 5 a finance
    // approver.
    using S = MissionStatus;
    using A = MissionApproval;
    const auto row = [](const char *name, int actor, S status, A approval, QStringList expected) {
        QTest::newRow(name) << actor << int(status) << int(approval) << expected;
    };
    const QString submit = QStringLiteral("submit_for_approval"),
                  back = QStringLiteral("return_to_draft"), issue = QStringLiteral("issue"),
                  start = QStringLiteral("start"), complete = QStringLiteral("complete"),
                  followUp = QStringLiteral("complete_needs_followup"),
                  cancel = QStringLiteral("cancel");
    row("draft: supervisor", 0, S::Draft, A::None, {submit, cancel});
    row("draft: requester", 1, S::Draft, A::None, {submit, cancel});
    row("draft: officer", 2, S::Draft, A::None, {});
    row("draft: other unit's supervisor", 3, S::Draft, A::None, {});
    row("draft: administrator", 4, S::Draft, A::None, {submit, cancel});
    row("draft: finance", 5, S::Draft, A::None, {});
    row("pending: supervisor", 0, S::Draft, A::Pending, {back, cancel});
    row("pending: requester", 1, S::Draft, A::Pending, {back, cancel});
    row("pending: officer", 2, S::Draft, A::Pending, {});
    row("approved: supervisor", 0, S::Draft, A::Approved, {back, issue, cancel});
    row("approved: requester", 1, S::Draft, A::Approved, {back, cancel});
    row("approved: administrator", 4, S::Draft, A::Approved, {back, issue, cancel});
    row("rejected: requester", 1, S::Draft, A::Rejected, {submit, cancel});
    row("returned: supervisor", 0, S::Draft, A::Returned, {submit, cancel});
    row("issued: supervisor", 0, S::Issued, A::Approved, {back, start, cancel});
    row("issued: requester", 1, S::Issued, A::Approved, {});
    row("issued: officer", 2, S::Issued, A::Approved, {start});
    row("issued: other unit's supervisor", 3, S::Issued, A::Approved, {});
    row("in progress: supervisor", 0, S::InProgress, A::Approved, {complete, followUp, cancel});
    row("in progress: officer", 2, S::InProgress, A::Approved, {complete, followUp});
    row("in progress: requester", 1, S::InProgress, A::Approved, {});
    row("needs follow-up: supervisor", 0, S::CompletedNeedsFollowUp, A::Approved, {complete});
    row("needs follow-up: officer", 2, S::CompletedNeedsFollowUp, A::Approved, {});
    row("completed: supervisor", 0, S::Completed, A::Approved, {});
    row("completed: administrator", 4, S::Completed, A::Approved, {});
    row("cancelled: supervisor", 0, S::Cancelled, A::Approved, {});
}

void TestMissionLifecycle::actionsByStatusAndActor()
{
    QFETCH(int, actor);
    QFETCH(int, status);
    QFETCH(int, approval);
    QFETCH(QStringList, expected);
    const QList<Access::Principal> actors{
        someone(50, {Role::Supervisor}),          someone(requesterId, {Role::SeniorAgent}),
        someone(officerId, {Role::FieldOfficer}), someone(51, {Role::Supervisor}, {otherUnit}),
        someone(52, {Role::Administrator}, {}),   someone(53, {Role::FinanceApprover}),
    };
    QCOMPARE(actions(actors.at(actor), mission(MissionStatus(status), MissionApproval(approval))),
             expected);
}

void TestMissionLifecycle::refusalsSayWhy()
{
    const Access::Principal supervisor = someone(50, {Role::Supervisor});
    const Access::Principal officer = someone(officerId, {Role::FieldOfficer});
    QCOMPARE(refusalOf(supervisor, mission(MissionStatus::Draft), MissionAction::Issue),
             MissionRefusal::NotApproved);
    QCOMPARE(refusalOf(supervisor, mission(MissionStatus::Draft, MissionApproval::Pending),
                       MissionAction::Issue),
             MissionRefusal::NotApproved);
    QCOMPARE(refusalOf(supervisor, mission(MissionStatus::Draft, MissionApproval::Approved, false),
                       MissionAction::Issue),
             MissionRefusal::NoAssignee);
    QCOMPARE(refusalOf(supervisor, mission(MissionStatus::Draft, MissionApproval::Pending),
                       MissionAction::SubmitForApproval),
             MissionRefusal::ApprovalPending);
    QCOMPARE(refusalOf(officer, mission(MissionStatus::Draft, MissionApproval::Approved),
                       MissionAction::Issue),
             MissionRefusal::RoleMayNotAct);
    QCOMPARE(refusalOf(officer, mission(MissionStatus::Draft), MissionAction::Start),
             MissionRefusal::NotAllowedInStatus);
    QCOMPARE(
        refusalOf(supervisor, mission(MissionStatus::InProgress), MissionAction::ReturnToDraft),
        MissionRefusal::NotAllowedInStatus);
    QCOMPARE(refusalOf(supervisor, mission(MissionStatus::Draft), MissionAction::ReturnToDraft),
             MissionRefusal::NotAllowedInStatus);
    QCOMPARE(refusalCode(MissionRefusal::NoAssignee), QStringLiteral("no_assignee"));
    QCOMPARE(refusalCode(MissionRefusal::RoleMayNotAct), QStringLiteral("role_may_not_act"));
}

void TestMissionLifecycle::orderAndReportEdits()
{
    const Access::Principal supervisor = someone(50, {Role::Supervisor});
    const Access::Principal requester = someone(requesterId, {Role::SeniorAgent});
    const Access::Principal officer = someone(officerId, {Role::FieldOfficer});
    const Access::Principal stranger = someone(51, {Role::Supervisor}, {otherUnit});
    QVERIFY(mayEditOrder(supervisor, mission(MissionStatus::Draft)));
    QVERIFY(mayEditOrder(requester, mission(MissionStatus::Draft, MissionApproval::Returned)));
    QVERIFY(mayEditOrder(requester, mission(MissionStatus::Draft, MissionApproval::Rejected)));
    QVERIFY(!mayEditOrder(officer, mission(MissionStatus::Draft)));
    QVERIFY(!mayEditOrder(stranger, mission(MissionStatus::Draft)));
    // What is approved is what is issued.
    QVERIFY(!mayEditOrder(supervisor, mission(MissionStatus::Draft, MissionApproval::Pending)));
    QVERIFY(!mayEditOrder(supervisor, mission(MissionStatus::Draft, MissionApproval::Approved)));
    QVERIFY(!mayEditOrder(supervisor, mission(MissionStatus::Issued, MissionApproval::Approved)));

    QVERIFY(mayReport(officer, mission(MissionStatus::Issued)));
    QVERIFY(mayReport(officer, mission(MissionStatus::InProgress)));
    QVERIFY(mayReport(supervisor, mission(MissionStatus::InProgress)));
    QVERIFY(!mayReport(requester, mission(MissionStatus::InProgress)));
    QVERIFY(!mayReport(officer, mission(MissionStatus::Draft)));
    QVERIFY(!mayReport(officer, mission(MissionStatus::Completed)));
}

void TestMissionLifecycle::factsFromRow()
{
    const MissionFacts facts =
        MissionFacts::fromRow({{QStringLiteral("status"), QStringLiteral("issued")},
                               {QStringLiteral("approval_status"), QStringLiteral("approved")},
                               {QStringLiteral("unit_id"), unit},
                               {QStringLiteral("requested_by"), requesterId}},
                              {UserId(officerId)});
    QCOMPARE(facts.status, MissionStatus::Issued);
    QCOMPARE(facts.approval, MissionApproval::Approved);
    QCOMPARE(facts.unit, OrgUnitId(unit));
    QCOMPARE(facts.requester, UserId(requesterId));
    QVERIFY(facts.assignees.contains(UserId(officerId)));
    // A row without the approval state (written before it existed) reads as none.
    QCOMPARE(
        MissionFacts::fromRow({{QStringLiteral("status"), QStringLiteral("draft")}}, {}).approval,
        MissionApproval::None);
}

QTEST_GUILESS_MAIN(TestMissionLifecycle)
#include "tst_missionlifecycle.moc"
