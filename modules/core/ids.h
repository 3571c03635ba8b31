#pragma once

#include "strongid.h"

namespace Shahrvand {

// One id type per entity of the data model.
using CitizenId = StrongId<struct CitizenIdTag>;
using CaseId = StrongId<struct CaseIdTag>;
using InteractionId = StrongId<struct InteractionIdTag>;
using UserId = StrongId<struct UserIdTag>;
using OrgUnitId = StrongId<struct OrgUnitIdTag>;
using ServiceId = StrongId<struct ServiceIdTag>;
using ArticleId = StrongId<struct ArticleIdTag>;
using MissionId = StrongId<struct MissionIdTag>;
using ExpenseClaimId = StrongId<struct ExpenseClaimIdTag>;

} // namespace Shahrvand
