#include "jalalidate.h"

#include "digits_p.h"

#include "language.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>

#include <array>
#include <initializer_list>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcJalaliDate, "shahrvand.core.jalalidate")

namespace Shahrvand {

namespace {

struct JalaliDateTr
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::JalaliDate)
};

// No date, however it is written, comes near this; longer input is refused before any work
// is done on it.
constexpr qsizetype maxParsedLength = 256;

const QCalendar &jalaliCalendar()
{
    static const QCalendar calendar(QCalendar::System::Jalali);
    return calendar;
}

QStringView patternFor(DateStyle style)
{
    switch (style) {
    case DateStyle::Numeric:
        return u"yyyy/MM/dd";
    case DateStyle::Long:
        return u"d MMMM yyyy";
    case DateStyle::LongWithWeekday:
        return u"dddd d MMMM yyyy";
    }
    Q_UNREACHABLE();
}

// One spelling per letter for the letters Persian text is typed with in two ways: Arabic
// yeh and kaf (old keyboards, pasted text) and alef with or without madda ("آذر", "اذر").
QChar foldLetter(QChar c)
{
    switch (c.unicode()) {
    case u'\u064A': // ARABIC LETTER YEH
    case u'\u0649': // ARABIC LETTER ALEF MAKSURA
        return QChar(u'\u06CC');
    case u'\u0643': // ARABIC LETTER KAF
        return QChar(u'\u06A9');
    case u'\u0622': // ALEF WITH MADDA ABOVE
    case u'\u0623': // ALEF WITH HAMZA ABOVE
        return QChar(u'\u0627');
    default:
        return c.toCaseFolded();
    }
}

// Folds the many ways one date can be typed into one: ASCII digits, one spelling per letter,
// lower case, single spaces, and no invisible characters (bidi marks, ZWNJ, tatweel), so that
// "سه‌شنبه" and "سه شنبه" differ only by a space the tokenizer ignores anyway.
QString normalizedForParsing(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Format || c == u'\u0640')
            continue;
        if (c.isSpace() || c == u',' || c == u'\u060C') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        const int digit = Detail::decimalDigitValue(c.unicode());
        out += digit >= 0 ? QChar(u'0' + digit) : foldLetter(c);
    }
    return out;
}

QString nameKey(const QString &name)
{
    return normalizedForParsing(name).remove(u' ');
}

using NameTable = QList<std::pair<QString, int>>;

int lookUp(const NameTable &table, QStringView key)
{
    for (const auto &[name, number] : table) {
        if (name == key)
            return number;
    }
    return 0;
}

const NameTable &monthNames()
{
    static const NameTable table = [] {
        // Spellings people use besides Qt's own; the usual transliterations are repeated so
        // that typed input keeps working if a later CLDR changes Qt's spelling.
        static constexpr std::pair<const char16_t *, int> alternatives[] = {
            {u"farvardin", 1}, {u"farwardin", 1}, {u"ordibehesht", 2}, {u"ardibehesht", 2},
            {u"khordad", 3},   {u"khurdad", 3},   {u"tir", 4},         {u"mordad", 5},
            {u"amordad", 5},   {u"murdad", 5},    {u"امرداد", 5},      {u"shahrivar", 6},
            {u"shahriwar", 6}, {u"mehr", 7},      {u"mihr", 7},        {u"aban", 8},
            {u"azar", 9},      {u"adar", 9},      {u"dey", 10},        {u"dei", 10},
            {u"bahman", 11},   {u"esfand", 12},   {u"isfand", 12},     {u"espand", 12},
        };
        NameTable names;
        const std::array locales{localeFor(Language::Persian), localeFor(Language::English)};
        for (const QLocale &locale : locales) {
            for (int month = 1; month <= 12; ++month)
                names.append({nameKey(jalaliMonthName(month, locale)), month});
        }
        for (const auto &[name, month] : alternatives)
            names.append({nameKey(QString::fromUtf16(name)), month});
        return names;
    }();
    return table;
}

const NameTable &weekdayNames()
{
    static const NameTable table = [] {
        NameTable names;
        const std::array locales{localeFor(Language::Persian), localeFor(Language::English)};
        for (const QLocale &locale : locales) {
            for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
                names.append({nameKey(locale.dayName(day, QLocale::LongFormat)), day});
                names.append({nameKey(locale.dayName(day, QLocale::ShortFormat)), day});
            }
        }
        return names;
    }();
    return table;
}

