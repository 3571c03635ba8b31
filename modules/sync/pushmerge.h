#pragma once

#include "database.h"
#include "entitystore.h"
#include "expected.h"
#include "principal.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Shahrvand::Sync {

// Applies pushed mutations one at a time inside the push's write transaction, each in a
// savepoint of its own: a mutation that is rejected or in conflict leaves nothing
// behind, and its answer is stored with its client_mutation_id so that a retry gets the
// same answer without applying anything again.
class MutationApplier final
{
public:
    // Writes go through `batch`, which holds the change sequence for the push.
    MutationApplier(QSqlDatabase &db, Storage::Backend backend, EntityStore::Store &store,
                    const Access::Principal &actor, QString client, qint64 nowMs,
                    Records::WriteBatch &batch);

    // The mutation's result object; an error only for an internal failure, which must
    // abort the whole push (nothing of it is kept, so the client simply retries).
    Expected<QJsonObject, QString> apply(const QJsonValue &mutation, int index);

private:
    Expected<QJsonObject, QString> applyNew(const QJsonObject &mutation, const QString &mutationId);
    Expected<std::optional<qint64>, QString> resolveReference(const QJsonValue &value);
    Expected<QJsonObject, QString> finish(const QString &mutationId, const QJsonObject &result,
                                          bool keepWrites);
    bool exec(const QString &sql);

    QSqlDatabase &m_db;
    Storage::Backend m_backend;
    EntityStore::Store &m_store;
    const Access::Principal &m_actor;
    QString m_client;
    qint64 m_nowMs;
    Records::WriteBatch &m_batch;
    qsizetype m_batchMark = 0; // the batch's audit lines before the current mutation
};

} // namespace Shahrvand::Sync
