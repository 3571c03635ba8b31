// The expense and approval rules on the server, through the entity store, REST and sync
// push on a real database (SQLite, or PostgreSQL under pg_virtualenv): claims from draft
// to paid, totals that follow the lines, the policy at submission, every decision path
// (approve, reject, return and resubmit, delegation), the refusals, and offline decisions
// meeting a claim withdrawn meanwhile or another decision.
#include "missionserverfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Testing;

class TestExpenseRules : public QObject, private MissionServerFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void claimFromDraftToPaid();
    void totalsFollowTheLines();
    void linesAreLockedOnceSubmitted();
    void policyRefusesSubmission();
    void policyRefusalOverHttp();
    void decisionRefusals();
    void returnAndResubmitMakeANewChain();
    void rejectionIsFinal();
    void delegateDecidesOnBehalf();
    void stepsAreNeitherCreatedNorDeleted();
    void offlineDecisionMeetsAWithdrawnClaim();
    void offlineDecisionMeetsAnotherDecision();
};

void TestExpenseRules::claimFromDraftToPaid()
{
    // 12,000,000 rials: the supervisor, then finance (from 10,000,000).
    const qint64 claim =
        draftClaim({{"per_diem", 9'000'000, nullptr}, {"meals", 3'000'000, nullptr}});
    QVERIFY(claim > 0);
    QCOMPARE(row("expense_claims", claim).value(u"total_rials").toInteger(), 12'000'000);
    QVERIFY(steps("expense_claim", claim).isEmpty());
    // Nobody but the claimant submits it.
    QCOMPARE(outcome(update(w->supervisor, "expense_claims", claim, status("submitted"))),
             QStringLiteral("claimant_only"));
    m_clock.advance(60'000);
    QCOMPARE(outcome(update(w->officer, "expense_claims", claim, status("submitted"))),
             QStringLiteral("ok"));
    QJsonObject read = row("expense_claims", claim);
    QCOMPARE(read.value(u"status").toString(), QStringLiteral("submitted"));
    QCOMPARE(read.value(u"submitted_at").toInteger(), m_clock.now().toMSecsSinceEpoch());
    QList<QJsonObject> chain = steps("expense_claim", claim);
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(0).value(u"approver_role").toString(), QStringLiteral("supervisor"));
    QCOMPARE(chain.at(0).value(u"approver_unit_id").toInteger(), w->teamA);
    QCOMPARE(chain.at(0).value(u"chain").toInteger(), 1);
    QCOMPARE(chain.at(1).value(u"approver_role").toString(), QStringLiteral("finance_approver"));
    QVERIFY(chain.at(1).value(u"approver_unit_id").isNull());
    QCOMPARE(chain.at(1).value(u"decision").toString(), QStringLiteral("pending"));
    // A client may not decide the claim by its status.
    QCOMPARE(outcome(update(w->supervisor, "expense_claims", claim, status("approved"))),
             QStringLiteral("decided_by_approvers"));

    const qint64 first = chain.at(0).value(u"id").toInteger();
    const qint64 second = chain.at(1).value(u"id").toInteger();
    m_clock.advance(60'000);
    const auto approved = update(w->supervisor, "approval_steps", first,
                                 decision("approved", QStringLiteral("با رسیدها مطابقت دارد")));
    QCOMPARE(outcome(approved), QStringLiteral("ok"));
    QCOMPARE(approved->value(u"approver_id").toInteger(), w->supervisorId);
    QVERIFY(approved->value(u"on_behalf_of_id").isNull());
    QCOMPARE(approved->value(u"decided_at").toInteger(), m_clock.now().toMSecsSinceEpoch());
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("submitted"));
    QCOMPARE(outcome(update(w->financier, "approval_steps", second, decision("approved"))),
             QStringLiteral("ok"));
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("approved"));
    // Paid by finance only, after approval; withdrawn no longer.
    QCOMPARE(outcome(update(w->officer, "expense_claims", claim, status("withdrawn"))),
             QStringLiteral("not_allowed_in_status"));
    QCOMPARE(outcome(update(w->officer, "expense_claims", claim, status("paid"))),
             QStringLiteral("finance_only"));
    QCOMPARE(outcome(update(w->financier, "expense_claims", claim, status("paid"))),
             QStringLiteral("ok"));
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("paid"));

    // A small claim needs the supervisor alone.
    const qint64 small = submittedClaim({{"meals", 500'000, nullptr}});
    QCOMPARE(steps("expense_claim", small).size(), 1);
}

void TestExpenseRules::totalsFollowTheLines()
{
    const qint64 claim =
        draftClaim({{"meals", 1'250'000, nullptr}, {"transport", 3'750'000, nullptr}});
    QCOMPARE(row("expense_claims", claim).value(u"total_rials").toInteger(), 5'000'000);
    const qint64 line =
        number(QStringLiteral("SELECT MIN(id) FROM expense_lines WHERE claim_id = ?"), {claim});
    QCOMPARE(outcome(update(w->officer, "expense_lines", line,
                            {{QStringLiteral("amount_rials"), 2'000'000}})),
             QStringLiteral("ok"));
    QCOMPARE(row("expense_claims", claim).value(u"total_rials").toInteger(), 5'750'000);
    QCOMPARE(outcome(remove(w->officer, "expense_lines", line)), QStringLiteral("ok"));
    QCOMPARE(row("expense_claims", claim).value(u"total_rials").toInteger(), 3'750'000);
    // The client does not set the total, and lines of nothing or less are refused.
    QCOMPARE(
        outcome(update(w->officer, "expense_claims", claim, {{QStringLiteral("total_rials"), 1}})),
        QStringLiteral("invalid:not_writable"));
    QCOMPARE(outcome(create(w->officer, "expense_lines",
                            {{QStringLiteral("claim_id"), claim},
                             {QStringLiteral("expense_type"), QStringLiteral("meals")},
                             {QStringLiteral("spent_on"), QStringLiteral("2026-11-20")},
                             {QStringLiteral("amount_rials"), 0}})),
             QStringLiteral("invalid:amount_not_positive"));
    QCOMPARE(row("expense_claims", claim).value(u"total_rials").toInteger(), 3'750'000);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM expense_lines WHERE claim_id = ? AND "
                                   "deleted = 0"),
                    {claim}),
             1);
}

