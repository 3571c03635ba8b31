#pragma once

#include "ids.h"
#include "language.h"
#include "role.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace Shahrvand::Access {

// An approver who delegated their approvals to the user, by a delegation that has not
// ended (it may not have started: the delegate sees the work ahead to prepare; deciding
// before the start is refused by the approval rules). What the approver would see of the
// steps addressed to them: their roles and the units whose steps they decide.
struct Delegator
{
    UserId userId;
    QString displayName;
    QSet<Role> roles;
    QSet<OrgUnitId> visibleUnits;
    qint64 startsAtMs = 0; // the earliest start and the latest end of their delegations
    qint64 endsAtMs = 0;

    bool operator==(const Delegator &) const = default;
};

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
    // The approvers whose approvals the user stands in for, by user id.
    QList<Delegator> delegators;

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
// units (visibleUnits are the server's business and are not part of it), and
// "delegators": [{id, display_name, roles, units, starts_at, ends_at}], where units are
// the approver's visible units: the workstation lists the steps addressed to the
// approver's roles in those units in the delegate's inbox.
QJsonObject principalToJson(const Principal &principal);
Principal principalFromJson(const QJsonObject &json);

} // namespace Shahrvand::Access
