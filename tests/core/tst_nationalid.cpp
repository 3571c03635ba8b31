#include "nationalid.h"
#include "testenvironment.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Shahrvand;
using namespace Qt::StringLiterals;

namespace Shahrvand {
// Failure messages show the clerk's sentence and the digits instead of nothing.
char *toString(NationalIdError error)
{
    return qstrdup(NationalId::describe(error).toUtf8().constData());
}
char *toString(const NationalId &id)
{
    return qstrdup(id.digits().toLatin1().constData());
}
} // namespace Shahrvand

class TestNationalId : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::isolateUserFolders(); }

    void acceptsValidIds_data();
    void acceptsValidIds();
    void rejectsInvalidIds_data();
    void rejectsInvalidIds();
    void rejectsEverySingleDigitChange_data();
    void rejectsEverySingleDigitChange();
    void followsTheOfficialChecksumEvenWhereItIsWeak();
    void survivesHugeInput_data();
    void survivesHugeInput();
    void generatesValidIds();
    void masksAllButTheLastFourDigits();
    void comparesByDigits();
    void describesEveryError();
};

void TestNationalId::acceptsValidIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");

    // Check digits computed by hand from the published algorithm.
    QTest::newRow("plain") << u"0499370899"_s << u"0499370899"_s;
    QTest::newRow("check digit from remainder 0") << u"0001234560"_s << u"0001234560"_s;
    QTest::newRow("no leading zero") << u"1234567891"_s << u"1234567891"_s;
    QTest::newRow("another") << u"5678912348"_s << u"5678912348"_s;
    QTest::newRow("mostly zeros") << u"0000000124"_s << u"0000000124"_s;
    QTest::newRow("card form with dashes") << u"049-937089-9"_s << u"0499370899"_s;
    QTest::newRow("spaces around and inside") << u"  049 937 0899 "_s << u"0499370899"_s;
    QTest::newRow("dots and parentheses") << u"(049).937.089.9"_s << u"0499370899"_s;
    QTest::newRow("Persian digits") << u"۰۴۹۹۳۷۰۸۹۹"_s << u"0499370899"_s;
    QTest::newRow("Arabic-Indic digits") << u"٠٤٩٩٣٧٠٨٩٩"_s << u"0499370899"_s;
    QTest::newRow("mixed digit systems") << u"04۹۹٣٧0۸۹9"_s << u"0499370899"_s;
    QTest::newRow("bidi marks inside")
        << u"\u200F۰۴۹\u200E۹۳۷\u2066۰۸۹\u2069۹\u061C"_s << u"0499370899"_s;
    QTest::newRow("embedding and override marks")
        << u"\u202B049\u202C\u202D9370899\u202C"_s << u"0499370899"_s;
    QTest::newRow("ZWNJ, NBSP, narrow NBSP, BOM")
        << u"\uFEFF049\u200C937\u00A0089\u202F9"_s << u"0499370899"_s;
    QTest::newRow("typographic dashes") << u"049–937089—9"_s << u"0499370899"_s;
    QTest::newRow("9 digits: one leading zero left off") << u"499370899"_s << u"0499370899"_s;
    QTest::newRow("8 digits: two leading zeros left off") << u"12345679"_s << u"0012345679"_s;
    QTest::newRow("8 Persian digits") << u"۱۲۳۴۵۶۷۹"_s << u"0012345679"_s;
    QTest::newRow("9 digits with one of two zeros") << u"012345679"_s << u"0012345679"_s;
}

void TestNationalId::acceptsValidIds()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);

    const auto parsed = NationalId::parse(input);
    if (!parsed.hasValue())
        QFAIL(qPrintable(NationalId::describe(parsed.error())));
    QCOMPARE(parsed->digits(), digits);
    // Whatever was typed, what is kept parses back to itself.
    const auto reparsed = NationalId::parse(parsed->digits());
    QVERIFY(reparsed.hasValue());
    QCOMPARE(reparsed.value(), parsed.value());
}

void TestNationalId::rejectsInvalidIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<NationalIdError>("error");

    QTest::newRow("empty") << QString() << NationalIdError::Empty;
    QTest::newRow("only spaces") << u"   "_s << NationalIdError::Empty;
    QTest::newRow("only marks and dashes") << u"\u200E-\u200F -"_s << NationalIdError::Empty;

    QTest::newRow("1 digit") << u"5"_s << NationalIdError::WrongLength;
    QTest::newRow("7 digits") << u"1234567"_s << NationalIdError::WrongLength;
    QTest::newRow("7 Persian digits") << u"۱۲۳۴۵۶۷"_s << NationalIdError::WrongLength;
    QTest::newRow("11 digits") << u"04993708991"_s << NationalIdError::WrongLength;
    QTest::newRow("20 digits") << u"04993708990499370899"_s << NationalIdError::WrongLength;

    QTest::newRow("letter inside") << u"04993708a9"_s << NationalIdError::NotDigits;
    QTest::newRow("only letters") << u"abcdefghij"_s << NationalIdError::NotDigits;
    QTest::newRow("Persian letters") << u"کد ملی ۰۴۹۹۳۷۰۸۹۹"_s << NationalIdError::NotDigits;
    QTest::newRow("slashes") << u"049/937089/9"_s << NationalIdError::NotDigits;
    QTest::newRow("plus sign") << u"+0499370899"_s << NationalIdError::NotDigits;
    QTest::newRow("superscript digit") << u"049937089\u00B9"_s << NationalIdError::NotDigits;
    QTest::newRow("letter after 10 digits") << u"0499370899x"_s << NationalIdError::NotDigits;

    for (char digit = '0'; digit <= '9'; ++digit) {
        const QString same(10, QLatin1Char(digit));
        QTest::addRow("all %c", digit) << same << NationalIdError::AllSameDigits;
    }
    QTest::newRow("all 7 in Persian") << u"۷۷۷۷۷۷۷۷۷۷"_s << NationalIdError::AllSameDigits;
    // Padding 8 zeros makes ten, which is no more an ID than ten typed ones.
    QTest::newRow("8 zeros padded") << u"00000000"_s << NationalIdError::AllSameDigits;

    QTest::newRow("wrong check digit") << u"0499370898"_s << NationalIdError::BadCheckDigit;
    QTest::newRow("wrong check digit, Persian")
        << u"۰۴۹۹۳۷۰۸۹۸"_s << NationalIdError::BadCheckDigit;
    QTest::newRow("9 digits that are not a padded ID")
        << u"499370898"_s << NationalIdError::BadCheckDigit;
}

