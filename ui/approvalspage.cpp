#include "approvalspage.h"

#include "fieldtext.h"
#include "localcache.h"
#include "role.h"

namespace Shahrvand::Ui {

namespace {

// What the step asks to approve, in words: "Expense claim: Trip to district 4".
QString subjectText(Cache::LocalCache &cache, const QJsonObject &step)
{
    const QString type = step.value(QStringLiteral("subject_type")).toString();
    const qint64 id = step.value(QStringLiteral("subject_id")).toInteger();
    QString entity;
    QString titleField;
    if (type == u"expense_claim") {
        entity = QStringLiteral("expense_claims");
        titleField = QStringLiteral("title");
    } else if (type == u"mission") {
        entity = QStringLiteral("missions");
        titleField = QStringLiteral("purpose");
    } else if (type == u"knowledge_article") {
        entity = QStringLiteral("knowledge_articles");
        titleField = QStringLiteral("title");
    }
    QString title;
    if (!entity.isEmpty()) {
        const auto row = cache.row(entity, id);
        if (row && row.value())
            title = row.value()->value(titleField).toString();
    }
    const QString what = FieldText::codeText(type);
    if (title.isEmpty())
        return what;
    return ApprovalsPage::tr("%1: %2").arg(what, title);
}

} // namespace

ApprovalsPage::ApprovalsPage(Cache::LocalCache &cache, const Access::Principal &user,
                             QWidget *parent)
    : RowListPage(Section::Approvals, cache, QStringLiteral("approval_steps"),
                  {{QStringLiteral("subject_id"), [] { return tr("Waiting for approval"); },
                    [&cache](const QJsonObject &step) { return subjectText(cache, step); }},
                   {QStringLiteral("step")},
                   {QStringLiteral("approver_role"), [] { return tr("As"); }},
                   {QStringLiteral("created_at"), [] { return tr("Waiting since"); }}},
                  parent)
{
    setRowFilter([user](const QJsonObject &step) { return awaits(step, user); });
}

bool ApprovalsPage::awaits(const QJsonObject &step, const Access::Principal &user)
{
    if (step.value(QStringLiteral("decision")).toString() != u"pending")
        return false;
    const qint64 approver = step.value(QStringLiteral("approver_id")).toInteger();
    if (approver != 0)
        return approver == user.userId.value();
    const auto role = Access::roleFromCode(step.value(QStringLiteral("approver_role")).toString());
    if (!role || !user.hasRole(*role))
        return false;
    const QJsonValue unit = step.value(QStringLiteral("approver_unit_id"));
    return unit.isNull() || unit.isUndefined() || user.seesUnit(OrgUnitId(unit.toInteger()));
}

QString ApprovalsPage::emptyText() const
{
    return tr("Nothing waits for your approval in this computer's copy.");
}

} // namespace Shahrvand::Ui
