-- Shahrvand schema, version 5: the server applies the case rules (modules/caserules).
--
-- cases.status_reason: the reason given with the latest workflow change (escalate,
-- reopen, wait for the citizen). It travels in the same update as the status, so an
-- offline edit pushed as a generic update carries it; it is copied into the history row.
ALTER TABLE cases ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';
-- cases.sla_next_at: server-only bookkeeping (not in the API): the earliest warning or
-- breach instant of the case's running SLA clocks that has not fired yet; NULL when none
-- is left (paused, resolved, closed, or everything fired). The SLA check reads cases by it.
ALTER TABLE cases ADD COLUMN sla_next_at BIGINT;
CREATE INDEX cases_sla_next ON cases (sla_next_at);
-- The round-robin cursor of a routing rule: the last user it gave a case to.
ALTER TABLE routing_rules ADD COLUMN cursor_user_id BIGINT REFERENCES users (id);

-- Each SLA threshold of a case fires once: clock is first_response or resolution,
-- threshold warning or breach.
CREATE TABLE sla_firings (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    clock TEXT NOT NULL,
    threshold TEXT NOT NULL,
    crossed_at BIGINT NOT NULL,      -- when the threshold was reached
    fired_at BIGINT NOT NULL,        -- when the check carried out its actions
    actions TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (case_id, clock, threshold)
);

-- Notices for users (SLA warnings and breaches for now). Server side only; showing and
-- delivering them (workstation, SMS, e-mail) is later work.
CREATE TABLE notifications (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    case_id BIGINT REFERENCES cases (id),
    kind TEXT NOT NULL,              -- sla_warning, sla_breach
    clock TEXT NOT NULL DEFAULT '',  -- first_response, resolution
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, id);
