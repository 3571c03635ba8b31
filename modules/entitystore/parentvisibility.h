#pragma once

#include "entitydef.h"
#include "expected.h"
#include "principal.h"
#include "storeerror.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

namespace Shahrvand::EntityStore {

// Parents found visible to one writer, checked together for many rows (a push's
// mutations) instead of one at a time: on PostgreSQL each check is a round trip. Only
// parents found visible are kept; whoever holds it must clear() it when a write could
// take a parent out of the writer's view (anything but the creation of a child row:
// creating rows only ever brings rows into view).
class VisibleParents final
{
public:
    // Checks these candidates (parent entity -> ids) and keeps the visible ones.
    Expected<bool, QString> load(QSqlDatabase &db, const Access::Principal &writer,
                                 const QHash<QString, QSet<qint64>> &candidates);
    bool contains(const QString &entity, qint64 id) const;
    void clear() { m_ids.clear(); }

private:
    QHash<QString, QSet<qint64>> m_ids;
};

// The parent entity named by a row (or a pushed mutation's fields) of `entity`, and the
// column holding its id; empty when `entity` has no parent, or the row names no kind the
// registry knows.
QString parentEntityOf(const Entities::EntityDef &entity, const QString &typeCode);

// A row that belongs to a parent (a case's note, a citizen's phone, a claim's line, an
// attachment of a mission) is written only under a parent its writer sees: another
// unit's case is "not found" to a note's author, as it is to its reader, and nothing is
// written. `row` holds the row's parent column (and, for a row whose parent may be of
// several kinds, its type column) as they will be stored. A row without a parent passes
// (its own scope decides who sees it), as does an entity that has no parent.
Expected<bool, StoreError> requireVisibleParent(QSqlDatabase &db, const Access::Principal &writer,
                                                const Entities::EntityDef &entity,
                                                const QVariantMap &row,
                                                const VisibleParents *known = nullptr);

// Whether a change of `changes` moves the row to another parent.
bool changesParent(const Entities::EntityDef &entity, const QVariantMap &changes);

} // namespace Shahrvand::EntityStore
