// The business calendar: working hours from JSON, holidays from a Jalali file, Iran's fixed
// +03:30, and business-minute arithmetic across days off.
#include "businesscalendar.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::CaseWork;

Q_DECLARE_METATYPE(Shahrvand::CaseWork::CalendarErrorCode)

namespace {

const QTimeZone tehran(iranUtcOffsetSeconds);

// An instant given as Iran's wall-clock time, returned in UTC as the database keeps it.
QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), tehran).toUTC();
}

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QList<QDate> nowruz1405()
{
    return {QDate(2026, 3, 21), QDate(2026, 3, 22), QDate(2026, 3, 23), QDate(2026, 3, 24)};
}

QString readResource(const QString &name)
{
    QFile file(QStringLiteral(SHAHRVAND_RESOURCES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

// Business milliseconds by brute force, one minute at a time: the reference the fast
// arithmetic is compared with. Instants on whole minutes only.
qint64 slowBusinessMsecs(const BusinessCalendar &calendar, QDateTime from, const QDateTime &to)
{
    qint64 total = 0;
    while (from < to) {
        if (calendar.isWorkingTime(from))
            total += 60000;
        from = from.addSecs(60);
    }
    return total;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::isolateUserFolders(); }

    void readsWorkingHours();
    void refusesMalformedWorkingHours_data();
    void refusesMalformedWorkingHours();
    void timeZoneIsAFixedOffset_data();
    void timeZoneIsAFixedOffset();
    void iranHasNoDaylightSaving();
    void workingTimeInLocalHours();
    void addsAcrossTheWeekend();
    void addsAcrossTheThursdayHalfDay();
    void addsAcrossNowruz();
    void addsFromOutsideWorkingHours();
    void lunchBreaks();
    void betweenIsSignedAndMatchesBruteForce();
    void addAndBetweenAgreeOnRandomInstants();
    void longTargetsSkipWholeWeeks();
    void calendarWithoutWorkingTime();
    void holidays();
    void importsHolidayFile();
    void refusesBadHolidayLine();
    void readsTheDemoHolidays1405();
};

void TestBusinessCalendar::readsWorkingHours()
{
    const auto calendar = BusinessCalendar::fromWorkingHours(
        json(R"({"sat":[["08:00","16:00"]],"thu":[["08:00","13:00"]],"fri":[],)"
             R"("sun":[["07:30","12:00"],["13:00","24:00"]]})"));
    QVERIFY(calendar);
    QCOMPARE(calendar->periods(Qt::Saturday), (QList<WorkingPeriod>{{480, 960}}));
    QCOMPARE(calendar->periods(Qt::Thursday), (QList<WorkingPeriod>{{480, 780}}));
    QCOMPARE(calendar->periods(Qt::Sunday), (QList<WorkingPeriod>{{450, 720}, {780, 1440}}));
    QVERIFY(calendar->periods(Qt::Friday).isEmpty());
    QVERIFY(calendar->periods(Qt::Monday).isEmpty()); // missing: a day off
    QCOMPARE(calendar->weeklyWorkingMinutes(), 480 + 300 + 270 + 660);
    QCOMPARE(calendar->utcOffsetSeconds(), 12600);

    // The JSON written back reads the same.
    const auto again = BusinessCalendar::fromWorkingHours(calendar->workingHoursJson());
    QVERIFY(again);
    QCOMPARE(again->workingHoursJson(), calendar->workingHoursJson());
    QCOMPARE(
        calendar->workingHoursJson().value(QStringLiteral("sun")).toArray().at(1).toArray().at(1),
        QJsonValue(QStringLiteral("24:00")));

    const BusinessCalendar office = BusinessCalendar::iranianOfficeHours();
    QCOMPARE(office.weeklyWorkingMinutes(), 5 * 480 + 300);
}

void TestBusinessCalendar::refusesMalformedWorkingHours_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<CalendarErrorCode>("code");
    QTest::newRow("unknown day") << QByteArray(R"({"saturday":[["08:00","16:00"]]})")
                                 << CalendarErrorCode::UnknownDay;
    QTest::newRow("not a list") << QByteArray(R"({"sat":"08:00-16:00"})")
                                << CalendarErrorCode::NotAListOfPeriods;
    QTest::newRow("three times") << QByteArray(R"({"sat":[["08:00","12:00","16:00"]]})")
                                 << CalendarErrorCode::NotAListOfPeriods;
    QTest::newRow("bad time") << QByteArray(R"({"sat":[["8:00","16:00"]]})")
                              << CalendarErrorCode::BadTime;
    QTest::newRow("past midnight")
        << QByteArray(R"({"sat":[["08:00","24:30"]]})") << CalendarErrorCode::BadTime;
    QTest::newRow("minute 60") << QByteArray(R"({"sat":[["08:60","16:00"]]})")
                               << CalendarErrorCode::BadTime;
    QTest::newRow("empty period") << QByteArray(R"({"sat":[["16:00","08:00"]]})")
                                  << CalendarErrorCode::EmptyPeriod;
    QTest::newRow("overlap") << QByteArray(R"({"sat":[["08:00","12:00"],["11:00","16:00"]]})")
                             << CalendarErrorCode::OverlappingPeriods;
    QTest::newRow("nothing") << QByteArray(R"({"sat":[],"fri":[]})")
                             << CalendarErrorCode::NoWorkingTime;
}

void TestBusinessCalendar::refusesMalformedWorkingHours()
{
    QFETCH(QByteArray, text);
    QFETCH(CalendarErrorCode, code);
    const auto calendar =
        BusinessCalendar::fromWorkingHours(QJsonDocument::fromJson(text).object());
    QVERIFY(!calendar);
    QCOMPARE(calendar.error().code, code);
    QVERIFY(!describe(calendar.error()).isEmpty());
}

void TestBusinessCalendar::timeZoneIsAFixedOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset"); // -1: refused
    QTest::newRow("empty") << QString() << 12600;
    QTest::newRow("Asia/Tehran") << QStringLiteral("Asia/Tehran") << 12600;
    QTest::newRow("Iran") << QStringLiteral("Iran") << 12600;
    QTest::newRow("+03:30") << QStringLiteral("+03:30") << 12600;
    QTest::newRow("UTC+04:00") << QStringLiteral("UTC+04:00") << 14400;
    QTest::newRow("-05:00") << QStringLiteral("-05:00") << -18000;
    QTest::newRow("UTC") << QStringLiteral("UTC") << 0;
    QTest::newRow("Europe/Berlin") << QStringLiteral("Europe/Berlin") << -1;
    QTest::newRow("+3:30") << QStringLiteral("+3:30") << -1;
    QTest::newRow("+25:00") << QStringLiteral("+25:00") << -1;
}

