#include "testenvironment.h"
#include "trackingcode.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Shahrvand;
using namespace Qt::StringLiterals;

namespace Shahrvand {
// Failure messages show the clerk's sentence and the code instead of nothing.
char *toString(TrackingCodeError error)
{
    return qstrdup(TrackingCode::describe(error).toUtf8().constData());
}
char *toString(const TrackingCode &code)
{
    return qstrdup(code.displayForm().toLatin1().constData());
}
} // namespace Shahrvand

namespace {

const QString alphabet = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ"_s;

// The one code that differs from `compact` only at `free`, found by asking parse() about
// each of the 31 symbols there. Exactly one must be accepted: the check symbol is a
// function of the rest.
QString completedAt(QString compact, qsizetype free)
{
    QString found;
    for (const QChar symbol : alphabet) {
        compact[free] = symbol;
        if (TrackingCode::parse(compact).hasValue()) {
            if (!found.isEmpty())
                return {};
            found = compact;
        }
    }
    return found;
}

} // namespace

class TestTrackingCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::isolateUserFolders(); }

    void keepsCodesAlreadyIssuedValid_data();
    void keepsCodesAlreadyIssuedValid();
    void roundTripsGeneratedCodes();
    void acceptsWhatPeopleType_data();
    void acceptsWhatPeopleType();
    void rejectsInvalidCodes_data();
    void rejectsInvalidCodes();
    void detectsEverySingleSubstitution();
    void detectsEveryAdjacentTransposition();
    void survivesHugeInput();
    void comparesAndHashes();
    void describesEveryError();
};

void TestTrackingCode::keepsCodesAlreadyIssuedValid_data()
{
    QTest::addColumn<QString>("display");

    // Computed independently from the documented rule. If these stop parsing, codes that
    // citizens already hold would be refused.
    QTest::newRow("example") << u"7KD-4MX-2QC"_s;
    QTest::newRow("lowest") << u"222-222-222"_s;
    QTest::newRow("highest") << u"ZZZ-ZZZ-ZZV"_s;
    QTest::newRow("digits") << u"234-567-89F"_s;
    QTest::newRow("letters") << u"ABC-DEF-GHR"_s;
    QTest::newRow("digit check symbol") << u"HQW-9TR-4E3"_s;
}

void TestTrackingCode::keepsCodesAlreadyIssuedValid()
{
    QFETCH(QString, display);

    const auto parsed = TrackingCode::parse(display);
    if (!parsed.hasValue())
        QFAIL(qPrintable(TrackingCode::describe(parsed.error())));
    QCOMPARE(parsed->displayForm(), display);
    QCOMPARE(parsed->compact(), QString(display).remove(u'-'));
}

void TestTrackingCode::roundTripsGeneratedCodes()
{
    const QRegularExpression displayShape(u"^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-"
                                          "[2-9A-HJKMNP-Z]{3}$"_s);
    QRandomGenerator rng(20240321);
    QSet<TrackingCode> seen;
    QSet<QChar> symbolsUsed;
    for (int i = 0; i < 20000; ++i) {
        const TrackingCode code = TrackingCode::generate(rng);
        const QString display = code.displayForm();
        QVERIFY2(displayShape.match(display).hasMatch(), qPrintable(display));
        QCOMPARE(code.compact().size(), TrackingCode::length);

        for (const QString &written : {display, code.compact(), display.toLower()}) {
            const auto parsed = TrackingCode::parse(written);
            QVERIFY2(parsed.hasValue(), qPrintable(written));
            QCOMPARE(parsed.value(), code);
        }
        seen.insert(code);
        for (const QChar symbol : code.compact())
            symbolsUsed.insert(symbol);
    }
    QCOMPARE(seen.size(), 20000);
    QCOMPARE(symbolsUsed.size(), alphabet.size());

    QRandomGenerator first(5);
    QRandomGenerator second(5);
    QCOMPARE(TrackingCode::generate(first), TrackingCode::generate(second));
}

void TestTrackingCode::acceptsWhatPeopleType_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("display form") << u"7KD-4MX-2QC"_s;
    QTest::newRow("compact") << u"7KD4MX2QC"_s;
    QTest::newRow("lower case") << u"7kd-4mx-2qc"_s;
    QTest::newRow("mixed case") << u"7kD4Mx2qC"_s;
    QTest::newRow("spaces") << u" 7KD 4MX 2QC "_s;
    QTest::newRow("one symbol at a time") << u"7 K D 4 M X 2 Q C"_s;
    QTest::newRow("Persian digits") << u"۷KD-۴MX-۲QC"_s;
    QTest::newRow("Arabic-Indic digits") << u"٧kd٤mx٢qc"_s;
    QTest::newRow("bidi marks from an RTL text field") << u"\u200F\u2066۷KD-۴MX-۲QC\u2069"_s;
    QTest::newRow("typographic dashes and NBSP") << u"7KD–4MX\u00A0—\u00A02QC"_s;
}

