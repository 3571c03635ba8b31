#pragma once

#include "apiserver.h"
#include "database.h"
#include "expected.h"
#include "principal.h"
#include "storeerror.h"

#include <QDate>
#include <QJsonObject>

#include <memory>

namespace Shahrvand::Api {

struct ServiceFiguresQuery
{
    QDate from; // Iran's calendar days, both included
    QDate to;
    QString bucket = QStringLiteral("day"); // day, week (from Saturday), month (Jalali)
    QString channel;                        // empty: every channel
    qint64 serviceId = 0;                   // 0: every service
    qint64 teamId = 0;                      // 0: every team
    qint64 nowMs = 0;                       // for what is overdue
};

// The service dashboard's figures computed by the server over every case the caller may
// see (the scope of listing cases: a director the whole organisation, a supervisor their
// units), which a laptop's copy may hold only in part: requests per period, channel,
// service and team; open, overdue and escalated among them; average first-response and
// resolution times; satisfaction from the survey answers. Grouped in SQL, the same on
// SQLite and PostgreSQL.
// {"from", "to", "bucket", "total", "open", "open_overdue", "open_within_time",
//  "open_by_age": [< 1 day, 1-3, 3-7, 7-30, 30 days and more], "escalated",
//  "per_period": [{"start": "2026-11-22", "count": n}], "per_channel": {code: n},
//  "per_service": {id: n}, "per_team": {id: n}, "per_district": {id: n},
//  "per_service_district": {"service:district": n},
//  "first_response": {"count": n, "average_minutes": m}, "resolution": {...},
//  "satisfaction": {"answers": n, "average": x, "satisfied": k}, "computed_at": ms}
class ServiceFigures final
{
public:
    explicit ServiceFigures(std::shared_ptr<Storage::Database> database);

    Expected<QJsonObject, EntityStore::StoreError> compute(const Access::Principal &viewer,
                                                           const ServiceFiguresQuery &query);

private:
    std::shared_ptr<Storage::Database> m_database;
};

// GET /api/v1/stats/cases?from=&to=&bucket=&channel=&service_id=&team_id=
void registerServiceFiguresRoutes(Server::ApiServer &server,
                                  std::shared_ptr<Storage::Database> database);

} // namespace Shahrvand::Api