struct Token
{
    enum Kind { Number, Word, Separator };
    Kind kind;
    QStringView text;
};

// Splits normalized text into runs of ASCII digits, runs of letters, and single separators;
// any other character means the text is not a date.
std::optional<QList<Token>> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const qsizetype start = i;
        if (c == u' ') {
            ++i;
        } else if (c >= u'0' && c <= u'9') {
            while (i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9')
                ++i;
            tokens.append({Token::Number, text.sliced(start, i - start)});
        } else if (c.isLetter() || c.isMark()) {
            while (i < text.size() && (text.at(i).isLetter() || text.at(i).isMark()))
                ++i;
            tokens.append({Token::Word, text.sliced(start, i - start)});
        } else if (c == u'/' || c == u'-' || c == u'.') {
            ++i;
            tokens.append({Token::Separator, text.sliced(start, 1)});
        } else {
            return std::nullopt;
        }
    }
    return tokens;
}

// The value of a run of digits; anything with more than four significant digits is reported
// as 99999 so that it fails every range check without overflowing.
int smallNumber(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.sliced(1);
    if (digits.size() > 4)
        return 99999;
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

bool matches(const QList<Token> &tokens, qsizetype from, std::initializer_list<Token::Kind> kinds)
{
    if (tokens.size() - from != qsizetype(kinds.size()))
        return false;
    for (const Token::Kind kind : kinds) {
        if (tokens.at(from++).kind != kind)
            return false;
    }
    return true;
}

} // namespace

QString formatJalaliDate(QDate date, DateStyle style, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, patternFor(style), jalaliCalendar());
}

QTimeZone iranTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone tehran(QByteArrayLiteral("Asia/Tehran"));
        if (tehran.isValid())
            return tehran;
        // Iran has kept +03:30 all year since 2022, so only times shown from before then
        // can be off by the old daylight-saving hour.
        qCWarning(lcJalaliDate) << "Time zone Asia/Tehran is not available; using a fixed +03:30";
        return QTimeZone(3 * 3600 + 30 * 60);
    }();
    return zone;
}

QString formatJalaliDateTime(const QDateTime &when, DateStyle style, const QLocale &locale,
                             const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime shown = when.toTimeZone(zone);
    QString separator = QStringLiteral(" ");
    if (style != DateStyle::Numeric) {
        separator = languageOf(locale) == Language::Persian ? QStringLiteral("\u060C ")
                                                            : QStringLiteral(", ");
    }
    return formatJalaliDate(shown.date(), style, locale) + separator +
           locale.toString(shown.time(), u"HH:mm");
}

QString describe(DateParseError error)
{
    switch (error) {
    case DateParseError::Empty:
        return JalaliDateTr::tr("Enter a date.");
    case DateParseError::UnrecognizedFormat:
        return JalaliDateTr::tr("Enter the date as year/month/day, for example 1405/09/01.");
    case DateParseError::YearNotFourDigits:
        return JalaliDateTr::tr("Enter the year with four digits, for example 1405.");
    case DateParseError::YearOutOfRange:
        return JalaliDateTr::tr("The year must be a Jalali (solar hijri) year between %1 and %2.")
            .arg(toLocalDigits(QString::number(minJalaliYear)),
                 toLocalDigits(QString::number(maxJalaliYear)));
    case DateParseError::MonthOutOfRange:
        return JalaliDateTr::tr("The month must be between 1 and 12.");
    case DateParseError::UnknownMonthName:
        return JalaliDateTr::tr(
            "The month name is not recognized. Write it like 1 Azar 1405, or as 1405/09/01.");
    case DateParseError::DayOutOfRange:
        return JalaliDateTr::tr("There is no such day in that month of that year.");
    case DateParseError::WeekdayMismatch:
        return JalaliDateTr::tr(
            "The weekday does not match the date. Check the date, or leave the weekday out.");
    }
    Q_UNREACHABLE();
}

