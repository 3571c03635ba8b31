#include "principal.h"

#include <QJsonArray>

namespace Shahrvand::Access {

bool Principal::hasAnyRole(std::initializer_list<Role> any) const
{
    for (Role role : any) {
        if (roles.contains(role))
            return true;
    }
    return false;
}

bool Principal::mayReadNationalIds() const
{
    return isFrontOffice();
}

bool Principal::mayReadPhones() const
{
    // Field officers call citizens from the field; they never see national IDs.
    return isFrontOffice() || hasRole(Role::FieldOfficer);
}

bool Principal::isFrontOffice() const
{
    return hasAnyRole({Role::Agent, Role::SeniorAgent, Role::Supervisor, Role::Administrator});
}

QJsonObject principalToJson(const Principal &principal)
{
    QJsonArray roles, units;
    for (Role role : principal.roles)
        roles.append(roleCode(role));
    for (OrgUnitId unit : principal.units)
        units.append(unit.value());
    QJsonArray delegators;
    for (const Delegator &delegator : principal.delegators) {
        QJsonArray delegatorRoles, delegatorUnits;
        for (Role role : delegator.roles)
            delegatorRoles.append(roleCode(role));
        for (OrgUnitId unit : delegator.visibleUnits)
            delegatorUnits.append(unit.value());
        delegators.append(QJsonObject{{QStringLiteral("id"), delegator.userId.value()},
                                      {QStringLiteral("display_name"), delegator.displayName},
                                      {QStringLiteral("roles"), delegatorRoles},
                                      {QStringLiteral("units"), delegatorUnits},
                                      {QStringLiteral("starts_at"), delegator.startsAtMs},
                                      {QStringLiteral("ends_at"), delegator.endsAtMs}});
    }
    return {{QStringLiteral("id"), principal.userId.value()},
            {QStringLiteral("username"), principal.username},
            {QStringLiteral("display_name"), principal.displayName},
            {QStringLiteral("language"), languageCode(principal.language)},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("units"), units},
            {QStringLiteral("delegators"), delegators}};
}

Principal principalFromJson(const QJsonObject &json)
{
    Principal principal;
    principal.userId = UserId(json.value(u"id").toInteger());
    principal.username = json.value(u"username").toString();
    principal.displayName = json.value(u"display_name").toString();
    principal.language =
        languageFromCode(json.value(u"language").toString()).value_or(defaultLanguage);
    for (const QJsonValue &code : json.value(u"roles").toArray()) {
        if (const auto role = roleFromCode(code.toString()))
            principal.roles.insert(*role);
    }
    for (const QJsonValue &unit : json.value(u"units").toArray())
        principal.units.insert(OrgUnitId(unit.toInteger()));
    principal.visibleUnits = principal.units;
    for (const QJsonValue &value : json.value(u"delegators").toArray()) {
        const QJsonObject object = value.toObject();
        Delegator delegator;
        delegator.userId = UserId(object.value(u"id").toInteger());
        delegator.displayName = object.value(u"display_name").toString();
        for (const QJsonValue &code : object.value(u"roles").toArray()) {
            if (const auto role = roleFromCode(code.toString()))
                delegator.roles.insert(*role);
        }
        for (const QJsonValue &unit : object.value(u"units").toArray())
            delegator.visibleUnits.insert(OrgUnitId(unit.toInteger()));
        delegator.startsAtMs = object.value(u"starts_at").toInteger();
        delegator.endsAtMs = object.value(u"ends_at").toInteger();
        if (delegator.userId.value() > 0)
            principal.delegators << delegator;
    }
    return principal;
}

} // namespace Shahrvand::Access
