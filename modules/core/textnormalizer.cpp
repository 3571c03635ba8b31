#include "textnormalizer.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

namespace Shahrvand {
namespace {

// In the folding tables, 0 means "remove the character".
constexpr char16_t removed = 0;
// In the ASCII table, a space means "this character separates words".
constexpr char16_t wordSeparator = u' ';

constexpr std::array<char16_t, 0x80> asciiFolding = [] {
    std::array<char16_t, 0x80> table{};
    for (char16_t c = 0; c < 0x80; ++c) {
        if (c >= u'A' && c <= u'Z')
            table[c] = char16_t(c - u'A' + u'a');
        else if (c == u' ' || (c >= u'\t' && c <= u'\r'))
            table[c] = wordSeparator;
        else if (c < 0x20 || c == 0x7F)
            table[c] = removed;
        else
            table[c] = c;
    }
    return table;
}();

// The Arabic block U+0600-U+06FF holds nearly every character that Persian text needs
// folded, so one table lookup decides all of them.
constexpr char32_t arabicBlockStart = 0x0600;
constexpr std::array<char16_t, 0x100> arabicFolding = [] {
    std::array<char16_t, 0x100> table{};
    for (char16_t i = 0; i < 0x100; ++i)
        table[i] = char16_t(arabicBlockStart + i);
    const auto map = [&table](std::initializer_list<char16_t> from, char16_t to) {
        for (const char16_t c : from)
            table[c - arabicBlockStart] = to;
    };
    const auto remove = [&table](char16_t first, char16_t last) {
        for (char16_t c = first; c <= last; ++c)
            table[c - arabicBlockStart] = removed;
    };

    // Arabic keyboards, old Windows code pages and text pasted from Arabic sites give
    // these forms; a Persian reader sees the same letter.
    map({u'\u064A', u'\u0649', u'\u0626', u'\u063D', u'\u063E', u'\u063F', u'\u06CD', u'\u06CE',
         u'\u06D0'},
        u'\u06CC');
    map({u'\u0643', u'\u06AA'}, u'\u06A9');
    map({u'\u0629', u'\u06C0', u'\u06D5', u'\u06BE', u'\u06C1', u'\u06C2', u'\u06C3'}, u'\u0647');
    map({u'\u0622', u'\u0623', u'\u0625', u'\u0671', u'\u0672', u'\u0673', u'\u0675'}, u'\u0627');
    map({u'\u0624', u'\u0676'}, u'\u0648');

    for (char16_t d = 0; d < 10; ++d) {
        table[0x0660 + d - arabicBlockStart] = char16_t(u'0' + d);
        table[0x06F0 + d - arabicBlockStart] = char16_t(u'0' + d);
    }
    map({u'\u060C', u'\u066C'}, u',');
    map({u'\u061B'}, u';');
    map({u'\u061F'}, u'?');
    map({u'\u066B'}, u'.');
    map({u'\u066A'}, u'%');

    // Diacritics are written in some records and not in others; they never distinguish
    // two things a clerk would search for separately. This is every nonspacing mark in
    // the block, hamza above and below included (their precomposed letters fold to the
    // bare letter above, so both spellings agree).
    remove(0x0610, 0x061A);
    remove(0x064B, 0x065F);
    remove(0x0670, 0x0670);
    remove(0x06D6, 0x06DC);
    remove(0x06DF, 0x06E4);
    remove(0x06E7, 0x06E8);
    remove(0x06EA, 0x06ED);
    // Tatweel only stretches a word for looks.
    remove(0x0640, 0x0640);
    // Invisible format characters (number signs, ALM, end of ayah), like all others.
    remove(0x0600, 0x0605);
    remove(0x061C, 0x061C);
    remove(0x06DD, 0x06DD);
    return table;
}();

// Characters whose compatibility decomposition is applied. One table covers them all;
// code points in it outside these ranges are left to the general rules.
constexpr char32_t compatibilityStart = 0xFB00;
constexpr char32_t compatibilityEnd = 0xFF5E;

bool isCompatibilityFolded(char32_t c)
{
    return (c >= 0xFB00 && c <= 0xFDFF)     // Latin/Hebrew ligatures, Arabic presentation A
           || (c >= 0xFE70 && c <= 0xFEFE)  // Arabic presentation forms B (not the BOM)
           || (c >= 0xFF01 && c <= 0xFF5E); // fullwidth ASCII
}

using CompatibilityTable =
    std::array<std::optional<QString>, compatibilityEnd - compatibilityStart + 1>;

CompatibilityTable buildCompatibilityTable()
{
    CompatibilityTable table;
    for (char32_t c = compatibilityStart; c <= compatibilityEnd; ++c) {
        if (!isCompatibilityFolded(c) || QChar::decompositionTag(c) == QChar::NoDecomposition)
            continue;
        QString replacement = QChar::decomposition(c);
        // NFKC turns an isolated haraka (U+FE70, U+FC5E...) into a space and the mark.
        // The mark is removed anyway; keeping the space would split the word it sat on.
        const bool spaceAndMarks =
            replacement.size() > 1 && replacement.front() == QLatin1Char(' ') &&
            std::all_of(replacement.cbegin() + 1, replacement.cend(), [](QChar m) {
                const char32_t u = m.unicode();
                return u - arabicBlockStart < arabicFolding.size() &&
                       arabicFolding[u - arabicBlockStart] == removed;
            });
        if (spaceAndMarks)
            replacement.clear();
        table[c - compatibilityStart] = std::move(replacement);
    }
    return table;
}

// What a compatibility character stands for, or nullptr if it stays as it is.
const QString *compatibilityFolding(char32_t c)
{
    if (c < compatibilityStart || c > compatibilityEnd)
        return nullptr;
    // Built once, on first use (thread-safe), then only read: about a thousand
    // decompositions, instead of a QString::normalized() pass over every text.
    static const CompatibilityTable table = buildCompatibilityTable();
    const std::optional<QString> &entry = table[c - compatibilityStart];
    return entry ? &*entry : nullptr;
}

bool isArabicScriptLetter(QChar c)
{
    const char16_t u = c.unicode();
    const bool arabicBlocks = (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) ||
                              (u >= 0x08A0 && u <= 0x08FF);
    return arabicBlocks && c.isLetter();
}

// Letters, digits and marks make a word; quotes, brackets, full stops and commas at its
// edge must not hide a prefix or a suffix.
bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// The text being written has no lone surrogates, so a surrogate always has its partner.
QStringView withoutLeadingPunctuation(QStringView word)
{
    while (!word.isEmpty()) {
        const bool pair = word.front().isHighSurrogate() && word.size() > 1;
        const char32_t c = pair ? QChar::surrogateToUcs4(word[0], word[1]) : word[0].unicode();
        if (isWordCharacter(c))
            break;
        word = word.sliced(pair ? 2 : 1);
    }
    return word;
}

QStringView withoutTrailingPunctuation(QStringView word)
{
    while (!word.isEmpty()) {
        const qsizetype last = word.size() - 1;
        const bool pair = word.back().isLowSurrogate() && last > 0;
        const char32_t c =
            pair ? QChar::surrogateToUcs4(word[last - 1], word[last]) : word[last].unicode();
        if (isWordCharacter(c))
            break;
        word.chop(pair ? 2 : 1);
    }
    return word;
}

// Written in folded form (ی, not ي), since they are compared with folded text. A word made
// by a join must never qualify for a join it did not get the first time, or normalizing
// twice would differ from normalizing once: so no suffix may end with another suffix, and
// no prefix may end with a suffix.
constexpr QStringView verbPrefixes[] = {u"می", u"نمی"};
constexpr QStringView attachedSuffixes[] = {
    u"ها",     u"های",    u"هایی",   u"هایم", u"هایت", u"هایش",
    u"هایمان", u"هایتان", u"هایشان", u"تر",   u"تری",  u"ترین",
};

bool isVerbPrefix(QStringView word)
{
    // Cheap rejection first: this runs once per word of every text.
    if (word.back() != u'\u06CC')
        return false;
    word = withoutLeadingPunctuation(word);
    return std::find(std::begin(verbPrefixes), std::end(verbPrefixes), word) !=
           std::end(verbPrefixes);
}

bool isAttachedSuffix(QStringView word)
{
    if (word.front() != u'\u0647' && word.front() != u'\u062A')
        return false;
    word = withoutTrailingPunctuation(word);
    return std::find(std::begin(attachedSuffixes), std::end(attachedSuffixes), word) !=
           std::end(attachedSuffixes);
}

bool joinsPreviousWord(QStringView previous, QStringView word)
{
    // The list checks reject almost every word at its first letter; the letter test is a
    // Unicode table lookup, so it comes second.
    return (isAttachedSuffix(word) && isArabicScriptLetter(previous.back())) ||
           (isVerbPrefix(previous) && isArabicScriptLetter(word.front()));
}

// Writes the search form one input code point at a time, in a buffer sized once from the
// input. Words are joined when the word after a space is complete, by closing the gap
// with a short move within the buffer.
class SearchFormWriter
{
public:
    explicit SearchFormWriter(qsizetype expectedLength)
        : m_text(expectedLength, Qt::Uninitialized)
        , m_data(m_text.data())
    {}

