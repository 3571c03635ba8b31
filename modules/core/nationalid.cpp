#include "nationalid.h"

#include "digits_p.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace Shahrvand {

namespace {

constexpr qsizetype idLength = 10;
// The shortest form still taken as an ID that lost its leading zeros: Tehran's IDs begin
// with 00, so 8 digits are common; fewer is more likely a mistake than a third zero.
constexpr qsizetype shortestUnpaddedLength = 8;

// The check digit the official algorithm expects for the first nine digits.
int expectedCheckDigit(const std::array<int, 9> &leading)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += leading[i] * (10 - i);
    const int remainder = sum % 11;
    return remainder < 2 ? remainder : 11 - remainder;
}

} // namespace

Expected<NationalId, NationalIdError> NationalId::parse(QStringView input)
{
    Detail::ExtractedDigits extracted = Detail::extractDigits(input, idLength);
    switch (extracted.outcome) {
    case Detail::ExtractedDigits::OtherCharacter:
        return NationalIdError::NotDigits;
    case Detail::ExtractedDigits::TooManyDigits:
        return NationalIdError::WrongLength;
    case Detail::ExtractedDigits::Complete:
        break;
    }

    QString &digits = extracted.digits;
    if (digits.isEmpty())
        return NationalIdError::Empty;
    if (digits.size() < shortestUnpaddedLength)
        return NationalIdError::WrongLength;
    if (digits.size() < idLength)
        digits.prepend(QString(idLength - digits.size(), QLatin1Char('0')));

    if (std::all_of(digits.cbegin(), digits.cend(), [&](QChar c) { return c == digits.front(); }))
        return NationalIdError::AllSameDigits;

    std::array<int, 9> leading{};
    for (int i = 0; i < 9; ++i)
        leading[i] = digits[i].unicode() - u'0';
    if (digits[9].unicode() - u'0' != expectedCheckDigit(leading))
        return NationalIdError::BadCheckDigit;

    return NationalId(std::move(digits));
}

NationalId NationalId::generateValid(QRandomGenerator &rng)
{
    for (;;) {
        std::array<int, 9> leading{};
        for (int &digit : leading)
            digit = rng.bounded(10);
        const int check = expectedCheckDigit(leading);
        // Nine equal digits always get that same digit as their check digit.
        const bool allSame =
            std::all_of(leading.cbegin(), leading.cend(), [&](int d) { return d == check; });
        if (allSame)
            continue;

        QString digits;
        digits.reserve(idLength);
        for (int digit : leading)
            digits.append(QChar(char16_t(u'0' + digit)));
        digits.append(QChar(char16_t(u'0' + check)));
        return NationalId(std::move(digits));
    }
}

QString NationalId::masked() const
{
    constexpr qsizetype shown = 4;
    return QString(idLength - shown, QLatin1Char('*')) + m_digits.right(shown);
}

QString NationalId::describe(NationalIdError error)
{
    switch (error) {
    case NationalIdError::Empty:
        return tr("No national ID was entered.");
    case NationalIdError::WrongLength:
        return tr("A national ID has 10 digits; check that no digit is missing or typed twice.");
    case NationalIdError::NotDigits:
        return tr("A national ID contains only digits; remove any letters or other signs.");
    case NationalIdError::AllSameDigits:
        return tr("A national ID cannot consist of one digit repeated ten times.");
    case NationalIdError::BadCheckDigit:
        return tr("This national ID is not valid; a digit is probably mistyped.");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand
