#pragma once

#include "apiserver.h"
#include "clock.h"
#include "database.h"

#include <memory>

namespace Shahrvand::Api {

// Case workflow actions by name, for clients that prefer verbs to field changes:
//   GET  /api/v1/cases/{id}/actions   the actions the caller may take now
//   POST /api/v1/cases/{id}/actions   {"action": "escalate", "reason": "...", ...}
// An action is the same write as the equivalent PATCH of the case (CaseService), so the
// case rules, the history and sync treat both alike.
void registerCaseActionRoutes(Server::ApiServer &server,
                              std::shared_ptr<Storage::Database> database, const Clock &clock);

} // namespace Shahrvand::Api