    void appendUtf16(QStringView text)
    {
        const char16_t *it = text.utf16();
        const char16_t *const end = it + text.size();
        while (it != end) {
            const char16_t unit = *it++;
            if (!QChar::isSurrogate(unit)) {
                append(unit);
            } else if (QChar::isHighSurrogate(unit) && it != end && QChar::isLowSurrogate(*it)) {
                append(QChar::surrogateToUcs4(unit, *it));
                ++it;
            }
            // A lone surrogate encodes nothing: it is dropped.
        }
    }

    // Inlined into the loops: this is the per-character hot path.
    Q_ALWAYS_INLINE void append(char32_t c)
    {
        if (c < asciiFolding.size()) {
            const char16_t folded = asciiFolding[c];
            if (folded == wordSeparator)
                endWord();
            else if (folded != removed)
                put(folded);
        } else if (c - arabicBlockStart < arabicFolding.size()) {
            const char16_t folded = arabicFolding[c - arabicBlockStart];
            if (folded != removed)
                put(folded);
        } else {
            appendOther(c);
        }
    }

    QString take()
    {
        endWord();
        if (m_size == 0)
            return {};
        m_text.truncate(m_size);
        // The size was an upper bound; runs of whitespace, removed marks and joins can
        // leave much of it unused. Do not keep a large unused tail alive in an index.
        if (m_text.capacity() - m_size > std::max<qsizetype>(256, m_size / 4))
            m_text.squeeze();
        return std::move(m_text);
    }

private:
    Q_NEVER_INLINE void appendOther(char32_t c)
    {
        if (const QString *replacement = compatibilityFolding(c)) {
            appendUtf16(*replacement);
            return;
        }
        switch (QChar::category(c)) {
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            endWord();
            return;
        case QChar::Other_Control:
            // NEL is a line break; the other C1 controls are debris from wrong decoding.
            if (c == 0x0085)
                endWord();
            return;
        case QChar::Other_Format: // ZWNJ, ZWJ, ZWSP, bidi marks, BOM, soft hyphen...
        case QChar::Other_Surrogate:
            return;
        default:
            break;
        }
        // U+FFFD says only that something was lost; it must not match other losses.
        if (c == QChar::ReplacementCharacter)
            return;
        const char32_t folded = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(folded)) {
            put(QChar::highSurrogate(folded));
            put(QChar::lowSurrogate(folded));
        } else {
            put(char16_t(folded));
        }
    }

