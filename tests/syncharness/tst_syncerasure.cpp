// A citizen erased on the server is erased in a workstation's copy by its next sync: the
// agent's laptop held the citizen's national ID, name, phone and request; after the
// administrator's erasure (POST /api/v1/citizens/{id}/erase) and one sync, the copy holds the
// anonymized citizen (kept: their case is kept), the case without their words, no phone,
// and a search by the old national ID, phone or name finds nobody. The
// real server process, on SQLite and PostgreSQL.
#include "citizensearch.h"
#include "localcache.h"
#include "nationalid.h"
#include "syncharness.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::SyncHarness;

class TestSyncErasure : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> m_harness;

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        m_harness = std::make_unique<Harness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
    }
    void cleanupTestCase() { m_harness.reset(); }

    void erasureReachesTheSyncedCopy()
    {
        QRandomGenerator rng(1405);
        const QString nationalId = NationalId::generateValid(rng).digits();
        const QString agentToken = m_harness->tokenOf(QStringLiteral("agent.a"));
        const HttpAnswer citizen =
            callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/citizens"), agentToken,
                    {{QStringLiteral("national_id"), nationalId},
                     {QStringLiteral("first_name"), QStringLiteral("نرگس")},
                     {QStringLiteral("last_name"), QStringLiteral("توکلی")}});
        QVERIFY2(citizen.status == 201, QJsonDocument(citizen.body).toJson().constData());
        const qint64 citizenId = citizen.body.value(u"id").toInteger();
        const HttpAnswer phone = callApi(m_harness->serverUrl(), "POST",
                                         QStringLiteral("/api/v1/citizen_phones"), agentToken,
                                         {{QStringLiteral("citizen_id"), citizenId},
                                          {QStringLiteral("e164"), QStringLiteral("09127776655")}});
        QVERIFY2(phone.status == 201, QJsonDocument(phone.body).toJson().constData());
        const qint64 phoneId = phone.body.value(u"id").toInteger();
        const HttpAnswer request = callApi(
            m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/cases"), agentToken,
            {{QStringLiteral("service_id"), m_harness->serviceId()},
             {QStringLiteral("channel"), QStringLiteral("phone")},
             {QStringLiteral("citizen_id"), citizenId},
             {QStringLiteral("subject"), QStringLiteral("آب\u200cگرفتگی کوچه")},
             {QStringLiteral("description"), QStringLiteral("جلوی خانه نرگس توکلی، پلاک ۸")}});
        QVERIFY2(request.status == 201, QJsonDocument(request.body).toJson().constData());
        const qint64 caseId = request.body.value(u"id").toInteger();

        Client &agent = m_harness->addClient(QStringLiteral("agent.a"));
        QVERIFY(agent.syncUntilClean());
        const auto before = agent.cache().row(QStringLiteral("citizens"), citizenId);
        QVERIFY(before && before->has_value());
        QCOMPARE((*before)->value(u"national_id").toString(), nationalId);
        QVERIFY(agent.cache().row(QStringLiteral("citizen_phones"), phoneId)->has_value());
        QCOMPARE(
            Cache::findCitizens(agent.cache(), Cache::CitizenQuery::read(nationalId), 10).size(),
            1);

        const HttpAnswer erased =
            callApi(m_harness->serverUrl(), "POST",
                    QStringLiteral("/api/v1/citizens/%1/erase").arg(citizenId),
                    m_harness->tokenOf(QStringLiteral("admin")),
                    {{QStringLiteral("reason"), QStringLiteral("درخواست شهروند، نامه ۱۴۰۵/۱۲۳")}});
        QVERIFY2(erased.status == 200, QJsonDocument(erased.body).toJson().constData());

        QVERIFY(agent.syncUntilClean());
        const auto after = agent.cache().row(QStringLiteral("citizens"), citizenId);
        QVERIFY(after && after->has_value());
        QVERIFY((*after)->value(u"national_id").isNull());
        QCOMPARE((*after)->value(u"first_name").toString(), QString());
        QCOMPARE((*after)->value(u"last_name").toString(), QString());
        QVERIFY(!(*after)->value(u"anonymized_at").isNull());
        // The case is kept (the law keeps it), without the citizen's words.
        const auto kept = agent.cache().row(QStringLiteral("cases"), caseId);
        QVERIFY(kept && kept->has_value());
        QCOMPARE((*kept)->value(u"description").toString(), QString());
        QCOMPARE((*kept)->value(u"subject").toString(), QStringLiteral("آب\u200cگرفتگی کوچه"));
        const auto phoneAfter = agent.cache().row(QStringLiteral("citizen_phones"), phoneId);
        QVERIFY(phoneAfter);
        QVERIFY(!phoneAfter->has_value());
        for (const QString &typed :
             {nationalId, QStringLiteral("09127776655"), QStringLiteral("نرگس توکلی")})
            QVERIFY2(
                Cache::findCitizens(agent.cache(), Cache::CitizenQuery::read(typed), 10).isEmpty(),
                qPrintable(typed));
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, agent);
        m_harness->removeClient(agent);
    }
};

QTEST_MAIN(TestSyncErasure)
#include "tst_syncerasure.moc"
