// How the knowledge index ranks, on real SQLite files: kb_rank() gives FTS5's own bm25()
// scores when it is given the same word counts, the counts kept for it are exact for rare
// words and close for common ones, and a query matching more articles than are ranked
// still pages through every match once, in one order.
#include "knowledgeindex.h"
#include "knowledgerank_p.h"
#include "knowledgerows.h"
#include "localcache.h"
#include "testenvironment.h"
#include "textnormalizer.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;
using Shahrvand::Testing::article;
using Shahrvand::Testing::change;
using Shahrvand::Testing::page;

namespace {

Access::Principal agent()
{
    Access::Principal user;
    user.userId = UserId(9);
    user.username = QStringLiteral("agent.rahimi");
    user.displayName = QStringLiteral("علی رحیمی");
    user.roles = {Access::Role::Agent};
    user.units = {OrgUnitId(3)};
    return user;
}

// Every match of `match` in `table` with the two scores side by side.
QList<std::pair<double, double>> scores(QSqlDatabase &db, const QString &table,
                                        const QString &match, const QString &weights,
                                        const QString &counts)
{
    QList<std::pair<double, double>> both;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT bm25(%1, %2), kb_rank(%1, %2%3) FROM %1 WHERE %1 "
                                      "MATCH ? ORDER BY rowid")
                           .arg(table, weights, counts))) {
        qWarning() << query.lastError().text();
        return both;
    }
    query.addBindValue(match);
    if (!query.exec())
        qWarning() << query.lastError().text();
    while (query.next())
        both.append({query.value(0).toDouble(), query.value(1).toDouble()});
    return both;
}

} // namespace

