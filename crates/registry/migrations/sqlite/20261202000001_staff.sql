-- Staff audit: login lockout, sessions, corrections stored as intent, the random sample of
-- auto-published acts. Keep this file and ../postgres/ in step.

-- Consecutive failed logins; at the limit the account is locked until locked_until.
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;

-- One row per signed-in browser. Only the SHA-256 of the cookie's token is stored, so a
-- copy of this table does not let anyone sign in; several staff processes share it.
CREATE TABLE sessions (
    token_sha256 TEXT PRIMARY KEY NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- The first corrections table (added and removed spans per revision) was never written:
-- spans do not survive a re-run of the engine, intents do. Replaced by intents:
-- "mask this surface as category X", "keep this person", "remove the span at this text",
-- "this text is category X". They are re-applied after every engine run.
DROP TABLE corrections;
CREATE TABLE corrections (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    act_id            TEXT NOT NULL,
    -- The revision the staff member was reviewing; the correction applies to every
    -- later revision and re-run of the act too.
    revision          INTEGER NOT NULL,
    court_code        TEXT NOT NULL,
    at                TEXT NOT NULL,
    actor             TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('mask', 'keep', 'remove', 'recategorize')),
    -- mask, recategorize: the category given; keep, remove: the category of the spans
    -- taken away.
    category          TEXT NOT NULL,
    -- recategorize: the category the engine had given.
    previous_category TEXT,
    -- The engine rule whose spans were overridden; NULL for a miss (kind mask).
    rule              TEXT,
    -- Restricted: the text the correction is about (a name, an address…).
    surface           TEXT NOT NULL,
    spans_before      INTEGER NOT NULL,
    spans_after       INTEGER NOT NULL,
    FOREIGN KEY (act_id, revision) REFERENCES revisions (act_id, revision)
);
CREATE INDEX corrections_act ON corrections (act_id, id);

-- For each published revision, whether it was drawn for review (the rate per case
-- category is in the staff config) and when a staff member reviewed it. A revision is
-- decided once, so staff processes agree and an act is never drawn twice.
CREATE TABLE review_samples (
    act_id      TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    sampled     BOOLEAN NOT NULL,
    decided_at  TEXT NOT NULL,
    reviewed_at TEXT,
    reviewed_by TEXT,
    PRIMARY KEY (act_id, revision),
    FOREIGN KEY (act_id, revision) REFERENCES revisions (act_id, revision)
);
CREATE INDEX review_samples_open ON review_samples (decided_at)
    WHERE sampled AND reviewed_at IS NULL;
CREATE INDEX revisions_published ON revisions (updated_at) WHERE status = 'published';
