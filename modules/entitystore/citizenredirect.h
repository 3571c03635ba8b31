#pragma once

#include "entitydef.h"
#include "expected.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace Shahrvand::EntityStore {

// After two citizens are merged, a write may still name the merged one: a workstation's
// offline edit pushed later, a screen left open on the old record. Such a row is given to
// the survivor rather than left hanging on a citizen nobody looks at: every reference to
// a citizen in `columns` (and an attachment's citizen owner) that names a merged citizen
// is replaced by the one it was merged into, following later merges. The citizens table
// itself is left alone: its only reference, merged_into_id, is the merge's own. Runs in
// the write's transaction.
Expected<bool, QString> redirectMergedCitizens(const QSqlDatabase &db,
                                               const Entities::EntityDef &entity,
                                               QVariantMap &columns);

} // namespace Shahrvand::EntityStore
