#include "manualclock.h"

namespace Shahrvand::Testing {

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{}

void ManualClock::set(const QDateTime &when)
{
    m_now = when.toUTC();
}

void ManualClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

void ManualClock::advanceDays(int days)
{
    m_now = m_now.addDays(days);
}

} // namespace Shahrvand::Testing
