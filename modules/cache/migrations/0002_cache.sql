-- The workstation's cache, version 2: the case queues' columns in the clear.
-- A queue filters and sorts a million cached cases; with every field sealed it would have
-- to open them all. These columns hold the case's routing and clock facts, never the
-- citizen's words (names, subject, description, address, national id stay in `data`).
-- CacheWriter writes them from the row on every write; LocalCache::open fills them in for
-- the rows of an older cache (it opens each sealed row once). priority_rank orders the
-- priorities (0 low .. 3 urgent); tracking_code is the compact upper-case form.
ALTER TABLE e_cases ADD COLUMN status TEXT;
ALTER TABLE e_cases ADD COLUMN priority_rank INTEGER;
ALTER TABLE e_cases ADD COLUMN channel TEXT;
ALTER TABLE e_cases ADD COLUMN service_id INTEGER;
ALTER TABLE e_cases ADD COLUMN team_id INTEGER;
ALTER TABLE e_cases ADD COLUMN owner_id INTEGER;
ALTER TABLE e_cases ADD COLUMN tier INTEGER;
ALTER TABLE e_cases ADD COLUMN district_id INTEGER;
ALTER TABLE e_cases ADD COLUMN created_at INTEGER;
ALTER TABLE e_cases ADD COLUMN updated_at INTEGER;
ALTER TABLE e_cases ADD COLUMN first_response_due_at INTEGER;
ALTER TABLE e_cases ADD COLUMN resolution_due_at INTEGER;
ALTER TABLE e_cases ADD COLUMN sla_paused_at INTEGER;
ALTER TABLE e_cases ADD COLUMN tracking_code TEXT;

-- One index per column a queue sorts on, of that column alone, so that its order is the
-- queue's (value, id): a page is a walk along it from the last row shown (keyset), and a
-- walk stops after a page of rows, whatever the page's number. (Updated and first
-- response due have none: the workstation does not offer them as sorts.)
CREATE INDEX e_cases_q_due ON e_cases (resolution_due_at);
CREATE INDEX e_cases_q_created ON e_cases (created_at);
CREATE INDEX e_cases_q_status ON e_cases (status);
CREATE INDEX e_cases_q_priority ON e_cases (priority_rank);
CREATE INDEX e_cases_q_channel ON e_cases (channel);
CREATE INDEX e_cases_q_service ON e_cases (service_id);
CREATE INDEX e_cases_q_owner ON e_cases (owner_id);
CREATE INDEX e_cases_q_team ON e_cases (team_id);
-- With the filters' columns: a prefix filter reads the index, not the rows it passes over.
CREATE INDEX e_cases_q_tracking ON e_cases (tracking_code, team_id, owner_id, status, tier, local,
    resolution_due_at);
-- An owner's cases (My work), in due order as it opens; with the filter's columns and the
-- usual sorts' so that a re-sort of a few thousand cases reads no rows.
CREATE INDEX e_cases_q_mine ON e_cases (owner_id, resolution_due_at, status, local, created_at,
    priority_rank, tracking_code);
-- Every view's filter inside one index: counts read it alone, never the rows.
CREATE INDEX e_cases_q_filter ON e_cases (team_id, owner_id, status, tier, local, resolution_due_at);
-- The few escalated cases.
CREATE INDEX e_cases_q_escalated ON e_cases (tier, status, owner_id, team_id, local,
    resolution_due_at) WHERE tier > 1 OR status = 'escalated';
