// The server's dashboard figures (GET /api/v1/stats/cases) on the real server over a real
// database (SQLite, and PostgreSQL under pg_virtualenv), checked against figures counted by
// hand: per Iranian day, Saturday week and Jalali month; per channel, service and team; open,
// overdue, escalated; first-response and resolution times; satisfaction; the caller's scope
// (a supervisor their units, an agent their team's cases); bad periods refused.
#include "serverfixture.h"
#include "servicefigures.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace Shahrvand;
using namespace Shahrvand::Testing;

namespace {

const qint64 hour = 3'600'000;
const qint64 day = 24 * hour;

// 1 Azar 1405 (22 November 2026), 00:00 in Tehran.
qint64 firstOfAzar()
{
    return QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() -
           (3 * hour + 30 * 60'000);
}

} // namespace

class TestServiceFigures : public QObject, private ServerFixture
{
    Q_OBJECT

private:
    qint64 m_caseCount = 0;

    // A case of `team` created at `created`, with the columns given, written as the system
    // would and then set (the rules would not let a test write these times).
    qint64 addCase(qint64 team, qint64 created, const QString &channel, const QString &status,
                   const QVariantMap &more = {})
    {
        const qint64 id = w->insert("cases", {{QStringLiteral("tracking_code"),
                                               QStringLiteral("FIG-%1").arg(++m_caseCount)},
                                              {QStringLiteral("service_id"), w->service},
                                              {QStringLiteral("channel"), channel},
                                              {QStringLiteral("team_id"), team},
                                              {QStringLiteral("subject"), QStringLiteral("x")}});
        QSqlQuery query(w->database()->connection());
        QStringList sets{QStringLiteral("created_at = ?"), QStringLiteral("status = ?")};
        QVariantList values{created, status};
        for (auto it = more.cbegin(); it != more.cend(); ++it) {
            sets << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
        query.prepare(QStringLiteral("UPDATE cases SET %1 WHERE id = ?")
                          .arg(sets.join(QStringLiteral(", "))));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(id);
        if (!query.exec())
            qWarning("updating case %lld: %s", id, qPrintable(query.lastError().text()));
        return id;
    }

    QJsonObject figures(const QString &user, const QString &from, const QString &to,
                        const QString &bucket = QStringLiteral("day"), int *status = nullptr)
    {
        QUrlQuery params;
        params.addQueryItem(QStringLiteral("from"), from);
        params.addQueryItem(QStringLiteral("to"), to);
        params.addQueryItem(QStringLiteral("bucket"), bucket);
        QUrl target = url(QStringLiteral("/api/v1/stats/cases"));
        target.setQuery(params);
        const Reply reply = exchange(QNetworkRequest(target), "GET", user);
        if (status)
            *status = reply.status;
        return reply.body;
    }

private slots:
    void init()
    {
        setUpWorld();
        addStaff(QStringLiteral("director"), Access::Role::Administrator, w->org);
        startServer([this](Server::ApiServer &server) {
            Api::registerServiceFiguresRoutes(server, w->database());
        });
    }
    void cleanup() { tearDown(); }

    void figuresCountedByHand()
    {
        const qint64 azar = firstOfAzar();
        // The world's own two cases: team A's and team B's, by phone, new, made on 1 Azar.
        {
            QSqlQuery query(w->database()->connection());
            query.prepare(QStringLiteral("UPDATE cases SET created_at = ?, status = 'new', "
                                         "tier = 1 WHERE id IN (?, ?)"));
            query.addBindValue(azar + 12 * hour);
            query.addBindValue(w->caseA);
            query.addBindValue(w->caseB);
            QVERIFY(query.exec());
        }
        // Added: team A on 2 Azar by web, resolved after 2 days,
        // answered after 2 hours; team A on 3 Azar, overdue, escalated; team B on 9 Azar,
        // closed after 6 hours, answered after 30 minutes; team B on 30 Aban (outside).
        const qint64 web = addCase(w->teamA, azar + day + 10 * hour, QStringLiteral("web"),
                                   QStringLiteral("resolved"),
                                   {{QStringLiteral("first_responded_at"), azar + day + 12 * hour},
                                    {QStringLiteral("resolved_at"), azar + 3 * day + 10 * hour}});
        addCase(w->teamA, azar + 2 * day, QStringLiteral("phone"), QStringLiteral("in_progress"),
                {{QStringLiteral("resolution_due_at"), azar + 2 * day + hour},
                 {QStringLiteral("tier"), 2}});
        const qint64 late =
            addCase(w->teamB, azar + 8 * day, QStringLiteral("phone"), QStringLiteral("closed"),
                    {{QStringLiteral("first_responded_at"), azar + 8 * day + 30 * 60'000},
                     {QStringLiteral("resolved_at"), azar + 8 * day + 6 * hour}});
        addCase(w->teamB, azar - day, QStringLiteral("phone"), QStringLiteral("new"));
        const auto answer = [this](qint64 caseId, int score) {
            QVERIFY(w->insert("survey_responses",
                              {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("channel"), u"sms"_qs},
                               {QStringLiteral("score"), score},
                               {QStringLiteral("responded_at"), firstOfAzar() + 9 * day}}) > 0);
        };
        answer(web, 5);
        answer(late, 2);

        // Noon of 10 Azar by the server's clock. The director: the whole organisation, 1 to
        // 10 Azar by day.
        m_clock.set(QDateTime::fromMSecsSinceEpoch(azar + 9 * day + 12 * hour, Qt::UTC));
        int status = 0;
        const QJsonObject all = figures(QStringLiteral("director"), u"2026-11-22"_qs,
                                        u"2026-12-01"_qs, u"day"_qs, &status);
        QCOMPARE(status, 200);
        QCOMPARE(all.value(u"total").toInteger(), 5);
        QCOMPARE(all.value(u"open").toInteger(), 3);
        QCOMPARE(all.value(u"open_overdue").toInteger(), 1);
        QCOMPARE(all.value(u"escalated").toInteger(), 1);
        QCOMPARE(all.value(u"open_within_time").toInteger(),
                 0); // only one open case has a due time
        // Open at noon of 10 Azar: the world's two (9.5 days), the escalated one (7.5 days).
        QCOMPARE(all.value(u"open_by_age").toArray(), (QJsonArray{0, 0, 0, 3, 0}));
        const QJsonArray days = all.value(u"per_period").toArray();
        QCOMPARE(days.size(), 10);
        QCOMPARE(days.at(0).toObject().value(u"start").toString(), u"2026-11-22"_qs);
        QCOMPARE(days.at(0).toObject().value(u"count").toInteger(), 2);
        QCOMPARE(days.at(1).toObject().value(u"count").toInteger(), 1);
        QCOMPARE(days.at(8).toObject().value(u"count").toInteger(), 1);
        QCOMPARE(all.value(u"per_channel").toObject().value(u"phone").toInteger(), 4);
        QCOMPARE(all.value(u"per_channel").toObject().value(u"web").toInteger(), 1);
        QCOMPARE(all.value(u"per_team").toObject().value(QString::number(w->teamA)).toInteger(), 3);
        // No case names a district here: all five are "none", one service in no district.
        QCOMPARE(all.value(u"per_district").toObject().value(u"none").toInteger(), 5);
        QCOMPARE(all.value(u"per_service_district")
                     .toObject()
                     .value(QStringLiteral("%1:0").arg(w->service))
                     .toInteger(),
                 5);
        // First response: (2 h + 30 min) / 2; resolution: (2 days + 6 h) / 2.
        QCOMPARE(all.value(u"first_response").toObject().value(u"count").toInteger(), 2);
        QCOMPARE(all.value(u"first_response").toObject().value(u"average_minutes").toInteger(), 75);
        QCOMPARE(all.value(u"resolution").toObject().value(u"average_minutes").toInteger(),
                 (48 + 6) * 60 / 2);
        const QJsonObject satisfaction = all.value(u"satisfaction").toObject();
        QCOMPARE(satisfaction.value(u"answers").toInteger(), 2);
        QCOMPARE(satisfaction.value(u"average").toDouble(), 3.5);
        QCOMPARE(satisfaction.value(u"satisfied").toInteger(), 1);

        // By Saturday week: 1 Azar (22 Nov) is a Sunday, so its week began on 21 Nov.
        const QJsonObject weeks =
            figures(QStringLiteral("director"), u"2026-11-22"_qs, u"2026-12-01"_qs, u"week"_qs);
        const QJsonArray perWeek = weeks.value(u"per_period").toArray();
        QCOMPARE(perWeek.at(0).toObject().value(u"start").toString(), u"2026-11-21"_qs);
        QCOMPARE(perWeek.at(0).toObject().value(u"count").toInteger(), 4);
        QCOMPARE(perWeek.at(1).toObject().value(u"count").toInteger(), 1);
        // By Jalali month, from Aban: the Aban case and Azar's five.
        const QJsonObject months =
            figures(QStringLiteral("director"), u"2026-11-01"_qs, u"2026-12-01"_qs, u"month"_qs);
        const QJsonArray perMonth = months.value(u"per_period").toArray();
        QCOMPARE(perMonth.size(), 2);
        QCOMPARE(perMonth.at(0).toObject().value(u"start").toString(), u"2026-10-23"_qs);
        QCOMPARE(perMonth.at(0).toObject().value(u"count").toInteger(), 1);
        QCOMPARE(perMonth.at(1).toObject().value(u"count").toInteger(), 5);

        // Team A's agent: the cases they may see (their team's), nothing of team B.
        const QJsonObject agent =
            figures(QStringLiteral("agent-a"), u"2026-11-22"_qs, u"2026-12-01"_qs);
        QVERIFY(agent.value(u"total").toInteger() < 5);
        QCOMPARE(agent.value(u"per_team").toObject().value(QString::number(w->teamB)).toInteger(),
                 0);

        // A bad period is refused, in the caller's language.
        figures(QStringLiteral("director"), u"2026-12-01"_qs, u"2026-11-22"_qs, u"day"_qs, &status);
        QCOMPARE(status, 400);
        figures(QStringLiteral("director"), u"2025-01-01"_qs, u"2026-12-01"_qs, u"day"_qs, &status);
        QCOMPARE(status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServiceFigures)
#include "tst_servicefigures.moc"
