#pragma once

#include "clock.h"
#include "database.h"
#include "expected.h"
#include "principal.h"
#include "storeerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <memory>

namespace Shahrvand::Api {

struct MergeRequest
{
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    // The versions the supervisor compared: a citizen changed since is refused (412).
    qint64 survivorVersion = 0;
    qint64 mergedVersion = 0;
    // field -> "survivor" or "merged". A field not named keeps the survivor's value, or
    // takes the merged citizen's when the survivor's is empty.
    QMap<QString, QString> choices;
};

// Merging two records of the same citizen, and undoing it, on behalf of a supervisor or
// an administrator (anyone else: 403). All of a merge happens in one transaction:
//  - the survivor takes the chosen values;
//  - every row that names the merged citizen (cases, interactions, addresses, phones,
//    e-mails, survey answers, attachments: every reference to citizens in the registry)
//    is moved to the survivor, each with a new version, so workstations pull it;
//  - the merged citizen is kept with merged_into_id set (its national ID given to the
//    survivor when the survivor takes it), so references and the audit stay valid;
//  - citizen_merges remembers exactly what changed, and the audit trail has each row's
//    change plus one "merge_citizens" line.
// Undo restores exactly that, or refuses (409 merge_refused, reason changed_since_merge,
// the fields and rows in the details) when a later change would be lost by it: a value
// the survivor took that was edited since, a moved row given to another citizen since.
// Rows written for the survivor after the merge (new ones, and offline edits of the
// merged citizen's rows, which the server redirects to the survivor) stay with it.
class CitizenMerges final
{
public:
    CitizenMerges(std::shared_ptr<Storage::Database> database, const Clock &clock);

    // The citizen fields a merge chooses between.
    static QStringList mergeableFields();

    // {"merge": {...}, "survivor": row, "merged": row}
    Expected<QJsonObject, EntityStore::StoreError>
    merge(const Access::Principal &actor, const MergeRequest &request, const QString &client);
    Expected<QJsonObject, EntityStore::StoreError> undo(const Access::Principal &actor,
                                                        qint64 mergeId, const QString &client);
    // The merges a citizen took part in, newest first, for anyone who sees the citizen.
    Expected<QJsonArray, EntityStore::StoreError> list(const Access::Principal &viewer,
                                                       qint64 citizenId);

private:
    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
};

} // namespace Shahrvand::Api
