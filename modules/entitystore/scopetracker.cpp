#include "scopetracker.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::EntityStore {

namespace {

QString unit(const QVariant &id)
{
    return id.isNull() ? QString() : QStringLiteral("unit:") + id.toString();
}

QString user(const QVariant &id)
{
    return id.isNull() ? QString() : QStringLiteral("user:") + id.toString();
}

// The audiences decided by a row's own columns.
QSet<QString> directAudiences(const QString &entity, const QVariantMap &row)
{
    QSet<QString> audiences;
    if (row.isEmpty())
        return audiences;
    auto value = [&row](const char *column) { return row.value(QString::fromLatin1(column)); };
    if (entity == QLatin1String("cases"))
        audiences << unit(value("team_id")) << user(value("owner_id"));
    else if (entity == QLatin1String("missions"))
        audiences << unit(value("unit_id"));
    else if (entity == QLatin1String("expense_claims"))
        audiences << unit(value("unit_id")) << user(value("claimant_id"));
    else if (entity == QLatin1String("knowledge_articles")) {
        // Its author sees it in every status (a proposal from the front office).
        audiences << user(value("author_id"));
        if (value("status").toString() == QLatin1String("published"))
            audiences << QStringLiteral("public");
    } else if (entity == QLatin1String("notifications"))
        audiences << user(value("user_id"));
    else if (entity == QLatin1String("delegations"))
        audiences << user(value("approver_id")) << user(value("delegate_id"));
    audiences.remove(QString());
    return audiences;
}

qint64 idOf(const QVariantMap &row, const char *column)
{
    return row.value(QString::fromLatin1(column)).toLongLong();
}

} // namespace

QStringList ScopeTracker::audiencesOf(const Access::Principal &viewer)
{
    QStringList audiences{QStringLiteral("public"), user(viewer.userId.value())};
    for (OrgUnitId id : viewer.visibleUnits)
        audiences << unit(id.value());
    return audiences;
}

Expected<bool, QString> ScopeTracker::add(const QString &entity, qint64 rowId,
                                          const QString &audience, bool enter, qint64 version)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO scope_changes (version, entity, row_id, audience, "
                                 "change) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(version);
    query.addBindValue(entity);
    query.addBindValue(rowId);
    query.addBindValue(audience);
    query.addBindValue(enter ? QStringLiteral("enter") : QStringLiteral("exit"));
    if (!query.exec())
        return query.lastError().text();
    return true;
}

// A field officer reaches a mission, its cases and their citizens through being assigned.
// Records that reach for the mission's assignees (or one of them) and cases (or one).
Expected<bool, QString> ScopeTracker::missionReach(qint64 missionId, qint64 caseIdOnly,
                                                   qint64 userIdOnly, bool enter, qint64 version)
{
    QList<qint64> users;
    QSqlQuery query(m_db);
    if (userIdOnly) {
        users << userIdOnly;
    } else {
        query.prepare(QStringLiteral(
            "SELECT user_id FROM mission_assignees WHERE mission_id = ? AND deleted = 0"));
        query.addBindValue(missionId);
        if (!query.exec())
            return query.lastError().text();
        while (query.next())
            users << query.value(0).toLongLong();
    }
    QList<QPair<qint64, QVariant>> cases; // case id, citizen id
    query.prepare(QStringLiteral(
        "SELECT c.id, c.citizen_id FROM mission_cases mc JOIN cases c ON c.id = mc.case_id"
        " WHERE mc.mission_id = ? AND (mc.deleted = 0 OR c.id = ?)"));
    query.addBindValue(missionId);
    query.addBindValue(caseIdOnly);
    if (!query.exec())
        return query.lastError().text();
    while (query.next()) {
        if (!caseIdOnly || query.value(0).toLongLong() == caseIdOnly)
            cases << qMakePair(query.value(0).toLongLong(), query.value(1));
    }
    for (qint64 userId : std::as_const(users)) {
        const QString audience = user(userId);
        if (!caseIdOnly) {
            if (auto added = add(QStringLiteral("missions"), missionId, audience, enter, version);
                !added)
                return added;
        }
        for (const auto &[caseId, citizenId] : std::as_const(cases)) {
            if (auto added = add(QStringLiteral("cases"), caseId, audience, enter, version); !added)
                return added;
            if (!citizenId.isNull()) {
                if (auto added = add(QStringLiteral("citizens"), citizenId.toLongLong(), audience,
                                     enter, version);
                    !added)
                    return added;
            }
        }
    }
    return true;
}

