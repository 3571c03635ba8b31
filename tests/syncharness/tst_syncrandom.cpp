// Random interleavings of three clients editing the same rows: random small edits, syncs
// in random order, conflicts resolved at random. After each interleaving every client
// syncs until nobody has anything left to push, and then every cache must equal the
// server's view of its user. The seeds are fixed (1..1000 on SQLite, 1..300 on
// PostgreSQL, unless SHAHRVAND_SYNC_SEED and SHAHRVAND_SYNC_INTERLEAVINGS say otherwise),
// and a failure names its seed.
#include "syncharness.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::SyncHarness;

namespace {

const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"),
                             QStringLiteral("high"), QStringLiteral("urgent")};
const QStringList words{QStringLiteral("آب"),   QStringLiteral("برق"),  QStringLiteral("گاز"),
                        QStringLiteral("پل"),   QStringLiteral("نور"),  QStringLiteral("road"),
                        QStringLiteral("park"), QStringLiteral("۱۴۰۵"), QStringLiteral("سد")};

QJsonValue randomValue(QRandomGenerator &random, const QString &field)
{
    if (field == u"priority")
        return priorities.at(int(random.bounded(priorities.size())));
    if (field == u"internal")
        return random.bounded(2) == 1;
    return words.at(int(random.bounded(words.size()))) + QLatin1Char(' ') +
           words.at(int(random.bounded(words.size())));
}

} // namespace

class TestSyncRandom : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> m_harness;
    QList<Client *> m_clients;
    QList<qint64> m_cases;
    QStringList m_log; // what the interleaving did, printed when it fails

    void say(const QString &line) { m_log << line; }

    void resolveConflicts(Client &client, QRandomGenerator &random)
    {
        const auto conflicts = client.cache().conflicts();
        QVERIFY(conflicts);
        for (const Cache::Conflict &conflict : *conflicts) {
            const int choice = int(random.bounded(3));
            QString how;
            Expected<bool, Cache::CacheError> done = true;
            if (conflict.kind == Cache::Conflict::Kind::Rejected || choice == 1) {
                how = QStringLiteral("takes theirs");
                done = client.cache().takeTheirs(conflict.id);
            } else if (choice == 0 || conflict.fields.isEmpty()) {
                how = QStringLiteral("keeps mine");
                done = client.cache().keepMine(conflict.id);
            } else {
                QJsonObject values;
                for (const Cache::FieldConflict &field : conflict.fields)
                    values.insert(field.field, randomValue(random, field.field));
                how = QStringLiteral("writes ") +
                      QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
                done = client.cache().resolveWith(conflict.id, values);
            }
            say(QStringLiteral("  %1 %2 on %3 %4/%5 (%6)")
                    .arg(client.username(), how,
                         conflict.kind == Cache::Conflict::Kind::Rejected
                             ? QStringLiteral("refusal")
                             : QStringLiteral("conflict"),
                         conflict.entity)
                    .arg(conflict.rowId)
                    .arg(conflict.op));
            QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
        }
    }

    // One random edit by `client` of the shared rows.
    void randomEdit(Client &client, QRandomGenerator &random, quint32 seed, int step)
    {
        Cache::LocalCache &cache = client.cache();
        const int kind = int(random.bounded(10));
        if (kind < 6) {
            const qint64 caseId = m_cases.at(int(random.bounded(m_cases.size())));
            static const QStringList fields{
                QStringLiteral("subject"), QStringLiteral("description"),
                QStringLiteral("priority"), QStringLiteral("address_text")};
            QJsonObject values;
            const int count = 1 + int(random.bounded(2));
            for (int i = 0; i < count; ++i) {
                const QString field = fields.at(int(random.bounded(fields.size())));
                values.insert(field, randomValue(random, field));
            }
            const auto done = cache.update(QStringLiteral("cases"), caseId, values);
            say(QStringLiteral("  %1 updates case %2: %3")
                    .arg(client.username())
                    .arg(caseId)
                    .arg(QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))));
            QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
            return;
        }
        const auto notes = cache.rows(QStringLiteral("case_notes"), 1000);
        QVERIFY(notes);
        if (kind == 6 || notes->isEmpty()) {
            const qint64 caseId = m_cases.at(int(random.bounded(m_cases.size())));
            const auto created = cache.create(
                QStringLiteral("case_notes"),
                {{QStringLiteral("case_id"), caseId},
                 {QStringLiteral("body"), QStringLiteral("note %1.%2").arg(seed).arg(step)},
                 {QStringLiteral("internal"), random.bounded(2) == 1}});
            say(QStringLiteral("  %1 adds a note to case %2").arg(client.username()).arg(caseId));
            QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
            return;
        }
        const QJsonObject note = notes->at(int(random.bounded(notes->size())));
        const qint64 noteId = note.value(u"id").toInteger();
        if (kind == 7) {
            say(QStringLiteral("  %1 deletes note %2").arg(client.username()).arg(noteId));
            const auto done = cache.remove(QStringLiteral("case_notes"), noteId);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
            return;
        }
        const QJsonObject values{
            {QStringLiteral("body"), randomValue(random, QStringLiteral("body"))}};
        say(QStringLiteral("  %1 edits note %2").arg(client.username()).arg(noteId));
        const auto done = cache.update(QStringLiteral("case_notes"), noteId, values);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
    }

    void syncOne(Client &client, QRandomGenerator &random, bool *quiet)
    {
        const SyncClient::SyncReport report = client.sync();
        say(QStringLiteral("  %1 syncs: pushed %2, pulled %3, deleted %4, dropped %5, %6 "
                           "conflicts, %7 refused%8")
                .arg(client.username())
                .arg(report.pushed)
                .arg(report.pulled)
                .arg(report.deleted)
                .arg(report.dropped)
                .arg(report.conflicts)
                .arg(report.rejected)
                .arg(report.ok ? QString() : QStringLiteral(", FAILED: ") + report.error));
        QVERIFY2(report.ok, qPrintable(report.error));
        if (quiet && (report.pushed > 0 || report.conflicts > 0 || report.rejected > 0))
            *quiet = false;
        resolveConflicts(client, random);
    }

    void runInterleaving(quint32 seed)
    {
        QRandomGenerator random(seed);
        m_log.clear();
        say(QStringLiteral("seed %1").arg(seed));
        const int steps = 2 + int(random.bounded(7));
        for (int step = 0; step < steps; ++step) {
            Client &client = *m_clients.at(int(random.bounded(m_clients.size())));
            if (random.bounded(4) == 0)
                syncOne(client, random, nullptr);
            else
                randomEdit(client, random, seed, step);
            if (QTest::currentTestFailed())
                return;
        }
        // Everyone syncs, in a random order, until a whole round pushes nothing.
        bool quiet = false;
        for (int round = 0; round < 12 && !quiet; ++round) {
            quiet = true;
            QList<Client *> order = m_clients;
            for (qsizetype i = order.size() - 1; i > 0; --i)
                order.swapItemsAt(i, qsizetype(random.bounded(int(i + 1))));
            for (Client *client : order) {
                syncOne(*client, random, &quiet);
                if (QTest::currentTestFailed())
                    return;
                quiet = quiet && client->cache().pendingCount() == 0 &&
                        client->cache().conflictCount() == 0;
            }
        }
        QVERIFY2(quiet,
                 qPrintable(QStringLiteral("no quiet round:\n") + m_log.join(QLatin1Char('\n'))));
        for (Client *client : std::as_const(m_clients)) {
            const QString differences = m_harness->compare(*client);
            QVERIFY2(
                differences.isEmpty(),
                qPrintable(QStringLiteral("%1 has not converged (seed %2):\n%3\nwhat happened:\n%4")
                               .arg(client->username())
                               .arg(seed)
                               .arg(differences, m_log.join(QLatin1Char('\n')))));
        }
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        // One line per cycle would drown the test's own output.
        QLoggingCategory::setFilterRules(QStringLiteral("shahrvand.sync.info=false"));
        m_harness = std::make_unique<Harness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        const QString supervisor = m_harness->tokenOf(QStringLiteral("supervisor.s"));
        for (int i = 0; i < 4; ++i) {
            const HttpAnswer answer =
                callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/cases"), supervisor,
                        {{QStringLiteral("service_id"), m_harness->serviceId()},
                         {QStringLiteral("channel"), QStringLiteral("phone")},
                         {QStringLiteral("subject"), QStringLiteral("پرونده مشترک %1").arg(i)},
                         {QStringLiteral("team_id"), m_harness->unitId(QStringLiteral("T1"))}});
            QCOMPARE(answer.status, 201);
            m_cases << answer.body.value(u"id").toInteger();
        }
        for (const QString &user :
             {QStringLiteral("agent.a"), QStringLiteral("agent.b"), QStringLiteral("agent.c")}) {
            m_clients << &m_harness->addClient(user);
            QVERIFY(m_clients.last()->sync().ok);
        }
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        m_harness.reset();
    }

    // In blocks of 100 seeds, each a test of its own (QtTest's watchdog allows a test
    // function five minutes). PostgreSQL runs the first 300 by default: the same code
    // paths, at about three times the cost per interleaving.
    void randomInterleavingsConverge_data()
    {
        QTest::addColumn<quint32>("first");
        QTest::addColumn<int>("count");
        const quint32 first = qEnvironmentVariableIsSet("SHAHRVAND_SYNC_SEED")
                                  ? quint32(qEnvironmentVariableIntValue("SHAHRVAND_SYNC_SEED"))
                                  : 1;
        const bool postgres = Testing::TestDatabase::backendName() == u"postgres";
        const int total = qEnvironmentVariableIsSet("SHAHRVAND_SYNC_INTERLEAVINGS")
                              ? qEnvironmentVariableIntValue("SHAHRVAND_SYNC_INTERLEAVINGS")
                              : (postgres ? 300 : 1000);
        for (int done = 0; done < total; done += 100) {
            const int count = std::min(100, total - done);
            const quint32 from = first + quint32(done);
            QTest::addRow("seeds %u-%u", from, from + quint32(count) - 1) << from << count;
        }
    }
    void randomInterleavingsConverge()
    {
        QFETCH(quint32, first);
        QFETCH(int, count);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            runInterleaving(first + quint32(i));
            if (QTest::currentTestFailed()) {
                qWarning("failed at seed %u; repeat it with SHAHRVAND_SYNC_SEED=%u "
                         "SHAHRVAND_SYNC_INTERLEAVINGS=1",
                         first + quint32(i), first + quint32(i));
                return;
            }
        }
        qInfo("%d interleavings of 3 clients converged in %.1f s (%s)", count,
              timer.elapsed() / 1000.0, qPrintable(m_harness->backendName()));
    }
};

QTEST_GUILESS_MAIN(TestSyncRandom)
#include "tst_syncrandom.moc"
