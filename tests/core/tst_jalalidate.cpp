#include "jalalidate.h"
#include "language.h"
#include "testenvironment.h"

#include <QSet>
#include <QTest>

using namespace Shahrvand;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Shahrvand::DateParseError)
Q_DECLARE_METATYPE(Shahrvand::DateStyle)

namespace {

const QLocale persian = localeFor(Language::Persian);
const QLocale english = localeFor(Language::English);

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

class TestJalaliDate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void knownConversions_data();
    void knownConversions();
    void leapYearsAndMonthLengths();
    void consecutiveDaysAreContinuous();
    void outOfRangeConstruction();

    void formatsInBothLanguages_data();
    void formatsInBothLanguages();
    void formatsInvalidDateAsEmpty();
    void formatsDateTimeInTehranTime_data();
    void formatsDateTimeInTehranTime();
    void formatsDateTimeInAnotherZone();
    void usesHistoricalTehranOffset();

    void parsesAcceptedForms_data();
    void parsesAcceptedForms();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void roundTripsEveryDay_data();
    void roundTripsEveryDay();
    void survivesHostileInput();
    void describesEveryErrorDistinctly();

    void monthNamesAndPeriodStarts();
    void convertsDigits();
};

void TestJalaliDate::initTestCase()
{
    Testing::isolateUserFolders();
}

void TestJalaliDate::knownConversions_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("gregorian");

    // Nowruz falls on the 20th or 21st of March depending on the equinox; these are the
    // published dates.
    QTest::newRow("Nowruz 1300") << 1300 << 1 << 1 << QDate(1921, 3, 21);
    QTest::newRow("Nowruz 1399") << 1399 << 1 << 1 << QDate(2020, 3, 20);
    QTest::newRow("Nowruz 1400") << 1400 << 1 << 1 << QDate(2021, 3, 21);
    QTest::newRow("Nowruz 1403") << 1403 << 1 << 1 << QDate(2024, 3, 20);
    QTest::newRow("Nowruz 1404") << 1404 << 1 << 1 << QDate(2025, 3, 21);
    QTest::newRow("Nowruz 1405") << 1405 << 1 << 1 << QDate(2026, 3, 21);
    QTest::newRow("Nowruz 1407") << 1407 << 1 << 1 << QDate(2028, 3, 20);
    QTest::newRow("Nowruz 1408") << 1408 << 1 << 1 << QDate(2029, 3, 20);
    QTest::newRow("Nowruz 1409") << 1409 << 1 << 1 << QDate(2030, 3, 21);
    QTest::newRow("22 Bahman 1357") << 1357 << 11 << 22 << QDate(1979, 2, 11);
    QTest::newRow("1 Azar 1405") << 1405 << 9 << 1 << QDate(2026, 11, 22);
    QTest::newRow("1 Mehr 1404") << 1404 << 7 << 1 << QDate(2025, 9, 23);
    QTest::newRow("12 Dey 1404") << 1404 << 10 << 12 << QDate(2026, 1, 2);
    QTest::newRow("31 Shahrivar 1404") << 1404 << 6 << 31 << QDate(2025, 9, 22);
    QTest::newRow("30 Esfand 1399 (leap)") << 1399 << 12 << 30 << QDate(2021, 3, 20);
    QTest::newRow("30 Esfand 1403 (leap)") << 1403 << 12 << 30 << QDate(2025, 3, 20);
    QTest::newRow("29 Esfand 1404 (common)") << 1404 << 12 << 29 << QDate(2026, 3, 20);
    QTest::newRow("29 Esfand 1405 (common)") << 1405 << 12 << 29 << QDate(2027, 3, 20);
    QTest::newRow("30 Esfand 1408 (leap)") << 1408 << 12 << 30 << QDate(2030, 3, 20);
}

void TestJalaliDate::knownConversions()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, gregorian);

    QCOMPARE(fromJalali(year, month, day), gregorian);
    const JalaliYearMonthDay parts = jalaliYearMonthDay(gregorian);
    QCOMPARE(parts.year, year);
    QCOMPARE(parts.month, month);
    QCOMPARE(parts.day, day);
    QVERIFY(parts.isValid());
}

