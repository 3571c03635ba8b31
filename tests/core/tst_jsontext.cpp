// JSON written as text must be byte for byte what QJsonDocument writes: answers built
// either way are interchangeable.
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Shahrvand;

namespace {

// What Qt writes for one value, without the array around it.
QByteArray qtWrites(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void stringsAsQtWritesThem_data();
    void stringsAsQtWritesThem();
    void everyCharacterBelow256();
    void utf8StringsAsQtWritesThem_data();
    void utf8StringsAsQtWritesThem();
    void utf8EveryCharacter();
    void utf8IllFormedIsRefused_data();
    void utf8IllFormedIsRefused();
    void numbersAsQtWritesThem();
    void anyValue();
};

void TestJsonText::stringsAsQtWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("hello world");
    QTest::newRow("escapes") << QStringLiteral("a\"b\\c/d\be\ff\ng\rh\ti");
    QTest::newRow("persian") << QStringLiteral("یادداشت آزمایشی ۱۲۳");
    QTest::newRow("mixed") << QStringLiteral("کد: ABC-123 «نقل‌قول»\n");
    QTest::newRow("emoji") << QStringLiteral("ok 😀 done");
    QTest::newRow("lone high") << QString(QChar(0xd83d)) + QStringLiteral("x");
    QTest::newRow("lone high at end") << QStringLiteral("x") + QChar(0xd83d);
    QTest::newRow("lone low") << QStringLiteral("x") + QChar(0xde00) + QStringLiteral("y");
    QTest::newRow("two highs") << QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00);
    QTest::newRow("bom and specials") << QStringLiteral("\ufeff\u2028\u2029\uffff\u00a0");
}

void TestJsonText::stringsAsQtWritesThem()
{
    QFETCH(QString, text);
    QByteArray written;
    JsonText::appendString(written, text);
    QCOMPARE(written, qtWrites(text));
}

void TestJsonText::everyCharacterBelow256()
{
    QString text;
    for (char16_t c = 0; c < 256; ++c)
        text.append(QChar(c));
    QByteArray written;
    JsonText::appendString(written, text);
    QCOMPARE(written, qtWrites(text));
}

void TestJsonText::utf8StringsAsQtWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("hello world");
    QTest::newRow("escapes") << QStringLiteral("a\"b\\c/d\be\ff\ng\rh\ti");
    QTest::newRow("persian") << QStringLiteral("یادداشت آزمایشی ۱۲۳");
    QTest::newRow("mixed") << QStringLiteral("کد: ABC-123 «نقل‌قول»\n");
    QTest::newRow("emoji") << QStringLiteral("ok 😀 done");
    QTest::newRow("nul inside") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QTest::newRow("specials") << QStringLiteral("\ufeff\u2028\u2029\ufffd\u00a0\u007f");
    QTest::newRow("edges") << QString::fromUcs4(U"\u0080\u07ff\u0800\ud7ff\ue000\ufffd"
                                                U"\U00010000\U0010ffff");
}

void TestJsonText::utf8StringsAsQtWritesThem()
{
    QFETCH(QString, text);
    QByteArray written("prefix");
    QVERIFY(JsonText::appendUtf8String(written, text.toUtf8()));
    QCOMPARE(written, "prefix" + qtWrites(text));
}

void TestJsonText::utf8EveryCharacter()
{
    // Every scalar value but the two the UTF-8 path leaves to its caller.
    QList<char32_t> codes;
    for (char32_t code = 0; code <= 0x10ffff; ++code) {
        if ((code < 0xd800 || code > 0xdfff) && code != 0xfffe && code != 0xffff)
            codes.append(code);
    }
    const QString text = QString::fromUcs4(codes.constData(), codes.size());
    QByteArray written;
    QVERIFY(JsonText::appendUtf8String(written, text.toUtf8()));
    QCOMPARE(written, qtWrites(text));
}

void TestJsonText::utf8IllFormedIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lone continuation") << QByteArray("a\x80"
                                                     "b");
    QTest::newRow("overlong two bytes") << QByteArray("\xc0\x80");
    QTest::newRow("overlong c1") << QByteArray("\xc1\xbf");
    QTest::newRow("overlong three bytes") << QByteArray("\xe0\x9f\xbf");
    QTest::newRow("overlong four bytes") << QByteArray("\xf0\x8f\xbf\xbf");
    QTest::newRow("surrogate high") << QByteArray("x\xed\xa0\x80y");
    QTest::newRow("surrogate low") << QByteArray("\xed\xbf\xbf");
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("f5") << QByteArray("\xf5\x80\x80\x80");
    QTest::newRow("truncated at end") << QByteArray("ok \xe4\xb8");
    QTest::newRow("truncated inside") << QByteArray("\xe4\xb8x");
    QTest::newRow("U+FFFE") << QByteArray("\xef\xbf\xbe");
    QTest::newRow("U+FFFF") << QByteArray("a\xef\xbf\xbf");
}

void TestJsonText::utf8IllFormedIsRefused()
{
    QFETCH(QByteArray, bytes);
    QByteArray written("kept");
    QVERIFY(!JsonText::appendUtf8String(written, bytes));
    QCOMPARE(written, QByteArray("kept"));
}

void TestJsonText::numbersAsQtWritesThem()
{
    for (const qint64 value :
         {qint64(0), qint64(-1), qint64(42), qint64(9'007'199'254'740'993LL),
          std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        QByteArray written;
        JsonText::appendInteger(written, value);
        QCOMPARE(written, qtWrites(QJsonValue(value)));
    }
    for (const double value : {0.0, -0.0, 0.1, 35.6892, 51.389, -1.5, 3.0, 1e21, 1e-7,
                               std::numeric_limits<double>::max(), std::nan(""),
                               std::numeric_limits<double>::infinity()}) {
        QByteArray written;
        JsonText::appendDouble(written, value);
        QCOMPARE(written, qtWrites(QJsonValue(value)));
    }
}

void TestJsonText::anyValue()
{
    const QJsonObject object{{QStringLiteral("b"), 1},
                             {QStringLiteral("a"), QJsonArray{1.5, QStringLiteral("x"), true}}};
    for (const QJsonValue &value :
         {QJsonValue(), QJsonValue(true), QJsonValue(false), QJsonValue(qint64(7)), QJsonValue(2.5),
          QJsonValue(QStringLiteral("t\"x")), QJsonValue(object),
          QJsonValue(QJsonArray{object, 3})}) {
        QByteArray written;
        JsonText::appendValue(written, value);
        QCOMPARE(written, qtWrites(value));
    }
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
