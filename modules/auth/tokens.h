#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Shahrvand::Auth {

// What a client receives at sign-in and at every refresh. The tokens are opaque: 256
// random bits each, base64url without padding (43 characters). The server keeps only
// their SHA-256 (Token::hashOf), so a copy of the database signs nobody in.
struct TokenPair
{
    QString accessToken; // sent with every request: "Authorization: Bearer <token>"
    QDateTime accessExpiresAt;
    QString refreshToken; // sent only to refresh; each use replaces it
    QDateTime refreshExpiresAt;
};

namespace Token {

// A new random token (256 bits, base64url, no padding).
QString generate();

// The form stored in auth_tokens.token_hash: SHA-256 of the token's text, lower-case hex.
QString hashOf(QStringView token);

// Identifies one sign-in (the chain of tokens refreshed from it): 128 random bits, hex.
// Not a secret: knowing it gives no access.
QString newFamily();

// Whether `token` has the shape generate() gives; anything else is refused without a
// database lookup.
bool looksValid(QStringView token);

} // namespace Token

} // namespace Shahrvand::Auth
