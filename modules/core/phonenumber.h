#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <utility>

namespace Shahrvand {

enum class PhoneNumberError {
    Empty,
    // Something other than digits, a leading +, and the spaces, dashes, parentheses and
    // invisible marks people type.
    InvalidCharacter,
    TooShort,
    TooLong,
    // A country code other than Iran's.
    ForeignNumber,
    // Neither a mobile number (09..) nor one of Iran's landline area codes.
    UnknownAreaCode,
    // An 8-digit local landline number and no default area code to complete it.
    NeedsAreaCode,
};

// An Iranian phone number, mobile or landline, kept in E.164 form (+98 and ten digits).
// A PhoneNumber always holds a valid one; where a record may lack it, use
// std::optional<PhoneNumber>.
//
// Numbers outside Iran are rejected: citizens are reached through Iranian operators, SMS
// notifications are sent only to Iranian mobiles, and a foreign number in the field is far
// more often a typing mistake than a real contact.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::PhoneNumber)

public:
    // Accepts every common way of writing an Iranian number: 0912 345 6789, 912 345 6789,
    // +98 912 345 6789, 0098..., 98..., 021-8877 6655, +98 (0)21 8877 6655, in ASCII,
    // Persian or Arabic-Indic digits, ignoring spaces, dashes, dots, parentheses and bidi
    // marks. An 8-digit local number is completed with `defaultAreaCode` ("21" or "021",
    // typically the call centre's own city); without one it is an error.
    static Expected<PhoneNumber, PhoneNumberError> parse(QStringView input,
                                                         QStringView defaultAreaCode = {});

    // A sentence for the person at the screen, in the user interface language.
    static QString describe(PhoneNumberError error);

    // "+989123456789", "+982188776655": the form stored, sent to SMS gateways and dialled.
    QString e164() const { return QStringLiteral("+98") + m_nationalNumber; }

    bool isMobile() const { return m_nationalNumber.startsWith(QLatin1Char('9')); }

    // "0912 345 6789", "021 8877 6655": how Iranians write and read numbers, in ASCII
    // digits (the user interface converts digits for display).
    QString nationalFormat() const;

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;
    friend size_t qHash(const PhoneNumber &number, size_t seed = 0) noexcept
    {
        return qHash(number.m_nationalNumber, seed);
    }

private:
    explicit PhoneNumber(QString nationalNumber)
        : m_nationalNumber(std::move(nationalNumber))
    {}

    // The ten digits after +98: a mobile prefix 9xx or an area code, then the subscriber.
    QString m_nationalNumber;
};

} // namespace Shahrvand
