-- Shahrvand schema, version 4: queue pages filtered by status ("new cases", "escalated")
-- read cases of one status in id order. Without this index SQLite gathers every case of
-- the caller's units and sorts them to return one page (measured on 100,000 cases:
-- 11 ms a page; with it, 1 ms).
CREATE INDEX cases_status_id ON cases (status, id);
