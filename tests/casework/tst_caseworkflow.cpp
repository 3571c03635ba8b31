// The case workflow: every action from every status, who may do it, and what it changes.
#include "caseworkflow.h"
#include "testenvironment.h"
#include "vocabulary.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Shahrvand;
using namespace Shahrvand::CaseWork;
using Access::Role;

Q_DECLARE_METATYPE(Shahrvand::CaseWork::CaseStatus)
Q_DECLARE_METATYPE(Shahrvand::CaseWork::CaseActionKind)
Q_DECLARE_METATYPE(std::optional<Shahrvand::CaseWork::WorkflowErrorCode>)
Q_DECLARE_METATYPE(Shahrvand::CaseWork::CaseState)
Q_DECLARE_METATYPE(Shahrvand::CaseWork::CaseAction)
Q_DECLARE_METATYPE(Shahrvand::CaseWork::Actor)

namespace {

const QDateTime created(QDate(2026, 1, 10), QTime(6, 0), QTimeZone::utc());
const QDateTime now = created.addDays(3);

const UserId agentId(11);
const UserId otherAgentId(12);
const UserId seniorId(21);
const UserId supervisorId(31);
const OrgUnitId helpDesk(100);
const OrgUnitId specialists(200);

const Actor agent = Actor::person(agentId, {Role::Agent});
const Actor otherAgent = Actor::person(otherAgentId, {Role::Agent});
const Actor senior = Actor::person(seniorId, {Role::SeniorAgent});
const Actor supervisor = Actor::person(supervisorId, {Role::Supervisor});
const Actor administrator = Actor::person(UserId(41), {Role::Administrator});
const Actor fieldOfficer = Actor::person(UserId(51), {Role::FieldOfficer});
const Actor knowledgeAuthor = Actor::person(UserId(52), {Role::KnowledgeAuthor});
const Actor financeApprover = Actor::person(UserId(53), {Role::FinanceApprover});
const Actor systemActor = Actor::systemActor();

// A case in `status` as it would look there, owned by the agent where it has an owner.
CaseState caseIn(CaseStatus status, int tier = helpDeskTier)
{
    CaseState state = initialCaseState(created, helpDesk);
    state.status = status;
    state.tier = tier;
    if (status != CaseStatus::New && status != CaseStatus::Escalated)
        state.owner = agentId;
    if (status != CaseStatus::New && status != CaseStatus::Assigned &&
        status != CaseStatus::Escalated)
        state.firstRespondedAt = created.addSecs(600);
    if (status == CaseStatus::WaitingCitizen)
        state.slaPausedAt = now.addSecs(-3600);
    if (status == CaseStatus::Resolved || status == CaseStatus::Closed) {
        state.resolvedAt = now.addDays(-2);
        state.resolution = QStringLiteral("Fixed the street light");
    }
    if (status == CaseStatus::Closed)
        state.closedAt = now.addDays(-1);
    return state;
}

// A well-formed action of each kind.
CaseAction actionOf(CaseActionKind kind, UserId owner = otherAgentId)
{
    switch (kind) {
    case CaseActionKind::Assign:
        return CaseAction::assign(owner);
    case CaseActionKind::Start:
        return CaseAction::start();
    case CaseActionKind::WaitForCitizen:
        return CaseAction::waitForCitizen(QStringLiteral("Need the plate number"));
    case CaseActionKind::CitizenReplied:
        return CaseAction::citizenReplied();
    case CaseActionKind::Escalate:
        return CaseAction::escalate(QStringLiteral("Needs a specialist"));
    case CaseActionKind::Resolve:
        return CaseAction::resolve(QStringLiteral("Replaced the lamp"));
    case CaseActionKind::Reopen:
        return CaseAction::reopen(QStringLiteral("Lamp still off"));
    case CaseActionKind::Close:
        return CaseAction::close();
    }
    Q_UNREACHABLE();
}

std::optional<WorkflowErrorCode> outcome(const CaseState &state, const CaseAction &action,
                                         const Actor &actor, const QDateTime &when = now)
{
    const auto result = CaseWorkflow().apply(state, action, actor, when);
    if (result)
        return std::nullopt;
    return result.error().code;
}

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::isolateUserFolders(); }

    void statusCodesAreTheVocabulary();
    void actionCodesRoundTrip();
    void everyActionFromEveryStatus_data();
    void everyActionFromEveryStatus();
    void roles_data();
    void roles();
    void parametersAreChecked();
    void lifeOfACase();
    void escalatesOneTierAtATimeUpToEngineering();
    void escalatingWhileWaitingEndsThePause();
    void reopenWindow();
    void firstResponseIsTheFirstPersonalAct();
    void allowedActionsForButtons();
    void errorsAreDescribedDistinctly();
};

