// Finding a citizen in the cache the way an agent types it: a national ID, a phone number
// in any digits and spacing, a tracking code, or words of a name in any Persian spelling;
// and a citizen's open cases, newest first.
#include "citizensearch.h"
#include "localcache.h"
#include "testenvironment.h"
#include "trackingcode.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

QJsonObject row(qint64 id, const QJsonObject &fields)
{
    QJsonObject result{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), id},
                       {QStringLiteral("deleted"), false}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

bool pull(LocalCache &cache, const QString &entity, const QList<QJsonObject> &rows, qint64 &cursor)
{
    QJsonArray changes;
    for (const QJsonObject &r : rows)
        changes.append(QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("row"), r}});
    cursor += rows.size();
    return bool(cache.applyPullPage(QJsonObject{{QStringLiteral("changes"), changes},
                                                {QStringLiteral("cursor"), cursor},
                                                {QStringLiteral("more"), false}}));
}

QList<qint64> ids(const QList<CitizenMatch> &matches)
{
    QList<qint64> result;
    for (const CitizenMatch &match : matches)
        result << match.citizen.value(u"id").toInteger();
    return result;
}

} // namespace

class TestCitizenSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    QString m_code;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened =
            LocalCache::open(m_dir.filePath(QStringLiteral("c.cache")), CacheKey::generate());
        QVERIFY(opened);
        m_cache = std::move(opened).value();
        Access::Principal user;
        user.userId = UserId(7);
        user.roles = {Access::Role::Agent};
        user.units = {OrgUnitId(3)};
        QVERIFY(m_cache->setUser(user));
        qint64 cursor = 0;
        QVERIFY(pull(*m_cache, QStringLiteral("citizens"),
                     {row(1, {{QStringLiteral("first_name"), QStringLiteral("محمدرضا")},
                              {QStringLiteral("last_name"), QStringLiteral("کریمی")},
                              {QStringLiteral("national_id"), QStringLiteral("0499370899")}}),
                      row(2, {{QStringLiteral("first_name"), QStringLiteral("زهرا")},
                              {QStringLiteral("last_name"), QStringLiteral("نیک‌نام")}}),
                      row(3, {{QStringLiteral("first_name"), QStringLiteral("علی")},
                              {QStringLiteral("last_name"), QStringLiteral("کریمی")},
                              {QStringLiteral("merged_into_id"), 1}})},
                     cursor));
        QVERIFY(pull(*m_cache, QStringLiteral("citizen_phones"),
                     {row(21, {{QStringLiteral("citizen_id"), 2},
                               {QStringLiteral("e164"), QStringLiteral("+989121234567")}})},
                     cursor));
        QRandomGenerator random(7);
        m_code = TrackingCode::generate(random).compact();
        QList<QJsonObject> cases;
        for (qint64 id = 101; id <= 130; ++id) {
            cases << row(id, {{QStringLiteral("tracking_code"),
                               id == 101 ? m_code : TrackingCode::generate(random).compact()},
                              {QStringLiteral("citizen_id"), id % 3 == 0 ? 2 : 1},
                              {QStringLiteral("service_id"), 4},
                              {QStringLiteral("channel"), QStringLiteral("phone")},
                              {QStringLiteral("status"),
                               id % 5 == 0 ? QStringLiteral("closed") : QStringLiteral("new")},
                              {QStringLiteral("created_at"), 1'760'000'000'000 + id * 60'000},
                              {QStringLiteral("team_id"), 3}});
        }
        QVERIFY(pull(*m_cache, QStringLiteral("cases"), cases, cursor));
    }

    void readsWhatWasTyped()
    {
        QCOMPARE(CitizenQuery::read(QStringLiteral("۰۴۹۹۳۷۰۸۹۹")).kind,
                 CitizenQuery::Kind::NationalId);
        const CitizenQuery phone = CitizenQuery::read(QStringLiteral("0912 123 4567"));
        QCOMPARE(phone.kind, CitizenQuery::Kind::Phone);
        QCOMPARE(phone.value, QStringLiteral("+989121234567"));
        QCOMPARE(CitizenQuery::read(m_code.toLower()).kind, CitizenQuery::Kind::TrackingCode);
        const CitizenQuery name = CitizenQuery::read(QStringLiteral("  محمد   كريمي "));
        QCOMPARE(name.kind, CitizenQuery::Kind::Name);
        QCOMPARE(name.words.size(), 2);
        QCOMPARE(CitizenQuery::read(QStringLiteral("   ")).kind, CitizenQuery::Kind::Empty);
    }

    void findsByEveryKey()
    {
        const auto find = [this](const QString &typed) {
            return ids(findCitizens(*m_cache, CitizenQuery::read(typed), 10));
        };
        // A word's beginning, Arabic kaf and yeh; the merged-away citizen is not offered.
        QCOMPARE(find(QStringLiteral("محمد كريمي")), (QList<qint64>{1}));
        QCOMPARE(find(QStringLiteral("کریمی")), (QList<qint64>{1}));
        // Without the zero-width non-joiner, as people type it.
        QCOMPARE(find(QStringLiteral("نیکنام")), (QList<qint64>{2}));
        QCOMPARE(find(QStringLiteral("۰۴۹۹-۳۷۰-۸۹۹")), (QList<qint64>{1}));
        QCOMPARE(find(QStringLiteral("+98 912 123 45 67")), (QList<qint64>{2}));
        QCOMPARE(find(m_code), (QList<qint64>{1}));
        QVERIFY(find(QStringLiteral("رضایی")).isEmpty());
        // Cancelled before it starts: nothing.
        std::atomic<bool> cancel{true};
        QVERIFY(findCitizens(*m_cache, CitizenQuery::read(QStringLiteral("کریمی")), 10, &cancel)
                    .isEmpty());
    }

    void openCasesOfTheCitizenNewestFirst()
    {
        // Citizen 2 has the cases whose id is a multiple of 3; the closed ones (multiples
        // of 5: 105, 120) are left out.
        const QList<QJsonObject> open = openCasesOfCitizen(*m_cache, 2, 50, 1000);
        QList<qint64> found;
        for (const QJsonObject &c : open)
            found << c.value(u"id").toInteger();
        QCOMPARE(found, (QList<qint64>{129, 126, 123, 117, 114, 111, 108, 102}));
        QCOMPARE(openCasesOfCitizen(*m_cache, 2, 3, 1000).size(), 3);
        // Only the newest open cases are looked at: the 5 newest open are 129 128 127 126 124.
        QCOMPARE(openCasesOfCitizen(*m_cache, 2, 50, 5).size(), 2);
    }
};

QTEST_MAIN(TestCitizenSearch)
#include "tst_citizensearch.moc"
