#pragma once

#include <QDateTime>

namespace Shahrvand {

// The time, as a dependency. Code that needs "now" (SLA timers, token expiry, the date
// in the status bar) takes a Clock, so tests drive time instead of sleeping.
class Clock
{
public:
    virtual ~Clock();
    // Always in UTC; convert for display.
    virtual QDateTime now() const = 0;

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace Shahrvand
