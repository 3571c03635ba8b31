#pragma once

#include "apiserver.h"
#include "clock.h"
#include "database.h"

#include <memory>

namespace Shahrvand::Api {

// GET /api/v1/sync/changes?cursor=&limit= and POST /api/v1/sync/push (see
// Sync::SyncService for the formats).
void registerSyncRoutes(Server::ApiServer &server, std::shared_ptr<Storage::Database> database,
                        const Clock &clock);

} // namespace Shahrvand::Api
