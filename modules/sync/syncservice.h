#pragma once

#include "clock.h"
#include "database.h"
#include "entitystore.h"
#include "expected.h"
#include "principal.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <memory>

namespace Shahrvand::Sync {

// Pull: every row the user may see that changed after `cursor`, oldest change first.
//   {"changes": [{"entity": "cases", "row": {...}}, ...],   rows and tombstones (deleted: true)
//    "drops": [{"entity": "cases", "id": 12}, ...],           rows that left the user's view:
//                                                              delete them and their children
//    "cursor": 1234, "more": true,                             pass cursor back; more: pull again
//    "head": 98765}                                            the newest version now (progress)
// Rows are shown as to that user (identifiers masked by role). A row that entered the
// user's view comes with all its child rows, whatever their age.
//
// Push: {"mutations": [{"client_mutation_id": "uuid", "entity": "cases",
//                       "op": "create" | "update" | "delete", "id": 12,
//                       "base_version": 40, "base": {"priority": "normal"},
//                       "fields": {"priority": "high"}}, ...]}
// Each mutation is applied exactly once: a retried mutation (same client_mutation_id)
// changes nothing and gets its first answer again. An update whose base_version is not
// the row's current version is merged per field: a field the server has not changed
// since the client's base value is applied; a field both sides changed (differently)
// is a conflict, and then nothing of that mutation is applied and the server's row comes
// back for the user to decide. A reference to a row created by an earlier mutation may
// be written "tmp:<its client_mutation_id>". Results, one per mutation, in order:
//   {"client_mutation_id": "...", "status": "applied" | "conflict" | "rejected",
//    "row": {...}, "conflicts": [{"field", "base", "mine", "theirs"}], "error": {...}}
class SyncService final
{
public:
    static constexpr int maxPullLimit = 10000;
    static constexpr int maxPushBatch = 500;

    SyncService(std::shared_ptr<Storage::Database> database, const Clock &clock);

    Expected<QJsonObject, EntityStore::StoreError> pull(const Access::Principal &viewer,
                                                        qint64 cursor, int limit);
    // The same page as JSON text, written straight from the rows (what the route sends).
    Expected<QByteArray, EntityStore::StoreError> pullJson(const Access::Principal &viewer,
                                                           qint64 cursor, int limit);
    Expected<QJsonArray, EntityStore::StoreError>
    push(const Access::Principal &actor, const QJsonArray &mutations, const QString &client);
    // How many pushes were applied a second time, each mutation in a savepoint, because a
    // mutation was refused after it had written (see push()).
    qint64 isolatedRetries() const { return m_isolatedRetries.load(); }

private:
    enum class Isolation { None, PerMutation };
    // One attempt; `retry` is set when the push must be applied again with isolation.
    Expected<QJsonArray, EntityStore::StoreError> pushOnce(const Access::Principal &actor,
                                                           const QJsonArray &mutations,
                                                           const QString &client,
                                                           Isolation isolation, bool &retry);
    struct ChangeList;
    // Appends the row (if `viewer` sees it) and all its child rows to `changes`, a JSON
    // array being written ("[" and the elements so far).
    Expected<bool, EntityStore::StoreError> appendWithDescendants(const Access::Principal &viewer,
                                                                  const Entities::EntityDef &entity,
                                                                  qint64 id, ChangeList &changes);

    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    EntityStore::Store m_store;
    std::atomic<qint64> m_isolatedRetries{0};
};

} // namespace Shahrvand::Sync
