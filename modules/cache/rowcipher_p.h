#pragma once

#include "cachekey.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Shahrvand::Cache {

// Seals and opens the cache's row contents: XChaCha20-Poly1305 with a random nonce per
// write, the row's address (table and id) as associated data so a sealed row cannot be
// moved to another row unnoticed. Layout: nonce (24 bytes), ciphertext, tag (16 bytes).
class RowCipher final
{
public:
    explicit RowCipher(const CacheKey &key);

    QByteArray seal(QByteArrayView plain, QByteArrayView address) const;
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView address) const;

private:
    CacheKey m_key;
};

} // namespace Shahrvand::Cache