void TestJalaliDate::leapYearsAndMonthLengths()
{
    for (const int year : {1395, 1399, 1403, 1408, 1412})
        QVERIFY2(isJalaliLeapYear(year), qPrintable(QString::number(year)));
    for (const int year : {1400, 1401, 1402, 1404, 1405, 1406, 1407})
        QVERIFY2(!isJalaliLeapYear(year), qPrintable(QString::number(year)));

    for (int month = 1; month <= 6; ++month)
        QCOMPARE(daysInJalaliMonth(1404, month), 31);
    for (int month = 7; month <= 11; ++month)
        QCOMPARE(daysInJalaliMonth(1404, month), 30);
    QCOMPARE(daysInJalaliMonth(1403, 12), 30);
    QCOMPARE(daysInJalaliMonth(1404, 12), 29);
    QCOMPARE(daysInJalaliMonth(1404, 0), 0);
    QCOMPARE(daysInJalaliMonth(1404, 13), 0);
}

// Walks every day of the supported range: the next day's parts must follow from this day's
// parts and the month lengths, so conversions, month lengths and leap years all agree.
void TestJalaliDate::consecutiveDaysAreContinuous()
{
    QDate date = fromJalali(minJalaliYear, 1, 1);
    const QDate last = fromJalali(maxJalaliYear, 12, daysInJalaliMonth(maxJalaliYear, 12));
    QVERIFY(date.isValid());
    QVERIFY(last.isValid());
    JalaliYearMonthDay parts = jalaliYearMonthDay(date);
    QCOMPARE(parts, (JalaliYearMonthDay{minJalaliYear, 1, 1}));
    int leapYears = 0;
    while (date < last) {
        date = date.addDays(1);
        JalaliYearMonthDay expected = parts;
        if (++expected.day > daysInJalaliMonth(expected.year, expected.month)) {
            expected.day = 1;
            if (++expected.month > 12) {
                expected.month = 1;
                leapYears += isJalaliLeapYear(expected.year) ? 1 : 0;
                ++expected.year;
            }
        }
        parts = jalaliYearMonthDay(date);
        if (parts != expected)
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
    }
    // About 8 leap years in every 33.
    QVERIFY(leapYears > 95 && leapYears < 100);
}

void TestJalaliDate::outOfRangeConstruction()
{
    QVERIFY(!fromJalali(1404, 12, 30).isValid());
    QVERIFY(fromJalali(1403, 12, 30).isValid());
    QVERIFY(!fromJalali(1404, 13, 1).isValid());
    QVERIFY(!fromJalali(1404, 0, 1).isValid());
    QVERIFY(!fromJalali(1404, 1, 0).isValid());
    QVERIFY(!fromJalali(1404, 7, 31).isValid());
    QVERIFY(!fromJalali(minJalaliYear - 1, 1, 1).isValid());
    QVERIFY(!fromJalali(maxJalaliYear + 1, 1, 1).isValid());
    QVERIFY(!jalaliYearMonthDay(QDate()).isValid());
    QCOMPARE(jalaliYearMonthDay(QDate()), JalaliYearMonthDay{});
}

void TestJalaliDate::formatsInBothLanguages_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DateStyle>("style");
    QTest::addColumn<QString>("inPersian");
    QTest::addColumn<QString>("inEnglish");

    const QDate azar1 = QDate(2026, 11, 22);
    QTest::newRow("numeric") << azar1 << DateStyle::Numeric << u"۱۴۰۵/۰۹/۰۱"_s << u"1405/09/01"_s;
    QTest::newRow("long") << azar1 << DateStyle::Long << u"۱ آذر ۱۴۰۵"_s << u"1 Azar 1405"_s;
    QTest::newRow("weekday") << azar1 << DateStyle::LongWithWeekday << u"یکشنبه ۱ آذر ۱۴۰۵"_s
                             << u"Sunday 1 Azar 1405"_s;
    QTest::newRow("Nowruz") << QDate(2025, 3, 21) << DateStyle::LongWithWeekday
                            << u"جمعه ۱ فروردین ۱۴۰۴"_s << u"Friday 1 Farvardin 1404"_s;
    QTest::newRow("leap day") << QDate(2025, 3, 20) << DateStyle::Long << u"۳۰ اسفند ۱۴۰۳"_s
                              << u"30 Esfand 1403"_s;
    QTest::newRow("two-digit month")
        << QDate(2026, 1, 2) << DateStyle::Numeric << u"۱۴۰۴/۱۰/۱۲"_s << u"1404/10/12"_s;
}

void TestJalaliDate::formatsInBothLanguages()
{
    QFETCH(QDate, date);
    QFETCH(DateStyle, style);
    QFETCH(QString, inPersian);
    QFETCH(QString, inEnglish);

    QCOMPARE(formatJalaliDate(date, style, persian), inPersian);
    QCOMPARE(formatJalaliDate(date, style, english), inEnglish);
}

