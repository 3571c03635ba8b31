#pragma once

#include "apierror.h"
#include "expected.h"
#include "principal.h"
#include "requestcontext.h"
#include "storeerror.h"

#include <optional>

namespace Shahrvand::Api {

// The signed-in user of an authenticated route (the authentication module puts an
// Access::Principal in the request's Authentication).
const Access::Principal &principalOf(const Server::RequestContext &context);

// A store's refusal as the API answers it, messages in the request's language.
Server::ApiError toApiError(const Server::RequestContext &context,
                            const EntityStore::StoreError &error);

// If-Match: "42" (or W/"42"): that version; absent or "*": no condition; else a 400.
Expected<std::optional<qint64>, Server::ApiError> ifMatchOf(const Server::RequestContext &context);

// "client" as recorded in the audit trail: the caller's address.
QString clientOf(const Server::RequestContext &context);

} // namespace Shahrvand::Api
