#include "tokens.h"

#include "sodium_p.h"

#include <QCryptographicHash>

namespace Shahrvand::Auth::Token {

namespace {
constexpr int tokenBytes = 32;
constexpr int tokenCharacters = 43; // ceil(32 * 8 / 6)
} // namespace

QString generate()
{
    return QString::fromLatin1(
        detail::randomBytes(tokenBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashOf(QStringView token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newFamily()
{
    return QString::fromLatin1(detail::randomBytes(16).toHex());
}

bool looksValid(QStringView token)
{
    if (token.size() != tokenCharacters)
        return false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Shahrvand::Auth::Token
