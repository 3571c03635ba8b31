#pragma once

#include "entitydef.h"
#include "principal.h"

#include <QString>

namespace Shahrvand::EntityStore {

// The SQL condition under which `viewer` may see a row of `entity` whose table is
// aliased `alias`: the scope rules of the registry, as SQL. Values in the condition are
// the viewer's ids and role codes, which the server itself holds (never request text),
// so they are written into the SQL rather than bound. Conditions nest for child
// entities (a case note is visible when its case is).
QString visibilityCondition(const Entities::EntityDef &entity, const QString &alias,
                            const Access::Principal &viewer);

} // namespace Shahrvand::EntityStore
