-- The restricted registry: source of truth for every act courtpub has received.
-- Keep this file and ../sqlite/ in step: same tables, same columns, native types.

CREATE TABLE acts (
    act_id             TEXT PRIMARY KEY,
    -- NULL only for a tombstone, or inside the transaction that creates the act.
    latest_revision    BIGINT,
    published_revision BIGINT,
    status             TEXT NOT NULL CHECK (status IN
        ('received', 'masked', 'needs_review', 'published', 'superseded', 'withdrawn', 'failed')),
    -- Court and metadata of the latest revision; NULL (with latest_revision) only for
    -- a tombstone: an act withdrawn before any revision of it arrived.
    court_code         TEXT,
    metadata           JSONB,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX acts_status ON acts (status);
CREATE INDEX acts_published ON acts (act_id) WHERE published_revision IS NOT NULL;

CREATE TABLE revisions (
    act_id          TEXT NOT NULL,
    revision        BIGINT NOT NULL CHECK (revision >= 0),
    status          TEXT NOT NULL CHECK (status IN
        ('received', 'masked', 'needs_review', 'published', 'superseded', 'withdrawn', 'failed')),
    failure_reason  TEXT,
    metadata        JSONB,
    -- Content is absent only for a revision that failed before it could be processed.
    original        BYTEA,
    original_sha256 TEXT,
    media_type      TEXT,
    file_name       TEXT,
    text            TEXT,
    spans           JSONB,
    masked_text     TEXT,
    needs_review    BOOLEAN NOT NULL DEFAULT FALSE,
    received_at     TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (act_id, revision),
    CHECK (status = 'failed' OR (original IS NOT NULL AND masked_text IS NOT NULL))
);
CREATE INDEX revisions_review ON revisions (received_at) WHERE status = 'needs_review';
-- DOCX and PDF are already compressed: store them out of line without trying again.
ALTER TABLE revisions ALTER COLUMN original SET STORAGE EXTERNAL;

-- What the indexer must apply, in commit order (writers serialize on an advisory lock
-- just before inserting here, so ids grow in commit order).
CREATE TABLE outbox (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    act_id     TEXT NOT NULL,
    revision   BIGINT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    -- PublicAct JSON for an upsert; NULL for a delete.
    payload    JSONB,
    created_at TIMESTAMPTZ NOT NULL,
    CHECK ((op = 'upsert') = (payload IS NOT NULL))
);

-- lz4 compresses the texts several times faster than the default pglz; servers built
-- without lz4 keep pglz.
DO $$
BEGIN
    ALTER TABLE revisions ALTER COLUMN text SET COMPRESSION lz4;
    ALTER TABLE revisions ALTER COLUMN masked_text SET COMPRESSION lz4;
    ALTER TABLE outbox ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'lz4 not available, keeping pglz';
END
$$;

-- The last outbox id each consumer has applied.
CREATE TABLE indexer_cursor (
    consumer          TEXT PRIMARY KEY,
    applied_outbox_id BIGINT NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

-- Permanent failures, one row per failed delivery; act id and revision may be unknown.
CREATE TABLE failures (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL,
    act_id       TEXT,
    revision     BIGINT,
    code         TEXT NOT NULL,
    reason       TEXT NOT NULL,
    raw_metadata TEXT
);
CREATE INDEX failures_act ON failures (act_id);
CREATE INDEX failures_code ON failures (code);

CREATE TABLE audit_log (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      TIMESTAMPTZ NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    act_id  TEXT,
    details JSONB NOT NULL
);
CREATE INDEX audit_log_act ON audit_log (act_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Staff corrections of the masking (added and removed spans), per act revision.
CREATE TABLE corrections (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    act_id        TEXT NOT NULL,
    revision      BIGINT NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    actor         TEXT NOT NULL,
    added_spans   JSONB NOT NULL,
    removed_spans JSONB NOT NULL,
    note          TEXT,
    FOREIGN KEY (act_id, revision) REFERENCES revisions (act_id, revision)
);
CREATE INDEX corrections_act ON corrections (act_id, revision);

-- Judicial staff accounts.
CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('auditor', 'admin')),
    password_hash TEXT,
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL
);
