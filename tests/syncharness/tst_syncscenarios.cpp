// Sync scenarios against the real server: offline edits, merges and conflicts, clients
// killed mid-push and mid-pull, the server killed mid-sync, and rows leaving a user's
// view. Each ends with the harness's comparison of every client's cache with the
// server's view of that user.
#include "citizensearch.h"
#include "nationalid.h"
#include "syncharness.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Shahrvand;
using namespace Shahrvand::SyncHarness;
using SyncClient::SyncPhase;
using SyncClient::SyncReport;

namespace {

QString uniqueMarker(const QString &what)
{
    return what + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class TestSyncScenarios : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> m_harness;

    // A case of team `team` made by the supervisor through the REST API.
    qint64 caseOnServer(const QString &subject, const QString &team = QStringLiteral("T1"))
    {
        const HttpAnswer answer =
            callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/cases"),
                    m_harness->tokenOf(QStringLiteral("supervisor.s")),
                    {{QStringLiteral("service_id"), m_harness->serviceId()},
                     {QStringLiteral("channel"), QStringLiteral("phone")},
                     {QStringLiteral("subject"), subject},
                     {QStringLiteral("priority"), QStringLiteral("normal")},
                     {QStringLiteral("team_id"), m_harness->unitId(team)}});
        if (answer.status != 201)
            qWarning("cannot create a case: %d %s", answer.status,
                     QJsonDocument(answer.body).toJson().constData());
        return answer.body.value(u"id").toInteger();
    }

