#include "cacheschema_p.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Cache::Schema {

using Entities::EntityDef;
using Entities::ScopeKind;

int latestVersion()
{
    return 1;
}

QString tableOf(const QString &entity)
{
    return QStringLiteral("e_") + entity;
}

QString ensureEntityTables(QSqlDatabase &db)
{
    const QStringList existing = db.tables();
    QSqlQuery query(db);
    for (const EntityDef &entity : Entities::allEntities()) {
        const QString table = tableOf(entity.name);
        if (existing.contains(table))
            continue;
        const QString create =
            QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, "
                           "parent_id INTEGER, parent_type TEXT, local INTEGER NOT NULL "
                           "DEFAULT 0, data BLOB NOT NULL, server_data BLOB)")
                .arg(table);
        if (!query.exec(create))
            return query.lastError().text();
        const bool child =
            entity.scope.kind == ScopeKind::ChildOf || entity.scope.kind == ScopeKind::ChildOfAny;
        if (child &&
            !query.exec(QStringLiteral("CREATE INDEX %1_parent ON %1 (parent_id)").arg(table)))
            return query.lastError().text();
        if (!query.exec(
                QStringLiteral("CREATE INDEX %1_local ON %1 (local) WHERE local <> 0").arg(table)))
            return query.lastError().text();
    }
    return {};
}

ParentRef parentOf(const EntityDef &entity, const QJsonObject &row)
{
    switch (entity.scope.kind) {
    case ScopeKind::ChildOf:
        return {entity.scope.parentEntity, row.value(entity.scope.parentColumn).toInteger()};
    case ScopeKind::ChildOfAny:
        return {entity.scope.parentTypes.value(row.value(entity.scope.parentTypeColumn).toString()),
                row.value(entity.scope.parentColumn).toInteger()};
    default:
        return {};
    }
}

QList<const EntityDef *> childrenOf(const QString &parent)
{
    static const QHash<QString, QList<const EntityDef *>> children = [] {
        QHash<QString, QList<const EntityDef *>> map;
        for (const EntityDef &entity : Entities::allEntities()) {
            if (entity.scope.kind == ScopeKind::ChildOf)
                map[entity.scope.parentEntity].append(&entity);
            if (entity.scope.kind == ScopeKind::ChildOfAny) {
                for (const QString &type : entity.scope.parentTypes)
                    map[type].append(&entity);
            }
        }
        return map;
    }();
    return children.value(parent);
}

} // namespace Shahrvand::Cache::Schema
