// Who sees and changes what, through the entity store, on a real database (SQLite, and
// PostgreSQL under pg_virtualenv). The world: a municipality with a services department
// (teams A and B) and a finance department; agents in each team, a supervisor over the
// department, a field officer sent on a mission for a case of team B.
#include "auditlog.h"
#include "entitydef.h"
#include "entitystore.h"
#include "manualclock.h"
#include "migrations.h"
#include "nationalid.h"
#include "rowwriter.h"
#include "testdatabase.h"
#include "trackingcode.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::EntityStore;
using Access::Principal;
using Access::Role;
using Testing::TestDatabase;

namespace {

const Entities::EntityDef &entity(const char *name)
{
    return *Entities::findEntity(QString::fromLatin1(name));
}

} // namespace

class TestEntityStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void agentSeesOwnTeamOnly();
    void supervisorSeesUnitsBelow();
    void fieldOfficerSeesMissionCasesAndMaskedCitizens();
    void childrenFollowTheirParent();
    void knowledgeDraftsStayWithEditors();
    void expenseClaimsByRole();
    void createFillsServerFields();
    void searchIgnoresArabicSpellings();
    void updateChecksVersionScopeAndRole();
    void deleteLeavesTombstone();
    void keysetPagingIsComplete();
    void filtersAreTypedAndSafe();
    void nationalIdReadsAreAudited();
    void invalidInputIsReported();

private:
    qint64 insert(const char *table, const QVariantMap &fields);
    Principal principal(qint64 userId, QSet<Role> roles, QSet<qint64> units,
                        QSet<qint64> visible = {});

    std::unique_ptr<TestDatabase> m_test;
    std::shared_ptr<Storage::Database> m_database;
    Testing::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;

    qint64 m_org = 0, m_services = 0, m_teamA = 0, m_teamB = 0, m_finance = 0;
    qint64 m_agentA = 0, m_agentB = 0, m_supervisor = 0, m_officer = 0, m_author = 0,
           m_financier = 0;
    qint64 m_service = 0, m_citizen1 = 0, m_citizen2 = 0, m_caseA = 0, m_caseB = 0;
    qint64 m_mission = 0, m_published = 0, m_draft = 0, m_claimA = 0, m_claimOfficer = 0;
    Principal m_agentAP, m_agentBP, m_supervisorP, m_officerP, m_authorP, m_financierP;
};

qint64 TestEntityStore::insert(const char *table, const QVariantMap &fields)
{
    QSqlDatabase db = m_database->connection();
    Storage::Transaction transaction(db, m_database->backend());
    Records::RowWriter writer(db, m_database->backend());
    const auto row =
        writer.insert(QString::fromLatin1(table), fields, {{}, QStringLiteral("test"), 1});
    if (!row) {
        qWarning("insert into %s failed: %s", table, qPrintable(row.error().detail));
        return 0;
    }
    transaction.commit();
    return row->id;
}

Principal TestEntityStore::principal(qint64 userId, QSet<Role> roles, QSet<qint64> units,
                                     QSet<qint64> visible)
{
    Principal p;
    p.userId = UserId(userId);
    p.roles = std::move(roles);
    for (qint64 unit : units)
        p.units.insert(OrgUnitId(unit));
    p.visibleUnits = p.units;
    for (qint64 unit : visible)
        p.visibleUnits.insert(OrgUnitId(unit));
    return p;
}

