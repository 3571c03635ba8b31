// The article HTML sanitizer and plain text: Qt's rich text output, hostile input,
// Persian right-to-left paragraphs, and sanitizing twice changing nothing.
#include "articlehtml.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Shahrvand::Knowledge;

class TestArticleHtml : public QObject
{
    Q_OBJECT

private slots:
    void sanitizes_data();
    void sanitizes();
    void qtRichTextKeepsParagraphsListsAndFormats();
    void isIdempotent_data();
    void isIdempotent();
    void plainText_data();
    void plainText();
    void randomJunkIsSafeAndStable();
    void searchFormKeepsTheJoinedWordAndItsParts();
};

void TestArticleHtml::searchFormKeepsTheJoinedWordAndItsParts()
{
    // Without ZWNJ, the search form is normalizeForSearch's.
    QCOMPARE(articleSearchForm(u"قبض آب"), QStringLiteral("قبض اب"));
    // With it: the joined word, then its parts.
    QCOMPARE(articleSearchForm(u"آیین‌نامهٔ پسماند"),
             QStringLiteral("اییننامه پسماند ایین نامه"));
    // A suffix or prefix that normalizeForSearch joins anyway stays joined.
    QCOMPARE(articleSearchForm(u"می‌خواهم کتاب‌ها"),
             QStringLiteral("میخواهم کتابها میخواهم کتابها"));
    QVERIFY(articleSearchForm(u"").isEmpty());
}

void TestArticleHtml::sanitizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text") << "سلام"
                                << "سلام";
    QTest::newRow("kept elements") << "<p>a <b>b</b> <i>c</i> <u>d</u></p>"
                                   << "<p>a <b>b</b> <i>c</i> <u>d</u></p>";
    QTest::newRow("strong and em fold") << "<strong>x</strong><em>y</em>"
                                        << "<b>x</b><i>y</i>";
    QTest::newRow("h1 and h6 fold") << "<h1>t</h1><h6>s</h6>"
                                    << "<h2>t</h2><h4>s</h4>";
    QTest::newRow("rtl paragraph") << "<p dir=\"RTL\" style=\"color:red\" class=\"x\">متن فارسی</p>"
                                   << "<p dir=\"rtl\">متن فارسی</p>";
    QTest::newRow("bad dir dropped") << "<p dir=\"evil\">x</p>"
                                     << "<p>x</p>";
    QTest::newRow("script dropped with content") << "<p>a<script>alert('<p>x</p>')</script>b</p>"
                                                 << "<p>ab</p>";
    QTest::newRow("script upper case, no end") << "<p>a</p><SCRIPT>alert(1)"
                                               << "<p>a</p>";
    QTest::newRow("script end tag with spaces") << "<script>x</script >after"
                                                << "after";
    QTest::newRow("style and iframe") << "<style>p{}</style><iframe src=x>inner</iframe>ok"
                                      << "ok";
    QTest::newRow("object nested") << "<object><object>x</object>y</object>z"
                                   << "z";
    QTest::newRow("embed is void") << "<embed src=x>kept"
                                   << "kept";
    QTest::newRow("on attributes")
        << "<p onclick=\"alert(1)\" onmouseover=x>t</p><b onload='x'>b</b>"
        << "<p>t</p><b>b</b>";
    QTest::newRow("img dropped") << "<img src=x onerror=alert(1)>t"
                                 << "t";
    QTest::newRow("javascript link") << "<a href=\"javascript:alert(1)\">x</a>"
                                     << "x";
    QTest::newRow("javascript link, entity") << "<a href=\"&#106;avascript:alert(1)\">x</a>"
                                             << "x";
    QTest::newRow("javascript link, tab") << "<a href=\"java\tscript:alert(1)\">x</a>"
                                          << "x";
    QTest::newRow("data link") << "<a href='data:text/html,<script>'>x</a>"
                               << "x";
    QTest::newRow("https link")
        << "<a href=\"https://example.ir/a?b=1&amp;c=2\" target=_blank>x</a>"
        << "<a href=\"https://example.ir/a?b=1&amp;c=2\">x</a>";
    QTest::newRow("mailto link") << "<a href=MAILTO:a@b.ir>m</a>"
                                 << "<a href=\"MAILTO:a@b.ir\">m</a>";
    QTest::newRow("quote in href") << "<a href='http://x/\"onmouseover=\"'>q</a>"
                                   << "<a href=\"http://x/&quot;onmouseover=&quot;\">q</a>";
    QTest::newRow("entities decoded and escaped")
        << "a &lt;b&gt; &amp; &#1587;&#x644;&zwnj;م &unknown; &"
        << QString::fromUtf8("a &lt;b&gt; &amp; سل\u200Cم &amp;unknown; &amp;");
    QTest::newRow("bad numeric entity") << "&#0;&#xD800;&#99999999;" << QString(3, QChar(0xFFFD));
    QTest::newRow("stray lt") << "1 < 2 and 3 <4"
                              << "1 &lt; 2 and 3 &lt;4";
    QTest::newRow("unclosed tag at end") << "<p>hello <b"
                                         << "<p>hello </p>";
    QTest::newRow("unclosed attribute quote") << "<p>x<a href=\"http://y>z"
                                              << "<p>x</p>";
    QTest::newRow("unclosed elements closed") << "<ul><li><b>x"
                                              << "<ul><li><b>x</b></li></ul>";
    QTest::newRow("mis-nested") << "<b><i>x</b>y</i>"
                                << "<b><i>x</i></b>y";
    QTest::newRow("block in paragraph") << "<p>a<ul><li>b</li></ul>c</p>"
                                        << "<p>a</p><ul><li>b</li></ul>c";
    QTest::newRow("li without list") << "<li>a<li>b"
                                     << "<ul><li>a</li><li>b</li></ul>";
    QTest::newRow("text in list") << "<ul>x<li>y</li></ul>"
                                  << "<ul><li>x</li><li>y</li></ul>";
    QTest::newRow("td without table") << "<td>a</td>"
                                      << "<table><tr><td>a</td></tr></table>";
    QTest::newRow("table kept") << "<table border=1><thead><tr><th>h</th></tr></thead><tbody>"
                                   "<tr><td>c</td></tr></tbody></table>"
                                << "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td>"
                                   "</tr></tbody></table>";
    QTest::newRow("comments") << "a<!-- <script>x</script> -->b<!--unclosed"
                              << "ab";
    QTest::newRow("doctype and pi") << "<!DOCTYPE html><?xml x?>t"
                                    << "t";
    QTest::newRow("nested junk")
        << "<div><font color=red><center><p>x</p></center></font></div><marquee>y</marquee>"
        << "<p>x</p>y";
    QTest::newRow("svg script") << "<svg><script>alert(1)</script><text>t</text></svg>z"
                                << "z";
    QTest::newRow("nested links") << "<a href=http://a>1<a href=http://b>2</a></a>"
                                  << "<a href=\"http://a\">1</a><a href=\"http://b\">2</a>";
    QTest::newRow("br and hr") << "a<br/>b<hr>c<br>"
                               << "a<br>b<hr>c<br>";
    QTest::newRow("end br ignored") << "a</br>b"
                                    << "ab";
    QTest::newRow("controls") << QString::fromUtf8("a\x01\x7f\r\nb") << "a\nb";
    QTest::newRow("tag name with junk") << "<p/onload=alert(1)>x</p>"
                                        << "<p>x</p>";
    QTest::newRow("empty") << ""
                           << "";
}

