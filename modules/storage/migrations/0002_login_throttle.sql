-- Shahrvand schema, version 2: sign-in throttling per user name.
-- Failures are counted per user name whether or not such a user exists (so that the
-- answer never reveals which names exist), which a column of users cannot hold. The
-- users columns meant for it in version 1 were never used and are dropped.

CREATE TABLE login_throttle (
    username_key TEXT PRIMARY KEY,   -- the canonical (lower-case) user name as typed
    failures INTEGER NOT NULL,       -- consecutive failures, reset by a successful sign-in
    last_failure_at BIGINT NOT NULL,
    throttled_until BIGINT           -- no attempt is checked before this time
);

ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN throttled_until;

-- For purging expired tokens.
CREATE INDEX auth_tokens_expires ON auth_tokens (expires_at);
