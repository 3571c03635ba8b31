#pragma once

// What the mission rules' files share (private to MissionRules).
#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

#include <algorithm>

namespace Shahrvand::MissionRules {

inline const QString missionRefused = QStringLiteral("mission_action_refused");
inline const QString claimRefused = QStringLiteral("claim_action_refused");

inline QJsonObject json(const QVariantMap &row)
{
    return QJsonObject::fromVariantMap(row);
}

// Whether the write changes `column`: null and empty text are one value, and numbers
// (booleans included) are compared as numbers whatever their stored type, so sending a
// field's current value again is no change.
inline bool changes(const QVariantMap &current, const QVariantMap &columns, const QString &column)
{
    if (!columns.contains(column))
        return false;
    const QVariant before = current.value(column), after = columns.value(column);
    if (before.isNull() || after.isNull())
        return (before.isNull() ? QString() : before.toString()) !=
               (after.isNull() ? QString() : after.toString());
    bool beforeIsNumber = false, afterIsNumber = false;
    const double beforeNumber = before.toDouble(&beforeIsNumber);
    const double afterNumber = after.toDouble(&afterIsNumber);
    if (beforeIsNumber && afterIsNumber)
        return beforeNumber != afterNumber;
    return before.toString() != after.toString();
}

inline bool changesAny(const QVariantMap &current, const QVariantMap &columns,
                       const QStringList &names)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return changes(current, columns, name); });
}

} // namespace Shahrvand::MissionRules
