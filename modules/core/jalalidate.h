#pragma once

#include "expected.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Shahrvand {

// Every date a person sees or types is Jalali (solar hijri), in both interface languages.
// Storage and the wire keep QDate / UTC QDateTime; these functions are the only way between
// the two. The locale decides digits and month names: Persian shows "۱ آذر ۱۴۰۵", English
// "1 Azar 1405".

// Years outside this range are almost certainly typing mistakes (or Gregorian years), so
// parsing and fromJalali() refuse them.
constexpr int minJalaliYear = 1200;
constexpr int maxJalaliYear = 1600;

enum class DateStyle {
    Numeric,         // 1405/09/01            ۱۴۰۵/۰۹/۰۱
    Long,            // 1 Azar 1405           ۱ آذر ۱۴۰۵
    LongWithWeekday, // Sunday 1 Azar 1405    یکشنبه ۱ آذر ۱۴۰۵
};

// Returns an empty string for an invalid date.
QString formatJalaliDate(QDate date, DateStyle style, const QLocale &locale = QLocale());

// Iran's civil time: Asia/Tehran, or a fixed +03:30 if the time-zone database lacks it.
QTimeZone iranTimeZone();

// The date and a 24-hour HH:mm time, shown in `zone` (Iran's time unless told otherwise).
// Returns an empty string for an invalid date-time.
QString formatJalaliDateTime(const QDateTime &when, DateStyle style,
                             const QLocale &locale = QLocale(),
                             const QTimeZone &zone = iranTimeZone());

enum class DateParseError {
    Empty,
    UnrecognizedFormat,
    YearNotFourDigits,
    YearOutOfRange,
    MonthOutOfRange,
    UnknownMonthName,
    DayOutOfRange,
    WeekdayMismatch,
};

// A sentence for the clerk, translated (context "Shahrvand::JalaliDate").
QString describe(DateParseError error);

// Accepts what the formatters produce in either language, and what people type: year/month/day
// with "/", "-" or "." ("1405/9/1"), "1 Azar 1405", "۱ آذر ۱۴۰۵", with ASCII, Persian or
// Arabic-Indic digits, Arabic or Persian yeh and kaf, common transliterations of month names,
// and an optional weekday, which must then agree with the date.
Expected<QDate, DateParseError> parseJalaliDate(QStringView text);

struct JalaliYearMonthDay
{
    int year = 0;
    int month = 0;
    int day = 0;

    bool isValid() const { return year != 0; }
    friend bool operator==(const JalaliYearMonthDay &, const JalaliYearMonthDay &) = default;
};

// All zero for an invalid date.
JalaliYearMonthDay jalaliYearMonthDay(QDate date);
// An invalid QDate if the day does not exist or the year is outside the supported range.
QDate fromJalali(int year, int month, int day);

bool isJalaliLeapYear(int year);
// 0 for a month outside 1..12.
int daysInJalaliMonth(int year, int month);
// Empty for a month outside 1..12.
QString jalaliMonthName(int month, const QLocale &locale = QLocale());

// For "this month" and "this year" in reports and filters. Invalid in, invalid out.
QDate startOfJalaliMonth(QDate date);
QDate startOfJalaliYear(QDate date);

// ASCII digits in the locale's own digits ("1405" -> "۱۴۰۵" for Persian); for numbers that
// are not formatted by QLocale, such as tracking codes and IDs.
QString toLocalDigits(QString text, const QLocale &locale = QLocale());
// Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII; everything else is left as it is.
QString fromLocalDigits(QString text);

} // namespace Shahrvand
