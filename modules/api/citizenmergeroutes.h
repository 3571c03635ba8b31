#pragma once

#include "apiserver.h"
#include "clock.h"
#include "database.h"

#include <memory>

namespace Shahrvand::Api {

// Data quality for citizens: GET /api/v1/citizens/duplicates, POST
// /api/v1/citizens/{id}/merge, GET /api/v1/citizens/{id}/merges and
// POST /api/v1/merges/{id}/undo (CitizenDuplicates, CitizenMerges).
void registerCitizenMergeRoutes(Server::ApiServer &server,
                                std::shared_ptr<Storage::Database> database, const Clock &clock);

} // namespace Shahrvand::Api
