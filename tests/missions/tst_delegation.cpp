// Delegation while an approver is away, on the real server on loopback: the delegate
// receives by sync the steps addressed to the approver (by role, in the approver's units)
// and their subjects, also those written before the delegation; decides them on the
// approver's behalf; loses sight of them when the delegation is removed. Nobody else
// sees anything of it.
#include "missionserverfixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Shahrvand;
using namespace Shahrvand::Testing;

namespace {

constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 dayMs = 24 * hourMs;

// What a user's workstation holds after applying pulls, as the client does.
struct Pulled
{
    qint64 cursor = 0;
    QSet<QString> rows;    // "entity/id" received and not dropped
    QSet<QString> dropped; // "entity/id" dropped by the last pulls
    QHash<QString, QJsonObject> values;

    bool has(const char *entity, qint64 id) const
    {
        return rows.contains(QStringLiteral("%1/%2").arg(QString::fromLatin1(entity)).arg(id));
    }
};

} // namespace

class TestDelegation : public QObject, private MissionServerFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void delegateReceivesDecidesAndLosesSight();
    void futureDelegationShowsButDoesNotDecide();
    void signInCarriesTheDelegators();
    void delegationIsChecked();

private:
    bool pull(const QString &user, Pulled &view);
    qint64 delegate(qint64 delegateId, qint64 startsAt, qint64 endsAt);
    qint64 stepOf(qint64 claim)
    {
        return steps("expense_claim", claim).last().value(u"id").toInteger();
    }
};

bool TestDelegation::pull(const QString &user, Pulled &view)
{
    view.dropped.clear();
    for (int page = 0; page < 50; ++page) {
        QUrl address = url(QStringLiteral("/api/v1/sync/changes"));
        address.setQuery(QStringLiteral("cursor=%1&limit=5").arg(view.cursor));
        const Reply reply = exchange(QNetworkRequest(address), "GET", user);
        if (reply.status != 200) {
            qWarning() << "pull failed:" << reply.status << reply.raw;
            return false;
        }
        for (const QJsonValue &change : reply.body.value(u"changes").toArray()) {
            const QJsonObject row = change[u"row"].toObject();
            const QString key = change[u"entity"].toString() + QLatin1Char('/') +
                                QString::number(row.value(u"id").toInteger());
            view.rows.insert(key);
            view.values.insert(key, row);
        }
        for (const QJsonValue &drop : reply.body.value(u"drops").toArray()) {
            const QString key = drop[u"entity"].toString() + QLatin1Char('/') +
                                QString::number(drop[u"id"].toInteger());
            view.rows.remove(key);
            view.dropped.insert(key);
        }
        view.cursor = reply.body.value(u"cursor").toInteger();
        if (!reply.body.value(u"more").toBool())
            return true;
    }
    return false;
}

// The supervisor delegates to `delegateId` over HTTP; the delegation's id.
qint64 TestDelegation::delegate(qint64 delegateId, qint64 startsAt, qint64 endsAt)
{
    const Reply reply = send("POST", QStringLiteral("/api/v1/delegations"),
                             {{QStringLiteral("delegate_id"), delegateId},
                              {QStringLiteral("starts_at"), startsAt},
                              {QStringLiteral("ends_at"), endsAt}},
                             QStringLiteral("supervisor"));
    if (reply.status != 201 && reply.status != 200) {
        qWarning() << "delegation refused:" << reply.status << reply.raw;
        return 0;
    }
    return reply.body.value(u"id").toInteger();
}