class TestKnowledgeRank : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    qint64 m_cursor = 0;

    std::unique_ptr<LocalCache> openFresh()
    {
        auto cache = LocalCache::open(m_dir.filePath(QStringLiteral("r%1.cache").arg(++m_count)),
                                      CacheKey::generate());
        if (!cache)
            qFatal("cannot open cache: %s", qPrintable(cache.error().detail));
        auto owned = std::move(cache).value();
        if (!owned->setUser(agent()))
            qFatal("cannot set user");
        return owned;
    }

    bool pull(LocalCache &cache, const QList<QJsonObject> &rows)
    {
        QJsonArray changes;
        for (const QJsonObject &row : rows)
            changes.append(change(QStringLiteral("knowledge_articles"), row));
        const auto applied = cache.applyPullPage(page(changes, ++m_cursor));
        if (!applied)
            qWarning() << "pull failed:" << applied.error().detail;
        return bool(applied) && bool(KnowledgeIndex::refresh(cache));
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void kbRankGivesBm25sScoresForTheSameCounts()
    {
        auto cache = openFresh();
        QList<QJsonObject> rows;
        // Titles, bodies and lengths that differ, so that every part of the formula counts.
        for (int i = 1; i <= 60; ++i) {
            QString body = QStringLiteral("<p>عوارض نوسازی");
            for (int k = 0; k < i % 7; ++k)
                body += QStringLiteral(" پرداخت");
            if (i % 3 == 0)
                body += QStringLiteral(" پارکینگ شهروند");
            body += QStringLiteral(" متن %1</p>").arg(i);
            rows.append(article(i, i % 4 == 0 ? u"پرداخت عوارض"_qs : u"راهنمای شهروند"_qs, body));
        }
        QVERIFY(pull(*cache, rows));
        QSqlDatabase &db = cache->database();
        QVERIFY(KnowledgeIndexing::registerRankFunction(db));
        const QString match = QStringLiteral("\"پرداخت\" \"شهروند\"");
        qint64 payments = 0;
        qint64 citizens = 0;
        {
            QSqlQuery count(db);
            QVERIFY(count.exec(
                QStringLiteral("SELECT COUNT(*) FROM kb_fts WHERE kb_fts MATCH '\"پرداخت\"'")));
            QVERIFY(count.next());
            payments = count.value(0).toLongLong();
            QVERIFY(count.exec(
                QStringLiteral("SELECT COUNT(*) FROM kb_fts WHERE kb_fts MATCH '\"شهروند\"'")));
            QVERIFY(count.next());
            citizens = count.value(0).toLongLong();
        }
        QVERIFY(payments > 10 && citizens > 10);
        const QString weights = QStringLiteral("8.0, 4.0, 4.0, 1.0");
        for (const QString &counts :
             {QStringLiteral(", %1, %2").arg(payments).arg(citizens), // given
              QStringLiteral(", NULL, NULL")}) {                      // counted as bm25() does
            const auto both = scores(db, QStringLiteral("kb_fts"), match, weights, counts);
            QVERIFY(both.size() > 10);
            for (const auto &[bm25, rank] : both)
                QVERIFY2(qAbs(bm25 - rank) < 1e-9,
                         qPrintable(QStringLiteral("%1 / %2").arg(bm25).arg(rank)));
        }
        // Other counts weigh the words otherwise: the counts are what ranks.
        const auto skewed = scores(db, QStringLiteral("kb_fts"), match, weights,
                                   QStringLiteral(", 1, %1").arg(citizens));
        QVERIFY(!skewed.isEmpty());
        QVERIFY(qAbs(skewed.first().first - skewed.first().second) > 1e-3);
    }

    void wordCountsAreExactForRareWordsAndCloseForCommonOnes()
    {
        auto cache = openFresh();
        QList<QJsonObject> rows;
        // 5,000 articles, ids spread with gaps as a server hands them out; every other one
        // has «پسماند», one in a hundred «آتش‌نشانی».
        for (int i = 0; i < 5000; ++i) {
            const qint64 id = 1000 + qint64(i) * 3 + (i % 2);
            QString title = QStringLiteral("مقاله %1").arg(i);
            if (i % 2 == 0)
                title += QStringLiteral(" پسماند");
            if (i % 100 == 0)
                title += QStringLiteral(" آتشنشانی");
            rows.append(article(id, title, {}));
        }
        QVERIFY(pull(*cache, rows));
        KnowledgeIndexing::TermCounts counts;
        // As search() asks: in the index's form (آ folded, and so on).
        const QString fire = normalizeForSearch(u"آتشنشانی"_qs);
        const auto found = counts.counts(cache->database(), QStringLiteral("kb_heads"),
                                         {u"پسماند"_qs, fire, u"پسم"_qs}, true);
        QVERIFY(found);
        QCOMPARE(found->size(), 3);
        QVERIFY2(qAbs(found->at(0) - 2500) < 250, qPrintable(QString::number(found->at(0))));
        QCOMPARE(found->at(1), 50); // under 2,000: counted
        QVERIFY2(qAbs(found->at(2) - 2500) < 250, qPrintable(QString::number(found->at(2))));
        // Kept: another article with the word changes nothing until the index changes much.
        QVERIFY(pull(*cache, {article(100000, u"آتشنشانی"_qs, {})}));
        counts.indexed(1);
        QCOMPARE(
            counts.counts(cache->database(), QStringLiteral("kb_heads"), {fire}, false)->first(),
            50);
        counts.clear();
        QCOMPARE(
            counts.counts(cache->database(), QStringLiteral("kb_heads"), {fire}, false)->first(),
            51);
    }

    void aQueryPastTheRankedWindowPagesThroughEveryMatchOnce()
    {
        auto cache = openFresh();
        QList<QJsonObject> rows;
        // 1,300 articles with the word in the title (past the 1,000 ranked) and 400 with it
        // only in the body (past the 300 ranked), and articles without it.
        for (int i = 1; i <= 1300; ++i)
            rows.append(article(i, QStringLiteral("عوارض پسماند %1").arg(i % 17), {},
                                {{u"resolved_case_count"_qs, i % 13}}));
        for (int i = 2001; i <= 2400; ++i)
            rows.append(article(i, QStringLiteral("راهنما %1").arg(i),
                                QStringLiteral("<p>دربارهٔ پسماند و بازیافت</p>")));
        for (int i = 3001; i <= 3100; ++i)
            rows.append(article(i, QStringLiteral("راهنما"), QStringLiteral("<p>دیگر</p>")));
        QVERIFY(pull(*cache, rows));
        ArticleQuery query;
        query.text = QStringLiteral("پسماند");
        query.limit = 170;
        QList<qint64> seen;
        double lastScore = std::numeric_limits<double>::infinity();
        for (query.offset = 0;; query.offset += query.limit) {
            const auto found = KnowledgeIndex::search(*cache, query);
            QVERIFY(found);
            for (const ArticleHit &hit : found->hits) {
                seen.append(hit.id);
                // The ranked part of the headings' matches comes best first.
                if (seen.size() <= 1000) {
                    QVERIFY(hit.score <= lastScore);
                    lastScore = hit.score;
                }
            }
            if (found->hits.size() < query.limit)
                break;
        }
        QCOMPARE(seen.size(), 1700);
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 1700);
        // Headings first, then bodies; past each window, the older ones newest first.
        for (int i = 0; i < 1300; ++i)
            QVERIFY(seen.at(i) <= 1300);
        QCOMPARE(seen.mid(1000, 3), (QList<qint64>{300, 299, 298}));
        QCOMPARE(seen.mid(1600, 2), (QList<qint64>{2100, 2099}));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeRank)
#include "tst_knowledgerank.moc"