void TestBusinessCalendar::timeZoneIsAFixedOffset()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    const auto parsed = utcOffsetFromTimeZone(text);
    if (offset == -1) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, CalendarErrorCode::UnsupportedTimeZone);
        QVERIFY(describe(parsed.error()).contains(text));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, offset);
    }
}

void TestBusinessCalendar::iranHasNoDaylightSaving()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    QCOMPARE(calendar.timeZone().offsetFromUtc(utc(2026, 6, 21, 12)), 12600);
    // 08:00 in Tehran is 04:30 UTC in winter and in summer alike (before 2022 it was 03:30
    // UTC in summer).
    for (const QDate day : {QDate(2026, 1, 17), QDate(2026, 6, 20), QDate(2026, 9, 19)}) {
        const QDateTime opening(day, QTime(4, 30), QTimeZone::utc());
        QVERIFY2(calendar.isWorkingTime(opening), qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(!calendar.isWorkingTime(opening.addSecs(-1)));
        QCOMPARE(calendar.toLocal(opening).time(), QTime(8, 0));
        QCOMPARE(calendar.fromLocal(day, QTime(8, 0)), opening);
    }
    // Another offset is another calendar.
    const auto gulf = BusinessCalendar::fromWorkingHours(calendar.workingHoursJson(), 4 * 3600);
    QVERIFY(gulf);
    QVERIFY(!gulf->isWorkingTime(utc(2026, 1, 17, 3, 45)));
    QVERIFY(gulf->isWorkingTime(utc(2026, 1, 17, 4, 0)));
}

