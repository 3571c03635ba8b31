#include "phonenumber.h"

#include "digits_p.h"

#include <QLoggingCategory>

#include <algorithm>
#include <array>

namespace Shahrvand {

namespace {

Q_LOGGING_CATEGORY(lcPhoneNumber, "shahrvand.core.phonenumber")

// Every Iranian number is ten digits after +98 (and after the trunk 0 at home).
constexpr qsizetype nationalLength = 10;
constexpr qsizetype localLength = 8;
// 0098, a trunk 0 that some people keep after it, and ten digits: anything longer is wrong
// however it is read, so the scan can stop there.
constexpr qsizetype longestReadable = 4 + 1 + nationalLength;

constexpr std::array<int, 31> landlineAreaCodes = {
    11, 13, 17, 21, 23, 24, 25, 26, 28, 31, 34, 35, 38, 41, 44, 45,
    51, 54, 56, 58, 61, 66, 71, 74, 76, 77, 81, 83, 84, 86, 87,
};

bool isLandlineAreaCode(QStringView twoDigits)
{
    const int code = (twoDigits[0].unicode() - u'0') * 10 + (twoDigits[1].unicode() - u'0');
    return std::binary_search(landlineAreaCodes.cbegin(), landlineAreaCodes.cend(), code);
}

// The two digits of a configured area code ("21", "021", "۰۲۱"), or an empty string.
QString normalizedAreaCode(QStringView areaCode)
{
    const Detail::ExtractedDigits extracted = Detail::extractDigits(areaCode, 3);
    QStringView digits = extracted.digits;
    if (digits.startsWith(u'0'))
        digits = digits.mid(1);
    if (extracted.outcome != Detail::ExtractedDigits::Complete || digits.size() != 2 ||
        !isLandlineAreaCode(digits))
        return {};
    return digits.toString();
}

} // namespace

Expected<PhoneNumber, PhoneNumberError> PhoneNumber::parse(QStringView input,
                                                           QStringView defaultAreaCode)
{
    // A plus sign counts only in front of the first digit, where it means "country code".
    qsizetype start = 0;
    while (start < input.size() && Detail::isIdentifierFiller(input[start].unicode()))
        ++start;
    const bool plus = start < input.size() && input[start] == u'+';
    if (plus)
        ++start;

    const Detail::ExtractedDigits extracted =
        Detail::extractDigits(input.mid(start), longestReadable);
    switch (extracted.outcome) {
    case Detail::ExtractedDigits::OtherCharacter:
        return PhoneNumberError::InvalidCharacter;
    case Detail::ExtractedDigits::TooManyDigits:
        return PhoneNumberError::TooLong;
    case Detail::ExtractedDigits::Complete:
        break;
    }

    QStringView digits = extracted.digits;
    if (digits.isEmpty())
        return plus ? PhoneNumberError::TooShort : PhoneNumberError::Empty;

    // 98 without + or 00 is taken as the country code only at the full international length,
    // because 98... is also how a mobile number written without its 0 begins.
    bool international = plus;
    if (!plus && digits.startsWith(u"00")) {
        international = true;
        digits = digits.mid(2);
    } else if (!plus && digits.size() == 2 + nationalLength && digits.startsWith(u"98")) {
        international = true;
    }

    if (international) {
        if (!digits.startsWith(u"98"))
            return QStringView(u"98").startsWith(digits) ? PhoneNumberError::TooShort
                                                         : PhoneNumberError::ForeignNumber;
        digits = digits.mid(2);
        // "+98 (0)21 ...": the trunk 0 kept out of habit.
        if (digits.startsWith(u'0'))
            digits = digits.mid(1);
    } else if (digits.startsWith(u'0')) {
        digits = digits.mid(1);
    } else if (digits.size() == localLength) {
        QString areaCode = normalizedAreaCode(defaultAreaCode);
        if (areaCode.isEmpty()) {
            if (!defaultAreaCode.trimmed().isEmpty())
                qCWarning(lcPhoneNumber) << "Ignoring invalid default area code" << defaultAreaCode;
            return PhoneNumberError::NeedsAreaCode;
        }
        return PhoneNumber(areaCode.append(digits));
    }

    if (digits.size() < nationalLength)
        return PhoneNumberError::TooShort;
    if (digits.size() > nationalLength)
        return PhoneNumberError::TooLong;
    if (digits.front() != u'9' && !isLandlineAreaCode(digits))
        return PhoneNumberError::UnknownAreaCode;
    return PhoneNumber(digits.toString());
}

QString PhoneNumber::nationalFormat() const
{
    const QStringView digits = m_nationalNumber;
    // Mobiles are read 0912 345 6789, landlines as area code and two groups of four.
    const qsizetype prefixLength = isMobile() ? 3 : 2;
    const qsizetype middleLength = isMobile() ? 3 : 4;
    QString formatted;
    formatted.reserve(1 + nationalLength + 2);
    formatted.append(u'0')
        .append(digits.left(prefixLength))
        .append(u' ')
        .append(digits.mid(prefixLength, middleLength))
        .append(u' ')
        .append(digits.mid(prefixLength + middleLength));
    return formatted;
}

QString PhoneNumber::describe(PhoneNumberError error)
{
    switch (error) {
    case PhoneNumberError::Empty:
        return tr("No phone number was entered.");
    case PhoneNumberError::InvalidCharacter:
        return tr("A phone number contains only digits, and perhaps a + at the start.");
    case PhoneNumberError::TooShort:
        return tr("This phone number is too short. Mobile numbers look like 0912 345 6789, "
                  "landlines like 021 8877 6655.");
    case PhoneNumberError::TooLong:
        return tr("This phone number is too long; check for a digit typed twice.");
    case PhoneNumberError::ForeignNumber:
        return tr("This is a foreign number; only Iranian phone numbers are accepted.");
    case PhoneNumberError::UnknownAreaCode:
        return tr("This number does not begin with an Iranian area code or mobile prefix.");
    case PhoneNumberError::NeedsAreaCode:
        return tr("This looks like a local number; add the city's area code, for example 021.");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand
