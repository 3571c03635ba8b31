-- The workstation's cache, version 6: the approvals inbox (approvalinbox.h).
-- An approver's inbox lists, sorts and counts tens of thousands of waiting steps; with every
-- row sealed it would have to open them all (and their claims and missions). This table
-- holds one row per step that waits for a decision (the current step of a mission or an
-- expense claim that is still waiting), or that was decided on this computer and not yet
-- sent. In the clear: how the organisation routes and sizes the work (ids, roles, units,
-- step numbers, times, the claim's total, the mission's budget flag), never a citizen's
-- words; the subject's title is sealed (`sealed`, with "approval_items:<step id>" as
-- associated data). ApprovalInbox::refresh() writes it from the sealed rows; triggers mark
-- in approval_dirty every step whose row, siblings, claim or mission was written in any
-- way (pull, local edit, push answer, conflict, delete).
-- (IF NOT EXISTS throughout: a cache that had them and was set back is upgraded again.)

CREATE TABLE IF NOT EXISTS approval_items (
    step_id INTEGER PRIMARY KEY,
    state INTEGER NOT NULL,          -- 0: waits for a decision; 1: decided here, not yet sent
    subject_type TEXT NOT NULL,      -- mission, expense_claim
    subject_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    steps INTEGER NOT NULL,          -- the chain's length, as far as this computer knows it
    approver_role TEXT,
    approver_unit_id INTEGER,
    approver_id INTEGER,
    waiting_since INTEGER NOT NULL,  -- ms: when the step's turn came
    claimant_id INTEGER,             -- the claim's claimant, the mission's requester
    unit_id INTEGER,
    amount_rials INTEGER,            -- claims' total; NULL for missions
    budgeted INTEGER,                -- missions: 1 or 0; NULL for claims and unknown
    decision TEXT,                   -- state 1: approved, rejected, returned
    sealed BLOB                      -- {"title", "reason"}
);

-- The two sorts, each walked in (value, step id) order with the filters' columns inside the
-- index, so a page reads the index until it has its rows and then only those rows.
CREATE INDEX IF NOT EXISTS approval_items_waiting ON approval_items (state, waiting_since,
    step_id, subject_type, approver_id, approver_role, approver_unit_id, claimant_id);
CREATE INDEX IF NOT EXISTS approval_items_amount ON approval_items (state, amount_rials,
    step_id, subject_type, approver_id, approver_role, approver_unit_id, claimant_id);
-- The same with one kind of subject first (missions or claims alone), so that the kind
-- filter does not walk past the other kind's items.
CREATE INDEX IF NOT EXISTS approval_items_kind_waiting ON approval_items (state, subject_type,
    waiting_since, step_id, approver_id, approver_role, approver_unit_id, claimant_id);
CREATE INDEX IF NOT EXISTS approval_items_kind_amount ON approval_items (state, subject_type,
    amount_rials, step_id, approver_id, approver_role, approver_unit_id, claimant_id);
-- Counts read this one alone.
CREATE INDEX IF NOT EXISTS approval_items_filter ON approval_items (state, subject_type,
    approver_id, approver_role, approver_unit_id, claimant_id);

-- Steps whose item is to be made again.
CREATE TABLE IF NOT EXISTS approval_dirty (step_id INTEGER PRIMARY KEY);

-- (Each insert skips ids already marked instead of INSERT OR IGNORE: a trigger's conflict
-- clause gives way to the writing statement's, and an upsert's is not IGNORE.)
-- A step marks itself and its siblings: deciding step 1 makes step 2 current.
CREATE TRIGGER IF NOT EXISTS approval_step_inserted AFTER INSERT ON e_approval_steps
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT id FROM e_approval_steps
        WHERE parent_type = NEW.parent_type AND parent_id = NEW.parent_id
          AND id NOT IN (SELECT step_id FROM approval_dirty);
    INSERT INTO approval_dirty (step_id) SELECT NEW.id
        WHERE NEW.id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_step_updated AFTER UPDATE ON e_approval_steps
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT id FROM e_approval_steps
        WHERE parent_type = NEW.parent_type AND parent_id = NEW.parent_id
          AND id NOT IN (SELECT step_id FROM approval_dirty);
    INSERT INTO approval_dirty (step_id) SELECT OLD.id
        WHERE OLD.id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_step_deleted AFTER DELETE ON e_approval_steps
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT id FROM e_approval_steps
        WHERE parent_type = OLD.parent_type AND parent_id = OLD.parent_id
          AND id NOT IN (SELECT step_id FROM approval_dirty);
    INSERT INTO approval_dirty (step_id) SELECT OLD.id
        WHERE OLD.id NOT IN (SELECT step_id FROM approval_dirty);
END;

-- A claim or a mission written (status, title, total, unit) marks its steps.
CREATE TRIGGER IF NOT EXISTS approval_claim_inserted AFTER INSERT ON e_expense_claims
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT id FROM e_approval_steps
        WHERE parent_type = 'expense_claims' AND parent_id = NEW.id
          AND id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_claim_updated AFTER UPDATE ON e_expense_claims
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT id FROM e_approval_steps
        WHERE parent_type = 'expense_claims' AND parent_id = NEW.id
          AND id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_claim_deleted AFTER DELETE ON e_expense_claims
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT step_id FROM approval_items
        WHERE subject_type = 'expense_claim' AND subject_id = OLD.id
          AND step_id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_mission_inserted AFTER INSERT ON e_missions
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT id FROM e_approval_steps
        WHERE parent_type = 'missions' AND parent_id = NEW.id
          AND id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_mission_updated AFTER UPDATE ON e_missions
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT id FROM e_approval_steps
        WHERE parent_type = 'missions' AND parent_id = NEW.id
          AND id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_mission_deleted AFTER DELETE ON e_missions
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT step_id FROM approval_items
        WHERE subject_type = 'mission' AND subject_id = OLD.id
          AND step_id NOT IN (SELECT step_id FROM approval_dirty);
END;

-- The approval rules give the chains' lengths: a rule written marks every item.
CREATE TRIGGER IF NOT EXISTS approval_rule_inserted AFTER INSERT ON e_approval_rules
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT step_id FROM approval_items
        WHERE step_id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_rule_updated AFTER UPDATE ON e_approval_rules
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT step_id FROM approval_items
        WHERE step_id NOT IN (SELECT step_id FROM approval_dirty);
END;
CREATE TRIGGER IF NOT EXISTS approval_rule_deleted AFTER DELETE ON e_approval_rules
BEGIN
    INSERT INTO approval_dirty (step_id) SELECT step_id FROM approval_items
        WHERE step_id NOT IN (SELECT step_id FROM approval_dirty);
END;

-- The steps cached before this version: all of them, at the first refresh.
INSERT OR IGNORE INTO approval_dirty (step_id) SELECT id FROM e_approval_steps;
