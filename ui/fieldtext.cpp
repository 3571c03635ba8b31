#include "fieldtext.h"

#include "entitydef.h"
#include "jalalidate.h"
#include "language.h"
#include "money.h"
#include "role.h"
#include "trackingcode.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Shahrvand::Ui {

namespace {

using Table = QHash<QString, const char *>;

QString lookUp(const Table &table, QStringView key)
{
    const auto found = table.constFind(key.toString());
    if (found == table.cend())
        return key.toString();
    return FieldText::tr(found.value());
}

qint64 toInteger(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger();
}

QString formatTimestamp(const QJsonValue &value, const QLocale &locale)
{
    const qint64 ms = toInteger(value);
    return formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), DateStyle::Long,
                                locale);
}

QString formatDate(const QJsonValue &value, const QLocale &locale)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        return value.toString();
    return formatJalaliDate(date, DateStyle::Long, locale);
}

QString formatJson(const QJsonValue &value, const QLocale &locale)
{
    if (value.isArray()) {
        QStringList parts;
        bool allText = true;
        for (const QJsonValue &item : value.toArray()) {
            allText = allText && (item.isString() || item.isDouble());
            parts << (item.isDouble() ? locale.toString(item.toDouble()) : item.toString());
        }
        if (allText) {
            const QString separator = languageOf(locale) == Language::Persian
                                          ? QStringLiteral("\u060C ")
                                          : QStringLiteral(", ");
            return parts.join(separator);
        }
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString formatNumber(const QJsonValue &value, const QLocale &locale)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == static_cast<double>(static_cast<qint64>(number)))
            return locale.toString(static_cast<qint64>(number));
        return locale.toString(number, 'g', 10);
    }
    return toLocalDigits(value.toString(), locale);
}

QString formatUntyped(const QJsonValue &value, const QLocale &locale)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? FieldText::yes() : FieldText::no();
    case QJsonValue::Double:
        return formatNumber(value, locale);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return formatJson(value, locale);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QString FieldText::entityName(QStringView entity)
{
    static const Table names{
        {QStringLiteral("org_units"), QT_TR_NOOP("Organisational unit")},
        {QStringLiteral("users"), QT_TR_NOOP("User")},
        {QStringLiteral("services"), QT_TR_NOOP("Service")},
        {QStringLiteral("business_calendars"), QT_TR_NOOP("Business calendar")},
        {QStringLiteral("calendar_holidays"), QT_TR_NOOP("Holiday")},
        {QStringLiteral("sla_policies"), QT_TR_NOOP("SLA policy")},
        {QStringLiteral("routing_rules"), QT_TR_NOOP("Routing rule")},
        {QStringLiteral("expense_policies"), QT_TR_NOOP("Expense policy")},
        {QStringLiteral("approval_rules"), QT_TR_NOOP("Approval rule")},
        {QStringLiteral("citizens"), QT_TR_NOOP("Citizen")},
        {QStringLiteral("citizen_addresses"), QT_TR_NOOP("Citizen's address")},
        {QStringLiteral("citizen_phones"), QT_TR_NOOP("Citizen's phone")},
        {QStringLiteral("citizen_emails"), QT_TR_NOOP("Citizen's email")},
        {QStringLiteral("knowledge_subjects"), QT_TR_NOOP("Knowledge subject")},
        {QStringLiteral("knowledge_articles"), QT_TR_NOOP("Knowledge article")},
        {QStringLiteral("article_versions"), QT_TR_NOOP("Article version")},
        {QStringLiteral("article_services"), QT_TR_NOOP("Article's service")},
        {QStringLiteral("cases"), QT_TR_NOOP("Case")},
        {QStringLiteral("case_notes"), QT_TR_NOOP("Case note")},
        {QStringLiteral("case_status_history"), QT_TR_NOOP("Case status change")},
        {QStringLiteral("case_articles"), QT_TR_NOOP("Case's article")},
        {QStringLiteral("interactions"), QT_TR_NOOP("Interaction")},
        {QStringLiteral("survey_responses"), QT_TR_NOOP("Survey response")},
        {QStringLiteral("missions"), QT_TR_NOOP("Mission")},
        {QStringLiteral("mission_assignees"), QT_TR_NOOP("Mission member")},
        {QStringLiteral("mission_cases"), QT_TR_NOOP("Mission's case")},
        {QStringLiteral("mission_comments"), QT_TR_NOOP("Mission comment")},
        {QStringLiteral("expense_claims"), QT_TR_NOOP("Expense claim")},
        {QStringLiteral("expense_lines"), QT_TR_NOOP("Expense line")},
        {QStringLiteral("approval_steps"), QT_TR_NOOP("Approval step")},
        {QStringLiteral("delegations"), QT_TR_NOOP("Delegation")},
        {QStringLiteral("attachments"), QT_TR_NOOP("Attachment")},
    };
    return lookUp(names, entity);
}