void TestArticleHtml::sanitizes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(sanitizeArticleHtml(input), expected);
}

void TestArticleHtml::qtRichTextKeepsParagraphsListsAndFormats()
{
    // What QTextDocument::toHtml() writes (Qt 6.4) for a Persian paragraph with a bold,
    // an italic and an underlined word, a heading, a list and an empty paragraph.
    const QString qt = QString::fromUtf8(
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\" "
        "\"http://www.w3.org/TR/REC-html40/strict.dtd\">\n"
        "<html><head><meta name=\"qrichtext\" content=\"1\" /><meta charset=\"utf-8\" />"
        "<style type=\"text/css\">\np, li { white-space: pre-wrap; }\nhr { height: 1px; "
        "border-width: 0; }\n</style></head><body style=\" font-family:'Vazirmatn'; "
        "font-size:10pt; font-weight:400; font-style:normal;\">\n"
        "<h2 dir='rtl' style=\" margin-top:16px;\"><span style=\" font-size:x-large; "
        "font-weight:700;\">تمدید پروانه</span></h2>\n"
        "<p dir='rtl' style=\" margin-top:0px; margin-bottom:0px; -qt-block-indent:0; "
        "text-indent:0px;\">برای <span style=\" font-weight:700;\">تمدید</span> "
        "<span style=\" font-style:italic;\">پروانه</span> "
        "<span style=\" text-decoration: underline;\">کسب</span> "
        "<span style=\" font-weight:700; font-style:italic;\">مدارک</span> لازم است.</p>\n"
        "<ul style=\"margin-top: 0px; margin-bottom: 0px; -qt-list-indent: 1;\">"
        "<li dir='rtl' style=\" margin-top:12px;\">کارت ملی</li>\n"
        "<li dir='rtl' style=\"\">قبض <span style=\" font-family:'Courier';\">۱۲۳</span></li>"
        "</ul>\n"
        "<p dir='rtl' style=\"-qt-paragraph-type:empty; margin-top:0px;\"><br /></p>\n"
        "<p style=\" margin-top:0px;\">English line</p></body></html>");
    const QString expected = QString::fromUtf8(
        "<h2 dir=\"rtl\"><b>تمدید پروانه</b></h2>"
        "<p dir=\"rtl\">برای <b>تمدید</b> <i>پروانه</i> <u>کسب</u> <b><i>مدارک</i></b> لازم "
        "است.</p>"
        "<ul><li dir=\"rtl\">کارت ملی</li><li dir=\"rtl\">قبض ۱۲۳</li></ul>"
        "<p dir=\"rtl\"><br></p>"
        "<p>English line</p>");
    QCOMPARE(sanitizeArticleHtml(qt), expected);
    QCOMPARE(articlePlainText(qt),
             QString::fromUtf8("تمدید پروانه\nبرای تمدید پروانه کسب مدارک لازم است.\nکارت "
                               "ملی\nقبض ۱۲۳\nEnglish line"));
}

