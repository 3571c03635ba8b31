-- Shahrvand schema, version 9: a queue of one status across a viewer's units is read unit
-- by unit (and the viewer's own cases) along these indexes, at most a page from each, and
-- merged (EntityStore::Store::listJson). With `deleted` in them a unit's live cases of a
-- status come in id order from the index alone, without opening each case's row to skip
-- tombstones; the row is read only for the page's cases.
DROP INDEX cases_team_status;
CREATE INDEX cases_team_status ON cases (team_id, status, deleted, id);
DROP INDEX cases_owner_status;
CREATE INDEX cases_owner_status ON cases (owner_id, status, deleted, id);
-- The planner's figures for the new indexes (SQLite keeps none until asked).
ANALYZE cases;
