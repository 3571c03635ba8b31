-- The workstation's cache, version 7: the citizens' search index (citizenindex.h).
-- Names, national IDs and phone numbers are a citizen's personal data: the index holds none
-- of them, only keyed hashes of their normalized tokens (SipHash with a key derived from the
-- cache's key, never stored), each pointing at a citizen's id. A search hashes what was typed
-- the same way, and opens the few citizens found to check them.
-- CitizenIndex::refresh() writes these tables from the sealed rows; triggers mark every
-- citizen written in any way (pull, local edit, conflict, delete), and the citizen of every
-- phone written, in citizen_dirty.
-- (IF NOT EXISTS throughout: a cache that had them and was set back is upgraded again.)

-- One row per (token, citizen): tokens are 31-bit hashes, so that SQLite keeps each in four
-- bytes (a hash that meets another token's citizen now and then costs one row opened).
CREATE TABLE IF NOT EXISTS citizen_tokens (
    token INTEGER NOT NULL,
    citizen_id INTEGER NOT NULL,
    PRIMARY KEY (token, citizen_id)
) WITHOUT ROWID;

-- The tokens each citizen has in citizen_tokens (four bytes each), to take them out again
-- when the citizen changes or goes.
CREATE TABLE IF NOT EXISTS citizen_indexed (
    citizen_id INTEGER PRIMARY KEY,
    tokens BLOB NOT NULL
);

-- Citizens to re-index. taken: 1 while refresh() indexes what it read of the citizen; a
-- write meanwhile sets it back to 0, and the mark stays for the next refresh.
CREATE TABLE IF NOT EXISTS citizen_dirty (id INTEGER PRIMARY KEY, taken INTEGER NOT NULL DEFAULT 0);

-- One upsert a mark (a first sync writes a million rows; two statements cost it half as much
-- again as the rows themselves, one a sixth). Under the writing statement's REPLACE (local
-- edits) the mark is replaced instead, with taken = 0 all the same.
CREATE TRIGGER IF NOT EXISTS citizen_inserted AFTER INSERT ON e_citizens
BEGIN
    INSERT INTO citizen_dirty (id) VALUES (NEW.id) ON CONFLICT (id) DO UPDATE SET taken = 0;
END;
CREATE TRIGGER IF NOT EXISTS citizen_updated AFTER UPDATE ON e_citizens
BEGIN
    INSERT INTO citizen_dirty (id) VALUES (OLD.id) ON CONFLICT (id) DO UPDATE SET taken = 0;
    INSERT INTO citizen_dirty (id) VALUES (NEW.id) ON CONFLICT (id) DO UPDATE SET taken = 0;
END;
CREATE TRIGGER IF NOT EXISTS citizen_deleted AFTER DELETE ON e_citizens
BEGIN
    INSERT INTO citizen_dirty (id) VALUES (OLD.id) ON CONFLICT (id) DO UPDATE SET taken = 0;
END;
-- A phone marks its citizen (parent_id).
CREATE TRIGGER IF NOT EXISTS citizen_phone_inserted AFTER INSERT ON e_citizen_phones
BEGIN
    INSERT INTO citizen_dirty (id) SELECT NEW.parent_id WHERE NEW.parent_id IS NOT NULL
        ON CONFLICT (id) DO UPDATE SET taken = 0;
END;
CREATE TRIGGER IF NOT EXISTS citizen_phone_updated AFTER UPDATE ON e_citizen_phones
BEGIN
    INSERT INTO citizen_dirty (id) SELECT OLD.parent_id WHERE OLD.parent_id IS NOT NULL
        ON CONFLICT (id) DO UPDATE SET taken = 0;
    INSERT INTO citizen_dirty (id) SELECT NEW.parent_id WHERE NEW.parent_id IS NOT NULL
        ON CONFLICT (id) DO UPDATE SET taken = 0;
END;
CREATE TRIGGER IF NOT EXISTS citizen_phone_deleted AFTER DELETE ON e_citizen_phones
BEGIN
    INSERT INTO citizen_dirty (id) SELECT OLD.parent_id WHERE OLD.parent_id IS NOT NULL
        ON CONFLICT (id) DO UPDATE SET taken = 0;
END;

-- The citizens cached before this version: all of them, at the first refresh.
INSERT OR IGNORE INTO citizen_dirty (id) SELECT id FROM e_citizens;
