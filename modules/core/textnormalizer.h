#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Shahrvand {

// The search form of a text: the one folding applied to what is indexed, to what a clerk
// types into a search box and to the fields compared for duplicate detection. Because the
// same function serves both sides, two spellings match exactly when their search forms are
// equal, and the search form of a search form is itself (the function is idempotent).
//
// The result is meant for comparison only, never for display. It is made of words
// separated by single ASCII spaces, with no space at either end, so a tokenizer can split
// it on U+0020. Empty or blank input gives an empty string.
//
// Characters, one at a time:
//  - Arabic letter forms become the Persian ones:
//      ي ى ئ (U+064A, U+0649, U+0626) and the yeh variants U+063D-U+063F, U+06CD, U+06CE,
//      U+06D0 -> ی (U+06CC);  ك (U+0643), ڪ (U+06AA) -> ک (U+06A9);
//      ة ۀ ە ھ ہ ۂ ۃ (U+0629, U+06C0, U+06D5, U+06BE, U+06C1-U+06C3) -> ه (U+0647);
//      آ أ إ ٱ (U+0622, U+0623, U+0625, U+0671) and U+0672, U+0673, U+0675 -> ا (U+0627);
//      ؤ (U+0624), U+0676 -> و (U+0648).
//  - Removed: every combining mark of the Arabic block (harakat U+064B-U+065F including
//    hamza above/below, superscript alef U+0670, the Quranic marks in U+0610-U+061A and
//    U+06D6-U+06ED) and tatweel U+0640.
//  - Persian (U+06F0-U+06F9) and Arabic-Indic (U+0660-U+0669) digits -> ASCII 0-9.
//    Arabic punctuation -> ASCII: ، -> ,  ؛ -> ;  ؟ -> ?  ٫ -> .  ٬ -> ,  ٪ -> %
//  - Compatibility forms are folded to what they stand for (NFKC, one character at a time,
//    so a character folds the same way whatever text surrounds it): Arabic presentation
//    forms U+FB50-U+FDFF and U+FE70-U+FEFE (ﻻ -> لا, ﷼ -> ریال), the Latin and Hebrew
//    ligatures U+FB00-U+FB4F and fullwidth ASCII U+FF01-U+FF5E. Isolated harakat forms
//    such as U+FE70, whose NFKC form is a space and a mark, are removed like the mark
//    itself: a diacritic never splits a word.
//  - Case is folded (QChar::toCaseFolded, simple case folding): "Request" -> "request".
//  - Removed, joining what stands on either side: every format character (ZWNJ, ZWJ,
//    ZWSP, word joiner, LRM/RLM/ALM, the embeddings, overrides and isolates
//    U+202A-U+202E and U+2066-U+2069, BOM U+FEFF, soft hyphen U+00AD), every control
//    character other than the whitespace ones, lone surrogates and U+FFFD.
//  - Whitespace (tab, line breaks, NEL, NBSP, U+1680, U+2000-U+200A, U+2028, U+2029,
//    U+202F, U+205F, U+3000 and the ASCII space) separates words.
//
// Words, so that ZWNJ, a space or nothing between the parts give the same form:
//      "می‌خواهم" = "میخواهم" = "می خواهم"
//      "کتاب‌ها" = "کتابها" = "کتاب ها"
// (with ZWNJ the parts are already one word, since ZWNJ is removed):
//  - The verb prefixes می and نمی, standing alone, are joined to the next word when that
//    word begins with an Arabic-script letter.
//  - The suffixes ها های هایی هایم هایت هایش هایمان هایتان هایشان (plural) and تر تری ترین
//    (comparative, superlative), standing alone, are joined to the previous word when that
//    word ends with an Arabic-script letter.
//    Punctuation next to the joined parts does not stop the join ("«می خواهم»",
//    "کتاب ها."), but a digit or a Latin letter does: "Excel ها" and "می 2" stay two words.
//    The rule reads no meaning: "لباس تر" (wet clothes) becomes "لباستر" too, on both the
//    index and the query side, so it still matches itself.
QString normalizeForSearch(QStringView text);

// The same, for UTF-8 straight from a file, a socket or a database column. An ill-formed
// sequence (a stray continuation byte, a truncated or overlong sequence, an encoded
// surrogate, a byte 0xC0, 0xC1 or 0xF5-0xFF, anything above U+10FFFF) is removed, just as a
// lone surrogate is in the QStringView overload: it never yields U+FFFD. Removing rather
// than separating keeps the two overloads in step: the result always equals
// normalizeForSearch(QString::fromUtf8(utf8)), since U+FFFD is removed too. Each ill-formed
// part is as short as the Unicode "maximal subpart" practice makes it, so a valid
// character right after a broken one is kept.
QString normalizeForSearch(const QByteArray &utf8);

} // namespace Shahrvand
