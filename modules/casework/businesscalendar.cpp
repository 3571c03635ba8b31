#include "businesscalendar.h"

#include "casework_tr_p.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

namespace Shahrvand::CaseWork {

namespace {

constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 msPerDay = 24 * 60 * msPerMinute;
// QDate::toJulianDay() of 1970-01-01.
constexpr qint64 julianDayOfEpoch = 2440588;
// A deadline further than this is a configuration mistake (a calendar of holidays only).
constexpr qint64 maxSearchDays = 3660;

// The JSON keys in Qt::DayOfWeek order (Monday first).
constexpr std::array<QStringView, 7> dayKeys{u"mon", u"tue", u"wed", u"thu",
                                             u"fri", u"sat", u"sun"};

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// 0 = Monday .. 6 = Sunday; day 0 (1970-01-01) was a Thursday.
int weekdayIndex(qint64 day)
{
    return int(((day + 3) % 7 + 7) % 7);
}

qint64 dayNumber(QDate date)
{
    return date.toJulianDay() - julianDayOfEpoch;
}

QDate dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + julianDayOfEpoch);
}

// "HH:mm", 00:00 to 24:00, as minutes after midnight; -1 if malformed.
int parseClock(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 5 || text.at(2) != u':')
        return -1;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = QStringView(text).left(2).toInt(&hoursOk);
    const int minutes = QStringView(text).mid(3).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours < 0 || minutes < 0 || minutes > 59)
        return -1;
    const int total = hours * 60 + minutes;
    return total <= 24 * 60 ? total : -1;
}

QString formatClock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString describe(const CalendarError &error)
{
    switch (error.code) {
    case CalendarErrorCode::UnknownDay:
        return CaseWorkTr::tr("“%1” is not a day of the week; use sat, sun, mon, tue, wed, thu "
                              "or fri.")
            .arg(error.where);
    case CalendarErrorCode::NotAListOfPeriods:
        return CaseWorkTr::tr("The working hours of “%1” must be a list of periods such as "
                              "[[\"08:00\",\"16:00\"]].")
            .arg(error.where);
    case CalendarErrorCode::BadTime:
        return CaseWorkTr::tr("A time of “%1” is not written as hours:minutes between 00:00 "
                              "and 24:00.")
            .arg(error.where);
    case CalendarErrorCode::EmptyPeriod:
        return CaseWorkTr::tr("A working period of “%1” ends before it starts.").arg(error.where);
    case CalendarErrorCode::OverlappingPeriods:
        return CaseWorkTr::tr("The working periods of “%1” overlap or are out of order.")
            .arg(error.where);
    case CalendarErrorCode::NoWorkingTime:
        return CaseWorkTr::tr("The calendar has no working hours on any day.");
    case CalendarErrorCode::UnsupportedTimeZone:
        return CaseWorkTr::tr("The time zone “%1” is not supported; use Asia/Tehran or a fixed "
                              "offset such as +03:30.")
            .arg(error.where);
    }
    Q_UNREACHABLE();
}

Expected<int, CalendarError> utcOffsetFromTimeZone(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"Asia/Tehran" || trimmed == u"Iran")
        return iranUtcOffsetSeconds;
    if (trimmed == u"UTC" || trimmed == u"Z" || trimmed == u"Etc/UTC")
        return 0;
    QStringView offset = trimmed;
    if (offset.startsWith(u"UTC"))
        offset = offset.mid(3);
    const CalendarError refused{CalendarErrorCode::UnsupportedTimeZone, trimmed.toString()};
    // [+-]HH:mm
    if (offset.size() != 6 || (offset[0] != u'+' && offset[0] != u'-') || offset[3] != u':')
        return refused;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = offset.mid(1, 2).toInt(&hoursOk);
    const int minutes = offset.mid(4, 2).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours > 14 || minutes > 59)
        return refused;
    const int seconds = hours * 3600 + minutes * 60;
    return offset[0] == u'-' ? -seconds : seconds;
}

BusinessCalendar::BusinessCalendar() = default;

Expected<BusinessCalendar, CalendarError>
BusinessCalendar::fromWorkingHours(const QJsonObject &workingHours, int utcOffsetSeconds)
{
    BusinessCalendar calendar;
    calendar.m_offsetMs = qint64(utcOffsetSeconds) * 1000;
    for (auto it = workingHours.begin(); it != workingHours.end(); ++it) {
        const auto found = std::find(dayKeys.begin(), dayKeys.end(), QStringView(it.key()));
        if (found == dayKeys.end())
            return CalendarError{CalendarErrorCode::UnknownDay, it.key()};
        const auto index = std::size_t(found - dayKeys.begin());
        if (!it.value().isArray())
            return CalendarError{CalendarErrorCode::NotAListOfPeriods, it.key()};
        QList<WorkingPeriod> periods;
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonArray pair = entry.toArray();
            if (!entry.isArray() || pair.size() != 2)
                return CalendarError{CalendarErrorCode::NotAListOfPeriods, it.key()};
            const int start = parseClock(pair.at(0));
            const int end = parseClock(pair.at(1));
            if (start < 0 || end < 0)
                return CalendarError{CalendarErrorCode::BadTime, it.key()};
            if (end <= start)
                return CalendarError{CalendarErrorCode::EmptyPeriod, it.key()};
            if (!periods.isEmpty() && start < periods.last().endMinute)
                return CalendarError{CalendarErrorCode::OverlappingPeriods, it.key()};
            periods.append(WorkingPeriod{start, end});
        }
        calendar.m_periods[index] = periods;
        calendar.m_dayMs[index] = 0;
        calendar.m_periodsMs[index].clear();
        for (const WorkingPeriod &period : periods) {
            calendar.m_periodsMs[index].emplace_back(period.startMinute * msPerMinute,
                                                     period.endMinute * msPerMinute);
            calendar.m_dayMs[index] += (period.endMinute - period.startMinute) * msPerMinute;
        }
    }
    for (qint64 dayMs : calendar.m_dayMs)
        calendar.m_weeklyMs += dayMs;
    if (calendar.m_weeklyMs == 0)
        return CalendarError{CalendarErrorCode::NoWorkingTime, {}};
    return calendar;
}

