#pragma once

#include "missionwriterules.h"
#include "storeerror.h"

#include <optional>

namespace Shahrvand::EntityStore {

// The mission and expense rules (MissionRules::MissionWriteRules) around one write of a
// mission, an expense claim or line, or an approval step: prepare*() before the row is
// written (checks, server-decided columns), finish() after it, in the same transaction and
// batch (approval chains, claim totals, the subject of a decision, case notes). Refusals
// come back as StoreError (Refused with the rules' API code, or Invalid).
class MissionWrites final
{
public:
    MissionWrites(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
                  const Access::Principal &actor, const QDateTime &now, QString entity);

    // Whether writes of `entity` go through these rules.
    static bool governs(const QString &entity);

    Expected<bool, StoreError> prepareCreate(QVariantMap &columns);
    Expected<bool, StoreError> prepareUpdate(const QVariantMap &current, QVariantMap &columns);
    Expected<bool, StoreError> prepareDelete(const QVariantMap &current);
    Expected<bool, StoreError> finish(qint64 rowId, const Records::WriteContext &context);

private:
    Expected<bool, StoreError>
    keep(const Expected<MissionRules::MissionWritePlan, MissionRules::MissionRuleError> &plan);

    MissionRules::MissionWriteRules m_rules;
    QString m_entity;
    MissionRules::MissionWritePlan m_plan;
};

StoreError fromMissionRuleError(const MissionRules::MissionRuleError &error);

} // namespace Shahrvand::EntityStore
