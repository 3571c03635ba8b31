// bench_knowledge: the knowledge base's search index over a large cache. Builds an
// encrypted cache of N articles (through the cache's own pull path), Persian and English,
// with a vocabulary of common and rare words (Zipf), bodies of 1-3 KB, some written with
// Arabic letters or ZWNJ; then times the index's build from kb_dirty, searches of 1-3
// words (Persian, English), prefix queries as an agent types, suggestions for a case and a
// subject's top articles. Prints figures; asserts no timings. --quick (CTest): 3,000
// articles.
#include "benchcache.h"
#include "cachekey.h"
#include "knowledgeindex.h"
#include "localcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

Access::Principal benchUser()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("maryam");
    user.roles = {Access::Role::Agent, Access::Role::KnowledgeAuthor};
    user.units = {OrgUnitId(3)};
    return user;
}

// Words of one language: the real words of the domain first (the most frequent), then
// made-up words of two to four syllables; drawn with Zipf's law (weight 1/rank).
class Vocabulary
{
public:
    Vocabulary(const QStringList &common, const QStringList &syllables, int size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QSet<QString> seen;
        for (const QString &word : common) {
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        while (m_words.size() < size) {
            QString word;
            const int parts = 2 + int(random.bounded(3));
            for (int i = 0; i < parts; ++i)
                word += syllables.at(random.bounded(int(syllables.size())));
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        double total = 0;
        for (qsizetype rank = 1; rank <= m_words.size(); ++rank) {
            total += 1.0 / double(rank);
            m_cumulative.append(total);
        }
    }

    const QString &draw(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.last();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
        return m_words.at(qMin<qsizetype>(it - m_cumulative.cbegin(), m_words.size() - 1));
    }

    QString sentence(QRandomGenerator &random, int words) const
    {
        QStringList list;
        for (int i = 0; i < words; ++i)
            list.append(draw(random));
        return list.join(u' ');
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
};

const Vocabulary &persian()
{
    static const Vocabulary vocabulary(
        QStringLiteral(
            "و در به از که این را با برای است شهرداری درخواست پرداخت عوارض پروانه ساختمان "
            "شهروند سامانه پیگیری کد ثبت مدارک تمدید گواهینامه مالیات خودرو پارکینگ پسماند "
            "بازیافت نوسازی منطقه دفتر پیشخوان قبض آب برق گاز تلفن شکایت پاسخ کارشناس "
            "بازدید ملک سند نقشه مجوز کسب تعطیلی فضای سبز درخت قطع معبر سد ترافیک طرح مترو "
            "اتوبوس بلیت کارت شهروندی سالمندان معلولان یارانه حساب بانکی اینترنتی حضوری "
            "مراجعه فرم تکمیل ارسال تایید رد اعتراض کمیسیون ماده صد جریمه تخلف حریم دیوار "
            "آسفالت چاله روشنایی چراغ خیابان کوچه میدان بوستان ورزشی فرهنگسرا کتابخانه "
            "آموزش کلاس ثبت\u200cنام مهلت روز کاری ساعت شماره تماس ایمیل وبسایت همراه "
            "نرم\u200cافزار")
            .split(u' ', Qt::SkipEmptyParts),
        QStringLiteral("با را کو شه مان دار ست نی گا پر زی فر ته لو خو سا ده رو بن تا "
                       "سر کا مه نو ور بی جا دو هم پا زا")
            .split(u' '),
        20000, 1);
    return vocabulary;
}

const Vocabulary &english()
{
    static const Vocabulary vocabulary(
        QStringLiteral(
            "the of and to in for a is on with by your permit parking renewal payment fee tax "
            "city council request form online office district building licence license waste "
            "recycling water bill electricity complaint appeal inspection property deed map "
            "business closure tree pavement traffic zone metro bus ticket card senior "
            "disability subsidy account bank portal appointment document upload submit approve "
            "reject commission fine violation wall asphalt pothole streetlight street square "
            "park sports library course registration deadline working hours phone email "
            "website app tracking code citizen service centre center")
            .split(u' ', Qt::SkipEmptyParts),
        QStringLiteral("con tra per mit ing ser vi ta re al de mo pro ex ba lo na ri so ca "
                       "ven tor mi le po sta")
            .split(u' '),
        20000, 2);
    return vocabulary;
}

// Now and then the Arabic letters, as text pasted from elsewhere has them.
QString arabicLetters(QString text)
{
    text.replace(u'ی', u'ي');
    text.replace(u'ک', u'ك');
    return text;
}

QJsonObject articleRow(qint64 id, qint64 subjects, QRandomGenerator &random)
{
    static const QStringList types{QStringLiteral("faq"), QStringLiteral("instruction"),
                                   QStringLiteral("article"), QStringLiteral("regulation")};
    static const QStringList statuses{QStringLiteral("published"), QStringLiteral("published"),
                                      QStringLiteral("published"), QStringLiteral("draft"),
                                      QStringLiteral("archived")};
    const bool fa = random.bounded(10) < 7;
    const Vocabulary &words = fa ? persian() : english();
    QString title = words.sentence(random, 3 + int(random.bounded(6)));
    QString body;
    // 1-3 KB of UTF-8: paragraphs of 20-60 words.
    const int target = 1000 + int(random.bounded(2000));
    while (body.toUtf8().size() < target)
        body += QStringLiteral("<p>") + words.sentence(random, 20 + int(random.bounded(40))) +
                QStringLiteral(".</p>");
    if (fa && random.bounded(10) == 0) {
        title = arabicLetters(title);
        body = arabicLetters(body);
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), id},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("article_type"), types.at(random.bounded(int(types.size())))},
        {QStringLiteral("subject_id"), 1 + qint64(random.bounded(int(subjects)))},
        {QStringLiteral("language"), fa ? QStringLiteral("fa") : QStringLiteral("en")},
        {QStringLiteral("title"), title},
        {QStringLiteral("body"), body},
        {QStringLiteral("keywords"), words.sentence(random, 3)},
        {QStringLiteral("status"), statuses.at(random.bounded(int(statuses.size())))},
        {QStringLiteral("visibility"), QStringLiteral("internal")},
        {QStringLiteral("resolved_case_count"), int(std::pow(random.generateDouble(), 4) * 500)},
        {QStringLiteral("updated_at"), 1'760'000'000'000LL + id * 1000}};
}

