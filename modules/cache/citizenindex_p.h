#pragma once

// The citizens' index tokens (citizenindex_tokens.cpp), shared by the index's build
// (citizenindex.cpp) and the search (citizensearch.cpp).

#include "cachekey.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <sodium.h>

namespace Shahrvand::Cache::CitizenIndexing {

// What a token stands for, hashed with it, so that a name word never meets a number.
namespace Domain {
inline constexpr char nationalId = 'n';
inline constexpr char phone = 'p';
inline constexpr char name = 'w';
} // namespace Domain

// The shortest beginning of a word that is indexed, and the shortest word indexed with one
// character left out (shorter ones would meet too many names).
inline constexpr int minPrefix = 2;
inline constexpr int minTypoWord = 3;

// The keyed hash of tokens: SipHash-2-4 (crypto_shorthash) under a key derived from the
// cache's key with crypto_kdf, held here only and wiped with it. A keyed PRF, so that the
// hashes in the file say nothing without the key (a plain hash of a national ID would be
// reversed by trying the few billion of them).
class TokenKey final
{
public:
    explicit TokenKey(const CacheKey &key);
    ~TokenKey();
    TokenKey(const TokenKey &) = delete;
    TokenKey &operator=(const TokenKey &) = delete;

    // 31 bits, so that SQLite stores each in four bytes. Half a million citizens have some
    // 16 million tokens: a hash looked up meets another token's citizen about once in a
    // hundred lookups, and the opened row turns it away.
    qint64 token(char domain, QByteArrayView utf8) const;
    qint64 token(char domain, const QString &text) const
    {
        return token(domain, QByteArrayView(text.toUtf8()));
    }

private:
    unsigned char m_key[crypto_shorthash_KEYBYTES];
};

// The normalizeForSearch() words of a citizen's first and last names (Persian, Latin) and
// father's name.
QStringList nameWords(const QJsonObject &citizen);
// `word` with one character left out, each way once, none shorter than minPrefix.
QStringList deletions(const QString &word);
// Every token of a citizen and its phones (E.164), without repeats.
QList<qint64> tokensOf(const TokenKey &key, const QJsonObject &citizen, const QStringList &phones);

// Four bytes a token, for citizen_indexed.tokens.
QByteArray packTokens(const QList<qint64> &tokens);
QList<qint64> unpackTokens(QByteArrayView packed);

} // namespace Shahrvand::Cache::CitizenIndexing
