#pragma once

#include "ids.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Shahrvand::CaseWork {

// The statuses of a case, in the order of Entities::Vocabulary::caseStatuses.
enum class CaseStatus {
    New,
    Assigned,
    InProgress,
    WaitingCitizen,
    Escalated,
    Resolved,
    Closed,
};

const QList<CaseStatus> &allCaseStatuses();
// The stable code stored in cases.status: "new", "assigned", "in_progress", ...
QString caseStatusCode(CaseStatus status);
std::optional<CaseStatus> caseStatusFromCode(QStringView code);
// The status's name for people, in the current UI language.
QString caseStatusDisplayName(CaseStatus status);

inline size_t qHash(CaseStatus status, size_t seed = 0) noexcept
{
    return ::qHash(int(status), seed);
}

// Support tiers: a case starts at the help desk and is escalated one tier at a time.
constexpr int helpDeskTier = 1;
constexpr int specialistTier = 2;
constexpr int engineeringTier = 3;
constexpr int topTier = engineeringTier;

// "Help desk", "Specialist team", "Engineering"; empty for a tier outside 1..3.
QString tierDisplayName(int tier);

// One row of case_status_history: the case entered `to` (with that team, owner and tier) at
// `changedAt`. The row written when a case is created has no `from`.
struct StatusHistoryRow
{
    std::optional<CaseStatus> from;
    CaseStatus to = CaseStatus::New;
    OrgUnitId team;
    UserId owner;
    int tier = helpDeskTier;
    UserId changedBy;
    QDateTime changedAt;
    QString reason;
};

} // namespace Shahrvand::CaseWork

namespace Shahrvand::CaseWork {

// A time the SLA clocks stood still because the case waited for the citizen: [start, end).
// An open pause (still waiting) has no end.
struct PauseInterval
{
    QDateTime start;
    QDateTime end;

    bool isOpen() const { return !end.isValid(); }
    friend bool operator==(const PauseInterval &, const PauseInterval &) = default;
};

} // namespace Shahrvand::CaseWork
