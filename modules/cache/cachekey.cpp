#include "cachekey.h"

#include <sodium.h>

namespace Shahrvand::Cache {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes = QByteArray(); // shared: the other copy wipes it
    else if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

// Wrapped key layout: version byte, salt, nonce, sealed key.
constexpr char wrapFormat = 1;
constexpr int saltSize = crypto_pwhash_SALTBYTES;
constexpr int nonceSize = crypto_secretbox_NONCEBYTES;

QByteArray deriveFromPassword(const QString &password, const unsigned char *salt)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray derived(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    // Moderate cost: about a tenth of a second and 64 MiB, once per offline sign-in.
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(derived.data()), size_t(derived.size()),
                      utf8.constData(), size_t(utf8.size()), salt,
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return derived;
}

} // namespace

CacheKey::~CacheKey()
{
    wipe(m_bytes);
}

CacheKey::CacheKey(const CacheKey &other)
    : m_bytes(other.m_bytes)
{}

CacheKey &CacheKey::operator=(const CacheKey &other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = other.m_bytes;
    }
    return *this;
}

CacheKey CacheKey::generate()
{
    sodiumReady();
    CacheKey key;
    key.m_bytes = QByteArray(size, Qt::Uninitialized);
    randombytes_buf(key.m_bytes.data(), size_t(size));
    return key;
}

std::optional<CacheKey> CacheKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != size)
        return std::nullopt;
    CacheKey key;
    key.m_bytes = QByteArray(bytes.constData(), bytes.size()); // a copy of our own to wipe
    return key;
}

std::optional<CacheKey> CacheKey::fromHex(const QString &hex)
{
    if (hex.size() != size * 2)
        return std::nullopt;
    for (QChar c : hex) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return std::nullopt;
    }
    QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    auto key = fromBytes(bytes);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return key;
}

QString CacheKey::toHex() const
{
    return QString::fromLatin1(m_bytes.toHex());
}

QByteArray CacheKey::wrapWithPassword(const QString &password) const
{
    if (!sodiumReady() || isNull())
        return {};
    QByteArray out(1 + saltSize + nonceSize + crypto_secretbox_MACBYTES + size, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    bytes[0] = wrapFormat;
    randombytes_buf(bytes + 1, saltSize);
    randombytes_buf(bytes + 1 + saltSize, nonceSize);
    QByteArray derived = deriveFromPassword(password, bytes + 1);
    if (derived.isEmpty())
        return {};
    crypto_secretbox_easy(bytes + 1 + saltSize + nonceSize,
                          reinterpret_cast<const unsigned char *>(m_bytes.constData()), size,
                          bytes + 1 + saltSize,
                          reinterpret_cast<const unsigned char *>(derived.constData()));
    sodium_memzero(derived.data(), size_t(derived.size()));
    return out;
}

std::optional<CacheKey> CacheKey::unwrapWithPassword(const QByteArray &wrapped,
                                                     const QString &password)
{
    if (!sodiumReady() ||
        wrapped.size() != 1 + saltSize + nonceSize + crypto_secretbox_MACBYTES + size ||
        wrapped.at(0) != wrapFormat)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(wrapped.constData());
    QByteArray derived = deriveFromPassword(password, bytes + 1);
    if (derived.isEmpty())
        return std::nullopt;
    QByteArray plain(size, Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(
        reinterpret_cast<unsigned char *>(plain.data()), bytes + 1 + saltSize + nonceSize,
        crypto_secretbox_MACBYTES + size, bytes + 1 + saltSize,
        reinterpret_cast<const unsigned char *>(derived.constData()));
    sodium_memzero(derived.data(), size_t(derived.size()));
    std::optional<CacheKey> key;
    if (opened == 0)
        key = fromBytes(plain);
    sodium_memzero(plain.data(), size_t(plain.size()));
    return key;
}

} // namespace Shahrvand::Cache