Expected<QDate, DateParseError> parseJalaliDate(QStringView text)
{
    if (text.size() > maxParsedLength)
        return DateParseError::UnrecognizedFormat;
    const QString normalized = normalizedForParsing(text);
    if (normalized.isEmpty())
        return DateParseError::Empty;
    const std::optional<QList<Token>> tokens = tokenize(normalized);
    if (!tokens)
        return DateParseError::UnrecognizedFormat;

    // A leading weekday may be written as more than one word ("سه شنبه").
    qsizetype first = 0;
    QString weekday;
    while (first < tokens->size() && tokens->at(first).kind == Token::Word)
        weekday += tokens->at(first++).text;
    int expectedDayOfWeek = 0;
    if (!weekday.isEmpty()) {
        expectedDayOfWeek = lookUp(weekdayNames(), weekday);
        if (expectedDayOfWeek == 0)
            return DateParseError::UnrecognizedFormat;
    }

    QStringView year;
    QStringView day;
    int month = 0;
    const auto at = [&](qsizetype offset) { return tokens->at(first + offset).text; };
    if (matches(
            *tokens, first,
            {Token::Number, Token::Separator, Token::Number, Token::Separator, Token::Number}) &&
        at(1) == at(3)) {
        // Day-first order ("01/09/1405") is not how Jalali dates are written; refuse it
        // rather than guess.
        if (at(0).size() <= 2 && at(4).size() == 4)
            return DateParseError::UnrecognizedFormat;
        year = at(0);
        month = smallNumber(at(2));
        day = at(4);
    } else if (matches(*tokens, first, {Token::Number, Token::Word, Token::Number})) {
        day = at(0);
        year = at(2);
        month = lookUp(monthNames(), at(1));
        if (month == 0)
            return DateParseError::UnknownMonthName;
    } else {
        return DateParseError::UnrecognizedFormat;
    }

    // Two-digit years are ambiguous (05: 1305 or 1405?), so only four digits are accepted.
    if (year.size() != 4)
        return DateParseError::YearNotFourDigits;
    const int yearNumber = smallNumber(year);
    if (yearNumber < minJalaliYear || yearNumber > maxJalaliYear)
        return DateParseError::YearOutOfRange;
    if (month < 1 || month > 12)
        return DateParseError::MonthOutOfRange;
    const QDate date = fromJalali(yearNumber, month, smallNumber(day));
    if (!date.isValid())
        return DateParseError::DayOutOfRange;
    if (expectedDayOfWeek != 0 && date.dayOfWeek() != expectedDayOfWeek)
        return DateParseError::WeekdayMismatch;
    return date;
}

JalaliYearMonthDay jalaliYearMonthDay(QDate date)
{
    if (!date.isValid())
        return {};
    const QCalendar::YearMonthDay parts = jalaliCalendar().partsFromDate(date);
    return {parts.year, parts.month, parts.day};
}

QDate fromJalali(int year, int month, int day)
{
    if (year < minJalaliYear || year > maxJalaliYear)
        return {};
    return jalaliCalendar().dateFromParts(year, month, day);
}

bool isJalaliLeapYear(int year)
{
    return jalaliCalendar().isLeapYear(year);
}

int daysInJalaliMonth(int year, int month)
{
    if (month < 1 || month > 12)
        return 0;
    return jalaliCalendar().daysInMonth(month, year);
}

QString jalaliMonthName(int month, const QLocale &locale)
{
    if (month < 1 || month > 12)
        return {};
    return jalaliCalendar().monthName(locale, month);
}

QDate startOfJalaliMonth(QDate date)
{
    if (!date.isValid())
        return {};
    const QCalendar::YearMonthDay parts = jalaliCalendar().partsFromDate(date);
    return jalaliCalendar().dateFromParts(parts.year, parts.month, 1);
}

QDate startOfJalaliYear(QDate date)
{
    if (!date.isValid())
        return {};
    return jalaliCalendar().dateFromParts(jalaliCalendar().partsFromDate(date).year, 1, 1);
}

QString toLocalDigits(QString text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() != 1 || zero.front() == u'0')
        return text;
    const char16_t localZero = zero.front().unicode();
    for (QChar &c : text) {
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(localZero + (c.unicode() - u'0')));
    }
    return text;
}

QString fromLocalDigits(QString text)
{
    for (QChar &c : text) {
        const int digit = Detail::decimalDigitValue(c.unicode());
        if (digit >= 0)
            c = QChar(u'0' + digit);
    }
    return text;
}

} // namespace Shahrvand