void TestCaseWorkflow::statusCodesAreTheVocabulary()
{
    QStringList codes;
    for (CaseStatus status : allCaseStatuses()) {
        codes << caseStatusCode(status);
        QCOMPARE(caseStatusFromCode(caseStatusCode(status)), status);
        QVERIFY(!caseStatusDisplayName(status).isEmpty());
    }
    QCOMPARE(codes, Entities::Vocabulary::caseStatuses);
    QVERIFY(!caseStatusFromCode(u"open"));
    QCOMPARE(tierDisplayName(4), QString());
}

void TestCaseWorkflow::actionCodesRoundTrip()
{
    QSet<QString> codes;
    for (CaseActionKind kind : allCaseActions()) {
        codes.insert(caseActionCode(kind));
        QCOMPARE(caseActionFromCode(caseActionCode(kind)), kind);
    }
    QCOMPARE(codes.size(), 8);
    QVERIFY(!caseActionFromCode(u"delete"));

    Access::Principal principal;
    principal.userId = UserId(8);
    principal.roles = {Role::SeniorAgent, Role::KnowledgeAuthor};
    const Actor actor = Actor::fromPrincipal(principal);
    QCOMPARE(actor.user, UserId(8));
    QCOMPARE(actor.roles, principal.roles);
    QVERIFY(!actor.system);
    QVERIFY(Actor::systemActor().system);
}

void TestCaseWorkflow::everyActionFromEveryStatus_data()
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<CaseActionKind>("action");
    QTest::addColumn<bool>("allowed");

    using S = CaseStatus;
    using A = CaseActionKind;
    // The transition table, written out on its own so the code is checked against it.
    const QHash<A, QSet<S>> table{
        {A::Assign, {S::New, S::Assigned, S::InProgress, S::Escalated}},
        {A::Start, {S::Assigned}},
        {A::WaitForCitizen, {S::InProgress}},
        {A::CitizenReplied, {S::WaitingCitizen}},
        {A::Escalate, {S::New, S::Assigned, S::InProgress, S::WaitingCitizen, S::Escalated}},
        {A::Resolve, {S::InProgress, S::WaitingCitizen}},
        {A::Reopen, {S::Resolved, S::Closed}},
        {A::Close, {S::Resolved}},
    };
    for (CaseActionKind action : allCaseActions()) {
        for (CaseStatus status : allCaseStatuses()) {
            QTest::addRow("%s from %s", qPrintable(caseActionCode(action)),
                          qPrintable(caseStatusCode(status)))
                << status << action << table.value(action).contains(status);
        }
    }
}

void TestCaseWorkflow::everyActionFromEveryStatus()
{
    QFETCH(CaseStatus, status);
    QFETCH(CaseActionKind, action);
    QFETCH(bool, allowed);

    // A supervisor may do anything the status allows.
    const auto error = outcome(caseIn(status), actionOf(action), supervisor);
    if (allowed) {
        QCOMPARE(error, std::nullopt);
    } else {
        QCOMPARE(error, WorkflowErrorCode::NotAllowedInStatus);
    }
    QCOMPARE(CaseWorkflow::sourceStatuses(action).contains(status), allowed);

    const auto result = CaseWorkflow().apply(caseIn(status), actionOf(action), supervisor, now);
    if (result) {
        QCOMPARE(result->history.from, status);
        QCOMPARE(result->history.to, result->state.status);
        QCOMPARE(result->history.changedAt, now);
        QCOMPARE(result->history.changedBy, supervisorId);
    } else {
        QCOMPARE(result.error().action, action);
        QCOMPARE(result.error().status, status);
    }
}

