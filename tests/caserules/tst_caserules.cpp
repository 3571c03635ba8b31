// The server applies the case rules to every write of a case, whichever way it comes:
// routing and SLA due times on create, workflow transitions (legal and illegal, per role)
// with their side effects and history on update, by REST (EntityStore::Store) and by sync
// push alike; the action service; the SLA timer firing each action once. Real databases,
// driven clock.
#include "auditverifier.h"
#include "caseactions.h"
#include "entitydef.h"
#include "entitystore.h"
#include "manualclock.h"
#include "rowwriter.h"
#include "slamonitor.h"
#include "syncservice.h"
#include "testworld.h"
#include "trackingcode.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Shahrvand;
using EntityStore::StoreError;

namespace {

const Entities::EntityDef &cases()
{
    return *Entities::findEntity(u"cases");
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

} // namespace

class TestCaseRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createRoutesRoundRobinAndTimesTheSla();
    void clientOwnerOnCreateIsAnAssign();
    void restTransitionsFollowTheWorkflow();
    void escalationNeedsAReasonAndATier();
    void queueMovesByOwnerOrSupervisor();
    void pauseMovesTheDueTimes();
    void serviceChangeRoutesAgain();
    void deletedCaseTakesItsHistory();
    void pushAppliesTheSameRules();
    void offlineIllegalStatusChangeIsRejected();
    void actionService();
    void slaTimerFiresEachActionOnce();
    void proposedTrackingCodeIsKept();
    void proposedTrackingCodeMustBeValid();
    void proposedTrackingCodeInUseIsReplacedAndTold();
    void trackingCodeCannotChange();
    void slaNotificationsReachTheirUserByPull();
    void notificationsAreTheirUsersToMarkRead();

private:
    QVariantMap row(qint64 caseId);
    int historyCount(qint64 caseId);
    qint64 createCase(const Access::Principal &who, QJsonObject extra = {});
    QJsonObject update(const Access::Principal &who, qint64 id, const QJsonObject &fields,
                       StoreError *error = nullptr);
    qint64 grantUser(const char *name, Access::Role role, qint64 unit);
    // The rows of `entity` in a user's pull from the start.
    QList<QJsonObject> pulled(const Access::Principal &who, const char *entity);
    QList<QVariantMap> rowsOf(const QString &sql, qint64 id);

    std::unique_ptr<Testing::TestWorld> w;
    std::unique_ptr<Testing::ManualClock> clock;
    std::unique_ptr<EntityStore::Store> store;
    qint64 calendar = 0, policy = 0, rule = 0, agentA2 = 0, service2 = 0;
    Access::Principal agentA2Principal;
};

qint64 TestCaseRules::grantUser(const char *name, Access::Role role, qint64 unit)
{
    const qint64 id =
        w->insert("users", {{QStringLiteral("username"), QString::fromLatin1(name)},
                            {QStringLiteral("display_name"), QString::fromLatin1(name)},
                            {QStringLiteral("password_hash"), QStringLiteral("x")}});
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    query.addBindValue(id);
    query.addBindValue(Access::roleCode(role));
    query.exec();
    query.prepare(QStringLiteral("INSERT INTO user_units (user_id, unit_id) VALUES (?, ?)"));
    query.addBindValue(id);
    query.addBindValue(unit);
    query.exec();
    return id;
}

void TestCaseRules::init()
{
    w = std::make_unique<Testing::TestWorld>();
    QVERIFY(w->isValid());
    // Saturday 25 April 2026 (1405/02/05), 09:30 in Tehran.
    clock = std::make_unique<Testing::ManualClock>(utc(2026, 4, 25, 6, 0));
    store = std::make_unique<EntityStore::Store>(w->database(), *clock);

    calendar = w->insert(
        "business_calendars",
        {{QStringLiteral("name_fa"), QStringLiteral("اداری")},
         {QStringLiteral("name_en"), QStringLiteral("Office")},
         {QStringLiteral("time_zone"), QStringLiteral("Asia/Tehran")},
         {QStringLiteral("working_hours"),
          QStringLiteral(R"({"sat":[["08:00","16:00"]],"sun":[["08:00","16:00"]],)"
                         R"("mon":[["08:00","16:00"]],"tue":[["08:00","16:00"]],)"
                         R"("wed":[["08:00","16:00"]],"thu":[["08:00","13:00"]],"fri":[]})")}});
    // Monday 27 April is a holiday here.
    w->insert("calendar_holidays",
              {{QStringLiteral("calendar_id"), calendar},
               {QStringLiteral("holiday_date"), QStringLiteral("2026-04-27")}});
    policy = w->insert("sla_policies",
                       {{QStringLiteral("name"), QStringLiteral("lighting")},
                        {QStringLiteral("service_id"), w->service},
                        {QStringLiteral("calendar_id"), calendar},
                        {QStringLiteral("first_response_minutes"), 60},
                        {QStringLiteral("resolution_minutes"), 480},
                        {QStringLiteral("warning_percent"), 50},
                        {QStringLiteral("warning_actions"), QStringLiteral(R"(["notify_owner"])")},
                        {QStringLiteral("breach_actions"),
                         QStringLiteral(R"(["notify_supervisor","escalate","raise_priority"])")}});
    agentA2 = grantUser("agent-a2", Access::Role::Agent, w->teamA);
    agentA2Principal = w->agentA;
    agentA2Principal.userId = UserId(agentA2);
    rule = w->insert("routing_rules",
                     {{QStringLiteral("position"), 1},
                      {QStringLiteral("service_id"), w->service},
                      {QStringLiteral("team_id"), w->teamA},
                      {QStringLiteral("owner_strategy"), QStringLiteral("round_robin")}});
    service2 = w->insert("services", {{QStringLiteral("code"), QStringLiteral("water")},
                                      {QStringLiteral("name_fa"), QStringLiteral("آب")},
                                      {QStringLiteral("name_en"), QStringLiteral("Water")},
                                      {QStringLiteral("responsible_unit_id"), w->teamB}});
    w->insert("routing_rules", {{QStringLiteral("position"), 2},
                                {QStringLiteral("service_id"), service2},
                                {QStringLiteral("team_id"), w->teamB},
                                {QStringLiteral("owner_strategy"), QStringLiteral("fixed")},
                                {QStringLiteral("owner_id"), w->agentBId}});
}

