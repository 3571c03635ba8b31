// National IDs and phones are masked on every path the server answers by, for every role
// not allowed to read them, on the real server over a real database (SQLite, and
// PostgreSQL under pg_virtualenv): a record read, a list, a list showing chosen fields, a
// text search, a sync pull (so an unauthorized laptop never receives them), and the
// export; a filter on a masked field is refused, since it would confirm a guess. Roles
// allowed (the front office) read them in full.
#include "citizenprivacyroutes.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Testing;

namespace {

const QString nationalId = QStringLiteral("0067749828"); // citizen 2's
const QString phone = QStringLiteral("+989127654321");

} // namespace

class TestMasking : public QObject, private ServerFixture
{
    Q_OBJECT

private:
    // Every path a user may read citizen 2 by, as raw answers.
    QList<std::pair<QString, Reply>> readEverything(const QString &user)
    {
        QList<std::pair<QString, Reply>> answers;
        for (const QString &path :
             {QStringLiteral("/api/v1/citizens/%1").arg(w->citizen2),
              QStringLiteral("/api/v1/citizens?limit=100"),
              QStringLiteral("/api/v1/citizens?limit=100&fields=id,national_id,first_name"),
              QStringLiteral("/api/v1/citizens?q=%D8%B1%D8%B6%D8%A7%DB%8C%DB%8C"), // رضایی
              QStringLiteral("/api/v1/citizen_phones?limit=100"),
              QStringLiteral("/api/v1/sync/changes?cursor=0&limit=10000"),
              QStringLiteral("/api/v1/citizens/%1/export").arg(w->citizen2)})
            answers.append({path, send("GET", path, {}, user)});
        return answers;
    }

private slots:
    void init()
    {
        setUpWorld();
        addStaff(QStringLiteral("director"), Access::Role::Administrator, w->org);
        QVERIFY(w->insert("citizen_phones", {{QStringLiteral("citizen_id"), w->citizen2},
                                             {QStringLiteral("e164"), phone},
                                             {QStringLiteral("kind"), u"mobile"_qs}}) > 0);
        startServer([this](Server::ApiServer &server) {
            Api::registerCitizenPrivacyRoutes(server, w->database(), m_clock);
        });
    }
    void cleanup() { tearDown(); }

    // A field officer sees citizen 2 (the citizen of a case on their mission) and may call
    // them: the phone in full, the national ID masked everywhere.
    void aFieldOfficerNeverReceivesTheNationalId()
    {
        bool sawCitizen = false, sawPhone = false;
        for (const auto &[path, reply] : readEverything(QStringLiteral("officer"))) {
            QVERIFY2(!reply.raw.contains(nationalId.toLatin1()), qPrintable(path));
            if (path.endsWith(u"/export")) {
                QCOMPARE(reply.status, 403);
                continue;
            }
            QVERIFY2(reply.status == 200, qPrintable(path));
            sawCitizen = sawCitizen || reply.raw.contains("******9828");
            sawPhone = sawPhone || reply.raw.contains(phone.toLatin1());
        }
        QVERIFY(sawCitizen); // masked, not missing
        QVERIFY(sawPhone);
        // A filter on the masked field would confirm a guess: refused, right or wrong.
        QCOMPARE(send("GET", QStringLiteral("/api/v1/citizens?national_id=%1").arg(nationalId), {},
                      u"officer"_qs)
                     .status,
                 403);
        QCOMPARE(
            send("GET", u"/api/v1/citizens?national_id=0013542419"_qs, {}, u"officer"_qs).status,
            403);
    }

    // Roles that serve no citizen see neither.
    void otherRolesSeeNoCitizen()
    {
        for (const QString &user : {u"author"_qs, u"financier"_qs}) {
            for (const auto &[path, reply] : readEverything(user)) {
                QVERIFY2(!reply.raw.contains(nationalId.toLatin1()), qPrintable(user + path));
                QVERIFY2(!reply.raw.contains("9828"), qPrintable(user + path));
                QVERIFY2(!reply.raw.contains(phone.toLatin1()), qPrintable(user + path));
            }
            QCOMPARE(send("GET", QStringLiteral("/api/v1/citizens/%1").arg(w->citizen2), {}, user)
                         .status,
                     404);
        }
    }

    // The front office reads them in full, and may look a citizen up by national ID.
    void theFrontOfficeReadsThemInFull()
    {
        const Reply read =
            send("GET", QStringLiteral("/api/v1/citizens/%1").arg(w->citizen2), {}, u"agent-b"_qs);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body.value(u"national_id").toString(), nationalId);
        const Reply found =
            send("GET", QStringLiteral("/api/v1/citizens?national_id=%1").arg(nationalId), {},
                 u"agent-b"_qs);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.body.value(u"items").toArray().size(), 1);
        const Reply pulled =
            send("GET", u"/api/v1/sync/changes?cursor=0&limit=10000"_qs, {}, u"agent-b"_qs);
        QVERIFY(pulled.raw.contains(nationalId.toLatin1()));
        QVERIFY(pulled.raw.contains(phone.toLatin1()));
    }
};

QTEST_MAIN(TestMasking)
#include "tst_masking.moc"
