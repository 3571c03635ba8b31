#include "casenotices.h"

#include "localcache.h"
#include "trackingcode.h"

#include <QDateTime>

namespace Shahrvand::Ui {

namespace {

const QString entity = QStringLiteral("notifications");

QString caseCode(Cache::LocalCache &cache, qint64 caseId)
{
    const auto row = cache.row(QStringLiteral("cases"), caseId);
    if (!row || !*row)
        return QString::number(caseId);
    const QString code = (**row).value(u"tracking_code").toString();
    const auto parsed = TrackingCode::parse(code);
    return parsed ? parsed->displayForm() : code;
}

} // namespace

QString CaseNotices::text(Cache::LocalCache &cache, const QJsonObject &notice)
{
    const QString code = caseCode(cache, notice.value(u"case_id").toInteger());
    const QString kind = notice.value(u"kind").toString();
    const bool firstResponse = notice.value(u"clock").toString() == u"first_response";
    if (kind == u"sla_warning")
        return firstResponse ? tr("Case %1: the first response is due soon.").arg(code)
                             : tr("Case %1: the resolution is due soon.").arg(code);
    if (kind == u"sla_breach")
        return firstResponse ? tr("Case %1: the first response is overdue.").arg(code)
                             : tr("Case %1: the resolution is overdue.").arg(code);
    if (kind == u"tracking_code_changed")
        return tr("The tracking code proposed offline was already in use: the case now has "
                  "the code %1. Tell the citizen.")
            .arg(code);
    return tr("Case %1 needs your attention.").arg(code);
}

QList<Notification> CaseNotices::unread(Cache::LocalCache &cache, const OpenCase &open)
{
    QList<QJsonObject> rows;
    std::optional<qint64> after;
    for (;;) {
        // An older cache or server without notices: nothing to show.
        const auto page = cache.rows(entity, 500, after);
        if (!page || page->isEmpty())
            break;
        for (const QJsonObject &row : *page) {
            if (!row.value(u"read_at").isDouble())
                rows << row;
        }
        after = page->last().value(u"id").toInteger();
    }
    if (rows.size() > NotificationsArea::maxKept)
        rows = rows.mid(rows.size() - NotificationsArea::maxKept);
    QList<Notification> notices;
    Cache::LocalCache *source = &cache;
    for (const QJsonObject &row : std::as_const(rows)) {
        const qint64 id = row.value(u"id").toInteger();
        const qint64 caseId = row.value(u"case_id").toInteger();
        Notification notice;
        notice.key = QStringLiteral("notice:%1").arg(id);
        notice.text = [source, row] { return text(*source, row); };
        if (caseId != 0) {
            notice.actionText = [] { return tr("Open the case"); };
            notice.action = [source, id, caseId, open] {
                markRead(*source, id);
                open(caseId);
            };
        }
        if (row.value(u"created_at").isDouble())
            notice.at =
                QDateTime::fromMSecsSinceEpoch(row.value(u"created_at").toInteger(), Qt::UTC);
        notices << notice;
    }
    return notices;
}

bool CaseNotices::markRead(Cache::LocalCache &cache, qint64 noticeId)
{
    return bool(cache.update(entity, noticeId,
                             {{QStringLiteral("read_at"), QDateTime::currentMSecsSinceEpoch()}}));
}

} // namespace Shahrvand::Ui
