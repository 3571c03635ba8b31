#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <utility>

class QRandomGenerator;

namespace Shahrvand {

enum class NationalIdError {
    Empty,
    // Fewer than 8 or more than 10 digits.
    WrongLength,
    // Something other than digits and the spaces, dashes and invisible marks people type.
    NotDigits,
    // 0000000000, 1111111111 and so on: every one passes the checksum, none is issued.
    AllSameDigits,
    BadCheckDigit,
};

// An Iranian national ID (کد ملی): ten digits, the last a check digit. A NationalId always
// holds a valid one; where a record may lack it, use std::optional<NationalId>.
class NationalId
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::NationalId)

public:
    // Accepts ASCII, Persian and Arabic-Indic digits, ignoring spaces, dashes, dots,
    // parentheses and bidi marks. IDs beginning with zeros are often written, and stored by
    // spreadsheets, without them, so 8 or 9 digits are padded with leading zeros and then
    // checked like any other ID. The price: about one in ten IDs typed with a digit missing
    // pads into a valid but different ID, where without padding all of them would be refused.
    static Expected<NationalId, NationalIdError> parse(QStringView input);

    // A random ID with a correct check digit, for demo and test data. It may coincide with a
    // real person's ID, as any valid-looking ID can.
    static NationalId generateValid(QRandomGenerator &rng);

    // A sentence for the person at the screen, in the user interface language.
    static QString describe(NationalIdError error);

    // The ten ASCII digits, as stored and exchanged with other systems.
    QString digits() const { return m_digits; }

    // Only the last four digits shown ("******5678"): enough for a clerk to confirm an ID with
    // the citizen on the phone, no more than that over a shoulder or in a screenshot.
    QString masked() const;

    friend bool operator==(const NationalId &, const NationalId &) = default;
    friend size_t qHash(const NationalId &id, size_t seed = 0) noexcept
    {
        return qHash(id.m_digits, seed);
    }

private:
    explicit NationalId(QString digits)
        : m_digits(std::move(digits))
    {}

    QString m_digits;
};

} // namespace Shahrvand