void TestBusinessCalendar::workingTimeInLocalHours()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    // 2026-01-15 is a Thursday, 2026-01-16 a Friday, 2026-01-17 a Saturday.
    QVERIFY(calendar.isWorkingTime(local(2026, 1, 15, 12, 59)));
    QVERIFY(!calendar.isWorkingTime(local(2026, 1, 15, 13, 0)));
    QVERIFY(!calendar.isWorkingTime(local(2026, 1, 16, 10, 0)));
    QVERIFY(calendar.isWorkingTime(local(2026, 1, 17, 15, 59)));
    QVERIFY(!calendar.isWorkingTime(local(2026, 1, 17, 16, 0)));
    QVERIFY(!calendar.isWorkingTime(local(2026, 1, 17, 7, 59)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 1, 15)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 1, 16)));
}

void TestBusinessCalendar::addsAcrossTheWeekend()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    // Wednesday 15:00 + 2 h: one hour on Wednesday, one on Thursday.
    QCOMPARE(calendar.addBusinessMinutes(local(2026, 1, 14, 15), 120), local(2026, 1, 15, 9));
    // Exactly to the end of a day stays on that day.
    QCOMPARE(calendar.addBusinessMinutes(local(2026, 1, 14, 15), 60), local(2026, 1, 14, 16));
    // Seconds and milliseconds are kept.
    const QDateTime odd = local(2026, 1, 14, 15).addMSecs(1234);
    QCOMPARE(calendar.addBusinessMinutes(odd, 1), odd.addSecs(60));
}

void TestBusinessCalendar::addsAcrossTheThursdayHalfDay()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    // Thursday 12:00 + 2 h: one hour before 13:00, Friday off, one hour on Saturday.
    QCOMPARE(calendar.addBusinessMinutes(local(2026, 1, 15, 12), 120), local(2026, 1, 17, 9));
    QCOMPARE(calendar.businessMinutesBetween(local(2026, 1, 15, 12), local(2026, 1, 17, 9)), 120);
    // A whole week is 5 full days and a half day.
    QCOMPARE(calendar.businessMinutesBetween(local(2026, 1, 17, 0), local(2026, 1, 24, 0)),
             5 * 480 + 300);
}

void TestBusinessCalendar::addsAcrossNowruz()
{
    BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    calendar.setHolidays(nowruz1405());
    // Wednesday 1404/12/27 15:00 + 8 h: 1 h Wednesday, 5 h Thursday, then Friday and
    // Nowruz (Saturday 1405/01/01 to Tuesday 01/04) are off: 2 h on Wednesday 01/05.
    const QDateTime from = local(2026, 3, 18, 15);
    QCOMPARE(from, utc(2026, 3, 18, 11, 30));
    QCOMPARE(calendar.addBusinessMinutes(from, 480), local(2026, 3, 25, 10));
    QCOMPARE(calendar.addBusinessMinutes(from, 480), utc(2026, 3, 25, 6, 30));
    QCOMPARE(calendar.businessMinutesBetween(from, local(2026, 3, 25, 10)), 480);
    QVERIFY(!calendar.isWorkingTime(local(2026, 3, 22, 10)));
    // Without the holidays it would have been Saturday.
    QCOMPARE(BusinessCalendar::iranianOfficeHours().addBusinessMinutes(from, 480),
             local(2026, 3, 21, 10));
}

void TestBusinessCalendar::addsFromOutsideWorkingHours()
{
    const BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    // Friday morning: the clock starts on Saturday at 08:00.
    QCOMPARE(calendar.addBusinessMinutes(local(2026, 1, 16, 10), 30), local(2026, 1, 17, 8, 30));
    // Late evening (UTC already the next day is irrelevant: local time decides).
    QCOMPARE(calendar.addBusinessMinutes(local(2026, 1, 17, 23, 50), 10),
             local(2026, 1, 18, 8, 10));
    QCOMPARE(calendar.addBusinessMinutes(local(2026, 1, 16, 10), 0), local(2026, 1, 16, 10));
    QCOMPARE(calendar.addBusinessMinutes(local(2026, 1, 16, 10), -5), local(2026, 1, 16, 10));
    QVERIFY(!calendar.addBusinessMinutes(QDateTime(), 5).isValid());
}

