#include "missionwrites.h"

namespace Shahrvand::EntityStore {

StoreError fromMissionRuleError(const MissionRules::MissionRuleError &error)
{
    StoreError converted;
    switch (error.kind) {
    case MissionRules::MissionRuleError::Kind::Refused:
        converted.kind = StoreError::Kind::Refused;
        converted.refusalError = error.error;
        converted.refusalCode = error.code;
        converted.refusalContext = MissionRules::MissionRuleError::context;
        converted.refusalText = error.text;
        converted.refusalDetails = error.details;
        return converted;
    case MissionRules::MissionRuleError::Kind::Invalid:
        converted.kind = StoreError::Kind::Invalid;
        converted.fieldErrors << Entities::FieldError{error.field, error.code, error.text, {}};
        return converted;
    case MissionRules::MissionRuleError::Kind::Internal:
        break;
    }
    // Logged by the rules where it happened.
    converted.kind = StoreError::Kind::Internal;
    converted.detail = error.detail;
    return converted;
}

MissionWrites::MissionWrites(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
                             const Access::Principal &actor, const QDateTime &now, QString entity)
    : m_rules(db, backend, batch, actor, now)
    , m_entity(std::move(entity))
{}

bool MissionWrites::governs(const QString &entity)
{
    return MissionRules::MissionWriteRules::governs(entity);
}

Expected<bool, StoreError> MissionWrites::keep(
    const Expected<MissionRules::MissionWritePlan, MissionRules::MissionRuleError> &plan)
{
    if (!plan)
        return fromMissionRuleError(plan.error());
    m_plan = *plan;
    return true;
}

Expected<bool, StoreError> MissionWrites::prepareCreate(QVariantMap &columns)
{
    return keep(m_rules.prepareCreate(m_entity, columns));
}

Expected<bool, StoreError> MissionWrites::prepareUpdate(const QVariantMap &current,
                                                        QVariantMap &columns)
{
    return keep(m_rules.prepareUpdate(m_entity, current, columns));
}

Expected<bool, StoreError> MissionWrites::prepareDelete(const QVariantMap &current)
{
    return keep(m_rules.prepareDelete(m_entity, current));
}

Expected<bool, StoreError> MissionWrites::finish(qint64 rowId, const Records::WriteContext &context)
{
    if (const auto finished = m_rules.finish(m_plan, rowId, context); !finished)
        return fromMissionRuleError(finished.error());
    return true;
}

} // namespace Shahrvand::EntityStore
