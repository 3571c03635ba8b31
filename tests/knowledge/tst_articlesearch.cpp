// GET /api/v1/articles/search on the real server and a real database (SQLite, or
// PostgreSQL under pg_virtualenv): hostile spellings, ranking and paging, the caller's
// scope, bad input.
#include "knowledgeserverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Testing;
using EntityStore::StoreError;

class TestArticleSearch : public QObject, private KnowledgeServerFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void searchFindsHostileSpellings_data();
    void searchFindsHostileSpellings();
    void searchRanksTitleFirstAndPages();
    void searchKeepsToTheCallersScope();
    void agentsFindTheArticlesInForce();
    void searchRefusesBadInput();
};

void TestArticleSearch::searchFindsHostileSpellings_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QString>("title");
    QTest::newRow("arabic kaf and yeh") << str("كتاب ماليات") << str("کتاب راهنمای مالیات");
    QTest::newRow("arabic yeh, typed prefix") << str("راهنماي") << str("کتاب راهنمای مالیات");
    QTest::newRow("zwnj in the text, none typed")
        << str("درخواستهای روشنایی") << str("درخواست‌های روشنایی معابر");
    QTest::newRow("space instead of zwnj")
        << str("درخواست های") << str("درخواست‌های روشنایی معابر");
    QTest::newRow("zwnj typed, none in the text")
        << str("می‌خواهم") << str("میخواهم پروانه بگیرم");
    QTest::newRow("diacritics") << str("پَروانهٔ بگیرم") << str("میخواهم پروانه بگیرم");
    QTest::newRow("persian digits")
        << str("تماس ۱۳۷") << str("درخواست‌های روشنایی معابر");
    QTest::newRow("arabic-indic digits")
        << str("١٣٧") << str("درخواست‌های روشنایی معابر");
    QTest::newRow("latin digits") << str("137")
                                  << str("درخواست‌های روشنایی معابر");
    QTest::newRow("persian and english") << str("excel گزارش") << str("گزارش ماهانه در Excel");
    QTest::newRow("english prefix, upper case") << str("EXC") << str("گزارش ماهانه در Excel");
}

void TestArticleSearch::searchFindsHostileSpellings()
{
    QFETCH(QString, q);
    QFETCH(QString, title);
    QVERIFY(publish(str("کتاب راهنمای مالیات"), str("<p>نرخ‌های سال جدید</p>")) > 0);
    QVERIFY(
        publish(str("درخواست‌های روشنایی معابر"),
                str("<p>چراغ‌ها خاموش است؟ با شماره ۱۳۷ <b>تماس</b> "
                    "بگیرید.</p>"),
                str("لامپ")) > 0);
    QVERIFY(publish(str("میخواهم پروانه بگیرم"), str("<p>مدارک لازم</p>")) > 0);
    QVERIFY(publish(str("گزارش ماهانه در Excel"), str("<p>Monthly report</p>")) > 0);

    const Reply found = search(u"agent-a"_qs, {{u"q"_qs, q}});
    QCOMPARE(found.status, 200);
    const QJsonArray items = found.body.value(u"items").toArray();
    QVERIFY2(items.size() == 1, found.raw.constData());
    QCOMPARE(found.body.value(u"total").toInt(), 1);
    QCOMPARE(items.at(0)[u"title"].toString(), title);
    QCOMPARE(items.at(0)[u"status"].toString(), QStringLiteral("published"));
    QVERIFY(items.at(0)[u"score"].toDouble() > 0);
    QVERIFY(items.at(0).toObject().contains(u"snippet"));
}

void TestArticleSearch::searchRanksTitleFirstAndPages()
{
    const qint64 inBody = publish(str("ساعات کاری"), str("<p>صدور پروانه ساختمان</p>"));
    const qint64 inKeywords = publish(str("مدارک لازم"), u"<p>x</p>"_qs, str("پروانه"));
    const qint64 inTitle = publish(str("تمدید پروانه کسب"), u"<p>y</p>"_qs);
    QVERIFY(inBody > 0 && inKeywords > 0 && inTitle > 0);
    const auto ids = [](const Reply &reply) {
        QList<qint64> list;
        for (const QJsonValue &item : reply.body.value(u"items").toArray())
            list << item[u"id"].toInteger();
        return list;
    };
    const Reply all = search(u"agent-a"_qs, {{u"q"_qs, str("پروانه")}});
    QCOMPARE(ids(all), (QList<qint64>{inTitle, inKeywords, inBody}));
    QCOMPARE(all.body.value(u"total").toInt(), 3);
    const Reply second = search(
        u"agent-a"_qs, {{u"q"_qs, str("پروانه")}, {u"limit"_qs, u"1"_qs}, {u"offset"_qs, u"1"_qs}});
    QCOMPARE(ids(second), QList<qint64>{inKeywords});
    QCOMPARE(second.body.value(u"total").toInt(), 3);
    // The snippet is the body's text, without markup.
    QCOMPARE(all.body[u"items"][2][u"snippet"].toString(), str("صدور پروانه ساختمان"));
    // Filters.
    QCOMPARE(ids(search(u"agent-a"_qs, {{u"q"_qs, str("پروانه")}, {u"type"_qs, u"faq"_qs}})),
             QList<qint64>{});
    QCOMPARE(ids(search(u"agent-a"_qs, {{u"q"_qs, str("پروانه")},
                                        {u"type"_qs, u"article"_qs},
                                        {u"language"_qs, u"fa"_qs},
                                        {u"status"_qs, u"published"_qs}}))
                 .size(),
             3);
    // LIKE's wildcards are only characters.
    QCOMPARE(search(u"agent-a"_qs, {{u"q"_qs, u"%"_qs}}).body.value(u"total").toInt(), 0);
    QCOMPARE(search(u"agent-a"_qs, {{u"q"_qs, u"_"_qs}}).body.value(u"total").toInt(), 0);
}

