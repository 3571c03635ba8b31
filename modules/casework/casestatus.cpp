#include "casestatus.h"

#include "casework_tr_p.h"

namespace Shahrvand::CaseWork {

const QList<CaseStatus> &allCaseStatuses()
{
    static const QList<CaseStatus> statuses{CaseStatus::New,        CaseStatus::Assigned,
                                            CaseStatus::InProgress, CaseStatus::WaitingCitizen,
                                            CaseStatus::Escalated,  CaseStatus::Resolved,
                                            CaseStatus::Closed};
    return statuses;
}

QString caseStatusCode(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return QStringLiteral("new");
    case CaseStatus::Assigned:
        return QStringLiteral("assigned");
    case CaseStatus::InProgress:
        return QStringLiteral("in_progress");
    case CaseStatus::WaitingCitizen:
        return QStringLiteral("waiting_citizen");
    case CaseStatus::Escalated:
        return QStringLiteral("escalated");
    case CaseStatus::Resolved:
        return QStringLiteral("resolved");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    }
    Q_UNREACHABLE();
}

std::optional<CaseStatus> caseStatusFromCode(QStringView code)
{
    for (CaseStatus status : allCaseStatuses()) {
        if (caseStatusCode(status) == code)
            return status;
    }
    return std::nullopt;
}

QString caseStatusDisplayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return CaseWorkTr::tr("New");
    case CaseStatus::Assigned:
        return CaseWorkTr::tr("Assigned");
    case CaseStatus::InProgress:
        return CaseWorkTr::tr("In progress");
    case CaseStatus::WaitingCitizen:
        return CaseWorkTr::tr("Waiting for the citizen");
    case CaseStatus::Escalated:
        return CaseWorkTr::tr("Escalated");
    case CaseStatus::Resolved:
        return CaseWorkTr::tr("Resolved");
    case CaseStatus::Closed:
        return CaseWorkTr::tr("Closed");
    }
    Q_UNREACHABLE();
}

QString tierDisplayName(int tier)
{
    switch (tier) {
    case helpDeskTier:
        return CaseWorkTr::tr("Help desk");
    case specialistTier:
        return CaseWorkTr::tr("Specialist team");
    case engineeringTier:
        return CaseWorkTr::tr("Engineering");
    default:
        return {};
    }
}

} // namespace Shahrvand::CaseWork
