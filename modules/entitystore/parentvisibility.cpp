#include "parentvisibility.h"

#include "database.h"
#include "scopesql.h"
#include "storefailures_p.h"

#include <QSqlError>

namespace Shahrvand::EntityStore {

using Entities::ScopeKind;

QString parentEntityOf(const Entities::EntityDef &entity, const QString &typeCode)
{
    if (entity.scope.kind == ScopeKind::ChildOf)
        return entity.scope.parentEntity;
    if (entity.scope.kind == ScopeKind::ChildOfAny)
        return entity.scope.parentTypes.value(typeCode);
    return {};
}

Expected<bool, QString> VisibleParents::load(QSqlDatabase &db, const Access::Principal &writer,
                                             const QHash<QString, QSet<qint64>> &candidates)
{
    // 100 ids a statement, the last one repeated to fill it: one statement text per
    // parent entity to keep prepared.
    constexpr qsizetype perStatement = 100;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const Entities::EntityDef *parent = Entities::findEntity(it.key());
        if (!parent || it.value().isEmpty())
            continue;
        const QList<qint64> ids(it.value().cbegin(), it.value().cend());
        for (qsizetype from = 0; from < ids.size(); from += perStatement) {
            Storage::PreparedQuery query = Storage::Database::prepared(
                db,
                QStringLiteral("SELECT p.id FROM %1 p WHERE p.id IN (%2) AND (%3)")
                    .arg(parent->name, QStringList(perStatement, QStringLiteral("?")).join(u','),
                         visibilityCondition(*parent, QStringLiteral("p"), writer)));
            for (qsizetype i = from; i < from + perStatement; ++i)
                query->addBindValue(ids.at(qMin(i, ids.size() - 1)));
            if (!query.isPrepared() || !query->exec())
                return query->lastError().text();
            while (query->next())
                m_ids[parent->name].insert(query->value(0).toLongLong());
        }
    }
    return true;
}

bool VisibleParents::contains(const QString &entity, qint64 id) const
{
    const auto it = m_ids.constFind(entity);
    return it != m_ids.cend() && it->contains(id);
}

Expected<bool, StoreError> requireVisibleParent(QSqlDatabase &db, const Access::Principal &writer,
                                                const Entities::EntityDef &entity,
                                                const QVariantMap &row, const VisibleParents *known)
{
    const QString parentName =
        parentEntityOf(entity, row.value(entity.scope.parentTypeColumn).toString());
    if (parentName.isEmpty())
        return true;
    const QVariant parentId = row.value(entity.scope.parentColumn);
    const Entities::EntityDef *parent = Entities::findEntity(parentName);
    // No parent, or a kind of parent the registry does not know (which validation refuses).
    if (parentId.isNull() || !parent)
        return true;
    if (known && known->contains(parent->name, parentId.toLongLong()))
        return true;
    Storage::PreparedQuery query = Storage::Database::prepared(
        db, QStringLiteral("SELECT 1 FROM %1 p WHERE p.id = ? AND (%2)")
                .arg(parent->name, visibilityCondition(*parent, QStringLiteral("p"), writer)));
    query->addBindValue(parentId.toLongLong());
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    if (!query->next())
        return ofKind(StoreError::Kind::NotFound,
                      QStringLiteral("%1 %2 is not visible to the writer")
                          .arg(parent->name, parentId.toString()));
    return true;
}

bool changesParent(const Entities::EntityDef &entity, const QVariantMap &changes)
{
    const Entities::ScopeRule &scope = entity.scope;
    if (scope.kind == ScopeKind::ChildOf)
        return changes.contains(scope.parentColumn);
    if (scope.kind == ScopeKind::ChildOfAny)
        return changes.contains(scope.parentColumn) || changes.contains(scope.parentTypeColumn);
    return false;
}

} // namespace Shahrvand::EntityStore
