#pragma once

#include "apiserver.h"
#include "clock.h"
#include "database.h"

#include <memory>

namespace Shahrvand::Api {

// For every entity of the registry: GET /api/v1/<entity> (a page, with filters, text
// search and keyset paging), GET /api/v1/<entity>/{id}, and for entities users may write
// POST, PATCH (with If-Match) and DELETE. Bodies are declared from the registry, so the
// OpenAPI document describes every field.
void registerEntityRoutes(Server::ApiServer &server, std::shared_ptr<Storage::Database> database,
                          const Clock &clock);

} // namespace Shahrvand::Api
