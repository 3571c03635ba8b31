#include "articlesnippet.h"

#include "textnormalizer.h"

#include <QHash>
#include <QSet>

namespace Shahrvand::Knowledge {

namespace {

// A character of a word, as SQLite's unicode61 tokenizer (the search index's) sees it:
// letters, digits and private-use characters; combining marks and format characters
// (ZWNJ) too, since normalizeForSearch() removes them inside a word instead of splitting.
bool isWordChar(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark())
        return true;
    const QChar::Category category = c.category();
    return category == QChar::Other_Format || category == QChar::Other_PrivateUse ||
           c.isSurrogate();
}

bool isPlainAsciiWord(QStringView word)
{
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')))
            return false;
    }
    return true;
}

// The search form of one word of the text; lower-case ASCII words are their own.
QString searchFormOf(QStringView word)
{
    if (isPlainAsciiWord(word))
        return word.toString();
    return normalizeForSearch(word);
}

struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Word> wordsOf(QStringView text)
{
    QList<Word> words;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        words.append({start, i});
    }
    return words;
}

// The first character of a word's search form, found without normalizing the word: a
// word whose form does not begin with the first character of a query word cannot match
// it, nor can it with a prefix or suffix joined (the joined form begins as it does). Most
// words of a body are passed over so. The characters' search forms are kept per text.
class FirstLetters
{
public:
    QChar of(QStringView word)
    {
        for (const QChar c : word) {
            const QChar folded = fold(c);
            if (!folded.isNull())
                return folded;
        }
        return {};
    }

private:
    QChar fold(QChar c)
    {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            return c;
        const auto known = m_folded.constFind(u);
        if (known != m_folded.cend())
            return known.value();
        const QString form = c.isSurrogate() ? QString() : normalizeForSearch(QStringView(&c, 1));
        const QChar folded = form.isEmpty() ? QChar() : form.at(0);
        m_folded.insert(u, folded);
        return folded;
    }

    QHash<char16_t, QChar> m_folded;
};

// The parts normalizeForSearch() joins to their neighbour when a space separates them:
// the verb prefixes before a word, the plural and comparative suffixes after one.
const QSet<QString> &joinedPrefixes()
{
    static const QSet<QString> set{QStringLiteral("می"), QStringLiteral("نمی")};
    return set;
}

const QSet<QString> &joinedSuffixes()
{
    static const QSet<QString> set{
        QStringLiteral("ها"),     QStringLiteral("های"),    QStringLiteral("هایی"),
        QStringLiteral("هایم"),   QStringLiteral("هایت"),   QStringLiteral("هایش"),
        QStringLiteral("هایمان"), QStringLiteral("هایتان"), QStringLiteral("هایشان"),
        QStringLiteral("تر"),     QStringLiteral("تری"),    QStringLiteral("ترین")};
    return set;
}

bool onlySpacesBetween(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return from < to;
}

bool matches(const QString &form, const QStringList &queryWords, bool lastIsPrefix)
{
    if (queryWords.contains(form))
        return true;
    return lastIsPrefix && !queryWords.isEmpty() && form.startsWith(queryWords.last());
}

// The places of the text's words that match, in order: a word, or a word and the prefix or
// suffix beside it that the search form joins to it ("می خواهم" matches "میخواهم").
QList<ArticleSnippet::Range> matchRanges(QStringView text, const QStringList &queryWords,
                                         bool lastIsPrefix)
{
    QList<ArticleSnippet::Range> ranges;
    if (queryWords.isEmpty())
        return ranges;
    FirstLetters firstLetters;
    QSet<QChar> wanted;
    for (const QString &word : queryWords) {
        if (!word.isEmpty())
            wanted.insert(word.at(0));
    }
    const QList<Word> words = wordsOf(text);
    const auto formOf = [&](const Word &word) {
        return searchFormOf(text.mid(word.start, word.end - word.start));
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &word = words.at(i);
        if (!wanted.contains(firstLetters.of(text.mid(word.start, word.end - word.start))))
            continue;
        const QString form = formOf(word);
        if (i + 1 < words.size() && onlySpacesBetween(text, word.end, words.at(i + 1).start)) {
            const Word &next = words.at(i + 1);
            if (joinedPrefixes().contains(form) || joinedSuffixes().contains(formOf(next))) {
                const QString joined =
                    normalizeForSearch(text.mid(word.start, next.end - word.start));
                if (!joined.contains(u' ') && matches(joined, queryWords, lastIsPrefix)) {
                    ranges.append({word.start, next.end - word.start});
                    ++i;
                    continue;
                }
            }
        }
        if (!form.isEmpty() && matches(form, queryWords, lastIsPrefix))
            ranges.append({word.start, word.end - word.start});
    }
    return ranges;
}