    QJsonObject caseFields(const QString &subject)
    {
        return {{QStringLiteral("service_id"), m_harness->serviceId()},
                {QStringLiteral("channel"), QStringLiteral("walk_in")},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("team_id"), m_harness->unitId(QStringLiteral("T1"))}};
    }

    static QJsonObject noteFields(qint64 caseId, const QString &body)
    {
        return {{QStringLiteral("case_id"), caseId},
                {QStringLiteral("body"), body},
                {QStringLiteral("internal"), true}};
    }

    QProcess *startClientProcess(Client &client, int page, int batch)
    {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(SHAHRVAND_SYNCHARNESS_CLIENT),
                       {QStringLiteral("--server"), m_harness->serverUrl().toString(),
                        QStringLiteral("--user"), client.username(), QStringLiteral("--cache"),
                        client.cachePath(), QStringLiteral("--key"), client.key().toHex(),
                        QStringLiteral("--page"), QString::number(page), QStringLiteral("--batch"),
                        QString::number(batch)});
        process->waitForStarted(10000);
        return process;
    }

    // Reads the child's lines until one starts with `prefix` for the `count`th time.
    static bool waitForLine(QProcess *process, const QString &prefix, int count, QString *seen)
    {
        int found = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            while (process->canReadLine()) {
                const QString line = QString::fromUtf8(process->readLine()).trimmed();
                seen->append(line + QLatin1Char('\n'));
                if (line.startsWith(prefix) && ++found == count)
                    return true;
                if (line.startsWith(QLatin1String("done")))
                    return false;
            }
            if (process->state() == QProcess::NotRunning)
                return false;
            process->waitForReadyRead(100);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        // One line per cycle would drown the test's own output.
        QLoggingCategory::setFilterRules(QStringLiteral("shahrvand.sync.info=false"));
        qInfo("backend: %s", qPrintable(Testing::TestDatabase::backendName()));
        m_harness = std::make_unique<Harness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
    }

    void cleanupTestCase() { m_harness.reset(); }

    // A scenario that failed with the server stopped does not take the next one with it.
    void init()
    {
        if (!m_harness->server().isRunning())
            QVERIFY2(m_harness->restartServer(), qPrintable(m_harness->error()));
    }

    // The sync engine indexes the articles it pulled for the knowledge base's search, on its
    // own thread: the agent's first search has nothing left to do.
    void pulledArticlesAreIndexedByTheSyncEngine()
    {
        const QString marker = uniqueMarker(QStringLiteral("kb"));
        // Written and published as the lifecycle allows: a draft, reviewed, approved and
        // published by a knowledge approver.
        QVERIFY2(m_harness->createUser(QStringLiteral("kb.approver"),
                                       QStringLiteral("knowledge_approver"),
                                       {QStringLiteral("T1")}),
                 qPrintable(m_harness->error()));
        const QString approver = m_harness->tokenOf(QStringLiteral("kb.approver"));
        const HttpAnswer answer = callApi(
            m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/knowledge_articles"), approver,
            {{QStringLiteral("article_type"), QStringLiteral("faq")},
             {QStringLiteral("language"), QStringLiteral("fa")},
             {QStringLiteral("title"), QStringLiteral("تمدید پروانه كسب ") + marker},
             {QStringLiteral("body"), QStringLiteral("<p>به دفتر منطقه بروید.</p>")}});
        QVERIFY2(answer.status == 201, QJsonDocument(answer.body).toJson().constData());
        const QString path = QStringLiteral("/api/v1/knowledge_articles/%1")
                                 .arg(answer.body.value(u"id").toInteger());
        for (const char *status : {"in_review", "approved", "published"}) {
            const HttpAnswer current = callApi(m_harness->serverUrl(), "GET", path, approver);
            const HttpAnswer moved =
                callApi(m_harness->serverUrl(), "PATCH", path, approver,
                        {{QStringLiteral("status"), QLatin1String(status)}}, current.etag);
            QVERIFY2(moved.status == 200, QJsonDocument(moved.body).toJson().constData());
        }
        const qint64 articleId = answer.body.value(u"id").toInteger();
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        const SyncReport report = a.sync();
        QVERIFY2(report.ok, qPrintable(report.error));
        QSqlQuery query(a.cache().database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM kb_dirty")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query.prepare(QStringLiteral("SELECT rowid FROM kb_fts WHERE kb_fts MATCH ?"));
        query.addBindValue(QStringLiteral("\"کسب\""));
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), articleId);
        m_harness->removeClient(a);
    }

    // And the citizens it pulled for finding a citizen (Citizen 360): nothing left marked,
    // and the citizen found by national ID, phone and name.
    void pulledCitizensAreIndexedByTheSyncEngine()
    {
        QRandomGenerator random(QRandomGenerator::global()->generate());
        const QString nationalId = NationalId::generateValid(random).digits();
        const QString supervisor = m_harness->tokenOf(QStringLiteral("supervisor.s"));
        const HttpAnswer citizen =
            callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/citizens"), supervisor,
                    {{QStringLiteral("national_id"), nationalId},
                     {QStringLiteral("first_name"), QStringLiteral("سياوش")},
                     {QStringLiteral("last_name"), QStringLiteral("بردیا\u200cنژاد")}});
        QVERIFY2(citizen.status == 201, QJsonDocument(citizen.body).toJson().constData());
        const qint64 citizenId = citizen.body.value(u"id").toInteger();
        const HttpAnswer phone = callApi(
            m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/citizen_phones"), supervisor,
            {{QStringLiteral("citizen_id"), citizenId},
             {QStringLiteral("e164"),
              QStringLiteral("+98917%1")
                  .arg(random.bounded(10'000'000), 7, 10, QLatin1Char('0'))}});
        QVERIFY2(phone.status == 201, QJsonDocument(phone.body).toJson().constData());
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        const SyncReport report = a.sync();
        QVERIFY2(report.ok, qPrintable(report.error));
        QSqlQuery query(a.cache().database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM citizen_dirty")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM citizen_indexed WHERE citizen_id = ?"));
        query.addBindValue(citizenId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        const auto find = [&a](const QString &typed) {
            QList<qint64> ids;
            for (const Cache::CitizenMatch &match :
                 Cache::findCitizens(a.cache(), Cache::CitizenQuery::read(typed), 50))
                ids.append(match.citizen.value(u"id").toInteger());
            return ids;
        };
        QCOMPARE(find(nationalId), QList<qint64>{citizenId});
        QCOMPARE(find(phone.body.value(u"e164").toString()), QList<qint64>{citizenId});
        QVERIFY(find(QStringLiteral("سیاوش بردیانژاد")).contains(citizenId));
        m_harness->removeClient(a);
    }

    void firstSyncConverges()
    {
        const qint64 caseId = caseOnServer(QStringLiteral("چراغ خیابان خاموش است"));
        QVERIFY(caseId > 0);
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        const SyncReport report = a.sync();
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(report.pulled > 0);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        m_harness->removeClient(a);
    }

    // 1. Edits made while the server is away are pushed once it is back: every created
    // row exists exactly once, references to rows created offline resolved.
    void offlineEditsThenSync()
    {
        const QString marker = uniqueMarker(QStringLiteral("offline"));
        const qint64 edited = caseOnServer(marker + QStringLiteral(" edited"));
        const qint64 doomed = caseOnServer(marker + QStringLiteral(" doomed"));
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        QVERIFY(a.sync().ok);
        QVERIFY(a.cache().row(QStringLiteral("cases"), doomed).value());

        m_harness->stopServer();
        Cache::LocalCache &cache = a.cache();
        QVERIFY(cache.update(QStringLiteral("cases"), edited,
                             {{QStringLiteral("priority"), QStringLiteral("urgent")}}));
        QVERIFY(cache.remove(QStringLiteral("cases"), doomed));
        const auto created =
            cache.create(QStringLiteral("cases"), caseFields(marker + QStringLiteral(" new case")));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
        QVERIFY(*created < 0);
        const auto note = cache.create(QStringLiteral("case_notes"),
                                       noteFields(*created, marker + QStringLiteral(" note")));
        QVERIFY2(note, qPrintable(note ? QString() : note.error().detail));
        QVERIFY(cache.update(QStringLiteral("cases"), *created,
                             {{QStringLiteral("description"), QStringLiteral("شرح بعدی")}}));
        const auto note2 = cache.create(QStringLiteral("case_notes"),
                                        noteFields(edited, marker + QStringLiteral(" note2")));
        QVERIFY(note2);
        // Created and deleted before it ever reached the server.
        const auto shortLived =
            cache.create(QStringLiteral("cases"), caseFields(marker + QStringLiteral(" brief")));
        QVERIFY(shortLived);
        QVERIFY(cache.remove(QStringLiteral("cases"), *shortLived));
        QCOMPARE(cache.pendingCount(), 8);

        const SyncReport offline = a.sync();
        QVERIFY(!offline.ok);
        QCOMPARE(a.engine()->status().phase, SyncPhase::Offline);
        QCOMPARE(cache.pendingCount(), 8);

        QVERIFY2(m_harness->restartServer(), qPrintable(m_harness->error()));
        SyncReport last;
        QVERIFY2(a.syncUntilClean(10, &last), qPrintable(last.error));
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        QCOMPARE(m_harness->countOnServer(QStringLiteral("cases"), QStringLiteral("subject"),
                                          marker + QStringLiteral(" new case")),
                 1);
        QCOMPARE(m_harness->countOnServer(QStringLiteral("case_notes"), QStringLiteral("body"),
                                          marker + QStringLiteral(" note")),
                 2);
        QCOMPARE(m_harness->countOnServer(QStringLiteral("cases"), QStringLiteral("subject"),
                                          marker + QStringLiteral(" doomed")),
                 0);
        QCOMPARE(m_harness->countOnServer(QStringLiteral("cases"), QStringLiteral("subject"),
                                          marker + QStringLiteral(" brief")),
                 0);
        // The note refers to the case by the server's id now.
        const auto cases = Harness::cacheView(cache);
        QVERIFY(cases);
        qint64 newCaseId = 0;
        for (const QJsonObject &row : cases->value(QStringLiteral("cases"))) {
            if (row.value(u"subject").toString() == marker + QStringLiteral(" new case"))
                newCaseId = row.value(u"id").toInteger();
        }
        QVERIFY(newCaseId > 0);
        QCOMPARE(
            cache.row(QStringLiteral("cases"), newCaseId).value()->value(u"description").toString(),
            QStringLiteral("شرح بعدی"));
        bool noteFound = false;
        for (const QJsonObject &row : cases->value(QStringLiteral("case_notes"))) {
            if (row.value(u"body").toString() == marker + QStringLiteral(" note")) {
                QCOMPARE(row.value(u"case_id").toInteger(), newCaseId);
                noteFound = true;
            }
        }
        QVERIFY(noteFound);
        m_harness->removeClient(a);
    }

    // 2. Two clients: different fields of one row merge; the same field is a conflict on
    // the second, resolved by keeping mine and, on another row, by taking theirs.
    void twoClientsMergeAndConflict_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }
    void twoClientsMergeAndConflict()
    {
        QFETCH(bool, keepMine);
        const qint64 caseId = caseOnServer(uniqueMarker(QStringLiteral("shared")));
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        Client &b = m_harness->addClient(QStringLiteral("agent.b"));
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);

        // Different fields: merged.
        QVERIFY(a.cache().update(QStringLiteral("cases"), caseId,
                                 {{QStringLiteral("subject"), QStringLiteral("موضوع از الف")}}));
        QVERIFY(b.cache().update(QStringLiteral("cases"), caseId,
                                 {{QStringLiteral("priority"), QStringLiteral("high")}}));
        QVERIFY(a.sync().ok);
        const SyncReport merged = b.sync();
        QVERIFY2(merged.ok, qPrintable(merged.error));
        QCOMPARE(merged.pushed, 1);
        QCOMPARE(merged.conflicts, 0);
        QVERIFY(a.sync().ok);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, b);
        const QJsonObject both = *a.cache().row(QStringLiteral("cases"), caseId).value();
        QCOMPARE(both.value(u"subject").toString(), QStringLiteral("موضوع از الف"));
        QCOMPARE(both.value(u"priority").toString(), QStringLiteral("high"));

        // The same field: a conflict on the second to push.
        QVERIFY(a.cache().update(QStringLiteral("cases"), caseId,
                                 {{QStringLiteral("description"), QStringLiteral("theirs")}}));
        QVERIFY(
            b.cache().update(QStringLiteral("cases"), caseId,
                             {{QStringLiteral("description"), QStringLiteral("mine")},
                              {QStringLiteral("address_text"), QStringLiteral("خیابان ولیعصر")}}));
        QVERIFY(a.sync().ok);
        const SyncReport clash = b.sync();
        QVERIFY2(clash.ok, qPrintable(clash.error));
        QCOMPARE(clash.conflicts, 1);
        QCOMPARE(b.cache().pendingCount(), 0);
        const auto conflicts = b.cache().conflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        const Cache::Conflict conflict = conflicts->first();
        QCOMPARE(conflict.kind, Cache::Conflict::Kind::Conflict);
        QCOMPARE(conflict.rowId, caseId);
        QCOMPARE(conflict.fields.size(), 1);
        QCOMPARE(conflict.fields.first().field, QStringLiteral("description"));
        QCOMPARE(conflict.fields.first().mine.toString(), QStringLiteral("mine"));
        QCOMPARE(conflict.fields.first().theirs.toString(), QStringLiteral("theirs"));
        // Nothing of b's edit was applied, nor lost.
        QCOMPARE(conflict.mine.value(u"address_text").toString(), QStringLiteral("خیابان ولیعصر"));

        if (keepMine)
            QVERIFY(b.cache().keepMine(conflict.id));
        else
            QVERIFY(b.cache().takeTheirs(conflict.id));
        QCOMPARE(b.cache().conflictCount(), 0);
        SyncReport last;
        QVERIFY2(b.syncUntilClean(5, &last), qPrintable(last.error));
        QVERIFY(a.sync().ok);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, b);
        const QJsonObject result = *a.cache().row(QStringLiteral("cases"), caseId).value();
        QCOMPARE(result.value(u"description").toString(),
                 keepMine ? QStringLiteral("mine") : QStringLiteral("theirs"));
        QCOMPARE(result.value(u"address_text").toString(),
                 keepMine ? QStringLiteral("خیابان ولیعصر") : QString());
        m_harness->removeClient(a);
        m_harness->removeClient(b);
    }

    // 3. A client process killed (SIGKILL) while it pushes, and while it pulls, then run
    // again: every note on the server exactly once, the cache equal to the server's view.
    void killedClientResumes_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("at once") << 0;
        QTest::newRow("after 3 ms") << 3;
        QTest::newRow("after 15 ms") << 15;
    }
    void killedClientResumes()
    {
        QFETCH(int, delayMs);
        const QString marker = uniqueMarker(QStringLiteral("kill"));
        const qint64 caseId = caseOnServer(marker);
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        QVERIFY(a.sync().ok);
        const int notes = 40;
        for (int i = 0; i < notes; ++i)
            QVERIFY(a.cache().create(QStringLiteral("case_notes"),
                                     noteFields(caseId, marker + QStringLiteral(" #%1.").arg(i))));
        a.stopEngine();

        // Mid-push: killed as the third batch goes out, then twice more.
        QString seen;
        for (int kill = 0; kill < 3 && a.cache().pendingCount() > 0; ++kill) {
            QProcess *process = startClientProcess(a, 3, 4);
            const bool reached = waitForLine(process, QStringLiteral("pushing"), 3, &seen);
            if (delayMs > 0)
                QThread::msleep(delayMs);
            process->kill();
            process->waitForFinished(10000);
            delete process;
            if (!reached)
                break;
        }
        QVERIFY2(a.cache().pendingCount() < notes, qPrintable(seen));

        // Someone else adds rows for the pull to fetch in many pages.
        Client &b = m_harness->addClient(QStringLiteral("agent.b"));
        QVERIFY(b.sync().ok);
        for (int i = 0; i < 30; ++i)
            QVERIFY(b.cache().create(QStringLiteral("case_notes"),
                                     noteFields(caseId, marker + QStringLiteral(" b%1").arg(i))));
        QVERIFY(b.syncUntilClean());

        // Mid-pull: killed after a few pages, twice.
        for (int kill = 0; kill < 2; ++kill) {
            QProcess *process = startClientProcess(a, 3, 4);
            const bool reached = waitForLine(process, QStringLiteral("pulled"), 3, &seen);
            if (delayMs > 0)
                QThread::msleep(delayMs);
            process->kill();
            process->waitForFinished(10000);
            delete process;
            if (!reached)
                break;
        }

        // Resume to the end, in a process and then in this one.
        QProcess *process = startClientProcess(a, 3, 4);
        QVERIFY(process->waitForFinished(120000));
        seen += QString::fromUtf8(process->readAll());
        QVERIFY2(process->exitCode() == 0, qPrintable(seen));
        delete process;
        a.startEngine();
        QVERIFY(a.syncUntilClean());
        QCOMPARE(m_harness->countOnServer(QStringLiteral("case_notes"), QStringLiteral("body"),
                                          marker + QStringLiteral(" #")),
                 notes);
        for (int i = 0; i < notes; ++i)
            QCOMPARE(m_harness->countOnServer(QStringLiteral("case_notes"), QStringLiteral("body"),
                                              marker + QStringLiteral(" #%1.").arg(i)),
                     1);
        QVERIFY(b.sync().ok);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, b);
        m_harness->removeClient(a);
        m_harness->removeClient(b);
    }

    // The answer to a push lost (the process died after the server applied the batch and
    // before the cache recorded it): the batch is sent again and applied once.
    void lostPushAnswerIsNotDuplicated()
    {
        const QString marker = uniqueMarker(QStringLiteral("lost"));
        const qint64 caseId = caseOnServer(marker);
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        QVERIFY(a.sync().ok);
        const auto created =
            a.cache().create(QStringLiteral("cases"), caseFields(marker + QStringLiteral(" case")));
        QVERIFY(created);
        QVERIFY(a.cache().create(QStringLiteral("case_notes"),
                                 noteFields(*created, marker + QStringLiteral(" note"))));
        QVERIFY(a.cache().update(QStringLiteral("cases"), caseId,
                                 {{QStringLiteral("priority"), QStringLiteral("low")}}));
        const auto batch = a.cache().pendingMutations(100);
        QVERIFY(batch);
        QCOMPARE(batch->size(), 3);
        const HttpAnswer answer =
            callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/sync/push"),
                    a.session().accessToken, {{QStringLiteral("mutations"), *batch}});
        QCOMPARE(answer.status, 200);
        QVERIFY(a.syncUntilClean());
        QCOMPARE(m_harness->countOnServer(QStringLiteral("cases"), QStringLiteral("subject"),
                                          marker + QStringLiteral(" case")),
                 1);
        QCOMPARE(m_harness->countOnServer(QStringLiteral("case_notes"), QStringLiteral("body"),
                                          marker + QStringLiteral(" note")),
                 1);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        m_harness->removeClient(a);
    }

    // 4. The server killed between two pages: the engine retries with backoff and
    // finishes once the server is back.
    void serverRestartedMidSync()
    {
        const QString marker = uniqueMarker(QStringLiteral("restart"));
        const qint64 caseId = caseOnServer(marker);
        Client &b = m_harness->addClient(QStringLiteral("agent.b"));
        QVERIFY(b.sync().ok);
        for (int i = 0; i < 40; ++i)
            QVERIFY(b.cache().create(QStringLiteral("case_notes"),
                                     noteFields(caseId, marker + QStringLiteral(" %1").arg(i))));
        QVERIFY(b.syncUntilClean());

        SyncClient::SyncOptions options = Harness::testOptions();
        options.pullPageSize = 4;
        options.pushBatchSize = 2;
        Client &a = m_harness->addClient(QStringLiteral("agent.a"), options);
        for (int i = 0; i < 6; ++i)
            QVERIFY(a.cache().create(QStringLiteral("case_notes"),
                                     noteFields(caseId, marker + QStringLiteral(" a%1").arg(i))));
        bool killed = false;
        QObject::connect(a.engine(), &SyncClient::SyncEngine::statusChanged, this,
                         [&](const SyncClient::SyncStatus &status) {
                             if (!killed && status.phase == SyncPhase::Pulling &&
                                 status.progress.cursor > status.progress.startCursor) {
                                 killed = true;
                                 m_harness->killServer();
                             }
                         });
        const SyncReport interrupted = a.sync();
        QVERIFY(killed);
        QVERIFY(!interrupted.ok);
        // Retries fail while the server is away ...
        const SyncReport retried = a.waitForCycle(10000);
        QVERIFY(!retried.ok);
        QVERIFY(a.engine()->status().phase == SyncPhase::Offline);
        // ... and the next one after it is back finishes the job.
        QVERIFY2(m_harness->restartServer(), qPrintable(m_harness->error()));
        SyncReport report;
        for (int i = 0; i < 20 && !report.ok; ++i)
            report = a.waitForCycle(10000);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(a.syncUntilClean());
        QVERIFY(b.sync().ok);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, b);
        QCOMPARE(m_harness->countOnServer(QStringLiteral("case_notes"), QStringLiteral("body"),
                                          marker + QStringLiteral(" a")),
                 6);
        m_harness->removeClient(a);
        m_harness->removeClient(b);
    }

    // 5. A supervisor moves a case to a team the agent does not see: the agent's next
    // pull drops the case and its children; an edit the agent made meanwhile is kept as a
    // refusal for the agent to see, not lost silently.
    void scopeChangeDropsCaseAndChildren()
    {
        const QString marker = uniqueMarker(QStringLiteral("scope"));
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        Client &s = m_harness->addClient(QStringLiteral("supervisor.s"));
        QVERIFY(a.sync().ok);
        const auto created =
            a.cache().create(QStringLiteral("cases"), caseFields(marker + QStringLiteral(" case")));
        QVERIFY(created);
        QVERIFY(a.cache().create(QStringLiteral("case_notes"),
                                 noteFields(*created, marker + QStringLiteral(" note"))));
        QVERIFY(a.syncUntilClean());
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        const auto view = Harness::cacheView(a.cache());
        qint64 caseId = 0;
        for (const QJsonObject &row : view->value(QStringLiteral("cases"))) {
            if (row.value(u"subject").toString() == marker + QStringLiteral(" case"))
                caseId = row.value(u"id").toInteger();
        }
        qint64 noteId = 0;
        for (const QJsonObject &row : view->value(QStringLiteral("case_notes"))) {
            if (row.value(u"case_id").toInteger() == caseId)
                noteId = row.value(u"id").toInteger();
        }
        QVERIFY(caseId > 0);
        QVERIFY(noteId > 0);

        const QString supervisor = m_harness->tokenOf(QStringLiteral("supervisor.s"));
        const QString path = QStringLiteral("/api/v1/cases/%1").arg(caseId);
        const HttpAnswer current = callApi(m_harness->serverUrl(), "GET", path, supervisor);
        QCOMPARE(current.status, 200);
        const HttpAnswer moved = callApi(
            m_harness->serverUrl(), "PATCH", path, supervisor,
            {{QStringLiteral("team_id"), m_harness->unitId(QStringLiteral("T2"))}}, current.etag);
        QVERIFY2(moved.status == 200, QJsonDocument(moved.body).toJson().constData());

        // The agent edits the case before hearing of the move.
        QVERIFY(a.cache().update(QStringLiteral("cases"), caseId,
                                 {{QStringLiteral("priority"), QStringLiteral("urgent")}}));
        const SyncReport report = a.sync();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rejected, 1);
        QVERIFY(report.dropped >= 2);
        QVERIFY(!a.cache().row(QStringLiteral("cases"), caseId).value());
        QVERIFY(!a.cache().row(QStringLiteral("case_notes"), noteId).value());
        const auto refusals = a.cache().conflicts();
        QVERIFY(refusals);
        QCOMPARE(refusals->size(), 1);
        QCOMPARE(refusals->first().kind, Cache::Conflict::Kind::Rejected);
        QCOMPARE(refusals->first().mine.value(u"priority").toString(), QStringLiteral("urgent"));
        QVERIFY(a.cache().takeTheirs(refusals->first().id));
        QVERIFY(!a.cache().row(QStringLiteral("cases"), caseId).value());
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);

        // The supervisor still sees it, with its note.
        QVERIFY(s.sync().ok);
        QVERIFY(s.cache().row(QStringLiteral("cases"), caseId).value());
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, s);

        // Moved back: it comes back with its children.
        const HttpAnswer again = callApi(m_harness->serverUrl(), "GET", path, supervisor);
        const HttpAnswer back = callApi(
            m_harness->serverUrl(), "PATCH", path, supervisor,
            {{QStringLiteral("team_id"), m_harness->unitId(QStringLiteral("T1"))}}, again.etag);
        QCOMPARE(back.status, 200);
        QVERIFY(a.sync().ok);
        QVERIFY(a.cache().row(QStringLiteral("cases"), caseId).value());
        QVERIFY(a.cache().row(QStringLiteral("case_notes"), noteId).value());
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        m_harness->removeClient(a);
        m_harness->removeClient(s);
    }
};

QTEST_GUILESS_MAIN(TestSyncScenarios)
#include "tst_syncscenarios.moc"
