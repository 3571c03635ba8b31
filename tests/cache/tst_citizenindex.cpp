// The citizens' keyed search index in the workstation's cache, on real SQLite files: every
// kind of key as agents type it, Persian spellings, beginnings of words, one typo, ranking;
// the index kept current by pulls, local edits, deletes and a bulk first sync; no personal
// text in the file; and a cache of version 6 upgraded.
#include "citizenindex.h"
#include "citizenindex_p.h"
#include "citizensearch.h"
#include "localcache.h"
#include "testenvironment.h"
#include "trackingcode.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

Access::Principal agent()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.roles = {Access::Role::Agent};
    user.units = {OrgUnitId(3)};
    return user;
}

QJsonObject row(qint64 id, const QJsonObject &fields, qint64 version = 1)
{
    QJsonObject result{{u"id"_qs, id}, {u"version"_qs, version}, {u"deleted"_qs, false}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject citizen(qint64 id, const QString &first, const QString &last,
                    const QJsonObject &more = {}, qint64 version = 1)
{
    QJsonObject fields = more;
    fields.insert(u"first_name"_qs, first);
    fields.insert(u"last_name"_qs, last);
    return row(id, fields, version);
}

QJsonObject phone(qint64 id, qint64 citizenId, const QString &e164, qint64 version = 1)
{
    return row(id, {{u"citizen_id"_qs, citizenId}, {u"e164"_qs, e164}}, version);
}

QJsonObject tombstone(qint64 id, qint64 version)
{
    return QJsonObject{{u"id"_qs, id}, {u"version"_qs, version}, {u"deleted"_qs, true}};
}

QList<qint64> ids(const QList<CitizenMatch> &matches)
{
    QList<qint64> result;
    for (const CitizenMatch &match : matches)
        result << match.citizen.value(u"id").toInteger();
    return result;
}

} // namespace

class TestCitizenIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CacheKey m_key = CacheKey::generate();
    int m_count = 0;
    qint64 m_cursor = 0;
    QString m_code;

    std::unique_ptr<LocalCache> openFresh(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(u"c%1.cache"_qs.arg(++m_count));
        auto cache = LocalCache::open(path, m_key);
        if (!cache)
            qFatal("cannot open cache: %s", qPrintable(cache.error().detail));
        auto owned = std::move(cache).value();
        if (!owned->setUser(agent()))
            qFatal("cannot set user");
        if (pathOut)
            *pathOut = path;
        return owned;
    }

    bool pull(LocalCache &cache, const QString &entity, const QList<QJsonObject> &rows)
    {
        QJsonArray changes;
        for (const QJsonObject &r : rows)
            changes.append(QJsonObject{{u"entity"_qs, entity}, {u"row"_qs, r}});
        m_cursor += rows.size();
        const auto applied = cache.applyPullPage(
            QJsonObject{{u"changes"_qs, changes}, {u"cursor"_qs, m_cursor}, {u"more"_qs, false}});
        if (!applied)
            qWarning() << applied.error().detail;
        return bool(applied);
    }

    static QList<qint64> find(const LocalCache &cache, const QString &typed, int limit = 10)
    {
        return ids(findCitizens(cache, CitizenQuery::read(typed), limit));
    }

    static int scalar(LocalCache &cache, const QString &sql)
    {
        QSqlQuery query(cache.database());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toInt();
    }

    // People as the server sends them, spelt every way Persian is typed.
    std::unique_ptr<LocalCache> town(QString *pathOut = nullptr)
    {
        auto cache = openFresh(pathOut);
        const bool pulled =
            pull(*cache, u"citizens"_qs,
                 {citizen(1, u"محمدرضا"_qs, u"کریمی"_qs,
                          {{u"national_id"_qs, u"0499370899"_qs},
                           {u"father_name"_qs, u"حسین"_qs},
                           {u"first_name_latin"_qs, u"Mohammadreza"_qs},
                           {u"last_name_latin"_qs, u"Karimi"_qs}}),
                  citizen(2, u"زهرا"_qs, u"نیک‌نام"_qs), // with ZWNJ
                  citizen(3, u"علی"_qs, u"کریمی"_qs, {{u"merged_into_id"_qs, 1}}),
                  citizen(4, u"علي"_qs, u"رضايي"_qs), // Arabic yeh
                  citizen(5, u"علیرضا"_qs, u"رضایی"_qs),
                  citizen(6, u"مُحَمَّد"_qs, u"رضائی"_qs), // diacritics, hamza
                  citizen(8, u"محمدرضا"_qs, u"رضایی"_qs), citizen(11, u"مریم"_qs, u"نیکنان"_qs)}) &&
            pull(*cache, u"citizen_phones"_qs,
                 {phone(21, 1, u"+989121234567"_qs), phone(22, 2, u"+989351112233"_qs),
                  phone(23, 3, u"+989120000003"_qs)});
        if (!pulled)
            qFatal("cannot pull the town");
        QRandomGenerator random(7);
        m_code = TrackingCode::generate(random).compact();
        QList<QJsonObject> cases;
        for (qint64 id = 101; id <= 110; ++id) {
            cases << row(id, {{u"tracking_code"_qs,
                               id == 105 ? m_code : TrackingCode::generate(random).compact()},
                              {u"citizen_id"_qs, id == 105 ? 5 : 1},
                              {u"service_id"_qs, 4},
                              {u"channel"_qs, u"phone"_qs},
                              {u"status"_qs, u"new"_qs},
                              {u"created_at"_qs, 1'760'000'000'000 + id * 60'000},
                              {u"team_id"_qs, 3}});
        }
        if (!pull(*cache, u"cases"_qs, cases))
            qFatal("cannot pull the cases");
        return cache;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void findsByIdentifiersTypedAnyWay()
    {
        auto cache = town();
        QCOMPARE(*CitizenIndex::refresh(*cache), 8);
        QCOMPARE(*CitizenIndex::refresh(*cache), 0);
        QCOMPARE(find(*cache, u"0499370899"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"۰۴۹۹-۳۷۰-۸۹۹"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"09121234567"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"+98 912 123 45 67"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"۰۹۱۲ ۱۲۳ ۴۵۶۷"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"0935 111 2233"_qs), QList<qint64>{2});
        QCOMPARE(find(*cache, m_code.toLower()), QList<qint64>{5});
        // The merged-away citizen's phone finds nothing: it is found as the one it joined.
        QVERIFY(find(*cache, u"09120000003"_qs).isEmpty());
        QVERIFY(find(*cache, u"09129999999"_qs).isEmpty());
        QVERIFY(find(*cache, u"0084575948"_qs).isEmpty()); // a valid ID nobody has
    }

    void findsNamesInEverySpelling()
    {
        auto cache = town();
        // Without refresh(): the search indexes what few are waiting.
        QCOMPARE(find(*cache, u"محمد كريمي"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"نیکنام"_qs).first(), 2);
        QCOMPARE(find(*cache, u"نیک‌نام"_qs).first(), 2);
        QCOMPARE(find(*cache, u"karimi"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"MOHAM"_qs), QList<qint64>{1});
        QCOMPARE(find(*cache, u"حسین"_qs), QList<qint64>{1}); // the father's name
        // Arabic yeh and kaf, diacritics and hamza on either side.
        QCOMPARE(find(*cache, u"علی رضایی"_qs), (QList<qint64>{4, 5}));
        QCOMPARE(find(*cache, u"محمد رضايي"_qs), (QList<qint64>{6, 8}));
        QCOMPARE(find(*cache, u"مُحمّد رضائي"_qs), (QList<qint64>{6, 8}));
        // An unfinished word: every word typed begins a word of the name, whole words first.
        QCOMPARE(find(*cache, u"محمد رض"_qs), (QList<qint64>{6, 8}));
        QCOMPARE(find(*cache, u"رض"_qs), (QList<qint64>{4, 5, 6, 8}));
        QCOMPARE(find(*cache, u"محمدرضا ک"_qs), QList<qint64>{1});
        // The merged-away citizen is not offered; a one-letter query is not looked up.
        QVERIFY(find(*cache, u"علی کریمی"_qs).isEmpty());
        QVERIFY(find(*cache, u"ع"_qs).isEmpty());
        QVERIFY(find(*cache, u"رحیمی"_qs).isEmpty());
    }

    // The index's two ways to a name's candidates: each word's citizens met in memory, and,
    // for words in too many names to read, the index walked by the first word's citizens.
    void looksUpTokensBothWays()
    {
        auto cache = town();
        QCOMPARE(*CitizenIndex::refresh(*cache), 8);
        const auto key = CitizenIndex::tokenKey(*cache);
        const qint64 reza = key->token(CitizenIndexing::Domain::name, u"رض"_qs);
        const qint64 ali = key->token(CitizenIndexing::Domain::name, u"علی"_qs);
        const qint64 nobody = key->token(CitizenIndexing::Domain::name, u"ژ"_qs);
        QCOMPARE(**CitizenIndex::citizensWith(*cache, {reza}, 100), (QList<qint64>{4, 5, 6, 8}));
        QCOMPARE(**CitizenIndex::citizensWith(*cache, {ali, reza}, 100),
                 (QList<qint64>{4, 5, 6, 8}));
        QVERIFY(!CitizenIndex::citizensWith(*cache, {reza}, 3)->has_value()); // too common
        QCOMPARE(*CitizenIndex::candidates(*cache, {{reza}, {ali}}, 10), (QList<qint64>{4, 5}));
        QCOMPARE(*CitizenIndex::candidates(*cache, {{reza}, {ali, nobody}}, 1), QList<qint64>{4});
        QVERIFY(CitizenIndex::candidates(*cache, {{reza}, {nobody}}, 10)->isEmpty());
        // The same key for another connection to the file, another for a cache with another key.
        auto sibling = std::move(cache->openSibling()).value();
        QCOMPARE(CitizenIndex::tokenKey(*sibling)->token(CitizenIndexing::Domain::name, u"رض"_qs),
                 reza);
        auto other =
            std::move(LocalCache::open(m_dir.filePath(u"other.cache"_qs), CacheKey::generate()))
                .value();
        QVERIFY(CitizenIndex::tokenKey(*other)->token(CitizenIndexing::Domain::name, u"رض"_qs) !=
                reza);
        QVERIFY(key->token(CitizenIndexing::Domain::nationalId, u"0499370899"_qs) !=
                key->token(CitizenIndexing::Domain::name, u"0499370899"_qs));
        QCOMPARE(CitizenIndexing::deletions(u"زهرا"_qs),
                 (QStringList{u"هرا"_qs, u"زرا"_qs, u"زها"_qs, u"زهر"_qs}));
        QCOMPARE(CitizenIndexing::deletions(u"الله"_qs),
                 (QStringList{u"لله"_qs, u"اله"_qs, u"الل"_qs}));
    }

    void toleratesOneTypoAWordAndRanksExactFirst()
    {
        auto cache = town();
        QCOMPARE(*CitizenIndex::refresh(*cache), 8);
        QCOMPARE(find(*cache, u"علی رضاپی"_qs), (QList<qint64>{4, 5})); // a letter wrong
        QCOMPARE(find(*cache, u"نیکام"_qs), QList<qint64>{2});          // a letter missing
        QCOMPARE(find(*cache, u"کریمیی"_qs), QList<qint64>{1});         // a letter too many
        QCOMPARE(find(*cache, u"زهار"_qs), QList<qint64>{2});           // two swapped
        QCOMPARE(find(*cache, u"زهار نیکنام"_qs), QList<qint64>{2});
        // Exact before one edit: نیکنان is one letter from نیکنام.
        QCOMPARE(find(*cache, u"نیکنام"_qs), (QList<qint64>{2, 11}));
        QCOMPARE(find(*cache, u"نیکنان"_qs), (QList<qint64>{11, 2}));
        // When the exact ones fill the page, no typo is looked for.
        QCOMPARE(find(*cache, u"نیکنام"_qs, 1), QList<qint64>{2});
        // Two letters wrong is too many.
        QVERIFY(find(*cache, u"زحرا"_qs).size() == 1);
        QVERIFY(find(*cache, u"زحرة"_qs).isEmpty());
    }

    void followsPullsEditsAndDeletes()
    {
        auto cache = town();
        QCOMPARE(*CitizenIndex::refresh(*cache), 8);
        // A pulled change: the new name is found, the old one no longer.
        QVERIFY(pull(*cache, u"citizens"_qs, {citizen(4, u"علی"_qs, u"رضوی"_qs, {}, 2)}));
        QCOMPARE(*CitizenIndex::refresh(*cache), 1);
        QCOMPARE(find(*cache, u"علی رضایی"_qs), QList<qint64>{5});
        QCOMPARE(find(*cache, u"رضوی"_qs), QList<qint64>{4});
        // A local edit is found at once (no refresh).
        QVERIFY(cache->update(u"citizens"_qs, 5, {{u"first_name"_qs, u"امیرعلی"_qs}}));
        QCOMPARE(find(*cache, u"امیر رضایی"_qs), QList<qint64>{5});
        // The server's change under the local edit: both are found.
        QVERIFY(pull(*cache, u"citizens"_qs,
                     {citizen(5, u"علیرضا"_qs, u"رضایی‌فر"_qs, {}, 3)}));
        QCOMPARE(find(*cache, u"امیرعلی رضایی"_qs), QList<qint64>{5});
        QCOMPARE(find(*cache, u"امیرعلی"_qs), QList<qint64>{5});
        // A citizen and a phone made here, before the server knows them.
        const auto created = cache->create(u"citizens"_qs, {{u"first_name"_qs, u"پرستو"_qs},
                                                            {u"last_name"_qs, u"افشار"_qs},
                                                            {u"national_id"_qs, u"0084575948"_qs}});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
        QVERIFY(cache->create(u"citizen_phones"_qs,
                              {{u"citizen_id"_qs, *created}, {u"e164"_qs, u"+989127654321"_qs}}));
        QCOMPARE(find(*cache, u"پرستو افشار"_qs), QList<qint64>{*created});
        QCOMPARE(find(*cache, u"0084575948"_qs), QList<qint64>{*created});
        QCOMPARE(find(*cache, u"09127654321"_qs), QList<qint64>{*created});
        // A phone pulled and then taken away.
        QVERIFY(pull(*cache, u"citizen_phones"_qs, {phone(24, 8, u"+989131112222"_qs)}));
        QCOMPARE(find(*cache, u"09131112222"_qs), QList<qint64>{8});
        QVERIFY(pull(*cache, u"citizen_phones"_qs, {tombstone(24, 2)}));
        QCOMPARE(*CitizenIndex::refresh(*cache), 1);
        QVERIFY(find(*cache, u"09131112222"_qs).isEmpty());
        // Deleted here, and deleted by the server: gone from the index with their tokens.
        QVERIFY(cache->remove(u"citizens"_qs, 6));
        QCOMPARE(find(*cache, u"محمد رضایی"_qs), QList<qint64>{8});
        QVERIFY(pull(*cache, u"citizens"_qs, {tombstone(8, 9)}));
        QCOMPARE(*CitizenIndex::refresh(*cache), 1);
        QVERIFY(find(*cache, u"محمد رضایی"_qs).isEmpty());
        QCOMPARE(
            scalar(*cache, u"SELECT COUNT(*) FROM citizen_tokens WHERE citizen_id IN (6, 8)"_qs),
            0);
        QCOMPARE(
            scalar(*cache, u"SELECT COUNT(*) FROM citizen_indexed WHERE citizen_id IN (6, 8)"_qs),
            0);
        // What the index holds is what the citizens left have: no token without its list.
        QCOMPARE(scalar(*cache, u"SELECT COUNT(*) FROM citizen_tokens t WHERE NOT EXISTS (SELECT "
                                u"1 FROM citizen_indexed i WHERE i.citizen_id = t.citizen_id)"_qs),
                 0);
        QCOMPARE(scalar(*cache, u"SELECT SUM(length(tokens)) / 4 FROM citizen_indexed"_qs),
                 scalar(*cache, u"SELECT COUNT(*) FROM citizen_tokens"_qs));
    }

    void followsPushAnswersAndConflicts()
    {
        auto cache = town();
        QCOMPARE(*CitizenIndex::refresh(*cache), 8);
        // Made here, then given its server id by the push's answer (the row is rekeyed).
        const auto created = cache->create(
            u"citizens"_qs, {{u"first_name"_qs, u"کاوه"_qs}, {u"last_name"_qs, u"آهنگر"_qs}});
        QVERIFY(created && *created < 0);
        QVERIFY(cache->create(u"citizen_phones"_qs,
                              {{u"citizen_id"_qs, *created}, {u"e164"_qs, u"+989141112233"_qs}}));
        QCOMPARE(find(*cache, u"کاوه آهنگر"_qs), QList<qint64>{*created});
        QCOMPARE(find(*cache, u"09141112233"_qs), QList<qint64>{*created});
        const QJsonArray sent = *cache->pendingMutations(10);
        QCOMPARE(sent.size(), 2);
        const QJsonArray answers{
            QJsonObject{{u"client_mutation_id"_qs, sent[0].toObject().value(u"client_mutation_id")},
                        {u"status"_qs, u"applied"_qs},
                        {u"row"_qs, citizen(900, u"کاوه"_qs, u"آهنگر"_qs, {}, 50)}},
            QJsonObject{{u"client_mutation_id"_qs, sent[1].toObject().value(u"client_mutation_id")},
                        {u"status"_qs, u"applied"_qs},
                        {u"row"_qs, phone(901, 900, u"+989141112233"_qs, 51)}}};
        const auto pushed = cache->applyPushResults(sent, answers);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().detail));
        QCOMPARE(pushed->applied, 2);
        QCOMPARE(find(*cache, u"کاوه آهنگر"_qs), QList<qint64>{900});
        QCOMPARE(find(*cache, u"09141112233"_qs), QList<qint64>{900});
        QCOMPARE(scalar(*cache, u"SELECT COUNT(*) FROM citizen_indexed WHERE citizen_id < 0"_qs),
                 0);

        // An edit another user's change met: the server's name is taken.
        QVERIFY(cache->update(u"citizens"_qs, 900, {{u"last_name"_qs, u"آهنگری"_qs}}));
        QCOMPARE(find(*cache, u"آهنگری"_qs), QList<qint64>{900});
        const QJsonArray edit = *cache->pendingMutations(10);
        const QJsonArray conflict{QJsonObject{
            {u"client_mutation_id"_qs, edit[0].toObject().value(u"client_mutation_id")},
            {u"status"_qs, u"conflict"_qs},
            {u"row"_qs, citizen(900, u"کاوه"_qs, u"پولادوند"_qs, {}, 60)},
            {u"conflicts"_qs, QJsonArray{QJsonObject{{u"field"_qs, u"last_name"_qs},
                                                     {u"base"_qs, u"آهنگر"_qs},
                                                     {u"mine"_qs, u"آهنگری"_qs},
                                                     {u"theirs"_qs, u"پولادوند"_qs}}}}}};
        const auto met = cache->applyPushResults(edit, conflict);
        QVERIFY(met);
        QCOMPARE(met->conflicts, 1);
        const auto conflicts = *cache->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(cache->takeTheirs(conflicts.first().id));
        QCOMPARE(find(*cache, u"کاوه پولادوند"_qs), QList<qint64>{900});
        QVERIFY(find(*cache, u"آهنگری"_qs).isEmpty());
    }

    void aWriteWhileIndexingMarksTheCitizenAgain()
    {
        auto cache = town();
        QCOMPARE(*CitizenIndex::refresh(*cache), 8);
        // As refresh() leaves a citizen it has read and not yet written.
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"INSERT INTO citizen_dirty (id, taken) VALUES (4, 1)"_qs));
        QVERIFY(pull(*cache, u"citizens"_qs, {citizen(4, u"علی"_qs, u"رضوی"_qs, {}, 2)}));
        QCOMPARE(scalar(*cache, u"SELECT taken FROM citizen_dirty WHERE id = 4"_qs), 0);
        QVERIFY(pull(*cache, u"citizen_phones"_qs, {phone(25, 4, u"+989130000004"_qs)}));
        QCOMPARE(scalar(*cache, u"SELECT COUNT(*) FROM citizen_dirty WHERE id = 4"_qs), 1);
        QCOMPARE(*CitizenIndex::refresh(*cache), 1);
        QCOMPARE(find(*cache, u"09130000004"_qs), QList<qint64>{4});
        // A local edit (INSERT OR REPLACE) too.
        QVERIFY(query.exec(u"INSERT INTO citizen_dirty (id, taken) VALUES (5, 1)"_qs));
        QVERIFY(cache->update(u"citizens"_qs, 5, {{u"father_name"_qs, u"بهرام"_qs}}));
        QCOMPARE(scalar(*cache, u"SELECT taken FROM citizen_dirty WHERE id = 5"_qs), 0);
    }

    void aBulkFirstSyncIsIndexedAfterward()
    {
        auto cache = openFresh();
        QVERIFY(cache->beginBulkLoad());
        for (int page = 0; page < 3; ++page) {
            QList<QJsonObject> citizens;
            QList<QJsonObject> phones;
            for (int i = 1; i <= 1000; ++i) {
                const qint64 id = page * 1000 + i;
                citizens << citizen(id, u"شهروند"_qs, u"شماره %1"_qs.arg(id));
                phones << phone(100'000 + id, id, u"+98912%1"_qs.arg(id, 7, 10, QLatin1Char('0')));
            }
            QVERIFY(pull(*cache, u"citizens"_qs, citizens));
            QVERIFY(pull(*cache, u"citizen_phones"_qs, phones));
        }
        QVERIFY(cache->endBulkLoad());
        // Too many for a search to index: the sync engine's refresh does them.
        QVERIFY(find(*cache, u"09120002999"_qs).isEmpty());
        std::atomic<bool> cancel{true};
        QCOMPARE(*CitizenIndex::refresh(*cache, &cancel), 0);
        // Built through a temporary file, a range of hashes at a time.
        QCOMPARE(*CitizenIndex::refresh(*cache), 3000);
        QCOMPARE(scalar(*cache, u"SELECT COUNT(*) FROM citizen_dirty"_qs), 0);
        QCOMPARE(scalar(*cache, u"SELECT COUNT(*) FROM citizen_indexed"_qs), 3000);
        QCOMPARE(scalar(*cache, u"SELECT SUM(length(tokens)) / 4 FROM citizen_indexed"_qs),
                 scalar(*cache, u"SELECT COUNT(*) FROM citizen_tokens"_qs));
        QCOMPARE(find(*cache, u"09120002999"_qs), QList<qint64>{2999});
        QCOMPARE(find(*cache, u"شهروند ۲۹۹۹"_qs).first(), 2999); // then 2990, 2998 ...
        QCOMPARE(find(*cache, u"شهروند"_qs, 50).size(), 50);
        // And kept current from there, one citizen at a time.
        QVERIFY(pull(*cache, u"citizens"_qs,
                     {citizen(2999, u"شهروند"_qs, u"جابه‌جا"_qs, {}, 2)}));
        QVERIFY(cache->remove(u"citizen_phones"_qs, 102'999));
        QCOMPARE(find(*cache, u"شهروند جابه"_qs), QList<qint64>{2999});
        QVERIFY(find(*cache, u"09120002999"_qs).isEmpty());
        QVERIFY(find(*cache, u"شهروند ۲۹۹۹"_qs).first() != 2999);
    }

    void theFileHoldsNoPersonalTextInTheClear()
    {
        QString path;
        {
            auto cache = town(&path);
            QCOMPARE(*CitizenIndex::refresh(*cache), 8);
            QVERIFY(scalar(*cache, u"SELECT COUNT(*) FROM citizen_tokens"_qs) > 100);
            QSqlQuery query(cache->database());
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs));
        }
        QByteArray bytes;
        for (const QString &file : {path, path + u"-wal"_qs}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.size() > 10'000);
        // What is kept in the clear is there (so the bytes were read)...
        QVERIFY(bytes.contains(m_code.toLatin1()));
        // ...and no name, ID or number, in any encoding SQLite might use.
        const QStringList personal{u"0499370899"_qs, u"9121234567"_qs,   u"9351112233"_qs,
                                   u"محمدرضا"_qs,    u"کریمی"_qs,        u"رضایی"_qs,
                                   u"رضا"_qs,        u"Mohammadreza"_qs, u"mohammadreza"_qs,
                                   u"karimi"_qs,     u"حسین"_qs,         u"نیکنام"_qs};
        for (const QString &text : personal) {
            QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text));
            const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(text));
        }
    }

    void aVersion6CacheIndexesTheCitizensItHas()
    {
        QString path;
        {
            auto cache = town(&path);
            // Make it a version 6 file: no index, no triggers.
            QSqlQuery query(cache->database());
            for (const QString &statement :
                 {u"DROP TRIGGER citizen_inserted"_qs, u"DROP TRIGGER citizen_updated"_qs,
                  u"DROP TRIGGER citizen_deleted"_qs, u"DROP TRIGGER citizen_phone_inserted"_qs,
                  u"DROP TRIGGER citizen_phone_updated"_qs,
                  u"DROP TRIGGER citizen_phone_deleted"_qs, u"DROP TABLE citizen_tokens"_qs,
                  u"DROP TABLE citizen_indexed"_qs, u"DROP TABLE citizen_dirty"_qs,
                  u"PRAGMA user_version = 6"_qs})
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        auto opened = LocalCache::open(path, m_key);
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        QCOMPARE(scalar(*cache, u"PRAGMA user_version"_qs), LocalCache::schemaVersion());
        QCOMPARE(LocalCache::schemaVersion(), 7);
        QCOMPARE(scalar(*cache, u"SELECT COUNT(*) FROM citizen_dirty"_qs), 8);
        QCOMPARE(*CitizenIndex::refresh(*cache), 8);
        QCOMPARE(find(*cache, u"محمد رض"_qs), (QList<qint64>{6, 8}));
        QCOMPARE(find(*cache, u"09121234567"_qs), QList<qint64>{1});
        // And the triggers work.
        QVERIFY(pull(*cache, u"citizens"_qs, {citizen(12, u"محمد"_qs, u"رضاپور"_qs)}));
        QCOMPARE(find(*cache, u"محمد رض"_qs), (QList<qint64>{6, 12, 8}));
    }
};

QTEST_GUILESS_MAIN(TestCitizenIndex)
#include "tst_citizenindex.moc"