void TestEntityStore::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    m_database = m_test->open();
    QVERIFY(m_database);
    QVERIFY(Storage::Migrator(m_database).migrate().hasValue());
    m_store = std::make_unique<Store>(m_database, m_clock);

    auto unit = [this](const char *code, const char *kind, qint64 parent) {
        QVariantMap fields{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                           {QStringLiteral("code"), QString::fromLatin1(code)},
                           {QStringLiteral("name_fa"), QString::fromLatin1(code)},
                           {QStringLiteral("name_en"), QString::fromLatin1(code)}};
        if (parent)
            fields.insert(QStringLiteral("parent_id"), parent);
        return insert("org_units", fields);
    };
    m_org = unit("city", "organisation", 0);
    m_services = unit("services", "department", m_org);
    m_teamA = unit("team-a", "team", m_services);
    m_teamB = unit("team-b", "team", m_services);
    m_finance = unit("finance", "department", m_org);

    auto user = [this](const char *name) {
        return insert("users", {{QStringLiteral("username"), QString::fromLatin1(name)},
                                {QStringLiteral("display_name"), QString::fromLatin1(name)},
                                {QStringLiteral("password_hash"), QStringLiteral("x")}});
    };
    m_agentA = user("agent-a");
    m_agentB = user("agent-b");
    m_supervisor = user("supervisor");
    m_officer = user("officer");
    m_author = user("author");
    m_financier = user("financier");
    m_agentAP = principal(m_agentA, {Role::Agent}, {m_teamA});
    m_agentBP = principal(m_agentB, {Role::Agent}, {m_teamB});
    m_supervisorP = principal(m_supervisor, {Role::Supervisor}, {m_services}, {m_teamA, m_teamB});
    m_officerP = principal(m_officer, {Role::FieldOfficer}, {m_teamA});
    m_authorP = principal(m_author, {Role::KnowledgeAuthor}, {m_services});
    m_financierP = principal(m_financier, {Role::FinanceApprover}, {m_finance});

    m_service = insert("services", {{QStringLiteral("code"), QStringLiteral("lighting")},
                                    {QStringLiteral("name_fa"), QStringLiteral("روشنایی معابر")},
                                    {QStringLiteral("name_en"), QStringLiteral("Street lighting")},
                                    {QStringLiteral("responsible_unit_id"), m_teamA}});
    m_citizen1 = insert("citizens", {{QStringLiteral("national_id"), QStringLiteral("0013542419")},
                                     {QStringLiteral("first_name"), QStringLiteral("زهرا")},
                                     {QStringLiteral("last_name"), QStringLiteral("کریمی")}});
    m_citizen2 = insert("citizens", {{QStringLiteral("national_id"), QStringLiteral("0067749828")},
                                     {QStringLiteral("first_name"), QStringLiteral("علی")},
                                     {QStringLiteral("last_name"), QStringLiteral("رضایی")}});
    auto kase = [this](const char *code, qint64 team, qint64 citizen) {
        return insert("cases", {{QStringLiteral("tracking_code"), QString::fromLatin1(code)},
                                {QStringLiteral("service_id"), m_service},
                                {QStringLiteral("channel"), QStringLiteral("phone")},
                                {QStringLiteral("team_id"), team},
                                {QStringLiteral("citizen_id"), citizen},
                                {QStringLiteral("subject"), QStringLiteral("چراغ خاموش")}});
    };
    m_caseA = kase("AAA-AAA-AAA", m_teamA, m_citizen1);
    m_caseB = kase("BBB-BBB-BBB", m_teamB, m_citizen2);
    m_mission = insert("missions", {{QStringLiteral("order_number"), QStringLiteral("M-1")},
                                    {QStringLiteral("purpose"), QStringLiteral("بازدید")},
                                    {QStringLiteral("unit_id"), m_services}});
    insert("mission_assignees",
           {{QStringLiteral("mission_id"), m_mission}, {QStringLiteral("user_id"), m_officer}});
    insert("mission_cases",
           {{QStringLiteral("mission_id"), m_mission}, {QStringLiteral("case_id"), m_caseB}});
    auto article = [this](const char *title, const char *status) {
        return insert("knowledge_articles",
                      {{QStringLiteral("article_type"), QStringLiteral("faq")},
                       {QStringLiteral("title"), QString::fromLatin1(title)},
                       {QStringLiteral("status"), QString::fromLatin1(status)}});
    };
    m_published = article("published", "published");
    m_draft = article("draft", "draft");
    auto claim = [this](qint64 claimant) {
        return insert("expense_claims", {{QStringLiteral("claimant_id"), claimant},
                                         {QStringLiteral("unit_id"), m_teamA}});
    };
    m_claimA = claim(m_agentA);
    m_claimOfficer = claim(m_officer);
    QVERIFY(m_claimOfficer > 0);
}

void TestEntityStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_test.reset();
}

void TestEntityStore::agentSeesOwnTeamOnly()
{
    QVERIFY(m_store->get(m_agentAP, entity("cases"), m_caseA).hasValue());
    const auto other = m_store->get(m_agentAP, entity("cases"), m_caseB);
    QVERIFY(!other.hasValue());
    // Another unit's object is "not found", never "forbidden": its existence is not told.
    QCOMPARE(other.error().kind, StoreError::Kind::NotFound);
    const auto page = m_store->list(m_agentAP, entity("cases"), {});
    QVERIFY(page.hasValue());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().toObject().value(u"id").toInteger(), m_caseA);

    // Owning a case of another team makes it visible to its owner.
    QSqlQuery own(m_database->connection());
    QVERIFY(own.exec(
        QStringLiteral("UPDATE cases SET owner_id = %1 WHERE id = %2").arg(m_agentA).arg(m_caseB)));
    QVERIFY(m_store->get(m_agentAP, entity("cases"), m_caseB).hasValue());
}

void TestEntityStore::supervisorSeesUnitsBelow()
{
    const auto page = m_store->list(m_supervisorP, entity("cases"), {});
    QVERIFY(page.hasValue());
    QCOMPARE(page->items.size(), 2);
    QVERIFY(!m_store->list(m_financierP, entity("cases"), {})->items.size());
}

void TestEntityStore::fieldOfficerSeesMissionCasesAndMaskedCitizens()
{
    // Team A's case is not theirs; team B's case is on their mission.
    QVERIFY(!m_store->get(m_officerP, entity("cases"), m_caseA).hasValue());
    QVERIFY(m_store->get(m_officerP, entity("cases"), m_caseB).hasValue());
    QVERIFY(m_store->get(m_officerP, entity("missions"), m_mission).hasValue());
    QVERIFY(!m_store->get(m_agentAP, entity("missions"), m_mission).hasValue());

    const auto citizens = m_store->list(m_officerP, entity("citizens"), {});
    QVERIFY(citizens.hasValue());
    QCOMPARE(citizens->items.size(), 1);
    const QJsonObject citizen = citizens->items.first().toObject();
    QCOMPARE(citizen.value(u"id").toInteger(), m_citizen2);
    QCOMPARE(citizen.value(u"national_id").toString(), QStringLiteral("******9828"));
    QCOMPARE(citizen.value(u"first_name").toString(), QStringLiteral("علی"));
    // The front office sees every citizen, in clear.
    const auto all = m_store->list(m_agentAP, entity("citizens"), {});
    QCOMPARE(all->items.size(), 2);
    QCOMPARE(all->items.first().toObject().value(u"national_id").toString(),
             QStringLiteral("0013542419"));
    QVERIFY(m_store->list(m_authorP, entity("citizens"), {})->items.isEmpty());
}

void TestEntityStore::childrenFollowTheirParent()
{
    const auto note = m_store->create(m_agentBP, entity("case_notes"),
                                      {{QStringLiteral("case_id"), m_caseB},
                                       {QStringLiteral("body"), QStringLiteral("تماس گرفته شد")}},
                                      QStringLiteral("test"));
    QVERIFY2(note.hasValue(), note.hasValue() ? "" : qPrintable(note.error().detail));
    const qint64 noteId = note->value(u"id").toInteger();
    QCOMPARE(note->value(u"author_id").toInteger(), m_agentB);
    QVERIFY(m_store->get(m_supervisorP, entity("case_notes"), noteId).hasValue());
    QVERIFY(m_store->get(m_officerP, entity("case_notes"), noteId).hasValue());
    QVERIFY(!m_store->get(m_agentAP, entity("case_notes"), noteId).hasValue());
}

