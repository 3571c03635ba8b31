#pragma once

#include <QLoggingCategory>

// The server's log categories. Everything goes to stderr (journald keeps it under
// systemd), one line per message: time, level, category, text.
Q_DECLARE_LOGGING_CATEGORY(lcApi)    // shahrvand.server.api: start, stop, failures
Q_DECLARE_LOGGING_CATEGORY(lcLimits) // shahrvand.server.limits: requests refused early
Q_DECLARE_LOGGING_CATEGORY(lcAccess) // shahrvand.server.access: one line per request (debug)

namespace Shahrvand::Server {

// Sets the message pattern of the server's log lines. Call once, first thing in `serve`.
void installServerLogFormat();

} // namespace Shahrvand::Server
