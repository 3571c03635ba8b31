#include "phonenumber.h"
#include "testenvironment.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Shahrvand;
using namespace Qt::StringLiterals;

namespace Shahrvand {
// Failure messages show the clerk's sentence and the number instead of nothing.
char *toString(PhoneNumberError error)
{
    return qstrdup(PhoneNumber::describe(error).toUtf8().constData());
}
char *toString(const PhoneNumber &number)
{
    return qstrdup(number.e164().toLatin1().constData());
}
} // namespace Shahrvand

namespace {

// Iran's landline area codes, written out again rather than shared with the code under
// test, so that a code dropped from (or added to) the implementation is noticed.
const int areaCodes[] = {11, 13, 17, 21, 23, 24, 25, 26, 28, 31, 34, 35, 38, 41, 44, 45,
                         51, 54, 56, 58, 61, 66, 71, 74, 76, 77, 81, 83, 84, 86, 87};

} // namespace

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::isolateUserFolders(); }

    void acceptsIranianNumbers_data();
    void acceptsIranianNumbers();
    void acceptsEveryAreaCode_data();
    void acceptsEveryAreaCode();
    void rejectsInvalidNumbers_data();
    void rejectsInvalidNumbers();
    void rejectsUnknownAreaCodes_data();
    void rejectsUnknownAreaCodes();
    void logsAnInvalidDefaultAreaCode();
    void survivesHugeInput();
    void comparesByNumber();
    void describesEveryError();
};

void TestPhoneNumber::acceptsIranianNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultAreaCode");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<bool>("mobile");
    QTest::addColumn<QString>("national");

    const QString mobile = u"+989123456789"_s;
    const QString mobileNational = u"0912 345 6789"_s;
    const auto addMobile = [&](const char *name, const QString &input) {
        QTest::newRow(name) << input << QString() << mobile << true << mobileNational;
    };
    addMobile("national", u"09123456789"_s);
    addMobile("without the 0", u"9123456789"_s);
    addMobile("+98", u"+989123456789"_s);
    addMobile("0098", u"00989123456789"_s);
    addMobile("98 without + or 00", u"989123456789"_s);
    addMobile("grouped", u"0912 345 6789"_s);
    addMobile("dashed", u"0912-345-6789"_s);
    addMobile("dotted", u"0912.345.6789"_s);
    addMobile("parentheses", u"(0912) 345 6789"_s);
    addMobile("+98 grouped", u"+98 912 345 6789"_s);
    addMobile("+98 with trunk 0 kept", u"+98 (0)912 345 6789"_s);
    addMobile("0098 grouped", u"0098 912 345 6789"_s);
    addMobile("Persian digits", u"۰۹۱۲۳۴۵۶۷۸۹"_s);
    addMobile("Arabic-Indic digits", u"٠٩١٢٣٤٥٦٧٨٩"_s);
    addMobile("Persian digits with +98", u"+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹"_s);
    addMobile("Persian digits with 0098", u"۰۰۹۸۹۱۲۳۴۵۶۷۸۹"_s);
    addMobile("bidi marks, NBSP and ZWNJ", u"\u200E+98\u00A0912\u200C345\u2066 6789\u2069\u200F"_s);
    addMobile("mark before the plus", u"\u202A+989123456789\u202C"_s);
    addMobile("surrounding spaces", u"   09123456789\t"_s);
    QTest::newRow("default area code ignored for mobiles")
        << u"09123456789"_s << u"021"_s << mobile << true << mobileNational;
    QTest::newRow("099 prefix") << u"0990 123 4567"_s << QString() << u"+989901234567"_s << true
                                << u"0990 123 4567"_s;
    QTest::newRow("93 prefix (not Afghanistan at home)")
        << u"09351234567"_s << QString() << u"+989351234567"_s << true << u"0935 123 4567"_s;

    const QString tehran = u"+982188776655"_s;
    const QString tehranNational = u"021 8877 6655"_s;
    const auto addTehran = [&](const char *name, const QString &input,
                               const QString &defaultAreaCode = QString()) {
        QTest::newRow(name) << input << defaultAreaCode << tehran << false << tehranNational;
    };
    addTehran("landline national", u"02188776655"_s);
    addTehran("landline dashed", u"021-8877 6655"_s);
    addTehran("landline area code in parentheses", u"(021) 88776655"_s);
    addTehran("landline without the 0", u"2188776655"_s);
    addTehran("landline +98", u"+98 21 8877 6655"_s);
    addTehran("landline +98 with trunk 0 kept", u"+98 (0)21 8877 6655"_s);
    addTehran("landline 0098", u"00982188776655"_s);
    addTehran("landline 98 without + or 00", u"982188776655"_s);
    addTehran("landline Persian digits", u"۰۲۱-۸۸۷۷۶۶۵۵"_s);
    addTehran("landline Arabic-Indic digits", u"٠٢١ ٨٨٧٧ ٦٦٥٥"_s);
    addTehran("local with default 021", u"8877 6655"_s, u"021"_s);
    addTehran("local with default 21", u"88776655"_s, u"21"_s);
    addTehran("local with default in Persian digits", u"۸۸۷۷-۶۶۵۵"_s, u"۰۲۱"_s);
    addTehran("area code typed beats the default", u"021 8877 6655"_s, u"031"_s);

    QTest::newRow("local with default Isfahan")
        << u"3344 5566"_s << u"031"_s << u"+983133445566"_s << false << u"031 3344 5566"_s;
}

