// Several local edits in one transaction (LocalCache::editTogether).
#include "localcache.h"
#include "localcache_p.h"

namespace Shahrvand::Cache {

using Entities::EntityDef;

Expected<bool, CacheError>
LocalCache::editTogether(const std::function<std::optional<CacheError>(EditBatch &)> &edits)
{
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    EditBatch batch(*this, writer, d->user);
    if (const auto failed = edits(batch))
        return *failed; // the transaction rolls back: none of the batch's edits stays
    if (!transaction.commit())
        return storageError(transaction.error());
    return true;
}

Expected<qint64, CacheError> LocalCache::EditBatch::create(const QString &entity,
                                                           const QJsonObject &fields)
{
    const EntityDef *def = entityOrNull(entity);
    if (const auto refused = mayWrite(def, entity, m_user, true))
        return *refused;
    return queueCreate(m_writer, *def, fields);
}

Expected<bool, CacheError> LocalCache::EditBatch::update(const QString &entity, qint64 id,
                                                         const QJsonObject &fields)
{
    const EntityDef *def = entityOrNull(entity);
    if (const auto refused = mayWrite(def, entity, m_user))
        return *refused;
    return queueUpdate(m_writer, *def, id, fields);
}

Expected<bool, CacheError> LocalCache::EditBatch::remove(const QString &entity, qint64 id)
{
    const EntityDef *def = entityOrNull(entity);
    if (const auto refused = mayWrite(def, entity, m_user, true))
        return *refused;
    return queueDelete(m_writer, *def, id);
}

} // namespace Shahrvand::Cache