BusinessCalendar BusinessCalendar::iranianOfficeHours()
{
    const QJsonArray fullDay{QJsonArray{QStringLiteral("08:00"), QStringLiteral("16:00")}};
    const QJsonArray halfDay{QJsonArray{QStringLiteral("08:00"), QStringLiteral("13:00")}};
    const QJsonObject hours{{QStringLiteral("sat"), fullDay},     {QStringLiteral("sun"), fullDay},
                            {QStringLiteral("mon"), fullDay},     {QStringLiteral("tue"), fullDay},
                            {QStringLiteral("wed"), fullDay},     {QStringLiteral("thu"), halfDay},
                            {QStringLiteral("fri"), QJsonArray()}};
    return fromWorkingHours(hours).value();
}

BusinessCalendar BusinessCalendar::roundTheClock(int utcOffsetSeconds)
{
    const QJsonArray allDay{QJsonArray{QStringLiteral("00:00"), QStringLiteral("24:00")}};
    QJsonObject hours;
    for (QStringView key : dayKeys)
        hours.insert(key.toString(), allDay);
    return fromWorkingHours(hours, utcOffsetSeconds).value();
}

QJsonObject BusinessCalendar::workingHoursJson() const
{
    QJsonObject json;
    for (std::size_t i = 0; i < dayKeys.size(); ++i) {
        QJsonArray periods;
        for (const WorkingPeriod &period : m_periods[i]) {
            periods.append(
                QJsonArray{formatClock(period.startMinute), formatClock(period.endMinute)});
        }
        json.insert(dayKeys[i].toString(), periods);
    }
    return json;
}

const QList<WorkingPeriod> &BusinessCalendar::periods(Qt::DayOfWeek day) const
{
    return m_periods[std::size_t(day) - 1];
}

void BusinessCalendar::setHolidays(const QList<QDate> &dates)
{
    m_holidayDays.clear();
    for (QDate date : dates) {
        if (date.isValid())
            m_holidayDays.push_back(dayNumber(date));
    }
    std::sort(m_holidayDays.begin(), m_holidayDays.end());
    m_holidayDays.erase(std::unique(m_holidayDays.begin(), m_holidayDays.end()),
                        m_holidayDays.end());
}

void BusinessCalendar::addHoliday(QDate date)
{
    if (!date.isValid())
        return;
    const qint64 day = dayNumber(date);
    const auto at = std::lower_bound(m_holidayDays.begin(), m_holidayDays.end(), day);
    if (at == m_holidayDays.end() || *at != day)
        m_holidayDays.insert(at, day);
}

bool BusinessCalendar::isHoliday(QDate localDate) const
{
    return localDate.isValid() && hasHolidayIn(dayNumber(localDate), dayNumber(localDate) + 1);
}

QList<QDate> BusinessCalendar::holidays() const
{
    QList<QDate> dates;
    dates.reserve(qsizetype(m_holidayDays.size()));
    for (qint64 day : m_holidayDays)
        dates.append(dateOfDay(day));
    return dates;
}

bool BusinessCalendar::hasHolidayIn(qint64 firstDay, qint64 endDay) const
{
    const auto at = std::lower_bound(m_holidayDays.begin(), m_holidayDays.end(), firstDay);
    return at != m_holidayDays.end() && *at < endDay;
}

bool BusinessCalendar::isWorkingDayNumber(qint64 day) const
{
    return m_dayMs[std::size_t(weekdayIndex(day))] > 0 && !hasHolidayIn(day, day + 1);
}

bool BusinessCalendar::isWorkingDay(QDate localDate) const
{
    return localDate.isValid() && isWorkingDayNumber(dayNumber(localDate));
}

bool BusinessCalendar::isWorkingTime(const QDateTime &instant) const
{
    if (!instant.isValid())
        return false;
    const qint64 local = instant.toMSecsSinceEpoch() + m_offsetMs;
    const qint64 day = floorDiv(local, msPerDay);
    const qint64 timeOfDay = local - day * msPerDay;
    if (!isWorkingDayNumber(day))
        return false;
    for (const auto &[start, end] : m_periodsMs[std::size_t(weekdayIndex(day))]) {
        if (timeOfDay >= start && timeOfDay < end)
            return true;
    }
    return false;
}

