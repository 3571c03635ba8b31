// The service dashboard's two sources agree: a supervisor's workstation counts the figures
// of its synced copy, then asks the real server for the organisation's
// (GET /api/v1/stats/cases) over the same scope, and both say the same; offline, or with
// no session, the dashboard keeps its figures and says why. On SQLite and PostgreSQL.
#include "localcache.h"
#include "serverquery.h"
#include "servicedashboard.h"
#include "syncharness.h"
#include "testenvironment.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Shahrvand;
using namespace Shahrvand::SyncHarness;

class TestServerFigures : public QObject
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

    void theCopyAndTheServerAgree()
    {
        // Requests by phone and web for the supervisor's teams.
        const QString token = m_harness->tokenOf(QStringLiteral("supervisor.s"));
        for (int i = 0; i < 6; ++i) {
            const HttpAnswer created = callApi(
                m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/cases"), token,
                {{QStringLiteral("service_id"), m_harness->serviceId()},
                 {QStringLiteral("channel"),
                  i % 3 == 0 ? QStringLiteral("web") : QStringLiteral("phone")},
                 {QStringLiteral("subject"),
                  QStringLiteral("درخواست ") + QUuid::createUuid().toString(QUuid::Id128)}});
            QVERIFY2(created.status == 201, QJsonDocument(created.body).toJson().constData());
        }
        Client &supervisor = m_harness->addClient(QStringLiteral("supervisor.s"));
        QVERIFY(supervisor.syncUntilClean());

        Ui::ServiceDashboard dashboard(supervisor.cache());
        QSignalSpy ready(&dashboard, &Ui::ServiceDashboard::ready);
        dashboard.setRange(Ui::ServiceDashboard::Range::Last7Days);
        QVERIFY(ready.wait(10'000));
        const Cache::CaseStats copy = dashboard.stats();
        QVERIFY(copy.total >= 6);

        SyncClient::ServerQuery query([&supervisor] { return supervisor.session(); },
                                      Language::English);
        dashboard.setServerQuery(&query);
        QVERIFY(dashboard.findChild<QComboBox *>(QStringLiteral("dashboardSource"))
                    ->isVisibleTo(&dashboard));
        ready.clear();
        dashboard.setFromServer(true);
        QVERIFY(ready.wait(10'000));
        QVERIFY(dashboard.isFromServer());
        const Cache::CaseStats server = dashboard.stats();
        QCOMPARE(server.total, copy.total);
        QCOMPARE(server.open, copy.open);
        QCOMPARE(server.perChannel, copy.perChannel);
        QCOMPARE(server.perService, copy.perService);
        QCOMPARE(server.perPeriod, copy.perPeriod);
        QCOMPARE(server.openByAge, copy.openByAge);
        QCOMPARE(server.escalated, copy.escalated);
        QCOMPARE(server.perDistrict, copy.perDistrict);
        QCOMPARE(server.perServiceDistrict, copy.perServiceDistrict);
        QVERIFY(dashboard.findChild<QLabel *>(QStringLiteral("dashboardAsOf"))
                    ->text()
                    .contains(QStringLiteral("server")));

        // The server gone: the figures stay, and the line says why.
        m_harness->stopServer();
        ready.clear();
        dashboard.refresh();
        QLabel *asOf = dashboard.findChild<QLabel *>(QStringLiteral("dashboardAsOf"));
        QTRY_VERIFY_WITH_TIMEOUT(asOf->text().contains(QStringLiteral("did not answer")), 15'000);
        QCOMPARE(dashboard.stats().total, server.total);
        QVERIFY(m_harness->restartServer());
        m_harness->removeClient(supervisor);
    }
};

QTEST_MAIN(TestServerFigures)
#include "tst_serverfigures.moc"