void TestJalaliDate::formatsInvalidDateAsEmpty()
{
    QVERIFY(formatJalaliDate(QDate(), DateStyle::Long, persian).isEmpty());
    QVERIFY(formatJalaliDateTime(QDateTime(), DateStyle::Numeric, english).isEmpty());
}

void TestJalaliDate::formatsDateTimeInTehranTime_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<DateStyle>("style");
    QTest::addColumn<QString>("inPersian");
    QTest::addColumn<QString>("inEnglish");

    // 20:30 UTC is midnight in Tehran (+03:30): the Jalali date changes half a minute later
    // than a naive UTC conversion would say.
    QTest::newRow("a minute before midnight") << utc(2026, 1, 1, 20, 29) << DateStyle::Numeric
                                              << u"۱۴۰۴/۱۰/۱۱ ۲۳:۵۹"_s << u"1404/10/11 23:59"_s;
    QTest::newRow("midnight") << utc(2026, 1, 1, 20, 30) << DateStyle::Numeric
                              << u"۱۴۰۴/۱۰/۱۲ ۰۰:۰۰"_s << u"1404/10/12 00:00"_s;
    QTest::newRow("UTC midnight") << utc(2026, 1, 2, 0, 0) << DateStyle::Long
                                  << u"۱۲ دی ۱۴۰۴، ۰۳:۳۰"_s << u"12 Dey 1404, 03:30"_s;
    QTest::newRow("into 1 Azar") << utc(2026, 11, 21, 20, 30) << DateStyle::LongWithWeekday
                                 << u"یکشنبه ۱ آذر ۱۴۰۵، ۰۰:۰۰"_s << u"Sunday 1 Azar 1405, 00:00"_s;
    // Summer: Iran no longer moves its clocks, so this is +03:30 as well.
    QTest::newRow("summer, no daylight saving") << utc(2026, 6, 1, 20, 30) << DateStyle::Numeric
                                                << u"۱۴۰۵/۰۳/۱۲ ۰۰:۰۰"_s << u"1405/03/12 00:00"_s;
    QTest::newRow("afternoon, 24-hour clock") << utc(2026, 11, 22, 10, 5) << DateStyle::Numeric
                                              << u"۱۴۰۵/۰۹/۰۱ ۱۳:۳۵"_s << u"1405/09/01 13:35"_s;
    QTest::newRow("given in another zone")
        << QDateTime(QDate(2026, 1, 2), QTime(1, 30), QTimeZone(3600)) << DateStyle::Numeric
        << u"۱۴۰۴/۱۰/۱۲ ۰۴:۰۰"_s << u"1404/10/12 04:00"_s;
}

void TestJalaliDate::formatsDateTimeInTehranTime()
{
    QFETCH(QDateTime, when);
    QFETCH(DateStyle, style);
    QFETCH(QString, inPersian);
    QFETCH(QString, inEnglish);

    QCOMPARE(formatJalaliDateTime(when, style, persian), inPersian);
    QCOMPARE(formatJalaliDateTime(when, style, english), inEnglish);
}

void TestJalaliDate::formatsDateTimeInAnotherZone()
{
    QCOMPARE(formatJalaliDateTime(utc(2026, 1, 1, 20, 30), DateStyle::Numeric, english,
                                  QTimeZone::utc()),
             u"1404/10/11 20:30"_s);
}

void TestJalaliDate::usesHistoricalTehranOffset()
{
    if (!QTimeZone(QByteArrayLiteral("Asia/Tehran")).isValid())
        QSKIP("This system's time-zone database has no Asia/Tehran");
    QCOMPARE(iranTimeZone().id(), QByteArrayLiteral("Asia/Tehran"));
    // Until 2022 Iran kept daylight-saving time (+04:30) in summer.
    QCOMPARE(formatJalaliDateTime(utc(2021, 6, 1, 20, 30), DateStyle::Numeric, english),
             u"1400/03/12 01:00"_s);
}