void TestCaseWorkflow::roles_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<std::optional<WorkflowErrorCode>>("expected");

    using S = CaseStatus;
    using A = CaseActionKind;
    using E = WorkflowErrorCode;
    const std::optional<E> ok;
    const auto row = [](const char *name, const CaseState &state, const CaseAction &action,
                        const Actor &actor, std::optional<E> expected) {
        QTest::newRow(name) << state << action << actor << expected;
    };

    // Roles outside the front office may do nothing to a case.
    for (const Actor &outsider : {fieldOfficer, knowledgeAuthor, financeApprover}) {
        for (CaseActionKind kind : allCaseActions()) {
            const CaseState state = caseIn(CaseWorkflow::sourceStatuses(kind).constFirst());
            QTest::addRow("%s by %s", qPrintable(caseActionCode(kind)),
                          qPrintable(Access::roleCode(*outsider.roles.cbegin())))
                << state << actionOf(kind, outsider.user) << outsider
                << std::optional<E>(E::RoleMayNotAct);
        }
    }

    row("agent takes a new case", caseIn(S::New), CaseAction::assign(agentId), agent, ok);
    row("agent takes another's case", caseIn(S::InProgress), CaseAction::assign(otherAgentId),
        otherAgent, E::NotTheOwner);
    row("agent takes their own case again", caseIn(S::InProgress), CaseAction::assign(agentId),
        agent, E::SameOwner);
    row("agent hands a case to another", caseIn(S::New), CaseAction::assign(otherAgentId), agent,
        E::MayOnlyAssignSelf);
    row("agent takes a tier-2 case", caseIn(S::Escalated, specialistTier),
        CaseAction::assign(agentId), agent, E::TierAboveActor);
    row("senior agent takes a tier-2 case", caseIn(S::Escalated, specialistTier),
        CaseAction::assign(seniorId), senior, ok);
    row("senior agent takes an engineering case", caseIn(S::Escalated, engineeringTier),
        CaseAction::assign(seniorId), senior, E::TierAboveActor);
    row("supervisor assigns an engineering case", caseIn(S::Escalated, engineeringTier),
        CaseAction::assign(seniorId), supervisor, ok);
    row("administrator assigns", caseIn(S::New), CaseAction::assign(otherAgentId), administrator,
        ok);
    row("system assigns (routing)", caseIn(S::New), CaseAction::assign(otherAgentId), systemActor,
        ok);

    row("owner starts", caseIn(S::Assigned), CaseAction::start(), agent, ok);
    row("another agent starts", caseIn(S::Assigned), CaseAction::start(), otherAgent,
        E::NotTheOwner);
    row("supervisor starts", caseIn(S::Assigned), CaseAction::start(), supervisor, ok);
    row("system starts", caseIn(S::Assigned), CaseAction::start(), systemActor, E::RoleMayNotAct);

    row("owner waits for citizen", caseIn(S::InProgress), actionOf(A::WaitForCitizen), agent, ok);
    row("another agent waits", caseIn(S::InProgress), actionOf(A::WaitForCitizen), otherAgent,
        E::NotTheOwner);
    row("system waits", caseIn(S::InProgress), actionOf(A::WaitForCitizen), systemActor,
        E::RoleMayNotAct);

    row("any agent records a reply", caseIn(S::WaitingCitizen), CaseAction::citizenReplied(),
        otherAgent, ok);
    row("portal records a reply", caseIn(S::WaitingCitizen), CaseAction::citizenReplied(),
        systemActor, ok);

    row("owner escalates", caseIn(S::InProgress), actionOf(A::Escalate), agent, ok);
    row("agent escalates an unowned case", caseIn(S::New), actionOf(A::Escalate), otherAgent, ok);
    row("another agent escalates", caseIn(S::InProgress), actionOf(A::Escalate), otherAgent,
        E::NotTheOwner);
    row("agent escalates a tier-2 case", caseIn(S::Escalated, specialistTier),
        actionOf(A::Escalate), agent, E::TierAboveActor);
    row("senior agent escalates a tier-2 case", caseIn(S::Escalated, specialistTier),
        actionOf(A::Escalate), senior, ok);
    row("SLA timer escalates", caseIn(S::InProgress), actionOf(A::Escalate), systemActor, ok);
    row("nobody escalates past engineering", caseIn(S::InProgress, engineeringTier),
        actionOf(A::Escalate), administrator, E::AlreadyAtTopTier);

    row("owner resolves", caseIn(S::InProgress), actionOf(A::Resolve), agent, ok);
    row("another agent resolves", caseIn(S::InProgress), actionOf(A::Resolve), otherAgent,
        E::NotTheOwner);
    row("supervisor resolves", caseIn(S::WaitingCitizen), actionOf(A::Resolve), supervisor, ok);
    row("system resolves", caseIn(S::InProgress), actionOf(A::Resolve), systemActor,
        E::RoleMayNotAct);

    row("any agent reopens a resolved case", caseIn(S::Resolved), actionOf(A::Reopen), otherAgent,
        ok);
    row("agent reopens a closed case", caseIn(S::Closed), actionOf(A::Reopen), agent,
        E::RoleMayNotAct);
    row("supervisor reopens a closed case", caseIn(S::Closed), actionOf(A::Reopen), supervisor, ok);
    row("system reopens", caseIn(S::Resolved), actionOf(A::Reopen), systemActor, E::RoleMayNotAct);

    row("owner closes", caseIn(S::Resolved), CaseAction::close(), agent, ok);
    row("another agent closes", caseIn(S::Resolved), CaseAction::close(), otherAgent,
        E::NotTheOwner);
    row("system closes (auto-close)", caseIn(S::Resolved), CaseAction::close(), systemActor, ok);
    row("administrator closes", caseIn(S::Resolved), CaseAction::close(), administrator, ok);
}