void TestCaseRules::cleanup()
{
    store.reset();
    w.reset();
}

QVariantMap TestCaseRules::row(qint64 caseId)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("SELECT * FROM cases WHERE id = ?"));
    query.addBindValue(caseId);
    QVariantMap values;
    if (query.exec() && query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            values.insert(query.record().fieldName(i), query.value(i));
    }
    return values;
}

int TestCaseRules::historyCount(qint64 caseId)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM case_status_history WHERE case_id = ?"));
    query.addBindValue(caseId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

qint64 TestCaseRules::createCase(const Access::Principal &who, QJsonObject extra)
{
    QJsonObject input{{QStringLiteral("service_id"), w->service},
                      {QStringLiteral("channel"), QStringLiteral("phone")},
                      {QStringLiteral("subject"), QStringLiteral("چراغ خاموش")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        input.insert(it.key(), it.value());
    const auto created = store->create(who, cases(), input, QStringLiteral("test"));
    if (!created) {
        qWarning("create failed: %d %s %s", int(created.error().kind),
                 qPrintable(created.error().detail), qPrintable(created.error().refusalCode));
        return 0;
    }
    return created->value(u"id").toInteger();
}

QJsonObject TestCaseRules::update(const Access::Principal &who, qint64 id,
                                  const QJsonObject &fields, StoreError *error)
{
    const auto updated = store->update(who, cases(), id, fields, {}, QStringLiteral("test"));
    if (!updated) {
        if (error)
            *error = updated.error();
        return {};
    }
    return *updated;
}

void TestCaseRules::createRoutesRoundRobinAndTimesTheSla()
{
    const qint64 first = createCase(w->agentA);
    const qint64 second = createCase(w->agentA);
    const qint64 third = createCase(w->agentA);
    QVERIFY(first && second && third);

    const QVariantMap a = row(first), b = row(second), c = row(third);
    QCOMPARE(a.value(u"team_id"_qs).toLongLong(), w->teamA);
    QCOMPARE(a.value(u"status"_qs).toString(), u"assigned"_qs);
    QCOMPARE(a.value(u"tier"_qs).toInt(), 1);
    // Round robin over the team's agents, by user id, the cursor kept between writes.
    QCOMPARE(a.value(u"owner_id"_qs).toLongLong(), w->agentAId);
    QCOMPARE(b.value(u"owner_id"_qs).toLongLong(), agentA2);
    QCOMPARE(c.value(u"owner_id"_qs).toLongLong(), w->agentAId);
    QCOMPARE(a.value(u"priority"_qs).toString(), u"normal"_qs);

    // 09:30 Saturday in Tehran: an hour of office time; 480 minutes end at 09:30 Sunday.
    QCOMPARE(a.value(u"sla_policy_id"_qs).toLongLong(), policy);
    QCOMPARE(a.value(u"first_response_due_at"_qs).toLongLong(), ms(utc(2026, 4, 25, 7, 0)));
    QCOMPARE(a.value(u"resolution_due_at"_qs).toLongLong(), ms(utc(2026, 4, 26, 6, 0)));
    // The next SLA check: the warning at half the first-response time.
    QCOMPARE(a.value(u"sla_next_at"_qs).toLongLong(), ms(utc(2026, 4, 25, 6, 30)));
    QCOMPARE(historyCount(first), 1);

    // A case without a matching rule goes to the service's unit, without an owner.
    QSqlQuery off(w->database()->connection());
    QVERIFY(off.exec(QStringLiteral("UPDATE routing_rules SET active = 0")));
    const qint64 fallback = createCase(w->agentA);
    QCOMPARE(row(fallback).value(u"team_id"_qs).toLongLong(), w->teamA);
    QVERIFY(row(fallback).value(u"owner_id"_qs).isNull());
    QCOMPARE(row(fallback).value(u"status"_qs).toString(), u"new"_qs);
}

void TestCaseRules::clientOwnerOnCreateIsAnAssign()
{
    // An agent takes the caller's case themselves: allowed.
    const qint64 own = createCase(w->agentA, {{QStringLiteral("owner_id"), w->agentAId},
                                              {QStringLiteral("team_id"), w->teamA}});
    QVERIFY(own);
    QCOMPARE(row(own).value(u"owner_id"_qs).toLongLong(), w->agentAId);
    QCOMPARE(row(own).value(u"status"_qs).toString(), u"assigned"_qs);
    // Handing it to a colleague is a supervisor's call.
    const auto refused = store->create(w->agentA, cases(),
                                       {{QStringLiteral("service_id"), w->service},
                                        {QStringLiteral("channel"), QStringLiteral("phone")},
                                        {QStringLiteral("owner_id"), agentA2}},
                                       QStringLiteral("test"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::Refused);
    QCOMPARE(refused.error().refusalCode, u"may_only_assign_self"_qs);
}

void TestCaseRules::restTransitionsFollowTheWorkflow()
{
    const qint64 id = createCase(w->agentA); // owned by agent A
    StoreError error;

    // Resolving an assigned case is not possible yet.
    QVERIFY(update(w->agentA, id,
                   {{QStringLiteral("status"), QStringLiteral("resolved")},
                    {QStringLiteral("resolution"), QStringLiteral("fixed")}},
                   &error)
                .isEmpty());
    QCOMPARE(error.kind, StoreError::Kind::Refused);
    QCOMPARE(error.refusalCode, u"not_allowed_in_status"_qs);
    QCOMPARE(error.refusalDetails.value(u"action").toString(), u"resolve"_qs);

    // Another agent of the team may not start someone else's case.
    QVERIFY(update(agentA2Principal, id,
                   {{QStringLiteral("status"), QStringLiteral("in_progress")}}, &error)
                .isEmpty());
    QCOMPARE(error.refusalCode, u"not_the_owner"_qs);

    clock->advance(600);
    const QJsonObject started =
        update(w->agentA, id, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
    QCOMPARE(started.value(u"status").toString(), u"in_progress"_qs);
    QCOMPARE(started.value(u"first_responded_at").toInteger(), ms(clock->now()));

    // Resolving needs the resolution, in the same write or already on the row.
    QVERIFY(update(w->agentA, id, {{QStringLiteral("status"), QStringLiteral("resolved")}}, &error)
                .isEmpty());
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QCOMPARE(error.fieldErrors.first().field, u"resolution"_qs);
    const QJsonObject resolved =
        update(w->agentA, id,
               {{QStringLiteral("status"), QStringLiteral("resolved")},
                {QStringLiteral("resolution"), QStringLiteral("تعمیر شد")}});
    QCOMPARE(resolved.value(u"resolved_at").toInteger(), ms(clock->now()));
    QVERIFY(row(id).value(u"sla_next_at"_qs).isNull());

    // Server-managed fields cannot be forged, and "new" cannot be gone back to.
    QVERIFY(update(w->agentA, id, {{QStringLiteral("resolved_at"), 5}}, &error).isEmpty());
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(update(w->agentA, id, {{QStringLiteral("status"), QStringLiteral("new")}}, &error)
                .isEmpty());
    QCOMPARE(error.kind, StoreError::Kind::Invalid); // reopening needs a reason first
    QCOMPARE(error.fieldErrors.first().field, u"status_reason"_qs);

    const QJsonObject closed =
        update(w->agentA, id, {{QStringLiteral("status"), QStringLiteral("closed")}});
    QCOMPARE(closed.value(u"closed_at").toInteger(), ms(clock->now()));
    // A closed case is reopened by supervisors only.
    QVERIFY(update(w->agentA, id,
                   {{QStringLiteral("status"), QStringLiteral("in_progress")},
                    {QStringLiteral("status_reason"), QStringLiteral("still dark")}},
                   &error)
                .isEmpty());
    QCOMPARE(error.refusalCode, u"role_may_not_act"_qs);
    const QJsonObject reopened =
        update(w->supervisor, id,
               {{QStringLiteral("status"), QStringLiteral("in_progress")},
                {QStringLiteral("status_reason"), QStringLiteral("still dark")}});
    QCOMPARE(reopened.value(u"status").toString(), u"assigned"_qs);
    QVERIFY(reopened.value(u"resolved_at").isNull());
    QCOMPARE(historyCount(id), 5); // created, started, resolved, closed, reopened

    QSqlQuery last(w->database()->connection());
    last.prepare(QStringLiteral("SELECT from_status, to_status, changed_by, reason FROM "
                                "case_status_history WHERE case_id = ? ORDER BY id DESC"));
    last.addBindValue(id);
    QVERIFY(last.exec() && last.next());
    QCOMPARE(last.value(0).toString(), u"closed"_qs);
    QCOMPARE(last.value(1).toString(), u"assigned"_qs);
    QCOMPARE(last.value(2).toLongLong(), w->supervisorId);
    QCOMPARE(last.value(3).toString(), u"still dark"_qs);
}

void TestCaseRules::escalationNeedsAReasonAndATier()
{
    const qint64 id = createCase(w->agentA);
    StoreError error;
    QVERIFY(update(w->agentA, id, {{QStringLiteral("status"), QStringLiteral("escalated")}}, &error)
                .isEmpty());
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QCOMPARE(error.fieldErrors.first().code, u"reason_required"_qs);
    // Tier changes only by one step, with a reason.
    QVERIFY(update(w->agentA, id, {{QStringLiteral("tier"), 3}}, &error).isEmpty());
    QCOMPARE(error.refusalCode, u"tier_change_not_allowed"_qs);

    const QJsonObject escalated =
        update(w->agentA, id,
               {{QStringLiteral("status"), QStringLiteral("escalated")},
                {QStringLiteral("status_reason"), QStringLiteral("needs a specialist")}});
    QCOMPARE(escalated.value(u"tier").toInteger(), 2);
    QVERIFY(escalated.value(u"owner_id").isNull());
    QCOMPARE(escalated.value(u"status_reason").toString(), u"needs a specialist"_qs);
    // A help-desk agent may not take a tier-2 case.
    QVERIFY(update(w->agentA, id, {{QStringLiteral("owner_id"), w->agentAId}}, &error).isEmpty());
    QCOMPARE(error.refusalCode, u"tier_above_actor"_qs);
    // A supervisor may give it to anyone.
    const QJsonObject assigned =
        update(w->supervisor, id, {{QStringLiteral("owner_id"), w->agentAId}});
    QCOMPARE(assigned.value(u"status").toString(), u"assigned"_qs);
    QCOMPARE(assigned.value(u"owner_id").toInteger(), w->agentAId);
}

void TestCaseRules::queueMovesByOwnerOrSupervisor()
{
    const qint64 id = createCase(w->agentA); // owned by agent A, team A
    StoreError error;
    // A colleague may not send someone else's case to another team.
    QVERIFY(
        update(agentA2Principal, id, {{QStringLiteral("team_id"), w->teamB}}, &error).isEmpty());
    QCOMPARE(error.refusalCode, u"not_the_owner"_qs);
    // The owner may: the case waits in team B's queue, without an owner.
    const QJsonObject moved = update(w->agentA, id, {{QStringLiteral("team_id"), w->teamB}});
    QCOMPARE(moved.value(u"team_id").toInteger(), w->teamB);
    QVERIFY(moved.value(u"owner_id").isNull());
    QCOMPARE(moved.value(u"status").toString(), u"new"_qs);
    QCOMPARE(historyCount(id), 2);
}

void TestCaseRules::pauseMovesTheDueTimes()
{
    const qint64 id = createCase(w->agentA);
    const qint64 firstDue = row(id).value(u"first_response_due_at"_qs).toLongLong();
    const qint64 resolutionDue = row(id).value(u"resolution_due_at"_qs).toLongLong();
    update(w->agentA, id, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
    const QJsonObject waiting =
        update(w->agentA, id,
               {{QStringLiteral("status"), QStringLiteral("waiting_citizen")},
                {QStringLiteral("status_reason"), QStringLiteral("photo")}});
    QCOMPARE(waiting.value(u"sla_paused_at").toInteger(), ms(clock->now()));
    QVERIFY(row(id).value(u"sla_next_at"_qs).isNull()); // no SLA check while waiting

    clock->advance(2 * 3600); // two office hours (09:30 to 11:30)
    const QJsonObject replied =
        update(w->agentA, id, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
    QVERIFY(replied.value(u"sla_paused_at").isNull());
    QCOMPARE(replied.value(u"sla_paused_ms").toInteger(), 2 * 3600 * 1000LL);
    // The first response was already made; the resolution clock moves by two hours:
    // 09:30 Sunday becomes 11:30 Sunday.
    QCOMPARE(replied.value(u"first_response_due_at").toInteger(), firstDue);
    QCOMPARE(replied.value(u"resolution_due_at").toInteger(), resolutionDue + 2 * 3600 * 1000LL);
    QCOMPARE(historyCount(id), 4);
}

void TestCaseRules::serviceChangeRoutesAgain()
{
    const qint64 id = createCase(w->agentA);
    QCOMPARE(row(id).value(u"team_id"_qs).toLongLong(), w->teamA);
    const QJsonObject moved = update(w->supervisor, id, {{QStringLiteral("service_id"), service2}});
    QCOMPARE(moved.value(u"team_id").toInteger(), w->teamB);
    QCOMPARE(moved.value(u"owner_id").toInteger(), w->agentBId);
    QCOMPARE(moved.value(u"status").toString(), u"assigned"_qs);
    // No policy for the new service: no due times any more.
    QVERIFY(moved.value(u"sla_policy_id").isNull());
    QVERIFY(moved.value(u"resolution_due_at").isNull());
    QCOMPARE(historyCount(id), 2);
}

void TestCaseRules::deletedCaseTakesItsHistory()
{
    const qint64 id = createCase(w->agentA);
    update(w->agentA, id, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
    QVERIFY(store->remove(w->agentA, cases(), id, {}, QStringLiteral("test")).hasValue());
    QSqlQuery live(w->database()->connection());
    live.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM case_status_history WHERE case_id = ? AND deleted = 0"));
    live.addBindValue(id);
    QVERIFY(live.exec() && live.next());
    QCOMPARE(live.value(0).toInt(), 0);
    QCOMPARE(historyCount(id), 2); // tombstones, for sync
}

void TestCaseRules::pushAppliesTheSameRules()
{
    Sync::SyncService sync(w->database(), *clock);
    const auto created = sync.push(
        w->agentA,
        {QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("c-1")},
                     {QStringLiteral("entity"), QStringLiteral("cases")},
                     {QStringLiteral("op"), QStringLiteral("create")},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("service_id"), w->service},
                                  {QStringLiteral("channel"), QStringLiteral("phone")},
                                  {QStringLiteral("status"), QStringLiteral("closed")}}}}},
        QStringLiteral("laptop"));
    QVERIFY(created.hasValue());
    const QJsonObject result = created->first().toObject();
    QCOMPARE(result.value(u"status").toString(), u"applied"_qs);
    const qint64 id = result.value(u"row").toObject().value(u"id").toInteger();
    // Routing and the SLA decided; the client's status was not taken.
    QCOMPARE(row(id).value(u"status"_qs).toString(), u"assigned"_qs);
    QCOMPARE(row(id).value(u"owner_id"_qs).toLongLong(), w->agentAId);
    QCOMPARE(row(id).value(u"first_response_due_at"_qs).toLongLong(), ms(utc(2026, 4, 25, 7, 0)));
    QCOMPARE(historyCount(id), 1);

    const qint64 version = row(id).value(u"version"_qs).toLongLong();
    const QJsonArray start{
        QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("u-1")},
                    {QStringLiteral("entity"), QStringLiteral("cases")},
                    {QStringLiteral("op"), QStringLiteral("update")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("base_version"), version},
                    {QStringLiteral("base"),
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("assigned")}}},
                    {QStringLiteral("fields"),
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("in_progress")}}}}};
    const auto started = sync.push(w->agentA, start, QStringLiteral("laptop"));
    QVERIFY(started.hasValue());
    QCOMPARE(started->first()[u"status"].toString(), u"applied"_qs);
    QCOMPARE(row(id).value(u"first_responded_at"_qs).toLongLong(), ms(clock->now()));
    QCOMPARE(historyCount(id), 2);
    // Exactly once: a retry changes nothing and gets the same answer.
    const auto again = sync.push(w->agentA, start, QStringLiteral("laptop"));
    QCOMPARE(*again, *started);
    QCOMPARE(historyCount(id), 2);

    // The history rows were written through the push's batch: every version is its own,
    // and the audit trail's chain holds.
    QSqlQuery versions(w->database()->connection());
    QVERIFY(versions.exec(QStringLiteral(
        "SELECT version FROM cases UNION ALL SELECT version FROM case_status_history")));
    QSet<qint64> seen;
    while (versions.next()) {
        const qint64 given = versions.value(0).toLongLong();
        QVERIFY2(!seen.contains(given), "a version given twice");
        seen.insert(given);
    }
    QVERIFY(seen.size() >= 3);
    const auto report = Records::AuditVerifier(w->database()->connection()).verify();
    QVERIFY(report.hasValue());
    QVERIFY(report->isIntact());
}

