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