void TestEntityStore::knowledgeDraftsStayWithEditors()
{
    QCOMPARE(m_store->list(m_agentAP, entity("knowledge_articles"), {})->items.size(), 1);
    QVERIFY(!m_store->get(m_agentAP, entity("knowledge_articles"), m_draft).hasValue());
    QCOMPARE(m_store->list(m_authorP, entity("knowledge_articles"), {})->items.size(), 2);
}

void TestEntityStore::expenseClaimsByRole()
{
    QCOMPARE(m_store->list(m_agentAP, entity("expense_claims"), {})->items.size(), 1);
    QCOMPARE(m_store->list(m_officerP, entity("expense_claims"), {})->items.size(), 1);
    QCOMPARE(m_store->list(m_agentBP, entity("expense_claims"), {})->items.size(), 0);
    QCOMPARE(m_store->list(m_supervisorP, entity("expense_claims"), {})->items.size(), 2);
    QCOMPARE(m_store->list(m_financierP, entity("expense_claims"), {})->items.size(), 2);
    // Nobody records an approval decision through the generic path.
    const auto step =
        m_store->create(m_financierP, entity("approval_steps"), {}, QStringLiteral("test"));
    QVERIFY(!step.hasValue());
    QCOMPARE(step.error().kind, StoreError::Kind::Forbidden);
}

void TestEntityStore::createFillsServerFields()
{
    const auto created =
        m_store->create(m_agentAP, entity("cases"),
                        {{QStringLiteral("service_id"), m_service},
                         {QStringLiteral("channel"), QStringLiteral("telegram")},
                         {QStringLiteral("team_id"), m_teamA},
                         {QStringLiteral("subject"), QStringLiteral("درخت افتاده در پارك")}},
                        QStringLiteral("127.0.0.1"));
    QVERIFY2(created.hasValue(), created.hasValue() ? "" : qPrintable(created.error().detail));
    QCOMPARE(created->value(u"created_by").toInteger(), m_agentA);
    QCOMPARE(created->value(u"status").toString(), QStringLiteral("new"));
    QCOMPARE(created->value(u"created_at").toInteger(), m_clock.now().toMSecsSinceEpoch());
    QVERIFY(TrackingCode::parse(created->value(u"tracking_code").toString()).hasValue());
    QVERIFY(created->value(u"version").toInteger() > 0);
    QVERIFY(!created->contains(u"search_text"));

    const auto phone = m_store->create(m_agentAP, entity("citizen_phones"),
                                       {{QStringLiteral("citizen_id"), m_citizen1},
                                        {QStringLiteral("e164"), QStringLiteral("021 8877 6655")}},
                                       QStringLiteral("test"));
    QVERIFY(phone.hasValue());
    QCOMPARE(phone->value(u"e164").toString(), QStringLiteral("+982188776655"));
    QCOMPARE(phone->value(u"kind").toString(), QStringLiteral("landline"));

    const auto forbidden = m_store->create(m_authorP, entity("cases"),
                                           {{QStringLiteral("service_id"), m_service},
                                            {QStringLiteral("channel"), QStringLiteral("web")}},
                                           QStringLiteral("test"));
    QCOMPARE(forbidden.error().kind, StoreError::Kind::Forbidden);
}