void TestCaseRules::offlineIllegalStatusChangeIsRejected()
{
    Sync::SyncService sync(w->database(), *clock);
    const qint64 id = createCase(w->agentA);
    const QVariantMap before = row(id);
    // Offline, the agent marked the assigned case closed: not a legal transition.
    const auto pushed = sync.push(
        w->agentA,
        {QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("x-1")},
                     {QStringLiteral("entity"), QStringLiteral("cases")},
                     {QStringLiteral("op"), QStringLiteral("update")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("base_version"), before.value(u"version"_qs).toLongLong()},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("closed")},
                                  {QStringLiteral("subject"), QStringLiteral("offline edit")}}}},
         QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("x-2")},
                     {QStringLiteral("entity"), QStringLiteral("cases")},
                     {QStringLiteral("op"), QStringLiteral("update")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("escalated")}}}}},
        QStringLiteral("laptop"));
    QVERIFY(pushed.hasValue());
    const QJsonObject first = pushed->at(0).toObject();
    QCOMPARE(first.value(u"status").toString(), u"rejected"_qs);
    QCOMPARE(first[u"error"][u"code"].toString(), u"case_action_refused"_qs);
    QCOMPARE(first[u"error"][u"details"][u"reason"].toString(), u"not_allowed_in_status"_qs);
    QCOMPARE(first[u"error"][u"details"][u"action"].toString(), u"close"_qs);
    const QJsonObject second = pushed->at(1).toObject();
    QCOMPARE(second.value(u"status").toString(), u"rejected"_qs);
    QCOMPARE(second[u"error"][u"code"].toString(), u"validation_failed"_qs);
    // Nothing of either was written.
    const QVariantMap after = row(id);
    QCOMPARE(after.value(u"status"_qs).toString(), u"assigned"_qs);
    QCOMPARE(after.value(u"subject"_qs), before.value(u"subject"_qs));
    QCOMPARE(after.value(u"version"_qs), before.value(u"version"_qs));
    QCOMPARE(historyCount(id), 1);
}

