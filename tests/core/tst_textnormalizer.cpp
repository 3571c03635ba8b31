#include "testenvironment.h"
#include "textnormalizer.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <initializer_list>

using Shahrvand::normalizeForSearch;

namespace {

// Tests name characters by code point: many of them are invisible or look alike.
QString fromCodePoints(std::initializer_list<char32_t> codePoints)
{
    QString text;
    for (const char32_t c : codePoints)
        text += QChar::fromUcs4(c);
    return text;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

struct ExpectedFolding
{
    const char *name;
    QString input;
    QString expected;
};

// Input and exact search form, one row per rule of the header.
QList<ExpectedFolding> expectedFoldings()
{
    return {
        // Letters
        {"arabic yeh", QStringLiteral("علي"), QStringLiteral("علی")},
        {"alef maksura", QStringLiteral("مصطفى"), QStringLiteral("مصطفی")},
        {"yeh with hamza", QStringLiteral("مسئول"), QStringLiteral("مسیول")},
        {"arabic kaf", QStringLiteral("كتاب"), QStringLiteral("کتاب")},
        {"teh marbuta", QStringLiteral("مدرسة"), QStringLiteral("مدرسه")},
        {"heh with yeh above", QStringLiteral("خانۀ"), QStringLiteral("خانه")},
        {"heh with hamza mark", QStringLiteral("خانه\u0654"), QStringLiteral("خانه")},
        {"ae and heh doachashmee", QStringLiteral("\u06D5\u06BE"), QStringLiteral("هه")},
        {"alef with hamza above", QStringLiteral("أحمد"), QStringLiteral("احمد")},
        {"alef with hamza below", QStringLiteral("إیران"), QStringLiteral("ایران")},
        {"alef with madda", QStringLiteral("آب"), QStringLiteral("اب")},
        {"alef wasla", QStringLiteral("\u0671لله"), QStringLiteral("الله")},
        {"waw with hamza", QStringLiteral("مؤسسه"), QStringLiteral("موسسه")},
        {"persian letters kept", QStringLiteral("پچژگکی"), QStringLiteral("پچژگکی")},
        {"hamza kept", QStringLiteral("اجزاء"), QStringLiteral("اجزاء")},
        // Diacritics
        {"harakat", QStringLiteral("مُحَمَّد"), QStringLiteral("محمد")},
        {"tanwin and sukun", QStringLiteral("قطعاً مْ"), QStringLiteral("قطعا م")},
        {"superscript alef", QStringLiteral("\u0647\u0670\u0630\u0627"),
         QStringLiteral("\u0647\u0630\u0627")},
        {"madda and hamza marks", QStringLiteral("ا\u0653ب\u0655"), QStringLiteral("اب")},
        {"tatweel", QStringLiteral("بـــزرگ"), QStringLiteral("بزرگ")},
        // Digits and punctuation
        {"persian digits", QStringLiteral("۰۱۲۳۴۵۶۷۸۹"), QStringLiteral("0123456789")},
        {"arabic-indic digits", QStringLiteral("٠١٢٣٤٥٦٧٨٩"), QStringLiteral("0123456789")},
        {"arabic punctuation", QStringLiteral("الف، ب؛ ج؟ ۳٫۵ ۱٬۰۰۰ ۵٪"),
         QStringLiteral("الف, ب; ج? 3.5 1,000 5%")},
        // Case and script mix
        {"latin case", QStringLiteral("Request DISTRICT"), QStringLiteral("request district")},
        {"non-latin case", QStringLiteral("ΣΟΦΊΑ Straße"), QStringLiteral("σοφία straße")},
        {"mixed persian english", QStringLiteral("درخواست Request ۴۲ for منطقه ۳"),
         QStringLiteral("درخواست request 42 for منطقه 3")},
        // Compatibility forms
        {"presentation forms", QStringLiteral("ﻛﺘﺎﺏ ﻣﻠﻲ"), QStringLiteral("کتاب ملی")},
        {"lam-alef ligature", QStringLiteral("ﻻ"), QStringLiteral("لا")},
        {"lam-alef madda ligature", QStringLiteral("\uFEF5"), QStringLiteral("لا")},
        {"allah ligature", QStringLiteral("\uFDF2"), QStringLiteral("الله")},
        {"rial sign", QStringLiteral("۱۰۰ \uFDFC"), QStringLiteral("100 ریال")},
        {"multi-word ligature", QStringLiteral("\uFDFA"), QStringLiteral("صلی الله علیه وسلم")},
        {"isolated haraka inside word", QStringLiteral("ب\uFE70ب\uFE7Cب\uFC5Eب"),
         QStringLiteral("بببب")},
        {"latin ligature", QStringLiteral("\uFB01le"), QStringLiteral("file")},
        {"fullwidth", QStringLiteral("\uFF21\uFF42\uFF11"), QStringLiteral("ab1")},
        // Invisible characters and whitespace
        {"zwnj joins", QStringLiteral("می\u200Cخواهم"), QStringLiteral("میخواهم")},
        {"zwj and zwsp join", QStringLiteral("ب\u200Dب\u200Bب\u2060ب"), QStringLiteral("بببب")},
        {"bidi marks in word", QStringLiteral("کت\u200Fا\u200Eب\u061C"), QStringLiteral("کتاب")},
        {"bidi embedding", QStringLiteral("\u202Bسلام\u202C \u2067Hi\u2069"),
         QStringLiteral("سلام hi")},
        {"bom and soft hyphen", QStringLiteral("\uFEFFsoft\u00ADware"), QStringLiteral("software")},
        {"controls dropped", fromCodePoints({'a', 0x01, 'b', 0x7F, 'c', 0x9B, 'd'}),
         QStringLiteral("abcd")},
        {"replacement character dropped", QStringLiteral("ab\uFFFDc"), QStringLiteral("abc")},
        {"whitespace collapsed", QStringLiteral(" \t a\u00A0\u2003\n b\u3000\r\n"),
         QStringLiteral("a b")},
        // Word joining
        {"mi with space", QStringLiteral("می خواهم"), QStringLiteral("میخواهم")},
        {"nemi with space", QStringLiteral("نمی خواهم"), QStringLiteral("نمیخواهم")},
        {"mi after a word", QStringLiteral("من می روم"), QStringLiteral("من میروم")},
        {"mi inside quotes", QStringLiteral("«می خواهم»"), QStringLiteral("«میخواهم»")},
        {"mi before digit", QStringLiteral("می 2"), QStringLiteral("می 2")},
        {"mi before latin", QStringLiteral("می Excel"), QStringLiteral("می excel")},
        {"mi at end", QStringLiteral("شراب می"), QStringLiteral("شراب می")},
        {"plural", QStringLiteral("کتاب ها"), QStringLiteral("کتابها")},
        {"plural with ezafe", QStringLiteral("کتاب های من"), QStringLiteral("کتابهای من")},
        {"plural possessive", QStringLiteral("کتاب هایشان"), QStringLiteral("کتابهایشان")},
        {"plural indefinite", QStringLiteral("کتاب هایی"), QStringLiteral("کتابهایی")},
        {"plural before full stop", QStringLiteral("کتاب ها."), QStringLiteral("کتابها.")},
        {"comparative", QStringLiteral("بزرگ تر"), QStringLiteral("بزرگتر")},
        {"superlative", QStringLiteral("بزرگ ترین"), QStringLiteral("بزرگترین")},
        {"chained suffixes", QStringLiteral("بزرگ تر ها"), QStringLiteral("بزرگترها")},
        {"prefix and suffix", QStringLiteral("می خواهم ها"), QStringLiteral("میخواهمها")},
        {"suffix after latin", QStringLiteral("Excel ها"), QStringLiteral("excel ها")},
        {"suffix after digit", QStringLiteral("۲ تر"), QStringLiteral("2 تر")},
        {"suffix after punctuation", QStringLiteral("کتاب، ها"), QStringLiteral("کتاب, ها")},
        {"suffix at start", QStringLiteral("ها کتاب"), QStringLiteral("ها کتاب")},
        {"suffix-like word", QStringLiteral("کتاب هاله"), QStringLiteral("کتاب هاله")},
        {"arabic variants before joining", QStringLiteral("كتاب هاي"), QStringLiteral("کتابهای")},
        {"removed word between", QStringLiteral("کتاب \u064B ها"), QStringLiteral("کتابها")},
    };
}

// Spellings a clerk considers the same word.
struct EquivalentSpellings
{
    const char *name;
    QStringList spellings;
};

QList<EquivalentSpellings> equivalentSpellings()
{
    return {
        {"want",
         {QStringLiteral("می\u200Cخواهم"), QStringLiteral("میخواهم"), QStringLiteral("می خواهم"),
          QStringLiteral("مي خواهم")}},
        {"do not want",
         {QStringLiteral("نمی\u200Cخواهم"), QStringLiteral("نمیخواهم"),
          QStringLiteral("نمی خواهم")}},
        {"books",
         {QStringLiteral("کتاب‌ها"), QStringLiteral("کتابها"), QStringLiteral("کتاب ها"),
          QStringLiteral("كتاب ها")}},
        {"bigger",
         {QStringLiteral("بزرگ‌تر"), QStringLiteral("بزرگتر"), QStringLiteral("بزرگ تر")}},
        {"national code",
         {QStringLiteral("كد ملي"), QStringLiteral("کد ملی"), QStringLiteral("ﻛﺪ ﻣﻠﻲ"),
          QStringLiteral("کد\u00A0\u00A0ملی")}},
        {"mohammad", {QStringLiteral("مُحَمَّد"), QStringLiteral("محمد"), QStringLiteral("محـمـد")}},
        {"digits",
         {QStringLiteral("۰۹۱۲۳۴۵۶۷۸۹"), QStringLiteral("٠٩١٢٣٤٥٦٧٨٩"),
          QStringLiteral("09123456789")}},
        {"bidi marks",
         {QStringLiteral("\u200Fتهران\u200F"), QStringLiteral("ته\u200Eران"),
          QStringLiteral("\u2067تهران\u2069"), QStringLiteral("تهران")}},
        {"case", {QStringLiteral("Request"), QStringLiteral("REQUEST"), QStringLiteral("request")}},
        {"institution",
         {QStringLiteral("مؤسسهٔ"), QStringLiteral("موسسه"), QStringLiteral("مؤسسة")}},
    };
}

// Characters that must not survive normalization, with the reason, or an empty string.
QString forbiddenCharacterIn(const QString &normalized)
{
    if (normalized.startsWith(QLatin1Char(' ')) || normalized.endsWith(QLatin1Char(' ')))
        return QStringLiteral("space at an end");
    if (normalized.contains(QLatin1String("  ")))
        return QStringLiteral("two spaces in a row");
    static const QString foldedAway = fromCodePoints({
        0x064A, 0x0649, 0x0643, 0x0629, 0x0623, 0x0625, 0x0622, 0x0671, 0x06C0, 0x06D5,
        0x06BE, 0x0624, 0x0626, 0x0640, 0x0670, 0x060C, 0x061B, 0x061F, 0x066A, 0x066B,
        0x066C, 0x00AD, 0x200C, 0x200D, 0x200B, 0x200E, 0x200F, 0x061C, 0xFEFF, 0xFFFD,
    });
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        char32_t c = normalized.at(i).unicode();
        if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || i + 1 == normalized.size() ||
                !normalized.at(i + 1).isLowSurrogate())
                return QStringLiteral("lone surrogate at %1").arg(i);
            c = QChar::surrogateToUcs4(normalized.at(i), normalized.at(i + 1));
            ++i;
        }
        const QString where = codePointName(c) + QStringLiteral(" at %1").arg(i);
        const auto category = QChar::category(c);
        if (foldedAway.contains(QChar::fromUcs4(c)))
            return where + QStringLiteral(" should have been folded");
        if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9))
            return where + QStringLiteral(" is a non-ASCII digit");
        if (c >= 0x0600 && c <= 0x06FF && category == QChar::Mark_NonSpacing)
            return where + QStringLiteral(" is an Arabic mark");
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            return where + QStringLiteral(" is a control or format character");
        if (c != u' ' && (category == QChar::Separator_Space || category == QChar::Separator_Line ||
                          category == QChar::Separator_Paragraph))
            return where + QStringLiteral(" is whitespace other than U+0020");
        if (((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)) &&
            QChar::decompositionTag(c) != QChar::NoDecomposition)
            return where + QStringLiteral(" is an Arabic presentation form");
        if (QChar::toCaseFolded(c) != c)
            return where + QStringLiteral(" is not case folded");
    }
    return {};
}

