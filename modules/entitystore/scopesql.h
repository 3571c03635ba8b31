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

// The visibility condition split into alternatives, each an equality on one indexed
// column (the owner, or one of the viewer's units), whose OR is visibilityCondition():
// a list can read each alternative along its own index and merge them. Empty when the
// condition does not split so (an administrator sees everything; a field officer's
// cases come through missions; entities not scoped by unit or owner).
QStringList visibilityBranches(const Entities::EntityDef &entity, const QString &alias,
                               const Access::Principal &viewer);

} // namespace Shahrvand::EntityStore
