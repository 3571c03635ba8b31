#pragma once

#include "role.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Shahrvand::Entities {

// What a field holds, as the API and the workstation cache see it.
enum class FieldType {
    Reference, // the id of a row of another entity (integer)
    Text,
    Integer,
    Boolean,   // JSON true/false; stored 0/1
    Real,      // coordinates
    Date,      // 'YYYY-MM-DD' (Gregorian; shown as Jalali)
    Timestamp, // milliseconds since the epoch, UTC
    Money,     // integer rials
    JsonObject,
    JsonArray,
};

// A domain check beyond the type.
enum class FieldCheck {
    None,
    NationalId, // normalized to 10 digits
    Phone,      // normalized to E.164
    Email,
    LanguageCode,
    TrackingCode, // normalized to its 9 compact symbols
};

struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;      // must be given (and not null) when a row is created
    bool clientWritable = true; // false: the server sets it (tracking codes, totals, ...)
    // With clientWritable false: a client may still propose a value when it creates the
    // row, never change it afterwards; the server keeps the value or replaces it (a
    // tracking code made offline and read to the citizen before any sync).
    bool proposedOnCreate = false;
    bool nationalId = false;   // readable only with Permission::ReadNationalId, else masked
    bool phone = false;        // readable only with Permission::ReadPhone, else masked
    bool searchable = false;   // part of the row's search text
    int maxLength = 0;         // in characters; 0: the default for its type
    QStringList allowedValues; // an enumeration
    QString references;        // for Reference: the entity
    FieldCheck check = FieldCheck::None;

    // Builder-style setters keep the registry readable.
    FieldDef &require()
    {
        required = true;
        return *this;
    }
    FieldDef &serverManaged()
    {
        clientWritable = false;
        return *this;
    }
    FieldDef &clientProposesOnCreate()
    {
        clientWritable = false;
        proposedOnCreate = true;
        return *this;
    }
    FieldDef &search()
    {
        searchable = true;
        return *this;
    }
    FieldDef &max(int length)
    {
        maxLength = length;
        return *this;
    }
    FieldDef &oneOf(QStringList values)
    {
        allowedValues = std::move(values);
        return *this;
    }
    FieldDef &checked(FieldCheck c)
    {
        check = c;
        return *this;
    }
    FieldDef &isNationalId()
    {
        nationalId = true;
        check = FieldCheck::NationalId;
        return *this;
    }
    FieldDef &isPhone()
    {
        phone = true;
        check = FieldCheck::Phone;
        return *this;
    }

    int effectiveMaxLength() const;
    // Whether a client may give this field in a create (`creating`) or an update.
    bool clientMaySet(bool creating) const
    {
        return clientWritable || (creating && proposedOnCreate);
    }
};

// Who may see a row. The server turns each kind into an SQL condition (for lists and
// sync) and a check (for single rows); the workstation uses the same rules to know what
// its cache holds.
enum class ScopeKind {
    Everyone,         // reference data: every signed-in user
    UnitOrOwner,      // unitColumn in the user's visible units, or ownerColumn = the user
    Citizen,          // front office sees all; field officers those of their missions' cases
    KnowledgeArticle, // published, or its author: everyone; all: knowledge authors, approvers
    Mission,          // unitColumn visible, or the user is an assignee
    ExpenseClaim,     // claimant; supervisors of the unit; finance approvers
    ChildOf,          // visible exactly when the parent row is
    ChildOfAny,       // the parent's entity is named by a type column (attachments, approvals)
    OwnRows,          // ownerColumn or unitColumn (a second user column) = the user
    Recipient,        // ownerColumn = the user, and nobody else (administrators included)
};

struct ScopeRule
{
    ScopeKind kind = ScopeKind::Everyone;
    QString unitColumn;
    QString ownerColumn;
    QString parentEntity;               // ChildOf
    QString parentColumn;               // ChildOf, ChildOfAny: the column holding the parent's id
    QString parentTypeColumn;           // ChildOfAny
    QMap<QString, QString> parentTypes; // ChildOfAny: type code -> entity name
};

struct EntityDef
{
    QString name; // the API name, also the table name
    ScopeRule scope;
    QList<FieldDef> fields;
    // Roles that may create, change and delete rows directly. Workflow rules (who may
    // move a case to which status) come on top of this in the domain libraries.
    QSet<Access::Role> writers;
    bool hasSearchText = false;
    // The column the server fills with the creating user's id (author, claimant, ...).
    QString creatorColumn;
    // Rows only the server creates and nobody deletes (notifications): clients may change
    // the client-writable fields of the rows they see, nothing more.
    bool serverCreatesRows = false;

    const FieldDef *field(QStringView fieldName) const;
    bool isWritableBy(const QSet<Access::Role> &roles) const;
};

// Every entity of the API and of sync, in dependency order (a row's references come
// before it), which is also the order a first sync applies them in.
const QList<EntityDef> &allEntities();
const EntityDef *findEntity(QStringView name);

} // namespace Shahrvand::Entities
