#pragma once

#include <utility>
#include <variant>

namespace Shahrvand {

// The result of an operation that can fail in a way the user must be told about:
// either a value or an error (usually a domain enum with a translated description).
// A small stand-in for C++23 std::expected, which Debian 12's compiler lacks.
template<typename T, typename E> class Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Expected(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const E &error() const { return std::get<1>(m_state); }

    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_state;
};

} // namespace Shahrvand
