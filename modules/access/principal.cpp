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

} // namespace Shahrvand::Access