// A separate statement of the joining rule, to check outputs against: no standalone
// prefix before an Arabic-script word, no standalone suffix after one.
QString unjoinedWordIn(const QString &normalized)
{
    static const QStringList prefixes = {QStringLiteral("می"), QStringLiteral("نمی")};
    static const QStringList suffixes = {
        QStringLiteral("ها"),     QStringLiteral("های"),    QStringLiteral("هایی"),
        QStringLiteral("هایم"),   QStringLiteral("هایت"),   QStringLiteral("هایش"),
        QStringLiteral("هایمان"), QStringLiteral("هایتان"), QStringLiteral("هایشان"),
        QStringLiteral("تر"),     QStringLiteral("تری"),    QStringLiteral("ترین")};
    const auto isArabicLetter = [](char32_t c) {
        return c >= 0x0600 && c <= 0x06FF && QChar::isLetter(c);
    };
    // Whole code points, so that an emoji counts as punctuation and 𐐨 as a letter.
    const auto strip = [](QList<uint> word, bool fromFront) {
        const auto punctuation = [](uint c) {
            return !QChar::isLetterOrNumber(c) && !QChar::isMark(c);
        };
        while (!word.isEmpty() && punctuation(fromFront ? word.front() : word.back()))
            fromFront ? word.removeFirst() : word.removeLast();
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(word.constData()), word.size());
    };
    const QStringList words = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QList<uint> previous = words.at(i - 1).toUcs4();
        const QList<uint> word = words.at(i).toUcs4();
        if (isArabicLetter(word.front()) && prefixes.contains(strip(previous, true)))
            return QStringLiteral("prefix before \"%1\"").arg(words.at(i));
        if (isArabicLetter(previous.back()) && suffixes.contains(strip(word, false)))
            return QStringLiteral("suffix after \"%1\"").arg(words.at(i - 1));
    }
    return {};
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return true;
    }
    return false;
}

