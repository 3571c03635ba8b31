#include "language.h"
#include "money.h"
#include "testenvironment.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <limits>
#include <vector>

using namespace Shahrvand;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Shahrvand::MoneyParseError)

namespace {

constexpr qint64 maxRials = std::numeric_limits<qint64>::max();
constexpr qint64 minRials = std::numeric_limits<qint64>::min();

const QLocale persian = localeFor(Language::Persian);
const QLocale english = localeFor(Language::English);

Money rials(qint64 amount)
{
    return Money::fromRials(amount);
}

// The rials of an optional result, or a sentinel nobody would expect, so QCOMPARE shows both.
qint64 rialsOr(const std::optional<Money> &money, qint64 sentinel = 424242)
{
    return money ? money->rials() : sentinel;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void arithmeticIsExact();
    void detectsOverflowAtTheLimits();
    void sumsRanges();
    void compares();

    void formats_data();
    void formats();
    void formatsTomans_data();
    void formatsTomans();

    void parsesAcceptedForms_data();
    void parsesAcceptedForms();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void roundTripsRandomAmounts();
    void survivesHostileInput();
    void describesEveryErrorDistinctly();
};

void TestMoney::initTestCase()
{
    Testing::isolateUserFolders();
}

void TestMoney::arithmeticIsExact()
{
    QCOMPARE(Money().rials(), 0);
    QVERIFY(Money().isZero());
    QVERIFY(rials(-1).isNegative());
    QVERIFY(!rials(0).isNegative());

    QCOMPARE(rialsOr(rials(1'250'000).checkedAdd(rials(750'000))), 2'000'000);
    QCOMPARE(rialsOr(rials(1'250'000).checkedSubtract(rials(2'000'000))), -750'000);
    QCOMPARE(rialsOr(rials(125'000).checkedMultiply(12)), 1'500'000);
    QCOMPARE(rialsOr(rials(-125'000).checkedMultiply(-3)), 375'000);
    QCOMPARE(rialsOr(rials(125'000).checkedMultiply(0)), 0);
    QCOMPARE(rialsOr(rials(42).checkedNegate()), -42);
    // Amounts beyond what a double holds exactly stay exact.
    QCOMPARE(rialsOr(rials(9'007'199'254'740'993).checkedAdd(rials(1))), 9'007'199'254'740'994);
    QCOMPARE(rialsOr(rials(maxRials).checkedAdd(rials(minRials))), -1);
}

void TestMoney::detectsOverflowAtTheLimits()
{
    const Money max = rials(maxRials);
    const Money min = rials(minRials);

    QCOMPARE(rialsOr(max.checkedAdd(rials(0))), maxRials);
    QVERIFY(!max.checkedAdd(rials(1)));
    QVERIFY(!rials(1).checkedAdd(max));
    QVERIFY(!max.checkedAdd(max));
    QCOMPARE(rialsOr(min.checkedAdd(rials(0))), minRials);
    QVERIFY(!min.checkedAdd(rials(-1)));
    QVERIFY(!min.checkedAdd(min));

    QCOMPARE(rialsOr(min.checkedSubtract(rials(0))), minRials);
    QVERIFY(!min.checkedSubtract(rials(1)));
    QVERIFY(!max.checkedSubtract(rials(-1)));
    QVERIFY(!rials(0).checkedSubtract(min));
    QCOMPARE(rialsOr(rials(-1).checkedSubtract(min)), maxRials);

    QVERIFY(!max.checkedMultiply(2));
    QVERIFY(!min.checkedMultiply(-1));
    QVERIFY(!rials(-1).checkedMultiply(minRials));
    QVERIFY(!rials(4'611'686'018'427'387'904).checkedMultiply(2));
    QCOMPARE(rialsOr(rials(-4'611'686'018'427'387'904).checkedMultiply(2)), minRials);
    QCOMPARE(rialsOr(max.checkedMultiply(-1)), -maxRials);
    QCOMPARE(rialsOr(min.checkedMultiply(1)), minRials);

    QVERIFY(!min.checkedNegate());
    QCOMPARE(rialsOr(max.checkedNegate()), -maxRials);
}

void TestMoney::sumsRanges()
{
    const QList<Money> fees{rials(1'250'000), rials(300'000), rials(-50'000)};
    QCOMPARE(rialsOr(Money::checkedSum(fees)), 1'500'000);
    QCOMPARE(rialsOr(Money::checkedSum(QList<Money>())), 0);

    const std::vector<Money> nearTheTop{rials(maxRials - 10), rials(5), rials(5)};
    QCOMPARE(rialsOr(Money::checkedSum(nearTheTop)), maxRials);
    const std::vector<Money> overTheTop{rials(maxRials - 10), rials(5), rials(6)};
    QVERIFY(!Money::checkedSum(overTheTop));
    const std::vector<Money> underTheBottom{rials(minRials), rials(-1)};
    QVERIFY(!Money::checkedSum(underTheBottom));

    QList<Money> many(100'000, rials(92'233'720'368'547));
    QCOMPARE(rialsOr(Money::checkedSum(many)), 9'223'372'036'854'700'000);
    many.append(rials(75'808));
    QVERIFY(!Money::checkedSum(many));
}

void TestMoney::compares()
{
    QVERIFY(rials(5) == rials(5));
    QVERIFY(rials(5) != rials(6));
    QVERIFY(rials(-6) < rials(5));
    QVERIFY(rials(minRials) < rials(maxRials));
    QVERIFY(rials(7) >= rials(7));
    QVERIFY(!(rials(8) <= rials(7)));
    QVERIFY(Money() == rials(0));
}

void TestMoney::formats_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("withUnit");
    QTest::addColumn<QString>("inPersian");
    QTest::addColumn<QString>("inEnglish");

    QTest::newRow("grouped") << qint64(1'250'000) << true << u"۱٬۲۵۰٬۰۰۰ ریال"_s
                             << u"1,250,000 IRR"_s;
    QTest::newRow("no unit") << qint64(1'250'000) << false << u"۱٬۲۵۰٬۰۰۰"_s << u"1,250,000"_s;
    QTest::newRow("zero") << qint64(0) << true << u"۰ ریال"_s << u"0 IRR"_s;
    QTest::newRow("under a thousand") << qint64(999) << true << u"۹۹۹ ریال"_s << u"999 IRR"_s;
    // Persian's minus is U+2212 after a left-to-right mark, which keeps it on the left of the
    // digits when the number sits in right-to-left text.
    QTest::newRow("negative") << qint64(-1'250'000) << true << u"\u200E\u2212۱٬۲۵۰٬۰۰۰ ریال"_s
                              << u"-1,250,000 IRR"_s;
    QTest::newRow("largest") << maxRials << true << u"۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷ ریال"_s
                             << u"9,223,372,036,854,775,807 IRR"_s;
    QTest::newRow("smallest") << minRials << false << u"\u200E\u2212۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۸"_s
                              << u"-9,223,372,036,854,775,808"_s;
}

void TestMoney::formats()
{
    QFETCH(qint64, amount);
    QFETCH(bool, withUnit);
    QFETCH(QString, inPersian);
    QFETCH(QString, inEnglish);

    QCOMPARE(rials(amount).format(persian, withUnit), inPersian);
    QCOMPARE(rials(amount).format(english, withUnit), inEnglish);
}

void TestMoney::formatsTomans_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("withUnit");
    QTest::addColumn<QString>("inPersian");
    QTest::addColumn<QString>("inEnglish");

    QTest::newRow("whole tomans") << qint64(1'250'000) << true << u"۱۲۵٬۰۰۰ تومان"_s
                                  << u"125,000 toman"_s;
    QTest::newRow("a tenth") << qint64(1'250'005) << true << u"۱۲۵٬۰۰۰٫۵ تومان"_s
                             << u"125,000.5 toman"_s;
    QTest::newRow("no unit") << qint64(10) << false << u"۱"_s << u"1"_s;
    QTest::newRow("zero") << qint64(0) << true << u"۰ تومان"_s << u"0 toman"_s;
    QTest::newRow("under a toman, negative")
        << qint64(-5) << true << u"\u200E\u2212۰٫۵ تومان"_s << u"-0.5 toman"_s;
    QTest::newRow("smallest") << minRials << false << u"\u200E\u2212۹۲۲٬۳۳۷٬۲۰۳٬۶۸۵٬۴۷۷٬۵۸۰٫۸"_s
                              << u"-922,337,203,685,477,580.8"_s;
}

void TestMoney::formatsTomans()
{
    QFETCH(qint64, amount);
    QFETCH(bool, withUnit);
    QFETCH(QString, inPersian);
    QFETCH(QString, inEnglish);

    QCOMPARE(rials(amount).formatAsTomans(persian, withUnit), inPersian);
    QCOMPARE(rials(amount).formatAsTomans(english, withUnit), inEnglish);
}

void TestMoney::parsesAcceptedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plain") << u"1250000"_s << qint64(1'250'000);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("leading zeros") << u"000125"_s << qint64(125);
    QTest::newRow("commas") << u"1,250,000"_s << qint64(1'250'000);
    QTest::newRow("Persian digits and separator") << u"۱٬۲۵۰٬۰۰۰"_s << qint64(1'250'000);
    QTest::newRow("Arabic-Indic digits, Arabic comma") << u"١،٢٥٠،٠٠٠"_s << qint64(1'250'000);
    QTest::newRow("mixed digits") << u"۱,25٠,۰00"_s << qint64(1'250'000);
    QTest::newRow("spaces") << u"1 250 000"_s << qint64(1'250'000);
    QTest::newRow("no-break spaces") << u"1\u00A0250\u202F000"_s << qint64(1'250'000);
    QTest::newRow("surrounding whitespace") << u"  \t1,250,000 \n"_s << qint64(1'250'000);
    QTest::newRow("Persian unit") << u"۱٬۲۵۰٬۰۰۰ ریال"_s << qint64(1'250'000);
    QTest::newRow("Persian unit, Arabic yeh") << u"1250000 ر\u064Aال"_s << qint64(1'250'000);
    QTest::newRow("IRR") << u"1,250,000 IRR"_s << qint64(1'250'000);
    QTest::newRow("IRR first") << u"IRR 1,250,000"_s << qint64(1'250'000);
    QTest::newRow("rials") << u"1250000 Rials"_s << qint64(1'250'000);
    QTest::newRow("rial, no space") << u"5rial"_s << qint64(5);
    QTest::newRow("rial sign") << u"۵۰۰ \uFDFC"_s << qint64(500);
    QTest::newRow("bidi marks") << u"\u200F۱٬۲۵۰٬۰۰۰\u200F ریال\u200E"_s << qint64(1'250'000);
    QTest::newRow("ASCII minus") << u"-1,250,000"_s << qint64(-1'250'000);
    QTest::newRow("Persian minus") << u"\u200E\u2212۱٬۲۵۰٬۰۰۰ ریال"_s << qint64(-1'250'000);
    QTest::newRow("plus") << u"+7"_s << qint64(7);
    QTest::newRow("minus zero") << u"-0"_s << qint64(0);
    QTest::newRow("largest") << u"9,223,372,036,854,775,807"_s << maxRials;
    QTest::newRow("smallest") << u"-9223372036854775808"_s << minRials;
}

void TestMoney::parsesAcceptedForms()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    const Expected<Money, MoneyParseError> parsed = Money::parse(text);
    // QVERIFY2 builds its message even when the check passes.
    QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : Money::describe(parsed.error())));
    QCOMPARE(parsed->rials(), expected);
}

void TestMoney::rejectsInvalidInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MoneyParseError>("error");

    QTest::newRow("empty") << QString() << MoneyParseError::Empty;
    QTest::newRow("spaces") << u"  \t "_s << MoneyParseError::Empty;
    QTest::newRow("only bidi marks") << u"\u200E\u200F"_s << MoneyParseError::Empty;
    QTest::newRow("only a unit") << u"ریال"_s << MoneyParseError::Empty;
    QTest::newRow("letters") << u"12abc"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("letters inside") << u"12a34"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("unknown unit") << u"100 USD"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("two units") << u"IRR 100 ریال"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("number word") << u"۱۲۵ هزار ریال"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("only a sign") << u"-"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("only separators") << u",,,"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("trailing minus") << u"100-"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("two signs") << u"--100"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("expression") << u"100+200"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("exponent") << u"1e6"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("other digits") << u"१२३"_s << MoneyParseError::InvalidCharacter;
    QTest::newRow("decimal point") << u"1250.5"_s << MoneyParseError::FractionalAmount;
    QTest::newRow("zero fraction") << u"1250.00"_s << MoneyParseError::FractionalAmount;
    QTest::newRow("Persian decimal point") << u"۱۲۵۰٫۵"_s << MoneyParseError::FractionalAmount;
    QTest::newRow("slash as decimal point") << u"۱۲۵۰/۵"_s << MoneyParseError::FractionalAmount;
    QTest::newRow("leading point") << u".5"_s << MoneyParseError::FractionalAmount;
    QTest::newRow("tomans") << u"125,000 تومان"_s << MoneyParseError::TomansNotAccepted;
    QTest::newRow("colloquial tomans") << u"125000 تومن"_s << MoneyParseError::TomansNotAccepted;
    QTest::newRow("English tomans") << u"125000 Tomans"_s << MoneyParseError::TomansNotAccepted;
    QTest::newRow("group of two") << u"1,25,000"_s << MoneyParseError::MisplacedSeparator;
    QTest::newRow("group of four") << u"1,2500,000"_s << MoneyParseError::MisplacedSeparator;
    QTest::newRow("first group of four") << u"1250,000"_s << MoneyParseError::MisplacedSeparator;
    QTest::newRow("trailing separator") << u"1,250,"_s << MoneyParseError::MisplacedSeparator;
    QTest::newRow("leading separator") << u",250"_s << MoneyParseError::MisplacedSeparator;
    QTest::newRow("doubled separator") << u"1,,250"_s << MoneyParseError::MisplacedSeparator;
    QTest::newRow("short last group") << u"1 25"_s << MoneyParseError::MisplacedSeparator;
    QTest::newRow("one past the largest")
        << u"9223372036854775808"_s << MoneyParseError::OutOfRange;
    QTest::newRow("one past the smallest")
        << u"-9,223,372,036,854,775,809"_s << MoneyParseError::OutOfRange;
    QTest::newRow("far too large") << u"18446744073709551616"_s << MoneyParseError::OutOfRange;
    QTest::newRow("wraps to a small number in 64 bits")
        << u"18446744073709551617"_s << MoneyParseError::OutOfRange;
}

void TestMoney::rejectsInvalidInput()
{
    QFETCH(QString, text);
    QFETCH(MoneyParseError, error);

    const Expected<Money, MoneyParseError> parsed = Money::parse(text);
    QVERIFY2(!parsed.hasValue(), qPrintable(QString::number(parsed.valueOr(Money()).rials())));
    QCOMPARE(parsed.error(), error);
}

void TestMoney::roundTripsRandomAmounts()
{
    QRandomGenerator random(20260321);
    QList<qint64> amounts{0,    1,     -1,       9,        10,           999,
                          1000, -1000, maxRials, minRials, maxRials - 1, minRials + 1};
    for (int i = 0; i < 5000; ++i) {
        // Spread over every magnitude, not only the huge ones a uniform draw would give.
        const int digits = random.bounded(1, 19);
        qint64 amount = random.bounded(1, 10);
        for (int d = 1; d < digits; ++d)
            amount = amount * 10 + random.bounded(10);
        amounts.append(random.bounded(2) == 0 ? amount : -amount);
    }
    amounts.append(qint64(random.generate64() & quint64(maxRials)));

    for (const qint64 amount : std::as_const(amounts)) {
        for (const QLocale &locale : {persian, english}) {
            for (const bool withUnit : {true, false}) {
                const QString text = rials(amount).format(locale, withUnit);
                const Expected<Money, MoneyParseError> parsed = Money::parse(text);
                if (!parsed.hasValue() || parsed->rials() != amount)
                    QFAIL(qPrintable(text));
            }
        }
    }
}

void TestMoney::survivesHostileInput()
{
    const QString mixed = Testing::largeMixedText(10 * 1024 * 1024);
    const Expected<Money, MoneyParseError> parsedMixed = Money::parse(mixed);
    QVERIFY(!parsedMixed.hasValue());

    QCOMPARE(Money::parse(QString(5 * 1024 * 1024, u'۹')).error(), MoneyParseError::OutOfRange);
    QCOMPARE(Money::parse(QString(5 * 1024 * 1024, u'0') + u"42"_s)->rials(), 42);
    QCOMPARE(Money::parse(QString(5 * 1024 * 1024, u'\u200F') + u"42"_s)->rials(), 42);
    QCOMPARE(Money::parse(QString(5 * 1024 * 1024, u' ')).error(), MoneyParseError::Empty);

    QCOMPARE(Money::parse(QStringView()).error(), MoneyParseError::Empty);
    QCOMPARE(Money::parse(u"12\0003"_s).error(), MoneyParseError::InvalidCharacter);
    QCOMPARE(Money::parse(u"12\xD800"_s).error(), MoneyParseError::InvalidCharacter);
    QCOMPARE(Money::parse(u"١٢٣٬۴۵۶,789"_s)->rials(), 123'456'789);
}

void TestMoney::describesEveryErrorDistinctly()
{
    QSet<QString> seen;
    for (const MoneyParseError error :
         {MoneyParseError::Empty, MoneyParseError::InvalidCharacter,
          MoneyParseError::FractionalAmount, MoneyParseError::MisplacedSeparator,
          MoneyParseError::TomansNotAccepted, MoneyParseError::OutOfRange}) {
        const QString text = Money::describe(error);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