void TestCaseWorkflow::roles()
{
    QFETCH(CaseState, state);
    QFETCH(CaseAction, action);
    QFETCH(Actor, actor);
    QFETCH(std::optional<WorkflowErrorCode>, expected);
    QCOMPARE(outcome(state, action, actor), expected);
    // check() agrees with apply() on everything but the action's own parameters.
    const auto checked = CaseWorkflow().check(state, action.kind, actor, now);
    if (!expected || *expected != WorkflowErrorCode::MayOnlyAssignSelf)
        QCOMPARE(checked ? std::optional(checked->code) : std::nullopt, expected);
}

void TestCaseWorkflow::parametersAreChecked()
{
    using E = WorkflowErrorCode;
    QCOMPARE(outcome(caseIn(CaseStatus::New), CaseAction::assign(UserId()), supervisor),
             E::OwnerRequired);
    QCOMPARE(outcome(caseIn(CaseStatus::Assigned), CaseAction::assign(agentId), supervisor),
             E::SameOwner);
    // The same owner in another team is a real change.
    QCOMPARE(
        outcome(caseIn(CaseStatus::Assigned), CaseAction::assign(agentId, specialists), supervisor),
        std::nullopt);
    QCOMPARE(outcome(caseIn(CaseStatus::InProgress), CaseAction::escalate(QStringLiteral(" \n ")),
                     agent),
             E::ReasonRequired);
    QCOMPARE(outcome(caseIn(CaseStatus::Resolved), CaseAction::reopen({}), agent),
             E::ReasonRequired);
    QCOMPARE(
        outcome(caseIn(CaseStatus::InProgress), CaseAction::resolve(QStringLiteral("  ")), agent),
        E::ResolutionRequired);
    // Waiting for the citizen needs no reason.
    QCOMPARE(outcome(caseIn(CaseStatus::InProgress), CaseAction::waitForCitizen(), agent),
             std::nullopt);
}