// Every input used in the example-based tests, for the checks that hold for any input.
QStringList allExampleInputs()
{
    QStringList inputs;
    for (const ExpectedFolding &folding : expectedFoldings())
        inputs << folding.input;
    for (const EquivalentSpellings &equivalent : equivalentSpellings())
        inputs << equivalent.spellings;
    inputs << QString() << QStringLiteral(" ") << QStringLiteral("\u200C\u200F\t");
    return inputs;
}

// Pieces for random texts: letters in every spelling, marks, joiners, prefix and suffix
// words, digits, whitespace and control characters, surrogates paired and lone.
QStringList randomTextAlphabet()
{
    QStringList alphabet;
    const char32_t codePoints[] = {
        0x0627, 0x0628, 0x062A, 0x0631, 0x0633, 0x0645,  0x0646,  0x0647, 0x06A9, 0x06CC, 0x064A,
        0x0649, 0x0643, 0x0629, 0x0623, 0x0625, 0x0622,  0x0671,  0x0624, 0x0626, 0x06C0, 0x06D5,
        0x06BE, 0x064B, 0x064E, 0x0651, 0x0652, 0x0653,  0x0654,  0x0670, 0x0640, 0x06F1, 0x06F9,
        0x0661, 0x0669, '1',    '9',    0x060C, 0x061B,  0x061F,  0x066B, 0x066C, 0x066A, 0x200C,
        0x200D, 0x200B, 0x200E, 0x200F, 0x061C, 0x202B,  0x202C,  0x2067, 0x2069, 0xFEFF, 0x00AD,
        ' ',    ' ',    ' ',    '\t',   '\n',   0x00A0,  0x2003,  0x202F, 0x3000, 0x0085, 0x0000,
        0x0007, 0x001F, 0x007F, 0x009F, 'a',    'Z',     0x00C4,  0x00DF, 0x03A3, 0x00B5, '.',
        '(',    ')',    0x00AB, 0x00BB, 0xFEFB, 0xFE8D,  0xFECB,  0xFDF2, 0xFDFA, 0xFE70, 0xFE7C,
        0xFC5E, 0xFB50, 0xFF21, 0xFF10, 0xFFFD, 0x1F600, 0x10400,
    };
    for (const char32_t c : codePoints)
        alphabet << fromCodePoints({c});
    alphabet << QString(QChar(char16_t(0xD800))) << QString(QChar(char16_t(0xDC00)));
    alphabet << QStringLiteral("می") << QStringLiteral("نمی") << QStringLiteral("ها")
             << QStringLiteral("های") << QStringLiteral("هایی") << QStringLiteral("هایشان")
             << QStringLiteral("تر") << QStringLiteral("تری") << QStringLiteral("ترین")
             << QStringLiteral("کتاب") << QStringLiteral("Excel");
    return alphabet;
}

