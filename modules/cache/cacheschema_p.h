#pragma once

#include "entitydef.h"

#include <QSqlDatabase>
#include <QString>

namespace Shahrvand::Cache::Schema {

// Numbered migrations of the fixed tables (migrations/*.sql), tracked in PRAGMA
// user_version.
int latestVersion();

// The table of one entity's rows: e_<entity>. Every one has the same shape:
//   id          the server's id; negative for a row created here and not yet pushed
//   version     the server version of the row underneath (0: created here)
//   parent_id   for child entities, the parent row's id (to drop children with it)
//   parent_type for children of several kinds of parent, the parent's entity
//   local       0: as on the server; 1: with local edits pending; 2: deleted locally
//   data        sealed JSON: the row as the user sees it (server row plus local edits)
//   server_data sealed JSON: the server's row under pending local edits (else NULL)
QString tableOf(const QString &entity);

// Creates the table (and its parent index) of every entity of the registry that does not
// have one yet. An error text, or empty.
QString ensureEntityTables(QSqlDatabase &db);

// The parent of a row of `entity`, read from its JSON: {parent entity, parent id}, or
// {} for entities that are not children.
struct ParentRef
{
    QString entity;
    qint64 id = 0;
};
ParentRef parentOf(const Entities::EntityDef &entity, const QJsonObject &row);

// The entities whose rows are children of `parent` (ChildOf, or ChildOfAny with a type
// naming it).
QList<const Entities::EntityDef *> childrenOf(const QString &parent);

} // namespace Shahrvand::Cache::Schema
