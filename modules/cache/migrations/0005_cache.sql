-- The workstation's cache, version 5: the knowledge index knows when each article is in
-- force (publish_at, expires_at, milliseconds since the epoch, NULL: no limit), so that a
-- search for agents leaves out articles scheduled for later and those expired without
-- opening their rows. Every article is re-indexed once to fill them.
ALTER TABLE kb_articles ADD COLUMN publish_at INTEGER;
ALTER TABLE kb_articles ADD COLUMN expires_at INTEGER;
INSERT INTO kb_dirty (id) SELECT id FROM kb_articles WHERE id NOT IN (SELECT id FROM kb_dirty);

-- The bodies' index with prefixes of three characters only: a word of two being typed is
-- looked for as a prefix in the headings (kb_heads keeps both) and as a whole word in the
-- bodies (KnowledgeIndex::search). The two-character prefixes were a third of the bodies'
-- index entries, and of the time a first sync spends building it.
DROP TABLE IF EXISTS kb_fts;
CREATE VIRTUAL TABLE kb_fts USING fts5 (title, subject, keywords, body,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3');
INSERT INTO kb_fts (kb_fts, rank) VALUES ('hashsize', 16777216);
