#include "trackingcode.h"

#include "digits_p.h"

#include <QRandomGenerator>

#include <array>
#include <iterator>

namespace Shahrvand {

namespace {

constexpr char16_t alphabet[] = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int alphabetSize = 31;
static_assert(std::size(alphabet) - 1 == alphabetSize);

// Value of each ASCII symbol in the alphabet, -1 for everything else.
constexpr std::array<qint8, 128> symbolValues = [] {
    std::array<qint8, 128> values{};
    values.fill(-1);
    for (int value = 0; value < alphabetSize; ++value)
        values[alphabet[value]] = qint8(value);
    return values;
}();

// Weights 1..8 are distinct and non-zero modulo the prime 31, which is what makes every
// single substitution and every transposition of neighbours change the sum.
int checkValue(const std::array<int, TrackingCode::dataLength> &values)
{
    int sum = 0;
    for (int i = 0; i < TrackingCode::dataLength; ++i)
        sum += (i + 1) * values[i];
    return sum % alphabetSize;
}

} // namespace

TrackingCode TrackingCode::generate(QRandomGenerator &rng)
{
    std::array<int, dataLength> values{};
    Symbols symbols;
    for (int i = 0; i < dataLength; ++i) {
        values[i] = rng.bounded(alphabetSize);
        symbols[i] = alphabet[values[i]];
    }
    symbols[dataLength] = alphabet[checkValue(values)];
    return TrackingCode(symbols);
}

Expected<TrackingCode, TrackingCodeError> TrackingCode::parse(QStringView input)
{
    std::array<int, dataLength> values{};
    Symbols symbols;
    qsizetype count = 0;
    for (const QChar ch : input) {
        char16_t c = ch.unicode();
        if (Detail::isIdentifierFiller(c))
            continue;
        if (const int digit = Detail::decimalDigitValue(c); digit >= 0)
            c = u'0' + digit;
        else if (c >= u'a' && c <= u'z')
            c = c - u'a' + u'A';

        if (c == u'0' || c == u'O')
            return TrackingCodeError::ZeroOrLetterO;
        if (c == u'1' || c == u'I' || c == u'L')
            return TrackingCodeError::OneOrLetterIOrL;
        const int value = c < symbolValues.size() ? symbolValues[c] : -1;
        if (value < 0)
            return TrackingCodeError::InvalidCharacter;
        if (count == length)
            return TrackingCodeError::WrongLength;

        if (count < dataLength)
            values[count] = value;
        symbols[count++] = c;
    }

    if (count == 0)
        return TrackingCodeError::Empty;
    if (count != length)
        return TrackingCodeError::WrongLength;
    if (symbols[dataLength] != alphabet[checkValue(values)])
        return TrackingCodeError::BadCheckSymbol;
    return TrackingCode(symbols);
}

QString TrackingCode::displayForm() const
{
    QString display;
    display.reserve(length + 2);
    for (qsizetype i = 0; i < length; ++i) {
        // Groups of three are what people can hold in mind while reading a code aloud.
        if (i > 0 && i % 3 == 0)
            display.append(u'-');
        display.append(m_symbols[i]);
    }
    return display;
}

QString TrackingCode::describe(TrackingCodeError error)
{
    switch (error) {
    case TrackingCodeError::Empty:
        return tr("No tracking code was entered.");
    case TrackingCodeError::WrongLength:
        return tr("A tracking code has 9 characters, in three groups of three.");
    case TrackingCodeError::ZeroOrLetterO:
        return tr("Tracking codes never contain the digit 0 or the letter O; please read the code "
                  "again.");
    case TrackingCodeError::OneOrLetterIOrL:
        return tr("Tracking codes never contain the digit 1 or the letters I and L; please read "
                  "the code again.");
    case TrackingCodeError::InvalidCharacter:
        return tr("A tracking code has only English letters and the digits 2 to 9; check the "
                  "keyboard language.");
    case TrackingCodeError::BadCheckSymbol:
        return tr("This tracking code is not valid; a character is probably misread or mistyped.");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand
