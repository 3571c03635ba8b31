#pragma once

#include "entitydef.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

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

// The columns an entity keeps in the clear beside id, version and parents, so that the
// case queues and the dashboards can filter, sort and count without opening rows. Each is
// the row's member of the same name, except priority_rank (the priority's place in
// Vocabulary::priorities: 0 low .. 3 urgent) and tracking_code (compact, upper case).
// Cases have their routing and clock facts (migration 0002, and the first response and
// resolution times since) and their citizen; survey responses their score and time;
// interactions, case notes and mission cases their time (and mission cases their case),
// for the Citizen 360 timeline. Citizens' words never
// are among them.
struct ClearColumn
{
    enum class Kind { Integer, Text, PriorityRank, TrackingCode };
    QString name;      // the column
    QByteArray member; // the row's JSON member it comes from
    Kind kind = Kind::Integer;
};
const QList<ClearColumn> &clearColumns(const QString &entity);
// Adds the clear columns a table lacks (a cache made before they were kept); the entities
// given new columns go to `added`, whose rows must then be filled in. An error text, or
// empty.
QString ensureClearColumns(QSqlDatabase &db, QStringList *added);
// The dashboards' covering index over the cases' clear columns (creation time first, then
// every column the dashboards read or filter on), so that a year of figures walks the index
// alone instead of the table's sealed rows. Named like the queue indexes (e_cases_q_*), so
// a bulk load drops and remakes it with them. An error text, or empty.
QString ensureDashboardIndex(QSqlDatabase &db);
inline constexpr const char *dashboardIndex = "e_cases_q_dashboard";
// The Citizen 360 timeline's covering indexes (citizentimeline.h): a citizen's cases by
// time, their interactions, and the notes and mission rows of a case. Named
// like the queue indexes (e_<entity>_q_*), so a bulk load drops and remakes them too. An
// error text, or empty.
QString ensureCitizenIndexes(QSqlDatabase &db);
// The columns' values for `row`, in the order of clearColumns().
QVariantList clearValuesOf(const QString &entity, const QJsonObject &row);
// A clear column's value as SQLite is given it: NULL, an integer, or text as UTF-8 or
// UTF-16.
struct ClearValue
{
    enum class Type { Null, Integer, Text, Text16 };
    Type type = Type::Null;
    qint64 integer = 0;
    QByteArray text; // may share the bytes of the page it was read from (fromRawData)
    QString text16;

    // From a value of clearValuesOf(), bound as Qt's driver binds it (a null string is
    // NULL, other strings go in as UTF-16).
    static ClearValue fromVariant(const QVariant &value);
};
// The same as clearValuesOf() gives, from a member's text as the server sent it
// (PullPage::members, on a page read() has checked); nothing when the text must be parsed
// first (a string with escapes). Text values may point into `text`.
std::optional<ClearValue> clearValueFromText(const ClearColumn &column, QByteArrayView text);
// A tracking code or its beginning as typed: Persian and Arabic-Indic digits become ASCII,
// dashes, spaces and invisible marks go, letters become upper case ("۷kd-۴" -> "7KD4").
QString normalizedTrackingCode(QStringView input);

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
