// The knowledge base's search index in the workstation's cache, on real SQLite files:
// hostile spellings, prefixes, ranking, filters, suggestions for a case, local edits and
// deletes, pulled pages, and a cache of version 3 upgraded.
#include "cacheversions.h"
#include "knowledgeindex.h"
#include "knowledgerows.h"
#include "localcache.h"
#include "testenvironment.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;
using Shahrvand::Testing::article;
using Shahrvand::Testing::change;
using Shahrvand::Testing::page;

namespace {

Access::Principal author()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("author.karimi");
    user.displayName = QStringLiteral("مریم کریمی");
    user.roles = {Access::Role::Agent, Access::Role::KnowledgeAuthor};
    user.units = {OrgUnitId(3)};
    return user;
}

QList<qint64> idsOf(const QList<ArticleHit> &hits)
{
    QList<qint64> ids;
    for (const ArticleHit &hit : hits)
        ids.append(hit.id);
    return ids;
}

QStringList highlighted(const QString &text, const QList<Knowledge::ArticleSnippet::Range> &ranges)
{
    QStringList words;
    for (const auto &range : ranges)
        words.append(text.mid(range.start, range.length));
    return words;
}

} // namespace

class TestKnowledgeIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    CacheKey m_key = CacheKey::generate();
    qint64 m_cursor = 0;

    std::unique_ptr<LocalCache> openFresh(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("k%1/cache.cache").arg(++m_count));
        auto cache = LocalCache::open(path, m_key);
        if (!cache)
            qFatal("cannot open cache: %s", qPrintable(cache.error().detail));
        auto owned = std::move(cache).value();
        if (!owned->setUser(author()))
            qFatal("cannot set user");
        if (pathOut)
            *pathOut = path;
        return owned;
    }

    bool pull(LocalCache &cache, const QList<QJsonObject> &rows,
              const QString &entity = QStringLiteral("knowledge_articles"))
    {
        QJsonArray changes;
        for (const QJsonObject &row : rows)
            changes.append(change(entity, row));
        const auto applied = cache.applyPullPage(page(changes, ++m_cursor));
        if (!applied)
            qWarning() << "pull failed:" << applied.error().detail;
        return bool(applied);
    }

    static QList<qint64> find(LocalCache &cache, const QString &text, bool prefix = false)
    {
        ArticleQuery query;
        query.text = text;
        query.lastIsPrefix = prefix;
        const auto results = KnowledgeIndex::search(cache, query);
        if (!results)
            qWarning() << "search failed:" << results.error().detail;
        return idsOf(results.valueOr(ArticleResults()).hits);
    }

    // The usual library of articles.
    std::unique_ptr<LocalCache> library()
    {
        auto cache = openFresh();
        const QList<QJsonObject> rows{
            article(1, QStringLiteral("تمدید گواهینامه رانندگی"),
                    QStringLiteral(
                        "<p>برای تمدید گواهی‌نامه به دفتر پلیس+۱۰ "
                        "مراجعه "
                        "کنید.</p>")),
            article(
                2, QStringLiteral("پرداخت عوارض نوسازی"),
                QStringLiteral(
                    "<p>شهروند می‌خواهد عوارض را آنلاین پرداخت "
                    "کند. "
                    "کد "
                    "پیگیری ۱۲۳۴۵ را نگه دارید.</p>")),
            article(3, QStringLiteral("Parking permit renewal"),
                    QStringLiteral("<p>Residents renew the parking permit online, then print "
                                   "it.</p>"),
                    {{QStringLiteral("language"), QStringLiteral("en")}}),
            article(
                4, QStringLiteral("كتابخانه‌هاي عمومي شهر"),
                QStringLiteral(
                    "<p>ساعت كار كتابخانه‌ها از ٨ تا ١٦ است. Wi-Fi "
                    "رایگان.</p>"),
                {{QStringLiteral("article_type"), QStringLiteral("instruction")}}),
            article(5, QStringLiteral("قانون مالیات بر ارزش افزوده"),
                    QStringLiteral("<p>مادهٔ ۱۲: مؤدیان باید اظهارنامه را تا پانزدهم ارسال "
                                   "کنند.</p>"),
                    {{QStringLiteral("article_type"), QStringLiteral("regulation")},
                     {QStringLiteral("status"), QStringLiteral("draft")}}),
        };
        if (!pull(*cache, rows))
            qFatal("pull failed");
        return cache;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void arabicAndPersianLettersMatchEachOther()
    {
        auto cache = library();
        // Indexed with Arabic kaf and yeh, searched with the Persian letters, and back.
        QCOMPARE(find(*cache, u"کتابخانه‌های عمومی"_qs), QList<qint64>{4});
        QCOMPARE(find(*cache, u"كتابخانه‌هاي عمومي"_qs), QList<qint64>{4});
        QCOMPARE(find(*cache, u"کتابخانههاي عمومی"_qs), QList<qint64>{4});
        QCOMPARE(find(*cache, u"گواهينامه"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"رانندگي"_qs), QList<qint64>{1});
    }

    void zwnjSpaceOrNothingBetweenThePartsAllMatch()
    {
        auto cache = library();
        for (const QString &typed : {u"می‌خواهد"_qs, u"میخواهد"_qs, u"می خواهد"_qs})
            QCOMPARE(find(*cache, typed), QList<qint64>{2});
        for (const QString &typed :
             {u"کتابخانه‌ها"_qs, u"کتابخانهها"_qs, u"کتابخانه ها"_qs})
            QCOMPARE(find(*cache, typed), QList<qint64>{4});
        // The body wrote گواهی‌نامه, the title گواهینامه: one word either way,
        // and the ZWNJ word's parts typed apart find it too (articleSearchForm).
        QCOMPARE(find(*cache, u"گواهی نامه"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"گواهی‌نامه"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"گواهینامه"_qs), QList<qint64>{1});
    }

    void diacriticsAndTatweelAreIgnored()
    {
        auto cache = library();
        QCOMPARE(find(*cache, u"مالِیات"_qs), QList<qint64>{5});
        QCOMPARE(find(*cache, u"مــالیات"_qs), QList<qint64>{5});
        QCOMPARE(find(*cache, u"ماده"_qs), QList<qint64>{5});   // مادهٔ in the text
        QCOMPARE(find(*cache, u"موديان"_qs), QList<qint64>{5}); // مؤدیان in the text
    }

    void theThreeDigitSystemsMatch()
    {
        auto cache = library();
        for (const QString &typed : {u"12345"_qs, u"۱۲۳۴۵"_qs, u"١٢٣٤٥"_qs})
            QCOMPARE(find(*cache, typed), QList<qint64>{2});
        for (const QString &typed : {u"پلیس ۱۰"_qs, u"پلیس 10"_qs, u"پليس ١٠"_qs})
            QCOMPARE(find(*cache, typed), QList<qint64>{1});
        QCOMPARE(find(*cache, u"8 16"_qs), QList<qint64>{4});
    }

    void persianAndEnglishInOneQuery()
    {
        auto cache = library();
        QCOMPARE(find(*cache, u"wifi"_qs), QList<qint64>());
        QCOMPARE(find(*cache, u"Wi-Fi کتابخانه‌ها"_qs), QList<qint64>{4});
        QCOMPARE(find(*cache, u"PARKING Permit"_qs), QList<qint64>{3});
        QCOMPARE(find(*cache, u"parking کتابخانه‌ها"_qs),
                 QList<qint64>()); // every word must match
    }

    void ftsSyntaxInTheInputIsOnlyText()
    {
        auto cache = library();
        for (const QString &typed :
             {u"\""_qs, u"*"_qs, u"AND"_qs, u"NEAR("_qs, u"-"_qs, u"parking AND"_qs,
              u"\"parking"_qs, u"parking*"_qs, u"NOT parking"_qs, u"title:parking"_qs,
              u"(parking OR"_qs, u"^parking"_qs, u"{title}: x"_qs, u"parking -permit"_qs}) {
            ArticleQuery query;
            query.text = typed;
            const auto results = KnowledgeIndex::search(*cache, query);
            QVERIFY2(results, qPrintable(typed));
        }
        QCOMPARE(find(*cache, u"\"parking\""_qs), QList<qint64>{3});
        QCOMPARE(find(*cache, u"parking*"_qs), QList<qint64>{3});
        QCOMPARE(find(*cache, u"parking -permit"_qs), QList<qint64>{3});
        QCOMPARE(find(*cache, u"NEAR(parking"_qs), QList<qint64>());
        QCOMPARE(find(*cache, u"title:parking"_qs), QList<qint64>());
    }

    void stopWordsCountOnlyAlone()
    {
        auto cache = library();
        // "the" and "و" would match most of a large index: with other words, they are not
        // looked for; alone, they are.
        QCOMPARE(find(*cache, u"the parking"_qs), QList<qint64>{3});
        QCOMPARE(find(*cache, u"the"_qs), QList<qint64>{3});
        QCOMPARE(find(*cache, u"قانون و مالیات"_qs), QList<qint64>{5});
        // The word being typed is looked for, whatever it will become: from two characters in
        // the headings, from three in the bodies (where two are a whole word).
        QCOMPARE(find(*cache, u"parking the"_qs, true), QList<qint64>{3});
        QCOMPARE(find(*cache, u"parking pe"_qs, true), QList<qint64>{3});
        QCOMPARE(find(*cache, u"parking th"_qs, true), QList<qint64>());
        QCOMPARE(find(*cache, u"online it"_qs, true), QList<qint64>{3});
    }

    void theBodysMarkupIsNotSearched()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, {article(60, u"نمونه"_qs,
                                      u"<p class=\"lead\">Fish &amp; chips&nbsp;here</p>"
                                      "<script>var secret = 1;</script><br/>"
                                      "&#1705;&#x6CC;&#1601;"_qs)}));
        QCOMPARE(find(*cache, u"chips"_qs), QList<qint64>{60});
        QCOMPARE(find(*cache, u"here"_qs), QList<qint64>{60});
        QCOMPARE(find(*cache, u"کیف"_qs), QList<qint64>{60}); // written as entities
        QCOMPARE(find(*cache, u"lead"_qs), QList<qint64>());
        QCOMPARE(find(*cache, u"secret"_qs), QList<qint64>());
        QCOMPARE(find(*cache, u"amp"_qs), QList<qint64>());
        ArticleQuery query;
        query.text = u"chips"_qs;
        const auto results = KnowledgeIndex::search(*cache, query);
        QCOMPARE(results->hits.first().snippet.text,
                 u"Fish & chips here\nکیف"_qs.replace(u'\n', u' '));
    }

    void theLastWordIsAPrefixAsTheAgentTypes()
    {
        auto cache = library();
        QCOMPARE(find(*cache, u"تمدید گواهین"_qs, true), QList<qint64>{1});
        QCOMPARE(find(*cache, u"تمدید گواهین"_qs, false), QList<qint64>());
        // (گواهی is a whole word too: a part of the body's گواهی‌نامه.)
        QCOMPARE(find(*cache, u"تمدید گواهی"_qs, false), QList<qint64>{1});
        QCOMPARE(find(*cache, u"park"_qs, true), QList<qint64>{3});
        QCOMPARE(find(*cache, u"pa"_qs, true), QList<qint64>{3});
        QCOMPARE(find(*cache, u"كتابخ"_qs, true), QList<qint64>{4});
        // Only the last word: the first must be whole.
        QCOMPARE(find(*cache, u"par permit"_qs, true), QList<qint64>());
        // One letter being typed waits for the second; the words before it still count.
        QCOMPARE(find(*cache, u"p"_qs, true), QList<qint64>());
        QCOMPARE(find(*cache, u"parking r"_qs, true), QList<qint64>{3});
    }

    void titleMatchesRankAboveBodyMatches()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, {article(10, u"راهنمای سامانه"_qs,
                                      u"<p>درباره پسماند و بازیافت در محله و هفته و ماه</p>"_qs),
                              article(11, u"پسماند خانگی"_qs, u"<p>جمع آوری شبانه</p>"_qs),
                              article(12, u"جمع آوری"_qs, u"<p>پسماند</p>"_qs,
                                      {{u"keywords"_qs, u"زباله"_qs}})}));
        QCOMPARE(find(*cache, u"پسماند"_qs).value(0), 11);
        QCOMPARE(find(*cache, u"زباله"_qs), QList<qint64>{12});
        ArticleQuery query;
        query.text = u"پسماند"_qs;
        const auto results = KnowledgeIndex::search(*cache, query);
        QVERIFY(results);
        QCOMPARE(results->total, 3);
        QVERIFY(results->hits.at(0).score > results->hits.at(2).score);
    }

    void articlesThatResolvedManyCasesRankHigher()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, {article(20, u"قبض آب"_qs, u"<p>پرداخت قبض آب</p>"_qs),
                              article(21, u"قبض آب"_qs, u"<p>پرداخت قبض آب</p>"_qs,
                                      {{u"resolved_case_count"_qs, 40}}),
                              article(22, u"قبض آب"_qs, u"<p>پرداخت قبض آب</p>"_qs,
                                      {{u"resolved_case_count"_qs, 3}})}));
        QCOMPARE(find(*cache, u"قبض"_qs), (QList<qint64>{21, 22, 20}));
        // An empty text lists the articles, most resolving first.
        QCOMPARE(find(*cache, QString()), (QList<qint64>{21, 22, 20}));
    }

    void filtersAndPages()
    {
        auto cache = library();
        ArticleQuery query;
        query.types = {u"regulation"_qs, u"instruction"_qs};
        auto results = KnowledgeIndex::search(*cache, query);
        QVERIFY(results);
        QCOMPARE(results->total, 2);
        query = {};
        query.languages = {u"en"_qs};
        QCOMPARE(idsOf(KnowledgeIndex::search(*cache, query)->hits), QList<qint64>{3});
        query = {};
        query.statuses = {u"draft"_qs};
        query.text = u"مالیات"_qs;
        QCOMPARE(idsOf(KnowledgeIndex::search(*cache, query)->hits), QList<qint64>{5});
        query.statuses = {u"published"_qs};
        QCOMPARE(KnowledgeIndex::search(*cache, query)->total, 0);

        QVERIFY(pull(*cache, {article(30, u"الف"_qs, {}, {{u"subject_id"_qs, 7}}),
                              article(31, u"ب"_qs, {}, {{u"subject_id"_qs, 8}})}));
        query = {};
        query.subjectIds = {7};
        QCOMPARE(idsOf(KnowledgeIndex::search(*cache, query)->hits), QList<qint64>{30});

        // Pages with the total of every match.
        query = {};
        query.limit = 2;
        results = KnowledgeIndex::search(*cache, query);
        QCOMPARE(results->hits.size(), 2);
        QCOMPARE(results->total, 7);
        query.offset = 6;
        results = KnowledgeIndex::search(*cache, query);
        QCOMPARE(results->hits.size(), 1);
        QCOMPARE(results->total, 7);
    }

    void subjectNamesAreSearchedAndFollowARename()
    {
        auto cache = openFresh();
        const auto subject = [](const QString &fa, const QString &en) {
            return QJsonObject{{u"id"_qs, 5},          {u"version"_qs, 1},
                               {u"deleted"_qs, false}, {u"name_fa"_qs, fa},
                               {u"name_en"_qs, en},    {u"parent_id"_qs, QJsonValue()}};
        };
        QVERIFY(
            pull(*cache, {subject(u"حمل و نقل"_qs, u"Transport"_qs)}, u"knowledge_subjects"_qs));
        QVERIFY(pull(*cache, {article(40, u"بلیت مترو"_qs, {}, {{u"subject_id"_qs, 5}})}));
        QCOMPARE(find(*cache, u"transport"_qs), QList<qint64>{40});
        QJsonObject renamed = subject(u"ترابری"_qs, u"Mobility"_qs);
        renamed.insert(u"version"_qs, 2);
        QVERIFY(pull(*cache, {renamed}, u"knowledge_subjects"_qs));
        QCOMPARE(find(*cache, u"transport"_qs), QList<qint64>());
        QCOMPARE(find(*cache, u"mobility"_qs), QList<qint64>{40});
    }

    void snippetsAndTitlesShowWhatMatched()
    {
        auto cache = library();
        ArticleQuery query;
        query.text = u"كتابخانه ها ساعت"_qs;
        const auto results = KnowledgeIndex::search(*cache, query);
        QVERIFY(results);
        QCOMPARE(results->hits.size(), 1);
        const ArticleHit &hit = results->hits.first();
        QCOMPARE(hit.title, u"كتابخانه‌هاي عمومي شهر"_qs);
        QCOMPARE(hit.articleType, u"instruction"_qs);
        QCOMPARE(highlighted(hit.title, hit.titleHighlights), QStringList());
        QCOMPARE(
            hit.snippet.text,
            u"ساعت كار كتابخانه‌ها از ٨ تا ١٦ است. Wi-Fi رایگان."_qs);
        QCOMPARE(highlighted(hit.snippet.text, hit.snippet.highlights),
                 (QStringList{u"ساعت"_qs, u"كتابخانه‌ها"_qs}));

        query.text = u"کتابخانه‌های عم"_qs;
        const auto typed = KnowledgeIndex::search(*cache, query);
        QCOMPARE(highlighted(typed->hits.first().title, typed->hits.first().titleHighlights),
                 (QStringList{u"كتابخانه‌هاي"_qs, u"عمومي"_qs}));
    }

    void aLocalEditIsFoundAtOnceAndADeleteLeaves()
    {
        auto cache = library();
        QCOMPARE(find(*cache, u"گواهینامه"_qs), QList<qint64>{1});
        QVERIFY(
            cache->update(u"knowledge_articles"_qs, 1, {{u"title"_qs, u"تعویض پلاک خودرو"_qs}}));
        QCOMPARE(find(*cache, u"پلاک"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"رانندگی"_qs), QList<qint64>());
        const auto created =
            cache->create(u"knowledge_articles"_qs, {{u"article_type"_qs, u"faq"_qs},
                                                     {u"title"_qs, u"ثبت نام طرح ترافیک"_qs},
                                                     {u"body"_qs, u"<p>از سامانه شهرزاد</p>"_qs}});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
        QCOMPARE(find(*cache, u"ترافیک"_qs), QList<qint64>{*created});
        QVERIFY(cache->remove(u"knowledge_articles"_qs, 2));
        QCOMPARE(find(*cache, u"عوارض"_qs), QList<qint64>());
        // A tombstone from the server takes it out too.
        QJsonObject gone = article(3, {}, {});
        gone.insert(u"deleted"_qs, true);
        gone.insert(u"version"_qs, 99);
        QVERIFY(pull(*cache, {gone}));
        QCOMPARE(find(*cache, u"parking"_qs), QList<qint64>());
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM kb_articles WHERE id IN (2, 3)"_qs) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void refreshAfterAPulledPageIndexesItsArticles()
    {
        auto cache = openFresh();
        QList<QJsonObject> rows;
        for (int i = 1; i <= 2500; ++i)
            rows.append(article(i, u"مقاله %1"_qs.arg(i), u"<p>متن شماره %1</p>"_qs.arg(i)));
        QVERIFY(pull(*cache, rows));
        const auto indexed = KnowledgeIndex::refresh(*cache);
        QVERIFY(indexed);
        QCOMPARE(*indexed, 2500);
        QCOMPARE(*KnowledgeIndex::refresh(*cache), 0);
        QCOMPARE(find(*cache, u"۲۴۹۹"_qs), QList<qint64>{2499});
        // Cancelled: nothing is done, and the next refresh goes on.
        QVERIFY(pull(*cache, {article(7, u"ویرایش شده"_qs, {}, {{u"version"_qs, 9000}})}));
        std::atomic<bool> cancel{true};
        QCOMPARE(*KnowledgeIndex::refresh(*cache, &cancel), 0);
        QCOMPARE(*KnowledgeIndex::refresh(*cache), 1);
    }

    void manyPulledRowsAreLeftToTheSyncEngineButLocalEditsAreNot()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, {article(1, u"نخستین"_qs, {})}));
        QCOMPARE(find(*cache, u"نخستین"_qs), QList<qint64>{1});
        QList<QJsonObject> rows;
        for (int i = 100; i < 2600; ++i)
            rows.append(article(i, u"مقاله"_qs, {}));
        QVERIFY(pull(*cache, rows));
        QVERIFY(cache->update(u"knowledge_articles"_qs, 1, {{u"title"_qs, u"دومین"_qs}}));
        QCOMPARE(find(*cache, u"دومین"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"مقاله"_qs).size(), 0); // still the sync engine's to index
        QCOMPARE(*KnowledgeIndex::refresh(*cache), 2500);
        ArticleQuery query;
        query.text = u"مقاله"_qs;
        // Counted up to a thousand: "more than 1,000".
        const auto found = KnowledgeIndex::search(*cache, query);
        QCOMPARE(found->total, ArticleResults::countLimit);
        QVERIFY(found->totalIsAtLeast);
        QCOMPARE(found->hits.size(), 20);
    }

    void suggestionsForACase()
    {
        auto cache = library();
        const auto link = [](qint64 id, qint64 articleId, qint64 serviceId) {
            return QJsonObject{{u"id"_qs, id},
                               {u"version"_qs, 1},
                               {u"deleted"_qs, false},
                               {u"article_id"_qs, articleId},
                               {u"service_id"_qs, serviceId}};
        };
        QVERIFY(pull(*cache, {link(1, 3, 44), link(2, 5, 44)}, u"article_services"_qs));
        // The service's published article first even without a word in common; words next;
        // the draft (5) never.
        const auto suggested = KnowledgeIndex::suggestForCase(
            *cache, 44,
            u"سلام، من می‌خواهم عوارض نوسازی خانه را پرداخت کنم"_qs);
        QVERIFY(suggested);
        QCOMPARE(idsOf(*suggested), (QList<qint64>{3, 2}));
        // A word match within the service's articles comes before one without.
        QVERIFY(pull(*cache, {link(3, 2, 44)}, u"article_services"_qs));
        QCOMPARE(idsOf(*KnowledgeIndex::suggestForCase(*cache, 44, u"عوارض"_qs)),
                 (QList<qint64>{2, 3}));
        QCOMPARE(idsOf(*KnowledgeIndex::suggestForCase(*cache, 9, u"the and of"_qs)),
                 QList<qint64>());
        // A removed link leaves.
        QJsonObject gone = link(1, 3, 44);
        gone.insert(u"deleted"_qs, true);
        gone.insert(u"version"_qs, 2);
        QVERIFY(pull(*cache, {gone}, u"article_services"_qs));
        QCOMPARE(idsOf(*KnowledgeIndex::suggestForCase(*cache, 44, {})), QList<qint64>{2});
    }

    void articlesOutOfForceAreLeftOutWhenAsked()
    {
        auto cache = openFresh();
        const qint64 day = 24 * 3600 * 1000LL;
        const qint64 now = 1'790'000'000'000LL;
        const QJsonObject service{{u"subject_id"_qs, 1}};
        QVERIFY(pull(*cache, {article(1, u"پسماند جاری"_qs, {}, service),
                              article(2, u"پسماند آینده"_qs, {},
                                      {{u"subject_id"_qs, 1}, {u"publish_at"_qs, now + day}}),
                              article(3, u"پسماند منقضی"_qs, {},
                                      {{u"subject_id"_qs, 1}, {u"expires_at"_qs, now - day}}),
                              article(4, u"پسماند در بازه"_qs, {},
                                      {{u"subject_id"_qs, 1},
                                       {u"publish_at"_qs, now - day},
                                       {u"expires_at"_qs, now + day}})}));
        QVERIFY(pull(*cache,
                     {QJsonObject{{u"id"_qs, 90},
                                  {u"version"_qs, 90},
                                  {u"deleted"_qs, false},
                                  {u"article_id"_qs, 2},
                                  {u"service_id"_qs, 5}},
                      QJsonObject{{u"id"_qs, 91},
                                  {u"version"_qs, 91},
                                  {u"deleted"_qs, false},
                                  {u"article_id"_qs, 4},
                                  {u"service_id"_qs, 5}}},
                     u"article_services"_qs));
        ArticleQuery query;
        query.text = u"پسماند"_qs;
        auto sorted = [](QList<qint64> ids) {
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        // The knowledge team sees them all, with their dates.
        const auto all = KnowledgeIndex::search(*cache, query);
        QCOMPARE(sorted(idsOf(all->hits)), (QList<qint64>{1, 2, 3, 4}));
        for (const ArticleHit &hit : all->hits) {
            if (hit.id == 2)
                QCOMPARE(hit.publishAt, now + day);
            if (hit.id == 3)
                QCOMPARE(hit.expiresAt, now - day);
        }
        // Agents, those in force.
        query.inForceAt = now;
        QCOMPARE(sorted(idsOf(KnowledgeIndex::search(*cache, query)->hits)), (QList<qint64>{1, 4}));
        query.inForceAt = now + 2 * day; // the scheduled one is in, the bounded one out
        QCOMPARE(sorted(idsOf(KnowledgeIndex::search(*cache, query)->hits)), (QList<qint64>{1, 2}));
        QCOMPARE(idsOf(*KnowledgeIndex::suggestForCase(*cache, 5, u"پسماند"_qs, 8, now)),
                 (QList<qint64>{4, 1}));
        QCOMPARE(sorted(idsOf(*KnowledgeIndex::topForSubject(*cache, 1, 10, now))),
                 (QList<qint64>{1, 4}));
        // A date changed on the server moves the article in or out.
        QVERIFY(pull(*cache, {article(3, u"پسماند منقضی"_qs, {},
                                      {{u"subject_id"_qs, 1},
                                       {u"version"_qs, 300},
                                       {u"expires_at"_qs, now + 3 * day}})}));
        query.inForceAt = now;
        QCOMPARE(sorted(idsOf(KnowledgeIndex::search(*cache, query)->hits)),
                 (QList<qint64>{1, 3, 4}));
    }

    void topArticlesOfASubjectTree()
    {
        auto cache = openFresh();
        const auto subject = [](qint64 id, const QJsonValue &parent) {
            return QJsonObject{{u"id"_qs, id},
                               {u"version"_qs, id},
                               {u"deleted"_qs, false},
                               {u"name_fa"_qs, u"موضوع"_qs},
                               {u"name_en"_qs, u"Subject"_qs},
                               {u"parent_id"_qs, parent}};
        };
        QVERIFY(
            pull(*cache,
                 {subject(1, QJsonValue()), subject(2, 1), subject(3, 2), subject(4, QJsonValue())},
                 u"knowledge_subjects"_qs));
        QVERIFY(pull(
            *cache,
            {article(50, u"a"_qs, {}, {{u"subject_id"_qs, 1}, {u"resolved_case_count"_qs, 5}}),
             article(51, u"b"_qs, {}, {{u"subject_id"_qs, 3}, {u"resolved_case_count"_qs, 9}}),
             article(52, u"c"_qs, {}, {{u"subject_id"_qs, 4}, {u"resolved_case_count"_qs, 99}}),
             article(53, u"d"_qs, {},
                     {{u"subject_id"_qs, 2},
                      {u"resolved_case_count"_qs, 50},
                      {u"status"_qs, u"archived"_qs}})}));
        QCOMPARE(idsOf(*KnowledgeIndex::topForSubject(*cache, 1)), (QList<qint64>{51, 50}));
        QCOMPARE(idsOf(*KnowledgeIndex::topForSubject(*cache, 2)), QList<qint64>{51});
        QCOMPARE(idsOf(*KnowledgeIndex::topForSubject(*cache, 1, 1)), QList<qint64>{51});
    }

    void aVersion4CacheLearnsWhenItsArticlesAreInForce()
    {
        QString path;
        const qint64 later = 4'000'000'000'000LL; // in 2096
        {
            auto cache = openFresh(&path);
            QVERIFY(pull(*cache, {article(1, u"تمدید گذرنامه"_qs, {}, {{u"publish_at"_qs, later}}),
                                  article(2, u"تمدید شناسنامه"_qs, {})}));
            QCOMPARE(*KnowledgeIndex::refresh(*cache), 2);
            // Make it a version 4 file: indexed, without the dates.
            QSqlQuery query(cache->database());
            for (const QString &statement : {u"ALTER TABLE kb_articles DROP COLUMN publish_at"_qs,
                                             u"ALTER TABLE kb_articles DROP COLUMN expires_at"_qs,
                                             u"PRAGMA user_version = 4"_qs})
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        auto opened = LocalCache::open(path, m_key);
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        ArticleQuery query;
        query.text = u"تمدید"_qs;
        query.inForceAt = QDateTime::currentMSecsSinceEpoch();
        // Every article is indexed again, and the scheduled one waits for its day.
        QCOMPARE(idsOf(KnowledgeIndex::search(*cache, query)->hits), QList<qint64>{2});
        query.inForceAt = later;
        QCOMPARE(idsOf(KnowledgeIndex::search(*cache, query)->hits).size(), 2);
    }

    void aVersion3CacheIndexesTheArticlesItHas()
    {
        QString path;
        {
            auto cache = openFresh(&path);
            QVERIFY(pull(*cache, {article(1, u"تمدید گذرنامه"_qs, u"<p>دفاتر پیشخوان</p>"_qs),
                                  article(2, u"Passport"_qs, {})}));
            // Make it a version 3 file: no index, no triggers.
            QVERIFY(Testing::dropKnowledgeIndex(cache->database()));
            QSqlQuery query(cache->database());
            QVERIFY(query.exec(u"PRAGMA user_version = 3"_qs));
        }
        auto opened = LocalCache::open(path, m_key);
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"PRAGMA user_version"_qs) && query.next());
        QCOMPARE(query.value(0).toInt(), LocalCache::schemaVersion());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM kb_dirty"_qs) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QCOMPARE(*KnowledgeIndex::refresh(*cache), 2);
        QCOMPARE(find(*cache, u"گذرنامه"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"passport"_qs), QList<qint64>{2});
        // And the triggers work.
        QVERIFY(pull(*cache, {article(3, u"گذرنامه المثنی"_qs, {})}));
        QCOMPARE(find(*cache, u"گذرنامه"_qs).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeIndex)
#include "tst_knowledgeindex.moc"
