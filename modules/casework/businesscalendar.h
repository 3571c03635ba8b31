#pragma once

#include "expected.h"
#include "jalalidate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <array>
#include <vector>

namespace Shahrvand::CaseWork {

// Iran's civil time: UTC+03:30 all year. Iran dropped daylight saving in 2022 (1401, in
// force from 1402), and SLA deadlines are only ever computed for cases opened since, so
// calendars use a fixed offset instead of a time-zone database whose age varies between
// machines (and whose lookups would cost more than the rest of a due-date computation).
constexpr int iranUtcOffsetSeconds = 3 * 3600 + 30 * 60;

// A working period of a day, in minutes after local midnight: [start, end).
struct WorkingPeriod
{
    int startMinute = 0;
    int endMinute = 0;

    friend bool operator==(const WorkingPeriod &, const WorkingPeriod &) = default;
};

enum class CalendarErrorCode {
    UnknownDay,         // a key other than sat, sun, mon, tue, wed, thu, fri
    NotAListOfPeriods,  // a day's value is not [["HH:mm","HH:mm"], ...]
    BadTime,            // not HH:mm between 00:00 and 24:00
    EmptyPeriod,        // the end is not after the start
    OverlappingPeriods, // two periods of one day overlap or are not in order
    NoWorkingTime,      // no day has a working period: no deadline could ever be met
    UnsupportedTimeZone,
};

struct CalendarError
{
    CalendarErrorCode code = CalendarErrorCode::BadTime;
    QString where; // the day key, or the time-zone text

    friend bool operator==(const CalendarError &, const CalendarError &) = default;
};

QString describe(const CalendarError &error);

// The UTC offset of a business_calendars.time_zone text: empty, "Asia/Tehran" or "Iran"
// (+03:30), "UTC", or a fixed offset such as "+03:30", "UTC+04:00", "-05:00". Zones with
// daylight saving are refused rather than computed wrongly.
Expected<int, CalendarError> utcOffsetFromTimeZone(QStringView text);

// Working hours, holidays and the local time of one business calendar; the arithmetic of
// "business minutes" for SLA deadlines.
//
// working_hours JSON (business_calendars.working_hours), one key per working day, each a
// list of [start, end) periods in local time; a missing day or an empty list is a day off:
//   {"sat":[["08:00","16:00"]], "sun":[["08:00","16:00"]], "mon":[["08:00","16:00"]],
//    "tue":[["08:00","16:00"]], "wed":[["08:00","16:00"]], "thu":[["08:00","13:00"]],
//    "fri":[]}
// A lunch break is two periods: [["08:00","12:00"],["13:00","16:30"]]. "24:00" ends a day.
//
// Instants in and out are UTC QDateTimes (any zone is accepted in); the calendar itself
// reads them in its local time. Milliseconds are kept.
class BusinessCalendar
{
public:
    // No working time at all: every addition is invalid, every difference zero.
    BusinessCalendar();

    static Expected<BusinessCalendar, CalendarError>
    fromWorkingHours(const QJsonObject &workingHours, int utcOffsetSeconds = iranUtcOffsetSeconds);
    // Saturday to Wednesday 08:00-16:00, Thursday 08:00-13:00, Friday off, Iran's time.
    static BusinessCalendar iranianOfficeHours();
    // Every hour of every day (no holidays): for a policy without a calendar.
    static BusinessCalendar roundTheClock(int utcOffsetSeconds = iranUtcOffsetSeconds);

    QJsonObject workingHoursJson() const;
    // Qt's day numbering: Qt::Monday (1) .. Qt::Sunday (7).
    const QList<WorkingPeriod> &periods(Qt::DayOfWeek day) const;
    int utcOffsetSeconds() const { return int(m_offsetMs / 1000); }
    QTimeZone timeZone() const { return QTimeZone(utcOffsetSeconds()); }
    // Working minutes in a week without holidays.
    qint64 weeklyWorkingMinutes() const { return m_weeklyMs / 60000; }

    // Holidays are local dates (Gregorian QDate, as calendar_holidays.holiday_date).
    void setHolidays(const QList<QDate> &dates);

    // A business_calendars row (working_hours, time_zone) with its holidays, read the same
    // way on the server and the workstation: a row that does not make a calendar (an
    // administrator's mistake) gives Iranian office hours, and `usable` says so; cases must
    // still be registered and timed.
    static BusinessCalendar fromRow(const QJsonObject &workingHours, QStringView timeZone,
                                    const QList<QDate> &holidays, bool *usable = nullptr);
    void addHoliday(QDate date);
    bool isHoliday(QDate localDate) const;
    QList<QDate> holidays() const;

    bool isWorkingDay(QDate localDate) const;
    bool isWorkingTime(const QDateTime &instant) const;

    // The instant when `minutes` business minutes have passed after `from`: the end of the
    // last minute, so a deadline landing on the end of a working day is that end, not the
    // next morning. Zero or negative minutes give `from`. Invalid if the calendar has no
    // working time, or none within ten years.
    QDateTime addBusinessMinutes(const QDateTime &from, qint64 minutes) const;
    QDateTime addBusinessMsecs(const QDateTime &from, qint64 msecs) const;
    // Business time from `from` to `to`; negative if `to` is earlier.
    qint64 businessMsecsBetween(const QDateTime &from, const QDateTime &to) const;
    // Whole minutes, rounded toward zero.
    qint64 businessMinutesBetween(const QDateTime &from, const QDateTime &to) const;

    // The calendar's local time of an instant, and the instant of a local date and time.
    QDateTime toLocal(const QDateTime &instant) const;
    QDateTime fromLocal(QDate date, QTime time) const;

private:
    bool isWorkingDayNumber(qint64 day) const;
    bool hasHolidayIn(qint64 firstDay, qint64 endDay) const;
    qint64 workingMsInDay(qint64 day, qint64 fromMs, qint64 toMs) const;

    qint64 m_offsetMs = 0;
    // Indexed by Qt::DayOfWeek - 1; periods in milliseconds after local midnight.
    std::array<QList<WorkingPeriod>, 7> m_periods;
    std::array<std::vector<std::pair<qint64, qint64>>, 7> m_periodsMs;
    std::array<qint64, 7> m_dayMs{};
    qint64 m_weeklyMs = 0;
    std::vector<qint64> m_holidayDays; // sorted days since 1970-01-01, local
};

// One line of a holiday file.
struct Holiday
{
    QDate date;
    QString description;

    friend bool operator==(const Holiday &, const Holiday &) = default;
};

struct HolidayImportError
{
    int line = 0; // 1-based
    DateParseError dateError = DateParseError::UnrecognizedFormat;
    QString text; // the line as written
};

QString describe(const HolidayImportError &error);

// A year's holidays from a text file, one per line: a Jalali date, then an optional
// description ("1405/01/01 نوروز", "۱۴۰۵/۰۱/۱۳ روز طبیعت"); Persian, Arabic-Indic or ASCII
// digits. Blank lines and lines starting with '#' are skipped. Fails at the first line whose
// date cannot be read, naming it, so nothing is imported half.
Expected<QList<Holiday>, HolidayImportError> parseHolidayFile(QStringView text);

} // namespace Shahrvand::CaseWork
