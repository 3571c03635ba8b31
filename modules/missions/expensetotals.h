#pragma once

#include "money.h"

#include <QList>

#include <optional>

namespace Shahrvand::Missions {

// A claim's total: the sum of its live lines' amounts. Nothing when the sum does not fit
// in the amounts we store (a qint64 of rials): an error to report, never a wrapped
// number.
std::optional<Money> claimTotal(const QList<Money> &lineAmounts);

// A mission's total: the sum of the totals of its claims that count (see countsForMission).
std::optional<Money> missionTotal(const QList<Money> &claimTotals);

// Whether a claim of this status counts towards its mission's total: submitted, approved
// and paid claims do (money asked for or spent); drafts, returned, rejected and withdrawn
// claims do not.
bool countsForMission(QStringView claimStatus);

} // namespace Shahrvand::Missions