void TestJalaliDate::parsesAcceptedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    const QDate azar1(2026, 11, 22);
    QTest::newRow("ASCII, zero-padded") << u"1405/09/01"_s << azar1;
    QTest::newRow("ASCII, unpadded") << u"1405/9/1"_s << azar1;
    QTest::newRow("Persian digits") << u"۱۴۰۵/۰۹/۰۱"_s << azar1;
    QTest::newRow("Arabic-Indic digits") << u"١٤٠٥/٠٩/٠١"_s << azar1;
    QTest::newRow("mixed digits") << u"۱۴05/٠9/01"_s << azar1;
    QTest::newRow("dashes") << u"1405-09-01"_s << azar1;
    QTest::newRow("dots") << u"1405.9.1"_s << azar1;
    QTest::newRow("spaces around separators") << u"1405 / 09 / 01"_s << azar1;
    QTest::newRow("surrounding whitespace") << u" \t1405/09/01\n "_s << azar1;
    QTest::newRow("bidi marks") << u"\u200F\u202B۱۴۰۵/۰۹/۰۱\u202C\u200E"_s << azar1;
    QTest::newRow("ALM and isolates") << u"\u2067\u061C1405/09/01\u2069"_s << azar1;
    QTest::newRow("Persian long") << u"۱ آذر ۱۴۰۵"_s << azar1;
    QTest::newRow("Persian long, ASCII digits") << u"1 آذر 1405"_s << azar1;
    QTest::newRow("Persian long without madda") << u"۱ اذر ۱۴۰۵"_s << azar1;
    QTest::newRow("English long") << u"1 Azar 1405"_s << azar1;
    QTest::newRow("English, any case") << u"01 aZAR 1405"_s << azar1;
    QTest::newRow("English, comma") << u"1 Azar, 1405"_s << azar1;
    QTest::newRow("Persian with weekday") << u"یکشنبه ۱ آذر ۱۴۰۵"_s << azar1;
    QTest::newRow("Persian weekday with Arabic kaf and yeh")
        << u"\u064A\u0643شنبه ۱ آذر ۱۴۰۵"_s << azar1;
    QTest::newRow("English with weekday") << u"Sunday, 1 Azar 1405"_s << azar1;
    QTest::newRow("short weekday") << u"sun 1 azar 1405"_s << azar1;
    QTest::newRow("weekday before numeric") << u"یکشنبه ۱۴۰۵/۰۹/۰۱"_s << azar1;
    QTest::newRow("two-word weekday") << u"سه شنبه ۳ آذر ۱۴۰۵"_s << QDate(2026, 11, 24);
    QTest::newRow("weekday with ZWNJ")
        << u"سه‌شنبه ۳ آذر ۱۴۰۵"_s << QDate(2026, 11, 24);
    QTest::newRow("Arabic yeh in Dey") << u"۱ د\u064A ۱۴۰۴"_s << QDate(2025, 12, 22);
    QTest::newRow("Persian Farvardin with Arabic yeh")
        << u"1 فرورد\u064Aن 1404"_s << QDate(2025, 3, 21);
    QTest::newRow("Amordad") << u"1 Amordad 1404"_s << QDate(2025, 7, 23);
    QTest::newRow("Mordad") << u"1 Mordad 1404"_s << QDate(2025, 7, 23);
    QTest::newRow("Persian Amordad") << u"۱ امرداد ۱۴۰۴"_s << QDate(2025, 7, 23);
    QTest::newRow("Ordibehesht") << u"1 Ordibehesht 1404"_s << QDate(2025, 4, 21);
    QTest::newRow("Ardibehesht") << u"1 Ardibehesht 1404"_s << QDate(2025, 4, 21);
    QTest::newRow("Khordad") << u"1 Khordad 1404"_s << QDate(2025, 5, 22);
    QTest::newRow("Tir") << u"1 Tir 1404"_s << QDate(2025, 6, 22);
    QTest::newRow("Shahrivar") << u"1 Shahrivar 1404"_s << QDate(2025, 8, 23);
    QTest::newRow("Mehr") << u"1 Mehr 1404"_s << QDate(2025, 9, 23);
    QTest::newRow("Aban") << u"1 Aban 1404"_s << QDate(2025, 10, 23);
    QTest::newRow("Dei") << u"1 Dei 1404"_s << QDate(2025, 12, 22);
    QTest::newRow("Bahman") << u"1 Bahman 1404"_s << QDate(2026, 1, 21);
    QTest::newRow("Isfand") << u"1 Isfand 1404"_s << QDate(2026, 2, 20);
    QTest::newRow("leap day") << u"1403/12/30"_s << QDate(2025, 3, 20);
    QTest::newRow("first supported day") << u"1200/01/01"_s << fromJalali(1200, 1, 1);
    QTest::newRow("last supported year") << u"1600/12/29"_s << fromJalali(1600, 12, 29);
}

