#pragma once

#include "caseworkflow.h"
#include "clock.h"
#include "database.h"
#include "entitystore.h"
#include "expected.h"
#include "principal.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace Shahrvand::CaseService {

// One workflow action asked for by name (POST /api/v1/cases/{id}/actions).
struct CaseActionRequest
{
    CaseWork::CaseActionKind kind = CaseWork::CaseActionKind::Start;
    QString reason;
    UserId owner;
    OrgUnitId team;
    QString resolution;
    ArticleId article;

    CaseWork::CaseAction toAction() const;
};

// Case workflow actions by name, for clients that prefer verbs to field changes. An action
// is checked with CaseWorkflow for the caller (so its refusal is exact: "same owner",
// "reason required"), then written as the equivalent update of the case row through the
// entity store, where the case rules apply it exactly as they would a sync push.
class CaseActions final
{
public:
    CaseActions(std::shared_ptr<Storage::Database> database, const Clock &clock);

    // The actions the caller may take on the case now.
    Expected<QList<CaseWork::CaseActionKind>, EntityStore::StoreError>
    allowed(const Access::Principal &actor, qint64 caseId);

    Expected<QJsonObject, EntityStore::StoreError>
    perform(const Access::Principal &actor, qint64 caseId, const CaseActionRequest &request,
            std::optional<qint64> ifMatchVersion, const QString &client);

    // The fields of a generic update that the case rules read as `request`.
    static QJsonObject updateFor(const CaseWork::CaseState &state,
                                 const CaseActionRequest &request);

private:
    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    EntityStore::Store m_store;
};

} // namespace Shahrvand::CaseService