void TestPhoneNumber::acceptsIranianNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultAreaCode);
    QFETCH(QString, e164);
    QFETCH(bool, mobile);
    QFETCH(QString, national);

    const auto parsed = PhoneNumber::parse(input, defaultAreaCode);
    if (!parsed.hasValue())
        QFAIL(qPrintable(PhoneNumber::describe(parsed.error())));
    QCOMPARE(parsed->e164(), e164);
    QCOMPARE(parsed->isMobile(), mobile);
    QCOMPARE(parsed->nationalFormat(), national);

    // Both written forms read back as the same number, with no default needed.
    for (const QString &written : {parsed->e164(), parsed->nationalFormat()}) {
        const auto reparsed = PhoneNumber::parse(written);
        QVERIFY2(reparsed.hasValue(), qPrintable(written));
        QCOMPARE(reparsed.value(), parsed.value());
    }
}

void TestPhoneNumber::acceptsEveryAreaCode_data()
{
    QTest::addColumn<int>("areaCode");
    for (const int code : areaCodes)
        QTest::addRow("0%d", code) << code;
}

void TestPhoneNumber::acceptsEveryAreaCode()
{
    QFETCH(int, areaCode);
    const QString code = QString::number(areaCode);

    const auto national = PhoneNumber::parse(u'0' + code + u"33445566"_s);
    QVERIFY(national.hasValue());
    QCOMPARE(national->e164(), u"+98"_s + code + u"33445566"_s);
    QVERIFY(!national->isMobile());
    QCOMPARE(national->nationalFormat(), u'0' + code + u" 3344 5566"_s);

    const auto international = PhoneNumber::parse(u"+98 "_s + code + u" 3344 5566"_s);
    QVERIFY(international.hasValue());
    QCOMPARE(international.value(), national.value());

    const auto local = PhoneNumber::parse(u"33445566", u'0' + code);
    QVERIFY(local.hasValue());
    QCOMPARE(local.value(), national.value());
}