qsizetype wordStartAtOrAfter(QStringView text, qsizetype at)
{
    if (at <= 0)
        return 0;
    // Inside a word: on to the next one.
    while (at < text.size() && !text.at(at - 1).isSpace())
        ++at;
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    return at;
}

qsizetype wordEndAtOrBefore(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return text.size();
    // Inside a word: back to the one before.
    while (at > 0 && !text.at(at).isSpace())
        --at;
    while (at > 0 && text.at(at - 1).isSpace())
        --at;
    return at;
}

} // namespace

ArticleSnippet makeSnippet(const QString &plainText, const QStringList &queryWords,
                           bool lastIsPrefix, int maxChars)
{
    ArticleSnippet snippet;
    QString text = plainText.trimmed();
    // One line in a result list.
    for (QChar &c : text) {
        if (c.isSpace())
            c = u' ';
    }
    if (text.isEmpty() || maxChars <= 0)
        return snippet;
    const QList<ArticleSnippet::Range> ranges = matchRanges(text, queryWords, lastIsPrefix);
    const qsizetype room = qMax<qsizetype>(maxChars - 2, 1); // the two "…" may be needed

    // The window holding the most matched words, the first such.
    qsizetype bestFirst = -1;
    qsizetype bestCount = 0;
    for (qsizetype first = 0; first < ranges.size(); ++first) {
        qsizetype count = 0;
        const qsizetype limit = ranges.at(first).start + room;
        for (qsizetype j = first; j < ranges.size(); ++j) {
            if (ranges.at(j).start + ranges.at(j).length > limit)
                break;
            ++count;
        }
        if (count > bestCount) {
            bestCount = count;
            bestFirst = first;
        }
    }

    // From the beginning when the best window fits there; else from a few words before it.
    qsizetype start = 0;
    if (bestFirst >= 0) {
        const qsizetype matchStart = ranges.at(bestFirst).start;
        const ArticleSnippet::Range &last = ranges.at(bestFirst + bestCount - 1);
        const qsizetype lastEnd = last.start + last.length;
        if (lastEnd > room && text.size() > maxChars) {
            const qsizetype slack = qMax<qsizetype>(room - (lastEnd - matchStart), 0);
            const qsizetype lead = qMin<qsizetype>(room / 5, slack);
            start =
                qMin(wordStartAtOrAfter(text, qMax<qsizetype>(matchStart - lead, 0)), matchStart);
        }
    }
    const bool cutBefore = start > 0;
    qsizetype end = text.size();
    const qsizetype budget = maxChars - (cutBefore ? 1 : 0);
    if (end - start > budget) {
        const qsizetype hardEnd = start + budget - 1; // room for the closing "…"
        end = wordEndAtOrBefore(text, hardEnd);
        if (end <= start)
            end = hardEnd; // a single word longer than the snippet: cut inside it
    }
    const bool cutAfter = end < text.size();
    const qsizetype shift = cutBefore ? 1 : 0;
    snippet.text = (cutBefore ? QStringLiteral("…") : QString()) + text.mid(start, end - start) +
                   (cutAfter ? QStringLiteral("…") : QString());
    for (const ArticleSnippet::Range &range : ranges) {
        if (range.start >= start && range.start + range.length <= end)
            snippet.highlights.append({range.start - start + shift, range.length});
    }
    return snippet;
}

QList<ArticleSnippet::Range> matchedWords(const QString &text, const QStringList &queryWords,
                                          bool lastIsPrefix)
{
    return matchRanges(text, queryWords, lastIsPrefix);
}

} // namespace Shahrvand::Knowledge