void TestCaseRules::actionService()
{
    CaseService::CaseActions actions(w->database(), *clock);
    const qint64 id = createCase(w->agentA);
    const auto allowed = actions.allowed(w->agentA, id);
    QVERIFY(allowed.hasValue());
    QVERIFY(allowed->contains(CaseWork::CaseActionKind::Start));
    QVERIFY(allowed->contains(CaseWork::CaseActionKind::Escalate));
    QVERIFY(!allowed->contains(CaseWork::CaseActionKind::Resolve));
    QVERIFY(!allowed->contains(CaseWork::CaseActionKind::Close));

    CaseService::CaseActionRequest request;
    request.kind = CaseWork::CaseActionKind::Escalate;
    const auto noReason = actions.perform(w->agentA, id, request, {}, QStringLiteral("test"));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().fieldErrors.first().field, u"status_reason"_qs);
    request.reason = QStringLiteral("needs the specialist team");
    const auto escalated = actions.perform(w->agentA, id, request, {}, QStringLiteral("test"));
    QVERIFY(escalated.hasValue());
    QCOMPARE(escalated->value(u"status").toString(), u"escalated"_qs);
    QCOMPARE(escalated->value(u"tier").toInteger(), 2);
    // Escalating an escalated case again goes one more tier up (a supervisor may).
    const auto again = actions.perform(w->supervisor, id, request, {}, QStringLiteral("test"));
    QVERIFY(again.hasValue());
    QCOMPARE(again->value(u"tier").toInteger(), 3);

    CaseService::CaseActionRequest assign;
    assign.kind = CaseWork::CaseActionKind::Assign;
    assign.owner = UserId(agentA2);
    const auto bySelf = actions.perform(w->agentA, id, assign, {}, QStringLiteral("test"));
    QVERIFY(!bySelf);
    QCOMPARE(bySelf.error().kind, StoreError::Kind::Refused);
    const auto bySupervisor = actions.perform(w->supervisor, id, assign, {}, QStringLiteral("t"));
    QVERIFY(bySupervisor.hasValue());
    QCOMPARE(bySupervisor->value(u"owner_id").toInteger(), agentA2);
    QCOMPARE(historyCount(id), 4);
}