void TestEntityStore::searchIgnoresArabicSpellings()
{
    QVERIFY(m_store->create(
        m_agentAP, entity("cases"),
        {{QStringLiteral("service_id"), m_service},
         {QStringLiteral("channel"), QStringLiteral("web")},
         {QStringLiteral("team_id"), m_teamA},
         {QStringLiteral("subject"), QStringLiteral("درخت‌ها در پارک")}},
        QStringLiteral("test")));
    ListQuery query;
    query.search = QStringLiteral("درختها پارك"); // no ZWNJ, Arabic kaf
    const auto found = m_store->list(m_agentAP, entity("cases"), query);
    QVERIFY(found.hasValue());
    QCOMPARE(found->items.size(), 1);
    query.search = QStringLiteral("100%_");
    QCOMPARE(m_store->list(m_agentAP, entity("cases"), query)->items.size(), 0);
    query.search = QStringLiteral("x");
    const auto notSearchable = m_store->list(m_agentAP, entity("case_notes"), query);
    QCOMPARE(notSearchable.error().kind, StoreError::Kind::Invalid);
}

void TestEntityStore::updateChecksVersionScopeAndRole()
{
    const auto before = m_store->get(m_agentAP, entity("cases"), m_caseA);
    const qint64 version = before->value(u"version").toInteger();
    const auto updated = m_store->update(m_agentAP, entity("cases"), m_caseA,
                                         {{QStringLiteral("priority"), QStringLiteral("urgent")}},
                                         version, QStringLiteral("test"));
    QVERIFY(updated.hasValue());
    QVERIFY(updated->value(u"version").toInteger() > version);
    QCOMPARE(updated->value(u"priority").toString(), QStringLiteral("urgent"));

    // The same stale version again: refused, and told what is current.
    const auto stale = m_store->update(m_agentAP, entity("cases"), m_caseA,
                                       {{QStringLiteral("priority"), QStringLiteral("low")}},
                                       version, QStringLiteral("test"));
    QCOMPARE(stale.error().kind, StoreError::Kind::PreconditionFailed);
    QCOMPARE(stale.error().currentVersion, updated->value(u"version").toInteger());
    QCOMPARE(m_store->get(m_agentAP, entity("cases"), m_caseA)->value(u"priority").toString(),
             QStringLiteral("urgent"));

    const auto invisible = m_store->update(m_agentAP, entity("cases"), m_caseB,
                                           {{QStringLiteral("priority"), QStringLiteral("low")}},
                                           std::nullopt, QStringLiteral("test"));
    QCOMPARE(invisible.error().kind, StoreError::Kind::NotFound);
    const auto notWriter = m_store->update(m_officerP, entity("citizens"), m_citizen2,
                                           {{QStringLiteral("notes"), QStringLiteral("x")}},
                                           std::nullopt, QStringLiteral("test"));
    QCOMPARE(notWriter.error().kind, StoreError::Kind::Forbidden);

    // Moving the case to team B takes it out of agent A's sight.
    QVERIFY(m_store->update(m_agentAP, entity("cases"), m_caseA,
                            {{QStringLiteral("team_id"), m_teamB}}, std::nullopt,
                            QStringLiteral("test")));
    QVERIFY(!m_store->get(m_agentAP, entity("cases"), m_caseA).hasValue());
    QVERIFY(m_store->get(m_agentBP, entity("cases"), m_caseA).hasValue());
}

void TestEntityStore::deleteLeavesTombstone()
{
    const auto removed =
        m_store->remove(m_agentAP, entity("cases"), m_caseA, std::nullopt, QStringLiteral("test"));
    QVERIFY(removed.hasValue());
    QCOMPARE(removed->value(u"deleted").toBool(), true);
    QCOMPARE(m_store->get(m_agentAP, entity("cases"), m_caseA).error().kind,
             StoreError::Kind::NotFound);
    QCOMPARE(m_store->list(m_agentAP, entity("cases"), {})->items.size(), 0);
    ListQuery withDeleted;
    withDeleted.includeDeleted = true;
    QCOMPARE(m_store->list(m_agentAP, entity("cases"), withDeleted)->items.size(), 1);
    QCOMPARE(
        m_store->remove(m_agentAP, entity("cases"), m_caseA, std::nullopt, QStringLiteral("test"))
            .error()
            .kind,
        StoreError::Kind::NotFound);
    QSqlQuery row(m_database->connection());
    QVERIFY(row.exec(QStringLiteral("SELECT deleted FROM cases WHERE id = %1").arg(m_caseA)));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toInt(), 1);
}

