// The citizens' index tokens and their keyed hashes (citizenindex.h).
#include "citizenindex_p.h"

#include "textnormalizer.h"

#include <QSet>

#include <algorithm>

namespace Shahrvand::Cache::CitizenIndexing {

namespace {

// crypto_kdf's context: eight characters naming what the subkey is for.
constexpr char subkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "ctzindex";
constexpr quint64 subkeyId = 1;
constexpr qint64 tokenMask = (qint64(1) << 31) - 1;
constexpr int packedSize = 4;

// The fields whose words are indexed, and those whose words also get their one-typo forms
// (the Persian names an agent types; the Latin ones and the father's name are found by
// their beginnings only, which keeps the index a third smaller).
struct NameField
{
    const char *member;
    bool typos;
};
constexpr NameField nameFields[] = {{"first_name", true},
                                    {"last_name", true},
                                    {"first_name_latin", false},
                                    {"last_name_latin", false},
                                    {"father_name", false}};

QStringList wordsOf(const QJsonObject &citizen, const char *member)
{
    return normalizeForSearch(citizen.value(QLatin1String(member)).toString())
        .split(u' ', Qt::SkipEmptyParts);
}

} // namespace

TokenKey::TokenKey(const CacheKey &key)
{
    [[maybe_unused]] static const int ready = sodium_init();
    crypto_kdf_derive_from_key(m_key, sizeof m_key, subkeyId, subkeyContext,
                               reinterpret_cast<const unsigned char *>(key.bytes().constData()));
}

TokenKey::~TokenKey()
{
    sodium_memzero(m_key, sizeof m_key);
}

qint64 TokenKey::token(char domain, QByteArrayView utf8) const
{
    QByteArray input;
    input.reserve(utf8.size() + 1);
    input.append(domain);
    input.append(utf8);
    unsigned char hash[crypto_shorthash_BYTES];
    crypto_shorthash(hash, reinterpret_cast<const unsigned char *>(input.constData()),
                     quint64(input.size()), m_key);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | hash[i];
    return qint64(value) & tokenMask;
}

QStringList nameWords(const QJsonObject &citizen)
{
    QStringList words;
    for (const NameField &field : nameFields)
        words += wordsOf(citizen, field.member);
    return words;
}

QStringList deletions(const QString &word)
{
    QStringList result;
    if (word.size() <= minPrefix)
        return result;
    for (qsizetype i = 0; i < word.size(); ++i) {
        // Leaving out either of two equal neighbours gives the same word.
        if (i > 0 && word.at(i) == word.at(i - 1))
            continue;
        result.append(QString(word).remove(i, 1));
    }
    return result;
}

QList<qint64> tokensOf(const TokenKey &key, const QJsonObject &citizen, const QStringList &phones)
{
    QSet<QString> names;
    for (const NameField &field : nameFields) {
        for (const QString &word : wordsOf(citizen, field.member)) {
            for (qsizetype length = minPrefix; length <= word.size(); ++length)
                names.insert(word.left(length));
            if (field.typos && word.size() >= minTypoWord) {
                for (const QString &shorter : deletions(word))
                    names.insert(shorter);
            }
        }
    }
    QList<qint64> tokens;
    tokens.reserve(names.size() + phones.size() + 1);
    for (const QString &name : std::as_const(names))
        tokens.append(key.token(Domain::name, name));
    const QString nationalId = citizen.value(u"national_id").toString();
    if (!nationalId.isEmpty())
        tokens.append(key.token(Domain::nationalId, nationalId));
    for (const QString &phone : phones)
        tokens.append(key.token(Domain::phone, phone));
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    return tokens;
}

QByteArray packTokens(const QList<qint64> &tokens)
{
    QByteArray packed(tokens.size() * packedSize, Qt::Uninitialized);
    char *out = packed.data();
    for (const qint64 token : tokens) {
        for (int i = packedSize - 1; i >= 0; --i)
            *out++ = char((token >> (8 * i)) & 0xff);
    }
    return packed;
}

QList<qint64> unpackTokens(QByteArrayView packed)
{
    QList<qint64> tokens;
    tokens.reserve(packed.size() / packedSize);
    for (qsizetype at = 0; at + packedSize <= packed.size(); at += packedSize) {
        qint64 token = 0;
        for (int i = 0; i < packedSize; ++i)
            token = (token << 8) | uchar(packed.at(at + i));
        tokens.append(token);
    }
    return tokens;
}

} // namespace Shahrvand::Cache::CitizenIndexing
