#include "servicefigures.h"

#include "clock.h"
#include "entitydef.h"
#include "handlersupport.h"
#include "jalalidate.h"
#include "scopesql.h"
#include "validation.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcServiceFigures, "shahrvand.api.servicefigures")

namespace Shahrvand::Api {

namespace {

constexpr qint64 dayMs = 86'400'000;
constexpr qint64 iranOffsetMs = (3 * 3600 + 30 * 60) * 1000LL;

qint64 iranStartMs(QDate date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch() - iranOffsetMs;
}

// The first day of the period that holds `date`: itself, its Saturday, its Jalali month's
// first day.
QDate periodStart(QDate date, const QString &bucket)
{
    if (bucket == u"week")
        return date.addDays(-((date.dayOfWeek() + 1) % 7)); // Saturday: dayOfWeek() 6
    if (bucket == u"month")
        return startOfJalaliMonth(date);
    return date;
}

EntityStore::StoreError internal(const QString &detail)
{
    qCWarning(lcServiceFigures) << detail;
    EntityStore::StoreError error;
    error.kind = EntityStore::StoreError::Kind::Internal;
    error.detail = detail;
    return error;
}

} // namespace

ServiceFigures::ServiceFigures(std::shared_ptr<Storage::Database> database)
    : m_database(std::move(database))
{}

Expected<QJsonObject, EntityStore::StoreError>
ServiceFigures::compute(const Access::Principal &viewer, const ServiceFiguresQuery &query)
{
    const Entities::EntityDef *cases = Entities::findEntity(QStringLiteral("cases"));
    Q_ASSERT(cases);
    // The cases of the period the caller may see, as the other queries' condition.
    QStringList conditions{
        QStringLiteral("c.deleted = 0"), QStringLiteral("c.created_at >= ?"),
        QStringLiteral("c.created_at < ?"),
        QLatin1Char('(') + EntityStore::visibilityCondition(*cases, QStringLiteral("c"), viewer) +
            QLatin1Char(')')};
    QVariantList values{iranStartMs(query.from), iranStartMs(query.to.addDays(1))};
    if (!query.channel.isEmpty()) {
        conditions << QStringLiteral("c.channel = ?");
        values << query.channel;
    }
    if (query.serviceId > 0) {
        conditions << QStringLiteral("c.service_id = ?");
        values << query.serviceId;
    }
    if (query.teamId > 0) {
        conditions << QStringLiteral("c.team_id = ?");
        values << query.teamId;
    }
    const QString where = conditions.join(QStringLiteral(" AND "));
    QSqlDatabase db = m_database->connection();
    const auto run = [&](const QString &sql, const QVariantList &leading,
                         const std::function<void(const QSqlQuery &)> &row) -> QString {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return q.lastError().text();
        for (const QVariant &value : leading)
            q.addBindValue(value);
        for (const QVariant &value : std::as_const(values))
            q.addBindValue(value);
        if (!q.exec())
            return q.lastError().text();
        while (q.next())
            row(q);
        return {};
    };
    const auto grouped = [&](const QString &column, QJsonObject &into) {
        return run(QStringLiteral("SELECT c.%1, COUNT(*) FROM cases c WHERE %2 GROUP BY c.%1")
                       .arg(column, where),
                   {}, [&into](const QSqlQuery &q) {
                       into.insert(q.value(0).isNull() ? QStringLiteral("none")
                                                       : q.value(0).toString(),
                                   q.value(1).toLongLong());
                   });
    };

    QJsonObject result{{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
                       {QStringLiteral("bucket"), query.bucket},
                       {QStringLiteral("computed_at"), query.nowMs}};
    // Requests per Iranian day (integer division on both backends; the offset and the day's
    // length are constants in the text, so GROUP BY repeats the same expression), made into
    // periods here.
    QMap<QDate, qint64> periods;
    for (QDate day = periodStart(query.from, query.bucket); day <= query.to;) {
        periods.insert(day, 0);
        day = query.bucket == u"month"  ? startOfJalaliMonth(day.addDays(32))
              : query.bucket == u"week" ? day.addDays(7)
                                        : day.addDays(1);
    }
    const QDate epoch(1970, 1, 1);
    const QString dayExpression =
        QStringLiteral("(c.created_at + %1) / %2").arg(iranOffsetMs).arg(dayMs);
    QString problem = run(QStringLiteral("SELECT %1, COUNT(*) FROM cases c WHERE %2 GROUP BY %1")
                              .arg(dayExpression, where),
                          {}, [&](const QSqlQuery &q) {
                              const QDate day = epoch.addDays(q.value(0).toLongLong());
                              periods[periodStart(day, query.bucket)] += q.value(1).toLongLong();
                          });
    if (!problem.isEmpty())
        return internal(problem);
    QJsonArray perPeriod;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it)
        perPeriod.append(QJsonObject{{QStringLiteral("start"), it.key().toString(Qt::ISODate)},
                                     {QStringLiteral("count"), it.value()}});
    result.insert(QStringLiteral("per_period"), perPeriod);

    for (const auto &[column, key] :
         {std::pair{QStringLiteral("channel"), QStringLiteral("per_channel")},
          std::pair{QStringLiteral("service_id"), QStringLiteral("per_service")},
          std::pair{QStringLiteral("team_id"), QStringLiteral("per_team")},
          std::pair{QStringLiteral("district_id"), QStringLiteral("per_district")}}) {
        QJsonObject counts;
        if (const QString failed = grouped(column, counts); !failed.isEmpty())
            return internal(failed);
        result.insert(key, counts);
    }
    // Recurring problems: a service asked for in one district, "service:district".
    QJsonObject pairs;
    problem = run(
        QStringLiteral("SELECT c.service_id, c.district_id, COUNT(*) FROM cases c WHERE "
                       "%1 GROUP BY c.service_id, c.district_id")
            .arg(where),
        {}, [&pairs](const QSqlQuery &q) {
            pairs.insert(
                QStringLiteral("%1:%2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()),
                q.value(2).toLongLong());
        });
    if (!problem.isEmpty())
        return internal(problem);
    result.insert(QStringLiteral("per_service_district"), pairs);

    // Totals and times in one pass.
    const QString done = QStringLiteral("c.status IN ('resolved', 'closed')");
    problem = run(
        QStringLiteral(
            "SELECT COUNT(*), SUM(CASE WHEN %1 THEN 0 ELSE 1 END), "
            "SUM(CASE WHEN NOT %1 AND c.resolution_due_at < ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN NOT %1 AND (c.tier > 1 OR c.status = 'escalated') THEN 1 ELSE 0 "
            "END), COUNT(c.first_responded_at), SUM(c.first_responded_at - c.created_at), "
            "SUM(CASE WHEN %1 AND c.resolved_at IS NOT NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN %1 AND c.resolved_at IS NOT NULL THEN c.resolved_at - c.created_at "
            "ELSE 0 END), SUM(CASE WHEN NOT %1 AND c.resolution_due_at >= ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN NOT %1 AND c.created_at > ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN NOT %1 AND c.created_at <= ? AND c.created_at > ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN NOT %1 AND c.created_at <= ? AND c.created_at > ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN NOT %1 AND c.created_at <= ? AND c.created_at > ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN NOT %1 AND c.created_at <= ? THEN 1 ELSE 0 END) FROM cases c WHERE %2")
            .arg(done, where),
        // Ages as the workstation buckets them: < 1 day, 1-3, 3-7, 7-30, 30 days and more.
        {query.nowMs, query.nowMs, query.nowMs - dayMs, query.nowMs - dayMs,
         query.nowMs - 3 * dayMs, query.nowMs - 3 * dayMs, query.nowMs - 7 * dayMs,
         query.nowMs - 7 * dayMs, query.nowMs - 30 * dayMs, query.nowMs - 30 * dayMs},
        [&](const QSqlQuery &q) {
            const auto integer = [&q](int column) {
                // PostgreSQL's SUM of a BIGINT is a numeric: read through a double (exact
                // to 2^53, far above a million cases' milliseconds).
                return q.value(column).isNull() ? qint64(0)
                                                : qint64(std::llround(q.value(column).toDouble()));
            };
            result.insert(QStringLiteral("total"), integer(0));
            result.insert(QStringLiteral("open"), integer(1));
            result.insert(QStringLiteral("open_overdue"), integer(2));
            result.insert(QStringLiteral("escalated"), integer(3));
            const auto average = [](qint64 count, qint64 totalMs) {
                return QJsonObject{
                    {QStringLiteral("count"), count},
                    {QStringLiteral("average_minutes"),
                     count > 0 ? QJsonValue(totalMs / count / 60'000) : QJsonValue()}};
            };
            result.insert(QStringLiteral("first_response"), average(integer(4), integer(5)));
            result.insert(QStringLiteral("resolution"), average(integer(6), integer(7)));
            result.insert(QStringLiteral("open_within_time"), integer(8));
            result.insert(
                QStringLiteral("open_by_age"),
                QJsonArray{integer(9), integer(10), integer(11), integer(12), integer(13)});
        });
    if (!problem.isEmpty())
        return internal(problem);

    problem =
        run(QStringLiteral("SELECT COUNT(s.score), SUM(s.score), SUM(CASE WHEN s.score >= "
                           "4 THEN 1 ELSE 0 END) FROM survey_responses s JOIN cases c ON "
                           "c.id = s.case_id WHERE s.deleted = 0 AND s.score BETWEEN 1 AND "
                           "5 AND %1")
                .arg(where),
            {}, [&](const QSqlQuery &q) {
                const qint64 answers = qint64(std::llround(q.value(0).toDouble()));
                const qint64 total = qint64(std::llround(q.value(1).toDouble()));
                result.insert(QStringLiteral("satisfaction"),
                              QJsonObject{{QStringLiteral("answers"), answers},
                                          {QStringLiteral("average"),
                                           answers > 0 ? QJsonValue(double(total) / double(answers))
                                                       : QJsonValue()},
                                          {QStringLiteral("satisfied"),
                                           qint64(std::llround(q.value(2).toDouble()))}});
            });
    if (!problem.isEmpty())
        return internal(problem);
    return result;
}

void registerServiceFiguresRoutes(Server::ApiServer &server,
                                  std::shared_ptr<Storage::Database> database)
{
    using Server::ApiResponse;
    using Server::Field;
    auto figures = std::make_shared<ServiceFigures>(std::move(database));
    server.addRoute(
        {.method = Server::Method::Get,
         .path = QStringLiteral("/api/v1/stats/cases"),
         .summary = QStringLiteral("The service dashboard's figures over every case the "
                                   "caller may see"),
         .description = QStringLiteral(
             "Requests created from `from` to `to` (Iran's calendar days, both included; at "
             "most 400 days), counted per day, Saturday week or Jalali month (`bucket`), per "
             "channel, service and team; open, overdue and escalated among them; average "
             "first-response and resolution times (calendar minutes); satisfaction from the "
             "survey answers. Over the caller's scope of cases: a director's organisation, a "
             "supervisor's units."),
         .tags = {QStringLiteral("cases")},
         .query =
             Server::Schema{
                 Field::string(QStringLiteral("from"))
                     .required()
                     .maxLength(10)
                     .describe(QStringLiteral("The first day, YYYY-MM-DD.")),
                 Field::string(QStringLiteral("to"))
                     .required()
                     .maxLength(10)
                     .describe(QStringLiteral("The last day, YYYY-MM-DD.")),
                 Field::string(QStringLiteral("bucket"))
                     .oneOf(
                         {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")}),
                 Field::string(QStringLiteral("channel")).oneOf(Entities::Vocabulary::channels),
                 Field::integer(QStringLiteral("service_id")).range(1, 9'007'199'254'740'991LL),
                 Field::integer(QStringLiteral("team_id")).range(1, 9'007'199'254'740'991LL)},
         .responseDescription = QStringLiteral(
             "{\"from\", \"to\", \"bucket\", \"total\", \"open\", \"open_overdue\", "
             "\"open_within_time\", \"open_by_age\": [5 counts], "
             "\"escalated\", \"per_period\": [{\"start\", \"count\"}], \"per_channel\", "
             "\"per_service\", \"per_team\", \"first_response\": {\"count\", "
             "\"average_minutes\"}, \"resolution\", \"satisfaction\": {\"answers\", "
             "\"average\", \"satisfied\"}, \"computed_at\"}")},
        [figures](const Server::RequestContext &context) -> ApiResponse {
            const QJsonObject params = context.query();
            ServiceFiguresQuery query;
            query.from = QDate::fromString(params.value(u"from").toString(), Qt::ISODate);
            query.to = QDate::fromString(params.value(u"to").toString(), Qt::ISODate);
            query.bucket = params.value(u"bucket").toString(QStringLiteral("day"));
            query.channel = params.value(u"channel").toString();
            query.serviceId = params.value(u"service_id").toInteger();
            query.teamId = params.value(u"team_id").toInteger();
            query.nowMs = context.clock().now().toMSecsSinceEpoch();
            if (!query.from.isValid() || !query.to.isValid() || query.to < query.from ||
                query.from.daysTo(query.to) > 400) {
                EntityStore::StoreError error;
                error.kind = EntityStore::StoreError::Kind::Invalid;
                error.fieldErrors << Entities::FieldError{
                    QStringLiteral("to"),
                    QStringLiteral("bad_period"),
                    QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                      "Give the period as two dates, YYYY-MM-DD, the last one "
                                      "not before the first and at most 400 days after it."),
                    {}};
                return toApiError(context, error);
            }
            const auto computed = figures->compute(principalOf(context), query);
            if (!computed)
                return toApiError(context, computed.error());
            return ApiResponse::json(*computed);
        });
}

} // namespace Shahrvand::Api
