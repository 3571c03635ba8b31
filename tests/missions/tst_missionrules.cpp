// The mission rules on the server, through the entity store on a real database (SQLite, or
// PostgreSQL under pg_virtualenv): a mission from draft to completion with its cases'
// outcomes written on the cases, budgeted missions and finance, rejection, taking back and
// cancelling with decisions arriving late, and the refusals.
#include "missionserverfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Testing;

class TestMissionRules : public QObject, private MissionServerFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void missionFromDraftToCompletion();
    void budgetedMissionNeedsFinance();
    void missionRejectionTakeBackAndCancel();
    void missionRefusals();
};

void TestMissionRules::missionFromDraftToCompletion()
{
    // The officer requests a mission for team A about case A.
    const auto created = create(w->officer, "missions",
                                {{QStringLiteral("purpose"), QStringLiteral("بازدید روشنایی")},
                                 {QStringLiteral("unit_id"), w->teamA},
                                 {QStringLiteral("destination_name"), QStringLiteral("پارک ملت")}});
    QCOMPARE(outcome(created), QStringLiteral("ok"));
    const qint64 mission = created->value(u"id").toInteger();
    QVERIFY(created->value(u"order_number").toString().startsWith(u"M-"));
    QCOMPARE(created->value(u"status").toString(), QStringLiteral("draft"));
    QCOMPARE(created->value(u"approval_status").toString(), QStringLiteral("none"));
    QCOMPARE(created->value(u"requested_by").toInteger(), w->officerId);
    QCOMPARE(outcome(create(
                 w->officer, "mission_cases",
                 {{QStringLiteral("mission_id"), mission}, {QStringLiteral("case_id"), w->caseA}})),
             QStringLiteral("ok"));
    // Not issued before approval.
    QCOMPARE(outcome(update(w->supervisor, "missions", mission, status("issued"))),
             QStringLiteral("not_approved"));
    QCOMPARE(outcome(update(w->officer, "missions", mission,
                            {{QStringLiteral("approval_status"), u"pending"_qs}})),
             QStringLiteral("ok"));
    const QList<QJsonObject> chain = steps("mission", mission);
    QCOMPARE(chain.size(), 1); // not budgeted: the supervisor only
    QCOMPARE(chain.first().value(u"approver_unit_id").toInteger(), w->teamA);
    // What is waiting for approval is not changed meanwhile, its cases included; outcomes
    // wait for the work.
    QCOMPARE(outcome(create(
                 w->officer, "mission_cases",
                 {{QStringLiteral("mission_id"), mission}, {QStringLiteral("case_id"), w->caseB}})),
             QStringLiteral("order_locked"));
    const qint64 linked =
        number(QStringLiteral("SELECT id FROM mission_cases WHERE mission_id = ?"), {mission});
    QCOMPARE(outcome(remove(w->officer, "mission_cases", linked)), QStringLiteral("order_locked"));
    QCOMPARE(outcome(update(w->officer, "mission_cases", linked,
                            {{QStringLiteral("outcome"), QStringLiteral("زود است")}})),
             QStringLiteral("report_locked"));
    QCOMPARE(outcome(update(w->officer, "missions", mission,
                            {{QStringLiteral("purpose"), QStringLiteral("دیگر")}})),
             QStringLiteral("order_locked"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", chain.first().value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("ok"));
    QCOMPARE(row("missions", mission).value(u"approval_status").toString(),
             QStringLiteral("approved"));
    QCOMPARE(row("missions", mission).value(u"status").toString(), QStringLiteral("draft"));
    // Nobody to send yet; then the officer is assigned and the order issued.
    QCOMPARE(outcome(update(w->supervisor, "missions", mission, status("issued"))),
             QStringLiteral("no_assignee"));
    QCOMPARE(outcome(create(w->supervisor, "mission_assignees",
                            {{QStringLiteral("mission_id"), mission},
                             {QStringLiteral("user_id"), w->officerId}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->officer, "missions", mission, status("issued"))),
             QStringLiteral("role_may_not_act"));
    QCOMPARE(outcome(update(w->supervisor, "missions", mission, status("issued"))),
             QStringLiteral("ok"));
    m_clock.advance(3'600'000);
    const auto started = update(w->officer, "missions", mission, status("in_progress"));
    QCOMPARE(outcome(started), QStringLiteral("ok"));
    QCOMPARE(started->value(u"actual_start").toInteger(), m_clock.now().toMSecsSinceEpoch());
    const qint64 link =
        number(QStringLiteral("SELECT id FROM mission_cases WHERE mission_id = ? AND case_id = ?"),
               {mission, w->caseA});
    QCOMPARE(outcome(update(w->officer, "mission_cases", link,
                            {{QStringLiteral("outcome"), QStringLiteral("لامپ تعویض شد")}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->officer, "missions", mission,
                            {{QStringLiteral("report"), QStringLiteral("انجام شد")}})),
             QStringLiteral("ok"));
    m_clock.advance(3'600'000);
    const auto completed = update(w->officer, "missions", mission, status("completed"));
    QCOMPARE(outcome(completed), QStringLiteral("ok"));
    QCOMPARE(completed->value(u"actual_end").toInteger(), m_clock.now().toMSecsSinceEpoch());
    // The outcome is on the case now, as an internal note by the officer.
    const QString orderNumber = created->value(u"order_number").toString();
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE case_id = ? AND body = ? "
                                   "AND internal = 1 AND author_id = ?"),
                    {w->caseA, orderNumber + QStringLiteral(": لامپ تعویض شد"), w->officerId}),
             1);
    // Nobody is sent on an ended mission, no case linked to it.
    QCOMPARE(outcome(create(w->supervisor, "mission_assignees",
                            {{QStringLiteral("mission_id"), mission},
                             {QStringLiteral("user_id"), w->agentAId}})),
             QStringLiteral("mission_closed"));
    QCOMPARE(outcome(create(
                 w->supervisor, "mission_cases",
                 {{QStringLiteral("mission_id"), mission}, {QStringLiteral("case_id"), w->caseB}})),
             QStringLiteral("order_locked"));
    // The report is closed with the mission; a completed mission goes nowhere.
    QCOMPARE(outcome(update(w->officer, "missions", mission,
                            {{QStringLiteral("report"), QStringLiteral("x")}})),
             QStringLiteral("report_locked"));
    QCOMPARE(outcome(update(w->supervisor, "missions", mission, status("cancelled"))),
             QStringLiteral("transition_not_allowed"));
}

void TestMissionRules::budgetedMissionNeedsFinance()
{
    const auto created = create(w->supervisor, "missions",
                                {{QStringLiteral("purpose"), QStringLiteral("خرید تجهیزات")},
                                 {QStringLiteral("unit_id"), w->teamB},
                                 {QStringLiteral("budgeted"), true}});
    QVERIFY(created);
    const qint64 mission = created->value(u"id").toInteger();
    // Finance sees budgeted missions of every unit, so it can decide their step.
    QVERIFY(m_store->get(w->financier, entity("missions"), mission));
    QCOMPARE(outcome(update(w->supervisor, "missions", mission,
                            {{QStringLiteral("approval_status"), u"pending"_qs}})),
             QStringLiteral("ok"));
    const QList<QJsonObject> chain = steps("mission", mission);
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(1).value(u"approver_role").toString(), QStringLiteral("finance_approver"));
    // The supervisor requested it: their own step is someone else's (here, by delegation
    // to the administrator, who is no supervisor).
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", chain.at(0).value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("own_subject"));
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QVERIFY(w->insert("delegations", {{QStringLiteral("approver_id"), w->supervisorId},
                                      {QStringLiteral("delegate_id"), m_admin.userId.value()},
                                      {QStringLiteral("starts_at"), now - 1000},
                                      {QStringLiteral("ends_at"), now + 1000}}) > 0);
    // A right lent by the requester is still the requester's: refused too.
    QCOMPARE(outcome(update(m_admin, "approval_steps", chain.at(0).value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("not_approver"));
}

void TestMissionRules::missionRejectionTakeBackAndCancel()
{
    const auto created = create(w->officer, "missions",
                                {{QStringLiteral("purpose"), QStringLiteral("بازدید")},
                                 {QStringLiteral("unit_id"), w->teamA}});
    QVERIFY(created);
    const qint64 mission = created->value(u"id").toInteger();
    const QJsonObject submit{{QStringLiteral("approval_status"), u"pending"_qs}};
    QCOMPARE(outcome(update(w->officer, "missions", mission, submit)), QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps",
                            steps("mission", mission).first().value(u"id").toInteger(),
                            decision("rejected", QStringLiteral("مقصد نامشخص")))),
             QStringLiteral("ok"));
    QJsonObject read = row("missions", mission);
    QCOMPARE(read.value(u"status").toString(), QStringLiteral("draft"));
    QCOMPARE(read.value(u"approval_status").toString(), QStringLiteral("rejected"));
    // Back to draft with the reason: corrected and submitted again, a second chain.
    QCOMPARE(outcome(update(w->officer, "missions", mission,
                            {{QStringLiteral("destination_name"), QStringLiteral("پارک ملت")}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->officer, "missions", mission,
                            {{QStringLiteral("approval_status"), u"approved"_qs}})),
             QStringLiteral("decided_by_approvers"));
    QCOMPARE(outcome(update(w->officer, "missions", mission, submit)), QStringLiteral("ok"));
    QList<QJsonObject> chain = steps("mission", mission);
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(1).value(u"chain").toInteger(), 2);
    // Taken back while pending: a decision then finds it no longer waiting.
    QCOMPARE(outcome(update(w->officer, "missions", mission,
                            {{QStringLiteral("approval_status"), u"none"_qs}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", chain.at(1).value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("subject_not_waiting"));
    QCOMPARE(outcome(update(w->officer, "missions", mission, submit)), QStringLiteral("ok"));
    chain = steps("mission", mission);
    QCOMPARE(chain.size(), 3);
    // Cancelled while pending: the same.
    QCOMPARE(outcome(update(w->officer, "missions", mission, status("cancelled"))),
             QStringLiteral("ok"));
    const auto late = update(w->supervisor, "approval_steps", chain.at(2).value(u"id").toInteger(),
                             decision("approved"));
    QCOMPARE(outcome(late), QStringLiteral("subject_not_waiting"));
    QCOMPARE(late.error().refusalError, QStringLiteral("approval_no_longer_waiting"));
    QCOMPARE(late.error().refusalDetails.value(u"subject_status").toString(),
             QStringLiteral("cancelled"));
}

void TestMissionRules::missionRefusals()
{
    // Created only as drafts, in the requester's units.
    QCOMPARE(outcome(create(w->supervisor, "missions",
                            {{QStringLiteral("purpose"), QStringLiteral("x")},
                             {QStringLiteral("unit_id"), w->teamA},
                             {QStringLiteral("status"), u"issued"_qs}})),
             QStringLiteral("initial_status_not_allowed"));
    QCOMPARE(outcome(create(w->officer, "missions",
                            {{QStringLiteral("purpose"), QStringLiteral("x")},
                             {QStringLiteral("unit_id"), w->teamB}})),
             QStringLiteral("unit_not_visible"));
    // Nor moved to a unit they do not see; sending a value again is no change, even as
    // another JSON type.
    const auto mine = create(w->officer, "missions",
                             {{QStringLiteral("purpose"), QStringLiteral("x")},
                              {QStringLiteral("unit_id"), w->teamA},
                              {QStringLiteral("budgeted"), false}});
    QVERIFY(mine);
    const qint64 mineId = mine->value(u"id").toInteger();
    QCOMPARE(
        outcome(update(w->officer, "missions", mineId, {{QStringLiteral("unit_id"), w->teamB}})),
        QStringLiteral("unit_not_visible"));
    QCOMPARE(outcome(update(w->officer, "missions", mineId,
                            {{QStringLiteral("approval_status"), u"pending"_qs}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->officer, "missions", mineId,
                            {{QStringLiteral("budgeted"), false},
                             {QStringLiteral("unit_id"), w->teamA},
                             {QStringLiteral("purpose"), QStringLiteral("x")}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->officer, "missions", mineId, {{QStringLiteral("budgeted"), true}})),
             QStringLiteral("order_locked"));
    // TestWorld's mission (services, with the officer assigned, no approval rule run yet).
    QCOMPARE(outcome(update(w->supervisor, "missions", w->mission, status("in_progress"))),
             QStringLiteral("transition_not_allowed"));
    QCOMPARE(outcome(update(w->officer, "missions", w->mission,
                            {{QStringLiteral("approval_status"), u"pending"_qs}})),
             QStringLiteral("role_may_not_act"));
    QCOMPARE(outcome(update(w->supervisor, "missions", w->mission,
                            {{QStringLiteral("approval_status"), u"pending"_qs},
                             {QStringLiteral("status"), u"cancelled"_qs}})),
             QStringLiteral("one_step_at_a_time"));
    // The officer does not write the report before the order is issued.
    QCOMPARE(outcome(update(w->officer, "missions", w->mission,
                            {{QStringLiteral("report"), QStringLiteral("x")}})),
             QStringLiteral("report_locked"));
    QCOMPARE(outcome(remove(w->officer, "missions", w->mission)), QStringLiteral("order_locked"));
    QCOMPARE(outcome(remove(w->supervisor, "missions", w->mission)), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestMissionRules)
#include "tst_missionrules.moc"