void TestCaseRules::slaTimerFiresEachActionOnce()
{
    CaseService::SlaMonitor monitor(w->database(), *clock);
    const qint64 id = createCase(w->agentA); // 09:30; warning 10:00, due 10:30 (Tehran)
    auto notifications = [this](qint64 user, const char *kind) {
        QSqlQuery query(w->database()->connection());
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = ?"));
        query.addBindValue(user);
        query.addBindValue(QString::fromLatin1(kind));
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };

    auto report = monitor.checkOnce();
    QVERIFY(report.hasValue());
    QCOMPARE(report->firings, 0);

    clock->set(utc(2026, 4, 25, 6, 31)); // past the warning
    report = monitor.checkOnce();
    QVERIFY(report.hasValue());
    QCOMPARE(report->firings, 1);
    QCOMPARE(notifications(w->agentAId, "sla_warning"), 1);
    QCOMPARE(monitor.checkOnce()->firings, 0); // once
    QCOMPARE(row(id).value(u"sla_next_at"_qs).toLongLong(), ms(utc(2026, 4, 25, 7, 0)));

    clock->set(utc(2026, 4, 25, 7, 5)); // past the first-response due time
    report = monitor.checkOnce();
    QVERIFY(report.hasValue());
    QCOMPARE(report->firings, 1);
    QCOMPARE(report->escalations, 1);
    QCOMPARE(report->priorityRaises, 1);
    QCOMPARE(notifications(w->supervisorId, "sla_breach"), 1);
    const QVariantMap escalated = row(id);
    QCOMPARE(escalated.value(u"status"_qs).toString(), u"escalated"_qs);
    QCOMPARE(escalated.value(u"tier"_qs).toInt(), 2);
    QCOMPARE(escalated.value(u"priority"_qs).toString(), u"high"_qs);
    QVERIFY(escalated.value(u"first_responded_at"_qs).isNull()); // the system does not respond
    QCOMPARE(historyCount(id), 2);
    QSqlQuery by(w->database()->connection());
    QVERIFY(by.exec(QStringLiteral("SELECT changed_by FROM case_status_history ORDER BY id DESC")));
    QVERIFY(by.next() && by.value(0).isNull());

    report = monitor.checkOnce();
    QCOMPARE(report->firings, 0);
    QCOMPARE(notifications(w->supervisorId, "sla_breach"), 1);
    QCOMPARE(row(id).value(u"tier"_qs).toInt(), 2);

    // The resolution clock's warning (four office hours in: 13:30 Tehran) comes next.
    clock->set(utc(2026, 4, 25, 10, 1));
    report = monitor.checkOnce();
    QCOMPARE(report->firings, 1);
    QCOMPARE(report->notifications, 0); // escalation left the case without an owner
}