void TestDelegation::delegateReceivesDecidesAndLosesSight()
{
    // A claim of team A waits for its supervisor (by role, in team A) before anyone
    // delegates; agent B (team B) and agent A (team A) see nothing of it.
    const qint64 early =
        submittedClaim({{"meals", 900'000, nullptr}, {"per_diem", 2'000'000, nullptr}});
    QVERIFY(early);
    const QJsonObject earlyStep = steps("expense_claim", early).first();
    QCOMPARE(earlyStep.value(u"approver_role").toString(), QStringLiteral("supervisor"));
    QVERIFY(earlyStep.value(u"approver_id").isNull());
    QList<qint64> earlyLines;
    for (const QVariant &id :
         QVariantList{number(QStringLiteral("SELECT MIN(id) FROM expense_lines WHERE claim_id = ?"),
                             {early}),
                      number(QStringLiteral("SELECT MAX(id) FROM "
                                            "expense_lines WHERE claim_id = ?"),
                             {early})})
        earlyLines << id.toLongLong();
    QVERIFY(earlyLines.first() != earlyLines.last());

    Pulled delegateView, bystanderView;
    QVERIFY(pull(QStringLiteral("agent-b"), delegateView));
    QVERIFY(pull(QStringLiteral("agent-a"), bystanderView));
    QVERIFY(!delegateView.has("expense_claims", early));
    QVERIFY(!delegateView.has("approval_steps", earlyStep.value(u"id").toInteger()));
    QVERIFY(!bystanderView.has("expense_claims", early));

    // The supervisor is away from an hour ago for two days: agent B stands in.
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 delegation = delegate(w->agentBId, now - hourMs, now + 2 * dayMs);
    QVERIFY(delegation);

    // The next pull brings the waiting step, its claim and the claim's lines, though none
    // of them changed since the delegation.
    QVERIFY(pull(QStringLiteral("agent-b"), delegateView));
    QVERIFY(delegateView.has("approval_steps", earlyStep.value(u"id").toInteger()));
    QVERIFY(delegateView.has("expense_claims", early));
    QVERIFY(delegateView.has("expense_lines", earlyLines.first()));
    QVERIFY(delegateView.has("expense_lines", earlyLines.last()));
    QVERIFY(delegateView.has("delegations", delegation));
    // A claim submitted during the delegation arrives by its version.
    const qint64 during = submittedClaim({{"meals", 700'000, nullptr}});
    QVERIFY(pull(QStringLiteral("agent-b"), delegateView));
    QVERIFY(delegateView.has("expense_claims", during));
    QVERIFY(delegateView.has("approval_steps", stepOf(during)));
    // The bystander sees nothing of it.
    QVERIFY(pull(QStringLiteral("agent-a"), bystanderView));
    QVERIFY(!bystanderView.has("expense_claims", early));
    QVERIFY(!bystanderView.has("expense_claims", during));
    QVERIFY(!bystanderView.has("approval_steps", stepOf(during)));
    QVERIFY(!bystanderView.has("delegations", delegation));
    // Nor over the entity API.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/expense_claims/%1").arg(early), {},
                  QStringLiteral("agent-a"))
                 .status,
             404);

    // The delegate decides the early claim on the supervisor's behalf. (The server
    // remembers a principal for 30 seconds, as it does for roles.)
    m_clock.advance(60);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/expense_claims/%1").arg(early), {},
                  QStringLiteral("agent-b"))
                 .status,
             200);
    const Reply decided =
        send("PATCH", QStringLiteral("/api/v1/approval_steps/%1").arg(stepOf(early)),
             decision("approved"), QStringLiteral("agent-b"));
    QCOMPARE(decided.status, 200);
    QCOMPARE(decided.body.value(u"approver_id").toInteger(), w->agentBId);
    QCOMPARE(decided.body.value(u"on_behalf_of_id").toInteger(), w->supervisorId);
    QCOMPARE(row("expense_claims", early).value(u"status").toString(), QStringLiteral("approved"));

    // The supervisor comes back and removes the delegation: the claim still waiting
    // leaves the delegate's view on their next pull, with its step; the step they
    // decided stays theirs (they are its approver now).
    QCOMPARE(send("DELETE", QStringLiteral("/api/v1/delegations/%1").arg(delegation), {},
                  QStringLiteral("supervisor"))
                 .status,
             200);
    QVERIFY(pull(QStringLiteral("agent-b"), delegateView));
    QVERIFY(delegateView.dropped.contains(QStringLiteral("expense_claims/%1").arg(during)));
    QVERIFY(delegateView.dropped.contains(QStringLiteral("approval_steps/%1").arg(stepOf(during))));
    QVERIFY(!delegateView.has("expense_claims", during));
    QVERIFY(delegateView.has("approval_steps", stepOf(early)));
    // A claim submitted afterwards never reaches them.
    const qint64 after = submittedClaim({{"meals", 500'000, nullptr}});
    m_clock.advance(60);
    QVERIFY(pull(QStringLiteral("agent-b"), delegateView));
    QVERIFY(!delegateView.has("expense_claims", after));
    QVERIFY(!delegateView.has("approval_steps", stepOf(after)));
    const Reply refused =
        send("PATCH", QStringLiteral("/api/v1/approval_steps/%1").arg(stepOf(during)),
             decision("approved"), QStringLiteral("agent-b"));
    QVERIFY(refused.status == 404 || refused.status == 403 || refused.status == 422);
    QCOMPARE(steps("expense_claim", during).last().value(u"decision").toString(),
             QStringLiteral("pending"));
}

void TestDelegation::futureDelegationShowsButDoesNotDecide()
{
    const qint64 claim = submittedClaim({{"meals", 900'000, nullptr}});
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // From tomorrow: agent B sees the work ahead already, and may not decide it yet.
    QVERIFY(delegate(w->agentBId, now + dayMs, now + 3 * dayMs));
    Pulled view;
    QVERIFY(pull(QStringLiteral("agent-b"), view));
    QVERIFY(view.has("expense_claims", claim));
    QVERIFY(view.has("approval_steps", stepOf(claim)));
    const Reply early =
        send("PATCH", QStringLiteral("/api/v1/approval_steps/%1").arg(stepOf(claim)),
             decision("approved"), QStringLiteral("agent-b"));
    QCOMPARE(early.status, 409);
    QCOMPARE(early.body.value(u"error").toObject().value(u"code").toString(),
             QStringLiteral("approval_refused"));
    QCOMPARE(early.body.value(u"error")
                 .toObject()
                 .value(u"details")
                 .toObject()
                 .value(u"reason")
                 .toString(),
             QStringLiteral("not_approver"));
    // Once it has begun they may.
    m_clock.advance(25 * 3600);
    m_tokens.clear(); // a day later: everyone signs in again
    const Reply decided =
        send("PATCH", QStringLiteral("/api/v1/approval_steps/%1").arg(stepOf(claim)),
             decision("approved"), QStringLiteral("agent-b"));
    QCOMPARE(decided.status, 200);
    QCOMPARE(decided.body.value(u"on_behalf_of_id").toInteger(), w->supervisorId);
    // After it has ended, the supervisor's new work is no longer theirs to see.
    m_clock.advanceDays(3);
    m_tokens.clear();
    const qint64 later = submittedClaim({{"meals", 600'000, nullptr}});
    QVERIFY(pull(QStringLiteral("agent-b"), view));
    QVERIFY(!view.has("expense_claims", later));
    QVERIFY(!view.has("approval_steps", stepOf(later)));
}

void TestDelegation::signInCarriesTheDelegators()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QVERIFY(delegate(w->agentBId, now - hourMs, now + dayMs));
    m_clock.advance(60);
    const Reply me = send("GET", QStringLiteral("/api/v1/auth/me"), {}, QStringLiteral("agent-b"));
    QCOMPARE(me.status, 200);
    const QJsonArray delegators = me.body.value(u"delegators").toArray();
    QCOMPARE(delegators.size(), 1);
    const QJsonObject supervisor = delegators.first().toObject();
    QCOMPARE(supervisor.value(u"id").toInteger(), w->supervisorId);
    QCOMPARE(supervisor.value(u"display_name").toString(), QStringLiteral("supervisor"));
    QCOMPARE(supervisor.value(u"roles").toArray(), QJsonArray{QStringLiteral("supervisor")});
    QSet<qint64> units;
    for (const QJsonValue &unit : supervisor.value(u"units").toArray())
        units.insert(unit.toInteger());
    QVERIFY(units.contains(w->teamA));
    QVERIFY(units.contains(w->teamB));
    QCOMPARE(supervisor.value(u"ends_at").toInteger(), now + dayMs);
    // The supervisor themself stands in for nobody.
    const Reply own =
        send("GET", QStringLiteral("/api/v1/auth/me"), {}, QStringLiteral("supervisor"));
    QCOMPARE(own.body.value(u"delegators").toArray().size(), 0);
}

void TestDelegation::delegationIsChecked()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const auto write = [&](qint64 delegateId, qint64 startsAt, qint64 endsAt) {
        return outcome(create(w->supervisor, "delegations",
                              {{QStringLiteral("delegate_id"), delegateId},
                               {QStringLiteral("starts_at"), startsAt},
                               {QStringLiteral("ends_at"), endsAt}}));
    };
    QCOMPARE(write(w->supervisorId, now, now + dayMs),
             QStringLiteral("invalid:delegate_is_approver"));
    QCOMPARE(write(w->agentBId, now, now), QStringLiteral("invalid:ends_before_start"));
    QCOMPARE(write(w->agentBId, now + dayMs, now), QStringLiteral("invalid:ends_before_start"));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM delegations")), 0);
    // Ending one now is a change like any other; ending it before it began is not.
    const auto made = create(w->supervisor, "delegations",
                             {{QStringLiteral("delegate_id"), w->agentBId},
                              {QStringLiteral("starts_at"), now - hourMs},
                              {QStringLiteral("ends_at"), now + dayMs}});
    QCOMPARE(outcome(made), QStringLiteral("ok"));
    const qint64 id = made->value(u"id").toInteger();
    QCOMPARE(outcome(update(w->supervisor, "delegations", id,
                            {{QStringLiteral("ends_at"), now - 2 * hourMs}})),
             QStringLiteral("invalid:ends_before_start"));
    QCOMPARE(outcome(update(w->supervisor, "delegations", id, {{QStringLiteral("ends_at"), now}})),
             QStringLiteral("ok"));
    // Over HTTP: a field error in the user's words.
    const Reply self = send("POST", QStringLiteral("/api/v1/delegations"),
                            {{QStringLiteral("delegate_id"), w->supervisorId},
                             {QStringLiteral("starts_at"), now},
                             {QStringLiteral("ends_at"), now + dayMs}},
                            QStringLiteral("supervisor"));
    QCOMPARE(self.status, 400);
    QVERIFY(self.raw.contains("delegate_is_approver"));
}

QTEST_GUILESS_MAIN(TestDelegation)
#include "tst_delegation.moc"