void TestNationalId::rejectsInvalidIds()
{
    QFETCH(QString, input);
    QFETCH(NationalIdError, error);

    const auto parsed = NationalId::parse(input);
    QVERIFY2(!parsed.hasValue(), qPrintable(input));
    QCOMPARE(parsed.error(), error);
}

void TestNationalId::rejectsEverySingleDigitChange_data()
{
    QTest::addColumn<QString>("mistyped");

    // For this ID (check digit from remainder 2) the checksum catches every one-digit
    // mistake, whichever position it is in, including the check digit itself.
    const QString valid = u"0499370899"_s;
    for (int position = 0; position < 10; ++position) {
        for (char digit = '0'; digit <= '9'; ++digit) {
            if (valid[position] == QLatin1Char(digit))
                continue;
            QString mistyped = valid;
            mistyped[position] = QLatin1Char(digit);
            QTest::addRow("position %d -> %c", position, digit) << mistyped;
        }
    }
}

void TestNationalId::rejectsEverySingleDigitChange()
{
    QFETCH(QString, mistyped);

    const auto parsed = NationalId::parse(mistyped);
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error(), NationalIdError::BadCheckDigit);
}

void TestNationalId::followsTheOfficialChecksumEvenWhereItIsWeak()
{
    // Remainders 1 and 10 both give check digit 1, so these two IDs, one digit apart, are
    // both valid. A stricter rule would reject real citizens' IDs.
    QVERIFY(NationalId::parse(u"1234567891").hasValue());
    QVERIFY(NationalId::parse(u"3234567891").hasValue());
}

void TestNationalId::survivesHugeInput_data()
{
    constexpr qsizetype tenMegabytes = 10 * 1024 * 1024;
    QTest::addColumn<QString>("input");
    QTest::addColumn<NationalIdError>("error");

    QTest::newRow("mixed text") << Testing::largeMixedText(tenMegabytes)
                                << NationalIdError::NotDigits;
    QTest::newRow("valid ID then mixed text")
        << u"0499370899 "_s + Testing::largeMixedText(tenMegabytes) << NationalIdError::NotDigits;
    QTest::newRow("digits") << QString(tenMegabytes, QLatin1Char('7'))
                            << NationalIdError::WrongLength;
    QTest::newRow("spaces") << QString(tenMegabytes, QLatin1Char(' ')) << NationalIdError::Empty;
}

void TestNationalId::survivesHugeInput()
{
    QFETCH(QString, input);
    QFETCH(NationalIdError, error);

    const auto parsed = NationalId::parse(input);
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error(), error);
}

void TestNationalId::generatesValidIds()
{
    QRandomGenerator rng(1403);
    QSet<QString> seen;
    QSet<QChar> checkDigits;
    for (int i = 0; i < 20000; ++i) {
        const NationalId id = NationalId::generateValid(rng);
        const QString digits = id.digits();
        QCOMPARE(digits.size(), 10);
        QVERIFY2(digits.count(digits.front()) < 10, qPrintable(digits));
        const auto reparsed = NationalId::parse(digits);
        QVERIFY2(reparsed.hasValue(), qPrintable(digits));
        QCOMPARE(reparsed.value(), id);
        seen.insert(digits);
        checkDigits.insert(digits.back());
    }
    QVERIFY(seen.size() > 19990);
    QCOMPARE(checkDigits.size(), 10);

    // Demo data is reproducible from its seed.
    QRandomGenerator first(7);
    QRandomGenerator second(7);
    QCOMPARE(NationalId::generateValid(first), NationalId::generateValid(second));
}

void TestNationalId::masksAllButTheLastFourDigits()
{
    QCOMPARE(NationalId::parse(u"0499370899")->masked(), u"******0899"_s);
    QCOMPARE(NationalId::parse(u"۱۲۳۴۵۶۷۹")->masked(), u"******5679"_s);
}

void TestNationalId::comparesByDigits()
{
    const NationalId typed = NationalId::parse(u"049-937089-9").value();
    const NationalId persian = NationalId::parse(u"۰۴۹۹۳۷۰۸۹۹").value();
    const NationalId padded = NationalId::parse(u"499370899").value();
    const NationalId other = NationalId::parse(u"1234567891").value();

    QCOMPARE(typed, persian);
    QCOMPARE(typed, padded);
    QVERIFY(typed != other);

    const QSet<NationalId> set{typed, persian, padded, other};
    QCOMPARE(set.size(), 2);
}

void TestNationalId::describesEveryError()
{
    const NationalIdError errors[] = {
        NationalIdError::Empty,         NationalIdError::WrongLength,   NationalIdError::NotDigits,
        NationalIdError::AllSameDigits, NationalIdError::BadCheckDigit,
    };
    QSet<QString> texts;
    for (const NationalIdError error : errors) {
        const QString text = NationalId::describe(error);
        QVERIFY(!text.trimmed().isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), int(std::size(errors)));
}

QTEST_GUILESS_MAIN(TestNationalId)
#include "tst_nationalid.moc"
