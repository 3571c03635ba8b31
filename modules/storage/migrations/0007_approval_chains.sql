-- Shahrvand schema, version 7: approval chains for missions and expense claims.
--
-- A subject may be submitted more than once (returned for correction, then submitted
-- again): each submission writes a new chain of approval_steps, numbered by `chain`
-- (1, 2, ...); the steps of earlier chains stay as history. A mission stays a draft while
-- its chain runs, so where the chain is (none, pending, approved, rejected, returned) is
-- kept on the mission by the server: issuing needs it approved.
ALTER TABLE approval_steps ADD COLUMN chain INTEGER NOT NULL DEFAULT 1;
ALTER TABLE missions ADD COLUMN approval_status TEXT NOT NULL DEFAULT 'none';
-- Missions seeded or written before this version with decided steps: the latest decision
-- says where their chain is.
UPDATE missions SET approval_status = 'approved' WHERE status <> 'draft' OR EXISTS (SELECT 1 FROM approval_steps s WHERE s.subject_type = 'mission' AND s.subject_id = missions.id AND s.deleted = 0 AND s.decision = 'approved') AND NOT EXISTS (SELECT 1 FROM approval_steps s WHERE s.subject_type = 'mission' AND s.subject_id = missions.id AND s.deleted = 0 AND s.decision <> 'approved');
UPDATE missions SET approval_status = 'pending' WHERE status = 'draft' AND EXISTS (SELECT 1 FROM approval_steps s WHERE s.subject_type = 'mission' AND s.subject_id = missions.id AND s.deleted = 0 AND s.decision = 'pending');
-- The search form of a mission's purpose (the registry marks purpose searchable, and the
-- entity store writes search_text for every searchable entity). Rows from before this
-- version keep an empty one until their next change; their purpose stays readable.
ALTER TABLE missions ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX approval_steps_chain ON approval_steps (subject_type, subject_id, chain, step);
