#pragma once

#include "notificationsarea.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// The server's notices to this user (the `notifications` rows sync brings: SLA warnings
// and breaches of their cases, a tracking code that had to change), as entries of the
// bell. Choosing one opens the case and marks the notice read, which the next sync tells
// the server.
class CaseNotices final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::CaseNotices)

public:
    using OpenCase = std::function<void(qint64 caseId)>;

    // The unread notices, oldest first (at most NotificationsArea::maxKept).
    static QList<Notification> unread(Cache::LocalCache &cache, const OpenCase &open);
    // The sentence for one notice row, in the interface's language.
    static QString text(Cache::LocalCache &cache, const QJsonObject &notice);
    static bool markRead(Cache::LocalCache &cache, qint64 noticeId);
};

} // namespace Shahrvand::Ui
