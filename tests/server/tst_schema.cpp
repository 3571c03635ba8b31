// The pieces that decide what a request means, without a socket: language
// negotiation, the raw-body checks, the schema rules, and the message catalogue.
#include "apierror.h"
#include "jsonbody.h"
#include "messagecatalog.h"
#include "requestcontext.h"
#include "schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Shahrvand;
using namespace Shahrvand::Server;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parsed(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("{\"v\":") + json + '}').object().value(u"v");
}

QString reasonOf(const std::optional<ApiError> &error)
{
    return error ? error->details().value(u"reason").toString() : QString();
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void languageNegotiation_data();
    void languageNegotiation();
    void utf8Validation_data();
    void utf8Validation();
    void nestingDepthIgnoresStrings();
    void integersMustBeExact_data();
    void integersMustBeExact();
    void numbersMustBeFinite();
    void queryIntegersArePlainDecimal_data();
    void queryIntegersArePlainDecimal();
    void unknownFieldsComeFirstAndAreNamed();
    void lengthsCountCharacters();
    void openApiShapeFollowsTheDeclaration();
    void catalogueFallsBackToTheSource();
};

void TestSchema::languageNegotiation_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<Language>("expected");
    QTest::newRow("absent") << QByteArray() << Language::Persian;
    QTest::newRow("en") << QByteArray("en") << Language::English;
    QTest::newRow("upper case") << QByteArray("EN-us") << Language::English;
    QTest::newRow("fa-IR") << QByteArray("fa-IR") << Language::Persian;
    QTest::newRow("browser") << QByteArray("en-US,en;q=0.9,fa;q=0.8") << Language::English;
    QTest::newRow("preferred later") << QByteArray("en;q=0.5, fa;q=0.8") << Language::Persian;
    QTest::newRow("unknown first") << QByteArray("de, en;q=0.5") << Language::English;
    QTest::newRow("neither") << QByteArray("fr, de") << Language::Persian;
    QTest::newRow("refused") << QByteArray("en;q=0") << Language::Persian;
    QTest::newRow("wildcard") << QByteArray("*") << Language::Persian;
    QTest::newRow("garbage") << QByteArray(";;;q=,,") << Language::Persian;
}

void TestSchema::languageNegotiation()
{
    QFETCH(QByteArray, header);
    QFETCH(Language, expected);
    QCOMPARE(negotiateLanguage(header), expected);
}

void TestSchema::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello") << true;
    QTest::newRow("persian") << QString::fromUtf8("شهروند").toUtf8() << true;
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("stray continuation") << QByteArray("a\x80z") << false;
    QTest::newRow("truncated") << QByteArray("\xe2\x82") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("beyond unicode") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("ff") << QByteArray("\xff") << false;
}

void TestSchema::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(JsonBody::isValidUtf8(bytes), valid);
}

void TestSchema::nestingDepthIgnoresStrings()
{
    QCOMPARE(JsonBody::nestingDepth("{}", 32), 1);
    const QByteArray arrays = "{\"a\":[[1],[2,[3]]]}";
    const QByteArray inString = "{\"a\":\"[[[[{{{{\"}";
    const QByteArray escapedQuote = "{\"a\":\"\\\"[[[[\"}";
    QCOMPARE(JsonBody::nestingDepth(arrays, 32), 4);
    QCOMPARE(JsonBody::nestingDepth(inString, 32), 1);
    QCOMPARE(JsonBody::nestingDepth(escapedQuote, 32), 1);
    QCOMPARE(JsonBody::nestingDepth(QByteArray(100, '['), 32), 33); // stops counting early
    QVERIFY(!JsonBody::parseObject(QByteArray(33, '[') + QByteArray(33, ']'), 32));
    QCOMPARE(JsonBody::parseObject(QByteArray(33, '[') + QByteArray(33, ']'), 32).error().code(),
             QStringLiteral("json_too_deep"));
}