void TestJalaliDate::parsesAcceptedForms()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);

    QVERIFY(expected.isValid());
    const Expected<QDate, DateParseError> parsed = parseJalaliDate(text);
    // QVERIFY2 builds its message even when the check passes.
    QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : describe(parsed.error())));
    QCOMPARE(parsed.value(), expected);
}

void TestJalaliDate::rejectsInvalidInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateParseError>("error");

    QTest::newRow("empty") << QString() << DateParseError::Empty;
    QTest::newRow("spaces") << u"   "_s << DateParseError::Empty;
    QTest::newRow("only bidi marks") << u"\u200F\u200E\u200C"_s << DateParseError::Empty;
    QTest::newRow("word") << u"tomorrow"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("two parts") << u"1405/09"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("four parts") << u"1405/09/01/02"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("mixed separators") << u"1405/09-01"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("compact") << u"14050901"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("day first") << u"01/09/1405"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("other symbol") << u"1405/09/01!"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("unknown weekday")
        << u"Funday 1 Azar 1405"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("time appended") << u"1405/09/01 10:00"_s << DateParseError::UnrecognizedFormat;
    QTest::newRow("two-digit year") << u"05/09/01"_s << DateParseError::YearNotFourDigits;
    QTest::newRow("two-digit year, textual") << u"1 Azar 05"_s << DateParseError::YearNotFourDigits;
    QTest::newRow("three-digit year") << u"405/09/01"_s << DateParseError::YearNotFourDigits;
    QTest::newRow("five-digit year") << u"14050/09/01"_s << DateParseError::YearNotFourDigits;
    QTest::newRow("Gregorian year") << u"2026/11/22"_s << DateParseError::YearOutOfRange;
    QTest::newRow("too early") << u"1199/12/29"_s << DateParseError::YearOutOfRange;
    QTest::newRow("too late") << u"1601/01/01"_s << DateParseError::YearOutOfRange;
    QTest::newRow("month 13") << u"1405/13/01"_s << DateParseError::MonthOutOfRange;
    QTest::newRow("month 0") << u"1405/0/01"_s << DateParseError::MonthOutOfRange;
    QTest::newRow("huge month") << u"1405/99999999999999999999/01"_s
                                << DateParseError::MonthOutOfRange;
    QTest::newRow("unknown month") << u"1 Brumaire 1405"_s << DateParseError::UnknownMonthName;
    QTest::newRow("Gregorian month") << u"22 November 1405"_s << DateParseError::UnknownMonthName;
    QTest::newRow("day 0") << u"1405/09/00"_s << DateParseError::DayOutOfRange;
    QTest::newRow("31 Azar") << u"1405/09/31"_s << DateParseError::DayOutOfRange;
    QTest::newRow("32 Farvardin") << u"32 Farvardin 1405"_s << DateParseError::DayOutOfRange;
    QTest::newRow("30 Esfand, common year") << u"1404/12/30"_s << DateParseError::DayOutOfRange;
    QTest::newRow("huge day") << u"1405/09/000000000000000000000000031"_s
                              << DateParseError::DayOutOfRange;
    QTest::newRow("wrong weekday") << u"Monday 1 Azar 1405"_s << DateParseError::WeekdayMismatch;
    QTest::newRow("wrong Persian weekday")
        << u"شنبه ۱۴۰۵/۰۹/۰۱"_s << DateParseError::WeekdayMismatch;
}

void TestJalaliDate::rejectsInvalidInput()
{
    QFETCH(QString, text);
    QFETCH(DateParseError, error);

    const Expected<QDate, DateParseError> parsed = parseJalaliDate(text);
    QVERIFY2(!parsed.hasValue(), qPrintable(parsed.valueOr(QDate()).toString(Qt::ISODate)));
    QCOMPARE(parsed.error(), error);
}

void TestJalaliDate::roundTripsEveryDay_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<DateStyle>("style");

    for (const auto &[name, locale] :
         {std::pair{"Persian", persian}, std::pair{"English", english}}) {
        QTest::addRow("%s numeric", name) << locale << DateStyle::Numeric;
        QTest::addRow("%s long", name) << locale << DateStyle::Long;
        QTest::addRow("%s with weekday", name) << locale << DateStyle::LongWithWeekday;
    }
}

void TestJalaliDate::roundTripsEveryDay()
{
    QFETCH(QLocale, locale);
    QFETCH(DateStyle, style);

    const QDate first = fromJalali(1399, 1, 1);
    for (int offset = 0; offset < 3000; ++offset) {
        const QDate date = first.addDays(offset);
        const QString text = formatJalaliDate(date, style, locale);
        const Expected<QDate, DateParseError> parsed = parseJalaliDate(text);
        if (!parsed.hasValue() || parsed.value() != date)
            QFAIL(qPrintable(text));
    }
}

