// Tests for the small pieces every module builds on: Expected, strong ids, the clock
// interface and the language setting.
#include "clock.h"
#include "expected.h"
#include "ids.h"
#include "language.h"
#include "manualclock.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <type_traits>

using namespace Shahrvand;

class TestFoundations : public QObject
{
    Q_OBJECT

private slots:
    void expectedHoldsValueOrError();
    void strongIdsDoNotMix();
    void strongIdParsing_data();
    void strongIdParsing();
    void strongIdHashing();
    void manualClockMovesOnlyWhenTold();
    void systemClockIsUtc();
    void languageCodes_data();
    void languageCodes();
    void languageLocales();
};

void TestFoundations::expectedHoldsValueOrError()
{
    enum class Err { Bad };
    const Expected<QString, Err> good(QStringLiteral("ok"));
    QVERIFY(good.hasValue());
    QVERIFY(static_cast<bool>(good));
    QCOMPARE(good.value(), QStringLiteral("ok"));
    QCOMPARE(good->size(), 2);

    const Expected<QString, Err> bad(Err::Bad);
    QVERIFY(!bad.hasValue());
    QVERIFY(bad.error() == Err::Bad);
    QCOMPARE(bad.valueOr(QStringLiteral("fallback")), QStringLiteral("fallback"));
}

void TestFoundations::strongIdsDoNotMix()
{
    static_assert(!std::is_convertible_v<CaseId, CitizenId>);
    static_assert(!std::is_convertible_v<qint64, CaseId>, "construction must be explicit");
    static_assert(sizeof(CaseId) == sizeof(qint64));

    QVERIFY(!CaseId().isValid());
    QVERIFY(CaseId(7).isValid());
    QVERIFY(CaseId(3) < CaseId(7));
    QCOMPARE(CaseId(7), CaseId(7));
    QCOMPARE(CaseId(7).toString(), QStringLiteral("7"));
}

void TestFoundations::strongIdParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // 0: rejected

    QTest::newRow("plain") << QStringLiteral("42") << qint64(42);
    QTest::newRow("max") << QStringLiteral("9223372036854775807") << qint64(9223372036854775807LL);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-5") << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("9223372036854775808") << qint64(0);
    QTest::newRow("letters") << QStringLiteral("12a") << qint64(0);
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("sql") << QStringLiteral("1; DROP TABLE cases") << qint64(0);
}

void TestFoundations::strongIdParsing()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto id = CitizenId::fromString(text);
    if (expected == 0) {
        QVERIFY(!id.has_value());
    } else {
        QVERIFY(id.has_value());
        QCOMPARE(id->value(), expected);
        QCOMPARE(CitizenId::fromString(id->toString()), id);
    }
}

void TestFoundations::strongIdHashing()
{
    QSet<CaseId> ids;
    for (qint64 i = 1; i <= 1000; ++i)
        ids.insert(CaseId(i));
    ids.insert(CaseId(500));
    QCOMPARE(ids.size(), 1000);
    QVERIFY(ids.contains(CaseId(1000)));
    QVERIFY(!ids.contains(CaseId(1001)));
}

void TestFoundations::manualClockMovesOnlyWhenTold()
{
    Testing::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
    const Clock &asInterface = clock;
    QCOMPARE(asInterface.now(), QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
    QCOMPARE(asInterface.now(), asInterface.now());
    clock.advance(90);
    QCOMPARE(asInterface.now(), QDateTime(QDate(2026, 11, 22), QTime(8, 1, 30), Qt::UTC));
    clock.advanceDays(10);
    QCOMPARE(asInterface.now().date(), QDate(2026, 12, 2));
    // Times given in another zone are kept as the same instant, in UTC.
    clock.set(QDateTime(QDate(2026, 1, 1), QTime(3, 30), QTimeZone(12600)));
    QCOMPARE(asInterface.now(), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(asInterface.now().timeSpec(), Qt::UTC);
}

void TestFoundations::systemClockIsUtc()
{
    const SystemClock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.now();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(now >= before);
    QVERIFY(now <= QDateTime::currentDateTimeUtc());
}

void TestFoundations::languageCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("language"); // -1: not recognised

    QTest::newRow("fa") << QStringLiteral("fa") << int(Language::Persian);
    QTest::newRow("fa_IR") << QStringLiteral("fa_IR") << int(Language::Persian);
    QTest::newRow("fa-IR upper") << QStringLiteral(" FA-IR ") << int(Language::Persian);
    QTest::newRow("en") << QStringLiteral("en") << int(Language::English);
    QTest::newRow("en_US") << QStringLiteral("en_US") << int(Language::English);
    QTest::newRow("ar") << QStringLiteral("ar") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("garbage") << QStringLiteral("\u202Efa") << -1;
}

void TestFoundations::languageCodes()
{
    QFETCH(QString, code);
    QFETCH(int, language);
    const auto parsed = languageFromCode(code);
    if (language < 0) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(int(*parsed), language);
    QCOMPARE(languageFromCode(languageCode(*parsed)), parsed);
}

void TestFoundations::languageLocales()
{
    QCOMPARE(defaultLanguage, Language::Persian);
    QCOMPARE(localeFor(Language::Persian).language(), QLocale::Persian);
    QCOMPARE(localeFor(Language::Persian).territory(), QLocale::Iran);
    QCOMPARE(localeFor(Language::English).language(), QLocale::English);
    QCOMPARE(layoutDirectionFor(Language::Persian), Qt::RightToLeft);
    QCOMPARE(layoutDirectionFor(Language::English), Qt::LeftToRight);
    QCOMPARE(languageOf(localeFor(Language::Persian)), Language::Persian);
    QCOMPARE(languageOf(localeFor(Language::English)), Language::English);
    QCOMPARE(nativeLanguageName(Language::Persian), QStringLiteral("فارسی"));
    // The Persian locale writes Persian digits; everything that formats numbers
    // through QLocale follows the language setting.
    QCOMPARE(localeFor(Language::Persian).toString(1405), QStringLiteral("۱٬۴۰۵"));
    QCOMPARE(localeFor(Language::English).toString(1405), QStringLiteral("1,405"));
}

QTEST_GUILESS_MAIN(TestFoundations)
#include "tst_foundations.moc"
