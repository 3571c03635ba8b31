#include "caseedits.h"

#include "localcache.h"

namespace Shahrvand::Ui {

using CaseWork::CaseField;

namespace {

// The case columns an action changes that the workstation sends.
bool clientWritable(CaseField field)
{
    switch (field) {
    case CaseField::Status:
    case CaseField::OwnerId:
    case CaseField::TeamId:
    case CaseField::Tier:
    case CaseField::Resolution:
    case CaseField::ResolutionArticleId:
        return true;
    default:
        return false;
    }
}

QJsonValue columnValue(const CaseWork::CaseState &state, CaseField field)
{
    switch (field) {
    case CaseField::Status:
        return CaseWork::caseStatusCode(state.status);
    case CaseField::OwnerId:
        return state.owner.isValid() ? QJsonValue(state.owner.value()) : QJsonValue();
    case CaseField::TeamId:
        return state.team.isValid() ? QJsonValue(state.team.value()) : QJsonValue();
    case CaseField::Tier:
        return state.tier;
    case CaseField::Resolution:
        return state.resolution;
    case CaseField::ResolutionArticleId:
        return state.resolutionArticle.isValid() ? QJsonValue(state.resolutionArticle.value())
                                                 : QJsonValue();
    default:
        return {};
    }
}

} // namespace

QString CaseEdits::apply(Cache::LocalCache &cache, qint64 caseId,
                         const CaseWork::CaseAction &action, const QDateTime &now, bool *changed)
{
    if (changed)
        *changed = false;
    const auto user = cache.user();
    if (!user)
        return tr("Sign in again: this computer does not know who you are.");
    const auto row = cache.row(QStringLiteral("cases"), caseId);
    if (!row)
        return row.error().message();
    if (!*row)
        return tr("This case is no longer in this computer's copy.");
    const CaseWork::CaseState state = CaseWork::caseStateFromRow((**row).toVariantMap());
    const auto result =
        CaseWork::CaseWorkflow().apply(state, action, CaseWork::Actor::fromPrincipal(*user), now);
    if (!result)
        return CaseWork::describe(result.error());
    QJsonObject fields;
    for (const CaseField field : result->changedFields) {
        if (clientWritable(field))
            fields.insert(CaseWork::caseFieldColumn(field), columnValue(result->state, field));
    }
    if (!action.reason.isEmpty())
        fields.insert(QStringLiteral("status_reason"), action.reason);
    if (fields.isEmpty())
        return {};
    const auto updated = cache.update(QStringLiteral("cases"), caseId, fields);
    if (!updated)
        return updated.error().fieldMessages.isEmpty() ? updated.error().message()
                                                       : updated.error().fieldMessages.join(u'\n');
    if (changed)
        *changed = true;
    return {};
}

QString CaseEdits::unchanged()
{
    return tr("it is so already");
}

bool CaseEdits::allowed(Cache::LocalCache &cache, qint64 caseId, CaseWork::CaseActionKind kind,
                        const QDateTime &now)
{
    const auto user = cache.user();
    const auto row = cache.row(QStringLiteral("cases"), caseId);
    if (!user || !row || !*row)
        return false;
    return !CaseWork::CaseWorkflow().check(CaseWork::caseStateFromRow((**row).toVariantMap()), kind,
                                           CaseWork::Actor::fromPrincipal(*user), now);
}

} // namespace Shahrvand::Ui
