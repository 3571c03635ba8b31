#pragma once

#include "apiserver.h"
#include "clock.h"
#include "database.h"

#include <memory>

namespace Shahrvand::Api {

// Files by SHA-256: POST /api/v1/blobs announces one, PUT .../chunks/{offset} sends a
// piece (application/octet-stream), GET .../status says where to resume, and
// GET .../content downloads it.
void registerBlobRoutes(Server::ApiServer &server, std::shared_ptr<Storage::Database> database,
                        const Clock &clock);

} // namespace Shahrvand::Api
