#pragma once

#include "database.h"
#include "entitystore.h"
#include "expected.h"
#include "principal.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace Shahrvand::Sync {

// Applies pushed mutations one at a time inside the push's write transaction: a mutation
// that is rejected or in conflict leaves nothing behind, and its answer is stored with
// its client_mutation_id so that a retry gets the same answer without applying anything
// again. The answers already stored for a push's ids are read in one statement (load()),
// the new ones stored together (store()).
//
// With `isolate`, each mutation runs in a savepoint of its own, which a refused mutation
// rolls back (on PostgreSQL one mutation's savepoint is released with the next one's
// taken: every statement there is a round trip). Without it, no savepoints: a mutation
// refused before writing anything is simply answered, and one refused after writing
// makes apply() fail with needsIsolation() set, for the caller to roll the whole push
// back and apply it again with `isolate`.
class MutationApplier final
{
public:
    // Writes go through `batch`, which holds the change sequence for the push.
    MutationApplier(QSqlDatabase &db, Storage::Backend backend, EntityStore::Store &store,
                    const Access::Principal &actor, QString client, qint64 nowMs,
                    Records::WriteBatch &batch, bool isolate);

    // Reads the stored answers of these mutations' ids; before apply().
    Expected<bool, QString> load(const QJsonArray &mutations);
    // The mutation's result object; an error only for an internal failure, which must
    // abort the whole push (nothing of it is kept, so the client simply retries).
    Expected<QJsonObject, QString> apply(const QJsonValue &mutation, int index);
    // Stores the answers of the mutations applied; before the push commits.
    Expected<bool, QString> store();
    // Whether apply() failed because a mutation refused after writing must be undone.
    bool needsIsolation() const { return m_needsIsolation; }

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
    bool m_isolate = false;
    qsizetype m_batchMark = 0; // the batch's audit lines before the current mutation
    bool m_savepointOpen = false;
    bool m_needsIsolation = false;
    struct Answer
    {
        qint64 userId = 0;
        QByteArray result; // JSON
    };
    QHash<QString, Answer> m_answers; // stored before this push, or given in it
    // The parents of the push's new child rows that the actor sees, checked together at
    // load(); forgotten at the first mutation that is not such a row.
    EntityStore::VisibleParents m_parents;
    QList<std::pair<QString, QByteArray>> m_newAnswers;
};

} // namespace Shahrvand::Sync
