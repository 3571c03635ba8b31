// The entities of the API and of sync: their fields, who may see their rows and who may
// write them. Columns not listed here (search_text, password hashes) never leave the
// server; id, version, deleted, created_at, updated_at and custom_fields are common to
// all and handled by the code that reads and writes rows.
#include "entitydef.h"
#include "vocabulary.h"

namespace Shahrvand::Entities {

namespace {

using Access::Role;
namespace V = Vocabulary;

FieldDef field(const char *name, FieldType type)
{
    FieldDef def;
    def.name = QString::fromLatin1(name);
    def.type = type;
    return def;
}
FieldDef text(const char *name, int max = 0)
{
    FieldDef def = field(name, FieldType::Text);
    def.maxLength = max;
    return def;
}
FieldDef ref(const char *name, const char *entity)
{
    FieldDef def = field(name, FieldType::Reference);
    def.references = QString::fromLatin1(entity);
    return def;
}
FieldDef choice(const char *name, const QStringList &values)
{
    return text(name, 64).oneOf(values);
}
FieldDef integer(const char *name)
{
    return field(name, FieldType::Integer);
}
FieldDef boolean(const char *name)
{
    return field(name, FieldType::Boolean);
}
FieldDef real(const char *name)
{
    return field(name, FieldType::Real);
}
FieldDef date(const char *name)
{
    return field(name, FieldType::Date);
}
FieldDef timestamp(const char *name)
{
    return field(name, FieldType::Timestamp);
}
FieldDef money(const char *name)
{
    return field(name, FieldType::Money);
}
FieldDef jsonObject(const char *name)
{
    return field(name, FieldType::JsonObject);
}
FieldDef jsonArray(const char *name)
{
    return field(name, FieldType::JsonArray);
}

ScopeRule scope(ScopeKind kind, const char *unitColumn = "", const char *ownerColumn = "")
{
    ScopeRule rule;
    rule.kind = kind;
    rule.unitColumn = QString::fromLatin1(unitColumn);
    rule.ownerColumn = QString::fromLatin1(ownerColumn);
    return rule;
}
ScopeRule everyone()
{
    return scope(ScopeKind::Everyone);
}
ScopeRule childOf(const char *parent, const char *column)
{
    ScopeRule rule = scope(ScopeKind::ChildOf);
    rule.parentEntity = QString::fromLatin1(parent);
    rule.parentColumn = QString::fromLatin1(column);
    return rule;
}
// The type codes are the singular names the schema documents.
ScopeRule childOfAny(const char *typeColumn, const char *idColumn, QMap<QString, QString> types)
{
    ScopeRule rule = scope(ScopeKind::ChildOfAny);
    rule.parentTypeColumn = QString::fromLatin1(typeColumn);
    rule.parentColumn = QString::fromLatin1(idColumn);
    rule.parentTypes = std::move(types);
    return rule;
}

QStringList roleCodes()
{
    QStringList codes;
    for (Role role : Access::allRoles())
        codes << Access::roleCode(role);
    return codes;
}

const QSet<Role> frontOffice{Role::Agent, Role::SeniorAgent, Role::Supervisor, Role::Administrator};
const QSet<Role> administrators{Role::Administrator};
const QSet<Role> knowledgeEditors{Role::KnowledgeAuthor, Role::KnowledgeApprover,
                                  Role::Administrator};
const QSet<Role> missionEditors{Role::Supervisor, Role::SeniorAgent, Role::FieldOfficer,
                                Role::Administrator};

QList<EntityDef> build()
{
    QList<EntityDef> entities;
    auto add = [&entities](const char *name, ScopeRule scope, QSet<Role> writers,
                           QList<FieldDef> fields) {
        EntityDef entity;
        entity.name = QString::fromLatin1(name);
        entity.scope = std::move(scope);
        entity.writers = std::move(writers);
        entity.fields = std::move(fields);
        for (const FieldDef &f : std::as_const(entity.fields))
            entity.hasSearchText = entity.hasSearchText || f.searchable;
        entities << entity;
    };

    // Organisation and reference data: everyone sees it, administrators change it.
    add("org_units", everyone(), administrators,
        {ref("parent_id", "org_units"), choice("kind", V::unitKinds).require(),
         text("code", 64).require(), text("name_fa", 200).require(), text("name_en", 200).require(),
         integer("tier")});
    add("users", everyone(), {},
        {text("username", 64).serverManaged(), text("display_name", 200).serverManaged(),
         boolean("active").serverManaged(),
         text("language", 8).checked(FieldCheck::LanguageCode).serverManaged()});
    add("services", everyone(), administrators,
        {ref("parent_id", "services"), text("code", 64).require(),
         text("name_fa", 200).require().search(), text("name_en", 200).require().search(),
         ref("responsible_unit_id", "org_units"), choice("default_priority", V::priorities),
         text("keywords", 1000).search(), boolean("active")});
    add("business_calendars", everyone(), administrators,
        {text("name_fa", 200).require(), text("name_en", 200).require(), text("time_zone", 64),
         jsonObject("working_hours").require()});
    add("calendar_holidays", everyone(), administrators,
        {ref("calendar_id", "business_calendars").require(), date("holiday_date").require(),
         text("description", 300)});
    add("sla_policies", everyone(), administrators,
        {text("name", 200).require(), ref("service_id", "services"),
         choice("priority", V::priorities), ref("calendar_id", "business_calendars"),
         integer("first_response_minutes").require(), integer("resolution_minutes").require(),
         integer("warning_percent"), jsonArray("warning_actions"), jsonArray("breach_actions")});
    add("routing_rules", everyone(), administrators,
        {integer("position").require(), ref("service_id", "services"),
         ref("district_id", "org_units"), choice("channel", V::channels), text("keywords", 1000),
         choice("case_priority", V::priorities), ref("team_id", "org_units").require(),
         choice("owner_strategy", {QStringLiteral("none"), QStringLiteral("round_robin"),
                                   QStringLiteral("least_loaded"), QStringLiteral("fixed")}),
         ref("owner_id", "users"), boolean("active")});
    add("expense_policies", everyone(), {Role::Administrator, Role::FinanceApprover},
        {choice("expense_type", V::expenseTypes).require(), choice("role", roleCodes()),
         money("daily_cap_rials"), money("claim_cap_rials"),
         money("receipt_required_above_rials")});
    add("approval_rules", everyone(), administrators,
        {choice("subject_type", {QStringLiteral("mission"), QStringLiteral("expense_claim")})
             .require(),
         ref("unit_id", "org_units"), money("min_amount_rials"), integer("step").require(),
         choice("approver_role", roleCodes()).require()});

    // Citizens.
    add("citizens", scope(ScopeKind::Citizen), frontOffice,
        {text("national_id", 10).isNationalId(), text("first_name", 100).search(),
         text("last_name", 100).search(), text("first_name_latin", 100).search(),
         text("last_name_latin", 100).search(), text("father_name", 100), date("birth_date"),
         choice("gender", V::genders), choice("preferred_channel", V::channels),
         text("preferred_language", 8).checked(FieldCheck::LanguageCode), boolean("consent_sms"),
         boolean("consent_email"), jsonArray("tags"), text("notes", 4000),
         ref("merged_into_id", "citizens").serverManaged(),
         timestamp("anonymized_at").serverManaged()});
    add("citizen_addresses", childOf("citizens", "citizen_id"), frontOffice,
        {ref("citizen_id", "citizens").require(), text("label", 100),
         text("address_text", 1000).require(), ref("district_id", "org_units"),
         text("postal_code", 10), real("latitude"), real("longitude"), boolean("is_primary")});
    add("citizen_phones", childOf("citizens", "citizen_id"), frontOffice,
        {ref("citizen_id", "citizens").require(), text("e164", 16).require().isPhone(),
         choice("kind", {QStringLiteral("mobile"), QStringLiteral("landline")}).serverManaged(),
         boolean("is_primary"), boolean("verified").serverManaged()});
    add("citizen_emails", childOf("citizens", "citizen_id"), frontOffice,
        {ref("citizen_id", "citizens").require(),
         text("email", 254).require().checked(FieldCheck::Email), boolean("is_primary")});

    // Knowledge.
    add("knowledge_subjects", everyone(), knowledgeEditors,
        {ref("parent_id", "knowledge_subjects"), text("name_fa", 200).require(),
         text("name_en", 200).require()});
    // The front office writes articles too, but only to propose them (in review, after
    // that the knowledge team's): KnowledgeRules::ArticleWriteRules.
    add("knowledge_articles", scope(ScopeKind::KnowledgeArticle),
        knowledgeEditors + QSet<Role>{Role::Agent, Role::SeniorAgent, Role::Supervisor},
        {choice("article_type", V::articleTypes).require(), ref("subject_id", "knowledge_subjects"),
         text("language", 8).checked(FieldCheck::LanguageCode),
         text("title", 300).require().search(), text("body", 200000).search(),
         text("keywords", 1000).search(), choice("status", V::articleStatuses),
         integer("major_version").serverManaged(), integer("minor_version").serverManaged(),
         choice("visibility", {QStringLiteral("internal"), QStringLiteral("public")}),
         text("reference_number", 100), date("effective_date"), timestamp("publish_at"),
         timestamp("expires_at"), ref("author_id", "users").serverManaged(),
         ref("owner_unit_id", "org_units"), integer("resolved_case_count").serverManaged()});
    add("article_versions", childOf("knowledge_articles", "article_id"), {},
        {ref("article_id", "knowledge_articles").serverManaged(),
         integer("major_version").serverManaged(), integer("minor_version").serverManaged(),
         text("title", 300).serverManaged(), text("body", 200000).serverManaged(),
         ref("changed_by", "users").serverManaged(), text("change_note", 1000).serverManaged()});
    add("article_services", childOf("knowledge_articles", "article_id"), knowledgeEditors,
        {ref("article_id", "knowledge_articles").require(),
         ref("service_id", "services").require()});

    // Cases. status_reason: the reason for the workflow change made in the same write
    // (escalate, reopen, wait for the citizen), copied into case_status_history.
    add("cases", scope(ScopeKind::UnitOrOwner, "team_id", "owner_id"), frontOffice,
        {text("tracking_code", 16).clientProposesOnCreate().checked(FieldCheck::TrackingCode),
         ref("citizen_id", "citizens"),
         ref("service_id", "services").require(),
         choice("channel", V::channels).require(),
         choice("priority", V::priorities),
         choice("status", V::caseStatuses),
         text("subject", 300).search(),
         text("description", 10000).search(),
         ref("owner_id", "users"),
         ref("team_id", "org_units"),
         integer("tier"),
         ref("parent_case_id", "cases"),
         ref("duplicate_of_id", "cases"),
         text("address_text", 1000),
         ref("district_id", "org_units"),
         real("latitude"),
         real("longitude"),
         ref("sla_policy_id", "sla_policies").serverManaged(),
         timestamp("first_response_due_at").serverManaged(),
         timestamp("resolution_due_at").serverManaged(),
         timestamp("first_responded_at").serverManaged(),
         timestamp("sla_paused_at").serverManaged(),
         integer("sla_paused_ms").serverManaged(),
         timestamp("resolved_at").serverManaged(),
         timestamp("closed_at").serverManaged(),
         text("resolution", 10000),
         ref("resolution_article_id", "knowledge_articles"),
         ref("created_by", "users").serverManaged(),
         text("status_reason", 1000)});
    add("case_notes", childOf("cases", "case_id"), frontOffice + QSet<Role>{Role::FieldOfficer},
        {ref("case_id", "cases").require(), ref("author_id", "users").serverManaged(),
         text("body", 10000).require(), boolean("internal")});
    add("case_status_history", childOf("cases", "case_id"), {},
        {ref("case_id", "cases").serverManaged(), text("from_status", 64).serverManaged(),
         text("to_status", 64).serverManaged(), ref("team_id", "org_units").serverManaged(),
         ref("owner_id", "users").serverManaged(), integer("tier").serverManaged(),
         ref("changed_by", "users").serverManaged(), timestamp("changed_at").serverManaged(),
         text("reason", 1000).serverManaged()});
    add("case_articles", childOf("cases", "case_id"), frontOffice,
        {ref("case_id", "cases").require(), ref("article_id", "knowledge_articles").require(),
         ref("linked_by", "users").serverManaged(), boolean("resolved_case")});
    // Notices for one user, written by the server (SLA warnings and breaches, a tracking
    // code proposed offline that had to change). No sentence is stored: the kind, the case
    // and the clock are the content, and each client words it in its user's language. The
    // user may mark them read, nothing else.
    {
        const QSet<Role> everybody(Access::allRoles().cbegin(), Access::allRoles().cend());
        add("notifications", scope(ScopeKind::Recipient, "", "user_id"), everybody,
            {ref("user_id", "users").serverManaged(), ref("case_id", "cases").serverManaged(),
             choice("kind", V::notificationKinds).serverManaged(),
             text("clock", 64).serverManaged(), timestamp("read_at")});
        entities.last().serverCreatesRows = true;
    }
    // An interaction belongs to a citizen's history; one with no known caller is seen by
    // the front office only.
    add("interactions", childOf("citizens", "citizen_id"), frontOffice,
        {ref("citizen_id", "citizens"), ref("case_id", "cases"),
         choice("channel", V::channels).require(),
         choice("direction", {QStringLiteral("inbound"), QStringLiteral("outbound")}).require(),
         timestamp("started_at").require(), timestamp("ended_at"),
         ref("agent_id", "users").serverManaged(), ref("unit_id", "org_units"),
         text("notes", 10000)});
    add("survey_responses", childOf("cases", "case_id"), frontOffice,
        {ref("case_id", "cases"), ref("citizen_id", "citizens"),
         choice("channel", V::channels).require(), integer("score"), jsonObject("answers"),
         timestamp("responded_at").require()});

    // Missions.
    add("missions", scope(ScopeKind::Mission, "unit_id"), missionEditors,
        {text("order_number", 32).serverManaged(), text("purpose", 2000).require().search(),
         choice("status", V::missionStatuses), ref("unit_id", "org_units").require(),
         ref("requested_by", "users").serverManaged(), text("destination_name", 300),
         text("address_text", 1000), real("latitude"), real("longitude"),
         timestamp("planned_start"), timestamp("planned_end"), timestamp("actual_start"),
         timestamp("actual_end"), text("transport", 100), text("contract_number", 100),
         boolean("budgeted"), ref("follow_up_of_id", "missions"), text("report", 20000),
         // Written "pending" to submit for approval, "none" to take it back; the other
         // values are the approvers' (MissionRules).
         choice("approval_status", V::missionApprovalStatuses)});
    add("mission_assignees", childOf("missions", "mission_id"),
        {Role::Supervisor, Role::Administrator},
        {ref("mission_id", "missions").require(), ref("user_id", "users").require(),
         choice("role",
                {QStringLiteral("leader"), QStringLiteral("member"), QStringLiteral("driver")})});
    add("mission_cases", childOf("missions", "mission_id"), missionEditors,
        {ref("mission_id", "missions").require(), ref("case_id", "cases").require(),
         text("outcome", 4000)});
    add("mission_comments", childOf("missions", "mission_id"),
        missionEditors + QSet<Role>{Role::FinanceApprover},
        {ref("mission_id", "missions").require(), ref("unit_id", "org_units"),
         ref("author_id", "users").serverManaged(), text("body", 4000).require()});

    // Expenses and approvals.
    add("expense_claims", scope(ScopeKind::ExpenseClaim, "unit_id", "claimant_id"),
        QSet<Role>(Access::allRoles().cbegin(), Access::allRoles().cend()),
        {ref("claimant_id", "users").serverManaged(), ref("unit_id", "org_units").require(),
         ref("mission_id", "missions"), choice("status", V::claimStatuses), text("title", 300),
         money("total_rials").serverManaged(), timestamp("submitted_at").serverManaged()});
    add("expense_lines", childOf("expense_claims", "claim_id"),
        QSet<Role>(Access::allRoles().cbegin(), Access::allRoles().cend()),
        {ref("claim_id", "expense_claims").require(),
         choice("expense_type", V::expenseTypes).require(), date("spent_on").require(),
         money("amount_rials").require(), text("vendor", 200), text("description", 2000),
         text("receipt_sha256", 64)});
    add("approval_steps",
        childOfAny("subject_type", "subject_id",
                   {{QStringLiteral("mission"), QStringLiteral("missions")},
                    {QStringLiteral("expense_claim"), QStringLiteral("expense_claims")},
                    {QStringLiteral("knowledge_article"), QStringLiteral("knowledge_articles")}}),
        // Approvers record their decision (offline too) by writing decision and reason; the
        // server's approval rules (MissionRules) decide who may.
        QSet<Role>(Access::allRoles().cbegin(), Access::allRoles().cend()),
        {choice("subject_type", {QStringLiteral("mission"), QStringLiteral("expense_claim"),
                                 QStringLiteral("knowledge_article")})
             .serverManaged(),
         integer("subject_id").serverManaged(), integer("chain").serverManaged(),
         integer("step").serverManaged(), choice("approver_role", roleCodes()).serverManaged(),
         ref("approver_unit_id", "org_units").serverManaged(),
         ref("approver_id", "users").serverManaged(),
         ref("on_behalf_of_id", "users").serverManaged(), choice("decision", V::approvalDecisions),
         text("reason", 2000), timestamp("decided_at").serverManaged()});
    // The server writes the chains (on submission) and keeps them as history: no client
    // creates or deletes a step, online or offline (the cache refuses it too).
    entities.last().serverCreatesRows = true;
    add("delegations", scope(ScopeKind::OwnRows, "delegate_id", "approver_id"),
        QSet<Role>(Access::allRoles().cbegin(), Access::allRoles().cend()),
        {ref("approver_id", "users").serverManaged(), ref("delegate_id", "users").require(),
         timestamp("starts_at").require(), timestamp("ends_at").require()});

    // Files attached to any row the user may see.
    add("attachments",
        childOfAny("owner_type", "owner_id",
                   {{QStringLiteral("case"), QStringLiteral("cases")},
                    {QStringLiteral("mission"), QStringLiteral("missions")},
                    {QStringLiteral("expense_line"), QStringLiteral("expense_lines")},
                    {QStringLiteral("knowledge_article"), QStringLiteral("knowledge_articles")},
                    {QStringLiteral("citizen"), QStringLiteral("citizens")}}),
        QSet<Role>(Access::allRoles().cbegin(), Access::allRoles().cend()),
        {choice("owner_type",
                {QStringLiteral("case"), QStringLiteral("mission"), QStringLiteral("expense_line"),
                 QStringLiteral("knowledge_article"), QStringLiteral("citizen")})
             .require(),
         integer("owner_id").require(), text("blob_sha256", 64).require(),
         text("file_name", 255).require(), text("content_type", 100).require(),
         integer("size").serverManaged(), ref("uploaded_by", "users").serverManaged()});

    const QMap<QString, QString> creators{
        {QStringLiteral("cases"), QStringLiteral("created_by")},
        {QStringLiteral("case_notes"), QStringLiteral("author_id")},
        {QStringLiteral("case_articles"), QStringLiteral("linked_by")},
        {QStringLiteral("interactions"), QStringLiteral("agent_id")},
        {QStringLiteral("knowledge_articles"), QStringLiteral("author_id")},
        {QStringLiteral("missions"), QStringLiteral("requested_by")},
        {QStringLiteral("mission_comments"), QStringLiteral("author_id")},
        {QStringLiteral("expense_claims"), QStringLiteral("claimant_id")},
        {QStringLiteral("delegations"), QStringLiteral("approver_id")},
        {QStringLiteral("attachments"), QStringLiteral("uploaded_by")}};
    for (EntityDef &entity : entities)
        entity.creatorColumn = creators.value(entity.name);
    return entities;
}

} // namespace

const QList<EntityDef> &allEntities()
{
    static const QList<EntityDef> entities = build();
    return entities;
}

} // namespace Shahrvand::Entities
