#pragma once

#include "clock.h"

#include <QDateTime>

namespace Shahrvand::Testing {

// A clock that stands still until the test moves it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 3, 21), QTime(9, 0), Qt::UTC));

    QDateTime now() const override { return m_now; }

    void set(const QDateTime &when);
    void advance(qint64 seconds);
    void advanceDays(int days);

private:
    QDateTime m_now;
};

} // namespace Shahrvand::Testing