qint64 BusinessCalendar::workingMsInDay(qint64 day, qint64 fromMs, qint64 toMs) const
{
    if (!isWorkingDayNumber(day))
        return 0;
    qint64 total = 0;
    for (const auto &[start, end] : m_periodsMs[std::size_t(weekdayIndex(day))]) {
        const qint64 lo = std::max(start, fromMs);
        const qint64 hi = std::min(end, toMs);
        if (hi > lo)
            total += hi - lo;
    }
    return total;
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &from, qint64 minutes) const
{
    return addBusinessMsecs(from, minutes * msPerMinute);
}

QDateTime BusinessCalendar::addBusinessMsecs(const QDateTime &from, qint64 msecs) const
{
    if (!from.isValid())
        return {};
    if (msecs <= 0)
        return from.toUTC();
    if (m_weeklyMs == 0)
        return {};
    const qint64 local = from.toMSecsSinceEpoch() + m_offsetMs;
    qint64 day = floorDiv(local, msPerDay);
    qint64 timeOfDay = local - day * msPerDay;
    qint64 remaining = msecs;
    const qint64 lastDay = day + maxSearchDays;
    while (day < lastDay) {
        // Whole weeks without a holiday at once: long resolution targets stay cheap.
        if (timeOfDay == 0 && remaining > m_weeklyMs && !hasHolidayIn(day, day + 7)) {
            remaining -= m_weeklyMs;
            day += 7;
            continue;
        }
        if (isWorkingDayNumber(day)) {
            for (const auto &[start, end] : m_periodsMs[std::size_t(weekdayIndex(day))]) {
                if (end <= timeOfDay)
                    continue;
                const qint64 begin = std::max(start, timeOfDay);
                const qint64 available = end - begin;
                if (remaining <= available) {
                    return QDateTime::fromMSecsSinceEpoch(
                        day * msPerDay + begin + remaining - m_offsetMs, QTimeZone::utc());
                }
                remaining -= available;
            }
        }
        ++day;
        timeOfDay = 0;
    }
    return {};
}

qint64 BusinessCalendar::businessMsecsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessMsecsBetween(to, from);
    const qint64 localFrom = from.toMSecsSinceEpoch() + m_offsetMs;
    const qint64 localTo = to.toMSecsSinceEpoch() + m_offsetMs;
    const qint64 firstDay = floorDiv(localFrom, msPerDay);
    const qint64 lastDay = floorDiv(localTo, msPerDay);
    const qint64 fromTime = localFrom - firstDay * msPerDay;
    const qint64 toTime = localTo - lastDay * msPerDay;
    if (firstDay == lastDay)
        return workingMsInDay(firstDay, fromTime, toTime);
    qint64 total = workingMsInDay(firstDay, fromTime, msPerDay);
    qint64 day = firstDay + 1;
    while (day < lastDay) {
        if (day + 7 <= lastDay && !hasHolidayIn(day, day + 7)) {
            total += m_weeklyMs;
            day += 7;
            continue;
        }
        total += workingMsInDay(day, 0, msPerDay);
        ++day;
    }
    return total + workingMsInDay(lastDay, 0, toTime);
}

qint64 BusinessCalendar::businessMinutesBetween(const QDateTime &from, const QDateTime &to) const
{
    return businessMsecsBetween(from, to) / msPerMinute;
}

QDateTime BusinessCalendar::toLocal(const QDateTime &instant) const
{
    return instant.toTimeZone(timeZone());
}

QDateTime BusinessCalendar::fromLocal(QDate date, QTime time) const
{
    return QDateTime(date, time, timeZone()).toUTC();
}

QString describe(const HolidayImportError &error)
{
    return CaseWorkTr::tr("Line %1 (“%2”): %3")
        .arg(error.line)
        .arg(error.text, Shahrvand::describe(error.dateError));
}

Expected<QList<Holiday>, HolidayImportError> parseHolidayFile(QStringView text)
{
    QList<Holiday> holidays;
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith(u'\uFEFF'))
            line = line.mid(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        qsizetype split = 0;
        while (split < line.size() && !line.at(split).isSpace())
            ++split;
        const auto date = parseJalaliDate(line.left(split));
        if (!date)
            return HolidayImportError{lineNumber, date.error(), line.toString()};
        holidays.append(Holiday{*date, line.mid(split).trimmed().toString()});
    }
    return holidays;
}

BusinessCalendar BusinessCalendar::fromRow(const QJsonObject &workingHours, QStringView timeZone,
                                           const QList<QDate> &holidays, bool *usable)
{
    const auto offset = utcOffsetFromTimeZone(timeZone);
    auto calendar = fromWorkingHours(workingHours, offset ? *offset : iranUtcOffsetSeconds);
    if (usable)
        *usable = offset && calendar;
    BusinessCalendar result = offset && calendar ? *calendar : iranianOfficeHours();
    result.setHolidays(holidays);
    return result;
}

} // namespace Shahrvand::CaseWork
