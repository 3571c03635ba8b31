#pragma once

#include "apiserver.h"
#include "clock.h"
#include "database.h"

#include <memory>

namespace Shahrvand::Api {

// A citizen's rights over their data (Privacy::CitizenPrivacy), for administrators:
//   GET  /api/v1/citizens/{id}/export   everything held about the citizen, as JSON
//   POST /api/v1/citizens/{id}/erase    {"reason": "..."}: erased under the retention rules
void registerCitizenPrivacyRoutes(Server::ApiServer &server,
                                  std::shared_ptr<Storage::Database> database, const Clock &clock);

} // namespace Shahrvand::Api
