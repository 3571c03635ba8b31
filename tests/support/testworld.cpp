#include "testworld.h"

#include "migrations.h"
#include "rowwriter.h"

#include <QSqlQuery>

namespace Shahrvand::Testing {

using Access::Role;

qint64 TestWorld::insert(const char *table, const QVariantMap &fields)
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
    return transaction.commit() ? row->id : 0;
}

Access::Principal TestWorld::principal(qint64 userId, QSet<Role> roles, QSet<qint64> units,
                                       QSet<qint64> alsoVisible)
{
    Access::Principal p;
    p.userId = UserId(userId);
    p.username = QStringLiteral("user%1").arg(userId);
    p.roles = std::move(roles);
    for (qint64 unit : units)
        p.units.insert(OrgUnitId(unit));
    p.visibleUnits = p.units;
    for (qint64 unit : alsoVisible)
        p.visibleUnits.insert(OrgUnitId(unit));
    return p;
}

TestWorld::TestWorld()
    : m_test(std::make_unique<TestDatabase>())
{
    if (!m_test->isValid()) {
        qWarning("TestWorld: %s", qPrintable(m_test->error()));
        return;
    }
    m_database = m_test->open();
    if (!m_database || !Storage::Migrator(m_database).migrate())
        return;

    auto unit = [this](const char *code, const char *kind, qint64 parent) {
        QVariantMap fields{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                           {QStringLiteral("code"), QString::fromLatin1(code)},
                           {QStringLiteral("name_fa"), QString::fromLatin1(code)},
                           {QStringLiteral("name_en"), QString::fromLatin1(code)}};
        if (parent)
            fields.insert(QStringLiteral("parent_id"), parent);
        return insert("org_units", fields);
    };
    org = unit("city", "organisation", 0);
    services = unit("services", "department", org);
    teamA = unit("team-a", "team", services);
    teamB = unit("team-b", "team", services);
    finance = unit("finance", "department", org);

    auto user = [this](const char *name) {
        return insert("users", {{QStringLiteral("username"), QString::fromLatin1(name)},
                                {QStringLiteral("display_name"), QString::fromLatin1(name)},
                                {QStringLiteral("password_hash"), QStringLiteral("x")}});
    };
    agentAId = user("agent-a");
    agentBId = user("agent-b");
    supervisorId = user("supervisor");
    officerId = user("officer");
    authorId = user("author");
    financierId = user("financier");
    // The same roles and units in the database, so that a real sign-in produces these
    // principals.
    auto grant = [this](qint64 userId, Role role, qint64 unitId) {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
        query.addBindValue(userId);
        query.addBindValue(Access::roleCode(role));
        query.exec();
        query.prepare(QStringLiteral("INSERT INTO user_units (user_id, unit_id) VALUES (?, ?)"));
        query.addBindValue(userId);
        query.addBindValue(unitId);
        query.exec();
    };
    grant(agentAId, Role::Agent, teamA);
    grant(agentBId, Role::Agent, teamB);
    grant(supervisorId, Role::Supervisor, services);
    grant(officerId, Role::FieldOfficer, teamA);
    grant(authorId, Role::KnowledgeAuthor, services);
    grant(financierId, Role::FinanceApprover, finance);
    agentA = principal(agentAId, {Role::Agent}, {teamA});
    agentB = principal(agentBId, {Role::Agent}, {teamB});
    supervisor = principal(supervisorId, {Role::Supervisor}, {services}, {teamA, teamB});
    officer = principal(officerId, {Role::FieldOfficer}, {teamA});
    author = principal(authorId, {Role::KnowledgeAuthor}, {services});
    financier = principal(financierId, {Role::FinanceApprover}, {finance});

    service = insert("services", {{QStringLiteral("code"), QStringLiteral("lighting")},
                                  {QStringLiteral("name_fa"), QStringLiteral("روشنایی معابر")},
                                  {QStringLiteral("name_en"), QStringLiteral("Street lighting")},
                                  {QStringLiteral("responsible_unit_id"), teamA}});
    citizen1 = insert("citizens", {{QStringLiteral("national_id"), QStringLiteral("0013542419")},
                                   {QStringLiteral("first_name"), QStringLiteral("زهرا")},
                                   {QStringLiteral("last_name"), QStringLiteral("کریمی")}});
    citizen2 = insert("citizens", {{QStringLiteral("national_id"), QStringLiteral("0067749828")},
                                   {QStringLiteral("first_name"), QStringLiteral("علی")},
                                   {QStringLiteral("last_name"), QStringLiteral("رضایی")}});
    auto kase = [this](const char *code, qint64 team, qint64 citizen) {
        return insert("cases", {{QStringLiteral("tracking_code"), QString::fromLatin1(code)},
                                {QStringLiteral("service_id"), service},
                                {QStringLiteral("channel"), QStringLiteral("phone")},
                                {QStringLiteral("team_id"), team},
                                {QStringLiteral("citizen_id"), citizen},
                                {QStringLiteral("subject"), QStringLiteral("چراغ خاموش")}});
    };
    caseA = kase("AAA-AAA-AAA", teamA, citizen1);
    caseB = kase("BBB-BBB-BBB", teamB, citizen2);
    mission = insert("missions", {{QStringLiteral("order_number"), QStringLiteral("M-1")},
                                  {QStringLiteral("purpose"), QStringLiteral("بازدید")},
                                  {QStringLiteral("unit_id"), services}});
    insert("mission_assignees",
           {{QStringLiteral("mission_id"), mission}, {QStringLiteral("user_id"), officerId}});
    insert("mission_cases",
           {{QStringLiteral("mission_id"), mission}, {QStringLiteral("case_id"), caseB}});
    auto article = [this](const char *title, const char *status) {
        return insert("knowledge_articles",
                      {{QStringLiteral("article_type"), QStringLiteral("faq")},
                       {QStringLiteral("title"), QString::fromLatin1(title)},
                       {QStringLiteral("status"), QString::fromLatin1(status)}});
    };
    published = article("published", "published");
    draft = article("draft", "draft");
    auto claim = [this](qint64 claimant) {
        return insert("expense_claims", {{QStringLiteral("claimant_id"), claimant},
                                         {QStringLiteral("unit_id"), teamA}});
    };
    claimA = claim(agentAId);
    claimOfficer = claim(officerId);
    m_valid = claimOfficer > 0;
}

} // namespace Shahrvand::Testing
