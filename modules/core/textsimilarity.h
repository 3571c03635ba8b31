#pragma once

#include <QString>
#include <QStringView>

namespace Shahrvand {

// How alike two texts are, from 0 (nothing in common) to 1 (the same), for finding
// duplicate citizens. Both texts must already be in their search form
// (normalizeForSearch), so that Arabic and Persian letter forms, digits, diacritics and
// ZWNJ do not count as differences.

// Jaccard similarity of the character trigrams of the words (each word padded with a space
// on both sides, so short words and word boundaries count): robust to swapped words and
// to one word more or less, as addresses are written.
double trigramSimilarity(QStringView a, QStringView b);

// 1 - Levenshtein distance / the longer length: a typo or two in a short text.
double editSimilarity(QStringView a, QStringView b);

// Names: the better of the two measures, with the words also compared in sorted order
// (a first name typed as the last name).
double nameSimilarity(const QString &a, const QString &b);

} // namespace Shahrvand
