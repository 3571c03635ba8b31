// The service dashboard's organisation-wide figures: asked of the server
// (GET /api/v1/stats/cases) instead of counted in this computer's copy.
#include "servicedashboard.h"

#include "jalalidate.h"
#include "serverquery.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QUrlQuery>

namespace Shahrvand::Ui {

using Cache::CaseStats;

void ServiceDashboard::setServerQuery(SyncClient::ServerQuery *query)
{
    m_server = query;
    m_sourceBox->setVisible(query != nullptr);
    if (!query)
        m_sourceBox->setCurrentIndex(0);
}

void ServiceDashboard::setFromServer(bool fromServer)
{
    m_sourceBox->setCurrentIndex(fromServer && m_server ? 1 : 0);
    refresh();
}

bool ServiceDashboard::isFromServer() const
{
    return m_server && m_sourceBox->currentData().toBool();
}

void ServiceDashboard::askServer(quint64 generation)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("bucket"),
                       m_bucket == CaseStats::Bucket::Month  ? QStringLiteral("month")
                       : m_bucket == CaseStats::Bucket::Week ? QStringLiteral("week")
                                                             : QStringLiteral("day"));
    if (const QString channel = m_channelBox->currentData().toString(); !channel.isEmpty())
        query.addQueryItem(QStringLiteral("channel"), channel);
    if (const qint64 service = m_serviceBox->currentData().toLongLong(); service > 0)
        query.addQueryItem(QStringLiteral("service_id"), QString::number(service));
    if (const qint64 team = m_teamBox->currentData().toLongLong(); team > 0)
        query.addQueryItem(QStringLiteral("team_id"), QString::number(team));
    m_asOf->setText(tr("Asking the server…"));
    QPointer<ServiceDashboard> self(this);
    m_server->get(QStringLiteral("/api/v1/stats/cases"), query,
                  [self, generation](const QJsonObject &answer, const QString &error) {
                      if (!self || generation != self->m_generation)
                          return;
                      if (!error.isEmpty()) {
                          // The last figures stay; the line says why they are not new.
                          self->m_asOf->setText(tr("The server did not answer: %1").arg(error));
                          return;
                      }
                      self->show(statsFromServer(answer), generation);
                      const qint64 at = answer.value(u"computed_at").toInteger();
                      self->m_asOf->setText(
                          tr("Figures from the server, over every case you may see, as of %1.")
                              .arg(formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC),
                                                        DateStyle::Long)));
                  });
}

CaseStats ServiceDashboard::statsFromServer(const QJsonObject &answer)
{
    CaseStats stats;
    const auto integer = [&answer](QStringView key) { return answer.value(key).toInteger(); };
    stats.total = integer(u"total");
    stats.open = integer(u"open");
    stats.openOverdue = integer(u"open_overdue");
    stats.openWithinTime = integer(u"open_within_time");
    stats.escalated = integer(u"escalated");
    for (const QJsonValue &age : answer.value(u"open_by_age").toArray())
        stats.openByAge.append(age.toInteger());
    if (stats.openByAge.size() != CaseStats::ageBounds().size() + 1)
        stats.openByAge = QList<qint64>(CaseStats::ageBounds().size() + 1, 0);
    for (const QJsonValue &period : answer.value(u"per_period").toArray()) {
        const QJsonObject row = period.toObject();
        stats.perPeriod.insert(QDate::fromString(row.value(u"start").toString(), Qt::ISODate),
                               row.value(u"count").toInteger());
    }
    const QJsonObject channels = answer.value(u"per_channel").toObject();
    for (auto it = channels.begin(); it != channels.end(); ++it)
        stats.perChannel.insert(it.key(), it.value().toInteger());
    const auto ids = [](const QJsonObject &counts, QHash<qint64, qint64> &into) {
        for (auto it = counts.begin(); it != counts.end(); ++it)
            into.insert(it.key() == u"none" ? 0 : it.key().toLongLong(), it.value().toInteger());
    };
    ids(answer.value(u"per_service").toObject(), stats.perService);
    ids(answer.value(u"per_team").toObject(), stats.perTeam);
    ids(answer.value(u"per_district").toObject(), stats.perDistrict);
    const QJsonObject pairs = answer.value(u"per_service_district").toObject();
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        const qsizetype colon = it.key().indexOf(u':');
        stats.perServiceDistrict.insert(
            CaseStats::serviceDistrictKey(it.key().left(colon).toLongLong(),
                                          it.key().mid(colon + 1).toLongLong()),
            it.value().toInteger());
    }
    const auto times = [&answer](QStringView key, qint64 &count, qint64 &totalMs) {
        const QJsonObject figure = answer.value(key).toObject();
        count = figure.value(u"count").toInteger();
        totalMs = figure.value(u"average_minutes").isDouble()
                      ? figure.value(u"average_minutes").toInteger() * count * 60'000
                      : 0;
    };
    times(u"first_response", stats.responded, stats.respondedTotalMs);
    times(u"resolution", stats.resolved, stats.resolvedTotalMs);
    const QJsonObject satisfaction = answer.value(u"satisfaction").toObject();
    stats.surveyed = satisfaction.value(u"answers").toInteger();
    stats.scoreTotal = qRound64(satisfaction.value(u"average").toDouble() * double(stats.surveyed));
    stats.satisfied = satisfaction.value(u"satisfied").toInteger();
    return stats;
}

} // namespace Shahrvand::Ui