void TestTrackingCode::acceptsWhatPeopleType()
{
    QFETCH(QString, input);

    const auto parsed = TrackingCode::parse(input);
    if (!parsed.hasValue())
        QFAIL(qPrintable(TrackingCode::describe(parsed.error())));
    QCOMPARE(parsed->displayForm(), u"7KD-4MX-2QC"_s);
    QCOMPARE(parsed->compact(), u"7KD4MX2QC"_s);
}

void TestTrackingCode::rejectsInvalidCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<TrackingCodeError>("error");

    QTest::newRow("empty") << QString() << TrackingCodeError::Empty;
    QTest::newRow("only dashes and spaces") << u" - - "_s << TrackingCodeError::Empty;

    QTest::newRow("8 symbols") << u"7KD-4MX-2Q"_s << TrackingCodeError::WrongLength;
    QTest::newRow("10 symbols") << u"7KD-4MX-2QCC"_s << TrackingCodeError::WrongLength;
    QTest::newRow("one symbol") << u"7"_s << TrackingCodeError::WrongLength;

    QTest::newRow("digit 0") << u"7KD-4MX-2Q0"_s << TrackingCodeError::ZeroOrLetterO;
    QTest::newRow("letter O") << u"OKD-4MX-2QC"_s << TrackingCodeError::ZeroOrLetterO;
    QTest::newRow("letter o") << u"7kd-4mx-2qo"_s << TrackingCodeError::ZeroOrLetterO;
    QTest::newRow("Persian zero") << u"۷KD-۰MX-۲QC"_s << TrackingCodeError::ZeroOrLetterO;
    QTest::newRow("Arabic-Indic zero") << u"٠"_s << TrackingCodeError::ZeroOrLetterO;
    // The specific error wins over the length: it says what to ask the citizen.
    QTest::newRow("short with O") << u"7KO"_s << TrackingCodeError::ZeroOrLetterO;

    QTest::newRow("digit 1") << u"7KD-4MX-21C"_s << TrackingCodeError::OneOrLetterIOrL;
    QTest::newRow("letter I") << u"7KD-IMX-2QC"_s << TrackingCodeError::OneOrLetterIOrL;
    QTest::newRow("letter i") << u"7kd-imx-2qc"_s << TrackingCodeError::OneOrLetterIOrL;
    QTest::newRow("letter L") << u"7KD-LMX-2QC"_s << TrackingCodeError::OneOrLetterIOrL;
    QTest::newRow("letter l") << u"7kd-lmx-2qc"_s << TrackingCodeError::OneOrLetterIOrL;
    QTest::newRow("Persian one") << u"۱KD-4MX-2QC"_s << TrackingCodeError::OneOrLetterIOrL;
    QTest::newRow("Arabic-Indic one") << u"١KD-4MX-2QC"_s << TrackingCodeError::OneOrLetterIOrL;

    QTest::newRow("Persian keyboard layout")
        << u"ذنی-۴ئء-۲ضز"_s << TrackingCodeError::InvalidCharacter;
    QTest::newRow("underscore") << u"7KD_4MX_2QC"_s << TrackingCodeError::InvalidCharacter;
    QTest::newRow("slash") << u"7KD/4MX/2QC"_s << TrackingCodeError::InvalidCharacter;
    QTest::newRow("full-width letter") << u"７KD-4MX-2QC"_s << TrackingCodeError::InvalidCharacter;
    QTest::newRow("accented letter") << u"7KD-4MX-2QÇ"_s << TrackingCodeError::InvalidCharacter;
    QTest::newRow("emoji") << u"7KD-4MX-2Q😀"_s << TrackingCodeError::InvalidCharacter;

    QTest::newRow("wrong check symbol") << u"7KD-4MX-2QD"_s << TrackingCodeError::BadCheckSymbol;
    QTest::newRow("neighbours swapped") << u"K7D-4MX-2QC"_s << TrackingCodeError::BadCheckSymbol;
}

