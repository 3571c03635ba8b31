#pragma once

#include <QRandomGenerator>
#include <QString>

#include <iterator>
#include <span>

namespace Shahrvand::Seed {

// A name as written in Persian, with the Latin transliteration people use in passports
// and email addresses.
struct NamePair
{
    const char *persian; // UTF-8
    const char *latin;
};

std::span<const NamePair> maleFirstNames();
std::span<const NamePair> femaleFirstNames();
std::span<const NamePair> lastNames();
// Street and neighbourhood names common across Iranian cities (none is an address of a
// real place in the fictional city).
std::span<const char *const> streetNames();
std::span<const char *const> neighbourhoodNames();

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Small helpers over a seeded generator, so every list is reproducible.
template<typename Range> const auto &pick(QRandomGenerator &rng, const Range &items)
{
    return items[rng.bounded(quint32(std::size(items)))];
}
inline bool chance(QRandomGenerator &rng, int percent)
{
    return int(rng.bounded(100)) < percent;
}
inline qint64 between(QRandomGenerator &rng, qint64 low, qint64 high)
{
    return low + qint64(rng.bounded(double(high - low + 1)));
}

// Persian digits for text that is shown as written (addresses, order numbers in prose).
QString persianDigits(const QString &ascii);

} // namespace Shahrvand::Seed