void TestArticleHtml::isIdempotent_data()
{
    sanitizes_data();
    QTest::newRow("deep junk") << "<table><li><td><p><ul><tr><b><a href=http://x><h1>x"
                               << QString();
    QTest::newRow("interleaved") << "<ol><li>1<table><td>c<li>in cell</table><li>2</ol><p>p<h3>h"
                                 << QString();
    QTest::newRow("attributes torture")
        << "<p dir = rtl title=\"a>b\" dir=ltr>x</p><a href = 'https://a.ir/?q=<x>' >y</a>"
        << QString();
}

void TestArticleHtml::isIdempotent()
{
    QFETCH(QString, input);
    const QString once = sanitizeArticleHtml(input);
    QCOMPARE(sanitizeArticleHtml(once), once);
    // What is left has no way to run code.
    QVERIFY(!once.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!once.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
    QVERIFY(!once.contains(QLatin1String(" on"), Qt::CaseInsensitive) ||
            !once.contains(QLatin1Char('=')) || !once.contains(QLatin1String("<")));
}

void TestArticleHtml::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs") << "<p>a  b</p><p>c</p>"
                                << "a b\nc";
    QTest::newRow("list items start lines") << "<ul><li>one</li><li>two</li></ul>"
                                            << "one\ntwo";
    QTest::newRow("br") << "a<br>b"
                        << "a\nb";
    QTest::newRow("entities") << "a&nbsp;&amp;&nbsp;b &lt;c&gt;"
                              << "a & b <c>";
    QTest::newRow("cells") << "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
                           << "a b\nc";
    QTest::newRow("script not text") << "x<script>y</script>z"
                                     << "xz";
    QTest::newRow("zwnj kept") << QString::fromUtf8("می&zwnj;خواهم")
                               << QString::fromUtf8("می\u200Cخواهم");
    QTest::newRow("empty") << ""
                           << "";
}

void TestArticleHtml::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(articlePlainText(input), expected);
}

void TestArticleHtml::randomJunkIsSafeAndStable()
{
    // Pieces of markup shuffled at random (the same every run): whatever comes of them is
    // safe and sanitizes to itself.
    static const QStringList pieces{"<p>",
                                    "</p>",
                                    "<p dir='rtl'>",
                                    "<b>",
                                    "</b>",
                                    "<i>",
                                    "</i>",
                                    "<u>",
                                    "</u>",
                                    "<span "
                                    "style=\" font-weight:700;\">",
                                    "</span>",
                                    "<ul>",
                                    "</ul>",
                                    "<ol>",
                                    "</ol>",
                                    "<li>",
                                    "</li>",
                                    "<table>",
                                    "</table>",
                                    "<tr>",
                                    "</tr>",
                                    "<td>",
                                    "</td>",
                                    "<th>",
                                    "<thead>",
                                    "<tbody>",
                                    "<h1>",
                                    "</h1>",
                                    "<h3>",
                                    "<pre>",
                                    "</pre>",
                                    "<blockquote>",
                                    "</blockquote>",
                                    "<a href=\"https://a.ir\">",
                                    "<a href='javascript:x'>",
                                    "</a>",
                                    "<br>",
                                    "<hr/>",
                                    "<script>",
                                    "</script>",
                                    "<style>",
                                    "<!--",
                                    "-->",
                                    "<div>",
                                    "</div>",
                                    "<img src=x "
                                    "onerror=y>",
                                    "&amp;",
                                    "&lt;",
                                    "&#1605;",
                                    "&zwnj;",
                                    "&bogus;",
                                    "<",
                                    ">",
                                    "\"",
                                    "'",
                                    "=",
                                    " ",
                                    "\n",
                                    "متن",
                                    "text",
                                    "<object>",
                                    "</object>",
                                    "<head>",
                                    "<body>",
                                    "<svg>",
                                    "</svg>",
                                    "<code>",
                                    "</code>"};
    QRandomGenerator random(1405);
    for (int round = 0; round < 3000; ++round) {
        QString html;
        const int count = int(random.bounded(1, 25));
        for (int i = 0; i < count; ++i)
            html += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        const QString once = sanitizeArticleHtml(html);
        if (sanitizeArticleHtml(once) != once)
            QFAIL(qPrintable(QStringLiteral("not stable: %1 -> %2 -> %3")
                                 .arg(html, once, sanitizeArticleHtml(once))));
        QVERIFY2(!once.contains(u"<script") && !once.contains(u"javascript") &&
                     !once.contains(u"onerror") && !once.contains(u"<img"),
                 qPrintable(html + QStringLiteral(" -> ") + once));
    }
}

QTEST_APPLESS_MAIN(TestArticleHtml)
#include "tst_articlehtml.moc"