    Q_ALWAYS_INLINE void put(char16_t unit)
    {
        if (!m_inWord)
            beginWord();
        reserveOne();
        m_data[m_size++] = QChar(unit);
    }

    void beginWord()
    {
        if (m_size > 0) {
            reserveOne();
            m_data[m_size++] = QLatin1Char(' ');
        }
        m_wordStart = m_size;
        m_inWord = true;
    }

    void endWord()
    {
        if (!m_inWord)
            return;
        m_inWord = false;
        if (m_previousWordStart >= 0) {
            const QStringView previous(m_data + m_previousWordStart,
                                       m_wordStart - 1 - m_previousWordStart);
            const QStringView word(m_data + m_wordStart, m_size - m_wordStart);
            if (joinsPreviousWord(previous, word)) {
                std::copy(m_data + m_wordStart, m_data + m_size, m_data + m_wordStart - 1);
                --m_size;
                m_wordStart = m_previousWordStart;
            }
        }
        m_previousWordStart = m_wordStart;
    }

    void reserveOne()
    {
        // Only compatibility folding (ﷺ is eighteen characters) can outgrow the input.
        if (m_size == m_text.size()) [[unlikely]] {
            m_text.resize(std::max<qsizetype>(16, m_text.size() * 2));
            m_data = m_text.data();
        }
    }

