-- The workstation's cache, version 1: what is not a copy of a server row.
-- (Each entity of the registry has a table of the same shape, e_<entity>, made by
-- cacheschema.cpp from the registry this program was built with.)

-- Small values: the sync cursor, the user (sealed), the password-wrapped key, a sealed
-- check value that tells a wrong key from a damaged file.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value BLOB
);

-- Local edits not yet accepted by the server, in the order they were made. payload is
-- sealed JSON: {"fields": the user's input, "view": the same as the API shows it,
-- "base": the values the user saw before the edit}.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    row_id INTEGER NOT NULL,
    base_version INTEGER NOT NULL,
    payload BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX outbox_row ON outbox (entity, row_id);

-- Rows created here: their local (negative) id, the mutation that creates them on the
-- server, and the server's id once it is known.
CREATE TABLE local_ids (
    local_id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    mutation_id TEXT NOT NULL UNIQUE,
    server_id INTEGER
);

-- Edits the server did not take as they were, until the user decides. payload is sealed
-- JSON: {"mine", "fields", "server_row", "error_code", "error_message"}.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('conflict', 'rejected')),
    entity TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    op TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    server_version INTEGER NOT NULL,
    payload BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