void TestExpenseRules::linesAreLockedOnceSubmitted()
{
    const qint64 claim = submittedClaim({{"meals", 900'000, nullptr}});
    const qint64 line =
        number(QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = ?"), {claim});
    QCOMPARE(outcome(update(w->officer, "expense_lines", line,
                            {{QStringLiteral("amount_rials"), 800'000}})),
             QStringLiteral("claim_locked"));
    QCOMPARE(outcome(remove(w->officer, "expense_lines", line)), QStringLiteral("claim_locked"));
    QCOMPARE(outcome(create(w->officer, "expense_lines",
                            {{QStringLiteral("claim_id"), claim},
                             {QStringLiteral("expense_type"), QStringLiteral("meals")},
                             {QStringLiteral("spent_on"), QStringLiteral("2026-11-20")},
                             {QStringLiteral("amount_rials"), 1}})),
             QStringLiteral("claim_locked"));
    QCOMPARE(outcome(update(w->officer, "expense_claims", claim,
                            {{QStringLiteral("title"), QStringLiteral("x")}})),
             QStringLiteral("claim_locked"));
    QCOMPARE(outcome(remove(w->officer, "expense_claims", claim)), QStringLiteral("claim_locked"));
    // A draft's lines are the claimant's alone: the supervisor sees the claim, may not
    // write its lines.
    const qint64 draft = draftClaim({{"meals", 1, nullptr}});
    QCOMPARE(outcome(create(w->supervisor, "expense_lines",
                            {{QStringLiteral("claim_id"), draft},
                             {QStringLiteral("expense_type"), QStringLiteral("meals")},
                             {QStringLiteral("spent_on"), QStringLiteral("2026-11-20")},
                             {QStringLiteral("amount_rials"), 1}})),
             QStringLiteral("claim_locked"));
    QCOMPARE(outcome(remove(w->officer, "expense_claims", draft)), QStringLiteral("ok"));
    // Submitting an empty claim asks for lines first.
    const qint64 empty = draftClaim({});
    QCOMPARE(outcome(update(w->officer, "expense_claims", empty, status("submitted"))),
             QStringLiteral("no_lines"));
}

void TestExpenseRules::policyRefusesSubmission()
{
    // Over the per-diem rate on the first day, lodging without a receipt, and a receipt
    // already used on another claim of the officer's.
    const qint64 earlier = submittedClaim({{"meals", 100'000, "abc123"}});
    QVERIFY(earlier > 0);
    const qint64 claim = draftClaim({{"per_diem", 12'000'001, nullptr},
                                     {"lodging", 6'000'000, nullptr},
                                     {"meals", 200'000, "ABC123"}});
    const auto refused = update(w->officer, "expense_claims", claim, status("submitted"));
    QCOMPARE(outcome(refused), QStringLiteral("blocking_findings"));
    QCOMPARE(refused.error().refusalError, QStringLiteral("claim_policy_violation"));
    const QJsonArray findings = refused.error().refusalDetails.value(u"findings").toArray();
    QStringList codes;
    for (const QJsonValue &finding : findings)
        codes << finding.toObject().value(u"code").toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{u"daily_cap_exceeded"_qs, u"duplicate_receipt"_qs,
                                 u"receipt_missing"_qs}));
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("draft"));
    QVERIFY(steps("expense_claim", claim).isEmpty());
    // Withdrawing the earlier claim frees its receipt; an attached file is a receipt too.
    QCOMPARE(outcome(update(w->officer, "expense_claims", earlier, status("withdrawn"))),
             QStringLiteral("ok"));
    const qint64 perDiem =
        number(QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = ? AND expense_type = "
                              "'per_diem'"),
               {claim});
    QCOMPARE(outcome(update(w->officer, "expense_lines", perDiem,
                            {{QStringLiteral("amount_rials"), 12'000'000}})),
             QStringLiteral("ok"));
    const qint64 lodging =
        number(QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = ? AND expense_type = "
                              "'lodging'"),
               {claim});
    QSqlQuery blob(w->database()->connection());
    QVERIFY(blob.exec(QStringLiteral("INSERT INTO blobs (sha256, size, content_type, received, "
                                     "complete, created_at) VALUES ('%1', 10, 'image/jpeg', 10, "
                                     "1, 0)")
                          .arg(QString(64, u'a'))));
    QVERIFY(
        w->insert("attachments", {{QStringLiteral("owner_type"), QStringLiteral("expense_line")},
                                  {QStringLiteral("owner_id"), lodging},
                                  {QStringLiteral("blob_sha256"), QString(64, u'a')},
                                  {QStringLiteral("file_name"), QStringLiteral("receipt.jpg")},
                                  {QStringLiteral("content_type"), QStringLiteral("image/jpeg")},
                                  {QStringLiteral("size"), 10}}) > 0);
    QCOMPARE(outcome(update(w->officer, "expense_claims", claim, status("submitted"))),
             QStringLiteral("ok"));
    QCOMPARE(row("expense_claims", claim).value(u"total_rials").toInteger(), 18'200'000);
}

void TestExpenseRules::policyRefusalOverHttp()
{
    const qint64 claim = draftClaim({{"per_diem", 13'000'000, nullptr}});
    const Reply reply = send("PATCH", QStringLiteral("/api/v1/expense_claims/%1").arg(claim),
                             status("submitted"), QStringLiteral("officer"), "fa");
    QCOMPARE(reply.status, 409);
    const QJsonObject error = reply.body.value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("claim_policy_violation"));
    QCOMPARE(error.value(u"details").toObject().value(u"reason").toString(),
             QStringLiteral("blocking_findings"));
    const QJsonObject finding =
        error.value(u"details").toObject().value(u"findings").toArray().first().toObject();
    QCOMPARE(finding.value(u"code").toString(), QStringLiteral("daily_cap_exceeded"));
    QCOMPARE(finding.value(u"amount_rials").toInteger(), 13'000'000);
    QCOMPARE(finding.value(u"limit_rials").toInteger(), 12'000'000);
    QVERIFY(finding.value(u"line_id").toInteger() > 0);
    QVERIFY(!error.value(u"message").toString().isEmpty());
}

void TestExpenseRules::decisionRefusals()
{
    const qint64 claim = submittedClaim({{"lodging", 11'000'000, "r1"}});
    const QList<QJsonObject> chain = steps("expense_claim", claim);
    QCOMPARE(chain.size(), 2);
    const qint64 first = chain.at(0).value(u"id").toInteger();
    const qint64 second = chain.at(1).value(u"id").toInteger();
    // Finance waits for the supervisor; finance is not the supervisor.
    QCOMPARE(outcome(update(w->financier, "approval_steps", second, decision("approved"))),
             QStringLiteral("not_current_step"));
    QCOMPARE(outcome(update(w->financier, "approval_steps", first, decision("approved"))),
             QStringLiteral("not_approver"));
    // The claimant does not see another approver's right to decide.
    QCOMPARE(outcome(update(w->officer, "approval_steps", first, decision("approved"))),
             QStringLiteral("not_approver"));
    // Rejecting or returning needs a reason; "pending" or nothing is no decision.
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", first, decision("rejected"))),
             QStringLiteral("invalid:reason_required"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", first,
                            decision("returned", QStringLiteral("   ")))),
             QStringLiteral("invalid:reason_required"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", first, decision("pending"))),
             QStringLiteral("decision_required"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", first,
                            {{QStringLiteral("reason"), QStringLiteral("x")}})),
             QStringLiteral("decision_required"));
    // The server's fields are not the client's.
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", first,
                            {{QStringLiteral("decision"), QStringLiteral("approved")},
                             {QStringLiteral("approver_id"), w->agentAId}})),
             QStringLiteral("invalid:not_writable"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", first, decision("approved"))),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", first, decision("rejected", u"x"_qs))),
             QStringLiteral("step_already_decided"));

    // Nobody decides their own claim: the supervisor's own, in the services department,
    // is routed to a supervisor of services, which they are.
    const auto own =
        create(w->supervisor, "expense_claims", {{QStringLiteral("unit_id"), w->services}});
    QVERIFY(own);
    const qint64 ownId = own->value(u"id").toInteger();
    QCOMPARE(outcome(create(w->supervisor, "expense_lines",
                            {{QStringLiteral("claim_id"), ownId},
                             {QStringLiteral("expense_type"), QStringLiteral("meals")},
                             {QStringLiteral("spent_on"), QStringLiteral("2026-11-20")},
                             {QStringLiteral("amount_rials"), 100'000}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->supervisor, "expense_claims", ownId, status("submitted"))),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps",
                            steps("expense_claim", ownId).first().value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("own_subject"));
}

void TestExpenseRules::returnAndResubmitMakeANewChain()
{
    const qint64 claim = submittedClaim({{"lodging", 11'000'000, "r1"}});
    const QList<QJsonObject> first = steps("expense_claim", claim);
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", first.at(0).value(u"id").toInteger(),
                            decision("returned", QStringLiteral("رسید ناخواناست")))),
             QStringLiteral("ok"));
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("returned"));
    // Returned: the claimant corrects it; the unreached finance step is not current.
    QCOMPARE(outcome(update(w->financier, "approval_steps", first.at(1).value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("subject_not_waiting"));
    const qint64 line =
        number(QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = ?"), {claim});
    QCOMPARE(outcome(update(w->officer, "expense_lines", line,
                            {{QStringLiteral("receipt_sha256"), QStringLiteral("r2")}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->officer, "expense_claims", claim, status("submitted"))),
             QStringLiteral("ok"));
    const QList<QJsonObject> all = steps("expense_claim", claim);
    QCOMPARE(all.size(), 4);
    // The first chain stays as history, as it was.
    QCOMPARE(all.at(0).value(u"decision").toString(), QStringLiteral("returned"));
    QCOMPARE(all.at(0).value(u"reason").toString(), QStringLiteral("رسید ناخواناست"));
    QCOMPARE(all.at(1).value(u"decision").toString(), QStringLiteral("pending"));
    QCOMPARE(all.at(2).value(u"chain").toInteger(), 2);
    QCOMPARE(all.at(3).value(u"chain").toInteger(), 2);
    // The old chain's finance step is not the current one; the new chain's are.
    QCOMPARE(outcome(update(w->financier, "approval_steps", all.at(1).value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("not_current_step"));
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", all.at(2).value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->financier, "approval_steps", all.at(3).value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("ok"));
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("approved"));
}

void TestExpenseRules::rejectionIsFinal()
{
    const qint64 claim = submittedClaim({{"lodging", 11'000'000, "r1"}});
    const QList<QJsonObject> chain = steps("expense_claim", claim);
    QCOMPARE(outcome(update(w->supervisor, "approval_steps", chain.at(0).value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(w->financier, "approval_steps", chain.at(1).value(u"id").toInteger(),
                            decision("rejected", QStringLiteral("خارج از بودجه")))),
             QStringLiteral("ok"));
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("rejected"));
    QCOMPARE(outcome(update(w->officer, "expense_claims", claim, status("submitted"))),
             QStringLiteral("not_allowed_in_status"));
    QCOMPARE(outcome(update(w->officer, "expense_claims", claim, status("withdrawn"))),
             QStringLiteral("not_allowed_in_status"));
}

void TestExpenseRules::delegateDecidesOnBehalf()
{
    const qint64 claim = submittedClaim({{"meals", 900'000, nullptr}});
    const qint64 step = steps("expense_claim", claim).first().value(u"id").toInteger();
    // The administrator is no supervisor: without a delegation they may not decide.
    QCOMPARE(outcome(update(m_admin, "approval_steps", step, decision("approved"))),
             QStringLiteral("not_approver"));
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    // A delegation that ended yesterday lends nothing; one in force does.
    QCOMPARE(outcome(create(w->supervisor, "delegations",
                            {{QStringLiteral("delegate_id"), m_admin.userId.value()},
                             {QStringLiteral("starts_at"), now - 3 * dayMs},
                             {QStringLiteral("ends_at"), now - dayMs}})),
             QStringLiteral("ok"));
    QCOMPARE(outcome(update(m_admin, "approval_steps", step, decision("approved"))),
             QStringLiteral("not_approver"));
    QCOMPARE(outcome(create(w->supervisor, "delegations",
                            {{QStringLiteral("delegate_id"), m_admin.userId.value()},
                             {QStringLiteral("starts_at"), now - dayMs},
                             {QStringLiteral("ends_at"), now + dayMs}})),
             QStringLiteral("ok"));
    const auto decided = update(m_admin, "approval_steps", step, decision("approved"));
    QCOMPARE(outcome(decided), QStringLiteral("ok"));
    QCOMPARE(decided->value(u"approver_id").toInteger(), m_admin.userId.value());
    QCOMPARE(decided->value(u"on_behalf_of_id").toInteger(), w->supervisorId);
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("approved"));
}

void TestExpenseRules::stepsAreNeitherCreatedNorDeleted()
{
    const qint64 claim = submittedClaim({{"meals", 900'000, nullptr}});
    const qint64 step = steps("expense_claim", claim).first().value(u"id").toInteger();
    // Not through the store, by anyone; not over HTTP (no such routes); not by a push.
    QCOMPARE(outcome(create(w->supervisor, "approval_steps", decision("approved"))),
             QStringLiteral("kind 1"));
    QCOMPARE(outcome(create(m_admin, "approval_steps", {})), QStringLiteral("kind 1"));
    QCOMPARE(outcome(remove(w->supervisor, "approval_steps", step)), QStringLiteral("kind 1"));
    QCOMPARE(outcome(remove(m_admin, "approval_steps", step)), QStringLiteral("kind 1"));
    QCOMPARE(send("POST", QStringLiteral("/api/v1/approval_steps"), decision("approved"),
                  QStringLiteral("admin"))
                 .status,
             405);
    QCOMPARE(send("DELETE", QStringLiteral("/api/v1/approval_steps/%1").arg(step), {},
                  QStringLiteral("admin"))
                 .status,
             405);
    const Reply pushed =
        push(QStringLiteral("supervisor"),
             {QJsonObject{{QStringLiteral("client_mutation_id"), u"laptop-step-create"_qs},
                          {QStringLiteral("entity"), u"approval_steps"_qs},
                          {QStringLiteral("op"), u"create"_qs},
                          {QStringLiteral("fields"), decision("approved")}},
              QJsonObject{{QStringLiteral("client_mutation_id"), u"laptop-step-delete"_qs},
                          {QStringLiteral("entity"), u"approval_steps"_qs},
                          {QStringLiteral("op"), u"delete"_qs},
                          {QStringLiteral("id"), step}}});
    for (const QJsonValue &result : pushed.body.value(u"results").toArray()) {
        QCOMPARE(result.toObject().value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(result.toObject().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("forbidden"));
    }
    QCOMPARE(pushed.body.value(u"results").toArray().size(), 2);
    QCOMPARE(steps("expense_claim", claim).size(), 1);
    QCOMPARE(steps("expense_claim", claim).first().value(u"decision").toString(),
             QStringLiteral("pending"));
}

void TestExpenseRules::offlineDecisionMeetsAWithdrawnClaim()
{
    const qint64 claim = submittedClaim({{"meals", 900'000, nullptr}});
    const QJsonObject step = steps("expense_claim", claim).first();
    const qint64 stepId = step.value(u"id").toInteger();
    const qint64 baseVersion = step.value(u"version").toInteger();
    // The supervisor decides offline; meanwhile the officer withdraws the claim online.
    const Reply withdrawn = send("PATCH", QStringLiteral("/api/v1/expense_claims/%1").arg(claim),
                                 status("withdrawn"), QStringLiteral("officer"));
    QCOMPARE(withdrawn.status, 200);
    // Then the supervisor's laptop pushes the decision with a note written on another
    // case: the decision comes back refused with its code, the note is applied.
    const QJsonArray mutations{
        QJsonObject{
            {QStringLiteral("client_mutation_id"), u"laptop-decision-1"_qs},
            {QStringLiteral("entity"), u"approval_steps"_qs},
            {QStringLiteral("op"), u"update"_qs},
            {QStringLiteral("id"), stepId},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("base"), QJsonObject{{QStringLiteral("decision"), u"pending"_qs},
                                                 {QStringLiteral("reason"), u""_qs}}},
            {QStringLiteral("fields"), decision("approved", QStringLiteral("تأیید شد"))}},
        QJsonObject{{QStringLiteral("client_mutation_id"), u"laptop-note-1"_qs},
                    {QStringLiteral("entity"), u"case_notes"_qs},
                    {QStringLiteral("op"), u"create"_qs},
                    {QStringLiteral("fields"),
                     QJsonObject{{QStringLiteral("case_id"), w->caseA},
                                 {QStringLiteral("body"), QStringLiteral("پیگیری شد")}}}}};
    const Reply pushed = push(QStringLiteral("supervisor"), mutations);
    QCOMPARE(pushed.status, 200);
    const QJsonArray results = pushed.body.value(u"results").toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject refused = results.at(0).toObject();
    QCOMPARE(refused.value(u"status").toString(), QStringLiteral("rejected"));
    const QJsonObject error = refused.value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("approval_no_longer_waiting"));
    QCOMPARE(error.value(u"details").toObject().value(u"reason").toString(),
             QStringLiteral("subject_not_waiting"));
    QCOMPARE(error.value(u"details").toObject().value(u"subject_status").toString(),
             QStringLiteral("withdrawn"));
    QCOMPARE(error.value(u"details").toObject().value(u"subject_id").toInteger(), claim);
    QCOMPARE(results.at(1).toObject().value(u"status").toString(), QStringLiteral("applied"));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE case_id = ? AND "
                                   "body = ?"),
                    {w->caseA, QStringLiteral("پیگیری شد")}),
             1);
    // Nothing of the decision was written, and the claim stays withdrawn.
    QCOMPARE(steps("expense_claim", claim).first().value(u"decision").toString(),
             QStringLiteral("pending"));
    QCOMPARE(steps("expense_claim", claim).first().value(u"version").toInteger(), baseVersion);
    QCOMPARE(row("expense_claims", claim).value(u"status").toString(), QStringLiteral("withdrawn"));
    // A retry is answered the same (exactly once), and online the same code comes back.
    const Reply again = push(QStringLiteral("supervisor"), QJsonArray{mutations.at(0)});
    QCOMPARE(again.body.value(u"results")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"error")
                 .toObject()
                 .value(u"code")
                 .toString(),
             QStringLiteral("approval_no_longer_waiting"));
    const Reply online = send("PATCH", QStringLiteral("/api/v1/approval_steps/%1").arg(stepId),
                              decision("approved"), QStringLiteral("supervisor"));
    QCOMPARE(online.status, 409);
    QCOMPARE(online.body.value(u"error").toObject().value(u"code").toString(),
             QStringLiteral("approval_no_longer_waiting"));
}

void TestExpenseRules::offlineDecisionMeetsAnotherDecision()
{
    // The supervisor decides offline while their delegate decides the same step online.
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QVERIFY(w->insert("delegations", {{QStringLiteral("approver_id"), w->supervisorId},
                                      {QStringLiteral("delegate_id"), m_admin.userId.value()},
                                      {QStringLiteral("starts_at"), now - 1000},
                                      {QStringLiteral("ends_at"), now + 86'400'000}}) > 0);
    const auto offline = [this](const QString &mutationId, qint64 stepId, qint64 baseVersion,
                                const char *what, const QString &reason) {
        return push(QStringLiteral("supervisor"),
                    {QJsonObject{{QStringLiteral("client_mutation_id"), mutationId},
                                 {QStringLiteral("entity"), u"approval_steps"_qs},
                                 {QStringLiteral("op"), u"update"_qs},
                                 {QStringLiteral("id"), stepId},
                                 {QStringLiteral("base_version"), baseVersion},
                                 {QStringLiteral("base"),
                                  QJsonObject{{QStringLiteral("decision"), u"pending"_qs},
                                              {QStringLiteral("reason"), u""_qs}}},
                                 {QStringLiteral("fields"), decision(what, reason)}}})
            .body.value(u"results")
            .toArray()
            .first()
            .toObject();
    };

    // Different decisions: a conflict on `decision`, with the server's row to show.
    const qint64 first = submittedClaim({{"meals", 900'000, nullptr}});
    QJsonObject step = steps("expense_claim", first).first();
    QCOMPARE(outcome(update(m_admin, "approval_steps", step.value(u"id").toInteger(),
                            decision("returned", QStringLiteral("رسید ندارد")))),
             QStringLiteral("ok"));
    const QJsonObject conflict = offline(u"laptop-d-1"_qs, step.value(u"id").toInteger(),
                                         step.value(u"version").toInteger(), "approved", {});
    QCOMPARE(conflict.value(u"status").toString(), QStringLiteral("conflict"));
    QCOMPARE(conflict.value(u"row").toObject().value(u"decision").toString(),
             QStringLiteral("returned"));
    QCOMPARE(conflict.value(u"conflicts").toArray().first().toObject().value(u"field").toString(),
             QStringLiteral("decision"));
    QCOMPARE(row("expense_claims", first).value(u"status").toString(), QStringLiteral("returned"));

    // The same decision: the fields agree, so the rules judge it; the delegate's approval
    // was the claim's last, so it no longer waits. Their decision stands, on the
    // supervisor's behalf.
    const qint64 second = submittedClaim({{"meals", 800'000, nullptr}});
    step = steps("expense_claim", second).first();
    QCOMPARE(outcome(update(m_admin, "approval_steps", step.value(u"id").toInteger(),
                            decision("approved"))),
             QStringLiteral("ok"));
    const QJsonObject refused = offline(u"laptop-d-2"_qs, step.value(u"id").toInteger(),
                                        step.value(u"version").toInteger(), "approved", {});
    QCOMPARE(refused.value(u"status").toString(), QStringLiteral("rejected"));
    QCOMPARE(refused.value(u"error").toObject().value(u"code").toString(),
             QStringLiteral("approval_no_longer_waiting"));
    const QJsonObject decided = steps("expense_claim", second).first();
    QCOMPARE(decided.value(u"approver_id").toInteger(), m_admin.userId.value());
    QCOMPARE(decided.value(u"on_behalf_of_id").toInteger(), w->supervisorId);
}

QTEST_GUILESS_MAIN(TestExpenseRules)
#include "tst_expenserules.moc"