QList<QJsonObject> TestCaseRules::pulled(const Access::Principal &who, const char *entity)
{
    Sync::SyncService sync(w->database(), *clock);
    QList<QJsonObject> rows;
    qint64 cursor = 0;
    for (;;) {
        const auto page = sync.pull(who, cursor, 1000);
        if (!page) {
            qWarning("pull failed: %s", qPrintable(page.error().detail));
            return {};
        }
        for (const QJsonValue &change : page->value(u"changes").toArray()) {
            if (change[u"entity"].toString() == QLatin1String(entity))
                rows << change[u"row"].toObject();
        }
        cursor = page->value(u"cursor").toInteger();
        if (!page->value(u"more").toBool())
            return rows;
    }
}

QList<QVariantMap> TestCaseRules::rowsOf(const QString &sql, qint64 id)
{
    QSqlQuery query(w->database()->connection());
    query.prepare(sql);
    query.addBindValue(id);
    QList<QVariantMap> rows;
    if (!query.exec())
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        QVariantMap values;
        for (int i = 0; i < query.record().count(); ++i)
            values.insert(query.record().fieldName(i), query.value(i));
        rows << values;
    }
    return rows;
}

void TestCaseRules::proposedTrackingCodeIsKept()
{
    // The laptop drew the code offline and read it to the citizen, grouped for reading.
    const TrackingCode code = TrackingCode::generate(*QRandomGenerator::global());
    const qint64 id =
        createCase(w->agentA, {{QStringLiteral("tracking_code"), code.displayForm()}});
    QVERIFY(id);
    QCOMPARE(row(id).value(u"tracking_code"_qs).toString(), code.compact());
    QVERIFY(rowsOf(QStringLiteral("SELECT * FROM case_notes WHERE case_id = ?"), id).isEmpty());
    QVERIFY(rowsOf(QStringLiteral("SELECT * FROM notifications WHERE case_id = ?"), id).isEmpty());

    // Without a proposal the server draws one, as before.
    const qint64 plain = createCase(w->agentA);
    const QString drawn = row(plain).value(u"tracking_code"_qs).toString();
    QVERIFY(TrackingCode::parse(drawn).hasValue());
    QVERIFY(drawn != code.compact());
}

void TestCaseRules::proposedTrackingCodeMustBeValid()
{
    QString valid = TrackingCode::generate(*QRandomGenerator::global()).compact();
    // One symbol changed: the check symbol no longer fits.
    QString misread = valid;
    misread[0] = misread[0] == u'2' ? u'3' : u'2';
    for (const QString &bad : {misread, QStringLiteral("ABC"), QStringLiteral("0O0-000-000")}) {
        const auto created = store->create(w->agentA, cases(),
                                           {{QStringLiteral("service_id"), w->service},
                                            {QStringLiteral("channel"), QStringLiteral("phone")},
                                            {QStringLiteral("tracking_code"), bad}},
                                           QStringLiteral("test"));
        QVERIFY2(!created, qPrintable(bad));
        QCOMPARE(created.error().kind, StoreError::Kind::Invalid);
        QCOMPARE(created.error().fieldErrors.size(), 1);
        QCOMPARE(created.error().fieldErrors.first().field, u"tracking_code"_qs);
        QCOMPARE(created.error().fieldErrors.first().code, u"invalid_tracking_code"_qs);
    }
    QSqlQuery count(w->database()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && count.next());
    QCOMPARE(count.value(0).toInt(), 2); // the world's two cases only
}

