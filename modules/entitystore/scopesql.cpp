#include "scopesql.h"

#include "role.h"

#include <QStringList>

#include <algorithm>

namespace Shahrvand::EntityStore {

namespace {

using Access::Role;
using Entities::ScopeKind;

const QString always = QStringLiteral("1=1");
const QString never = QStringLiteral("1=0");

QString idList(const QSet<OrgUnitId> &units)
{
    if (units.isEmpty())
        return QStringLiteral("(NULL)");
    QStringList ids;
    for (OrgUnitId unit : units)
        ids << unit.toString();
    ids.sort();
    return QLatin1Char('(') + ids.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString me(const Access::Principal &viewer)
{
    return viewer.userId.toString();
}

QString condition(const Entities::EntityDef &entity, const QString &alias,
                  const Access::Principal &viewer, int depth);

// Steps (aliased `alias`) addressed to an approver: to them by name, or to one of their
// roles in one of the units they see (or in no unit).
QStringList addressedTo(const QString &alias, UserId approver, const QSet<Role> &roles,
                        const QSet<OrgUnitId> &units)
{
    QStringList codes;
    for (Role role : roles)
        codes << QLatin1Char('\'') + Access::roleCode(role) + QLatin1Char('\'');
    codes.sort();
    QStringList alternatives{QStringLiteral("%1.approver_id = %2").arg(alias, approver.toString())};
    if (!codes.isEmpty())
        alternatives << QStringLiteral("(%1.approver_role IN (%2) AND (%1.approver_unit_id IS NULL"
                                       " OR %1.approver_unit_id IN %3))")
                            .arg(alias, codes.join(QLatin1Char(',')), idList(units));
    return alternatives;
}

// Steps addressed to any approver who delegated to the viewer; empty when none did.
QString addressedToDelegators(const QString &alias, const Access::Principal &viewer)
{
    QStringList alternatives;
    for (const Access::Delegator &delegator : viewer.delegators)
        alternatives << addressedTo(alias, delegator.userId, delegator.roles,
                                    delegator.visibleUnits);
    if (alternatives.isEmpty())
        return {};
    return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// A delegate sees the subjects (missions, claims) of the steps they stand in for.
QString withDelegatedSubjects(const QString &sql, const QString &subjectType,
                              const QString &idExpression, const Access::Principal &viewer,
                              int depth)
{
    const QString step = QStringLiteral("ds%1").arg(depth);
    const QString addressed = addressedToDelegators(step, viewer);
    if (addressed.isEmpty())
        return sql;
    return QStringLiteral("(%1 OR EXISTS (SELECT 1 FROM approval_steps %2 WHERE %2.subject_type ="
                          " '%3' AND %2.subject_id = %4 AND %2.deleted = 0 AND %5))")
        .arg(sql, step, subjectType, idExpression, addressed);
}

// Cases reach field officers through the missions they are assigned to.
QString caseOnMyMission(const QString &caseIdExpression, const Access::Principal &viewer)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM mission_cases mc JOIN mission_assignees ma"
                          " ON ma.mission_id = mc.mission_id AND ma.deleted = 0"
                          " WHERE mc.case_id = %1 AND mc.deleted = 0 AND ma.user_id = %2)")
        .arg(caseIdExpression, me(viewer));
}

// Missions seen by a viewer who is no administrator, delegation aside.
QString missionCondition(const Entities::EntityDef &entity, const QString &alias,
                         const Access::Principal &viewer, int depth)
{
    const auto column = [&alias](const QString &name) { return alias + QLatin1Char('.') + name; };
    // Field officers see the missions they are sent on and the ones they requested;
    // the office roles that issue, comment on and approve missions see their units'
    // missions.
    const QString assigned =
        QStringLiteral("(EXISTS (SELECT 1 FROM mission_assignees a%1 WHERE a%1.mission_id = %2"
                       " AND a%1.user_id = %3 AND a%1.deleted = 0) OR %4 = %3)")
            .arg(depth)
            .arg(column(QStringLiteral("id")), me(viewer), column(QStringLiteral("requested_by")));
    if (!viewer.hasAnyRole(
            {Role::Agent, Role::SeniorAgent, Role::Supervisor, Role::FinanceApprover}))
        return assigned;
    // Finance approves budgeted missions of every unit (their approval chain's finance
    // step), so it sees them, as it sees every expense claim.
    const QString budgeted =
        viewer.hasRole(Role::FinanceApprover)
            ? QStringLiteral(" OR %1 = 1").arg(column(QStringLiteral("budgeted")))
            : QString();
    return QStringLiteral("(%1 IN %2 OR %3%4)")
        .arg(column(entity.scope.unitColumn), idList(viewer.visibleUnits), assigned, budgeted);
}

QString parentVisible(const QString &parentEntityName, const QString &idExpression,
                      const Access::Principal &viewer, int depth)
{
    const Entities::EntityDef *parent = Entities::findEntity(parentEntityName);
    Q_ASSERT(parent);
    const QString alias = QStringLiteral("p%1").arg(depth);
    return QStringLiteral("EXISTS (SELECT 1 FROM %1 %2 WHERE %2.id = %3 AND (%4))")
        .arg(parent->name, alias, idExpression, condition(*parent, alias, viewer, depth + 1));
}

QString condition(const Entities::EntityDef &entity, const QString &alias,
                  const Access::Principal &viewer, int depth)
{
    const auto column = [&alias](const QString &name) { return alias + QLatin1Char('.') + name; };
    const bool administrator = viewer.hasRole(Role::Administrator);

    switch (entity.scope.kind) {
    case ScopeKind::Everyone:
        return always;

    case ScopeKind::UnitOrOwner: {
        if (administrator)
            return always;
        // A unit's queue is the front office's; anyone else sees what they own, and a
        // field officer the cases of their missions (their laptop's slice).
        QStringList parts{
            QStringLiteral("%1 = %2").arg(column(entity.scope.ownerColumn), me(viewer))};
        if (viewer.isFrontOffice())
            parts << QStringLiteral("%1 IN %2")
                         .arg(column(entity.scope.unitColumn), idList(viewer.visibleUnits));
        if (entity.name == QLatin1String("cases") && viewer.hasRole(Role::FieldOfficer))
            parts << caseOnMyMission(column(QStringLiteral("id")), viewer);
        return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }

    case ScopeKind::Citizen:
        // The front office answers any citizen who calls; a field officer sees the
        // citizens of the cases on their missions; other roles see none.
        if (viewer.isFrontOffice())
            return always;
        if (viewer.hasRole(Role::FieldOfficer))
            return QStringLiteral("EXISTS (SELECT 1 FROM cases c%1 WHERE c%1.citizen_id = %2"
                                  " AND %3)")
                .arg(depth)
                .arg(column(QStringLiteral("id")),
                     caseOnMyMission(QStringLiteral("c%1.id").arg(depth), viewer));
        return never;

    case ScopeKind::KnowledgeArticle:
        if (viewer.hasAnyRole(
                {Role::KnowledgeAuthor, Role::KnowledgeApprover, Role::Administrator}))
            return always;
        // Everyone else: what is published, and the articles they proposed themselves.
        return QStringLiteral("(%1 = 'published' OR %2 = %3)")
            .arg(column(QStringLiteral("status")), column(QStringLiteral("author_id")), me(viewer));

    case ScopeKind::Mission: {
        if (administrator)
            return always;
        return withDelegatedSubjects(missionCondition(entity, alias, viewer, depth),
                                     QStringLiteral("mission"), column(QStringLiteral("id")),
                                     viewer, depth);
    }

    case ScopeKind::ExpenseClaim:
        // Claimants see their own claims; supervisors their units'; finance approvers all.
        if (administrator || viewer.hasRole(Role::FinanceApprover))
            return always;
        if (viewer.hasRole(Role::Supervisor))
            return withDelegatedSubjects(
                QStringLiteral("(%1 = %2 OR %3 IN %4)")
                    .arg(column(entity.scope.ownerColumn), me(viewer),
                         column(entity.scope.unitColumn), idList(viewer.visibleUnits)),
                QStringLiteral("expense_claim"), column(QStringLiteral("id")), viewer, depth);
        return withDelegatedSubjects(
            QStringLiteral("%1 = %2").arg(column(entity.scope.ownerColumn), me(viewer)),
            QStringLiteral("expense_claim"), column(QStringLiteral("id")), viewer, depth);

    case ScopeKind::OwnRows:
        if (administrator)
            return always;
        return QStringLiteral("(%1 = %3 OR %2 = %3)")
            .arg(column(entity.scope.ownerColumn), column(entity.scope.unitColumn), me(viewer));

    case ScopeKind::Recipient:
        // Addressed to one user: not even an administrator reads another's.
        return QStringLiteral("%1 = %2").arg(column(entity.scope.ownerColumn), me(viewer));

    case ScopeKind::ChildOf: {
        const QString parentId = column(entity.scope.parentColumn);
        QString sql = parentVisible(entity.scope.parentEntity, parentId, viewer, depth);
        // A child with no parent (a call from an unknown number) is the front office's.
        if (viewer.isFrontOffice())
            sql = QStringLiteral("(%1 IS NULL OR %2)").arg(parentId, sql);
        return sql;
    }

    case ScopeKind::ChildOfAny: {
        QStringList alternatives;
        for (auto it = entity.scope.parentTypes.cbegin(); it != entity.scope.parentTypes.cend();
             ++it) {
            alternatives << QStringLiteral("(%1 = '%2' AND %3)")
                                .arg(column(entity.scope.parentTypeColumn), it.key(),
                                     parentVisible(it.value(), column(entity.scope.parentColumn),
                                                   viewer, depth));
        }
        // Approvers see the steps waiting for their role (in their units) or for them; a
        // delegate also those of the approvers they stand in for.
        if (entity.name == QLatin1String("approval_steps")) {
            alternatives << addressedTo(alias, viewer.userId, viewer.roles, viewer.visibleUnits);
            if (const QString delegated = addressedToDelegators(alias, viewer);
                !delegated.isEmpty())
                alternatives << delegated;
        }
        return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    }
    Q_UNREACHABLE();
}

} // namespace

QString visibilityCondition(const Entities::EntityDef &entity, const QString &alias,
                            const Access::Principal &viewer)
{
    return condition(entity, alias, viewer, 0);
}

QStringList visibilityBranches(const Entities::EntityDef &entity, const QString &alias,
                               const Access::Principal &viewer)
{
    if (entity.scope.kind != ScopeKind::UnitOrOwner || viewer.hasRole(Role::Administrator) ||
        !viewer.isFrontOffice() || viewer.hasRole(Role::FieldOfficer))
        return {};
    // The same alternatives as condition() writes for UnitOrOwner, a unit at a time.
    const QString prefix = alias + QLatin1Char('.');
    QStringList branches{prefix + entity.scope.ownerColumn + QStringLiteral(" = ") + me(viewer)};
    QList<OrgUnitId> units(viewer.visibleUnits.cbegin(), viewer.visibleUnits.cend());
    std::sort(units.begin(), units.end());
    for (OrgUnitId unit : std::as_const(units))
        branches << prefix + entity.scope.unitColumn + QStringLiteral(" = ") + unit.toString();
    return branches;
}

} // namespace Shahrvand::EntityStore