void TestPhoneNumber::rejectsInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultAreaCode");
    QTest::addColumn<PhoneNumberError>("error");

    const auto add = [](const char *name, const QString &input, PhoneNumberError error,
                        const QString &defaultAreaCode = QString()) {
        QTest::newRow(name) << input << defaultAreaCode << error;
    };
    add("empty", QString(), PhoneNumberError::Empty);
    add("spaces and marks", u" \u200E - "_s, PhoneNumberError::Empty);

    add("letter", u"0912 345 678x"_s, PhoneNumberError::InvalidCharacter);
    add("plus inside", u"0912+3456789"_s, PhoneNumberError::InvalidCharacter);
    add("two pluses", u"++989123456789"_s, PhoneNumberError::InvalidCharacter);
    add("tel: scheme", u"tel:+989123456789"_s, PhoneNumberError::InvalidCharacter);
    add("extension in Persian", u"۰۲۱ ۸۸۷۷ ۶۶۵۵ داخلی ۲"_s, PhoneNumberError::InvalidCharacter);
    add("slash", u"021/88776655"_s, PhoneNumberError::InvalidCharacter);

    add("plus alone", u"+"_s, PhoneNumberError::TooShort);
    add("+9", u"+9"_s, PhoneNumberError::TooShort);
    add("+98 alone", u"+98"_s, PhoneNumberError::TooShort);
    add("0098 alone", u"0098"_s, PhoneNumberError::TooShort);
    add("00 alone", u"00"_s, PhoneNumberError::TooShort);
    add("mobile one digit short", u"0912345678"_s, PhoneNumberError::TooShort);
    add("mobile without 0, one short", u"912345678"_s, PhoneNumberError::TooShort);
    add("+98 mobile one short", u"+98912345678"_s, PhoneNumberError::TooShort);
    add("landline one short", u"0218877665"_s, PhoneNumberError::TooShort);
    add("local number one short", u"8877665"_s, PhoneNumberError::TooShort, u"021"_s);
    add("8 digits starting with 0", u"08877665"_s, PhoneNumberError::TooShort, u"021"_s);
    add("Persian digits, short", u"۰۹۱۲۳۴۵"_s, PhoneNumberError::TooShort);

    add("mobile one digit long", u"091234567890"_s, PhoneNumberError::TooLong);
    add("mobile without 0, one long", u"91234567890"_s, PhoneNumberError::TooLong);
    add("+98 mobile one long", u"+9891234567890"_s, PhoneNumberError::TooLong);
    add("0098 mobile one long", u"009891234567890"_s, PhoneNumberError::TooLong);
    add("landline one long", u"021887766550"_s, PhoneNumberError::TooLong);
    add("twenty digits", u"09123456789091234567"_s, PhoneNumberError::TooLong);
    add("9 digits with a default", u"887766550"_s, PhoneNumberError::TooShort, u"021"_s);

    add("United States", u"+1 202 555 0143"_s, PhoneNumberError::ForeignNumber);
    add("United Kingdom", u"+44 20 7946 0958"_s, PhoneNumberError::ForeignNumber);
    add("United Kingdom with 00", u"0044 20 7946 0958"_s, PhoneNumberError::ForeignNumber);
    add("Afghanistan", u"+93 70 123 4567"_s, PhoneNumberError::ForeignNumber);
    add("Turkey with 00, Persian digits", u"۰۰۹۰ ۵۳۲ ۱۲۳ ۴۵۶۷"_s, PhoneNumberError::ForeignNumber);
    add("UAE", u"+971 50 123 4567"_s, PhoneNumberError::ForeignNumber);

    add("local without default", u"8877 6655"_s, PhoneNumberError::NeedsAreaCode);
    add("local in Persian without default", u"۸۸۷۷۶۶۵۵"_s, PhoneNumberError::NeedsAreaCode);
    add("local with blank default", u"88776655"_s, PhoneNumberError::NeedsAreaCode, u" "_s);

    add("unknown area code 019", u"01912345678"_s, PhoneNumberError::UnknownAreaCode);
    add("unknown area code +98 10", u"+98 10 1234 5678"_s, PhoneNumberError::UnknownAreaCode);
    add("unknown area code without 0", u"5512345678"_s, PhoneNumberError::UnknownAreaCode);
}

