#pragma once

#include "ids.h"
#include "language.h"
#include "role.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Shahrvand::Access {

// Who is asking: the signed-in user with their roles and the units whose work they see.
struct Principal
{
    UserId userId;
    QString username;
    QString displayName;
    Language language = defaultLanguage;
    QSet<Role> roles;
    // The units the user belongs to.
    QSet<OrgUnitId> units;
    // The units whose objects the user may see: their own units, and for supervisors and
    // administrators every unit below them in the hierarchy too.
    QSet<OrgUnitId> visibleUnits;

    bool hasRole(Role role) const { return roles.contains(role); }
    bool hasAnyRole(std::initializer_list<Role> any) const;
    bool seesUnit(OrgUnitId unit) const { return visibleUnits.contains(unit); }

    // Personal identifiers are shown only to those who need them; everyone else sees
    // them masked, on screens, in exports, in search results and in sync payloads.
    bool mayReadNationalIds() const;
    bool mayReadPhones() const;
    // The front office: agents, senior agents, supervisors and administrators.
    bool isFrontOffice() const;
};

// The "user" object of the sign-in API: id, username, display_name, language, roles,
// units (visibleUnits are the server's business and are not part of it).
QJsonObject principalToJson(const Principal &principal);
Principal principalFromJson(const QJsonObject &json);

} // namespace Shahrvand::Access
