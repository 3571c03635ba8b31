-- Shahrvand schema, version 1: the data model of the whole product.
-- One text for SQLite and PostgreSQL; {{pk}}, {{blob}} and {{real}} are replaced per backend.
-- Conventions:
--  * Every synced row has: id, version (from change_sequence, rising with every change),
--    deleted (a tombstone: the row stays so that deletes sync), created_at and updated_at
--    (milliseconds since the epoch, UTC) and custom_fields (a JSON object for fields
--    administrators define later).
--  * Times are BIGINT milliseconds (UTC); calendar dates are TEXT 'YYYY-MM-DD' (Gregorian;
--    shown in Jalali); money is BIGINT rials; booleans are INTEGER 0/1; JSON is TEXT.
--    The same types on both backends give the same behaviour on both.
--  * Enumerations (status, channel, priority, ...) are TEXT validated by the shared
--    domain libraries, not by CHECK constraints, so a workflow can grow without a
--    table rebuild.
--  * search_text columns hold normalizeForSearch() of the searchable fields.

-- The one monotonic change sequence: every write takes the next value in its
-- transaction, so versions are handed out in commit order.
CREATE TABLE change_sequence (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO change_sequence (id, value) VALUES (1, 0);

-- Organisation: departments, districts and teams in one hierarchy.
CREATE TABLE org_units (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    parent_id BIGINT REFERENCES org_units (id),
    kind TEXT NOT NULL,              -- organisation, department, district, team
    code TEXT NOT NULL UNIQUE,
    name_fa TEXT NOT NULL,
    name_en TEXT NOT NULL,
    tier INTEGER                     -- escalation tier of a team: 1 help desk, 2 specialists, 3 engineering
);
CREATE INDEX org_units_parent ON org_units (parent_id);
CREATE INDEX org_units_version ON org_units (version);

CREATE TABLE users (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,     -- libsodium Argon2id string: algorithm, parameters, salt and hash
    active INTEGER NOT NULL DEFAULT 1,
    language TEXT NOT NULL DEFAULT 'fa',
    failed_logins INTEGER NOT NULL DEFAULT 0,
    throttled_until BIGINT,
    last_login_at BIGINT
);
CREATE INDEX users_version ON users (version);

-- agent, senior_agent, supervisor, field_officer, knowledge_author, knowledge_approver,
-- finance_approver, administrator
CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE user_units (
    user_id BIGINT NOT NULL REFERENCES users (id),
    unit_id BIGINT NOT NULL REFERENCES org_units (id),
    PRIMARY KEY (user_id, unit_id)
);
CREATE INDEX user_units_unit ON user_units (unit_id);

-- Sign-in tokens, stored only as SHA-256 hashes of the random token.
CREATE TABLE auth_tokens (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,              -- access, refresh
    token_hash TEXT NOT NULL UNIQUE,
    family TEXT NOT NULL,            -- one sign-in: refresh rotation and logout revoke the family
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    client TEXT
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);
CREATE INDEX auth_tokens_family ON auth_tokens (family);

-- The catalogue of services (and their categories, as a tree) with responsible units.
CREATE TABLE services (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    parent_id BIGINT REFERENCES services (id),
    code TEXT NOT NULL UNIQUE,
    name_fa TEXT NOT NULL,
    name_en TEXT NOT NULL,
    responsible_unit_id BIGINT REFERENCES org_units (id),
    default_priority TEXT NOT NULL DEFAULT 'normal',
    keywords TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX services_parent ON services (parent_id);
CREATE INDEX services_version ON services (version);

-- Citizens and what belongs to them.
CREATE TABLE citizens (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    national_id TEXT UNIQUE,         -- 10 digits, validated; NULL when unknown
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    first_name_latin TEXT NOT NULL DEFAULT '',
    last_name_latin TEXT NOT NULL DEFAULT '',
    father_name TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    gender TEXT NOT NULL DEFAULT 'unspecified',
    preferred_channel TEXT,
    preferred_language TEXT NOT NULL DEFAULT 'fa',
    consent_sms INTEGER NOT NULL DEFAULT 0,
    consent_email INTEGER NOT NULL DEFAULT 0,
    tags TEXT NOT NULL DEFAULT '[]', -- JSON array: elderly, disabled, vip, ...
    notes TEXT NOT NULL DEFAULT '',
    merged_into_id BIGINT REFERENCES citizens (id),
    anonymized_at BIGINT,
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX citizens_version ON citizens (version);
CREATE INDEX citizens_last_name ON citizens (last_name);

CREATE TABLE citizen_addresses (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    citizen_id BIGINT NOT NULL REFERENCES citizens (id),
    label TEXT NOT NULL DEFAULT '',
    address_text TEXT NOT NULL,
    district_id BIGINT REFERENCES org_units (id),
    postal_code TEXT,
    latitude {{real}},
    longitude {{real}},
    is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX citizen_addresses_citizen ON citizen_addresses (citizen_id);
CREATE INDEX citizen_addresses_version ON citizen_addresses (version);

CREATE TABLE citizen_phones (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    citizen_id BIGINT NOT NULL REFERENCES citizens (id),
    e164 TEXT NOT NULL,              -- normalized: +989121234567
    kind TEXT NOT NULL,              -- mobile, landline
    is_primary INTEGER NOT NULL DEFAULT 0,
    verified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX citizen_phones_citizen ON citizen_phones (citizen_id);
CREATE INDEX citizen_phones_e164 ON citizen_phones (e164);
CREATE INDEX citizen_phones_version ON citizen_phones (version);

CREATE TABLE citizen_emails (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    citizen_id BIGINT NOT NULL REFERENCES citizens (id),
    email TEXT NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX citizen_emails_citizen ON citizen_emails (citizen_id);
CREATE INDEX citizen_emails_version ON citizen_emails (version);

-- SLA policies and business calendars (behaviour arrives with case management).
CREATE TABLE business_calendars (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    name_fa TEXT NOT NULL,
    name_en TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'Asia/Tehran',
    working_hours TEXT NOT NULL      -- JSON: per weekday, list of [start, end] minutes
);
CREATE INDEX business_calendars_version ON business_calendars (version);

CREATE TABLE calendar_holidays (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    calendar_id BIGINT NOT NULL REFERENCES business_calendars (id),
    holiday_date TEXT NOT NULL,      -- Gregorian 'YYYY-MM-DD' of the Jalali holiday
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX calendar_holidays_calendar ON calendar_holidays (calendar_id, holiday_date);
CREATE INDEX calendar_holidays_version ON calendar_holidays (version);

CREATE TABLE sla_policies (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    name TEXT NOT NULL,
    service_id BIGINT REFERENCES services (id),
    priority TEXT,
    calendar_id BIGINT REFERENCES business_calendars (id),
    first_response_minutes INTEGER NOT NULL,
    resolution_minutes INTEGER NOT NULL,
    warning_percent INTEGER NOT NULL DEFAULT 80,
    warning_actions TEXT NOT NULL DEFAULT '[]',  -- JSON: notify_owner, notify_supervisor, escalate, raise_priority
    breach_actions TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX sla_policies_version ON sla_policies (version);

CREATE TABLE routing_rules (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL,       -- rules are tried in this order
    service_id BIGINT REFERENCES services (id),
    district_id BIGINT REFERENCES org_units (id),
    channel TEXT,
    keywords TEXT NOT NULL DEFAULT '',
    case_priority TEXT,
    team_id BIGINT NOT NULL REFERENCES org_units (id),
    owner_strategy TEXT NOT NULL DEFAULT 'none', -- none, round_robin, least_loaded, fixed
    owner_id BIGINT REFERENCES users (id),
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX routing_rules_version ON routing_rules (version);

-- Cases: every citizen request, from any channel.
CREATE TABLE cases (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    tracking_code TEXT NOT NULL UNIQUE,
    citizen_id BIGINT REFERENCES citizens (id),
    service_id BIGINT NOT NULL REFERENCES services (id),
    channel TEXT NOT NULL,           -- phone, walk_in, web, mobile_app, sms, telegram, email, fax, letter
    priority TEXT NOT NULL DEFAULT 'normal',
    status TEXT NOT NULL DEFAULT 'new',
    subject TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    owner_id BIGINT REFERENCES users (id),
    team_id BIGINT REFERENCES org_units (id),
    tier INTEGER NOT NULL DEFAULT 1,
    parent_case_id BIGINT REFERENCES cases (id),
    duplicate_of_id BIGINT REFERENCES cases (id),
    address_text TEXT NOT NULL DEFAULT '',
    district_id BIGINT REFERENCES org_units (id),
    latitude {{real}},
    longitude {{real}},
    sla_policy_id BIGINT REFERENCES sla_policies (id),
    first_response_due_at BIGINT,
    resolution_due_at BIGINT,
    first_responded_at BIGINT,
    sla_paused_at BIGINT,
    sla_paused_ms BIGINT NOT NULL DEFAULT 0,
    resolved_at BIGINT,
    closed_at BIGINT,
    resolution TEXT NOT NULL DEFAULT '',
    resolution_article_id BIGINT,
    created_by BIGINT REFERENCES users (id),
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_version ON cases (version);
CREATE INDEX cases_team_status ON cases (team_id, status, id);
CREATE INDEX cases_owner_status ON cases (owner_id, status, id);
CREATE INDEX cases_citizen ON cases (citizen_id);
CREATE INDEX cases_service_district ON cases (service_id, district_id, created_at);
CREATE INDEX cases_created ON cases (created_at, id);
CREATE INDEX cases_parent ON cases (parent_case_id);

CREATE TABLE case_notes (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    case_id BIGINT NOT NULL REFERENCES cases (id),
    author_id BIGINT REFERENCES users (id),
    body TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_notes_case ON case_notes (case_id);
CREATE INDEX case_notes_version ON case_notes (version);

-- Who had a case, in which status, from when: the source of SLA and dwell times.
CREATE TABLE case_status_history (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    case_id BIGINT NOT NULL REFERENCES cases (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    team_id BIGINT REFERENCES org_units (id),
    owner_id BIGINT REFERENCES users (id),
    tier INTEGER NOT NULL DEFAULT 1,
    changed_by BIGINT REFERENCES users (id),
    changed_at BIGINT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_status_history_case ON case_status_history (case_id, changed_at);
CREATE INDEX case_status_history_version ON case_status_history (version);

-- Calls, walk-ins and messages.
CREATE TABLE interactions (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    citizen_id BIGINT REFERENCES citizens (id),
    case_id BIGINT REFERENCES cases (id),
    channel TEXT NOT NULL,
    direction TEXT NOT NULL,         -- inbound, outbound
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    agent_id BIGINT REFERENCES users (id),
    unit_id BIGINT REFERENCES org_units (id),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interactions_citizen ON interactions (citizen_id, started_at);
CREATE INDEX interactions_case ON interactions (case_id);
CREATE INDEX interactions_version ON interactions (version);

-- Knowledge base.
CREATE TABLE knowledge_subjects (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    parent_id BIGINT REFERENCES knowledge_subjects (id),
    name_fa TEXT NOT NULL,
    name_en TEXT NOT NULL
);
CREATE INDEX knowledge_subjects_version ON knowledge_subjects (version);

CREATE TABLE knowledge_articles (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    article_type TEXT NOT NULL,      -- faq, instruction, article, regulation
    subject_id BIGINT REFERENCES knowledge_subjects (id),
    language TEXT NOT NULL DEFAULT 'fa',
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',   -- sanitized HTML
    keywords TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft', -- draft, in_review, approved, published, archived
    major_version INTEGER NOT NULL DEFAULT 0,
    minor_version INTEGER NOT NULL DEFAULT 1,
    visibility TEXT NOT NULL DEFAULT 'internal', -- internal, public
    reference_number TEXT,
    effective_date TEXT,
    publish_at BIGINT,
    expires_at BIGINT,
    author_id BIGINT REFERENCES users (id),
    owner_unit_id BIGINT REFERENCES org_units (id),
    resolved_case_count INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX knowledge_articles_version ON knowledge_articles (version);
CREATE INDEX knowledge_articles_subject ON knowledge_articles (subject_id, status);

CREATE TABLE article_versions (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    article_id BIGINT NOT NULL REFERENCES knowledge_articles (id),
    major_version INTEGER NOT NULL,
    minor_version INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    changed_by BIGINT REFERENCES users (id),
    change_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX article_versions_article ON article_versions (article_id);
CREATE INDEX article_versions_version ON article_versions (version);

CREATE TABLE article_services (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    article_id BIGINT NOT NULL REFERENCES knowledge_articles (id),
    service_id BIGINT NOT NULL REFERENCES services (id)
);
CREATE INDEX article_services_article ON article_services (article_id);
CREATE INDEX article_services_service ON article_services (service_id);
CREATE INDEX article_services_version ON article_services (version);

-- Which article was used on which case, and whether it resolved it.
CREATE TABLE case_articles (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    case_id BIGINT NOT NULL REFERENCES cases (id),
    article_id BIGINT NOT NULL REFERENCES knowledge_articles (id),
    linked_by BIGINT REFERENCES users (id),
    resolved_case INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_articles_case ON case_articles (case_id);
CREATE INDEX case_articles_article ON case_articles (article_id);
CREATE INDEX case_articles_version ON case_articles (version);

-- Missions: staff sent to resolve requests.
CREATE TABLE missions (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    order_number TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft', -- draft, issued, in_progress, completed_needs_followup, completed, cancelled
    unit_id BIGINT NOT NULL REFERENCES org_units (id),
    requested_by BIGINT REFERENCES users (id),
    destination_name TEXT NOT NULL DEFAULT '',
    address_text TEXT NOT NULL DEFAULT '',
    latitude {{real}},
    longitude {{real}},
    planned_start BIGINT,
    planned_end BIGINT,
    actual_start BIGINT,
    actual_end BIGINT,
    transport TEXT NOT NULL DEFAULT '',
    contract_number TEXT NOT NULL DEFAULT '',
    budgeted INTEGER NOT NULL DEFAULT 0,
    follow_up_of_id BIGINT REFERENCES missions (id),
    report TEXT NOT NULL DEFAULT ''
);
CREATE INDEX missions_unit_status ON missions (unit_id, status);
CREATE INDEX missions_version ON missions (version);

CREATE TABLE mission_assignees (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    mission_id BIGINT NOT NULL REFERENCES missions (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL DEFAULT 'member' -- leader, member, driver
);
CREATE INDEX mission_assignees_mission ON mission_assignees (mission_id);
CREATE INDEX mission_assignees_user ON mission_assignees (user_id);
CREATE INDEX mission_assignees_version ON mission_assignees (version);

CREATE TABLE mission_cases (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    mission_id BIGINT NOT NULL REFERENCES missions (id),
    case_id BIGINT NOT NULL REFERENCES cases (id),
    outcome TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mission_cases_mission ON mission_cases (mission_id);
CREATE INDEX mission_cases_case ON mission_cases (case_id);
CREATE INDEX mission_cases_version ON mission_cases (version);

CREATE TABLE mission_comments (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    mission_id BIGINT NOT NULL REFERENCES missions (id),
    unit_id BIGINT REFERENCES org_units (id),
    author_id BIGINT REFERENCES users (id),
    body TEXT NOT NULL
);
CREATE INDEX mission_comments_mission ON mission_comments (mission_id);
CREATE INDEX mission_comments_version ON mission_comments (version);

-- Expense claims.
CREATE TABLE expense_claims (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    claimant_id BIGINT NOT NULL REFERENCES users (id),
    unit_id BIGINT NOT NULL REFERENCES org_units (id),
    mission_id BIGINT REFERENCES missions (id),
    status TEXT NOT NULL DEFAULT 'draft', -- draft, submitted, approved, rejected, returned, withdrawn, paid
    title TEXT NOT NULL DEFAULT '',
    total_rials BIGINT NOT NULL DEFAULT 0,
    submitted_at BIGINT
);
CREATE INDEX expense_claims_claimant ON expense_claims (claimant_id);
CREATE INDEX expense_claims_unit_status ON expense_claims (unit_id, status);
CREATE INDEX expense_claims_version ON expense_claims (version);

CREATE TABLE expense_lines (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    claim_id BIGINT NOT NULL REFERENCES expense_claims (id),
    expense_type TEXT NOT NULL,      -- transport, lodging, per_diem, meals, other
    spent_on TEXT NOT NULL,
    amount_rials BIGINT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    receipt_sha256 TEXT
);
CREATE INDEX expense_lines_claim ON expense_lines (claim_id);
CREATE INDEX expense_lines_receipt ON expense_lines (receipt_sha256);
CREATE INDEX expense_lines_version ON expense_lines (version);

-- Expense policy: caps per type and role; a receipt above a threshold.
CREATE TABLE expense_policies (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    expense_type TEXT NOT NULL,
    role TEXT,
    daily_cap_rials BIGINT,
    claim_cap_rials BIGINT,
    receipt_required_above_rials BIGINT
);
CREATE INDEX expense_policies_version ON expense_policies (version);

-- Approval chains for missions and expense claims, and who stands in for whom.
CREATE TABLE approval_rules (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    subject_type TEXT NOT NULL,      -- mission, expense_claim
    unit_id BIGINT REFERENCES org_units (id),
    min_amount_rials BIGINT NOT NULL DEFAULT 0,
    step INTEGER NOT NULL,
    approver_role TEXT NOT NULL
);
CREATE INDEX approval_rules_version ON approval_rules (version);

CREATE TABLE approval_steps (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    subject_type TEXT NOT NULL,      -- mission, expense_claim, knowledge_article
    subject_id BIGINT NOT NULL,
    step INTEGER NOT NULL,
    approver_role TEXT NOT NULL,
    approver_unit_id BIGINT REFERENCES org_units (id),
    approver_id BIGINT REFERENCES users (id),
    on_behalf_of_id BIGINT REFERENCES users (id),
    decision TEXT NOT NULL DEFAULT 'pending', -- pending, approved, rejected, returned
    reason TEXT NOT NULL DEFAULT '',
    decided_at BIGINT
);
CREATE INDEX approval_steps_subject ON approval_steps (subject_type, subject_id, step);
CREATE INDEX approval_steps_pending ON approval_steps (decision, approver_role, approver_unit_id);
CREATE INDEX approval_steps_version ON approval_steps (version);

CREATE TABLE delegations (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    approver_id BIGINT NOT NULL REFERENCES users (id),
    delegate_id BIGINT NOT NULL REFERENCES users (id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL
);
CREATE INDEX delegations_version ON delegations (version);

-- Satisfaction surveys.
CREATE TABLE survey_responses (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    case_id BIGINT REFERENCES cases (id),
    citizen_id BIGINT REFERENCES citizens (id),
    channel TEXT NOT NULL,
    score INTEGER,                   -- 1 to 5
    answers TEXT NOT NULL DEFAULT '{}',
    responded_at BIGINT NOT NULL
);
CREATE INDEX survey_responses_case ON survey_responses (case_id);
CREATE INDEX survey_responses_version ON survey_responses (version);

-- Files: content-addressed blobs (uploaded in chunks, resumable) and the attachments
-- that point at them.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    content_type TEXT NOT NULL,
    received BIGINT NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id)
);

CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    byte_offset BIGINT NOT NULL,
    data {{blob}} NOT NULL,
    PRIMARY KEY (sha256, byte_offset)
);

CREATE TABLE attachments (
    id {{pk}},
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    custom_fields TEXT NOT NULL DEFAULT '{}',
    owner_type TEXT NOT NULL,        -- case, mission, expense_line, knowledge_article, citizen
    owner_id BIGINT NOT NULL,
    blob_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    uploaded_by BIGINT REFERENCES users (id)
);
CREATE INDEX attachments_owner ON attachments (owner_type, owner_id);
CREATE INDEX attachments_version ON attachments (version);

-- Append-only audit trail: every change and every read of a national ID. Each row's
-- hash covers its content and the previous row's hash, so `verify-audit` detects an
-- altered, deleted or reordered row.
CREATE TABLE audit_log (
    seq {{pk}},
    at BIGINT NOT NULL,
    user_id BIGINT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    row_id BIGINT,
    old_values TEXT,
    new_values TEXT,
    client TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, row_id);

-- Pushed mutations already applied, so a retried batch changes nothing and gets the
-- same answer.
CREATE TABLE applied_mutations (
    client_mutation_id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    applied_at BIGINT NOT NULL,
    result TEXT NOT NULL
);
