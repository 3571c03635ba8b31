#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Shahrvand::Access {

// The roles of the product. A user has one or more.
enum class Role {
    Agent,             // answers citizens, handles cases of their units (tier 1)
    SeniorAgent,       // tier 2: takes escalations
    Supervisor,        // oversees units (and the units below them), reassigns, reports
    FieldOfficer,      // works missions, usually offline
    KnowledgeAuthor,   // writes knowledge articles
    KnowledgeApprover, // approves and publishes them
    FinanceApprover,   // approves expense claims at the finance step
    Administrator,     // users, units, catalogue, rules
};

struct RoleText
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Access::Role)
};

const QList<Role> &allRoles();

// The stable code stored in the database and used in the API: "agent", "senior_agent", ...
QString roleCode(Role role);
std::optional<Role> roleFromCode(QStringView code);

// The role's name for people, in the current UI language.
QString roleDisplayName(Role role);

} // namespace Shahrvand::Access