void TestCaseWorkflow::lifeOfACase()
{
    const CaseWorkflow workflow;
    CaseState state = initialCaseState(created, helpDesk);
    QCOMPARE(state.status, CaseStatus::New);
    QCOMPARE(initialCaseState(created, helpDesk, agentId).status, CaseStatus::Assigned);
    QDateTime t = created;

    const auto step = [&](const CaseAction &action, const Actor &actor, qint64 afterSeconds) {
        t = t.addSecs(afterSeconds);
        auto result = workflow.apply(state, action, actor, t);
        if (!result)
            qFatal("refused: %s", qPrintable(describe(result.error())));
        state = result->state;
        return std::move(result).value();
    };

    auto result = step(CaseAction::assign(agentId), supervisor, 300);
    QCOMPARE(state.status, CaseStatus::Assigned);
    QCOMPARE(state.owner, agentId);
    QCOMPARE(result.changedFields, (QList<CaseField>{CaseField::Status, CaseField::OwnerId}));
    QVERIFY(!state.firstRespondedAt.isValid()); // assigning is not a response

    result = step(CaseAction::start(), agent, 600);
    QCOMPARE(state.status, CaseStatus::InProgress);
    QCOMPARE(state.firstRespondedAt, t);
    QCOMPARE(result.changedFields,
             (QList<CaseField>{CaseField::Status, CaseField::FirstRespondedAt}));
    const QDateTime firstResponse = t;

    result = step(CaseAction::waitForCitizen(QStringLiteral("Which alley?")), agent, 1200);
    QCOMPARE(state.status, CaseStatus::WaitingCitizen);
    QCOMPARE(state.slaPausedAt, t);
    QCOMPARE(result.pauseChange, SlaPauseChange::Started);
    QCOMPARE(result.history.reason, QStringLiteral("Which alley?"));
    const QDateTime pausedAt = t;

    result = step(CaseAction::citizenReplied(), systemActor, 7200);
    QCOMPARE(state.status, CaseStatus::InProgress);
    QVERIFY(!state.slaPausedAt.isValid());
    QCOMPARE(state.slaPausedMs, 7200 * 1000);
    QCOMPARE(result.pauseChange, SlaPauseChange::Stopped);
    QCOMPARE(result.endedPause, (PauseInterval{pausedAt, t}));
    QCOMPARE(result.changedFields,
             (QList<CaseField>{CaseField::Status, CaseField::SlaPausedAt, CaseField::SlaPausedMs}));

    result = step(CaseAction::escalate(QStringLiteral("Needs the lighting team"), specialists),
                  agent, 60);
    QCOMPARE(state.status, CaseStatus::Escalated);
    QCOMPARE(state.tier, specialistTier);
    QCOMPARE(state.owner, UserId());
    QCOMPARE(state.team, specialists);
    QCOMPARE(result.history.tier, specialistTier);
    QCOMPARE(result.history.team, specialists);
    QCOMPARE(result.history.reason, QStringLiteral("Needs the lighting team"));

    step(CaseAction::assign(seniorId), senior, 60);
    step(CaseAction::start(), senior, 60);
    QCOMPARE(state.firstRespondedAt, firstResponse);

    result = step(CaseAction::resolve(QStringLiteral(" Lamp replaced "), ArticleId(7)), senior, 60);
    QCOMPARE(state.status, CaseStatus::Resolved);
    QCOMPARE(state.resolvedAt, t);
    QCOMPARE(state.resolution, QStringLiteral("Lamp replaced"));
    QCOMPARE(state.resolutionArticle, ArticleId(7));
    QCOMPARE(result.changedFields,
             (QList<CaseField>{CaseField::Status, CaseField::ResolvedAt, CaseField::Resolution,
                               CaseField::ResolutionArticleId}));

    result = step(CaseAction::close(), systemActor, 86400 * 3);
    QCOMPARE(state.status, CaseStatus::Closed);
    QCOMPARE(state.closedAt, t);
    QCOMPARE(result.history.changedBy, UserId());

    result = step(CaseAction::reopen(QStringLiteral("Dark again")), supervisor, 86400);
    QCOMPARE(state.status, CaseStatus::Assigned); // back to its owner
    QCOMPARE(state.owner, seniorId);
    QVERIFY(!state.resolvedAt.isValid());
    QVERIFY(!state.closedAt.isValid());
    QVERIFY(state.resolution.isEmpty());
    QCOMPARE(state.resolutionArticle, ArticleId());
    QCOMPARE(state.firstRespondedAt, firstResponse); // the clocks are not reset
    QCOMPARE(state.createdAt, created);
}

