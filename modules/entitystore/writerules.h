#pragma once

#include "articlewriterules.h"
#include "casewriterules.h"
#include "entitydef.h"
#include "missionwrites.h"
#include "storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace Shahrvand::EntityStore {

// The domain rules around one write of a row, whatever its entity, so that the store's
// building blocks (insertRow, updateRow, deleteRow) call the same four steps for every
// entity: before*() checks and completes the row (the case rules for cases, the article
// rules for knowledge articles, the mission rules for missions, claims, lines and approval
// steps), the store writes it, after*() writes what follows from it in the same
// transaction and batch (case history, article versions and resolved-case counts,
// approval chains, claim totals, case notes).
class WriteRules final
{
public:
    WriteRules(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
               const Access::Principal &actor, const QDateTime &now,
               const Entities::EntityDef &entity);

    // Whether an insert must take its version (and with it the write lock) before the
    // rules read: what they read must stay true until commit.
    bool readsUnderLock() const;

    Expected<bool, StoreError> beforeInsert(QVariantMap &values);
    Expected<bool, StoreError> afterInsert(qint64 id, const QVariantMap &row,
                                           const Records::WriteContext &context);
    Expected<bool, StoreError> beforeUpdate(const QVariantMap &current, QVariantMap &values);
    Expected<bool, StoreError> afterUpdate(qint64 id, const QVariantMap &current,
                                           const QVariantMap &row,
                                           const Records::WriteContext &context);
    Expected<bool, StoreError> beforeDelete(const QVariantMap &current);
    Expected<bool, StoreError> afterDelete(qint64 id, const QVariantMap &current,
                                           const Records::WriteContext &context);

private:
    bool isCase() const;
    bool isArticle() const;
    Expected<bool, StoreError> writeCasePlan(qint64 caseId, const Records::WriteContext &context);
    Expected<bool, StoreError> deleteCaseHistory(qint64 caseId,
                                                 const Records::WriteContext &context);

    QSqlDatabase &m_db;
    Storage::Backend m_backend;
    Records::WriteBatch *m_batch;
    const Access::Principal &m_actor;
    QDateTime m_now;
    const Entities::EntityDef &m_entity;
    std::optional<CaseRules::CaseWriteRules> m_caseRules;
    CaseRules::CaseWritePlan m_casePlan;
    std::optional<KnowledgeRules::ArticleWritePlan> m_articlePlan;
    std::optional<MissionWrites> m_missionWrites;
};

} // namespace Shahrvand::EntityStore
