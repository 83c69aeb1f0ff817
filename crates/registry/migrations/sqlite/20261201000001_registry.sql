-- The restricted registry: source of truth for every act courtpub has received.
-- Keep this file and ../postgres/ in step: same tables, same columns. SQLite has no
-- JSON, timestamp or boolean storage classes: JSON and timestamps are TEXT (RFC 3339),
-- booleans INTEGER, as sqlx encodes them.

CREATE TABLE acts (
    act_id             TEXT PRIMARY KEY NOT NULL,
    latest_revision    INTEGER,
    published_revision INTEGER,
    status             TEXT NOT NULL CHECK (status IN
        ('received', 'masked', 'needs_review', 'published', 'superseded', 'withdrawn', 'failed')),
    -- Court and metadata of the latest revision; NULL (with latest_revision) only for
    -- a tombstone: an act withdrawn before any revision of it arrived.
    court_code         TEXT,
    metadata           TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX acts_status ON acts (status);
CREATE INDEX acts_published ON acts (act_id) WHERE published_revision IS NOT NULL;

CREATE TABLE revisions (
    act_id          TEXT NOT NULL,
    revision        INTEGER NOT NULL CHECK (revision >= 0),
    status          TEXT NOT NULL CHECK (status IN
        ('received', 'masked', 'needs_review', 'published', 'superseded', 'withdrawn', 'failed')),
    failure_reason  TEXT,
    metadata        TEXT,
    original        BLOB,
    original_sha256 TEXT,
    media_type      TEXT,
    file_name       TEXT,
    text            TEXT,
    spans           TEXT,
    masked_text     TEXT,
    needs_review    BOOLEAN NOT NULL DEFAULT 0,
    received_at     TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (act_id, revision),
    CHECK (status = 'failed' OR (original IS NOT NULL AND masked_text IS NOT NULL))
);
CREATE INDEX revisions_review ON revisions (received_at) WHERE status = 'needs_review';

-- SQLite has one writer at a time, so AUTOINCREMENT ids grow in commit order.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    act_id     TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    payload    TEXT,
    created_at TEXT NOT NULL,
    CHECK ((op = 'upsert') = (payload IS NOT NULL))
);

CREATE TABLE indexer_cursor (
    consumer          TEXT PRIMARY KEY NOT NULL,
    applied_outbox_id INTEGER NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE TABLE failures (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    act_id       TEXT,
    revision     INTEGER,
    code         TEXT NOT NULL,
    reason       TEXT NOT NULL,
    raw_metadata TEXT
);
CREATE INDEX failures_act ON failures (act_id);
CREATE INDEX failures_code ON failures (code);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    act_id  TEXT,
    details TEXT NOT NULL
);
CREATE INDEX audit_log_act ON audit_log (act_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE is not allowed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: DELETE is not allowed');
END;

CREATE TABLE corrections (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    act_id        TEXT NOT NULL,
    revision      INTEGER NOT NULL,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    added_spans   TEXT NOT NULL,
    removed_spans TEXT NOT NULL,
    note          TEXT,
    FOREIGN KEY (act_id, revision) REFERENCES revisions (act_id, revision)
);
CREATE INDEX corrections_act ON corrections (act_id, revision);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('auditor', 'admin')),
    password_hash TEXT,
    disabled      BOOLEAN NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);
