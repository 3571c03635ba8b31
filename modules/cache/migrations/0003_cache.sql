-- The workstation's cache, version 3: files attached here, waiting to be sent.
-- An agent attaches a photo or a scanned letter offline; the file stays in the cache (not
-- in a folder beside it, so that it is sealed, copied and deleted with the rest) until
-- the server has all of it and the attachments rows naming it are pushed. In the clear:
-- the file's SHA-256 (its name on the server), size, type and how much of it the server
-- has confirmed; the bytes are sealed in pieces of 1 MiB (the upload's piece size), each
-- with "file:<sha256>:<piece>" as associated data.
CREATE TABLE pending_files (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE pending_file_pieces (
    sha256 TEXT NOT NULL,
    piece INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, piece)
);
