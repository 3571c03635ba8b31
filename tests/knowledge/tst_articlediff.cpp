// What changed between two versions of an article, word by word.
#include "articlediff.h"

#include <QTest>

using namespace Shahrvand::Knowledge;

namespace {

QString joined(const QList<DiffPart> &parts, DiffPart::Kind kind)
{
    QString text;
    for (const DiffPart &part : parts) {
        if (part.kind == kind)
            text += u'[' + part.text.trimmed() + u']';
    }
    return text;
}

QString after(const QList<DiffPart> &parts)
{
    QString text;
    for (const DiffPart &part : parts) {
        if (part.kind != DiffPart::Kind::Removed)
            text += part.text;
    }
    return text;
}

QString before(const QList<DiffPart> &parts)
{
    QString text;
    for (const DiffPart &part : parts) {
        if (part.kind != DiffPart::Kind::Added)
            text += part.text;
    }
    return text;
}

} // namespace

class TestArticleDiff : public QObject
{
    Q_OBJECT

private slots:
    void aChangedWordIsRemovedAndAdded()
    {
        const QString a = QStringLiteral("بدهی را در ۲ قسط بپردازید.");
        const QString b = QStringLiteral("بدهی را در ۳ قسط ماهانه بپردازید.");
        const auto parts = diffWords(a, b);
        QCOMPARE(joined(parts, DiffPart::Kind::Removed), QStringLiteral("[۲]"));
        QCOMPARE(joined(parts, DiffPart::Kind::Added), QStringLiteral("[۳][ماهانه]"));
        // Either side reads back whole from the parts.
        QCOMPARE(after(parts), b);
        QCOMPARE(before(parts), a);
    }

    void sameTextIsOnePart()
    {
        const QString text = QStringLiteral("Line one\nLine two\n");
        const auto parts = diffWords(text, text);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.value(0).kind, DiffPart::Kind::Same);
        QCOMPARE(parts.value(0).text, text);
    }

    void emptySides()
    {
        QVERIFY(diffWords(QString(), QString()).isEmpty());
        const auto added = diffWords(QString(), QStringLiteral("new text"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.value(0).kind, DiffPart::Kind::Added);
        const auto removed = diffWords(QStringLiteral("old text"), QString());
        QCOMPARE(removed.value(0).kind, DiffPart::Kind::Removed);
    }

    void longTextsDiffByLine()
    {
        QString a;
        for (int i = 0; i < 3000; ++i)
            a += QStringLiteral("word%1 ").arg(i) + (i % 10 == 9 ? u'\n' : u' ');
        QString b = a;
        b.replace(QStringLiteral("word1500 "), QStringLiteral("changed "));
        const auto parts = diffWords(a, b, 2000);
        QCOMPARE(after(parts), b);
        QCOMPARE(before(parts), a);
        // One line went and one came.
        QCOMPARE(joined(parts, DiffPart::Kind::Removed).count(u'['), 1);
        QCOMPARE(joined(parts, DiffPart::Kind::Added).count(u'['), 1);
    }
};

QTEST_GUILESS_MAIN(TestArticleDiff)
#include "tst_articlediff.moc"
