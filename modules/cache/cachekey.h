#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Shahrvand::Cache {

// The 256-bit key that encrypts one user's cache. Random, kept in the system keychain
// and, wrapped by a key derived from the user's password (Argon2id), in the cache file
// itself so that the user can open their cache offline by typing their password. The
// bytes are wiped when the last copy goes away.
class CacheKey final
{
public:
    static constexpr int size = 32;

    CacheKey() = default;
    ~CacheKey();
    CacheKey(const CacheKey &other);
    CacheKey &operator=(const CacheKey &other);

    static CacheKey generate();
    // Exactly `size` bytes, or nothing.
    static std::optional<CacheKey> fromBytes(const QByteArray &bytes);
    // The hex form kept in the keychain.
    static std::optional<CacheKey> fromHex(const QString &hex);

    bool isNull() const { return m_bytes.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }
    QString toHex() const;

    // The key sealed with a key derived from `password` (Argon2id, a fresh salt): safe to
    // store next to the data it opens. Empty if the derivation fails (out of memory).
    QByteArray wrapWithPassword(const QString &password) const;
    // Nothing when the password is wrong or the blob damaged.
    static std::optional<CacheKey> unwrapWithPassword(const QByteArray &wrapped,
                                                      const QString &password);

private:
    QByteArray m_bytes;
};

} // namespace Shahrvand::Cache