void TestSchema::integersMustBeExact_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("integer") << QByteArray("42") << QString();
    QTest::newRow("negative") << QByteArray("-7") << QString();
    QTest::newRow("float that is whole") << QByteArray("42.0") << QString();
    QTest::newRow("exponent that is whole") << QByteArray("4.2e1") << QString();
    QTest::newRow("largest") << QByteArray("9223372036854775807") << QString();
    QTest::newRow("fraction") << QByteArray("42.5") << QStringLiteral("not_integer");
    QTest::newRow("tiny fraction") << QByteArray("1.0000001") << QStringLiteral("not_integer");
    QTest::newRow("past 64 bits") << QByteArray("9223372036854775808")
                                  << QStringLiteral("not_integer");
    QTest::newRow("huge") << QByteArray("1e300") << QStringLiteral("not_integer");
    QTest::newRow("string") << QByteArray("\"42\"") << QStringLiteral("wrong_type");
    QTest::newRow("boolean") << QByteArray("true") << QStringLiteral("wrong_type");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("wrong_type");
}

void TestSchema::integersMustBeExact()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto error =
        Field::integer(QStringLiteral("v")).check(parsed(json.constData()), QStringLiteral("v"));
    QCOMPARE(reasonOf(error), reason);
    if (error)
        QCOMPARE(error->details().value(u"field").toString(), QStringLiteral("v"));
}

void TestSchema::numbersMustBeFinite()
{
    const Field score = Field::number(QStringLiteral("v")).range(0, 10);
    QVERIFY(!score.check(2.5, QStringLiteral("v")));
    QVERIFY(!score.check(10, QStringLiteral("v")));
    QCOMPARE(reasonOf(score.check(10.01, QStringLiteral("v"))), QStringLiteral("out_of_range"));
    QCOMPARE(reasonOf(score.check(std::numeric_limits<double>::infinity(), QStringLiteral("v"))),
             QStringLiteral("wrong_type"));
    QCOMPARE(reasonOf(score.check(QStringLiteral("2.5"), QStringLiteral("v"))),
             QStringLiteral("wrong_type"));
    const Schema query{Field::number(QStringLiteral("v"))};
    QCOMPARE(
        query.checkQuery({{QStringLiteral("v"), QStringLiteral("2.5")}})->value(u"v").toDouble(),
        2.5);
    QVERIFY(!query.checkQuery({{QStringLiteral("v"), QStringLiteral("inf")}}));
    QVERIFY(!query.checkQuery({{QStringLiteral("v"), QStringLiteral(" 1")}}));
}

void TestSchema::queryIntegersArePlainDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("digits") << QStringLiteral("12") << true;
    QTest::newRow("negative") << QStringLiteral("-5") << true;
    QTest::newRow("plus") << QStringLiteral("+12") << false;
    QTest::newRow("space") << QStringLiteral(" 12") << false;
    QTest::newRow("exponent") << QStringLiteral("1e3") << false;
    QTest::newRow("hex") << QStringLiteral("0x10") << false;
    QTest::newRow("decimal") << QStringLiteral("1.0") << false;
    QTest::newRow("persian digits") << QStringLiteral("۱۲") << false;
    QTest::newRow("too big") << QStringLiteral("99999999999999999999") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSchema::queryIntegersArePlainDecimal()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const Schema query{Field::integer(QStringLiteral("page"))};
    const auto typed = query.checkQuery({{QStringLiteral("page"), text}});
    QCOMPARE(typed.hasValue(), accepted);
    if (accepted)
        QCOMPARE(typed->value(u"page").toInteger(), text.toLongLong());
    else
        QCOMPARE(typed.error().details().value(u"reason").toString(),
                 QStringLiteral("not_integer"));
}

