#include "caseactions.h"

#include "casedata.h"
#include "casewriterules.h"
#include "entitydef.h"

namespace Shahrvand::CaseService {

using namespace CaseWork;
using EntityStore::StoreError;

namespace {

const Entities::EntityDef &casesEntity()
{
    static const Entities::EntityDef *entity = Entities::findEntity(u"cases");
    return *entity;
}

StoreError fromRuleError(const CaseRules::CaseRuleError &error)
{
    StoreError store;
    if (error.kind == CaseRules::CaseRuleError::Kind::Invalid) {
        store.kind = StoreError::Kind::Invalid;
        store.fieldErrors << Entities::FieldError{error.field, error.code, error.text, {}};
    } else {
        store.kind = StoreError::Kind::Refused;
        store.refusalCode = error.code;
        store.refusalContext = CaseRules::CaseRuleError::context;
        store.refusalText = error.text;
        store.refusalDetails = error.details;
    }
    return store;
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

CaseAction CaseActionRequest::toAction() const
{
    CaseAction action;
    action.kind = kind;
    action.owner = owner;
    action.team = team;
    action.reason = reason;
    action.resolution = resolution;
    action.article = article;
    return action;
}

CaseActions::CaseActions(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_store(std::move(database), clock)
{}

QJsonObject CaseActions::updateFor(const CaseState &state, const CaseActionRequest &request)
{
    const QString status = QStringLiteral("status");
    const QString reason = QStringLiteral("status_reason");
    QJsonObject fields;
    switch (request.kind) {
    case CaseActionKind::Assign:
        fields.insert(QStringLiteral("owner_id"), idOrNull(request.owner.value()));
        if (request.team.isValid())
            fields.insert(QStringLiteral("team_id"), request.team.value());
        if (state.owner == request.owner)
            fields.insert(status, caseStatusCode(CaseStatus::Assigned));
        break;
    case CaseActionKind::Start:
    case CaseActionKind::CitizenReplied:
        fields.insert(status, caseStatusCode(CaseStatus::InProgress));
        break;
    case CaseActionKind::WaitForCitizen:
        fields.insert(status, caseStatusCode(CaseStatus::WaitingCitizen));
        fields.insert(reason, request.reason);
        break;
    case CaseActionKind::Escalate:
        fields.insert(status, caseStatusCode(CaseStatus::Escalated));
        // From escalated to the next tier the status stays: the tier says it.
        fields.insert(QStringLiteral("tier"), std::max(state.tier, helpDeskTier) + 1);
        fields.insert(reason, request.reason);
        if (request.team.isValid())
            fields.insert(QStringLiteral("team_id"), request.team.value());
        break;
    case CaseActionKind::Resolve:
        fields.insert(status, caseStatusCode(CaseStatus::Resolved));
        fields.insert(QStringLiteral("resolution"), request.resolution);
        fields.insert(QStringLiteral("resolution_article_id"), idOrNull(request.article.value()));
        break;
    case CaseActionKind::Reopen:
        fields.insert(
            status, caseStatusCode(state.owner.isValid() ? CaseStatus::Assigned : CaseStatus::New));
        fields.insert(reason, request.reason);
        break;
    case CaseActionKind::Close:
        fields.insert(status, caseStatusCode(CaseStatus::Closed));
        break;
    }
    return fields;
}

Expected<QList<CaseActionKind>, StoreError> CaseActions::allowed(const Access::Principal &actor,
                                                                 qint64 caseId)
{
    const auto row = m_store.get(actor, casesEntity(), caseId);
    if (!row)
        return row.error();
    const CaseState state = CaseRules::CaseData::stateOf(row->toVariantMap());
    return CaseWorkflow().allowedActions(state, CaseRules::CaseData::actorOf(actor),
                                         m_clock.now().toUTC());
}

Expected<QJsonObject, StoreError> CaseActions::perform(const Access::Principal &actor,
                                                       qint64 caseId,
                                                       const CaseActionRequest &request,
                                                       std::optional<qint64> ifMatchVersion,
                                                       const QString &client)
{
    const auto row = m_store.get(actor, casesEntity(), caseId);
    if (!row)
        return row.error();
    const CaseState state = CaseRules::CaseData::stateOf(row->toVariantMap());
    // Checked here first for an exact answer; the write checks again under the lock, and
    // the version read here makes sure it is the same case state.
    if (const auto applied = CaseWorkflow().apply(
            state, request.toAction(), CaseRules::CaseData::actorOf(actor), m_clock.now().toUTC());
        !applied)
        return fromRuleError(CaseRules::refusalOf(applied.error()));
    const qint64 version = row->value(u"version").toInteger();
    if (ifMatchVersion && *ifMatchVersion != version) {
        StoreError error;
        error.kind = StoreError::Kind::PreconditionFailed;
        error.currentVersion = version;
        return error;
    }
    return m_store.update(actor, casesEntity(), caseId, updateFor(state, request), version, client);
}

} // namespace Shahrvand::CaseService
