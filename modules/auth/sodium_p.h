#pragma once

#include <QByteArray>

namespace Shahrvand::Auth::detail {

// libsodium, initialised once for the process (thread-safe: a function-local static).
// False only if the system cannot provide randomness; the failure is logged.
bool sodiumReady();

// `count` bytes from libsodium's CSPRNG (the kernel's getrandom()).
QByteArray randomBytes(int count);

} // namespace Shahrvand::Auth::detail
