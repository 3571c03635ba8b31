#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Shahrvand::Auth {

// Why a password was not accepted. Every kind but HashingFailed is the user's to fix.
enum class PasswordError {
    TooShort,             // fewer than PasswordPolicy::minimumLength characters
    TooLong,              // more than PasswordPolicy::maximumLength characters
    OneRepeatedCharacter, // "aaaaaaaaaaaa", "۱۱۱۱۱۱۱۱۱۱"
    SameAsUsername,       // the user name itself, in any letter case
    HashingFailed,        // the server could not hash (out of memory): logged, internal
};

// What a new password must be. Lengths are in characters as people count them (code
// points), so a Persian password is measured like an English one. Passwords are compared
// in their canonical form (see canonicaltext_p.h): Arabic and Persian forms of yeh and
// kaf, and Persian, Arabic-Indic and ASCII digits, are the same character.
class PasswordPolicy final
{
public:
    static constexpr int minimumLength = 10;
    // Long enough for any passphrase or password manager; bounded so that nobody can make
    // the server hash megabytes.
    static constexpr int maximumLength = 256;

    // The first rule `password` breaks, or nothing. Without a username, the rule about
    // the user name is not checked.
    static std::optional<PasswordError> check(const QString &password,
                                              const QString &username = {});
};

// Password hashing with libsodium's Argon2id (crypto_pwhash_str_alg). The encoded string
// ("$argon2id$v=19$m=65536,t=2,p=1$salt$hash") carries algorithm, parameters and salt, so
// the parameters can be raised later: verify() still accepts old hashes, needsRehash()
// says which ones to replace at the next successful sign-in.
//
// Parameters: crypto_pwhash_OPSLIMIT_INTERACTIVE (2 passes) and MEMLIMIT_INTERACTIVE
// (64 MiB). One hash takes about 70 ms of one core on the CI machine (MODERATE: 256 MiB,
// about 450 ms). The server verifies a password at every sign-in, and a whole shift signs
// in within minutes at 8:00: at 70 ms two cores manage about 28 sign-ins a second while
// still answering other requests, and 8 sign-ins at once need 512 MiB. That is well above
// OWASP's recommended minimum for Argon2id (19 MiB, 2 passes), and throttling
// (LoginThrottle) limits online guessing; the cost matters for offline guessing after a
// stolen database, where 64 MiB per guess makes GPU attacks expensive.
//
// All functions are thread-safe.
class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Auth::PasswordHasher)

public:
    // Checks the policy (without the user-name rule, which UserDirectory adds) and hashes
    // the canonical form of the password with a fresh random salt.
    static Expected<QString, PasswordError> hash(const QString &password);

    // Whether `password` matches `encoded`; false for a malformed `encoded` too. Takes as
    // long as hashing (that is the point).
    static bool verify(const QString &encoded, const QString &password);

    // True when `encoded` was made with other parameters or another algorithm than hash()
    // uses now (or is not a hash at all).
    static bool needsRehash(const QString &encoded);

    // A sentence for the person choosing the password, in the user interface language.
    static QString describe(PasswordError error);
};

} // namespace Shahrvand::Auth
