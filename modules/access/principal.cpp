#include "principal.h"

namespace Shahrvand::Access {

bool Principal::hasAnyRole(std::initializer_list<Role> any) const
{
    for (Role role : any) {
        if (roles.contains(role))
            return true;
    }
    return false;
}

bool Principal::mayReadNationalIds() const
{
    return isFrontOffice();
}

bool Principal::mayReadPhones() const
{
    // Field officers call citizens from the field; they never see national IDs.
    return isFrontOffice() || hasRole(Role::FieldOfficer);
}

bool Principal::isFrontOffice() const
{
    return hasAnyRole({Role::Agent, Role::SeniorAgent, Role::Supervisor, Role::Administrator});
}

} // namespace Shahrvand::Access
