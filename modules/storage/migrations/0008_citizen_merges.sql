-- Shahrvand schema, version 8: merging duplicate citizens, and undoing a merge.
--
-- A merge keeps both citizens: the survivor takes the chosen values, every row that
-- pointed at the other one (cases, interactions, addresses, phones, e-mails, survey
-- answers, attachments) is moved to the survivor, and the other one gets merged_into_id.
-- This table remembers exactly what changed, so that the merge can be undone: the
-- survivor's values before and after, the merged citizen's values before, and every
-- moved row with the column that was changed and the citizen it pointed at. Server only:
-- workstations see the merge through the rows' new versions.
CREATE TABLE citizen_merges (
    id {{pk}},
    survivor_id BIGINT NOT NULL REFERENCES citizens (id),
    merged_id BIGINT NOT NULL REFERENCES citizens (id),
    choices TEXT NOT NULL DEFAULT '{}',         -- field -> "survivor" | "merged", as asked
    survivor_before TEXT NOT NULL DEFAULT '{}', -- the survivor's changed fields, before
    survivor_after TEXT NOT NULL DEFAULT '{}',  -- and after the merge
    merged_before TEXT NOT NULL DEFAULT '{}',   -- the merged citizen's changed fields, before
    moved TEXT NOT NULL DEFAULT '[]',           -- [{"entity", "id", "column", "from", "to"}]
    merged_by BIGINT REFERENCES users (id),
    merged_at BIGINT NOT NULL,
    client TEXT,
    undone_at BIGINT,
    undone_by BIGINT REFERENCES users (id)
);
CREATE INDEX citizen_merges_survivor ON citizen_merges (survivor_id);
CREATE INDEX citizen_merges_merged ON citizen_merges (merged_id);
-- Duplicate detection reads phones by number and addresses by citizen (both indexed
-- since version 1) and citizens not merged: the partial form is not portable, so a
-- plain index on merged_into_id.
CREATE INDEX citizens_merged_into ON citizens (merged_into_id);
