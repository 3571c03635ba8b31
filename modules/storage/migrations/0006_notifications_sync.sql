-- Shahrvand schema, version 6: notifications reach their user by sync.
--
-- A notification becomes a synced row like any other (registry entity `notifications`,
-- seen only by its user_id): the standard version, tombstone, updated_at and
-- custom_fields columns, and an index on the version for pulls. The row carries no
-- sentence: kind, case and clock are the content, and each client words it in its
-- user's language.
ALTER TABLE notifications ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '{}';
UPDATE notifications SET updated_at = created_at;
-- Notifications written before this version get one new version of the change sequence
-- (all the same one), so that the next pull of their users brings them. Without any, the
-- sequence is left as it is.
UPDATE change_sequence SET value = value + 1 WHERE id = 1 AND EXISTS (SELECT 1 FROM notifications);
UPDATE notifications SET version = (SELECT value FROM change_sequence WHERE id = 1);
CREATE INDEX notifications_version ON notifications (version);
