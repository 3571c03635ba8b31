// A field officer's day offline against the real server: the supervisor orders a mission
// for two cases and issues it; the officer's laptop pulls it, goes offline, starts the work,
// writes the report, each case's outcome and a photo, and completes the mission; back
// online, everything reaches the server in order, and each case has its outcome as an
// activity. Then a report written offline on a mission the supervisor cancelled meanwhile:
// refused, kept with the server's reason and every word of the officer's, nothing else held
// back.
#include "syncharness.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Shahrvand;
using namespace Shahrvand::SyncHarness;

namespace {

QString marker()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// The cached row of `entity` whose `column` contains `text` (0 when none).
qint64 findRow(Cache::LocalCache &cache, const QString &entity, const QString &column,
               const QString &text)
{
    for (const QJsonObject &row : cache.rows(entity, 5000).valueOr({})) {
        if (row.value(column).toString().contains(text))
            return row.value(u"id").toInteger();
    }
    return 0;
}

} // namespace

class TestSyncMissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> m_harness;

    qint64 createCase(const QString &subject)
    {
        const HttpAnswer answer =
            callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/cases"),
                    m_harness->tokenOf(QStringLiteral("supervisor.s")),
                    {{QStringLiteral("service_id"), m_harness->serviceId()},
                     {QStringLiteral("channel"), QStringLiteral("phone")},
                     {QStringLiteral("subject"), subject}});
        if (answer.status != 201)
            qWarning("creating a case: %s", QJsonDocument(answer.body).toJson().constData());
        return answer.body.value(u"id").toInteger();
    }

    // A mission for `cases` with the officer sent, ordered on the supervisor's workstation
    // and issued (no approval rule for missions: approved on submission). Its server id.
    qint64 orderMission(Client &supervisor, const QString &purpose, const QList<qint64> &cases,
                        qint64 officerId)
    {
        const auto mission = supervisor.cache().create(
            QStringLiteral("missions"),
            {{QStringLiteral("unit_id"), m_harness->unitId(QStringLiteral("T1"))},
             {QStringLiteral("purpose"), purpose},
             {QStringLiteral("destination_name"), QStringLiteral("زیرگذر میدان آزادی")}});
        if (!mission)
            return 0;
        for (qint64 caseId : cases) {
            if (!supervisor.cache().create(QStringLiteral("mission_cases"),
                                           {{QStringLiteral("mission_id"), *mission},
                                            {QStringLiteral("case_id"), caseId}}))
                return 0;
        }
        if (!supervisor.cache().create(QStringLiteral("mission_assignees"),
                                       {{QStringLiteral("mission_id"), *mission},
                                        {QStringLiteral("user_id"), officerId},
                                        {QStringLiteral("role"), QStringLiteral("leader")}}))
            return 0;
        if (!supervisor.syncUntilClean())
            return 0;
        const qint64 id = findRow(supervisor.cache(), QStringLiteral("missions"),
                                  QStringLiteral("purpose"), purpose);
        if (id <= 0 ||
            !supervisor.cache().update(
                QStringLiteral("missions"), id,
                {{QStringLiteral("approval_status"), QStringLiteral("pending")}}) ||
            !supervisor.syncUntilClean())
            return 0;
        if (!supervisor.cache().update(QStringLiteral("missions"), id,
                                       {{QStringLiteral("status"), QStringLiteral("issued")}}))
            return 0;
        SyncClient::SyncReport issued;
        if (!supervisor.syncUntilClean(10, &issued) || issued.rejected != 0)
            return 0;
        return id;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        m_harness = std::make_unique<Harness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        QVERIFY(m_harness->createUser(QStringLiteral("officer.f"), QStringLiteral("field_officer"),
                                      {QStringLiteral("T1")}));
    }
    void cleanupTestCase() { m_harness.reset(); }

    void aFieldOfficersOfflineDayReachesTheCases()
    {
        const QString tag = marker();
        const qint64 flooded =
            createCase(QStringLiteral("آب‌گرفتگی زیرگذر ") + tag);
        const qint64 dark =
            createCase(QStringLiteral("چراغ خاموش پیاده‌رو ") + tag);
        QVERIFY(flooded > 0 && dark > 0);
        Client &supervisor = m_harness->addClient(QStringLiteral("supervisor.s"));
        Client &officer = m_harness->addClient(QStringLiteral("officer.f"));
        QVERIFY(officer.sync().ok);
        const qint64 officerId = officer.session().user.userId.value();
        QVERIFY(supervisor.sync().ok);
        const QString purpose = QStringLiteral("رفع آب‌گرفتگی ") + tag;
        const qint64 mission = orderMission(supervisor, purpose, {flooded, dark}, officerId);
        QVERIFY(mission > 0);

        // The officer's laptop takes the order, then leaves the network for the day.
        QVERIFY(officer.syncUntilClean());
        const auto ordered = officer.cache().row(QStringLiteral("missions"), mission);
        QVERIFY(ordered && *ordered);
        QCOMPARE((**ordered).value(u"status").toString(), QStringLiteral("issued"));
        officer.stopEngine();
        QVERIFY(
            officer.cache().update(QStringLiteral("missions"), mission,
                                   {{QStringLiteral("status"), QStringLiteral("in_progress")}}));
        QMap<qint64, qint64> links; // case -> mission_cases row
        for (const QJsonObject &link : officer.cache()
                                           .childRows(QStringLiteral("mission_cases"),
                                                      QStringLiteral("missions"), mission, 10)
                                           .valueOr({}))
            links.insert(link.value(u"case_id").toInteger(), link.value(u"id").toInteger());
        QCOMPARE(links.size(), 2);
        const QString floodedOutcome = QStringLiteral("آبرو لایروبی و آب تخلیه شد ") + tag;
        const QString darkOutcome = QStringLiteral("لامپ و فیوز تعویض شد ") + tag;
        const auto written = officer.cache().editTogether(
            [&](Cache::LocalCache::EditBatch &batch) -> std::optional<Cache::CacheError> {
                for (const auto &[caseId, outcome] :
                     {std::pair{flooded, floodedOutcome}, std::pair{dark, darkOutcome}}) {
                    if (const auto done =
                            batch.update(QStringLiteral("mission_cases"), links.value(caseId),
                                         {{QStringLiteral("outcome"), outcome}});
                        !done)
                        return done.error();
                }
                if (const auto done = batch.update(
                        QStringLiteral("missions"), mission,
                        {{QStringLiteral("report"), QStringLiteral("هر دو مورد رفع شد ") + tag}});
                    !done)
                    return done.error();
                return std::nullopt;
            });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        QVERIFY(officer.cache().attachBytes(QStringLiteral("missions"), mission,
                                            QByteArray("%PDF-1.4\n% site plan ") + tag.toUtf8() +
                                                QByteArray(600, 'x') + "\n%%EOF\n",
                                            QStringLiteral("plan-") + tag + ".pdf"));
        QVERIFY(officer.cache().update(QStringLiteral("missions"), mission,
                                       {{QStringLiteral("status"), QStringLiteral("completed")}}));
        QCOMPARE(officer.cache().pendingCount(), 6);

        // Back online: all of it, in order, nothing refused.
        officer.startEngine();
        SyncClient::SyncReport report;
        QVERIFY(officer.syncUntilClean(10, &report));
        QCOMPARE(report.rejected, 0);
        QCOMPARE(officer.cache().conflictCount(), 0);
        QVERIFY(supervisor.syncUntilClean());
        const auto done = supervisor.cache().row(QStringLiteral("missions"), mission);
        QVERIFY(done && *done);
        QCOMPARE((**done).value(u"status").toString(), QStringLiteral("completed"));
        QVERIFY((**done).value(u"actual_start").isDouble());
        QVERIFY((**done).value(u"actual_end").toInteger() >=
                (**done).value(u"actual_start").toInteger());
        QCOMPARE(m_harness->countOnServer(QStringLiteral("attachments"),
                                          QStringLiteral("file_name"), tag),
                 1);
        // Each case has its outcome as an activity, once, naming the order.
        const QString order = (**done).value(u"order_number").toString();
        QVERIFY(!order.isEmpty());
        QCOMPARE(m_harness->countOnServer(QStringLiteral("case_notes"), QStringLiteral("body"),
                                          floodedOutcome),
                 1);
        QCOMPARE(m_harness->countOnServer(QStringLiteral("case_notes"), QStringLiteral("body"),
                                          darkOutcome),
                 1);
        const qint64 note = findRow(supervisor.cache(), QStringLiteral("case_notes"),
                                    QStringLiteral("body"), floodedOutcome);
        QVERIFY(note > 0);
        const auto noteRow = supervisor.cache().row(QStringLiteral("case_notes"), note);
        QCOMPARE((**noteRow).value(u"case_id").toInteger(), flooded);
        QVERIFY((**noteRow).value(u"body").toString().startsWith(order));
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, officer);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, supervisor);
        m_harness->removeClient(officer);
        m_harness->removeClient(supervisor);
    }

    void aReportWrittenOfflineMeetsACancelledMission()
    {
        const QString tag = marker();
        const qint64 caseId = createCase(QStringLiteral("درخت افتاده ") + tag);
        QVERIFY(caseId > 0);
        Client &supervisor = m_harness->addClient(QStringLiteral("supervisor.s"));
        Client &officer = m_harness->addClient(QStringLiteral("officer.f"));
        QVERIFY(officer.sync().ok);
        QVERIFY(supervisor.sync().ok);
        const qint64 mission =
            orderMission(supervisor, QStringLiteral("جمع‌آوری درخت ") + tag, {caseId},
                         officer.session().user.userId.value());
        QVERIFY(mission > 0);
        QVERIFY(officer.syncUntilClean());
        officer.stopEngine();
        // An unrelated edit of the officer's, made offline too: it must not be held back.
        QVERIFY(officer.cache().create(QStringLiteral("case_notes"),
                                       {{QStringLiteral("case_id"), caseId},
                                        {QStringLiteral("body"), QStringLiteral("یادداشت ") + tag},
                                        {QStringLiteral("internal"), true}}));
        QVERIFY(
            officer.cache().update(QStringLiteral("missions"), mission,
                                   {{QStringLiteral("status"), QStringLiteral("in_progress")}}));
        const QString words = QStringLiteral("درخت بریده و جمع شد ") + tag;
        QVERIFY(officer.cache().update(QStringLiteral("missions"), mission,
                                       {{QStringLiteral("report"), words}}));

        // Meanwhile the supervisor cancels the mission.
        QVERIFY(
            supervisor.cache().update(QStringLiteral("missions"), mission,
                                      {{QStringLiteral("status"), QStringLiteral("cancelled")}}));
        SyncClient::SyncReport cancelled;
        QVERIFY(supervisor.syncUntilClean(10, &cancelled));
        QCOMPARE(cancelled.rejected, 0);

        officer.startEngine();
        SyncClient::SyncReport report;
        QVERIFY(officer.syncUntilClean(10, &report));
        QCOMPARE(officer.cache().pendingCount(), 0);
        // The start meets the cancellation on the same field: a conflict, both statuses
        // shown. The report is refused with the server's reason, every word kept. The note
        // went through.
        const auto kept = officer.cache().conflicts();
        QVERIFY(kept);
        QCOMPARE(kept->size(), 2);
        const Cache::Conflict &start = kept->at(0);
        QCOMPARE(start.kind, Cache::Conflict::Kind::Conflict);
        QCOMPARE(start.mine.value(u"status").toString(), QStringLiteral("in_progress"));
        QCOMPARE(start.serverRow.value(u"status").toString(), QStringLiteral("cancelled"));
        const Cache::Conflict &refused = kept->at(1);
        QCOMPARE(refused.kind, Cache::Conflict::Kind::Rejected);
        QCOMPARE(refused.entity, QStringLiteral("missions"));
        QCOMPARE(refused.errorCode, QStringLiteral("mission_action_refused"));
        QVERIFY(!refused.errorMessage.isEmpty());
        QCOMPARE(refused.mine.value(u"report").toString(), words);
        QCOMPARE(m_harness->countOnServer(QStringLiteral("case_notes"), QStringLiteral("body"),
                                          QStringLiteral("یادداشت ") + tag),
                 1);
        const auto row = officer.cache().row(QStringLiteral("missions"), mission);
        QCOMPARE((**row).value(u"status").toString(), QStringLiteral("cancelled"));
        // The officer reads the refusals and lets them go; the copies agree again.
        for (const Cache::Conflict &conflict : *kept)
            QVERIFY(officer.cache().takeTheirs(conflict.id));
        QVERIFY(officer.syncUntilClean());
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, officer);
        m_harness->removeClient(officer);
        m_harness->removeClient(supervisor);
    }
};

QTEST_GUILESS_MAIN(TestSyncMissions)
#include "tst_syncmissions.moc"
