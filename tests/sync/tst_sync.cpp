// The server side of sync on a real database: what each user's pull carries, how rows
// follow users' views, and pushes applied exactly once with per-field merge.
#include "auditverifier.h"
#include "entitydef.h"
#include "entitystore.h"
#include "manualclock.h"
#include "syncservice.h"
#include "testworld.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Sync;
using Access::Principal;

namespace {

const Entities::EntityDef &entity(const char *name)
{
    return *Entities::findEntity(QString::fromLatin1(name));
}

// Everything a pull sequence brings, as the client would apply it.
struct ClientView
{
    QMap<QString, QMap<qint64, QJsonObject>> rows; // entity -> id -> row
    qint64 cursor = 0;
    int pages = 0;
    QJsonArray lastDrops;

    bool has(const char *entityName, qint64 id) const
    {
        return rows.value(QString::fromLatin1(entityName)).contains(id);
    }
};

bool pullAll(SyncService &sync, const Principal &user, ClientView &view, int limit = 1000)
{
    view.lastDrops = {};
    for (;;) {
        const auto page = sync.pull(user, view.cursor, limit);
        if (!page)
            return false;
        ++view.pages;
        for (const QJsonValue &change : page->value(u"changes").toArray()) {
            const QString name = change[u"entity"].toString();
            const QJsonObject row = change[u"row"].toObject();
            if (row.value(u"deleted").toBool())
                view.rows[name].remove(row.value(u"id").toInteger());
            else
                view.rows[name].insert(row.value(u"id").toInteger(), row);
        }
        for (const QJsonValue &drop : page->value(u"drops").toArray()) {
            view.rows[drop[u"entity"].toString()].remove(drop[u"id"].toInteger());
            view.lastDrops.append(drop);
        }
        view.cursor = page->value(u"cursor").toInteger();
        if (!page->value(u"more").toBool())
            return true;
    }
}

QJsonObject mutation(const QString &id, const char *entityName, const char *op, qint64 rowId,
                     QJsonObject fields, qint64 baseVersion = -1, QJsonObject base = {})
{
    QJsonObject m{{QStringLiteral("client_mutation_id"), id},
                  {QStringLiteral("entity"), QString::fromLatin1(entityName)},
                  {QStringLiteral("op"), QString::fromLatin1(op)},
                  {QStringLiteral("fields"), fields}};
    if (rowId)
        m.insert(QStringLiteral("id"), rowId);
    if (baseVersion >= 0)
        m.insert(QStringLiteral("base_version"), baseVersion);
    if (!base.isEmpty())
        m.insert(QStringLiteral("base"), base);
    return m;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstPullIsTheUsersSlice();
    void pagesAreCompleteAndOrdered();
    void tombstonesPropagate();
    void caseMovedToAnotherTeamIsDroppedAndArrivesWithItsNotes();
    void officerTakenOffMissionLosesItsSlice();
    void retriedPushIsAppliedOnce();
    void differentFieldsMergeSameFieldConflicts();
    void referencesToRowsCreatedInTheSameBatch();
    void invalidMutationsAreRejectedAndRemembered();
    void anotherUsersMutationIdIsRefused();
    void pushRespectsScopeAndRoles();
    void pushesKeepTheAuditChainAndVersions();
    void refusalAfterWritingUndoesThatMutationOnly();

private:
    qint64 versionOf(const char *entityName, qint64 id);

    std::unique_ptr<Testing::TestWorld> w;
    Testing::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<EntityStore::Store> m_store;
};

void TestSync::init()
{
    w = std::make_unique<Testing::TestWorld>();
    QVERIFY(w->isValid());
    m_sync = std::make_unique<SyncService>(w->database(), m_clock);
    m_store = std::make_unique<EntityStore::Store>(w->database(), m_clock);
}

void TestSync::cleanup()
{
    m_store.reset();
    m_sync.reset();
    w.reset();
}

qint64 TestSync::versionOf(const char *entityName, qint64 id)
{
    QSqlQuery query(w->database()->connection());
    query.exec(QStringLiteral("SELECT version FROM %1 WHERE id = %2")
                   .arg(QString::fromLatin1(entityName))
                   .arg(id));
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestSync::firstPullIsTheUsersSlice()
{
    ClientView agent;
    QVERIFY(pullAll(*m_sync, w->agentA, agent));
    QVERIFY(agent.has("cases", w->caseA));
    QVERIFY(!agent.has("cases", w->caseB));
    QVERIFY(agent.has("citizens", w->citizen2)); // the front office answers any citizen
    QVERIFY(agent.has("org_units", w->teamB));   // reference data is everyone's
    QVERIFY(agent.has("knowledge_articles", w->published));
    QVERIFY(!agent.has("knowledge_articles", w->draft));
    QVERIFY(!agent.has("missions", w->mission));
    QVERIFY(agent.has("expense_claims", w->claimA));
    QVERIFY(!agent.has("expense_claims", w->claimOfficer));

    ClientView officer;
    QVERIFY(pullAll(*m_sync, w->officer, officer));
    QVERIFY(officer.has("missions", w->mission));
    QVERIFY(officer.has("cases", w->caseB));
    QVERIFY(!officer.has("cases", w->caseA));
    QVERIFY(officer.has("citizens", w->citizen2));
    QVERIFY(!officer.has("citizens", w->citizen1));
    // The officer's laptop never receives a national ID in clear.
    QCOMPARE(officer.rows[QStringLiteral("citizens")][w->citizen2].value(u"national_id").toString(),
             QStringLiteral("******9828"));

    // Nothing new: an empty page, and the cursor stays.
    const qint64 cursor = agent.cursor;
    const auto again = m_sync->pull(w->agentA, cursor, 1000);
    QVERIFY(again.hasValue());
    QCOMPARE(again->value(u"changes").toArray().size(), 0);
    QCOMPARE(again->value(u"cursor").toInteger(), cursor);
}

void TestSync::pagesAreCompleteAndOrdered()
{
    for (int i = 0; i < 57; ++i)
        w->insert("case_notes", {{QStringLiteral("case_id"), w->caseA},
                                 {QStringLiteral("body"), QString::number(i)}});
    ClientView whole, paged;
    QVERIFY(pullAll(*m_sync, w->supervisor, whole, 10000));
    QVERIFY(pullAll(*m_sync, w->supervisor, paged, 7));
    QVERIFY(paged.pages > 10);
    QCOMPARE(paged.rows, whole.rows);
    QCOMPARE(paged.cursor, whole.cursor);

    qint64 last = 0;
    const auto page = m_sync->pull(w->supervisor, 0, 10000);
    for (const QJsonValue &change : page->value(u"changes").toArray()) {
        const qint64 version = change[u"row"][u"version"].toInteger();
        QVERIFY(version > last);
        last = version;
    }

    // Every page is the `limit` oldest of the viewer's rows after its cursor: pages laid
    // end to end are the one big page, each but the last exactly `limit` rows long, for a
    // viewer who sees most rows and for one who sees few.
    for (const Principal *user : {&w->supervisor, &w->officer, &w->author}) {
        const auto all = m_sync->pull(*user, 0, 10000);
        QVERIFY(all.hasValue());
        const QJsonArray expected = all->value(u"changes").toArray();
        for (const int limit : {1, 2, 3, 7, 50}) {
            QJsonArray joined;
            qint64 cursor = 0;
            for (bool more = true; more;) {
                const auto part = m_sync->pull(*user, cursor, limit);
                QVERIFY(part.hasValue());
                const QJsonArray changes = part->value(u"changes").toArray();
                more = part->value(u"more").toBool();
                if (more) {
                    QCOMPARE(changes.size(), limit);
                    QCOMPARE(part->value(u"cursor").toInteger(),
                             changes.last()[u"row"][u"version"].toInteger());
                }
                for (const QJsonValue &change : changes)
                    joined.append(change);
                cursor = part->value(u"cursor").toInteger();
            }
            QCOMPARE(joined, expected);
            QCOMPARE(cursor, all->value(u"cursor").toInteger());
        }
    }
}

void TestSync::tombstonesPropagate()
{
    ClientView agent;
    QVERIFY(pullAll(*m_sync, w->agentA, agent));
    const auto note = m_store->create(
        w->agentA, entity("case_notes"),
        {{QStringLiteral("case_id"), w->caseA}, {QStringLiteral("body"), QStringLiteral("x")}},
        QStringLiteral("t"));
    QVERIFY(note.hasValue());
    const qint64 noteId = note->value(u"id").toInteger();
    QVERIFY(pullAll(*m_sync, w->agentA, agent));
    QVERIFY(agent.has("case_notes", noteId));
    QVERIFY(m_store->remove(w->agentA, entity("case_notes"), noteId, std::nullopt,
                            QStringLiteral("t")));
    QVERIFY(pullAll(*m_sync, w->agentA, agent));
    QVERIFY(!agent.has("case_notes", noteId));
}

void TestSync::caseMovedToAnotherTeamIsDroppedAndArrivesWithItsNotes()
{
    const qint64 oldNote =
        w->insert("case_notes", {{QStringLiteral("case_id"), w->caseA},
                                 {QStringLiteral("body"), QStringLiteral("old")}});
    ClientView agentA, agentB;
    QVERIFY(pullAll(*m_sync, w->agentA, agentA));
    QVERIFY(pullAll(*m_sync, w->agentB, agentB));
    QVERIFY(agentA.has("case_notes", oldNote));
    QVERIFY(!agentB.has("case_notes", oldNote));

    QVERIFY(m_store->update(w->agentA, entity("cases"), w->caseA,
                            {{QStringLiteral("team_id"), w->teamB}}, std::nullopt,
                            QStringLiteral("t")));

    QVERIFY(pullAll(*m_sync, w->agentA, agentA));
    QVERIFY(!agentA.has("cases", w->caseA));
    QCOMPARE(agentA.lastDrops.size(), 1);
    QCOMPARE(agentA.lastDrops.first()[u"entity"].toString(), QStringLiteral("cases"));

    QVERIFY(pullAll(*m_sync, w->agentB, agentB));
    QVERIFY(agentB.has("cases", w->caseA));
    // The note is older than agent B's cursor, yet it comes with its case.
    QVERIFY(agentB.has("case_notes", oldNote));

    // The supervisor saw it before and still does: nothing to drop.
    ClientView supervisor;
    QVERIFY(pullAll(*m_sync, w->supervisor, supervisor));
    QVERIFY(supervisor.has("cases", w->caseA));
}

void TestSync::officerTakenOffMissionLosesItsSlice()
{
    ClientView officer;
    QVERIFY(pullAll(*m_sync, w->officer, officer));
    QVERIFY(officer.has("missions", w->mission));

    // Find the assignment and take the officer off the mission, as a supervisor.
    QSqlQuery query(w->database()->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT id FROM mission_assignees WHERE user_id = %1").arg(w->officerId)));
    QVERIFY(query.next());
    const qint64 assignment = query.value(0).toLongLong();
    query.finish();
    QVERIFY(m_store->remove(w->supervisor, entity("mission_assignees"), assignment, std::nullopt,
                            QStringLiteral("t")));
    QVERIFY(pullAll(*m_sync, w->officer, officer));
    QVERIFY(!officer.has("missions", w->mission));
    QVERIFY(!officer.has("cases", w->caseB));
    QVERIFY(!officer.has("citizens", w->citizen2));

    // Sent again: the mission comes back with its cases and citizens, whatever their age.
    QVERIFY(m_store->create(
        w->supervisor, entity("mission_assignees"),
        {{QStringLiteral("mission_id"), w->mission}, {QStringLiteral("user_id"), w->officerId}},
        QStringLiteral("t")));
    QVERIFY(pullAll(*m_sync, w->officer, officer));
    QVERIFY(officer.has("missions", w->mission));
    QVERIFY(officer.has("cases", w->caseB));
    QVERIFY(officer.has("citizens", w->citizen2));
}

void TestSync::retriedPushIsAppliedOnce()
{
    const QJsonArray batch{mutation(QStringLiteral("m-1"), "cases", "create", 0,
                                    {{QStringLiteral("service_id"), w->service},
                                     {QStringLiteral("channel"), QStringLiteral("sms")},
                                     {QStringLiteral("team_id"), w->teamA}})};
    const auto first = m_sync->push(w->agentA, batch, QStringLiteral("laptop"));
    QVERIFY(first.hasValue());
    QCOMPARE(first->first()[u"status"].toString(), QStringLiteral("applied"));
    const auto second = m_sync->push(w->agentA, batch, QStringLiteral("laptop"));
    QVERIFY(second.hasValue());
    QCOMPARE(*second, *first);
    QSqlQuery count(w->database()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE channel = 'sms'")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestSync::differentFieldsMergeSameFieldConflicts()
{
    const qint64 base = versionOf("cases", w->caseA);
    // Meanwhile, on the server, someone changes the subject.
    QVERIFY(m_store->update(w->supervisor, entity("cases"), w->caseA,
                            {{QStringLiteral("subject"), QStringLiteral("روشنایی کوچه")}},
                            std::nullopt, QStringLiteral("t")));
    // Offline, the agent changed the priority: merged.
    const auto merged =
        m_sync->push(w->agentA,
                     {mutation(QStringLiteral("m-2"), "cases", "update", w->caseA,
                               {{QStringLiteral("priority"), QStringLiteral("high")}}, base,
                               {{QStringLiteral("priority"), QStringLiteral("normal")}})},
                     QStringLiteral("laptop"));
    QVERIFY(merged.hasValue());
    QCOMPARE(merged->first()[u"status"].toString(), QStringLiteral("applied"));
    const auto row = m_store->get(w->agentA, entity("cases"), w->caseA);
    QCOMPARE(row->value(u"priority").toString(), QStringLiteral("high"));
    QCOMPARE(row->value(u"subject").toString(), QStringLiteral("روشنایی کوچه"));

    // Both changed the subject, differently: a conflict, nothing applied.
    const auto conflict =
        m_sync->push(w->agentA,
                     {mutation(QStringLiteral("m-3"), "cases", "update", w->caseA,
                               {{QStringLiteral("subject"), QStringLiteral("تیر چراغ")},
                                {QStringLiteral("priority"), QStringLiteral("urgent")}},
                               base,
                               {{QStringLiteral("subject"), QStringLiteral("چراغ خاموش")},
                                {QStringLiteral("priority"), QStringLiteral("high")}})},
                     QStringLiteral("laptop"));
    QVERIFY(conflict.hasValue());
    const QJsonObject result = conflict->first().toObject();
    QCOMPARE(result[u"status"].toString(), QStringLiteral("conflict"));
    const QJsonArray conflicts = result[u"conflicts"].toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first()[u"field"].toString(), QStringLiteral("subject"));
    QCOMPARE(conflicts.first()[u"theirs"].toString(), QStringLiteral("روشنایی کوچه"));
    QCOMPARE(conflicts.first()[u"mine"].toString(), QStringLiteral("تیر چراغ"));
    QCOMPARE(result[u"row"][u"subject"].toString(), QStringLiteral("روشنایی کوچه"));
    QCOMPARE(m_store->get(w->agentA, entity("cases"), w->caseA)->value(u"priority").toString(),
             QStringLiteral("high"));
    // The same mutation again gets the same answer.
    const auto retried =
        m_sync->push(w->agentA,
                     {mutation(QStringLiteral("m-3"), "cases", "update", w->caseA,
                               {{QStringLiteral("subject"), QStringLiteral("x")}})},
                     QStringLiteral("laptop"));
    QCOMPARE(retried->first().toObject(), result);

    // The user resolves it by taking theirs and pushing a new mutation based on it.
    const qint64 current = versionOf("cases", w->caseA);
    const auto resolved =
        m_sync->push(w->agentA,
                     {mutation(QStringLiteral("m-4"), "cases", "update", w->caseA,
                               {{QStringLiteral("subject"), QStringLiteral("تیر چراغ")}}, current)},
                     QStringLiteral("laptop"));
    QCOMPARE(resolved->first()[u"status"].toString(), QStringLiteral("applied"));
}

void TestSync::referencesToRowsCreatedInTheSameBatch()
{
    const auto results =
        m_sync->push(w->agentA,
                     {mutation(QStringLiteral("new-case"), "cases", "create", 0,
                               {{QStringLiteral("service_id"), w->service},
                                {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                {QStringLiteral("team_id"), w->teamA}}),
                      mutation(QStringLiteral("its-note"), "case_notes", "create", 0,
                               {{QStringLiteral("case_id"), QStringLiteral("tmp:new-case")},
                                {QStringLiteral("body"), QStringLiteral("حضوری")}}),
                      mutation(QStringLiteral("bad-ref"), "case_notes", "create", 0,
                               {{QStringLiteral("case_id"), QStringLiteral("tmp:nothing")},
                                {QStringLiteral("body"), QStringLiteral("x")}})},
                     QStringLiteral("laptop"));
    QVERIFY(results.hasValue());
    QCOMPARE(results->at(0)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(results->at(1)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(results->at(1)[u"row"][u"case_id"].toInteger(),
             results->at(0)[u"row"][u"id"].toInteger());
    QCOMPARE(results->at(2)[u"status"].toString(), QStringLiteral("rejected"));
    QCOMPARE(results->at(2)[u"error"][u"code"].toString(), QStringLiteral("unknown_reference"));
}

void TestSync::invalidMutationsAreRejectedAndRemembered()
{
    const QJsonArray batch{mutation(QStringLiteral("bad-1"), "cases", "create", 0,
                                    {{QStringLiteral("channel"), QStringLiteral("pigeon")}}),
                           mutation(QStringLiteral("bad-2"), "no_such_entity", "create", 0, {}),
                           QJsonObject{{QStringLiteral("entity"), QStringLiteral("cases")}},
                           mutation(QStringLiteral("bad-3"), "cases", "update", 99999,
                                    {{QStringLiteral("priority"), QStringLiteral("low")}})};
    const auto results = m_sync->push(w->agentA, batch, QStringLiteral("laptop"));
    QVERIFY(results.hasValue());
    QCOMPARE(results->size(), 4);
    QCOMPARE(results->at(0)[u"error"][u"code"].toString(), QStringLiteral("validation_failed"));
    QVERIFY(results->at(0)[u"error"][u"fields"].toArray().size() >= 2);
    QCOMPARE(results->at(1)[u"error"][u"code"].toString(), QStringLiteral("invalid_mutation"));
    QCOMPARE(results->at(2)[u"error"][u"code"].toString(), QStringLiteral("invalid_mutation"));
    QCOMPARE(results->at(3)[u"error"][u"code"].toString(), QStringLiteral("not_found"));
    const auto again = m_sync->push(w->agentA, batch, QStringLiteral("laptop"));
    QCOMPARE(*again, *results);
}

void TestSync::anotherUsersMutationIdIsRefused()
{
    const QJsonArray batch{mutation(
        QStringLiteral("shared-id"), "case_notes", "create", 0,
        {{QStringLiteral("case_id"), w->caseA}, {QStringLiteral("body"), QStringLiteral("x")}})};
    QCOMPARE(m_sync->push(w->agentA, batch, QStringLiteral("a"))->first()[u"status"].toString(),
             QStringLiteral("applied"));
    const auto other = m_sync->push(w->supervisor, batch, QStringLiteral("b"));
    QCOMPARE(other->first()[u"error"][u"code"].toString(), QStringLiteral("mutation_id_in_use"));
}

void TestSync::pushRespectsScopeAndRoles()
{
    const auto results =
        m_sync->push(w->agentA,
                     {mutation(QStringLiteral("s-1"), "cases", "update", w->caseB,
                               {{QStringLiteral("priority"), QStringLiteral("low")}}),
                      mutation(QStringLiteral("s-2"), "services", "update", w->service,
                               {{QStringLiteral("name_en"), QStringLiteral("Lights")}}),
                      mutation(QStringLiteral("s-3"), "cases", "update", w->caseA,
                               {{QStringLiteral("tracking_code"), QStringLiteral("HACKED")}})},
                     QStringLiteral("laptop"));
    QVERIFY(results.hasValue());
    QCOMPARE(results->at(0)[u"error"][u"code"].toString(), QStringLiteral("not_found"));
    QCOMPARE(results->at(1)[u"error"][u"code"].toString(), QStringLiteral("forbidden"));
    QCOMPARE(results->at(2)[u"error"][u"code"].toString(), QStringLiteral("validation_failed"));

    // Rows under another team's case are refused as the case is hidden: not found. The
    // parents of a push's new rows are checked together before it is applied; a case
    // moved out of view by an earlier mutation of the push is checked again.
    const auto note = [](const char *id, qint64 caseId) {
        return mutation(QString::fromLatin1(id), "case_notes", "create", 0,
                        {{QStringLiteral("case_id"), caseId},
                         {QStringLiteral("body"), QStringLiteral("یادداشت")}});
    };
    const auto moved = m_sync->push(w->agentA,
                                    {note("s-4", w->caseB), note("s-5", w->caseA),
                                     mutation(QStringLiteral("s-6"), "cases", "update", w->caseA,
                                              {{QStringLiteral("team_id"), w->teamB}}),
                                     note("s-7", w->caseA)},
                                    QStringLiteral("laptop"));
    QVERIFY(moved.hasValue());
    QCOMPARE(moved->at(0)[u"error"][u"code"].toString(), QStringLiteral("not_found"));
    QCOMPARE(moved->at(1)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(moved->at(2)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(moved->at(3)[u"error"][u"code"].toString(), QStringLiteral("not_found"));
}

// Mutations run without savepoints until one is refused after it wrote (here the
// database refuses a national ID already taken): then the push is applied again, each
// mutation in a savepoint, and only that one is undone; the answers and the audit chain
// are those of a push that never had a first attempt.
void TestSync::refusalAfterWritingUndoesThatMutationOnly()
{
    const auto citizen = [](const char *id, const char *nationalId) {
        return mutation(QString::fromLatin1(id), "citizens", "create", 0,
                        {{QStringLiteral("national_id"), QString::fromLatin1(nationalId)},
                         {QStringLiteral("first_name"), QStringLiteral("مریم")},
                         {QStringLiteral("last_name"), QStringLiteral("احمدی")}});
    };
    const qint64 retriesBefore = m_sync->isolatedRetries();
    const auto results =
        m_sync->push(w->agentA,
                     {citizen("u-1", "1234567891"), citizen("u-2", "1234567891"),
                      mutation(QStringLiteral("u-3"), "case_notes", "create", 0,
                               {{QStringLiteral("case_id"), w->caseA},
                                {QStringLiteral("body"), QStringLiteral("پس از تکرار")}})},
                     QStringLiteral("laptop"));
    QVERIFY(results.hasValue());
    QCOMPARE(results->at(0)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(results->at(1)[u"status"].toString(), QStringLiteral("rejected"));
    QCOMPARE(results->at(1)[u"error"][u"code"].toString(), QStringLiteral("constraint_conflict"));
    QCOMPARE(results->at(2)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(m_sync->isolatedRetries(), retriesBefore + 1);
    QVERIFY(results->at(2)[u"row"][u"version"].toInteger() >
            results->at(0)[u"row"][u"version"].toInteger());

    QSqlQuery count(w->database()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE national_id = "
                                      "'1234567891'")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    const auto report = Records::AuditVerifier(w->database()->connection()).verify();
    QVERIFY(report.hasValue());
    QVERIFY(report->isIntact());

    // A retry of the same push is answered from the stored answers, the refusal included.
    const auto again =
        m_sync->push(w->agentA, {citizen("u-1", "1234567891"), citizen("u-2", "1234567891")},
                     QStringLiteral("laptop"));
    QVERIFY(again.hasValue());
    QCOMPARE(again->at(0), results->at(0));
    QCOMPARE(again->at(1), results->at(1));
    QCOMPARE(m_sync->isolatedRetries(), retriesBefore + 1);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

void TestSync::pushesKeepTheAuditChainAndVersions()
{
    // A push hands out versions and chains audit lines in memory and writes them at the
    // end: the trail must verify, with one line per change and rejected ones left out,
    // and the change sequence must cover every version written.
    const auto countLines = [this] {
        QSqlQuery query(w->database()->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 linesBefore = countLines();
    const QJsonObject note = mutation(
        QStringLiteral("chain-1"), "case_notes", "create", 0,
        {{QStringLiteral("case_id"), w->caseA}, {QStringLiteral("body"), QStringLiteral("one")}});
    const QJsonArray batch{note,
                           mutation(QStringLiteral("chain-2"), "case_notes", "create", 0,
                                    {{QStringLiteral("case_id"), 987654321},
                                     {QStringLiteral("body"), QStringLiteral("x")}}),
                           mutation(QStringLiteral("chain-3"), "cases", "update", w->caseA,
                                    {{QStringLiteral("priority"), QStringLiteral("low")}}),
                           note, // the same id again: the same answer, nothing applied twice
                           mutation(QStringLiteral("chain-4"), "case_notes", "create", 0,
                                    {{QStringLiteral("case_id"), w->caseA},
                                     {QStringLiteral("body"), QStringLiteral("two")}})};
    const auto results = m_sync->push(w->agentA, batch, QStringLiteral("laptop"));
    QVERIFY(results.hasValue());
    QCOMPARE(results->size(), 5);
    QCOMPARE(results->at(0)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(results->at(1)[u"status"].toString(), QStringLiteral("rejected"));
    QCOMPARE(results->at(2)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(results->at(3), results->at(0));
    QCOMPARE(results->at(4)[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(countLines(), linesBefore + 3);

    const qint64 first = results->at(0)[u"row"][u"version"].toInteger();
    const qint64 second = results->at(2)[u"row"][u"version"].toInteger();
    const qint64 third = results->at(4)[u"row"][u"version"].toInteger();
    QVERIFY(first < second && second < third);
    const auto page = m_sync->pull(w->agentA, first - 1, 1000);
    QVERIFY(page.hasValue());
    QVERIFY(page->value(u"head").toInteger() >= third);

    // A second push chains on from the first.
    const auto more = m_sync->push(w->agentA,
                                   {mutation(QStringLiteral("chain-5"), "case_notes", "create", 0,
                                             {{QStringLiteral("case_id"), w->caseA},
                                              {QStringLiteral("body"), QStringLiteral("three")}})},
                                   QStringLiteral("laptop"));
    QVERIFY(more.hasValue());
    QVERIFY(more->first()[u"row"][u"version"].toInteger() > third);
    const auto report = Records::AuditVerifier(w->database()->connection()).verify();
    QVERIFY(report.hasValue());
    QVERIFY(report->isIntact());
    QCOMPARE(report->rowsChecked, linesBefore + 4);
}
