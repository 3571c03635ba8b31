#pragma once

#include "missionlifecycle.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// How missions read on the workstation: their status with the approval state of a draft,
// their planned period in Jalali, the actions' names and why an action cannot be taken.
// The list and the workspace say them the same way.
class MissionText final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::MissionText)

public:
    // "Issued"; a draft with its approval: "Draft — awaiting approval".
    static QString status(const QJsonObject &mission);
    // "1 Azar 1405, 09:00 – 2 Azar 1405, 15:00" (Iran's time); one side alone when the
    // other is not planned; empty when neither is.
    static QString period(const QJsonValue &start, const QJsonValue &end);
    // A button's text: "Submit for approval", "Issue", ...
    static QString actionName(Missions::MissionAction action);
    // What the action did, for the line under the buttons: "Submitted for approval."
    static QString actionDone(Missions::MissionAction action);
    // Why the action cannot be taken now, in a sentence: "Issue needs at least one
    // assignee."
    static QString refusal(Missions::MissionAction action, Missions::MissionRefusal refusal);
    // "Leader", "Member", "Driver".
    static QString assigneeRole(const QString &code);
};

// The user ids sent on a mission (its cached mission_assignees rows).
QSet<UserId> missionAssignees(Cache::LocalCache &cache, qint64 missionId);

// The rules' view of a cached mission. A mission created on this computer and not yet sent
// has no requested_by (the server writes it): it is the signed-in user's, who created it.
Missions::MissionFacts missionFacts(Cache::LocalCache &cache, const QJsonObject &mission,
                                    const Access::Principal &user);

// Whether `user` may request missions (the "New mission" button).
bool mayRequestMissions(const Access::Principal &user);

} // namespace Shahrvand::Ui