void TestJalaliDate::survivesHostileInput()
{
    const QString mixed = Testing::largeMixedText(10 * 1024 * 1024);
    QVERIFY(!parseJalaliDate(mixed).hasValue());
    QCOMPARE(parseJalaliDate(mixed).error(), DateParseError::UnrecognizedFormat);

    const QString manyDigits(5 * 1024 * 1024, u'۱');
    QCOMPARE(parseJalaliDate(manyDigits).error(), DateParseError::UnrecognizedFormat);

    QCOMPARE(parseJalaliDate(QStringView()).error(), DateParseError::Empty);
    QCOMPARE(parseJalaliDate(u"\0"_s).error(), DateParseError::UnrecognizedFormat);
    QCOMPARE(parseJalaliDate(u"1405/09/01\0"_s).error(), DateParseError::UnrecognizedFormat);
    // A lone surrogate is not a letter; it must not be taken for part of a month name.
    QCOMPARE(parseJalaliDate(u"1 Azar\xD800 1405"_s).error(), DateParseError::UnrecognizedFormat);
    QCOMPARE(parseJalaliDate(u"1405/09/01/"_s).error(), DateParseError::UnrecognizedFormat);
    QCOMPARE(parseJalaliDate(u"//"_s).error(), DateParseError::UnrecognizedFormat);
    QCOMPARE(parseJalaliDate(u"Sunday"_s).error(), DateParseError::UnrecognizedFormat);
}

void TestJalaliDate::describesEveryErrorDistinctly()
{
    QSet<QString> seen;
    for (const DateParseError error :
         {DateParseError::Empty, DateParseError::UnrecognizedFormat,
          DateParseError::YearNotFourDigits, DateParseError::YearOutOfRange,
          DateParseError::MonthOutOfRange, DateParseError::UnknownMonthName,
          DateParseError::DayOutOfRange, DateParseError::WeekdayMismatch}) {
        const QString text = describe(error);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
    // The range is shown in the interface language's digits.
    const QString range = fromLocalDigits(describe(DateParseError::YearOutOfRange));
    QVERIFY2(range.contains(u"1200"_s) && range.contains(u"1600"_s), qPrintable(range));
}

void TestJalaliDate::monthNamesAndPeriodStarts()
{
    QCOMPARE(jalaliMonthName(1, english), u"Farvardin"_s);
    QCOMPARE(jalaliMonthName(12, english), u"Esfand"_s);
    QCOMPARE(jalaliMonthName(9, persian), u"آذر"_s);
    QCOMPARE(jalaliMonthName(10, persian), u"دی"_s);
    QVERIFY(jalaliMonthName(0, english).isEmpty());
    QVERIFY(jalaliMonthName(13, persian).isEmpty());

    const QDate azar15 = fromJalali(1405, 9, 15);
    QCOMPARE(startOfJalaliMonth(azar15), QDate(2026, 11, 22));
    QCOMPARE(startOfJalaliYear(azar15), QDate(2026, 3, 21));
    QCOMPARE(startOfJalaliYear(QDate(2026, 3, 20)), QDate(2025, 3, 21));
    QCOMPARE(startOfJalaliMonth(QDate(2026, 3, 21)), QDate(2026, 3, 21));
    QVERIFY(!startOfJalaliMonth(QDate()).isValid());
    QVERIFY(!startOfJalaliYear(QDate()).isValid());
}

void TestJalaliDate::convertsDigits()
{
    QCOMPARE(toLocalDigits(u"Case 1405-0987"_s, persian), u"Case ۱۴۰۵-۰۹۸۷"_s);
    QCOMPARE(toLocalDigits(u"1405"_s, english), u"1405"_s);
    QCOMPARE(toLocalDigits(u"0123456789"_s, QLocale(QLocale::Arabic, QLocale::Egypt)),
             u"٠١٢٣٤٥٦٧٨٩"_s);
    QCOMPARE(fromLocalDigits(u"۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ 42 ب"_s), u"0123456789 0123456789 42 ب"_s);
    QCOMPARE(fromLocalDigits(toLocalDigits(u"09121234567"_s, persian)), u"09121234567"_s);
}

QTEST_GUILESS_MAIN(TestJalaliDate)
#include "tst_jalalidate.moc"
