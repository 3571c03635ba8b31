#pragma once

// Internal to Shahrvand::Core: how identifiers typed, pasted or dictated by people are read.
// Shared by NationalId, PhoneNumber and TrackingCode so that all three forgive the same things.

#include <QChar>
#include <QString>
#include <QStringView>

namespace Shahrvand::Detail {

// 0 to 9 for an ASCII, Persian (U+06F0..) or Arabic-Indic (U+0660..) digit; -1 otherwise.
// Persian keyboards produce the first, Arabic ones and many older systems the second.
constexpr int decimalDigitValue(char16_t c) noexcept
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'\u06F0' && c <= u'\u06F9')
        return c - u'\u06F0';
    if (c >= u'\u0660' && c <= u'\u0669')
        return c - u'\u0660';
    return -1;
}

// Characters that carry no meaning inside an identifier: grouping (spaces, dashes, dots,
// parentheses) and the invisible marks that right-to-left editors and copy-and-paste from
// documents insert around Latin digits.
inline bool isIdentifierFiller(char16_t c) noexcept
{
    switch (c) {
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'\u061C': // Arabic letter mark
    case u'\u200B': // zero width space
    case u'\u200C': // zero width non-joiner, the Persian half-space
    case u'\u200D': // zero width joiner
    case u'\u200E': // left-to-right mark
    case u'\u200F': // right-to-left mark
    case u'\u2010': // hyphen ... horizontal bar: what word processors turn '-' into
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u202A': // bidi embeddings and overrides
    case u'\u202B':
    case u'\u202C':
    case u'\u202D':
    case u'\u202E':
    case u'\u2060': // word joiner
    case u'\u2066': // bidi isolates
    case u'\u2067':
    case u'\u2068':
    case u'\u2069':
    case u'\u2212': // minus sign
    case u'\uFEFF': // byte order mark, left at the start of pasted text
        return true;
    default:
        // Every Unicode space, including NBSP and the narrow NBSP that Persian typists use
        // to group digits.
        return QChar::isSpace(c);
    }
}

// The ASCII digits of `input`, read the way a person meant them.
struct ExtractedDigits
{
    enum Outcome {
        Complete,
        // More than the caller's maximum: the scan stopped there, so that a pasted
        // megabyte costs no more than a short string.
        TooManyDigits,
        // Something that is neither a digit nor filler; the scan stopped there.
        OtherCharacter,
    };

    Outcome outcome = Complete;
    QString digits;
};

inline ExtractedDigits extractDigits(QStringView input, qsizetype maxDigits)
{
    ExtractedDigits result;
    result.digits.reserve(maxDigits + 1);
    for (const QChar ch : input) {
        const char16_t c = ch.unicode();
        if (const int value = decimalDigitValue(c); value >= 0) {
            if (result.digits.size() == maxDigits) {
                result.outcome = ExtractedDigits::TooManyDigits;
                return result;
            }
            result.digits.append(QChar(char16_t(u'0' + value)));
        } else if (!isIdentifierFiller(c)) {
            result.outcome = ExtractedDigits::OtherCharacter;
            return result;
        }
    }
    return result;
}

} // namespace Shahrvand::Detail
