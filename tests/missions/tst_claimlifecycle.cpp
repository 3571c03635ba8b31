// An expense claim's lifecycle: every status change by every kind of actor, and who may
// edit it when.
#include "claimlifecycle.h"

#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Missions;
using Access::Role;

namespace {

constexpr qint64 claimantId = 1;

Access::Principal someone(qint64 id, QSet<Role> roles)
{
    Access::Principal principal;
    principal.userId = UserId(id);
    principal.roles = std::move(roles);
    return principal;
}

ClaimFacts claim(ClaimStatus status)
{
    ClaimFacts facts;
    facts.status = status;
    facts.claimant = UserId(claimantId);
    return facts;
}

const QList<ClaimStatus> allStatuses{
    ClaimStatus::Draft,    ClaimStatus::Submitted, ClaimStatus::Approved, ClaimStatus::Rejected,
    ClaimStatus::Returned, ClaimStatus::Withdrawn, ClaimStatus::Paid};

} // namespace

class TestClaimLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void texts();
    void everyTransition();
    void actionsByActor();
    void edits();
};

void TestClaimLifecycle::texts()
{
    for (ClaimStatus status : allStatuses)
        QCOMPARE(claimStatusFrom(statusText(status)), status);
    QVERIFY(!claimStatusFrom(u"Paid"));
    QCOMPARE(actionText(ClaimAction::Withdraw), QStringLiteral("withdraw"));
    QCOMPARE(refusalCode(ClaimRefusal::DecidedBySteps), QStringLiteral("decided_by_approvers"));
    const ClaimFacts facts =
        ClaimFacts::fromRow({{QStringLiteral("status"), QStringLiteral("returned")},
                             {QStringLiteral("claimant_id"), claimantId}});
    QCOMPARE(facts.status, ClaimStatus::Returned);
    QCOMPARE(facts.claimant, UserId(claimantId));
}

void TestClaimLifecycle::everyTransition()
{
    // from -> to: the action, or why not. Every pair of statuses is listed by its result.
    using S = ClaimStatus;
    const QMap<std::pair<S, S>, QString> allowed{
        {{S::Draft, S::Submitted}, QStringLiteral("submit")},
        {{S::Returned, S::Submitted}, QStringLiteral("submit")},
        {{S::Draft, S::Withdrawn}, QStringLiteral("withdraw")},
        {{S::Submitted, S::Withdrawn}, QStringLiteral("withdraw")},
        {{S::Returned, S::Withdrawn}, QStringLiteral("withdraw")},
        {{S::Approved, S::Paid}, QStringLiteral("pay")}};
    for (S from : allStatuses) {
        for (S to : allStatuses) {
            if (from == to)
                continue;
            const ClaimTransition transition = transitionBetween(from, to);
            const QString name = statusText(from) + QStringLiteral(" -> ") + statusText(to);
            if (const auto it = allowed.constFind({from, to}); it != allowed.cend()) {
                QVERIFY2(transition.action && !transition.refusal, qPrintable(name));
                QCOMPARE(actionText(*transition.action), *it);
            } else {
                QVERIFY2(!transition.action && transition.refusal, qPrintable(name));
                const bool byDecision = to == S::Approved || to == S::Rejected || to == S::Returned;
                QCOMPARE(*transition.refusal, byDecision ? ClaimRefusal::DecidedBySteps
                                                         : ClaimRefusal::NotAllowedInStatus);
            }
        }
    }
}

void TestClaimLifecycle::actionsByActor()
{
    const Access::Principal claimant = someone(claimantId, {Role::FieldOfficer});
    const Access::Principal supervisor = someone(5, {Role::Supervisor});
    const Access::Principal finance = someone(6, {Role::FinanceApprover});
    const Access::Principal admin = someone(7, {Role::Administrator});
    const auto names = [](const Access::Principal &actor, ClaimStatus status) {
        QStringList list;
        for (ClaimAction action : availableActions(actor, claim(status)))
            list << actionText(action);
        return list;
    };
    QCOMPARE(names(claimant, ClaimStatus::Draft), (QStringList{u"submit"_qs, u"withdraw"_qs}));
    QCOMPARE(names(claimant, ClaimStatus::Returned), (QStringList{u"submit"_qs, u"withdraw"_qs}));
    QCOMPARE(names(claimant, ClaimStatus::Submitted), QStringList{u"withdraw"_qs});
    QCOMPARE(names(claimant, ClaimStatus::Approved), QStringList());
    QCOMPARE(names(claimant, ClaimStatus::Rejected), QStringList());
    QCOMPARE(names(claimant, ClaimStatus::Withdrawn), QStringList());
    QCOMPARE(names(supervisor, ClaimStatus::Draft), QStringList());
    QCOMPARE(names(supervisor, ClaimStatus::Submitted), QStringList());
    QCOMPARE(names(finance, ClaimStatus::Approved), QStringList{u"pay"_qs});
    QCOMPARE(names(finance, ClaimStatus::Paid), QStringList());
    QCOMPARE(names(admin, ClaimStatus::Approved), QStringList());
    QCOMPARE(refusalOf(supervisor, claim(ClaimStatus::Draft), ClaimAction::Submit),
             ClaimRefusal::ClaimantOnly);
    QCOMPARE(refusalOf(admin, claim(ClaimStatus::Approved), ClaimAction::Pay),
             ClaimRefusal::FinanceOnly);
    QCOMPARE(refusalOf(claimant, claim(ClaimStatus::Approved), ClaimAction::Withdraw),
             ClaimRefusal::NotAllowedInStatus);
    // A claimant who is also in finance still pays only approved claims.
    const Access::Principal both = someone(claimantId, {Role::FinanceApprover});
    QCOMPARE(refusalOf(both, claim(ClaimStatus::Submitted), ClaimAction::Pay),
             ClaimRefusal::NotAllowedInStatus);
}

void TestClaimLifecycle::edits()
{
    const Access::Principal claimant = someone(claimantId, {Role::Agent});
    const Access::Principal supervisor = someone(5, {Role::Supervisor});
    for (ClaimStatus status : allStatuses) {
        const bool open = status == ClaimStatus::Draft || status == ClaimStatus::Returned;
        QCOMPARE(mayEditClaim(claimant, claim(status)), open);
        QVERIFY(!mayEditClaim(supervisor, claim(status)));
    }
}

QTEST_GUILESS_MAIN(TestClaimLifecycle)
#include "tst_claimlifecycle.moc"
