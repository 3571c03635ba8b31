#include "principalloader.h"

#include "authlog_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Shahrvand::Auth {

using Access::Principal;
using Access::Role;

Expected<std::optional<Principal>, QString> PrincipalLoader::load(QSqlDatabase db, UserId user)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT username, display_name, language FROM users"
                                 " WHERE id = ? AND active = 1 AND deleted = 0"));
    query.addBindValue(user.value());
    if (!query.exec())
        return query.lastError().text();
    if (!query.next())
        return std::optional<Principal>();
    Principal principal;
    principal.userId = user;
    principal.username = query.value(0).toString();
    principal.displayName = query.value(1).toString();
    principal.language = languageFromCode(query.value(2).toString()).value_or(defaultLanguage);

    query.prepare(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"));
    query.addBindValue(user.value());
    if (!query.exec())
        return query.lastError().text();
    while (query.next()) {
        const QString code = query.value(0).toString();
        if (const auto role = Access::roleFromCode(code))
            principal.roles.insert(*role);
        else // written by a newer server: grants nothing here
            qCWarning(lcAuth) << "user" << user.value() << "has an unknown role" << code;
    }

    query.prepare(QStringLiteral("SELECT u.unit_id FROM user_units u"
                                 " JOIN org_units o ON o.id = u.unit_id"
                                 " WHERE u.user_id = ? AND o.deleted = 0"));
    query.addBindValue(user.value());
    if (!query.exec())
        return query.lastError().text();
    while (query.next())
        principal.units.insert(OrgUnitId(query.value(0).toLongLong()));
    principal.visibleUnits = principal.units;

    if (principal.hasAnyRole({Role::Supervisor, Role::Administrator}) &&
        !principal.units.isEmpty()) {
        // UNION (not UNION ALL) also stops the walk should the tree ever contain a cycle.
        query.prepare(QStringLiteral(
            "WITH RECURSIVE below (id) AS ("
            "  SELECT u.unit_id FROM user_units u JOIN org_units o ON o.id = u.unit_id"
            "  WHERE u.user_id = ? AND o.deleted = 0"
            "  UNION"
            "  SELECT o.id FROM org_units o JOIN below b ON o.parent_id = b.id"
            "  WHERE o.deleted = 0"
            ") SELECT id FROM below"));
        query.addBindValue(user.value());
        if (!query.exec())
            return query.lastError().text();
        while (query.next())
            principal.visibleUnits.insert(OrgUnitId(query.value(0).toLongLong()));
    }
    return std::optional<Principal>(std::move(principal));
}

Expected<bool, QString> PrincipalLoader::loadDelegators(QSqlDatabase db, Principal &principal,
                                                        qint64 nowMs)
{
    principal.delegators.clear();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT approver_id, MIN(starts_at), MAX(ends_at) FROM delegations"
                                 " WHERE delegate_id = ? AND deleted = 0 AND ends_at > ?"
                                 " AND approver_id <> delegate_id"
                                 " GROUP BY approver_id ORDER BY approver_id"));
    query.addBindValue(principal.userId.value());
    query.addBindValue(nowMs);
    if (!query.exec())
        return query.lastError().text();
    QList<Access::Delegator> found;
    while (query.next()) {
        Access::Delegator delegator;
        delegator.userId = UserId(query.value(0).toLongLong());
        delegator.startsAtMs = query.value(1).toLongLong();
        delegator.endsAtMs = query.value(2).toLongLong();
        found << delegator;
    }
    for (Access::Delegator &delegator : found) {
        const auto approver = load(db, delegator.userId);
        if (!approver)
            return approver.error();
        if (!approver->has_value()) // an inactive approver lends nothing
            continue;
        delegator.displayName = (*approver)->displayName;
        delegator.roles = (*approver)->roles;
        delegator.visibleUnits = (*approver)->visibleUnits;
        principal.delegators << delegator;
    }
    return true;
}

Expected<std::optional<Principal>, QString>
PrincipalLoader::loadWithDelegators(QSqlDatabase db, UserId user, qint64 nowMs)
{
    const auto loaded = load(db, user);
    if (!loaded || !loaded->has_value())
        return loaded;
    Principal principal = **loaded;
    if (const auto delegators = loadDelegators(db, principal, nowMs); !delegators)
        return delegators.error();
    return std::optional<Principal>(std::move(principal));
}

} // namespace Shahrvand::Auth
