#pragma once

#include "apiserver.h"
#include "authenticationhook.h"
#include "clock.h"
#include "database.h"

#include <memory>

namespace Shahrvand::Api {

// POST /api/v1/auth/login, /refresh and /logout, GET /api/v1/auth/me; and the bearer-
// token check every authenticated route goes through (Auth::Authenticator, cached).
void registerAuthRoutes(Server::ApiServer &server, std::shared_ptr<Storage::Database> database,
                        const Clock &clock);

} // namespace Shahrvand::Api
