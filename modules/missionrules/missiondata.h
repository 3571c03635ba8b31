#pragma once

#include "approvalchain.h"
#include "expected.h"
#include "expensepolicy.h"
#include "principal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Shahrvand::MissionRules {

// What the mission and expense rules read from the server's database, inside the write's
// transaction. Rows come back as JSON objects keyed by column (the shape the shared rules'
// fromRow() readers take). Errors are the database's text, for the log.
class MissionData final
{
public:
    explicit MissionData(QSqlDatabase &db);

    // A live row of `table` (missions, expense_claims); nothing when missing or deleted.
    Expected<std::optional<QJsonObject>, QString> row(const QString &table, qint64 id);
    Expected<QSet<UserId>, QString> assignees(qint64 missionId);
    // The claim's live lines, receipts attached as files counted (attachments rows).
    Expected<QList<Missions::ExpenseLine>, QString> claimLines(qint64 claimId);
    // The lines of the claimant's other claims that still count for duplicates.
    Expected<QList<Missions::ExpenseLine>, QString> otherClaimsLines(qint64 claimantId,
                                                                     qint64 claimId);
    Expected<QList<Missions::ExpensePolicy>, QString> expensePolicies();
    Expected<QList<Missions::ApprovalRule>, QString> approvalRules();
    // The unit, its parent, ... up to the root.
    Expected<QList<OrgUnitId>, QString> unitAncestry(OrgUnitId unit);
    Expected<QList<Missions::StepFacts>, QString> subjectSteps(const QString &subjectType,
                                                               qint64 subjectId);
    // The approvers who delegated to `delegate` with a delegation in force at `now`.
    Expected<QList<Access::Principal>, QString> delegators(UserId delegate, const QDateTime &now);
    Expected<QSet<Access::Role>, QString> roles(UserId user);
    // The mission's linked cases with an outcome written: case id -> outcome.
    Expected<QList<std::pair<qint64, QString>>, QString> caseOutcomes(qint64 missionId);

private:
    Expected<QList<QJsonObject>, QString> select(const QString &sql, const QVariantList &values);

    QSqlDatabase &m_db;
};

} // namespace Shahrvand::MissionRules
