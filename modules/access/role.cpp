#include "role.h"

namespace Shahrvand::Access {

const QList<Role> &allRoles()
{
    static const QList<Role> roles{
        Role::Agent,           Role::SeniorAgent,       Role::Supervisor,      Role::FieldOfficer,
        Role::KnowledgeAuthor, Role::KnowledgeApprover, Role::FinanceApprover, Role::Administrator};
    return roles;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::SeniorAgent:
        return QStringLiteral("senior_agent");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::FieldOfficer:
        return QStringLiteral("field_officer");
    case Role::KnowledgeAuthor:
        return QStringLiteral("knowledge_author");
    case Role::KnowledgeApprover:
        return QStringLiteral("knowledge_approver");
    case Role::FinanceApprover:
        return QStringLiteral("finance_approver");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (Role role : allRoles()) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Agent:
        return RoleText::tr("Agent");
    case Role::SeniorAgent:
        return RoleText::tr("Senior agent");
    case Role::Supervisor:
        return RoleText::tr("Supervisor");
    case Role::FieldOfficer:
        return RoleText::tr("Field officer");
    case Role::KnowledgeAuthor:
        return RoleText::tr("Knowledge author");
    case Role::KnowledgeApprover:
        return RoleText::tr("Knowledge approver");
    case Role::FinanceApprover:
        return RoleText::tr("Finance approver");
    case Role::Administrator:
        return RoleText::tr("Administrator");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand::Access