void TestTrackingCode::rejectsInvalidCodes()
{
    QFETCH(QString, input);
    QFETCH(TrackingCodeError, error);

    const auto parsed = TrackingCode::parse(input);
    QVERIFY2(!parsed.hasValue(), qPrintable(input));
    QCOMPARE(parsed.error(), error);
}

void TestTrackingCode::detectsEverySingleSubstitution()
{
    QRandomGenerator rng(1);
    int checked = 0;
    for (int i = 0; i < 300; ++i) {
        const QString valid = TrackingCode::generate(rng).compact();
        for (qsizetype position = 0; position < TrackingCode::length; ++position) {
            for (const QChar symbol : alphabet) {
                if (symbol == valid[position])
                    continue;
                QString mistaken = valid;
                mistaken[position] = symbol;
                const auto parsed = TrackingCode::parse(mistaken);
                QVERIFY2(!parsed.hasValue(), qPrintable(valid + u" -> "_s + mistaken));
                QCOMPARE(parsed.error(), TrackingCodeError::BadCheckSymbol);
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 300 * 9 * 30);
}

void TestTrackingCode::detectsEveryAdjacentTransposition()
{
    // Every ordered pair of different symbols, in every pair of neighbouring positions
    // (the last pair being the last data symbol and the check symbol), on a few random
    // backgrounds.
    QRandomGenerator rng(2);
    int checked = 0;
    for (int background = 0; background < 3; ++background) {
        const QString base = TrackingCode::generate(rng).compact();
        for (qsizetype position = 0; position + 1 < TrackingCode::length; ++position) {
            // A symbol outside the pair is adjusted to make the code valid again.
            const qsizetype free =
                position + 2 < TrackingCode::length ? TrackingCode::length - 1 : 0;
            for (const QChar first : alphabet) {
                for (const QChar second : alphabet) {
                    if (first == second)
                        continue;
                    QString code = base;
                    code[position] = first;
                    code[position + 1] = second;
                    code = completedAt(code, free);
                    QVERIFY2(!code.isEmpty(), "not exactly one valid completion");

                    std::swap(code[position], code[position + 1]);
                    const auto parsed = TrackingCode::parse(code);
                    QVERIFY2(!parsed.hasValue(), qPrintable(code));
                    QCOMPARE(parsed.error(), TrackingCodeError::BadCheckSymbol);
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, 3 * 8 * 31 * 30);
}

void TestTrackingCode::survivesHugeInput()
{
    constexpr qsizetype tenMegabytes = 10 * 1024 * 1024;

    const auto text = TrackingCode::parse(Testing::largeMixedText(tenMegabytes));
    QVERIFY(!text.hasValue());
    QCOMPARE(text.error(), TrackingCodeError::InvalidCharacter);

    const auto symbols = TrackingCode::parse(QString(tenMegabytes, QLatin1Char('A')));
    QVERIFY(!symbols.hasValue());
    QCOMPARE(symbols.error(), TrackingCodeError::WrongLength);

    const auto dashes = TrackingCode::parse(QString(tenMegabytes, QLatin1Char('-')));
    QVERIFY(!dashes.hasValue());
    QCOMPARE(dashes.error(), TrackingCodeError::Empty);
}

void TestTrackingCode::comparesAndHashes()
{
    const TrackingCode code = TrackingCode::parse(u"7KD-4MX-2QC").value();
    const TrackingCode typed = TrackingCode::parse(u"۷kd ۴mx ۲qc").value();
    const TrackingCode other = TrackingCode::parse(u"ABC-DEF-GHR").value();

    QCOMPARE(code, typed);
    QVERIFY(code != other);
    QCOMPARE(qHash(code), qHash(typed));

    const QSet<TrackingCode> set{code, typed, other};
    QCOMPARE(set.size(), 2);
}

void TestTrackingCode::describesEveryError()
{
    const TrackingCodeError errors[] = {
        TrackingCodeError::Empty,
        TrackingCodeError::WrongLength,
        TrackingCodeError::ZeroOrLetterO,
        TrackingCodeError::OneOrLetterIOrL,
        TrackingCodeError::InvalidCharacter,
        TrackingCodeError::BadCheckSymbol,
    };
    QSet<QString> texts;
    for (const TrackingCodeError error : errors) {
        const QString text = TrackingCode::describe(error);
        QVERIFY(!text.trimmed().isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), int(std::size(errors)));
}

QTEST_GUILESS_MAIN(TestTrackingCode)
#include "tst_trackingcode.moc"