void TestSchema::unknownFieldsComeFirstAndAreNamed()
{
    const Schema schema{Field::string(QStringLiteral("name")).required(),
                        Field::object(QStringLiteral("address"),
                                      Schema{Field::string(QStringLiteral("city")).required()})};
    QCOMPARE(reasonOf(schema.check(QJsonObject{{QStringLiteral("nmae"), 1}})),
             QStringLiteral("unknown_field"));
    QCOMPARE(reasonOf(schema.check(QJsonObject{})), QStringLiteral("missing"));
    const auto nested = schema.check(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                    {QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), 5}}}});
    QVERIFY(nested);
    QCOMPARE(nested->details().value(u"field").toString(), QStringLiteral("address.city"));
    QCOMPARE(nested->details().value(u"expected").toString(), QStringLiteral("string"));
    QVERIFY(!schema.check(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}));

    // Built field by field (as from the entity registry), a schema checks the same.
    Schema built;
    built.add(Field::string(QStringLiteral("name")).required());
    QCOMPARE(reasonOf(built.check(QJsonObject{})), QStringLiteral("missing"));
    QCOMPARE(reasonOf(built.check(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                              {QStringLiteral("extra"), 1}})),
             QStringLiteral("unknown_field"));
}

void TestSchema::lengthsCountCharacters()
{
    const Field field = Field::string(QStringLiteral("v")).maxLength(3);
    QVERIFY(!field.check(QStringLiteral("شهر"), QStringLiteral("v")));
    QVERIFY(!field.check(QString::fromUtf8("😀😀😀"), QStringLiteral("v"))); // six UTF-16 units
    QCOMPARE(reasonOf(field.check(QStringLiteral("شهرو"), QStringLiteral("v"))),
             QStringLiteral("too_long"));
    const Field tags = Field::array(QStringLiteral("t"), Field::string({})).maxLength(2);
    QCOMPARE(reasonOf(tags.check(QJsonArray{u"a"_s, u"b"_s, u"c"_s}, QStringLiteral("t"))),
             QStringLiteral("too_many_items"));
}

void TestSchema::openApiShapeFollowsTheDeclaration()
{
    const Schema schema{
        Field::string(QStringLiteral("status")).required().oneOf({u"open"_s, u"closed"_s}),
        Field::integer(QStringLiteral("unit")).range(1, 99).nullable(),
        Field::array(QStringLiteral("tags"), Field::string({}).maxLength(5)).maxLength(4)};
    const QJsonObject document = schema.toOpenApi();
    QCOMPARE(document.value(u"type").toString(), QStringLiteral("object"));
    QCOMPARE(document.value(u"additionalProperties").toBool(true), false);
    QCOMPARE(document.value(u"required").toArray(), QJsonArray{u"status"_s});
    const QJsonObject properties = document.value(u"properties").toObject();
    QCOMPARE(properties.value(u"status").toObject().value(u"enum").toArray(),
             (QJsonArray{u"open"_s, u"closed"_s}));
    QCOMPARE(properties.value(u"unit").toObject().value(u"maximum").toInteger(), 99);
    QCOMPARE(properties.value(u"unit").toObject().value(u"nullable").toBool(), true);
    QCOMPARE(properties.value(u"tags").toObject().value(u"maxItems").toInteger(), 4);
    QCOMPARE(properties.value(u"tags")
                 .toObject()
                 .value(u"items")
                 .toObject()
                 .value(u"maxLength")
                 .toInteger(),
             5);
}

void TestSchema::catalogueFallsBackToTheSource()
{
    const MessageCatalog catalog;
    QCOMPARE(catalog.text(Language::Persian, "No::Such::Context", "Untranslated text."),
             QStringLiteral("Untranslated text."));
    const ApiError error = ApiError::tooLong(QStringLiteral("name"), 1500);
    QCOMPARE(
        error.message(catalog, Language::English),
        QStringLiteral("The field \"name\" is too long; at most 1,500 characters are allowed."));
    // Numbers in a Persian message use Persian digits.
    QVERIFY2(error.message(catalog, Language::Persian).contains(QStringLiteral("۱٬۵۰۰")),
             qPrintable(error.message(catalog, Language::Persian)));
    QCOMPARE(error.toLogString(),
             QStringLiteral("validation_failed: The field \"name\" is too long; at most 1,500 "
                            "characters are allowed."));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
