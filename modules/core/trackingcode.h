#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>

class QRandomGenerator;

namespace Shahrvand {

enum class TrackingCodeError {
    Empty,
    WrongLength,
    // Tracking codes have neither; saying so helps more than guessing what was meant.
    ZeroOrLetterO,
    OneOrLetterIOrL,
    // Anything else outside the alphabet, such as letters typed with a Persian keyboard.
    InvalidCharacter,
    BadCheckSymbol,
};

// The tracking code (کد رهگیری) a citizen is given for a request and reads back over the
// phone: nine symbols shown as "XXX-XXX-XXX", the last a check symbol.
//
// The alphabet has the digits 2-9 and the capital letters without I, L and O, so nothing in
// it can be misheard or misread as anything else in it. With 31 symbols, 8 random ones give
// 31^8 (about 850 billion) codes, and a weighted sum modulo the prime 31 catches every single
// wrong symbol and every swap of two neighbours, so a misread code is rejected rather than
// leading to another citizen's request.
class TrackingCode
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::TrackingCode)

public:
    static constexpr qsizetype dataLength = 8;
    static constexpr qsizetype length = dataLength + 1;

    // Pass QRandomGenerator::system() in production: codes must not be predictable from one
    // another, since knowing a code is what lets someone ask about a request.
    static TrackingCode generate(QRandomGenerator &rng);

    // Accepts lower case, spaces, dashes and invisible marks, and Persian or Arabic-Indic
    // digits.
    static Expected<TrackingCode, TrackingCodeError> parse(QStringView input);

    // A sentence for the person at the screen, in the user interface language.
    static QString describe(TrackingCodeError error);

    // "7KD4MX2QC": the form stored and put in URLs.
    QString compact() const { return QString(m_symbols.data(), length); }
    // "7KD-4MX-2QC": the form printed, sent by SMS and read aloud.
    QString displayForm() const;

    friend bool operator==(const TrackingCode &, const TrackingCode &) = default;
    friend size_t qHash(const TrackingCode &code, size_t seed = 0) noexcept
    {
        return qHash(QStringView(code.m_symbols.data(), length), seed);
    }

private:
    using Symbols = std::array<QChar, length>;

    explicit TrackingCode(const Symbols &symbols)
        : m_symbols(symbols)
    {}

    Symbols m_symbols;
};

} // namespace Shahrvand
