-- Shahrvand schema, version 3: what sync needs to follow rows in and out of a user's view.
-- When a write changes who may see a row (a case moves to another team, an officer is
-- taken off a mission), the row "exits" the old audience and "enters" the new one. A
-- pull tells a client to drop rows that exited its user's view, and sends rows that
-- entered it together with their older child rows (notes, history), which a pull by
-- version alone would miss.
CREATE TABLE scope_changes (
    id {{pk}},
    version BIGINT NOT NULL,         -- the version of the write that caused it
    entity TEXT NOT NULL,
    row_id BIGINT NOT NULL,
    audience TEXT NOT NULL,          -- unit:<id>, user:<id> or public
    change TEXT NOT NULL             -- enter, exit
);
CREATE INDEX scope_changes_version ON scope_changes (version);