void TestBusinessCalendar::lunchBreaks()
{
    const auto calendar = BusinessCalendar::fromWorkingHours(
        json(R"({"sat":[["08:00","12:00"],["13:00","16:00"]]})"));
    QVERIFY(calendar);
    // 2026-01-17 is a Saturday.
    QCOMPARE(calendar->addBusinessMinutes(local(2026, 1, 17, 11, 30), 60),
             local(2026, 1, 17, 13, 30));
    QVERIFY(!calendar->isWorkingTime(local(2026, 1, 17, 12, 30)));
    // Next Saturday, a week later.
    QCOMPARE(calendar->addBusinessMinutes(local(2026, 1, 17, 15), 120), local(2026, 1, 24, 9));
}

void TestBusinessCalendar::betweenIsSignedAndMatchesBruteForce()
{
    BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    calendar.setHolidays(nowruz1405());
    const QDateTime a = local(2026, 3, 12, 9, 17);
    const QDateTime b = local(2026, 4, 2, 14, 3);
    const qint64 forward = calendar.businessMsecsBetween(a, b);
    QCOMPARE(forward, slowBusinessMsecs(calendar, a, b));
    QCOMPARE(calendar.businessMsecsBetween(b, a), -forward);
    QCOMPARE(calendar.businessMsecsBetween(a, a), 0);
    QCOMPARE(calendar.businessMinutesBetween(a, a.addSecs(59)), 0);
}

void TestBusinessCalendar::addAndBetweenAgreeOnRandomInstants()
{
    BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    calendar.setHolidays(nowruz1405() + QList<QDate>{QDate(2026, 4, 1), QDate(2026, 4, 2)});
    QRandomGenerator random(1405);
    const QDateTime base = local(2026, 3, 1, 0);
    for (int i = 0; i < 3000; ++i) {
        const QDateTime from = base.addSecs(random.bounded(60 * 86400));
        const qint64 minutes = random.bounded(20000);
        const QDateTime due = calendar.addBusinessMinutes(from, minutes);
        QVERIFY(due.isValid());
        QCOMPARE(calendar.businessMinutesBetween(from, due), minutes);
        if (minutes > 0) {
            // The earliest such instant: one second earlier is not enough.
            QVERIFY(calendar.businessMsecsBetween(from, due.addSecs(-1)) < minutes * 60000);
        }
    }
    for (int i = 0; i < 40; ++i) {
        const QDateTime from = base.addSecs(60 * random.bounded(40 * 1440));
        const QDateTime to = from.addSecs(60 * random.bounded(20 * 1440));
        QCOMPARE(calendar.businessMsecsBetween(from, to), slowBusinessMsecs(calendar, from, to));
    }
}

void TestBusinessCalendar::longTargetsSkipWholeWeeks()
{
    BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    const qint64 week = calendar.weeklyWorkingMinutes();
    const QDateTime from = local(2026, 1, 17, 8); // Saturday opening
    // Exactly ten weeks of work: the tenth week's Thursday close.
    QCOMPARE(calendar.addBusinessMinutes(from, 10 * week), local(2026, 3, 26, 13));
    calendar.setHolidays(nowruz1405());
    // Nowruz in the way: the four days off are worked the next week, Saturday to Tuesday.
    QCOMPARE(calendar.addBusinessMinutes(from, 10 * week + 1), local(2026, 4, 1, 8, 1));
    QCOMPARE(calendar.businessMinutesBetween(from, local(2026, 4, 1, 8, 1)), 10 * week + 1);
}