void TestCaseRules::proposedTrackingCodeInUseIsReplacedAndTold()
{
    // Two laptops drew the same code: the first case has it.
    const TrackingCode code = TrackingCode::generate(*QRandomGenerator::global());
    const qint64 first = createCase(w->agentB, {{QStringLiteral("tracking_code"), code.compact()}});
    QVERIFY(first);

    // The second arrives by sync push, written offline by agent A; it is not refused.
    Sync::SyncService sync(w->database(), *clock);
    const auto pushed = sync.push(
        w->agentA,
        {QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("offline-1")},
                     {QStringLiteral("entity"), QStringLiteral("cases")},
                     {QStringLiteral("op"), QStringLiteral("create")},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("service_id"), w->service},
                                  {QStringLiteral("channel"), QStringLiteral("phone")},
                                  {QStringLiteral("tracking_code"), code.displayForm()}}}}},
        QStringLiteral("laptop"));
    QVERIFY(pushed.hasValue());
    const QJsonObject result = pushed->first().toObject();
    QCOMPARE(result.value(u"status").toString(), u"applied"_qs);
    const QJsonObject created = result.value(u"row").toObject();
    const qint64 id = created.value(u"id").toInteger();
    const QString given = created.value(u"tracking_code").toString();
    QVERIFY(given != code.compact());
    const auto parsedGiven = TrackingCode::parse(given);
    QVERIFY(parsedGiven.hasValue());
    QCOMPARE(row(id).value(u"tracking_code"_qs).toString(), given);
    QCOMPARE(row(first).value(u"tracking_code"_qs).toString(), code.compact());

    // An internal note on the case, by its creator, in Persian and English, naming both.
    const QList<QVariantMap> notes =
        rowsOf(QStringLiteral("SELECT * FROM case_notes WHERE case_id = ?"), id);
    QCOMPARE(notes.size(), 1);
    const QVariantMap note = notes.first();
    QCOMPARE(note.value(u"author_id"_qs).toLongLong(), w->agentAId);
    QCOMPARE(note.value(u"internal"_qs).toInt(), 1);
    const QStringList lines = note.value(u"body"_qs).toString().split(u'\n');
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines) {
        QVERIFY2(line.contains(code.displayForm()), qPrintable(line));
        QVERIFY2(line.contains(parsedGiven->displayForm()), qPrintable(line));
    }
    QVERIFY(lines.last().contains(u"already in use"_qs));

    // A notification for the creator, and for nobody else.
    const QList<QVariantMap> notices =
        rowsOf(QStringLiteral("SELECT * FROM notifications WHERE case_id = ?"), id);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().value(u"user_id"_qs).toLongLong(), w->agentAId);
    QCOMPARE(notices.first().value(u"kind"_qs).toString(), u"tracking_code_changed"_qs);
    QVERIFY(notices.first().value(u"version"_qs).toLongLong() > 0);

    // Note and notification reach agent A's laptop by its next pull; agent B sees neither.
    bool noteSeen = false;
    for (const QJsonObject &seen : pulled(w->agentA, "case_notes"))
        noteSeen = noteSeen || seen.value(u"case_id").toInteger() == id;
    QVERIFY(noteSeen);
    const QList<QJsonObject> mine = pulled(w->agentA, "notifications");
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().value(u"kind").toString(), u"tracking_code_changed"_qs);
    QCOMPARE(mine.first().value(u"case_id").toInteger(), id);
    QVERIFY(pulled(w->agentB, "notifications").isEmpty());

    // Written through the push's batch: no version given twice, the audit chain intact.
    QSqlQuery versions(w->database()->connection());
    QVERIFY(versions.exec(QStringLiteral(
        "SELECT version FROM cases UNION ALL SELECT version FROM case_status_history UNION ALL "
        "SELECT version FROM case_notes UNION ALL SELECT version FROM notifications")));
    QSet<qint64> seen;
    while (versions.next()) {
        QVERIFY2(!seen.contains(versions.value(0).toLongLong()), "a version given twice");
        seen.insert(versions.value(0).toLongLong());
    }
    const auto report = Records::AuditVerifier(w->database()->connection()).verify();
    QVERIFY(report.hasValue());
    QVERIFY(report->isIntact());

    // By REST too.
    const qint64 third = createCase(w->agentA, {{QStringLiteral("tracking_code"), code.compact()}});
    QVERIFY(third);
    QVERIFY(row(third).value(u"tracking_code"_qs).toString() != code.compact());
    QCOMPARE(rowsOf(QStringLiteral("SELECT * FROM case_notes WHERE case_id = ?"), third).size(), 1);
}

void TestCaseRules::trackingCodeCannotChange()
{
    const qint64 id = createCase(w->agentA);
    const QString before = row(id).value(u"tracking_code"_qs).toString();
    StoreError error;
    const QJsonObject changed =
        update(w->supervisor, id,
               {{QStringLiteral("tracking_code"),
                 TrackingCode::generate(*QRandomGenerator::global()).compact()}},
               &error);
    QVERIFY(changed.isEmpty());
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QCOMPARE(error.fieldErrors.first().code, u"not_writable"_qs);
    QCOMPARE(row(id).value(u"tracking_code"_qs).toString(), before);
}

