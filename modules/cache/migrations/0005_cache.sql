-- The workstation's cache, version 5: the knowledge index knows when each article is in
-- force (publish_at, expires_at, milliseconds since the epoch, NULL: no limit), so that a
-- search for agents leaves out articles scheduled for later and those expired without
-- opening their rows. Every article is re-indexed once to fill them.
ALTER TABLE kb_articles ADD COLUMN publish_at INTEGER;
ALTER TABLE kb_articles ADD COLUMN expires_at INTEGER;
INSERT INTO kb_dirty (id) SELECT id FROM kb_articles WHERE id NOT IN (SELECT id FROM kb_dirty);
