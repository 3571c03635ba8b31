-- The workstation's cache, version 4: the knowledge base's search index (knowledgeindex.h).
-- Articles hold no citizen's data: their search words (normalizeForSearch() form) and the
-- columns results are filtered and ranked by are kept in the clear; the rows stay sealed.
-- KnowledgeIndex::refresh() writes these tables from the sealed rows; triggers mark every
-- article written in any way (pull, local edit, conflict, delete) in kb_dirty for it.
-- (IF NOT EXISTS throughout: a cache that had them and was set back is upgraded again.)

-- Words of the title, the subject's names, the keywords and the body's plain text; rowid is
-- the article's id. Prefix indexes of 2 and 3 characters for the word being typed.
CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5 (title, subject, keywords, body,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
-- 16 MB of new words in memory before FTS5 writes them out (1 MB by default): fewer,
-- larger segments to merge while a first sync's articles are indexed (a third faster).
INSERT INTO kb_fts (kb_fts, rank) VALUES ('hashsize', 16777216);

-- The same words of the title, subject names and keywords alone: a common word is in half
-- the bodies, and ranking all those matches is slow; the headings' matches are far fewer
-- and rank first (KnowledgeIndex::search).
CREATE VIRTUAL TABLE IF NOT EXISTS kb_heads USING fts5 (title, subject, keywords,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');

-- What results are filtered and ranked by. boost: the resolved cases' share of the rank.
CREATE TABLE IF NOT EXISTS kb_articles (
    id INTEGER PRIMARY KEY,
    article_type TEXT,
    status TEXT,
    language TEXT,
    subject_id INTEGER,
    resolved_case_count INTEGER NOT NULL DEFAULT 0,
    boost REAL NOT NULL DEFAULT 0,
    visibility TEXT,
    updated_at INTEGER
);
CREATE INDEX IF NOT EXISTS kb_articles_resolved ON kb_articles (resolved_case_count);
CREATE INDEX IF NOT EXISTS kb_articles_subject ON kb_articles (subject_id, status,
    resolved_case_count);

-- The services each article concerns (its article_services rows), for suggestions.
CREATE TABLE IF NOT EXISTS kb_article_services (
    service_id INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (service_id, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS kb_article_services_article ON kb_article_services (article_id);

-- Articles to re-index.
CREATE TABLE IF NOT EXISTS kb_dirty (id INTEGER PRIMARY KEY);

-- (Each insert skips ids already marked instead of INSERT OR IGNORE: a trigger's conflict
-- clause gives way to the writing statement's, and an upsert's is not IGNORE.)
CREATE TRIGGER IF NOT EXISTS kb_article_inserted AFTER INSERT ON e_knowledge_articles
BEGIN
    INSERT INTO kb_dirty (id) SELECT NEW.id WHERE NEW.id NOT IN (SELECT id FROM kb_dirty);
END;
CREATE TRIGGER IF NOT EXISTS kb_article_updated AFTER UPDATE ON e_knowledge_articles
BEGIN
    INSERT INTO kb_dirty (id) SELECT OLD.id WHERE OLD.id NOT IN (SELECT id FROM kb_dirty);
    INSERT INTO kb_dirty (id) SELECT NEW.id WHERE NEW.id NOT IN (SELECT id FROM kb_dirty);
END;
CREATE TRIGGER IF NOT EXISTS kb_article_deleted AFTER DELETE ON e_knowledge_articles
BEGIN
    INSERT INTO kb_dirty (id) SELECT OLD.id WHERE OLD.id NOT IN (SELECT id FROM kb_dirty);
END;

-- A service row marks its article (parent_id).
CREATE TRIGGER IF NOT EXISTS kb_service_inserted AFTER INSERT ON e_article_services
BEGIN
    INSERT INTO kb_dirty (id) SELECT NEW.parent_id
        WHERE NEW.parent_id IS NOT NULL AND NEW.parent_id NOT IN (SELECT id FROM kb_dirty);
END;
CREATE TRIGGER IF NOT EXISTS kb_service_updated AFTER UPDATE ON e_article_services
BEGIN
    INSERT INTO kb_dirty (id) SELECT OLD.parent_id
        WHERE OLD.parent_id IS NOT NULL AND OLD.parent_id NOT IN (SELECT id FROM kb_dirty);
    INSERT INTO kb_dirty (id) SELECT NEW.parent_id
        WHERE NEW.parent_id IS NOT NULL AND NEW.parent_id NOT IN (SELECT id FROM kb_dirty);
END;
CREATE TRIGGER IF NOT EXISTS kb_service_deleted AFTER DELETE ON e_article_services
BEGIN
    INSERT INTO kb_dirty (id) SELECT OLD.parent_id
        WHERE OLD.parent_id IS NOT NULL AND OLD.parent_id NOT IN (SELECT id FROM kb_dirty);
END;

-- A subject's names are indexed with its articles: a subject written marks them.
CREATE TRIGGER IF NOT EXISTS kb_subject_inserted AFTER INSERT ON e_knowledge_subjects
BEGIN
    INSERT INTO kb_dirty (id) SELECT id FROM kb_articles
        WHERE subject_id = NEW.id AND id NOT IN (SELECT id FROM kb_dirty);
END;
CREATE TRIGGER IF NOT EXISTS kb_subject_updated AFTER UPDATE ON e_knowledge_subjects
BEGIN
    INSERT INTO kb_dirty (id) SELECT id FROM kb_articles
        WHERE subject_id = NEW.id AND id NOT IN (SELECT id FROM kb_dirty);
END;
CREATE TRIGGER IF NOT EXISTS kb_subject_deleted AFTER DELETE ON e_knowledge_subjects
BEGIN
    INSERT INTO kb_dirty (id) SELECT id FROM kb_articles
        WHERE subject_id = OLD.id AND id NOT IN (SELECT id FROM kb_dirty);
END;

-- The articles cached before this version: all of them, at the first refresh.
INSERT OR IGNORE INTO kb_dirty (id) SELECT id FROM e_knowledge_articles;