void TestCaseRules::slaNotificationsReachTheirUserByPull()
{
    // The breach tells the owner as well as the supervisor here.
    QSqlQuery setup(w->database()->connection());
    QVERIFY(setup.exec(QStringLiteral(
        "UPDATE sla_policies SET breach_actions = '[\"notify_owner\",\"notify_supervisor\"]'")));
    CaseService::SlaMonitor monitor(w->database(), *clock);
    const qint64 id = createCase(w->agentA); // owned by agent A; due 10:30 Tehran
    QCOMPARE(row(id).value(u"owner_id"_qs).toLongLong(), w->agentAId);
    QVERIFY(pulled(w->agentA, "notifications").isEmpty());

    clock->set(utc(2026, 4, 25, 7, 5)); // past the warning and the first-response breach
    const auto report = monitor.checkOnce();
    QVERIFY(report.hasValue());
    QCOMPARE(report->firings, 2);

    const QList<QJsonObject> owner = pulled(w->agentA, "notifications");
    QStringList kinds;
    for (const QJsonObject &notice : owner) {
        QCOMPARE(notice.value(u"user_id").toInteger(), w->agentAId);
        QCOMPARE(notice.value(u"case_id").toInteger(), id);
        QCOMPARE(notice.value(u"clock").toString(), u"first_response"_qs);
        QVERIFY(notice.value(u"read_at").isNull());
        QVERIFY(notice.value(u"version").toInteger() > 0);
        QCOMPARE(notice.value(u"created_at").toInteger(), ms(clock->now()));
        kinds << notice.value(u"kind").toString();
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"sla_breach"_qs, u"sla_warning"_qs}));

    const QList<QJsonObject> supervisor = pulled(w->supervisor, "notifications");
    QCOMPARE(supervisor.size(), 1);
    QCOMPARE(supervisor.first().value(u"kind").toString(), u"sla_breach"_qs);
    QVERIFY(pulled(w->agentB, "notifications").isEmpty());
    // Not even an administrator reads another user's notifications.
    Access::Principal administrator = w->supervisor;
    administrator.userId = UserId(w->authorId);
    administrator.roles = {Access::Role::Administrator};
    QVERIFY(pulled(administrator, "notifications").isEmpty());

    // The same notifications by the REST list.
    const auto listed =
        store->list(w->agentA, *Entities::findEntity(u"notifications"), EntityStore::ListQuery{});
    QVERIFY(listed.hasValue());
    QCOMPARE(listed->items.size(), 2);
}

void TestCaseRules::notificationsAreTheirUsersToMarkRead()
{
    const Entities::EntityDef &notifications = *Entities::findEntity(u"notifications");
    CaseService::SlaMonitor monitor(w->database(), *clock);
    const qint64 caseId = createCase(w->agentA);
    clock->set(utc(2026, 4, 25, 6, 31)); // the warning, for the owner
    QVERIFY(monitor.checkOnce().hasValue());
    const QList<QJsonObject> mine = pulled(w->agentA, "notifications");
    QCOMPARE(mine.size(), 1);
    const qint64 id = mine.first().value(u"id").toInteger();
    const qint64 version = mine.first().value(u"version").toInteger();

    // The user marks it read: a new version, which the next pull brings.
    const qint64 readAt = ms(clock->now());
    const auto read =
        store->update(w->agentA, notifications, id, {{QStringLiteral("read_at"), readAt}}, version,
                      QStringLiteral("test"));
    QVERIFY(read.hasValue());
    QCOMPARE(read->value(u"read_at").toInteger(), readAt);
    QVERIFY(read->value(u"version").toInteger() > version);
    Sync::SyncService sync(w->database(), *clock);
    const auto page = sync.pull(w->agentA, version, 100);
    QVERIFY(page.hasValue());
    bool seenRead = false;
    for (const QJsonValue &change : page->value(u"changes").toArray())
        seenRead = seenRead || (change[u"entity"].toString() == u"notifications"_qs &&
                                change[u"row"][u"read_at"].toInteger() == readAt);
    QVERIFY(seenRead);

    // Nothing else of it is the user's to change.
    for (const QJsonObject &fields :
         {QJsonObject{{QStringLiteral("kind"), QStringLiteral("sla_breach")}},
          QJsonObject{{QStringLiteral("user_id"), w->agentBId}},
          QJsonObject{{QStringLiteral("case_id"), w->caseB}}}) {
        const auto refused =
            store->update(w->agentA, notifications, id, fields, {}, QStringLiteral("test"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Invalid);
        QCOMPARE(refused.error().fieldErrors.first().code, u"not_writable"_qs);
    }
    // Another user's notification does not exist for them.
    const auto other =
        store->update(w->agentB, notifications, id, {{QStringLiteral("read_at"), readAt}}, {},
                      QStringLiteral("test"));
    QVERIFY(!other);
    QCOMPARE(other.error().kind, StoreError::Kind::NotFound);
    // Clients neither create nor delete notifications, by REST or by push.
    const auto created = store->create(
        w->agentA, notifications, {{QStringLiteral("read_at"), readAt}}, QStringLiteral("test"));
    QVERIFY(!created);
    QCOMPARE(created.error().kind, StoreError::Kind::Forbidden);
    const auto removed = store->remove(w->agentA, notifications, id, {}, QStringLiteral("test"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, StoreError::Kind::Forbidden);
    const auto pushed = sync.push(
        w->agentA,
        {QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("n-1")},
                     {QStringLiteral("entity"), QStringLiteral("notifications")},
                     {QStringLiteral("op"), QStringLiteral("create")},
                     {QStringLiteral("fields"), QJsonObject{{QStringLiteral("read_at"), readAt}}}},
         QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("n-2")},
                     {QStringLiteral("entity"), QStringLiteral("notifications")},
                     {QStringLiteral("op"), QStringLiteral("delete")},
                     {QStringLiteral("id"), id}}},
        QStringLiteral("laptop"));
    QVERIFY(pushed.hasValue());
    QCOMPARE(pushed->at(0)[u"status"].toString(), u"rejected"_qs);
    QCOMPARE(pushed->at(1)[u"status"].toString(), u"rejected"_qs);
    QCOMPARE(rowsOf(QStringLiteral("SELECT * FROM notifications WHERE case_id = ?"), caseId).size(),
             1);
    QCOMPARE(rowsOf(QStringLiteral("SELECT * FROM notifications WHERE id = ?"), id)
                 .first()
                 .value(u"deleted"_qs)
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestCaseRules)
#include "tst_caserules.moc"