void TestBusinessCalendar::calendarWithoutWorkingTime()
{
    const BusinessCalendar nothing;
    QVERIFY(!nothing.addBusinessMinutes(local(2026, 1, 17, 8), 1).isValid());
    QCOMPARE(nothing.businessMsecsBetween(local(2026, 1, 17, 8), local(2026, 2, 17, 8)), 0);
    QVERIFY(!nothing.isWorkingTime(local(2026, 1, 17, 9)));

    const BusinessCalendar always = BusinessCalendar::roundTheClock();
    QCOMPARE(always.addBusinessMinutes(local(2026, 1, 16, 23), 120), local(2026, 1, 17, 1));
    QCOMPARE(always.businessMinutesBetween(local(2026, 1, 1, 0), local(2026, 1, 8, 0)), 7 * 1440);
}

void TestBusinessCalendar::holidays()
{
    BusinessCalendar calendar = BusinessCalendar::iranianOfficeHours();
    calendar.addHoliday(QDate(2026, 3, 22));
    calendar.addHoliday(QDate(2026, 3, 21));
    calendar.addHoliday(QDate(2026, 3, 22));
    calendar.addHoliday(QDate());
    QCOMPARE(calendar.holidays(), (QList<QDate>{QDate(2026, 3, 21), QDate(2026, 3, 22)}));
    QVERIFY(calendar.isHoliday(QDate(2026, 3, 21)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 21)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 23)));
    calendar.setHolidays({});
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 21)));
}

void TestBusinessCalendar::importsHolidayFile()
{
    const QString text = QStringLiteral("\uFEFF# comment\n"
                                        "\n"
                                        "۱۴۰۵/۰۱/۰۱ نوروز\r\n"
                                        "١٤٠٥/٠١/٠٢\tنوروز\n"
                                        "1405/1/13 روز طبیعت\n"
                                        "   1405-03-14   رحلت امام خمینی  \n");
    const auto holidays = parseHolidayFile(text);
    QVERIFY(holidays);
    QCOMPARE(*holidays, (QList<Holiday>{{QDate(2026, 3, 21), QStringLiteral("نوروز")},
                                        {QDate(2026, 3, 22), QStringLiteral("نوروز")},
                                        {QDate(2026, 4, 2), QStringLiteral("روز طبیعت")},
                                        {QDate(2026, 6, 4), QStringLiteral("رحلت امام خمینی")}}));
    QVERIFY(parseHolidayFile(u"").value().isEmpty());
}

void TestBusinessCalendar::refusesBadHolidayLine()
{
    const auto holidays = parseHolidayFile(u"1405/01/01 نوروز\n# ok\n1405/13/01 ?\n1405/01/02\n");
    QVERIFY(!holidays);
    QCOMPARE(holidays.error().line, 3);
    QCOMPARE(holidays.error().dateError, DateParseError::MonthOutOfRange);
    QCOMPARE(holidays.error().text, QStringLiteral("1405/13/01 ?"));
    QVERIFY(describe(holidays.error()).contains(QStringLiteral("1405/13/01")));
}

void TestBusinessCalendar::readsTheDemoHolidays1405()
{
    const auto holidays = parseHolidayFile(readResource(QStringLiteral("holidays/1405.txt")));
    QVERIFY2(holidays, holidays ? "" : qPrintable(describe(holidays.error())));
    QList<QDate> dates;
    for (const Holiday &holiday : *holidays) {
        QVERIFY(!holiday.description.isEmpty());
        QVERIFY(holiday.date >= QDate(2026, 3, 21) && holiday.date <= QDate(2027, 3, 20));
        dates.append(holiday.date);
    }
    QVERIFY(dates.size() >= 20);
    for (QDate day : nowruz1405())
        QVERIFY(dates.contains(day));
    QVERIFY(dates.contains(QDate(2026, 4, 1)));  // 1405/01/12
    QVERIFY(dates.contains(QDate(2026, 4, 2)));  // 1405/01/13
    QVERIFY(dates.contains(QDate(2027, 2, 11))); // 1405/11/22
    QVERIFY(dates.contains(QDate(2027, 3, 20))); // 1405/12/29
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