QString randomText(QRandomGenerator &random, const QStringList &alphabet)
{
    QString text;
    const int pieces = random.bounded(24);
    for (int i = 0; i < pieces; ++i)
        text += alphabet.at(random.bounded(int(alphabet.size())));
    return text;
}

QByteArray bytes(std::initializer_list<unsigned char> values)
{
    QByteArray result;
    for (const unsigned char value : values)
        result += char(value);
    return result;
}

} // namespace

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Shahrvand::Testing::isolateUserFolders(); }

    void foldsToExpectedForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        for (const ExpectedFolding &folding : expectedFoldings())
            QTest::newRow(folding.name) << folding.input << folding.expected;
    }

    void foldsToExpectedForm()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalizeForSearch(input), expected);
    }

    void equivalentSpellingsMatch_data()
    {
        QTest::addColumn<QStringList>("spellings");
        for (const EquivalentSpellings &equivalent : equivalentSpellings())
            QTest::newRow(equivalent.name) << equivalent.spellings;
    }

    void equivalentSpellingsMatch()
    {
        QFETCH(QStringList, spellings);
        const QString first = normalizeForSearch(spellings.constFirst());
        QVERIFY(!first.isEmpty());
        for (const QString &spelling : spellings)
            QCOMPARE(normalizeForSearch(spelling), first);
    }

    void removesInvisibleCharacters_data()
    {
        QTest::addColumn<uint>("codePoint");
        QList<char32_t> removed = {0x200C, 0x200D, 0x200B, 0x2060, 0x200E, 0x200F,
                                   0x061C, 0xFEFF, 0x00AD, 0x0640, 0x0670, 0xFFFD};
        for (char32_t c = 0x202A; c <= 0x202E; ++c)
            removed << c;
        for (char32_t c = 0x2066; c <= 0x2069; ++c)
            removed << c;
        for (char32_t c = 0x064B; c <= 0x0655; ++c)
            removed << c;
        for (char32_t c = 0x00; c <= 0x9F; ++c) {
            const bool whitespace = (c >= 0x09 && c <= 0x0D) || c == 0x85;
            if ((c < 0x20 || c >= 0x7F) && !whitespace)
                removed << c;
        }
        for (const char32_t c : removed)
            QTest::addRow("%s", qPrintable(codePointName(c))) << uint(c);
    }

    void removesInvisibleCharacters()
    {
        QFETCH(uint, codePoint);
        const QString mark = fromCodePoints({codePoint});
        QCOMPARE(normalizeForSearch(QStringLiteral("سل") + mark + QStringLiteral("ام")),
                 QStringLiteral("سلام"));
        QCOMPARE(normalizeForSearch(mark + QStringLiteral("ab") + mark), QStringLiteral("ab"));
        QCOMPARE(normalizeForSearch(mark), QString());
    }

    void removesEveryArabicMarkAndFormatCharacter()
    {
        // The table in the implementation is written by hand; Qt's character database is
        // the independent statement of which characters in the block are marks.
        for (char32_t c = 0x0600; c <= 0x06FF; ++c) {
            const auto category = QChar::category(c);
            if (category != QChar::Mark_NonSpacing && category != QChar::Other_Format)
                continue;
            const QString word = QStringLiteral("ب") + fromCodePoints({c}) + QStringLiteral("ب");
            QVERIFY2(normalizeForSearch(word) == QStringLiteral("بب"),
                     qPrintable(codePointName(c)));
        }
    }

    void separatesWordsAtWhitespace_data()
    {
        QTest::addColumn<uint>("codePoint");
        QList<char32_t> whitespace = {0x09, 0x0A,   0x0B,   0x0C,   0x0D,   0x20,   0x85,
                                      0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
        for (char32_t c = 0x2000; c <= 0x200A; ++c)
            whitespace << c;
        for (const char32_t c : whitespace)
            QTest::addRow("%s", qPrintable(codePointName(c))) << uint(c);
    }

    void separatesWordsAtWhitespace()
    {
        QFETCH(uint, codePoint);
        const QString space = fromCodePoints({codePoint});
        QCOMPARE(normalizeForSearch(space + QStringLiteral("کد") + space + space +
                                    QStringLiteral("ملی") + space),
                 QStringLiteral("کد ملی"));
        QCOMPARE(normalizeForSearch(space.repeated(3)), QString());
    }

    void unifiesDigitSystems()
    {
        for (char16_t d = 0; d < 10; ++d) {
            const QString ascii(QChar(u'0' + d));
            QCOMPARE(normalizeForSearch(QString(QChar(0x06F0 + d))), ascii);
            QCOMPARE(normalizeForSearch(QString(QChar(0x0660 + d))), ascii);
            QCOMPARE(normalizeForSearch(ascii), ascii);
        }
    }

    void emptyAndBlankGiveEmpty_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("null") << QString();
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("mixed whitespace") << QStringLiteral("\t\n\r\u00A0\u2003\u3000 ");
        QTest::newRow("invisible only") << QStringLiteral("\u200C\u200F\uFEFF\u0640\u064E");
        QTest::newRow("controls only") << fromCodePoints({0x01, 0x1B, 0x7F});
    }

    void emptyAndBlankGiveEmpty()
    {
        QFETCH(QString, input);
        QVERIFY(normalizeForSearch(input).isEmpty());
        QVERIFY(normalizeForSearch(input.toUtf8()).isEmpty());
    }

    void dropsLoneSurrogates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QChar high(char16_t(0xD83D));
        const QChar low(char16_t(0xDE00));
        const QString emoji = QString(high) + low; // U+1F600
        QTest::newRow("high at end") << QStringLiteral("ab") + high << QStringLiteral("ab");
        QTest::newRow("low at start") << low + QStringLiteral("ab") << QStringLiteral("ab");
        QTest::newRow("high in word")
            << QStringLiteral("a") + high + QStringLiteral("b") << QStringLiteral("ab");
        QTest::newRow("reversed pair") << QString(low) + high << QString();
        QTest::newRow("high before pair") << QString(high) + emoji << emoji;
        QTest::newRow("pair kept") << QStringLiteral("x") + emoji << QStringLiteral("x") + emoji;
        QTest::newRow("supplementary case folded")
            << fromCodePoints({0x10400}) << fromCodePoints({0x10428});
    }

    void dropsLoneSurrogates()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalizeForSearch(input), expected);
    }

    void dropsIllFormedUtf8_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0xFF") << bytes({'a', 0xFF, 'b'}) << QStringLiteral("ab");
        QTest::newRow("0xFE alone") << bytes({0xFE}) << QString();
        QTest::newRow("lone continuation") << bytes({'a', 0x80, 0xBF, 'b'}) << QStringLiteral("ab");
        QTest::newRow("overlong slash") << bytes({'a', 0xC0, 0xAF, 'b'}) << QStringLiteral("ab");
        QTest::newRow("overlong 3-byte")
            << bytes({'a', 0xE0, 0x80, 0xAF, 'b'}) << QStringLiteral("ab");
        QTest::newRow("overlong 4-byte")
            << bytes({'a', 0xF0, 0x80, 0x80, 0xAF, 'b'}) << QStringLiteral("ab");
        QTest::newRow("encoded high surrogate")
            << bytes({'a', 0xED, 0xA0, 0x80, 'b'}) << QStringLiteral("ab");
        QTest::newRow("encoded surrogate pair")
            << bytes({0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}) << QString();
        QTest::newRow("above U+10FFFF")
            << bytes({'a', 0xF4, 0x90, 0x80, 0x80, 'b'}) << QStringLiteral("ab");
        QTest::newRow("0xF5 lead") << bytes({0xF5, 0x80, 0x80, 0x80}) << QString();
        // The byte that breaks a sequence may start the next character: it is kept.
        QTest::newRow("truncated before ascii") << bytes({0xE2, 0x82, 'a'}) << QStringLiteral("a");
        QTest::newRow("truncated before persian")
            << QByteArray(bytes({0xD9}) + QStringLiteral("سلام").toUtf8())
            << QStringLiteral("سلام");
        QTest::newRow("truncated at end")
            << QByteArray(QStringLiteral("سلام").toUtf8() + bytes({0xD9}))
            << QStringLiteral("سلام");
        QTest::newRow("truncated 4-byte at end")
            << bytes({'a', 0xF0, 0x9F, 0x98}) << QStringLiteral("a");
        QTest::newRow("valid 4-byte") << bytes({'a', 0xF0, 0x9F, 0x98, 0x80})
                                      << QStringLiteral("a") + fromCodePoints({0x1F600});
        QTest::newRow("valid max") << bytes({0xF4, 0x8F, 0xBF, 0xBD}) << fromCodePoints({0x10FFFD});
        QTest::newRow("arabic variants as utf8")
            << QStringLiteral("كد ملي ۱۲").toUtf8() << QStringLiteral("کد ملی 12");
    }

    void dropsIllFormedUtf8()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(QString, expected);
        const QString normalized = normalizeForSearch(utf8);
        QCOMPARE(normalized, expected);
        QVERIFY(!normalized.contains(QChar(QChar::ReplacementCharacter)));
    }

    void utf8AgreesWithQtDecoder()
    {
        // Qt's decoder puts U+FFFD where the bytes are ill-formed, and U+FFFD is removed, so
        // the two routes must agree on any bytes at all.
        QRandomGenerator random(20240321);
        const QByteArray interesting =
            bytes({0x00, 'a',  ' ',  0x80, 0xBF, 0xC0, 0xC2, 0xD9, 0x84, 0xDB, 0x8C, 0xE0,
                   0xA0, 0xED, 0x9F, 0xEF, 0xBB, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF});
        for (int i = 0; i < 5000; ++i) {
            QByteArray utf8;
            const int length = random.bounded(16);
            for (int j = 0; j < length; ++j)
                utf8 += interesting.at(random.bounded(int(interesting.size())));
            QVERIFY2(normalizeForSearch(utf8) == normalizeForSearch(QString::fromUtf8(utf8)),
                     utf8.toHex(' ').constData());
        }
    }

    void utf8AndUtf16Agree_data()
    {
        QTest::addColumn<QString>("input");
        const QStringList inputs = allExampleInputs();
        for (qsizetype i = 0; i < inputs.size(); ++i)
            QTest::addRow("example %d", int(i)) << inputs.at(i);
    }

    void utf8AndUtf16Agree()
    {
        QFETCH(QString, input);
        QCOMPARE(normalizeForSearch(input.toUtf8()), normalizeForSearch(input));
    }

    void isIdempotent_data() { utf8AndUtf16Agree_data(); }

    void isIdempotent()
    {
        QFETCH(QString, input);
        const QString once = normalizeForSearch(input);
        QCOMPARE(normalizeForSearch(once), once);
        QCOMPARE(forbiddenCharacterIn(once), QString());
        QCOMPARE(unjoinedWordIn(once), QString());
    }

    void randomTextsAreStable()
    {
        QRandomGenerator random(1403); // fixed: a failure must reproduce
        const QStringList alphabet = randomTextAlphabet();
        for (int i = 0; i < 5000; ++i) {
            const QString text = randomText(random, alphabet);
            const QString normalized = normalizeForSearch(text);
            const QByteArray context = text.toUtf8().toHex(' ');
            QVERIFY2(normalizeForSearch(normalized) == normalized, context.constData());
            const QString forbidden = forbiddenCharacterIn(normalized);
            QVERIFY2(forbidden.isEmpty(), qPrintable(forbidden + QLatin1Char(' ') + normalized));
            const QString unjoined = unjoinedWordIn(normalized);
            QVERIFY2(unjoined.isEmpty(), qPrintable(unjoined + QLatin1Char(' ') + normalized));
            if (!hasLoneSurrogate(text))
                QVERIFY2(normalizeForSearch(text.toUtf8()) == normalized, context.constData());
        }
    }

    void normalizesTenMegabytes()
    {
        using Shahrvand::Testing::largeMixedText;
        const QString text = largeMixedText(10 * 1024 * 1024);
        QVERIFY(text.size() > 4 * 1024 * 1024);

        // The large text repeats one piece: the shortest non-empty largeMixedText().
        QString piece;
        for (qsizetype bytes = 1; piece.isEmpty() && bytes <= 4096; ++bytes)
            piece = largeMixedText(bytes);
        QVERIFY(!piece.isEmpty());
        const qsizetype copies = text.size() / piece.size();
        QVERIFY(text == piece.repeated(copies)); // QCOMPARE would print megabytes on failure

        // Pieces are normalized independently when nothing joins across their boundary.
        const QString normalizedPiece = normalizeForSearch(piece);
        QVERIFY(!normalizedPiece.isEmpty());
        QCOMPARE(normalizeForSearch(piece + piece),
                 normalizedPiece + QLatin1Char(' ') + normalizedPiece);

        const QString expected = QStringList(copies, normalizedPiece).join(QLatin1Char(' '));
        const QString normalized = normalizeForSearch(text);
        QCOMPARE(normalized.size(), expected.size());
        QVERIFY(normalized == expected);
        QVERIFY(normalizeForSearch(text.toUtf8()) == expected);
        QVERIFY(normalizeForSearch(normalized) == normalized);
        QCOMPARE(forbiddenCharacterIn(normalizedPiece), QString());
    }
};

QTEST_APPLESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
