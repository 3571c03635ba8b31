#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QtNumeric>

#include <compare>
#include <concepts>
#include <optional>
#include <ranges>

namespace Shahrvand {

enum class MoneyParseError {
    Empty,
    InvalidCharacter,
    FractionalAmount,
    MisplacedSeparator,
    TomansNotAccepted,
    OutOfRange,
};

// An amount of Iranian rials, always a whole number. Fees, fines and payments are recorded
// in rials, the legal unit; tomans (10 rials) appear only as a display aid.
//
// There are deliberately no arithmetic operators: an amount that wraps around is a wrong
// bill, so every sum goes through a checked operation and the caller decides what overflow
// means (reject the input, report an internal error).
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Money)

public:
    constexpr Money() = default;
    static constexpr Money fromRials(qint64 rials) { return Money(rials); }

    constexpr qint64 rials() const { return m_rials; }
    constexpr bool isZero() const { return m_rials == 0; }
    constexpr bool isNegative() const { return m_rials < 0; }

    // std::nullopt when the result does not fit in a qint64 of rials.
    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSubtract(Money other) const;
    std::optional<Money> checkedMultiply(qint64 factor) const;
    std::optional<Money> checkedNegate() const;

    // Overflow is judged on the running total, in order.
    template<std::ranges::input_range Range>
    requires std::convertible_to<std::ranges::range_reference_t<Range>, Money>
    static std::optional<Money> checkedSum(Range &&amounts)
    {
        qint64 total = 0;
        for (const Money amount : amounts) {
            if (qAddOverflow(total, amount.m_rials, &total))
                return std::nullopt;
        }
        return Money(total);
    }

    friend constexpr bool operator==(const Money &, const Money &) = default;
    friend constexpr std::strong_ordering operator<=>(const Money &, const Money &) = default;

    // "۱٬۲۵۰٬۰۰۰ ریال" or "1,250,000 IRR". Negative amounts use the locale's own sign, which
    // for Persian carries a left-to-right mark so the sign stays beside the digits in
    // right-to-left text.
    QString format(const QLocale &locale = QLocale(), bool withUnit = true) const;
    // The same amount in tomans, with a tenth when it is not a whole number of tomans:
    // "۱۲۵٬۰۰۰ تومان", "125,000.5 toman". For display next to the rial amount only.
    QString formatAsTomans(const QLocale &locale = QLocale(), bool withUnit = true) const;

    // Accepts what format() produces in either language and what people type: ASCII, Persian
    // or Arabic-Indic digits; thousands grouped with ",", "٬", "،" or spaces; an optional
    // leading minus; an optional unit ("ریال", "IRR", "rial", "rials") before or after.
    // Refuses fractions, tomans, anything else, and amounts beyond the qint64 range.
    static Expected<Money, MoneyParseError> parse(QStringView text);

    // A sentence for the person at the screen, in the user interface language.
    static QString describe(MoneyParseError error);

private:
    explicit constexpr Money(qint64 rials)
        : m_rials(rials)
    {}

    qint64 m_rials = 0;
};

} // namespace Shahrvand
