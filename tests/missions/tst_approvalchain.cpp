// Approval chains: routing from the approval rules by unit (with its ancestors) and
// amount, the budgeted mission's finance step, and who may decide a step now (the current
// step, its approver or their delegate, never on their own subject, with a reason when
// rejecting or returning).
#include "approvalchain.h"

#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Missions;
using Access::Role;

namespace {

constexpr qint64 root = 1, department = 2, team = 3, otherTeam = 4;
const QList<OrgUnitId> teamAncestry{OrgUnitId(team), OrgUnitId(department), OrgUnitId(root)};

ApprovalRule rule(qint64 id, ApprovalSubject subject, qint64 unit, qint64 minimum, int step,
                  Role role)
{
    ApprovalRule made;
    made.id = id;
    made.subject = subject;
    made.unit = OrgUnitId(unit);
    made.minAmount = Money::fromRials(minimum);
    made.step = step;
    made.approverRole = role;
    return made;
}

QString describe(const QList<PlannedStep> &chain)
{
    QStringList parts;
    for (const PlannedStep &step : chain)
        parts << QStringLiteral("%1:%2@%3")
                     .arg(step.step)
                     .arg(Access::roleCode(step.approverRole))
                     .arg(step.approverUnit.value());
    return parts.join(QLatin1Char(' '));
}

Access::Principal someone(qint64 id, QSet<Role> roles, QSet<qint64> visible = {team})
{
    Access::Principal principal;
    principal.userId = UserId(id);
    principal.roles = std::move(roles);
    for (qint64 u : visible)
        principal.visibleUnits.insert(OrgUnitId(u));
    return principal;
}

StepFacts step(qint64 id, int chain, int number, Role role, qint64 unit,
               Decision decision = Decision::Pending)
{
    StepFacts facts;
    facts.id = id;
    facts.chain = chain;
    facts.step = number;
    facts.approverRole = role;
    facts.approverUnit = OrgUnitId(unit);
    facts.decision = decision;
    return facts;
}

} // namespace

class TestApprovalChain : public QObject
{
    Q_OBJECT

private slots:
    void claimsByAmount();
    void nearestUnitWins();
    void otherUnitsRulesDoNotApply();
    void budgetedMissionsGetFinance();
    void noRuleNoChain();
    void rulesFromRows();
    void chainsAndCurrentStep();
    void decisions();
    void delegation();
};

void TestApprovalChain::claimsByAmount()
{
    const auto C = ApprovalSubject::ExpenseClaim;
    const QList<ApprovalRule> rules{rule(1, C, 0, 0, 1, Role::Supervisor),
                                    rule(2, C, 0, 0, 2, Role::FinanceApprover),
                                    rule(3, C, 0, 200'000'000, 3, Role::Administrator),
                                    rule(4, ApprovalSubject::Mission, 0, 0, 1, Role::Supervisor)};
    QCOMPARE(describe(routeApproval(rules, C, teamAncestry, Money::fromRials(199'999'999))),
             QStringLiteral("1:supervisor@3 2:finance_approver@0"));
    // The threshold itself is "from": 200,000,000 rials need the third step.
    QCOMPARE(describe(routeApproval(rules, C, teamAncestry, Money::fromRials(200'000'000))),
             QStringLiteral("1:supervisor@3 2:finance_approver@0 3:administrator@0"));
    QCOMPARE(describe(routeApproval(rules, C, teamAncestry, Money())),
             QStringLiteral("1:supervisor@3 2:finance_approver@0"));
}

