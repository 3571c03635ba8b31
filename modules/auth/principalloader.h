#pragma once

#include "expected.h"
#include "ids.h"
#include "principal.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Shahrvand::Auth {

// Reads who a user is, for the server's permission checks: name, language, roles, units,
// and the units whose objects they may see. A user who is inactive or deleted has no
// principal (nothing). Errors are the database's text, for the log.
//
// visibleUnits: the user's own units; for supervisors and administrators also every unit
// below them in the org_units tree (parent_id), at any depth. Deleted units are left out.
// An administrator with no unit sees no unit's objects: an operator gives the first
// administrator the root unit once the organisation exists.
class PrincipalLoader final
{
public:
    static Expected<std::optional<Access::Principal>, QString> load(QSqlDatabase db, UserId user);

    // Fills principal.delegators: the active approvers whose delegations to the principal
    // have not ended at `nowMs` (started or not), with their roles and visible units.
    // The server's principal for requests carries them (see EntityStore::visibilityCondition).
    static Expected<bool, QString> loadDelegators(QSqlDatabase db, Access::Principal &principal,
                                                  qint64 nowMs);
    // load() and loadDelegators() together: the principal of a request.
    static Expected<std::optional<Access::Principal>, QString>
    loadWithDelegators(QSqlDatabase db, UserId user, qint64 nowMs);
};

} // namespace Shahrvand::Auth
