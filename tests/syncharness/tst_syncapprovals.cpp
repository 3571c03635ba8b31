// An approval made offline against the real server: the claimant submits a claim from one
// workstation, the supervisor's workstation pulls it into its inbox and approves it offline,
// the claimant withdraws the claim meanwhile; when the supervisor syncs, the server refuses
// the decision (approval_no_longer_waiting) and the supervisor's inbox shows it, with what
// they decided: the conflict is shown, not lost. And a delegation written on the
// supervisor's workstation: the delegate's workstation receives the claim waiting for the
// supervisor's role, lists it "for" the supervisor, and the decision reaches the server on
// the supervisor's behalf.
#include "approvalinbox.h"
#include "syncharness.h"
#include "testenvironment.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Shahrvand;
using namespace Shahrvand::SyncHarness;
using Cache::ApprovalInbox;

class TestSyncApprovals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> m_harness;

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        m_harness = std::make_unique<Harness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        // Claims of any amount: the supervisor of the claim's unit approves.
        const HttpAnswer rule =
            callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/approval_rules"),
                    m_harness->tokenOf(QStringLiteral("admin")),
                    {{QStringLiteral("subject_type"), QStringLiteral("expense_claim")},
                     {QStringLiteral("step"), 1},
                     {QStringLiteral("min_amount_rials"), 0},
                     {QStringLiteral("approver_role"), QStringLiteral("supervisor")}});
        QVERIFY2(rule.status == 201, QJsonDocument(rule.body).toJson().constData());
    }
    void cleanupTestCase() { m_harness.reset(); }

    void anOfflineApprovalMeetsAWithdrawnClaim()
    {
        const QString title =
            QStringLiteral("بازدید منطقه ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        Client &claimant = m_harness->addClient(QStringLiteral("agent.a"));
        Client &approver = m_harness->addClient(QStringLiteral("supervisor.s"));
        QVERIFY(claimant.sync().ok);

        // Written and submitted on the claimant's workstation.
        const auto claim = claimant.cache().create(
            QStringLiteral("expense_claims"),
            {{QStringLiteral("unit_id"), m_harness->unitId(QStringLiteral("T1"))},
             {QStringLiteral("title"), title},
             {QStringLiteral("status"), QStringLiteral("draft")}});
        QVERIFY(claim);
        QVERIFY(
            claimant.cache().create(QStringLiteral("expense_lines"),
                                    {{QStringLiteral("claim_id"), *claim},
                                     {QStringLiteral("expense_type"), QStringLiteral("transport")},
                                     {QStringLiteral("spent_on"), QStringLiteral("2026-11-20")},
                                     {QStringLiteral("amount_rials"), 450000},
                                     {QStringLiteral("vendor"), QStringLiteral("تاکسی تلفنی")}}));
        QVERIFY(claimant.syncUntilClean());
        // Sent: the claim has the server's id now.
        qint64 serverClaim = 0;
        for (const QJsonObject &row :
             claimant.cache().rows(QStringLiteral("expense_claims"), 1000).valueOr({}))
            if (row.value(u"title").toString() == title)
                serverClaim = row.value(u"id").toInteger();
        QVERIFY(serverClaim > 0);
        QVERIFY(claimant.cache().update(QStringLiteral("expense_claims"), serverClaim,
                                        {{QStringLiteral("status"), QStringLiteral("submitted")}}));
        SyncClient::SyncReport submitted;
        QVERIFY(claimant.syncUntilClean(10, &submitted));
        QCOMPARE(submitted.rejected, 0);

        // The supervisor's inbox has it; they approve it offline.
        QVERIFY(approver.syncUntilClean());
        const auto user = approver.cache().user();
        QVERIFY(user);
        const auto filter =
            ApprovalInbox::filterFor(approver.cache(), *user, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(filter);
        const auto waiting = ApprovalInbox::page(approver.cache(), *filter, {}, 50);
        QVERIFY(waiting);
        qint64 stepId = 0;
        for (const Cache::ApprovalItem &item : waiting->items)
            if (item.subjectType == u"expense_claim" && item.subjectId == serverClaim)
                stepId = item.stepId;
        QVERIFY2(stepId > 0, "the submitted claim is not in the supervisor's inbox");
        approver.stopEngine();
        QVERIFY(ApprovalInbox::decide(approver.cache(), stepId, QStringLiteral("approved"), {}));
        QCOMPARE(ApprovalInbox::decidedHere(approver.cache())->size(), 1);

        // Meanwhile the claimant withdraws it.
        QVERIFY(claimant.cache().update(QStringLiteral("expense_claims"), serverClaim,
                                        {{QStringLiteral("status"), QStringLiteral("withdrawn")}}));
        QVERIFY(claimant.syncUntilClean());

        // The supervisor's decision reaches the server: refused, and shown with what they
        // decided; nothing else of theirs is held back.
        approver.startEngine();
        const SyncClient::SyncReport report = approver.sync();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(approver.cache().pendingCount(), 0);
        const auto refused = ApprovalInbox::refused(approver.cache());
        QVERIFY(refused);
        QCOMPARE(refused->size(), 1);
        const Cache::RefusedDecision &decision = refused->first();
        QCOMPARE(decision.stepId, stepId);
        QCOMPARE(decision.decision, QStringLiteral("approved"));
        QCOMPARE(decision.errorCode, QStringLiteral("approval_no_longer_waiting"));
        QVERIFY(decision.withdrawn); // told as a withdrawal, not as "no longer waits"
        QCOMPARE(decision.subjectStatus, QStringLiteral("withdrawn"));
        QVERIFY(!decision.errorMessage.isEmpty());
        // The claim is no longer in the inbox; the server still has the step undecided.
        QCOMPARE(ApprovalInbox::count(approver.cache(), *filter).valueOr(-1), 0);
        QVERIFY(ApprovalInbox::dismissRefusal(approver.cache(), decision.conflictId));
        QVERIFY(approver.syncUntilClean());
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, approver);
        m_harness->removeClient(approver);
        m_harness->removeClient(claimant);
    }

    void aDelegateDecidesForTheAwaySupervisor()
    {
        const QString title =
            QStringLiteral("جانشینی ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        Client &claimant = m_harness->addClient(QStringLiteral("agent.a"));
        Client &approver = m_harness->addClient(QStringLiteral("supervisor.s"));
        const auto claim = claimant.cache().create(
            QStringLiteral("expense_claims"),
            {{QStringLiteral("unit_id"), m_harness->unitId(QStringLiteral("T1"))},
             {QStringLiteral("title"), title},
             {QStringLiteral("status"), QStringLiteral("draft")}});
        QVERIFY(claim);
        QVERIFY(
            claimant.cache().create(QStringLiteral("expense_lines"),
                                    {{QStringLiteral("claim_id"), *claim},
                                     {QStringLiteral("expense_type"), QStringLiteral("transport")},
                                     {QStringLiteral("spent_on"), QStringLiteral("2026-11-20")},
                                     {QStringLiteral("amount_rials"), 320000}}));
        QVERIFY(claimant.syncUntilClean());
        qint64 serverClaim = 0;
        for (const QJsonObject &row :
             claimant.cache().rows(QStringLiteral("expense_claims"), 1000).valueOr({}))
            if (row.value(u"title").toString() == title)
                serverClaim = row.value(u"id").toInteger();
        QVERIFY(serverClaim > 0);
        QVERIFY(claimant.cache().update(QStringLiteral("expense_claims"), serverClaim,
                                        {{QStringLiteral("status"), QStringLiteral("submitted")}}));
        QVERIFY(claimant.syncUntilClean());

        // The supervisor is away from an hour ago until tomorrow: agent B decides.
        QVERIFY(approver.syncUntilClean());
        const auto delegateSession = m_harness->signIn(QStringLiteral("agent.b"));
        QVERIFY(delegateSession);
        const qint64 delegateId = delegateSession->user.userId.value();
        const qint64 supervisorId = approver.cache().user()->userId.value();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(approver.cache().create(QStringLiteral("delegations"),
                                        {{QStringLiteral("delegate_id"), delegateId},
                                         {QStringLiteral("starts_at"), now - 3'600'000},
                                         {QStringLiteral("ends_at"), now + 86'400'000}}));
        SyncClient::SyncReport delegated;
        QVERIFY(approver.syncUntilClean(10, &delegated));
        QCOMPARE(delegated.rejected, 0);

        // Agent B's workstation: the claim (not theirs, not their role's) arrives and waits
        // in their inbox for the supervisor.
        Client &delegate = m_harness->addClient(QStringLiteral("agent.b"));
        QVERIFY(delegate.syncUntilClean());
        const auto user = delegate.cache().user();
        QVERIFY(user);
        QCOMPARE(user->delegators.size(), 1);
        QCOMPARE(user->delegators.first().userId.value(), supervisorId);
        QVERIFY(delegate.cache().row(QStringLiteral("expense_claims"), serverClaim)->has_value());
        const auto filter =
            ApprovalInbox::filterFor(delegate.cache(), *user, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(filter);
        const auto waiting = ApprovalInbox::page(delegate.cache(), *filter, {}, 50);
        QVERIFY(waiting);
        qint64 stepId = 0;
        for (const Cache::ApprovalItem &item : waiting->items) {
            if (item.subjectType == u"expense_claim" && item.subjectId == serverClaim) {
                stepId = item.stepId;
                QCOMPARE(item.onBehalfOfId, supervisorId);
            }
        }
        QVERIFY2(stepId > 0, "the claim is not in the delegate's inbox");
        // Agent C, no delegate, has nothing of it.
        Client &bystander = m_harness->addClient(QStringLiteral("agent.c"));
        QVERIFY(bystander.syncUntilClean());
        QVERIFY(!bystander.cache().row(QStringLiteral("expense_claims"), serverClaim)->has_value());

        QVERIFY(ApprovalInbox::decide(delegate.cache(), stepId, QStringLiteral("approved"), {}));
        SyncClient::SyncReport report;
        QVERIFY(delegate.syncUntilClean(10, &report));
        QCOMPARE(report.rejected, 0);
        const auto step = delegate.cache().row(QStringLiteral("approval_steps"), stepId);
        QVERIFY(step && *step);
        QCOMPARE((*step)->value(u"decision").toString(), QStringLiteral("approved"));
        QCOMPARE((*step)->value(u"approver_id").toInteger(), delegateId);
        QCOMPARE((*step)->value(u"on_behalf_of_id").toInteger(), supervisorId);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, delegate);
        m_harness->removeClient(bystander);
        m_harness->removeClient(delegate);
        m_harness->removeClient(approver);
        m_harness->removeClient(claimant);
    }
};

QTEST_GUILESS_MAIN(TestSyncApprovals)
#include "tst_syncapprovals.moc"
