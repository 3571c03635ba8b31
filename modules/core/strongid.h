#pragma once

#include <QHashFunctions>
#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace Shahrvand {

// A row identifier that cannot be mixed up with another entity's: a CaseId is not a
// CitizenId even though both are 64-bit integers underneath. Zero is "no id".
template<typename Tag> class StrongId
{
public:
    using Rep = qint64;

    constexpr StrongId() = default;
    constexpr explicit StrongId(Rep value)
        : m_value(value)
    {}

    constexpr Rep value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }

    QString toString() const { return QString::number(m_value); }

    // Parses the decimal form written by toString(); anything else is rejected.
    static std::optional<StrongId> fromString(QStringView text)
    {
        bool ok = false;
        const Rep value = text.toLongLong(&ok);
        if (!ok || value <= 0)
            return std::nullopt;
        return StrongId(value);
    }

    friend constexpr auto operator<=>(StrongId, StrongId) = default;
    friend size_t qHash(StrongId id, size_t seed = 0) noexcept { return qHash(id.m_value, seed); }

private:
    Rep m_value = 0;
};

} // namespace Shahrvand