void TestPhoneNumber::rejectsInvalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultAreaCode);
    QFETCH(PhoneNumberError, error);

    const auto parsed = PhoneNumber::parse(input, defaultAreaCode);
    QVERIFY2(!parsed.hasValue(), qPrintable(input));
    QCOMPARE(parsed.error(), error);
}

void TestPhoneNumber::rejectsUnknownAreaCodes_data()
{
    QTest::addColumn<QString>("input");

    // Every two-digit prefix that is neither an area code nor a mobile (9x) one. Prefixes
    // beginning with 0 are international (00...), covered with foreign numbers.
    for (int prefix = 10; prefix < 90; ++prefix) {
        if (std::find(std::begin(areaCodes), std::end(areaCodes), prefix) != std::end(areaCodes))
            continue;
        QTest::addRow("0%d", prefix) << u'0' + QString::number(prefix) + u"33445566"_s;
    }
}

void TestPhoneNumber::rejectsUnknownAreaCodes()
{
    QFETCH(QString, input);

    const auto parsed = PhoneNumber::parse(input);
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error(), PhoneNumberError::UnknownAreaCode);
}

void TestPhoneNumber::logsAnInvalidDefaultAreaCode()
{
    // A wrong setting is the administrator's to fix, so it is logged; the clerk is simply
    // asked for the area code.
    const QRegularExpression warning(u"default area code.*99"_s);
    QTest::ignoreMessage(QtWarningMsg, warning);
    const auto parsed = PhoneNumber::parse(u"88776655", u"099");
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error(), PhoneNumberError::NeedsAreaCode);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"default area code"_s));
    QCOMPARE(PhoneNumber::parse(u"88776655", u"tehran").error(), PhoneNumberError::NeedsAreaCode);
}

void TestPhoneNumber::survivesHugeInput()
{
    constexpr qsizetype tenMegabytes = 10 * 1024 * 1024;

    const auto text = PhoneNumber::parse(Testing::largeMixedText(tenMegabytes));
    QVERIFY(!text.hasValue());
    QCOMPARE(text.error(), PhoneNumberError::InvalidCharacter);

    const auto digits = PhoneNumber::parse(QString(tenMegabytes, QLatin1Char('9')));
    QVERIFY(!digits.hasValue());
    QCOMPARE(digits.error(), PhoneNumberError::TooLong);

    const auto spaces = PhoneNumber::parse(QString(tenMegabytes, QLatin1Char(' ')));
    QVERIFY(!spaces.hasValue());
    QCOMPARE(spaces.error(), PhoneNumberError::Empty);
}

void TestPhoneNumber::comparesByNumber()
{
    const PhoneNumber typed = PhoneNumber::parse(u"0912 345 6789").value();
    const PhoneNumber international = PhoneNumber::parse(u"+۹۸۹۱۲۳۴۵۶۷۸۹").value();
    const PhoneNumber other = PhoneNumber::parse(u"09123456788").value();
    const PhoneNumber landline = PhoneNumber::parse(u"021 2345 6789").value();

    QCOMPARE(typed, international);
    QVERIFY(typed != other);
    QVERIFY(typed != landline);

    const QSet<PhoneNumber> set{typed, international, other, landline};
    QCOMPARE(set.size(), 3);
}

void TestPhoneNumber::describesEveryError()
{
    const PhoneNumberError errors[] = {
        PhoneNumberError::Empty,         PhoneNumberError::InvalidCharacter,
        PhoneNumberError::TooShort,      PhoneNumberError::TooLong,
        PhoneNumberError::ForeignNumber, PhoneNumberError::UnknownAreaCode,
        PhoneNumberError::NeedsAreaCode,
    };
    QSet<QString> texts;
    for (const PhoneNumberError error : errors) {
        const QString text = PhoneNumber::describe(error);
        QVERIFY(!text.trimmed().isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), int(std::size(errors)));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