QString FieldText::fieldLabel(QStringView field)
{
    static const Table labels{
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("actual_end"), QT_TR_NOOP("Actual end")},
        {QStringLiteral("actual_start"), QT_TR_NOOP("Actual start")},
        {QStringLiteral("address_text"), QT_TR_NOOP("Address")},
        {QStringLiteral("agent_id"), QT_TR_NOOP("Agent")},
        {QStringLiteral("amount_rials"), QT_TR_NOOP("Amount")},
        {QStringLiteral("anonymized_at"), QT_TR_NOOP("Anonymized on")},
        {QStringLiteral("answers"), QT_TR_NOOP("Answers")},
        {QStringLiteral("approver_id"), QT_TR_NOOP("Approver")},
        {QStringLiteral("approver_role"), QT_TR_NOOP("Approver role")},
        {QStringLiteral("approver_unit_id"), QT_TR_NOOP("Approver unit")},
        {QStringLiteral("article_id"), QT_TR_NOOP("Article")},
        {QStringLiteral("article_type"), QT_TR_NOOP("Article type")},
        {QStringLiteral("author_id"), QT_TR_NOOP("Author")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("blob_sha256"), QT_TR_NOOP("File fingerprint")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("breach_actions"), QT_TR_NOOP("Actions on breach")},
        {QStringLiteral("budgeted"), QT_TR_NOOP("Budgeted")},
        {QStringLiteral("calendar_id"), QT_TR_NOOP("Calendar")},
        {QStringLiteral("case_id"), QT_TR_NOOP("Case")},
        {QStringLiteral("case_priority"), QT_TR_NOOP("Case priority")},
        {QStringLiteral("change_note"), QT_TR_NOOP("Change note")},
        {QStringLiteral("changed_at"), QT_TR_NOOP("Changed on")},
        {QStringLiteral("changed_by"), QT_TR_NOOP("Changed by")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("citizen_id"), QT_TR_NOOP("Citizen")},
        {QStringLiteral("claim_cap_rials"), QT_TR_NOOP("Cap per claim")},
        {QStringLiteral("claim_id"), QT_TR_NOOP("Expense claim")},
        {QStringLiteral("claimant_id"), QT_TR_NOOP("Claimant")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("Closed on")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("consent_email"), QT_TR_NOOP("Agrees to email")},
        {QStringLiteral("consent_sms"), QT_TR_NOOP("Agrees to SMS")},
        {QStringLiteral("content_type"), QT_TR_NOOP("File type")},
        {QStringLiteral("contract_number"), QT_TR_NOOP("Contract number")},
        {QStringLiteral("created_by"), QT_TR_NOOP("Created by")},
        {QStringLiteral("daily_cap_rials"), QT_TR_NOOP("Daily cap")},
        {QStringLiteral("decided_at"), QT_TR_NOOP("Decided on")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("default_priority"), QT_TR_NOOP("Default priority")},
        {QStringLiteral("delegate_id"), QT_TR_NOOP("Delegate")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("destination_name"), QT_TR_NOOP("Destination")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Display name")},
        {QStringLiteral("district_id"), QT_TR_NOOP("District")},
        {QStringLiteral("duplicate_of_id"), QT_TR_NOOP("Duplicate of")},
        {QStringLiteral("e164"), QT_TR_NOOP("Phone number")},
        {QStringLiteral("effective_date"), QT_TR_NOOP("Effective date")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("ended_at"), QT_TR_NOOP("Ended at")},
        {QStringLiteral("ends_at"), QT_TR_NOOP("Ends at")},
        {QStringLiteral("expense_type"), QT_TR_NOOP("Expense type")},
        {QStringLiteral("expires_at"), QT_TR_NOOP("Expires on")},
        {QStringLiteral("father_name"), QT_TR_NOOP("Father's name")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File name")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("first_name_latin"), QT_TR_NOOP("First name (Latin)")},
        {QStringLiteral("first_responded_at"), QT_TR_NOOP("First response on")},
        {QStringLiteral("first_response_due_at"), QT_TR_NOOP("First response due")},
        {QStringLiteral("first_response_minutes"), QT_TR_NOOP("First response time (minutes)")},
        {QStringLiteral("follow_up_of_id"), QT_TR_NOOP("Follow-up of")},
        {QStringLiteral("from_status"), QT_TR_NOOP("From status")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("holiday_date"), QT_TR_NOOP("Holiday")},
        {QStringLiteral("internal"), QT_TR_NOOP("Internal")},
        {QStringLiteral("is_primary"), QT_TR_NOOP("Primary")},
        {QStringLiteral("keywords"), QT_TR_NOOP("Keywords")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("label"), QT_TR_NOOP("Label")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("last_name_latin"), QT_TR_NOOP("Last name (Latin)")},
        {QStringLiteral("latitude"), QT_TR_NOOP("Latitude")},
        {QStringLiteral("linked_by"), QT_TR_NOOP("Linked by")},
        {QStringLiteral("longitude"), QT_TR_NOOP("Longitude")},
        {QStringLiteral("major_version"), QT_TR_NOOP("Major version")},
        {QStringLiteral("merged_into_id"), QT_TR_NOOP("Merged into")},
        {QStringLiteral("min_amount_rials"), QT_TR_NOOP("Minimum amount")},
        {QStringLiteral("minor_version"), QT_TR_NOOP("Minor version")},
        {QStringLiteral("mission_id"), QT_TR_NOOP("Mission")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("name_en"), QT_TR_NOOP("English name")},
        {QStringLiteral("name_fa"), QT_TR_NOOP("Persian name")},
        {QStringLiteral("national_id"), QT_TR_NOOP("National ID")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("on_behalf_of_id"), QT_TR_NOOP("On behalf of")},
        {QStringLiteral("order_number"), QT_TR_NOOP("Order number")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("owner_strategy"), QT_TR_NOOP("Owner assignment")},
        {QStringLiteral("owner_type"), QT_TR_NOOP("Attached to")},
        {QStringLiteral("owner_unit_id"), QT_TR_NOOP("Owning unit")},
        {QStringLiteral("parent_case_id"), QT_TR_NOOP("Parent case")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Parent")},
        {QStringLiteral("planned_end"), QT_TR_NOOP("Planned end")},
        {QStringLiteral("planned_start"), QT_TR_NOOP("Planned start")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("preferred_channel"), QT_TR_NOOP("Preferred channel")},
        {QStringLiteral("preferred_language"), QT_TR_NOOP("Preferred language")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("publish_at"), QT_TR_NOOP("Publish on")},
        {QStringLiteral("purpose"), QT_TR_NOOP("Purpose")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("receipt_required_above_rials"), QT_TR_NOOP("Receipt required above")},
        {QStringLiteral("receipt_sha256"), QT_TR_NOOP("Receipt fingerprint")},
        {QStringLiteral("reference_number"), QT_TR_NOOP("Reference number")},
        {QStringLiteral("report"), QT_TR_NOOP("Report")},
        {QStringLiteral("requested_by"), QT_TR_NOOP("Requested by")},
        {QStringLiteral("resolution"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("resolution_article_id"), QT_TR_NOOP("Resolution article")},
        {QStringLiteral("resolution_due_at"), QT_TR_NOOP("Resolution due")},
        {QStringLiteral("resolution_minutes"), QT_TR_NOOP("Resolution time (minutes)")},
        {QStringLiteral("resolved_at"), QT_TR_NOOP("Resolved on")},
        {QStringLiteral("resolved_case"), QT_TR_NOOP("Resolved the case")},
        {QStringLiteral("resolved_case_count"), QT_TR_NOOP("Cases resolved")},
        {QStringLiteral("responded_at"), QT_TR_NOOP("Responded on")},
        {QStringLiteral("responsible_unit_id"), QT_TR_NOOP("Responsible unit")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("service_id"), QT_TR_NOOP("Service")},
        {QStringLiteral("size"), QT_TR_NOOP("Size")},
        {QStringLiteral("sla_paused_at"), QT_TR_NOOP("SLA paused on")},
        {QStringLiteral("sla_paused_ms"), QT_TR_NOOP("SLA paused for")},
        {QStringLiteral("sla_policy_id"), QT_TR_NOOP("SLA policy")},
        {QStringLiteral("spent_on"), QT_TR_NOOP("Spent on")},
        {QStringLiteral("started_at"), QT_TR_NOOP("Started at")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("Starts at")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("status_reason"), QT_TR_NOOP("Reason for the status")},
        {QStringLiteral("step"), QT_TR_NOOP("Step")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("subject_id"), QT_TR_NOOP("Subject")},
        {QStringLiteral("subject_type"), QT_TR_NOOP("Subject type")},
        {QStringLiteral("submitted_at"), QT_TR_NOOP("Submitted on")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("team_id"), QT_TR_NOOP("Team")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("time_zone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("to_status"), QT_TR_NOOP("To status")},
        {QStringLiteral("total_rials"), QT_TR_NOOP("Total")},
        {QStringLiteral("tracking_code"), QT_TR_NOOP("Tracking code")},
        {QStringLiteral("transport"), QT_TR_NOOP("Means of transport")},
        {QStringLiteral("unit_id"), QT_TR_NOOP("Unit")},
        {QStringLiteral("uploaded_by"), QT_TR_NOOP("Uploaded by")},
        {QStringLiteral("user_id"), QT_TR_NOOP("User")},
        {QStringLiteral("username"), QT_TR_NOOP("User name")},
        {QStringLiteral("vendor"), QT_TR_NOOP("Vendor")},
        {QStringLiteral("verified"), QT_TR_NOOP("Verified")},
        {QStringLiteral("visibility"), QT_TR_NOOP("Visibility")},
        {QStringLiteral("warning_actions"), QT_TR_NOOP("Warning actions")},
        {QStringLiteral("warning_percent"), QT_TR_NOOP("Warning at (percent)")},
        {QStringLiteral("working_hours"), QT_TR_NOOP("Working hours")},
        {QStringLiteral("id"), QT_TR_NOOP("Number")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created on")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Updated on")},
        {QStringLiteral("custom_fields"), QT_TR_NOOP("Custom fields")},
    };
    return lookUp(labels, field);
}

QString FieldText::codeText(QStringView code)
{
    if (const auto role = Access::roleFromCode(code))
        return Access::roleDisplayName(*role);
    static const Table words{
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("walk_in"), QT_TR_NOOP("In person")},
        {QStringLiteral("web"), QT_TR_NOOP("Website")},
        {QStringLiteral("mobile_app"), QT_TR_NOOP("Mobile app")},
        {QStringLiteral("sms"), QT_TR_NOOP("SMS")},
        {QStringLiteral("telegram"), QT_TR_NOOP("Telegram")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("fax"), QT_TR_NOOP("Fax")},
        {QStringLiteral("letter"), QT_TR_NOOP("Letter")},
        {QStringLiteral("low"), QT_TR_NOOP("Low")},
        {QStringLiteral("normal"), QT_TR_NOOP("Normal")},
        {QStringLiteral("high"), QT_TR_NOOP("High")},
        {QStringLiteral("urgent"), QT_TR_NOOP("Urgent")},
        {QStringLiteral("new"), QT_TR_NOOP("New")},
        {QStringLiteral("assigned"), QT_TR_NOOP("Assigned")},
        {QStringLiteral("in_progress"), QT_TR_NOOP("In progress")},
        {QStringLiteral("waiting_citizen"), QT_TR_NOOP("Waiting for the citizen")},
        {QStringLiteral("escalated"), QT_TR_NOOP("Escalated")},
        {QStringLiteral("resolved"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("district"), QT_TR_NOOP("District")},
        {QStringLiteral("team"), QT_TR_NOOP("Team")},
        {QStringLiteral("female"), QT_TR_NOOP("Female")},
        {QStringLiteral("male"), QT_TR_NOOP("Male")},
        {QStringLiteral("unspecified"), QT_TR_NOOP("Unspecified")},
        {QStringLiteral("faq"), QT_TR_NOOP("FAQ")},
        {QStringLiteral("instruction"), QT_TR_NOOP("Instruction")},
        {QStringLiteral("article"), QT_TR_NOOP("Article")},
        {QStringLiteral("regulation"), QT_TR_NOOP("Regulation")},
        {QStringLiteral("draft"), QT_TR_NOOP("Draft")},
        {QStringLiteral("in_review"), QT_TR_NOOP("In review")},
        {QStringLiteral("approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("published"), QT_TR_NOOP("Published")},
        {QStringLiteral("archived"), QT_TR_NOOP("Archived")},
        {QStringLiteral("issued"), QT_TR_NOOP("Issued")},
        {QStringLiteral("completed_needs_followup"), QT_TR_NOOP("Completed, needs follow-up")},
        {QStringLiteral("completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("submitted"), QT_TR_NOOP("Submitted")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("returned"), QT_TR_NOOP("Returned")},
        {QStringLiteral("withdrawn"), QT_TR_NOOP("Withdrawn")},
        {QStringLiteral("paid"), QT_TR_NOOP("Paid")},
        {QStringLiteral("transport"), QT_TR_NOOP("Transport")},
        {QStringLiteral("lodging"), QT_TR_NOOP("Lodging")},
        {QStringLiteral("per_diem"), QT_TR_NOOP("Per diem")},
        {QStringLiteral("meals"), QT_TR_NOOP("Meals")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("internal"), QT_TR_NOOP("Internal")},
        {QStringLiteral("public"), QT_TR_NOOP("Public")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("landline"), QT_TR_NOOP("Landline")},
        {QStringLiteral("inbound"), QT_TR_NOOP("Incoming")},
        {QStringLiteral("outbound"), QT_TR_NOOP("Outgoing")},
        {QStringLiteral("none"), QT_TR_NOOP("None")},
        {QStringLiteral("round_robin"), QT_TR_NOOP("In turn")},
        {QStringLiteral("least_loaded"), QT_TR_NOOP("Least loaded")},
        {QStringLiteral("fixed"), QT_TR_NOOP("Fixed person")},
        {QStringLiteral("leader"), QT_TR_NOOP("Leader")},
        {QStringLiteral("member"), QT_TR_NOOP("Member")},
        {QStringLiteral("driver"), QT_TR_NOOP("Driver")},
        {QStringLiteral("mission"), QT_TR_NOOP("Mission")},
        {QStringLiteral("expense_claim"), QT_TR_NOOP("Expense claim")},
        {QStringLiteral("knowledge_article"), QT_TR_NOOP("Knowledge article")},
        {QStringLiteral("case"), QT_TR_NOOP("Case")},
        {QStringLiteral("citizen"), QT_TR_NOOP("Citizen")},
        {QStringLiteral("expense_line"), QT_TR_NOOP("Expense line")},
    };
    return lookUp(words, code);
}

QString FieldText::yes()
{
    return tr("Yes");
}

QString FieldText::no()
{
    return tr("No");
}

QString FieldText::displayValue(QStringView entity, QStringView field, const QJsonValue &value,
                                const QLocale &locale)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (field == u"created_at" || field == u"updated_at")
        return formatTimestamp(value, locale);
    if (field == u"id" || field == u"version")
        return toLocalDigits(QString::number(toInteger(value)), locale);

    const Entities::EntityDef *definition = Entities::findEntity(entity);
    const Entities::FieldDef *def = definition ? definition->field(field) : nullptr;
    if (!def)
        return formatUntyped(value, locale);

    switch (def->type) {
    case Entities::FieldType::Boolean:
        return (value.isBool() ? value.toBool() : toInteger(value) != 0) ? yes() : no();
    case Entities::FieldType::Date:
        return formatDate(value, locale);
    case Entities::FieldType::Timestamp:
        return formatTimestamp(value, locale);
    case Entities::FieldType::Money:
        return Money::fromRials(toInteger(value)).format(locale);
    case Entities::FieldType::Reference:
    case Entities::FieldType::Integer:
    case Entities::FieldType::Real:
        return formatNumber(value, locale);
    case Entities::FieldType::JsonObject:
    case Entities::FieldType::JsonArray:
        return formatJson(value, locale);
    case Entities::FieldType::Text:
        break;
    }

    const QString text = value.isString() ? value.toString() : formatUntyped(value, locale);
    if (!def->allowedValues.isEmpty())
        return codeText(text);
    if (def->check == Entities::FieldCheck::LanguageCode) {
        if (const auto language = languageFromCode(text))
            return nativeLanguageName(*language);
        return text;
    }
    // Identifiers read left to right in any language. A left-to-right embedding keeps them
    // whole in Persian text: "794-PFK-3QF" would otherwise show as "PFK-3QF-794", and a
    // masked national ID "******۵۶۷۸" with its stars after the digits.
    const auto leftToRight = [](const QString &identifier) {
        return QChar(0x202A) + identifier + QChar(0x202C);
    };
    if (def->check == Entities::FieldCheck::TrackingCode) {
        if (const auto code = TrackingCode::parse(text))
            return leftToRight(code->displayForm());
        return leftToRight(text);
    }
    // Numbers the user reads back (IDs, order and postal numbers) are shown in the
    // interface's digits.
    static const QStringList numberLike{
        QStringLiteral("order_number"), QStringLiteral("reference_number"),
        QStringLiteral("contract_number"), QStringLiteral("postal_code")};
    if (def->check == Entities::FieldCheck::NationalId ||
        def->check == Entities::FieldCheck::Phone || numberLike.contains(def->name))
        return leftToRight(toLocalDigits(text, locale));
    return text;
}

} // namespace Shahrvand::Ui