    QString m_text; // [0, m_size) is written; the rest is room to write in
    QChar *m_data;
    qsizetype m_size = 0;
    qsizetype m_wordStart = 0;
    qsizetype m_previousWordStart = -1; // -1 while no word is complete
    bool m_inWord = false;
};

} // namespace

QString normalizeForSearch(QStringView text)
{
    if (text.isEmpty())
        return {};
    // Folding never lengthens text, except for the rare compatibility forms.
    SearchFormWriter writer(text.size());
    writer.appendUtf16(text);
    return writer.take();
}

QString normalizeForSearch(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return {};
    // Decoded here rather than through QString::fromUtf8 so that no intermediate copy of
    // the text is made. A character takes one UTF-16 unit per lead byte, two if the lead
    // byte starts a four-byte sequence; continuation bytes add none. Counting that (a loop
    // the compiler vectorizes) sizes the buffer to the decoded length; for Persian, one unit
    // per byte would reserve twice the memory and copy it all again to give it back.
    const auto *it = reinterpret_cast<const unsigned char *>(utf8.constData());
    const auto *const end = it + utf8.size();
    qsizetype utf16Units = 0;
    for (const unsigned char *byte = it; byte != end; ++byte)
        utf16Units += ((*byte & 0xC0) != 0x80) + (*byte >= 0xF0);
    SearchFormWriter writer(std::max<qsizetype>(utf16Units, 1));
    while (it != end) {
        const unsigned char lead = *it++;
        if (lead < 0x80) {
            writer.append(lead);
            continue;
        }
        // Well-formed sequences (Unicode table 3-7). The narrower range for the first
        // continuation byte after E0, ED, F0 and F4 is what rules out overlong forms,
        // surrogates and code points above U+10FFFF.
        int continuationBytes = 0;
        char32_t c = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuationBytes = 1;
            c = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuationBytes = 2;
            c = lead & 0x0F;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuationBytes = 3;
            c = lead & 0x07;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            continue; // 0x80-0xC1 and 0xF5-0xFF never start a character: dropped
        }
        bool wellFormed = true;
        for (int i = 0; i < continuationBytes; ++i) {
            if (it == end || *it < low || *it > high) {
                // The broken start is dropped; the byte that broke it is read again, as
                // it may well begin the next character.
                wellFormed = false;
                break;
            }
            c = (c << 6) | (*it++ & 0x3F);
            low = 0x80;
            high = 0xBF;
        }
        if (wellFormed)
            writer.append(c);
    }
    return writer.take();
}

} // namespace Shahrvand