void TestEntityStore::keysetPagingIsComplete()
{
    for (int i = 0; i < 120; ++i)
        insert("case_notes", {{QStringLiteral("case_id"), m_caseA},
                              {QStringLiteral("body"), QString::number(i)}});
    QSet<qint64> seen;
    ListQuery query;
    query.limit = 50;
    int pages = 0;
    while (true) {
        const auto page = m_store->list(m_agentAP, entity("case_notes"), query);
        QVERIFY(page.hasValue());
        ++pages;
        for (const QJsonValue &item : page->items)
            QVERIFY(!seen.contains(item.toObject().value(u"id").toInteger()));
        for (const QJsonValue &item : page->items)
            seen.insert(item.toObject().value(u"id").toInteger());
        if (!page->nextAfterId)
            break;
        query.afterId = *page->nextAfterId;
    }
    QCOMPARE(seen.size(), 120);
    QCOMPARE(pages, 3);
}

void TestEntityStore::filtersAreTypedAndSafe()
{
    ListQuery query;
    query.filters.insert(QStringLiteral("team_id"), QString::number(m_teamB));
    QCOMPARE(m_store->list(m_supervisorP, entity("cases"), query)->items.size(), 1);
    query.filters.insert(QStringLiteral("team_id"), QStringLiteral("1 OR 1=1"));
    QCOMPARE(m_store->list(m_supervisorP, entity("cases"), query).error().kind,
             StoreError::Kind::Invalid);
    query.filters.clear();
    query.filters.insert(QStringLiteral("tracking_code"), QStringLiteral("x' OR '1'='1"));
    QCOMPARE(m_store->list(m_supervisorP, entity("cases"), query)->items.size(), 0);
    query.filters.clear();
    query.filters.insert(QStringLiteral("password_hash"), QStringLiteral("x"));
    QCOMPARE(m_store->list(m_supervisorP, entity("users"), query).error().kind,
             StoreError::Kind::Invalid);
}

void TestEntityStore::nationalIdReadsAreAudited()
{
    auto reads = [this] {
        QSqlQuery query(m_database->connection());
        query.exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read_national_id'"));
        query.next();
        return query.value(0).toInt();
    };
    QCOMPARE(reads(), 0);
    QVERIFY(m_store->get(m_agentAP, entity("citizens"), m_citizen1).hasValue());
    QCOMPARE(reads(), 1);
    QVERIFY(m_store->list(m_agentAP, entity("citizens"), {}).hasValue());
    QCOMPARE(reads(), 2);
    // A masked read is not a read of the national ID.
    QVERIFY(m_store->get(m_officerP, entity("citizens"), m_citizen2).hasValue());
    QCOMPARE(reads(), 2);
}

void TestEntityStore::invalidInputIsReported()
{
    const auto result =
        m_store->create(m_agentAP, entity("citizens"),
                        {{QStringLiteral("national_id"), QStringLiteral("1111111111")},
                         {QStringLiteral("birth_date"), QStringLiteral("1360/01/01")}},
                        QStringLiteral("test"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind, StoreError::Kind::Invalid);
    QCOMPARE(result.error().fieldErrors.size(), 2);
    // A national ID another citizen has is a conflict, not a crash.
    const auto duplicate = m_store->create(
        m_agentAP, entity("citizens"),
        {{QStringLiteral("national_id"), QStringLiteral("0013542419")}}, QStringLiteral("test"));
    QCOMPARE(duplicate.error().kind, StoreError::Kind::Conflict);
    const auto missingReference = m_store->create(
        m_agentAP, entity("case_notes"),
        {{QStringLiteral("case_id"), 987654}, {QStringLiteral("body"), QStringLiteral("x")}},
        QStringLiteral("test"));
    QVERIFY(!missingReference.hasValue());
}

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"
