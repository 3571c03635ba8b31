#pragma once

// What merging and undoing share (private to the API module).

#include "entitydef.h"
#include "expected.h"
#include "principal.h"
#include "rowwriter.h"
#include "storeerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

namespace Shahrvand::Api::MergeDetail {

// A column through which rows point at a citizen: every reference to citizens in the
// registry (the citizens' own merged_into_id aside), and an attachment whose owner is a
// citizen.
struct CitizenLink
{
    const Entities::EntityDef *entity = nullptr;
    QString column;
    QString condition; // more, on the row aliased t; empty: none
};
QList<CitizenLink> citizenLinks();
const CitizenLink *findLink(const QString &entity, const QString &column);

inline constexpr const char *context = "Shahrvand::Api::CitizenMerges";

// 409 merge_refused with a stable reason, the message in `context`.
EntityStore::StoreError refused(const QString &reason, const char *text,
                                const QJsonObject &details = {});
EntityStore::StoreError internal(const QString &detail);
EntityStore::StoreError ofKind(EntityStore::StoreError::Kind kind);

// The citizen if `viewer` sees it and it is not deleted (404 otherwise), column -> value.
Expected<QVariantMap, EntityStore::StoreError>
readCitizen(QSqlDatabase &db, const Access::Principal &viewer, qint64 id);

// A stored value as JSON (NULL as null) and back, by the citizens' column types.
QJsonValue jsonOf(const QVariant &value);
QVariant columnValue(const QString &column, const QJsonValue &value);

// Writes `changes` to a citizen read as `current` (a new version; the search text when a
// searchable field changes; the scope tracker told), returning the row after.
Expected<QVariantMap, EntityStore::StoreError>
writeCitizen(QSqlDatabase &db, Records::RowWriter &writer, const QVariantMap &current,
             const QVariantMap &changes, const Records::WriteContext &context);

// Points one row's link at `to` (a new version, audited, the scope tracker told).
Expected<bool, EntityStore::StoreError> moveRow(QSqlDatabase &db, Records::RowWriter &writer,
                                                const CitizenLink &link, qint64 rowId, qint64 to,
                                                const Records::WriteContext &context);

// A row of citizen_merges as the API shows it (no values: they may hold national IDs).
QJsonObject mergeJson(const QVariantMap &row);

bool mayMerge(const Access::Principal &actor);

} // namespace Shahrvand::Api::MergeDetail