void TestCaseWorkflow::escalatesOneTierAtATimeUpToEngineering()
{
    CaseState state = caseIn(CaseStatus::InProgress);
    const CaseWorkflow workflow;
    for (int expectedTier : {specialistTier, engineeringTier}) {
        const auto result =
            workflow.apply(state, actionOf(CaseActionKind::Escalate), supervisor, now);
        QVERIFY(result);
        QCOMPARE(result->state.tier, expectedTier);
        QCOMPARE(result->state.status, CaseStatus::Escalated);
        state = result->state;
    }
    CaseState noTier = caseIn(CaseStatus::InProgress);
    noTier.tier = 0;
    QCOMPARE(
        workflow.apply(noTier, actionOf(CaseActionKind::Escalate), supervisor, now)->state.tier,
        specialistTier);
    const auto refused = workflow.apply(state, actionOf(CaseActionKind::Escalate), supervisor, now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, WorkflowErrorCode::AlreadyAtTopTier);
    QVERIFY(!describe(refused.error()).isEmpty());
}

void TestCaseWorkflow::escalatingWhileWaitingEndsThePause()
{
    const CaseState waiting = caseIn(CaseStatus::WaitingCitizen);
    const auto result =
        CaseWorkflow().apply(waiting, actionOf(CaseActionKind::Escalate), systemActor, now);
    QVERIFY(result);
    QCOMPARE(result->pauseChange, SlaPauseChange::Stopped);
    QCOMPARE(result->state.slaPausedMs, 3600 * 1000);
    QVERIFY(!result->state.slaPausedAt.isValid());

    const auto resolved =
        CaseWorkflow().apply(waiting, actionOf(CaseActionKind::Resolve), agent, now);
    QVERIFY(resolved);
    QCOMPARE(resolved->endedPause, (PauseInterval{waiting.slaPausedAt, now}));
}

void TestCaseWorkflow::reopenWindow()
{
    CaseState closed = caseIn(CaseStatus::Closed);
    closed.closedAt = now.addDays(-14);
    QCOMPARE(outcome(closed, actionOf(CaseActionKind::Reopen), supervisor), std::nullopt);
    closed.closedAt = now.addDays(-14).addSecs(-1);
    QCOMPARE(outcome(closed, actionOf(CaseActionKind::Reopen), supervisor),
             WorkflowErrorCode::ReopenWindowPassed);
    // A longer window is a policy decision.
    const auto longer = CaseWorkflow(WorkflowPolicy{30})
                            .apply(closed, actionOf(CaseActionKind::Reopen), supervisor, now);
    QVERIFY(longer);
    QCOMPARE(longer->state.status, CaseStatus::Assigned);

    // A resolved case is not finished: reopening has no time limit.
    CaseState resolved = caseIn(CaseStatus::Resolved);
    resolved.resolvedAt = now.addDays(-400);
    QCOMPARE(outcome(resolved, actionOf(CaseActionKind::Reopen), agent), std::nullopt);
    // Reopened without an owner, the case goes back to the queue.
    resolved.owner = UserId();
    const auto unowned =
        CaseWorkflow().apply(resolved, actionOf(CaseActionKind::Reopen), supervisor, now);
    QVERIFY(unowned);
    QCOMPARE(unowned->state.status, CaseStatus::New);
}

