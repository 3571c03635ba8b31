#include "writerules.h"

#include "erasedcitizens.h"
#include "knowledgewrites.h"
#include "storefailures_p.h"

#include <QSqlError>

namespace Shahrvand::EntityStore {

namespace {

StoreError fromCaseRuleError(const CaseRules::CaseRuleError &error)
{
    switch (error.kind) {
    case CaseRules::CaseRuleError::Kind::Invalid: {
        StoreError invalid = ofKind(StoreError::Kind::Invalid);
        invalid.fieldErrors << Entities::FieldError{error.field, error.code, error.text, {}};
        return invalid;
    }
    case CaseRules::CaseRuleError::Kind::Refused: {
        StoreError refused = ofKind(StoreError::Kind::Refused);
        refused.refusalCode = error.code;
        refused.refusalContext = CaseRules::CaseRuleError::context;
        refused.refusalText = error.text;
        refused.refusalDetails = error.details;
        return refused;
    }
    case CaseRules::CaseRuleError::Kind::Internal:
        break;
    }
    return internal(error.detail);
}

StoreError fromArticleRuleError(const KnowledgeRules::ArticleRuleError &error)
{
    if (error.kind == KnowledgeRules::ArticleRuleError::Kind::Internal)
        return internal(error.detail);
    StoreError refused = ofKind(StoreError::Kind::Refused);
    refused.refusalError = QStringLiteral("article_action_refused");
    refused.refusalCode = error.code;
    refused.refusalContext = KnowledgeRules::ArticleRuleError::context;
    refused.refusalText = error.text;
    refused.refusalDetails = error.details;
    return refused;
}

} // namespace

WriteRules::WriteRules(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
                       const Access::Principal &actor, const QDateTime &now,
                       const Entities::EntityDef &entity)
    : m_db(db)
    , m_backend(backend)
    , m_batch(batch)
    , m_actor(actor)
    , m_now(now)
    , m_entity(entity)
{
    if (MissionWrites::governs(entity.name))
        m_missionWrites.emplace(db, backend, batch, actor, now, entity.name);
}

bool WriteRules::isCase() const
{
    return m_entity.name == QLatin1String("cases");
}

bool WriteRules::isArticle() const
{
    return m_entity.name == QLatin1String("knowledge_articles");
}

bool WriteRules::readsUnderLock() const
{
    return isCase() || m_missionWrites.has_value();
}

Expected<bool, StoreError> WriteRules::beforeInsert(QVariantMap &values)
{
    if (const auto allowed = refuseErasedCitizen(m_db, m_entity, {}, values); !allowed)
        return allowed.error();
    if (m_missionWrites) {
        if (const auto prepared = m_missionWrites->prepareCreate(values); !prepared)
            return prepared.error();
    }
    if (isCase()) {
        m_caseRules.emplace(m_db, m_actor, m_now);
        const auto plan = m_caseRules->prepareCreate(values);
        if (!plan)
            return fromCaseRuleError(plan.error());
        m_casePlan = *plan;
    }
    if (isArticle()) {
        const auto plan = KnowledgeRules::ArticleWriteRules(m_actor).prepareCreate(values);
        if (!plan)
            return fromArticleRuleError(plan.error());
        m_articlePlan = *plan;
    }
    return true;
}

Expected<bool, StoreError> WriteRules::afterInsert(qint64 id, const QVariantMap &row,
                                                   const Records::WriteContext &context)
{
    if (m_caseRules) {
        if (const auto planned = writeCasePlan(id, context); !planned)
            return planned.error();
    }
    if (m_missionWrites) {
        if (const auto finished = m_missionWrites->finish(id, context); !finished)
            return finished.error();
    }
    if (const auto followed = writeKnowledgeFollowUp(
            m_db, m_backend, m_batch, {m_entity.name, id, {}, row, m_articlePlan}, context);
        !followed)
        return fromWriteError(followed.error());
    return true;
}

Expected<bool, StoreError> WriteRules::beforeUpdate(const QVariantMap &current, QVariantMap &values)
{
    if (const auto allowed = refuseErasedCitizen(m_db, m_entity, current, values); !allowed)
        return allowed.error();
    if (isCase()) {
        m_caseRules.emplace(m_db, m_actor, m_now);
        const auto plan = m_caseRules->prepareUpdate(current, values);
        if (!plan)
            return fromCaseRuleError(plan.error());
        m_casePlan = *plan;
    }
    if (m_missionWrites) {
        if (const auto prepared = m_missionWrites->prepareUpdate(current, values); !prepared)
            return prepared.error();
    }
    if (isArticle()) {
        const auto plan = KnowledgeRules::ArticleWriteRules(m_actor).prepareUpdate(current, values);
        if (!plan)
            return fromArticleRuleError(plan.error());
        m_articlePlan = *plan;
    }
    return true;
}

Expected<bool, StoreError> WriteRules::afterUpdate(qint64 id, const QVariantMap &current,
                                                   const QVariantMap &row,
                                                   const Records::WriteContext &context)
{
    if (m_caseRules) {
        if (const auto planned = writeCasePlan(id, context); !planned)
            return planned.error();
    }
    if (m_missionWrites) {
        if (const auto finished = m_missionWrites->finish(id, context); !finished)
            return finished.error();
    }
    const bool resolved = m_casePlan.actions.contains(CaseWork::CaseActionKind::Resolve);
    if (const auto followed = writeKnowledgeFollowUp(
            m_db, m_backend, m_batch, {m_entity.name, id, current, row, m_articlePlan, resolved},
            context);
        !followed)
        return fromWriteError(followed.error());
    return true;
}

Expected<bool, StoreError> WriteRules::beforeDelete(const QVariantMap &current)
{
    if (m_missionWrites) {
        if (const auto prepared = m_missionWrites->prepareDelete(current); !prepared)
            return prepared.error();
    }
    if (isArticle()) {
        if (const auto allowed = KnowledgeRules::ArticleWriteRules(m_actor).checkDelete(current);
            !allowed)
            return fromArticleRuleError(allowed.error());
    }
    return true;
}

Expected<bool, StoreError> WriteRules::afterDelete(qint64 id, const QVariantMap &current,
                                                   const Records::WriteContext &context)
{
    if (m_missionWrites) {
        if (const auto finished = m_missionWrites->finish(id, context); !finished)
            return finished.error();
    }
    if (const auto followed = writeKnowledgeFollowUp(
            m_db, m_backend, m_batch, {m_entity.name, id, current, {}, std::nullopt}, context);
        !followed)
        return fromWriteError(followed.error());
    // The status history the case rules wrote goes with the case: clients drop a deleted
    // case's children, and the server's rows must agree.
    if (isCase())
        return deleteCaseHistory(id, context);
    return true;
}

// Rows the case rules add to a write of a case (its status history; on create, the note and
// notification about a tracking code that had to change), written with the case in the same
// transaction, and through the same batch when it has one (a push hands out versions and
// audit lines from memory: a writer beside it would reuse both). New rows reach their
// readers by their version.
Expected<bool, StoreError> WriteRules::writeCasePlan(qint64 caseId,
                                                     const Records::WriteContext &context)
{
    Records::RowWriter writer(m_db, m_backend, m_batch);
    Records::WriteContext rowContext = context;
    rowContext.version.reset();
    for (const auto &[table, rows] :
         {std::pair{QStringLiteral("case_status_history"), &m_casePlan.history},
          std::pair{QStringLiteral("case_notes"), &m_casePlan.notes},
          std::pair{QStringLiteral("notifications"), &m_casePlan.notifications}}) {
        for (QVariantMap row : *rows) {
            row.insert(QStringLiteral("case_id"), caseId);
            if (const auto written = writer.insert(table, row, rowContext); !written)
                return fromWriteError(written.error());
        }
    }
    if (const auto finished = m_caseRules->finish(m_casePlan); !finished)
        return fromCaseRuleError(finished.error());
    return true;
}

Expected<bool, StoreError> WriteRules::deleteCaseHistory(qint64 caseId,
                                                         const Records::WriteContext &context)
{
    QList<qint64> ids;
    {
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db, QStringLiteral("SELECT id FROM case_status_history WHERE case_id = ? AND "
                                 "deleted = 0 ORDER BY id"));
        query->addBindValue(caseId);
        if (!query.isPrepared() || !query->exec())
            return internal(query->lastError().text());
        while (query->next())
            ids << query->value(0).toLongLong();
    }
    Records::RowWriter writer(m_db, m_backend, m_batch);
    Records::WriteContext historyContext = context;
    historyContext.version.reset();
    for (qint64 id : std::as_const(ids)) {
        if (const auto written =
                writer.markDeleted(QStringLiteral("case_status_history"), id, historyContext);
            !written)
            return fromWriteError(written.error());
    }
    return true;
}

} // namespace Shahrvand::EntityStore
