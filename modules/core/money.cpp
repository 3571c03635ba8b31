#include "money.h"

#include "digits_p.h"

#include "language.h"

#include <limits>

namespace Shahrvand {

namespace {

QString rialUnit(const QLocale &locale)
{
    return languageOf(locale) == Language::Persian ? QStringLiteral("ریال") : QStringLiteral("IRR");
}

QString tomanUnit(const QLocale &locale)
{
    return languageOf(locale) == Language::Persian ? QStringLiteral("تومان")
                                                   : QStringLiteral("toman");
}

// Unit words are compared after folding, so "ريال" (Arabic yeh) and "Rials" match too.
bool isRialWord(QStringView word)
{
    return word == u"ریال" || word == u"\uFDFC" || word == u"rial" || word == u"rials" ||
           word == u"irr";
}

bool isTomanWord(QStringView word)
{
    return word == u"تومان" || word == u"تومن" || word == u"toman" || word == u"tomans" ||
           word == u"irt";
}

bool isGroupSeparator(QChar c)
{
    return c == u',' || c == u'\u066C' || c == u'\u060C' || c == u' ';
}

// "/" is how many people write the Persian decimal point by hand.
bool isDecimalPoint(QChar c)
{
    return c == u'.' || c == u'\u066B' || c == u'/';
}

bool isMinusSign(QChar c)
{
    return c == u'-' || c == u'\u2212';
}

// The rial sign "﷼" is a symbol, not a letter, but is written where the word would be.
bool isWordCharacter(QChar c)
{
    return c.isLetter() || c.isMark() || c == u'\uFDFC';
}

// The text with what does not change the amount folded away: invisible formatting
// characters (the bidi marks QLocale and editors insert) dropped, Persian and Arabic-Indic
// digits as ASCII, Arabic yeh and kaf as Persian, lower case, and each run of whitespace as
// one space, trimmed.
QString normalizedForParsing(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Format)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        const char16_t u = c.unicode();
        if (const int digit = Detail::decimalDigitValue(u); digit >= 0)
            out += QChar(u'0' + digit);
        else if (u == u'\u064A' || u == u'\u0649')
            out += QChar(u'\u06CC');
        else if (u == u'\u0643')
            out += QChar(u'\u06A9');
        else
            out += c.toCaseFolded();
    }
    return out;
}

// Removes one unit word from the start or end of `text`. Returns an error if a word there
// is not a rial unit; words anywhere else are left for the digit scan to refuse.
std::optional<MoneyParseError> stripUnit(QStringView &text)
{
    qsizetype end = text.size();
    while (end > 0 && isWordCharacter(text.at(end - 1)))
        --end;
    qsizetype start = 0;
    while (start < text.size() && isWordCharacter(text.at(start)))
        ++start;

    QStringView word;
    if (end < text.size()) {
        word = text.sliced(end);
        text = text.first(end).trimmed();
    } else if (start > 0) {
        word = text.first(start);
        text = text.sliced(start).trimmed();
    } else {
        return std::nullopt;
    }
    if (isTomanWord(word))
        return MoneyParseError::TomansNotAccepted;
    if (!isRialWord(word))
        return MoneyParseError::InvalidCharacter;
    return std::nullopt;
}

} // namespace

QString Money::describe(MoneyParseError error)
{
    switch (error) {
    case MoneyParseError::Empty:
        return tr("Enter an amount.");
    case MoneyParseError::InvalidCharacter:
        return tr("Enter the amount in digits only, for example 1,250,000.");
    case MoneyParseError::FractionalAmount:
        return tr("Amounts are in whole rials. Remove the decimal point and what follows.");
    case MoneyParseError::MisplacedSeparator:
        return tr(
            "The thousands separators are in the wrong place. Group the digits in threes, for "
            "example 1,250,000.");
    case MoneyParseError::TomansNotAccepted:
        return tr("Enter the amount in rials, not tomans (1 toman = 10 rials).");
    case MoneyParseError::OutOfRange:
        return tr("The amount has too many digits.");
    }
    Q_UNREACHABLE();
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    qint64 result = 0;
    if (qAddOverflow(m_rials, other.m_rials, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::checkedSubtract(Money other) const
{
    qint64 result = 0;
    if (qSubOverflow(m_rials, other.m_rials, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::checkedMultiply(qint64 factor) const
{
    qint64 result = 0;
    if (qMulOverflow(m_rials, factor, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::checkedNegate() const
{
    return Money().checkedSubtract(*this);
}

QString Money::format(const QLocale &locale, bool withUnit) const
{
    QString text = locale.toString(m_rials);
    if (withUnit) {
        text += u' ';
        text += rialUnit(locale);
    }
    return text;
}

QString Money::formatAsTomans(const QLocale &locale, bool withUnit) const
{
    // Unsigned, so that the magnitude of the most negative amount is representable.
    const quint64 magnitude = m_rials < 0 ? 0 - quint64(m_rials) : quint64(m_rials);
    QString text = locale.toString(qulonglong(magnitude / 10));
    if (magnitude % 10 != 0)
        text += locale.decimalPoint() + locale.toString(int(magnitude % 10));
    if (m_rials < 0)
        text.prepend(locale.negativeSign());
    if (withUnit) {
        text += u' ';
        text += tomanUnit(locale);
    }
    return text;
}

Expected<Money, MoneyParseError> Money::parse(QStringView input)
{
    const QString normalized = normalizedForParsing(input);
    QStringView text = normalized;
    if (const std::optional<MoneyParseError> error = stripUnit(text))
        return *error;
    if (text.isEmpty())
        return MoneyParseError::Empty;

    const bool negative = isMinusSign(text.front());
    if (negative || text.front() == u'+')
        text = text.sliced(1).trimmed();

    // Separators are optional, but where they are used they must group the digits in threes:
    // a misplaced one usually means a digit too many or too few.
    quint64 magnitude = 0;
    bool overflow = false;
    bool sawDigit = false;
    qsizetype groups = 0;
    qsizetype groupLength = 0;
    bool misplacedSeparator = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            sawDigit = true;
            ++groupLength;
            overflow = overflow || qMulOverflow(magnitude, quint64(10), &magnitude) ||
                       qAddOverflow(magnitude, quint64(c.unicode() - u'0'), &magnitude);
        } else if (isGroupSeparator(c)) {
            const bool groupOk =
                groups == 0 ? groupLength >= 1 && groupLength <= 3 : groupLength == 3;
            misplacedSeparator = misplacedSeparator || !groupOk;
            ++groups;
            groupLength = 0;
        } else if (isDecimalPoint(c)) {
            return MoneyParseError::FractionalAmount;
        } else {
            return MoneyParseError::InvalidCharacter;
        }
    }
    if (!sawDigit)
        return MoneyParseError::InvalidCharacter;
    if (misplacedSeparator || (groups > 0 && groupLength != 3))
        return MoneyParseError::MisplacedSeparator;

    constexpr quint64 maxPositive = quint64(std::numeric_limits<qint64>::max());
    if (overflow || magnitude > maxPositive + (negative ? 1 : 0))
        return MoneyParseError::OutOfRange;
    if (!negative)
        return Money(qint64(magnitude));
    // Negated in unsigned arithmetic, where the magnitude of the most negative amount fits.
    return Money(qint64(0 - magnitude));
}

} // namespace Shahrvand
