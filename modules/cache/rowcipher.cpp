#include "rowcipher_p.h"

#include <sodium.h>

namespace Shahrvand::Cache {

namespace {
constexpr qsizetype nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
} // namespace

RowCipher::RowCipher(const CacheKey &key)
    : m_key(key)
{
    [[maybe_unused]] static const int ready = sodium_init();
}

QByteArray RowCipher::seal(QByteArrayView plain, QByteArrayView address) const
{
    QByteArray out(nonceSize + plain.size() + tagSize, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, nonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + nonceSize, &written, reinterpret_cast<const unsigned char *>(plain.data()),
        quint64(plain.size()), reinterpret_cast<const unsigned char *>(address.data()),
        quint64(address.size()), nullptr, bytes,
        reinterpret_cast<const unsigned char *>(m_key.bytes().constData()));
    return out;
}

std::optional<QByteArray> RowCipher::open(QByteArrayView sealed, QByteArrayView address) const
{
    if (sealed.size() < nonceSize + tagSize)
        return std::nullopt;
    QByteArray plain(sealed.size() - nonceSize - tagSize, Qt::Uninitialized);
    unsigned long long read = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.data());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &read, nullptr, bytes + nonceSize,
            quint64(sealed.size() - nonceSize),
            reinterpret_cast<const unsigned char *>(address.data()), quint64(address.size()), bytes,
            reinterpret_cast<const unsigned char *>(m_key.bytes().constData())) != 0)
        return std::nullopt;
    return plain;
}

} // namespace Shahrvand::Cache
