#include "sodium_p.h"

#include "authlog_p.h"

#include <sodium.h>

Q_LOGGING_CATEGORY(lcAuth, "shahrvand.auth")

namespace Shahrvand::Auth::detail {

bool sodiumReady()
{
    // C++ runs this once even when several threads arrive together; sodium_init() is
    // itself safe to call repeatedly, the static only saves the call.
    static const bool ready = [] {
        if (sodium_init() < 0) {
            qCCritical(lcAuth) << "libsodium could not be initialised";
            return false;
        }
        return true;
    }();
    return ready;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (!sodiumReady())
        qFatal("libsodium is not available: refusing to make tokens without randomness");
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

} // namespace Shahrvand::Auth::detail
