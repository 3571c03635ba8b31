// Snippets of an article's text for a result list, and the matched words of a title: cut
// at word boundaries, highlights at the words whatever their spelling.
#include "articlesnippet.h"
#include "textnormalizer.h"

#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Knowledge;

namespace {

QStringList words(const QString &typed)
{
    return normalizeForSearch(typed).split(u' ', Qt::SkipEmptyParts);
}

QStringList highlighted(const QString &text, const QList<ArticleSnippet::Range> &ranges)
{
    QStringList result;
    for (const auto &range : ranges)
        result.append(text.mid(range.start, range.length));
    return result;
}

QString filler(int words)
{
    QStringList list;
    for (int i = 0; i < words; ++i)
        list.append(i % 2 ? u"متن"_qs : u"نمونه"_qs);
    return list.join(u' ');
}

} // namespace

class TestArticleSnippet : public QObject
{
    Q_OBJECT

private slots:
    void aShortTextIsWholeWithItsMatches()
    {
        const QString text = u"برای تمدید گواهینامه به دفتر پلیس+۱۰ مراجعه کنید."_qs;
        const ArticleSnippet snippet =
            makeSnippet(text, words(u"گواهي‌نامه ١٠"_qs), false);
        QCOMPARE(snippet.text, text);
        QCOMPARE(highlighted(snippet.text, snippet.highlights),
                 (QStringList{u"گواهینامه"_qs, u"۱۰"_qs}));
        QCOMPARE(snippet.highlights.at(0).start, 11);
        QCOMPARE(snippet.highlights.at(0).length, 9);
    }

    void spellingsMatchWordByWord()
    {
        const QString text =
            u"كتاب‌هاي درسي و کتابها را می خواهم؛ مي‌خواهم بخوانم."_qs;
        // Arabic yeh and kaf, ZWNJ, a space between the parts: the word as written is marked.
        QCOMPARE(highlighted(text, matchedWords(text, words(u"کتابهای"_qs), false)),
                 QStringList{u"كتاب‌هاي"_qs});
        QCOMPARE(highlighted(text, matchedWords(text, words(u"کتاب‌ها"_qs), false)),
                 QStringList{u"کتابها"_qs});
        QCOMPARE(highlighted(text, matchedWords(text, words(u"میخواهم"_qs), false)),
                 (QStringList{u"می خواهم"_qs, u"مي‌خواهم"_qs}));
        // Diacritics in the text or the query.
        const QString vowelled = u"مالِیات بر ارزش افزوده"_qs;
        QCOMPARE(highlighted(vowelled, matchedWords(vowelled, words(u"مالیات"_qs), false)),
                 QStringList{u"مالِیات"_qs});
        // Case and the three digit systems.
        const QString mixed = u"Call 137 or ۱۳۷ — CALL ١٣٧"_qs;
        QCOMPARE(highlighted(mixed, matchedWords(mixed, words(u"call 137"_qs), false)),
                 (QStringList{u"Call"_qs, u"137"_qs, u"۱۳۷"_qs, u"CALL"_qs, u"١٣٧"_qs}));
    }

    void theLastWordMayBeUnfinished()
    {
        const QString title = u"Parking permit: پارکینگ و پارک حاشیه‌ای"_qs;
        QCOMPARE(highlighted(title, matchedWords(title, words(u"پارک"_qs), true)),
                 (QStringList{u"پارکینگ"_qs, u"پارک"_qs}));
        QCOMPARE(highlighted(title, matchedWords(title, words(u"پارک"_qs), false)),
                 QStringList{u"پارک"_qs});
        // Only the last word.
        QCOMPARE(highlighted(title, matchedWords(title, words(u"par permit"_qs), true)),
                 QStringList{u"permit"_qs});
        QCOMPARE(matchedWords(title, {}, true).size(), 0);
    }

    void aLongTextIsCutAroundTheMostMatches()
    {
        const QString text = filler(60) + u" عوارض نوسازی "_qs + filler(60) +
                             u" پرداخت عوارض نوسازی ساختمان "_qs + filler(60);
        const ArticleSnippet snippet =
            makeSnippet(text, words(u"عوارض نوسازی پرداخت"_qs), false, 80);
        QVERIFY(snippet.text.size() <= 80);
        QVERIFY(snippet.text.startsWith(u"…"_qs));
        QVERIFY(snippet.text.endsWith(u"…"_qs));
        QCOMPARE(highlighted(snippet.text, snippet.highlights),
                 (QStringList{u"پرداخت"_qs, u"عوارض"_qs, u"نوسازی"_qs}));
        // Cut at word boundaries: every word inside is whole.
        const QString inner = snippet.text.mid(1, snippet.text.size() - 2).trimmed();
        for (const QString &word : inner.split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(word == u"متن"_qs || word == u"نمونه"_qs || word == u"پرداخت"_qs ||
                         word == u"عوارض"_qs || word == u"نوسازی"_qs || word == u"ساختمان"_qs,
                     qPrintable(word));
        // Some words before the first match, for context.
        QVERIFY(snippet.highlights.first().start > 1);
    }

    void withoutAMatchTheBeginning()
    {
        const QString text = u"خط اول\nخط دوم "_qs + filler(100);
        const ArticleSnippet snippet = makeSnippet(text, words(u"ناموجود"_qs), false, 50);
        QVERIFY(snippet.text.startsWith(u"خط اول خط دوم"_qs)); // one line
        QVERIFY(snippet.text.endsWith(u"…"_qs));
        QVERIFY(snippet.text.size() <= 50);
        QVERIFY(snippet.highlights.isEmpty());
        QCOMPARE(makeSnippet(text.left(20), {}, true).text, u"خط اول خط دوم نمونه"_qs);
        QCOMPARE(makeSnippet({}, words(u"x"_qs), true).text, QString());
    }

    void aMatchAtTheEndOfALongText()
    {
        const QString text = filler(200) + u" سامانه ۱۸۸۸"_qs;
        const ArticleSnippet snippet = makeSnippet(text, words(u"1888"_qs), false, 60);
        QVERIFY(snippet.text.startsWith(u"…"_qs));
        QVERIFY(!snippet.text.endsWith(u"…"_qs));
        QVERIFY(snippet.text.size() <= 60);
        QCOMPARE(highlighted(snippet.text, snippet.highlights), QStringList{u"۱۸۸۸"_qs});
    }

    void aWordLongerThanTheSnippet()
    {
        const QString text = QString(300, u'x') + u" tail"_qs;
        const ArticleSnippet snippet = makeSnippet(text, words(u"tail"_qs), false, 40);
        QVERIFY(snippet.text.size() <= 40);
        QCOMPARE(highlighted(snippet.text, snippet.highlights), QStringList{u"tail"_qs});
    }
};

QTEST_GUILESS_MAIN(TestArticleSnippet)
#include "tst_articlesnippet.moc"