struct Timings
{
    QList<double> ms;

    void add(double value) { ms.append(value); }
    double percentile(double p)
    {
        if (ms.isEmpty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms.at(qMin<qsizetype>(qsizetype(p * double(ms.size())), ms.size() - 1));
    }
    void print(const char *what)
    {
        const double p50 = percentile(0.50);
        const double p95 = percentile(0.95);
        std::printf("%-44s n=%4lld  p50 %6.2f ms  p95 %6.2f ms  max %7.2f ms\n", what,
                    qint64(ms.size()), p50, p95, percentile(1.0));
        std::fflush(stdout);
    }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Queries made of the words of existing titles, as an agent who knows what to look for.
QList<QStringList> queriesFrom(const QList<QStringList> &titles, int count, int maxWords,
                               QRandomGenerator &random)
{
    QList<QStringList> queries;
    while (queries.size() < count) {
        const QStringList &title = titles.at(random.bounded(int(titles.size())));
        const int words = 1 + int(random.bounded(maxWords));
        if (title.size() < words)
            continue;
        const int start = int(random.bounded(int(title.size()) - words + 1));
        queries.append(title.mid(start, words));
    }
    return queries;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 articles = 200'000;
    int queries = 300;
    QString keep; // a folder to keep the indexed cache in, and to use it from next time
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--quick") {
            articles = 3'000;
            queries = 30;
        } else if (arguments.at(i) == u"--articles" && i + 1 < arguments.size()) {
            articles = qMax<qint64>(1, arguments.at(++i).toLongLong());
        } else if (arguments.at(i) == u"--keep" && i + 1 < arguments.size()) {
            keep = arguments.at(++i);
        } else {
            std::fprintf(stderr, "usage: bench_knowledge [--quick] [--articles N] [--keep DIR]\n");
            return 2;
        }
    }
    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/bench_knowledge-XXXXXX"));
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    dir.mkpath(QStringLiteral("."));
    const QString path = dir.filePath(QStringLiteral("knowledge.cache"));
    QFile keyFile(dir.filePath(QStringLiteral("key.hex")));
    std::optional<CacheKey> kept;
    if (QFileInfo::exists(path) && keyFile.open(QIODevice::ReadOnly))
        kept = CacheKey::fromHex(QString::fromLatin1(keyFile.readAll()));
    keyFile.close();
    const CacheKey key = kept ? *kept : CacheKey::generate();
    if (!kept) {
        QFile::remove(path);
        if (!keep.isEmpty() && keyFile.open(QIODevice::WriteOnly))
            keyFile.write(key.toHex().toLatin1());
        keyFile.close();
    }
    std::printf("bench_knowledge: %lld articles%s\n", articles, kept ? " (kept cache)" : "");