// A delegate sees the approver's steps and their subjects (see scopesql.cpp). Records the
// approver's undecided steps, their missions and claims, and the files attached to those
// (which sync does not send with their owner) for the delegate. Steps addressed to any of
// the approver's roles are recorded whatever their unit: on pull, each row is sent or
// dropped only as the viewer's scope then says.
Expected<bool, QString> ScopeTracker::delegatedReach(qint64 approverId, qint64 delegateId,
                                                     bool enter, qint64 version)
{
    QList<std::tuple<qint64, QString, qint64>> steps; // id, subject type, subject id
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, subject_type, subject_id FROM approval_steps WHERE decision = 'pending'"
        " AND deleted = 0 AND (approver_id = ? OR approver_role IN"
        " (SELECT role FROM user_roles WHERE user_id = ?)) ORDER BY id"));
    query.addBindValue(approverId);
    query.addBindValue(approverId);
    if (!query.exec())
        return query.lastError().text();
    while (query.next())
        steps.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()});

    const QString audience = user(delegateId);
    QSet<QString> subjects;
    for (const auto &[stepId, subjectType, subjectId] : std::as_const(steps)) {
        if (auto added = add(QStringLiteral("approval_steps"), stepId, audience, enter, version);
            !added)
            return added;
        QString table, files;
        if (subjectType == QLatin1String("mission")) {
            table = QStringLiteral("missions");
            files = QStringLiteral("SELECT id FROM attachments WHERE owner_type = 'mission'"
                                   " AND owner_id = ? AND deleted = 0");
        } else if (subjectType == QLatin1String("expense_claim")) {
            table = QStringLiteral("expense_claims");
            files = QStringLiteral(
                "SELECT a.id FROM attachments a JOIN expense_lines l ON l.id = a.owner_id"
                " WHERE a.owner_type = 'expense_line' AND l.claim_id = ? AND a.deleted = 0");
        } else {
            continue;
        }
        if (subjects.contains(table + QString::number(subjectId)))
            continue;
        subjects.insert(table + QString::number(subjectId));
        if (auto added = add(table, subjectId, audience, enter, version); !added)
            return added;
        query.prepare(files);
        query.addBindValue(subjectId);
        if (!query.exec())
            return query.lastError().text();
        QList<qint64> attachments;
        while (query.next())
            attachments << query.value(0).toLongLong();
        for (qint64 attachment : std::as_const(attachments)) {
            if (auto added =
                    add(QStringLiteral("attachments"), attachment, audience, enter, version);
                !added)
                return added;
        }
    }
    return true;
}

// A delegation written: its delegate gains sight of the approver's work (a new or
// lengthened delegation, or a new delegate) or loses it (deleted, shortened, another
// delegate). Sync judges each row by the scope at pull time, so a row still visible
// through another delegation is not dropped.
Expected<bool, QString> ScopeTracker::delegationChanged(const QVariantMap &before,
                                                        const QVariantMap &after, qint64 version)
{
    const auto live = [](const QVariantMap &row) {
        return !row.isEmpty() && row.value(QStringLiteral("deleted")).toInt() == 0;
    };
    const qint64 oldDelegate = live(before) ? idOf(before, "delegate_id") : 0;
    const qint64 newDelegate = live(after) ? idOf(after, "delegate_id") : 0;
    const qint64 oldApprover = idOf(before, "approver_id");
    const qint64 newApprover = idOf(after, "approver_id");
    const bool samePair = oldDelegate == newDelegate && oldApprover == newApprover;
    if (oldDelegate && (!samePair || idOf(after, "ends_at") < idOf(before, "ends_at"))) {
        if (auto done = delegatedReach(oldApprover, oldDelegate, false, version); !done)
            return done;
    }
    if (newDelegate && (!samePair || idOf(after, "ends_at") > idOf(before, "ends_at") ||
                        idOf(after, "starts_at") != idOf(before, "starts_at"))) {
        if (auto done = delegatedReach(newApprover, newDelegate, true, version); !done)
            return done;
    }
    return true;
}

Expected<bool, QString> ScopeTracker::record(const Entities::EntityDef &entity,
                                             const QVariantMap &before, const QVariantMap &after,
                                             qint64 version)
{
    const QVariantMap &row = after.isEmpty() ? before : after;
    const qint64 rowId = idOf(row, "id");

    // A new row reaches its audience by its version, and a tombstone too: only changes
    // of audience on a living row are recorded.
    if (!before.isEmpty() && !after.isEmpty()) {
        const QSet<QString> was = directAudiences(entity.name, before);
        const QSet<QString> now = directAudiences(entity.name, after);
        for (const QString &audience : was - now) {
            if (auto added = add(entity.name, rowId, audience, false, version); !added)
                return added;
        }
        for (const QString &audience : now - was) {
            if (auto added = add(entity.name, rowId, audience, true, version); !added)
                return added;
        }
    }

    if (entity.name == QLatin1String("delegations"))
        return delegationChanged(before, after, version);

    // Reach through missions.
    if (entity.name == QLatin1String("mission_assignees")) {
        if (!before.isEmpty() &&
            (after.isEmpty() || idOf(before, "user_id") != idOf(after, "user_id"))) {
            if (auto done = missionReach(idOf(before, "mission_id"), 0, idOf(before, "user_id"),
                                         false, version);
                !done)
                return done;
        }
        if (!after.isEmpty() &&
            (before.isEmpty() || idOf(before, "user_id") != idOf(after, "user_id"))) {
            if (auto done = missionReach(idOf(after, "mission_id"), 0, idOf(after, "user_id"), true,
                                         version);
                !done)
                return done;
        }
    } else if (entity.name == QLatin1String("mission_cases")) {
        if (!before.isEmpty() &&
            (after.isEmpty() || idOf(before, "case_id") != idOf(after, "case_id"))) {
            if (auto done = missionReach(idOf(before, "mission_id"), idOf(before, "case_id"), 0,
                                         false, version);
                !done)
                return done;
        }
        if (!after.isEmpty() &&
            (before.isEmpty() || idOf(before, "case_id") != idOf(after, "case_id"))) {
            if (auto done = missionReach(idOf(after, "mission_id"), idOf(after, "case_id"), 0, true,
                                         version);
                !done)
                return done;
        }
    } else if (entity.name == QLatin1String("cases") && !before.isEmpty() && !after.isEmpty() &&
               before.value(QStringLiteral("citizen_id")) !=
                   after.value(QStringLiteral("citizen_id"))) {
        // The officers of the case's missions now reach another citizen.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT DISTINCT ma.user_id FROM mission_cases mc JOIN "
                                     "mission_assignees ma ON ma.mission_id = mc.mission_id AND "
                                     "ma.deleted = 0 WHERE mc.case_id = ? AND mc.deleted = 0"));
        query.addBindValue(rowId);
        if (!query.exec())
            return query.lastError().text();
        QList<qint64> officers;
        while (query.next())
            officers << query.value(0).toLongLong();
        for (qint64 officer : std::as_const(officers)) {
            const QVariant oldCitizen = before.value(QStringLiteral("citizen_id"));
            const QVariant newCitizen = after.value(QStringLiteral("citizen_id"));
            if (!oldCitizen.isNull()) {
                if (auto added = add(QStringLiteral("citizens"), oldCitizen.toLongLong(),
                                     user(officer), false, version);
                    !added)
                    return added;
            }
            if (!newCitizen.isNull()) {
                if (auto added = add(QStringLiteral("citizens"), newCitizen.toLongLong(),
                                     user(officer), true, version);
                    !added)
                    return added;
            }
        }
    }
    return true;
}

} // namespace Shahrvand::EntityStore
