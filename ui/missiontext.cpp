#include "missiontext.h"

#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QDateTime>

namespace Shahrvand::Ui {

using namespace Missions;

namespace {

QString moment(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const qint64 ms = value.isString() ? value.toString().toLongLong() : value.toInteger();
    return formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), DateStyle::Long);
}

} // namespace

QString MissionText::status(const QJsonObject &mission)
{
    const QString status = mission.value(u"status").toString();
    if (status != u"draft" && !status.isEmpty())
        return FieldText::codeText(status);
    switch (missionApprovalFrom(mission.value(u"approval_status").toString())
                .value_or(MissionApproval::None)) {
    case MissionApproval::None:
        return tr("Draft");
    case MissionApproval::Pending:
        return tr("Draft — awaiting approval");
    case MissionApproval::Approved:
        return tr("Draft — approved, ready to issue");
    case MissionApproval::Rejected:
        return tr("Draft — rejected");
    case MissionApproval::Returned:
        return tr("Draft — returned for correction");
    }
    return tr("Draft");
}

QString MissionText::period(const QJsonValue &start, const QJsonValue &end)
{
    const QString from = moment(start), to = moment(end);
    if (start.isDouble() && end.isDouble()) {
        // One day: its date once ("4 Azar 1405, 12:30 to 18:30").
        const QDateTime a =
            QDateTime::fromMSecsSinceEpoch(start.toInteger(), Qt::UTC).toTimeZone(iranTimeZone());
        const QDateTime b =
            QDateTime::fromMSecsSinceEpoch(end.toInteger(), Qt::UTC).toTimeZone(iranTimeZone());
        if (a.date() == b.date())
            return tr("%1, %2 to %3")
                .arg(formatJalaliDate(a.date(), DateStyle::Long),
                     toLocalDigits(a.time().toString(u"HH:mm")),
                     toLocalDigits(b.time().toString(u"HH:mm")));
    }
    if (from.isEmpty() && to.isEmpty())
        return {};
    if (to.isEmpty())
        return tr("from %1").arg(from);
    if (from.isEmpty())
        return tr("until %1").arg(to);
    return tr("%1 to %2").arg(from, to);
}

QString MissionText::actionName(MissionAction action)
{
    switch (action) {
    case MissionAction::SubmitForApproval:
        return tr("Submit for approval");
    case MissionAction::ReturnToDraft:
        return tr("Take back to draft");
    case MissionAction::Issue:
        return tr("Issue the order");
    case MissionAction::Start:
        return tr("Start");
    case MissionAction::Complete:
        return tr("Complete");
    case MissionAction::CompleteNeedingFollowUp:
        return tr("Complete — another mission needed");
    case MissionAction::Cancel:
        return tr("Cancel the mission…");
    }
    return {};
}

QString MissionText::actionDone(MissionAction action)
{
    switch (action) {
    case MissionAction::SubmitForApproval:
        return tr("Submitted for approval. It is sent with the next sync.");
    case MissionAction::ReturnToDraft:
        return tr("Taken back to draft: the order may be changed again.");
    case MissionAction::Issue:
        return tr("The order is issued. It reaches the officers with the next sync.");
    case MissionAction::Start:
        return tr("The mission has started.");
    case MissionAction::Complete:
        return tr("The mission is completed.");
    case MissionAction::CompleteNeedingFollowUp:
        return tr("The mission is completed; another mission is needed.");
    case MissionAction::Cancel:
        return tr("The mission is cancelled.");
    }
    return {};
}

QString MissionText::refusal(MissionAction action, MissionRefusal refusal)
{
    switch (refusal) {
    case MissionRefusal::NoAssignee:
        return tr("Issue needs at least one assignee.");
    case MissionRefusal::NotApproved:
        return tr("Issue needs the approval of the mission first.");
    case MissionRefusal::ApprovalPending:
        return tr("The mission is already waiting for approval or approved.");
    case MissionRefusal::RoleMayNotAct:
        return tr("Your role may not do this on this mission: %1.").arg(actionName(action));
    case MissionRefusal::NotAllowedInStatus:
        return tr("Not possible in the mission's current status: %1.").arg(actionName(action));
    }
    return {};
}

QString MissionText::assigneeRole(const QString &code)
{
    if (code == u"leader")
        return tr("Leader");
    if (code == u"member")
        return tr("Member");
    if (code == u"driver")
        return tr("Driver");
    return FieldText::codeText(code);
}

QSet<UserId> missionAssignees(Cache::LocalCache &cache, qint64 missionId)
{
    QSet<UserId> users;
    const auto rows = cache.childRows(QStringLiteral("mission_assignees"),
                                      QStringLiteral("missions"), missionId, 1000);
    for (const QJsonObject &row : rows ? *rows : QList<QJsonObject>())
        users.insert(UserId(row.value(u"user_id").toInteger()));
    return users;
}

MissionFacts missionFacts(Cache::LocalCache &cache, const QJsonObject &mission,
                          const Access::Principal &user)
{
    const qint64 id = mission.value(u"id").toInteger();
    MissionFacts facts = MissionFacts::fromRow(mission, missionAssignees(cache, id));
    if (id < 0 && !facts.requester.isValid())
        facts.requester = user.userId;
    return facts;
}

bool mayRequestMissions(const Access::Principal &user)
{
    return user.hasAnyRole(
        {Access::Role::Supervisor, Access::Role::SeniorAgent, Access::Role::Administrator});
}

} // namespace Shahrvand::Ui