    const qint64 subjects = 200;
    QList<QStringList> faTitles;
    QList<QStringList> enTitles;
    if (kept) {
        // The titles the queries are made of, from the kept cache.
        auto opened = LocalCache::open(path, key);
        if (!opened)
            return 1;
        for (qint64 id = 50; id <= articles; id += 50) {
            const auto row = (*opened)->row(QStringLiteral("knowledge_articles"), id);
            if (!row || !*row)
                continue;
            const QStringList words =
                (*row)->value(u"title").toString().split(u' ', Qt::SkipEmptyParts);
            ((*row)->value(u"language").toString() == u"fa" ? faTitles : enTitles).append(words);
        }
    } else {
        auto opened = LocalCache::open(path, key);
        if (!opened || !(*opened)->setUser(benchUser()))
            return 1;
        auto cache = std::move(opened).value();
        QElapsedTimer timer;
        timer.start();
        QRandomGenerator random(42);
        qint64 cursor = 0;
        const bool built =
            Bench::applyGeneratedRows(
                *cache, QStringLiteral("knowledge_subjects"), subjects,
                [&](qint64 id) {
                    return QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("version"), id},
                                       {QStringLiteral("deleted"), false},
                                       {QStringLiteral("parent_id"),
                                        id > 20 ? QJsonValue(1 + (id - 1) % 20) : QJsonValue()},
                                       {QStringLiteral("name_fa"), persian().sentence(random, 2)},
                                       {QStringLiteral("name_en"), english().sentence(random, 2)}};
                },
                cursor) &&
            Bench::applyGeneratedRows(
                *cache, QStringLiteral("knowledge_articles"), articles,
                [&](qint64 id) {
                    QJsonObject row = articleRow(id, subjects, random);
                    if (id % 50 == 0) { // the titles the queries are made of
                        const QStringList words =
                            row.value(u"title").toString().split(u' ', Qt::SkipEmptyParts);
                        (row.value(u"language").toString() == u"fa" ? faTitles : enTitles)
                            .append(words);
                    }
                    return row;
                },
                cursor) &&
            Bench::applyGeneratedRows(
                *cache, QStringLiteral("article_services"), articles,
                [&](qint64 id) {
                    return QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("version"), 1'000'000 + id},
                                       {QStringLiteral("deleted"), false},
                                       {QStringLiteral("article_id"), id},
                                       {QStringLiteral("service_id"), 1 + (id * 7919) % 300}};
                },
                cursor);
        if (!built)
            return 1;
        std::printf("building the cache (pull path, sealed rows): %.1f s, %.1f MB\n",
                    double(timer.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6);
        std::fflush(stdout);
    }

    auto opened = LocalCache::open(path, key);
    if (!opened)
        return 1;
    auto cache = std::move(opened).value();
    {
        QElapsedTimer timer;
        timer.start();
        const auto indexed = KnowledgeIndex::refresh(*cache);
        if (!indexed) {
            std::fprintf(stderr, "refresh failed: %s\n", qPrintable(indexed.error().detail));
            return 1;
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        std::printf("index build from kb_dirty: %d articles in %.1f s (%.0f articles/s); "
                    "cache now %.1f MB\n",
                    *indexed, seconds, double(*indexed) / seconds,
                    double(QFileInfo(path).size()) / 1e6);
        std::fflush(stdout);
    }

    QRandomGenerator random(7);
    const auto timeSearch = [&](const QString &text, bool prefix, Timings &timings,
                                qint64 *total = nullptr) {
        ArticleQuery query;
        query.text = text;
        query.lastIsPrefix = prefix;
        QElapsedTimer timer;
        timer.start();
        const auto results = KnowledgeIndex::search(*cache, query);
        timings.add(elapsedMs(timer));
        if (!results)
            std::fprintf(stderr, "search failed: %s\n", qPrintable(results.error().detail));
        else if (total)
            *total = results->total;
    };
    // Warm up (the first query loads the index's pages).
    for (int i = 0; i < 20; ++i) {
        Timings ignored;
        timeSearch(persian().sentence(random, 1), false, ignored);
    }
    for (const bool fa : {true, false}) {
        const QList<QStringList> &titles = fa ? faTitles : enTitles;
        if (titles.isEmpty())
            continue;
        for (int words = 1; words <= 3; ++words) {
            Timings timings;
            qint64 matches = 0;
            QList<QStringList> chosen;
            while (chosen.size() < queries) {
                const QStringList &title = titles.at(random.bounded(int(titles.size())));
                if (title.size() < words)
                    continue;
                const int start = int(random.bounded(int(title.size()) - words + 1));
                chosen.append(title.mid(start, words));
            }
            for (const QStringList &query : std::as_const(chosen)) {
                qint64 total = 0;
                timeSearch(query.join(u' '), false, timings, &total);
                matches += total;
            }
            const QByteArray label = QStringLiteral("search %1, %2 word%3 (mean %4 matches)")
                                         .arg(fa ? u"Persian"_qs : u"English"_qs)
                                         .arg(words)
                                         .arg(words > 1 ? u"s"_qs : QString())
                                         .arg(matches / qMax(1, queries))
                                         .toUtf8();
            timings.print(label.constData());
        }
    }
    // As the agent types: every prefix of two characters or more of each word in turn.
    for (const bool fa : {true, false}) {
        const QList<QStringList> &titles = fa ? faTitles : enTitles;
        if (titles.isEmpty())
            continue;
        Timings timings;
        for (const QStringList &query : queriesFrom(titles, queries / 3, 3, random)) {
            QString typed;
            for (const QString &word : query) {
                for (qsizetype length = 2; length <= word.size(); ++length)
                    timeSearch(typed + word.left(length), true, timings);
                typed += word + u' ';
            }
        }
        timings.print(fa ? "as-you-type prefix, Persian" : "as-you-type prefix, English");
    }
    {
        Timings timings;
        for (int i = 0; i < queries; ++i) {
            const Vocabulary &words = i % 3 == 2 ? english() : persian();
            const QString text = words.sentence(random, 8) + u'\n' +
                                 words.sentence(random, 20 + int(random.bounded(40)));
            QElapsedTimer timer;
            timer.start();
            const auto hits = KnowledgeIndex::suggestForCase(*cache, 1 + random.bounded(300), text);
            timings.add(elapsedMs(timer));
            if (!hits)
                std::fprintf(stderr, "suggest failed: %s\n", qPrintable(hits.error().detail));
        }
        timings.print("suggestForCase (service + 8-word subject + text)");
    }
    {
        Timings timings;
        for (int i = 0; i < queries; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto hits = KnowledgeIndex::topForSubject(*cache, 1 + random.bounded(20));
            timings.add(elapsedMs(timer));
            if (!hits)
                std::fprintf(stderr, "top failed: %s\n", qPrintable(hits.error().detail));
        }
        timings.print("topForSubject (a subject with its children)");
    }
    {
        // The worst: the most common words of each language.
        Timings timings;
        qint64 total = 0;
        for (const QString &word : {u"شهرداری"_qs, u"درخواست"_qs, u"permit"_qs, u"parking"_qs}) {
            for (int i = 0; i < 5; ++i)
                timeSearch(word, false, timings, &total);
        }
        timings.print("search, the commonest content words");
        std::printf("  (e.g. \"parking\": %lld matches)\n", total);
    }
    {
        // One local edit, then a search (refresh of one row first).
        Timings timings;
        for (int i = 0; i < 20; ++i) {
            const qint64 id = 1 + random.bounded(int(articles));
            if (!cache->update(QStringLiteral("knowledge_articles"), id,
                               {{QStringLiteral("title"), persian().sentence(random, 5)}}))
                continue;
            timeSearch(persian().sentence(random, 1), false, timings);
        }
        timings.print("search right after a local edit");
    }
    std::printf("resident memory %.0f MB (peak %.0f MB)\n", Bench::residentMemoryMb().first,
                Bench::residentMemoryMb().second);
    return 0;
}