void TestCaseWorkflow::firstResponseIsTheFirstPersonalAct()
{
    // The SLA timer escalating is not a response; the agent escalating is.
    const CaseState fresh = caseIn(CaseStatus::New);
    const auto bySystem =
        CaseWorkflow().apply(fresh, actionOf(CaseActionKind::Escalate), systemActor, now);
    QVERIFY(bySystem);
    QVERIFY(!bySystem->state.firstRespondedAt.isValid());
    const auto byAgent =
        CaseWorkflow().apply(fresh, actionOf(CaseActionKind::Escalate), agent, now);
    QVERIFY(byAgent);
    QCOMPARE(byAgent->state.firstRespondedAt, now);
    QVERIFY(byAgent->changedFields.contains(CaseField::FirstRespondedAt));
}

void TestCaseWorkflow::allowedActionsForButtons()
{
    const CaseWorkflow workflow;
    QVERIFY(workflow.allowedActions(caseIn(CaseStatus::InProgress), fieldOfficer, now).isEmpty());
    QCOMPARE(workflow.allowedActions(caseIn(CaseStatus::Resolved), supervisor, now),
             (QList<CaseActionKind>{CaseActionKind::Reopen, CaseActionKind::Close}));
    QVERIFY(workflow.allowedActions(caseIn(CaseStatus::InProgress), otherAgent, now).isEmpty());
    QCOMPARE(workflow.allowedActions(caseIn(CaseStatus::InProgress), agent, now),
             (QList<CaseActionKind>{CaseActionKind::WaitForCitizen, CaseActionKind::Escalate,
                                    CaseActionKind::Resolve}));
    QCOMPARE(workflow.allowedActions(caseIn(CaseStatus::New), otherAgent, now),
             (QList<CaseActionKind>{CaseActionKind::Assign, CaseActionKind::Escalate}));
    QCOMPARE(workflow.allowedActions(caseIn(CaseStatus::InProgress), supervisor, now),
             (QList<CaseActionKind>{CaseActionKind::Assign, CaseActionKind::WaitForCitizen,
                                    CaseActionKind::Escalate, CaseActionKind::Resolve}));
}

void TestCaseWorkflow::errorsAreDescribedDistinctly()
{
    QSet<QString> texts;
    const QList<WorkflowErrorCode> codes{
        WorkflowErrorCode::NotAllowedInStatus, WorkflowErrorCode::RoleMayNotAct,
        WorkflowErrorCode::NotTheOwner,        WorkflowErrorCode::TierAboveActor,
        WorkflowErrorCode::MayOnlyAssignSelf,  WorkflowErrorCode::OwnerRequired,
        WorkflowErrorCode::SameOwner,          WorkflowErrorCode::ReasonRequired,
        WorkflowErrorCode::ResolutionRequired, WorkflowErrorCode::AlreadyAtTopTier,
        WorkflowErrorCode::ReopenWindowPassed};
    for (WorkflowErrorCode code : codes) {
        const QString text =
            describe(WorkflowError{code, CaseActionKind::Escalate, CaseStatus::Closed});
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(u'%'), qPrintable(text));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), codes.size());
    for (CaseField field : {CaseField::Status, CaseField::OwnerId, CaseField::TeamId,
                            CaseField::Tier, CaseField::FirstRespondedAt, CaseField::SlaPausedAt,
                            CaseField::SlaPausedMs, CaseField::ResolvedAt, CaseField::ClosedAt,
                            CaseField::Resolution, CaseField::ResolutionArticleId})
        QVERIFY(!caseFieldColumn(field).isEmpty());
}

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
