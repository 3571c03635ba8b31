#pragma once

#include "database.h"
#include "principal.h"
#include "testdatabase.h"

#include <QVariantMap>

#include <memory>

namespace Shahrvand::Testing {

// A municipality with a services department (teams A and B) and a finance department;
// an agent in each team, a supervisor over the department, a field officer (in team A)
// sent on a mission for a case of team B, a knowledge author and a finance approver.
// Citizen 1 called about case A, citizen 2 about case B. Built on a fresh, migrated
// database of the backend the run asks for.
class TestWorld final
{
public:
    TestWorld();

    bool isValid() const { return m_valid; }
    std::shared_ptr<Storage::Database> database() const { return m_database; }
    // Where the database is, for a process started on it (the server's commands).
    const Storage::DatabaseUrl &url() const { return m_test->url(); }

    // Inserts a row as the system would (versioned, audited); returns its id, 0 on error.
    qint64 insert(const char *table, const QVariantMap &fields);

    qint64 org = 0, services = 0, teamA = 0, teamB = 0, finance = 0;
    qint64 agentAId = 0, agentBId = 0, supervisorId = 0, officerId = 0, authorId = 0,
           financierId = 0;
    qint64 service = 0, citizen1 = 0, citizen2 = 0, caseA = 0, caseB = 0;
    qint64 mission = 0, published = 0, draft = 0, claimA = 0, claimOfficer = 0;
    Access::Principal agentA, agentB, supervisor, officer, author, financier;

private:
    Access::Principal principal(qint64 userId, QSet<Access::Role> roles, QSet<qint64> units,
                                QSet<qint64> alsoVisible = {});

    std::unique_ptr<TestDatabase> m_test;
    std::shared_ptr<Storage::Database> m_database;
    bool m_valid = false;
};

} // namespace Shahrvand::Testing
