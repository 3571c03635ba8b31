#include "passwordhasher.h"

#include "authlog_p.h"
#include "canonicaltext_p.h"
#include "sodium_p.h"

#include <sodium.h>

#include <algorithm>

namespace Shahrvand::Auth {

namespace {

constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

std::optional<PasswordError> PasswordPolicy::check(const QString &password, const QString &username)
{
    const QString canonical = detail::canonicalPassword(password);
    const qsizetype length = detail::codePointCount(canonical);
    if (length < minimumLength)
        return PasswordError::TooShort;
    if (length > maximumLength)
        return PasswordError::TooLong;
    const QList<uint> codePoints = canonical.toUcs4();
    if (std::all_of(codePoints.cbegin(), codePoints.cend(),
                    [&](uint c) { return c == codePoints.first(); }))
        return PasswordError::OneRepeatedCharacter;
    if (!username.isEmpty() &&
        detail::canonicalUsername(canonical) == detail::canonicalUsername(username))
        return PasswordError::SameAsUsername;
    return std::nullopt;
}

Expected<QString, PasswordError> PasswordHasher::hash(const QString &password)
{
    if (const auto broken = PasswordPolicy::check(password))
        return *broken;
    if (!detail::sodiumReady())
        return PasswordError::HashingFailed;
    const QByteArray utf8 = detail::canonicalPassword(password).toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, utf8.constData(), quint64(utf8.size()), opsLimit, memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCCritical(lcAuth) << "Argon2id hashing failed (out of memory?)";
        return PasswordError::HashingFailed;
    }
    return QString::fromLatin1(encoded);
}

bool PasswordHasher::verify(const QString &encoded, const QString &password)
{
    if (!detail::sodiumReady())
        return false;
    const QByteArray hash = encoded.toLatin1(); // NUL-terminated, as libsodium expects
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QString canonical = detail::canonicalPassword(password);
    // A password longer than any that hash() accepts cannot match; refusing it early keeps
    // megabyte "passwords" from costing the server anything.
    if (detail::codePointCount(canonical) > PasswordPolicy::maximumLength)
        return false;
    const QByteArray utf8 = canonical.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &encoded)
{
    if (!detail::sodiumReady())
        return false;
    // crypto_pwhash_str_needs_rehash() accepts Argon2i strings with the right parameters;
    // we want Argon2id.
    if (!encoded.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX)))
        return true;
    const QByteArray hash = encoded.toLatin1();
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return true;
    return crypto_pwhash_str_needs_rehash(hash.constData(), opsLimit, memLimit) != 0;
}

QString PasswordHasher::describe(PasswordError error)
{
    switch (error) {
    case PasswordError::TooShort:
        return tr("The password must be at least %L1 characters long.")
            .arg(PasswordPolicy::minimumLength);
    case PasswordError::TooLong:
        return tr("The password must be at most %L1 characters long.")
            .arg(PasswordPolicy::maximumLength);
    case PasswordError::OneRepeatedCharacter:
        return tr("The password must not be one character repeated.");
    case PasswordError::SameAsUsername:
        return tr("The password must not be the user name.");
    case PasswordError::HashingFailed:
        return tr("The server could not store the password. Try again later; if it happens "
                  "again, tell the system administrator.");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand::Auth