void TestApprovalChain::nearestUnitWins()
{
    const auto C = ApprovalSubject::ExpenseClaim;
    // Any unit: a supervisor; the department says a senior agent (its own rule beats the
    // rule for any unit) and for large amounts finance at step 1 too (a higher minimum
    // is more specific at the same distance); the team's own rule beats both.
    QList<ApprovalRule> rules{rule(1, C, 0, 0, 1, Role::Supervisor),
                              rule(2, C, department, 0, 1, Role::SeniorAgent),
                              rule(3, C, department, 50'000'000, 1, Role::FinanceApprover)};
    QCOMPARE(describe(routeApproval(rules, C, teamAncestry, Money::fromRials(1'000))),
             QStringLiteral("1:senior_agent@3"));
    QCOMPARE(describe(routeApproval(rules, C, teamAncestry, Money::fromRials(60'000'000))),
             QStringLiteral("1:finance_approver@0"));
    rules << rule(4, C, team, 0, 1, Role::Supervisor);
    QCOMPARE(describe(routeApproval(rules, C, teamAncestry, Money::fromRials(60'000'000))),
             QStringLiteral("1:supervisor@3"));
    // Equal in every way: the lower id.
    rules << rule(0, C, team, 0, 1, Role::Agent);
    QCOMPARE(describe(routeApproval(rules, C, teamAncestry, Money::fromRials(1))),
             QStringLiteral("1:agent@3"));
}

void TestApprovalChain::otherUnitsRulesDoNotApply()
{
    const auto C = ApprovalSubject::ExpenseClaim;
    const QList<ApprovalRule> rules{rule(1, C, otherTeam, 0, 1, Role::Supervisor),
                                    rule(2, C, team, 0, 2, Role::FinanceApprover)};
    QCOMPARE(describe(routeApproval(rules, C, teamAncestry, Money::fromRials(5))),
             QStringLiteral("2:finance_approver@0"));
    // A unit above the subject's is the department's, not the team's: a department's
    // claim does not take the team's rule.
    QCOMPARE(describe(routeApproval(rules, C, {OrgUnitId(department), OrgUnitId(root)},
                                    Money::fromRials(5))),
             QString());
}

void TestApprovalChain::budgetedMissionsGetFinance()
{
    const auto M = ApprovalSubject::Mission;
    const QList<ApprovalRule> rules{
        rule(1, M, 0, 0, 1, Role::Supervisor), rule(2, M, 0, 1, 2, Role::FinanceApprover),
        rule(3, ApprovalSubject::ExpenseClaim, 0, 0, 3, Role::Administrator)};
    QCOMPARE(describe(routeApproval(rules, M, teamAncestry, missionRoutingAmount(false))),
             QStringLiteral("1:supervisor@3"));
    QCOMPARE(describe(routeApproval(rules, M, teamAncestry, missionRoutingAmount(true))),
             QStringLiteral("1:supervisor@3 2:finance_approver@0"));
}

void TestApprovalChain::noRuleNoChain()
{
    QVERIFY(routeApproval({}, ApprovalSubject::Mission, teamAncestry, Money()).isEmpty());
    QVERIFY(routeApproval({rule(1, ApprovalSubject::ExpenseClaim, 0, 1'000, 1, Role::Supervisor)},
                          ApprovalSubject::ExpenseClaim, teamAncestry, Money::fromRials(999))
                .isEmpty());
}

void TestApprovalChain::rulesFromRows()
{
    const auto read = ApprovalRule::fromRow({{QStringLiteral("id"), 9},
                                             {QStringLiteral("subject_type"), u"mission"_qs},
                                             {QStringLiteral("unit_id"), QJsonValue()},
                                             {QStringLiteral("min_amount_rials"), 5},
                                             {QStringLiteral("step"), 2},
                                             {QStringLiteral("approver_role"), u"supervisor"_qs}});
    QVERIFY(read);
    QCOMPARE(read->subject, ApprovalSubject::Mission);
    QVERIFY(!read->unit.isValid());
    QCOMPARE(read->minAmount, Money::fromRials(5));
    QCOMPARE(read->step, 2);
    // A role or subject this build does not know makes no rule (rather than a wrong one).
    QVERIFY(!ApprovalRule::fromRow({{QStringLiteral("subject_type"), u"mission"_qs},
                                    {QStringLiteral("approver_role"), u"mayor"_qs}}));
    QVERIFY(!ApprovalRule::fromRow({{QStringLiteral("subject_type"), u"knowledge_article"_qs},
                                    {QStringLiteral("approver_role"), u"supervisor"_qs}}));
}

void TestApprovalChain::chainsAndCurrentStep()
{
    // Chain 1 was returned at step 1 (step 2 never reached); chain 2 is under way.
    QList<StepFacts> steps{step(1, 1, 1, Role::Supervisor, team, Decision::Returned),
                           step(2, 1, 2, Role::FinanceApprover, 0),
                           step(3, 2, 1, Role::Supervisor, team, Decision::Approved),
                           step(4, 2, 2, Role::FinanceApprover, 0)};
    QCOMPARE(latestChain(steps).size(), 2);
    QCOMPARE(currentStep(steps)->id, 4);
    QCOMPARE(chainOutcome(latestChain(steps)), ChainOutcome::Pending);
    steps[3].decision = Decision::Approved;
    QCOMPARE(chainOutcome(latestChain(steps)), ChainOutcome::Approved);
    QVERIFY(!currentStep(steps));
    // The earlier chain alone: returned, and its unreached step is not current.
    const QList<StepFacts> first = steps.mid(0, 2);
    QCOMPARE(chainOutcome(first), ChainOutcome::Returned);
    QVERIFY(!currentStep(first));
    QCOMPARE(chainOutcome({}), ChainOutcome::Empty);

    // Who waits for a decision (an inbox shows a pending step only then).
    const auto row = [](const char *status, const char *approval = "") {
        return QJsonObject{{QStringLiteral("status"), QString::fromLatin1(status)},
                           {QStringLiteral("approval_status"), QString::fromLatin1(approval)}};
    };
    QVERIFY(subjectWaits(ApprovalSubject::ExpenseClaim, row("submitted")));
    for (const char *status : {"draft", "approved", "rejected", "returned", "withdrawn", "paid"})
        QVERIFY2(!subjectWaits(ApprovalSubject::ExpenseClaim, row(status)), status);
    QVERIFY(subjectWaits(ApprovalSubject::Mission, row("draft", "pending")));
    QVERIFY(!subjectWaits(ApprovalSubject::Mission, row("draft", "none")));
    QVERIFY(!subjectWaits(ApprovalSubject::Mission, row("draft", "approved")));
    QVERIFY(!subjectWaits(ApprovalSubject::Mission, row("cancelled", "pending")));
    QCOMPARE(chainOutcome({step(5, 1, 1, Role::Supervisor, team, Decision::Rejected)}),
             ChainOutcome::Rejected);
}

void TestApprovalChain::decisions()
{
    const Access::Principal supervisor = someone(10, {Role::Supervisor}, {department, team});
    const Access::Principal otherSupervisor = someone(11, {Role::Supervisor}, {otherTeam});
    const Access::Principal finance = someone(12, {Role::FinanceApprover}, {root});
    const Access::Principal admin = someone(13, {Role::Administrator}, {root, department, team});
    const QList<StepFacts> steps{step(1, 1, 1, Role::Supervisor, team),
                                 step(2, 1, 2, Role::FinanceApprover, 0)};
    const QList<Access::Principal> none;
    const auto check = [&](const Access::Principal &actor, int index, std::optional<Decision> what,
                           const QString &reason = {}, bool waiting = true,
                           qint64 owner = 99) -> QString {
        const auto result = checkDecision(
            {actor, none, steps.at(index), steps, waiting, UserId(owner), what, reason});
        return result ? QStringLiteral("ok") : refusalCode(result.error());
    };
    QCOMPARE(check(supervisor, 0, Decision::Approved), QStringLiteral("ok"));
    QCOMPARE(check(otherSupervisor, 0, Decision::Approved), QStringLiteral("not_approver"));
    // Administrators do not stand in for other roles.
    QCOMPARE(check(admin, 0, Decision::Approved), QStringLiteral("not_approver"));
    QCOMPARE(check(finance, 1, Decision::Approved), QStringLiteral("not_current_step"));
    QCOMPARE(check(supervisor, 0, Decision::Rejected), QStringLiteral("reason_required"));
    QCOMPARE(check(supervisor, 0, Decision::Returned, u"  "_qs), QStringLiteral("reason_required"));
    QCOMPARE(check(supervisor, 0, Decision::Returned, u"no receipt"_qs), QStringLiteral("ok"));
    QCOMPARE(check(supervisor, 0, Decision::Pending), QStringLiteral("decision_required"));
    QCOMPARE(check(supervisor, 0, std::nullopt), QStringLiteral("decision_required"));
    QCOMPARE(check(supervisor, 0, Decision::Approved, {}, false),
             QStringLiteral("subject_not_waiting"));
    QCOMPARE(check(supervisor, 0, Decision::Approved, {}, true, 10), QStringLiteral("own_subject"));
    // The subject's state is checked first: a withdrawn claim says so whoever asks.
    QCOMPARE(check(otherSupervisor, 1, Decision::Approved, {}, false),
             QStringLiteral("subject_not_waiting"));

    QList<StepFacts> decided = steps;
    decided[0].decision = Decision::Approved;
    const auto second = checkDecision(
        {finance, none, decided.at(1), decided, true, UserId(99), Decision::Approved, {}});
    QVERIFY(second);
    QVERIFY(!second->onBehalfOf.isValid());
    const auto again = checkDecision(
        {supervisor, none, decided.at(0), decided, true, UserId(99), Decision::Approved, {}});
    QCOMPARE(again.error(), DecisionRefusal::StepNotPending);
}

void TestApprovalChain::delegation()
{
    const Access::Principal finance = someone(12, {Role::FinanceApprover}, {root});
    const Access::Principal deputy = someone(20, {Role::Agent}, {team});
    QList<StepFacts> steps{step(1, 1, 1, Role::Supervisor, team, Decision::Approved),
                           step(2, 1, 2, Role::FinanceApprover, 0)};
    const QList<Access::Principal> delegators{finance};
    const auto result = checkDecision(
        {deputy, delegators, steps.at(1), steps, true, UserId(99), Decision::Approved, {}});
    QVERIFY(result);
    QCOMPARE(result->onBehalfOf, UserId(12));
    // Without the delegation the deputy is nobody here.
    const QList<Access::Principal> none;
    QCOMPARE(
        checkDecision({deputy, none, steps.at(1), steps, true, UserId(99), Decision::Approved, {}})
            .error(),
        DecisionRefusal::NotApprover);
    // A delegation lends no right over the approver's own claim, and the deputy decides
    // nothing of their own.
    QCOMPARE(checkDecision(
                 {deputy, delegators, steps.at(1), steps, true, UserId(12), Decision::Approved, {}})
                 .error(),
             DecisionRefusal::NotApprover);
    QCOMPARE(checkDecision(
                 {deputy, delegators, steps.at(1), steps, true, UserId(20), Decision::Approved, {}})
                 .error(),
             DecisionRefusal::OwnSubject);

    const Delegation leave{UserId(12), UserId(20), QDateTime(QDate(2026, 11, 1), QTime(0, 0)),
                           QDateTime(QDate(2026, 11, 8), QTime(0, 0))};
    QVERIFY(!leave.isActive(QDateTime(QDate(2026, 10, 31), QTime(23, 59))));
    QVERIFY(leave.isActive(QDateTime(QDate(2026, 11, 1), QTime(0, 0))));
    QVERIFY(!leave.isActive(QDateTime(QDate(2026, 11, 8), QTime(0, 0))));
}

QTEST_GUILESS_MAIN(TestApprovalChain)
#include "tst_approvalchain.moc"