void TestArticleSearch::searchKeepsToTheCallersScope()
{
    const qint64 draft =
        create(w->author, {{QStringLiteral("title"), str("پیش‌نویس محرمانه")}})
            .value(u"id")
            .toInteger();
    QVERIFY(draft > 0);
    const QMap<QString, QString> q{{u"q"_qs, str("پیشنویس")}};
    QCOMPARE(search(u"agent-a"_qs, q).body.value(u"total").toInt(), 0);
    QCOMPARE(search(u"author"_qs, q).body.value(u"total").toInt(), 1);
    QCOMPARE(search(u"approver"_qs, q).body.value(u"total").toInt(), 1);
    // The agent's own proposal is theirs to find.
    QVERIFY(!create(w->agentA, {{QStringLiteral("title"), str("پیشنویس پیشنهادی")}}).isEmpty());
    QCOMPARE(search(u"agent-a"_qs, q).body.value(u"total").toInt(), 1);
    QCOMPARE(search(u"agent-b"_qs, q).body.value(u"total").toInt(), 0);
}

void TestArticleSearch::agentsFindTheArticlesInForce()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    const auto article = [&](const char *title, const QJsonObject &dates) {
        QJsonObject input{{QStringLiteral("title"), str(title)}};
        for (auto it = dates.begin(); it != dates.end(); ++it)
            input.insert(it.key(), it.value());
        const qint64 id = create(w->author, input).value(u"id").toInteger();
        for (const auto &[who, status] :
             {std::pair{&w->author, u"in_review"_qs}, std::pair{&m_approver, u"approved"_qs},
              std::pair{&m_approver, u"published"_qs}})
            update(*who, id, {{QStringLiteral("status"), status}});
        return id;
    };
    const qint64 scheduled = article("تعرفهٔ تازهٔ پسماند", {{u"publish_at"_qs, now + day}});
    const qint64 expired = article("تعرفهٔ کهنهٔ پسماند", {{u"expires_at"_qs, now - day}});
    const qint64 current = article("تعرفهٔ جاری پسماند",
                                   {{u"publish_at"_qs, now - day}, {u"expires_at"_qs, now + day}});
    QVERIFY(scheduled > 0 && expired > 0 && current > 0);
    const auto ids = [this](const char *user) {
        QList<qint64> list;
        for (const QJsonValue &item :
             search(QString::fromLatin1(user), {{u"q"_qs, str("تعرفه پسماند")}})
                 .body.value(u"items")
                 .toArray())
            list << item[u"id"].toInteger();
        std::sort(list.begin(), list.end());
        return list;
    };
    QCOMPARE(ids("agent-a"), QList<qint64>{current});
    QCOMPARE(ids("approver"), (QList<qint64>{scheduled, expired, current}));
    m_clock.advance(2 * day / 1000);
    m_tokens.clear(); // signed in again: the tokens expired meanwhile
    QCOMPARE(ids("agent-a"), QList<qint64>{scheduled});
}

void TestArticleSearch::searchRefusesBadInput()
{
    for (const QMap<QString, QString> &params :
         {QMap<QString, QString>{{u"q"_qs, QString(201, u'a')}},
          QMap<QString, QString>{{u"limit"_qs, u"0"_qs}},
          QMap<QString, QString>{{u"limit"_qs, u"101"_qs}},
          QMap<QString, QString>{{u"offset"_qs, u"-1"_qs}},
          QMap<QString, QString>{{u"status"_qs, u"secret"_qs}},
          QMap<QString, QString>{{u"sort"_qs, u"x"_qs}}}) {
        const Reply reply = search(u"agent-a"_qs, params);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body[u"error"][u"code"].toString(), QStringLiteral("validation_failed"));
    }
    QCOMPARE(search(u"agent-a"_qs, {{u"q"_qs, QString(200, u'a')}}).status, 200);
    QCOMPARE(search(u"agent-a"_qs, {{u"limit"_qs, u"100"_qs}}).status, 200);
}

QTEST_GUILESS_MAIN(TestArticleSearch)
#include "tst_articlesearch.moc"
