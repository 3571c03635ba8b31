#include "expensetotals.h"

namespace Shahrvand::Missions {

std::optional<Money> claimTotal(const QList<Money> &lineAmounts)
{
    return Money::checkedSum(lineAmounts);
}

std::optional<Money> missionTotal(const QList<Money> &claimTotals)
{
    return Money::checkedSum(claimTotals);
}

bool countsForMission(QStringView claimStatus)
{
    return claimStatus == u"submitted" || claimStatus == u"approved" || claimStatus == u"paid";
}

} // namespace Shahrvand::Missions
