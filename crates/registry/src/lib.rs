//! courtpub-registry: the restricted registry, source of truth for every act.
//!
//! It owns the database schema and every write to it: acts and their revisions (the
//! original file with its SHA-256, the extracted text, the spans, the masked text and a
//! status), permanent failures with their reason, the outbox the indexer drains, the
//! indexer's cursor, an append-only audit log, staff corrections and staff accounts.
//! The public index can always be rebuilt from here (`published_acts`).
//!
//! Two backends, one API: PostgreSQL for production (many workers on many machines) and
//! SQLite for the embedded default (one file, WAL). `Registry` is an enum of the two
//! concrete pools rather than `sqlx::Any`, which carries no dates, UUIDs or JSON; the
//! operations are written once (`backend/ops.rs`) and compiled for each database, with
//! one migration folder per database.
//!
//! What it guarantees:
//! - `record_processed` writes the revision, the act's status and the outbox row in one
//!   transaction, and is idempotent on (act id, revision).
//! - Outbox ids grow in commit order on both backends, so a reader that applies
//!   `id > cursor` never skips an entry.
//! - The audit log has no update or delete, in this API or in the database (triggers).
//! - Staff actions that change the masking or the public copy (`add_correction`,
//!   `republish`, `withdraw`) write their audit row in the same transaction.
//! - Sessions are stored by the SHA-256 of their token, never the token itself.
//!
//! What it must never do: hand restricted data to the public side (the outbox and
//! `published_acts` carry only `PublicAct`: public metadata and masked text), or log act
//! text, file names or names of people. `Debug` of its types prints lengths only.

mod backend;
mod error;
mod model;

pub use error::{Error, Result};
pub use model::{
    ActRecord, AuditRecord, CorrectionRecord, CorrectionStat, Counts, DictionaryEntry,
    FailureRecord, LoginFailure, NewAuditEntry, NewCorrection, NewDictionaryEntry, NewSession,
    NewUser, OutboxEntry, OutboxOp, Outcome, QueueItem, RecordAct, RecordFailure, Republish,
    Republished, ReviewFilter, ReviewItem, ReviewReason, RevisionContent, RevisionRecord,
    RevisionSummary, SampleRound, SessionRecord, StaffRole, Status, UserRecord, Withdrawal,
};

use courtpub_domain::{ActId, CaseCategory, PublicAct};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;

/// Pool settings. The defaults suit one worker process.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    pub max_connections: u32,
    /// How long a call waits for a connection before failing with a transient error.
    pub acquire_timeout: Duration,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        Self {
            max_connections: 8,
            acquire_timeout: Duration::from_secs(10),
        }
    }
}

/// The registry over one of its two backends. Cloning is cheap (the pool is shared).
#[derive(Clone)]
pub enum Registry {
    Postgres(PgPool),
    Sqlite(SqlitePool),
}

/// Backend and pool size only: never connection options.
impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (size, idle) = match self {
            Registry::Postgres(pool) => (pool.size(), pool.num_idle()),
            Registry::Sqlite(pool) => (pool.size(), pool.num_idle()),
        };
        f.debug_struct("Registry")
            .field("backend", &self.backend_name())
            .field("connections", &size)
            .field("idle", &idle)
            .finish()
    }
}

macro_rules! dispatch {
    ($self:ident . $op:ident ( $($arg:expr),* )) => {
        match $self {
            Registry::Postgres(pool) => backend::postgres::$op(pool $(, $arg)*).await,
            Registry::Sqlite(pool) => backend::sqlite::$op(pool $(, $arg)*).await,
        }
    };
}

impl Registry {
    /// Connects with default pool settings; see [`Registry::connect_with`].
    pub async fn connect(url: &str) -> Result<Registry> {
        Self::connect_with(url, &ConnectOptions::default()).await
    }

    /// Connects to `sqlite://PATH` (the file is created if missing, in WAL mode with full
    /// fsync on commit) or `postgres://…` / `postgresql://…`. Does not migrate.
    ///
    /// sqlx 0.9.0 leaves Nagle's algorithm on for TCP (sqlx issue #4335, fixed upstream
    /// after the release): each revision insert larger than a TCP segment then waits
    /// ~40 ms for a delayed ACK. With PostgreSQL on the same machine prefer its Unix
    /// socket, `postgres://user@localhost/db?host=/var/run/postgresql`.
    pub async fn connect_with(url: &str, options: &ConnectOptions) -> Result<Registry> {
        let scheme = url.split_once(':').map_or("", |(s, _)| s);
        match scheme {
            "sqlite" => {
                let connect = SqliteConnectOptions::from_str(url)
                    .map_err(Error::InvalidUrl)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    // A commit is acked to the broker: it must survive power loss too.
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(options.acquire_timeout);
                let pool = SqlitePoolOptions::new()
                    .max_connections(options.max_connections)
                    .acquire_timeout(options.acquire_timeout)
                    .connect_with(connect)
                    .await?;
                Ok(Registry::Sqlite(pool))
            }
            "postgres" | "postgresql" => {
                let connect = PgConnectOptions::from_str(url).map_err(Error::InvalidUrl)?;
                let pool = PgPoolOptions::new()
                    .max_connections(options.max_connections)
                    .acquire_timeout(options.acquire_timeout)
                    .connect_with(connect)
                    .await?;
                Ok(Registry::Postgres(pool))
            }
            other => Err(Error::UnsupportedUrl {
                scheme: other.to_owned(),
            }),
        }
    }

    /// `"postgres"` or `"sqlite"`, for logs and `courtpub check`.
    pub fn backend_name(&self) -> &'static str {
        match self {
            Registry::Postgres(_) => "postgres",
            Registry::Sqlite(_) => "sqlite",
        }
    }

    /// Applies the embedded migrations of this backend. Safe to run from several
    /// processes at once (sqlx takes a lock) and on every start.
    pub async fn migrate(&self) -> Result<()> {
        dispatch!(self.migrate())
    }

    /// One round trip to the database, for `courtpub check` and readiness probes.
    pub async fn ping(&self) -> Result<()> {
        dispatch!(self.ping())
    }

    /// Closes the pool; later calls fail with a transient `PoolClosed` error.
    pub async fn close(&self) {
        match self {
            Registry::Postgres(pool) => pool.close().await,
            Registry::Sqlite(pool) => pool.close().await,
        }
    }

    /// Records a processed revision in one transaction: revision row, act status and,
    /// when it is published, an outbox upsert.
    ///
    /// - Same (act id, revision) already recorded → [`Outcome::Duplicate`], nothing
    ///   written (a revision recorded only as failed is replaced instead).
    /// - Lower than the latest revision → stored, public copy untouched,
    ///   [`Outcome::Stale`].
    /// - Higher → becomes the latest; published if `act.publish`, replacing the public
    ///   copy ([`Outcome::Published`]); otherwise kept for review or held
    ///   ([`Outcome::Unpublished`]) while any earlier public copy stays public.
    /// - Act withdrawn → stored, never published, [`Outcome::Withdrawn`].
    ///
    /// Text containing NUL characters is rejected on both backends (PostgreSQL cannot
    /// store it) with the permanent [`Error::NulCharacter`].
    pub async fn record_processed(&self, act: &RecordAct) -> Result<Outcome> {
        reject_nul(act)?;
        let outcome = dispatch!(self.record_processed(act))?;
        tracing::debug!(
            act_id = %act.meta.act_id,
            revision = act.meta.revision,
            outcome = ?outcome,
            "revision recorded"
        );
        Ok(outcome)
    }

    /// Records a permanent failure (bad document, invalid message…) with its reason.
    /// Works without an act id. When act id and revision are known and the revision is
    /// not already processed, the revision is also stored with status `failed`.
    /// Returns the failure row's id.
    /// NUL characters in the act id, reason or raw metadata (a garbled message) are
    /// replaced by U+FFFD so that the failure is always recorded.
    pub async fn record_failed(&self, failure: &RecordFailure) -> Result<i64> {
        let clean = |s: &str| s.replace('\0', "\u{FFFD}");
        let failure = RecordFailure {
            act_id: failure.act_id.as_ref().map(|a| ActId(clean(&a.0))),
            revision: failure.revision,
            code: clean(&failure.code),
            reason: clean(&failure.reason),
            raw_metadata: failure.raw_metadata.as_deref().map(clean),
        };
        dispatch!(self.record_failed(&failure))
    }

    /// Failure rows with `id > after`, oldest first.
    pub async fn failures(&self, after: i64, limit: u32) -> Result<Vec<FailureRecord>> {
        dispatch!(self.failures(after, limit))
    }

    /// Withdraws an act from the public index: status `withdrawn`, an outbox delete and
    /// an audit row by `actor` (with `reason` in its details), in one transaction. The
    /// act stays in the registry; later revisions are stored but never published. An act
    /// not received yet gets a tombstone ([`Withdrawal::BeforeReceipt`]), so a withdrawal
    /// that overtakes its act between competing workers still holds.
    pub async fn withdraw(
        &self,
        act_id: &ActId,
        actor: &str,
        reason: Option<&str>,
    ) -> Result<Withdrawal> {
        dispatch!(self.withdraw(act_id, actor, reason))
    }

    /// Outbox entries with `id > cursor`, in id (= commit) order.
    pub async fn outbox_after(&self, cursor: i64, limit: u32) -> Result<Vec<OutboxEntry>> {
        dispatch!(self.outbox_after(cursor, limit))
    }

    /// Highest outbox id written so far (0 when empty). `reindex` reads it before
    /// rebuilding and then sets the cursor to it.
    pub async fn outbox_head(&self) -> Result<i64> {
        dispatch!(self.outbox_head())
    }

    /// Deletes outbox entries with `id <= up_to` (call only with ids the indexer has
    /// applied and committed). Returns how many were deleted.
    pub async fn prune_outbox(&self, up_to: i64) -> Result<u64> {
        dispatch!(self.prune_outbox(up_to))
    }

    /// Records the last outbox id the indexer has applied and committed. It may move
    /// backwards (a reindex that replays).
    pub async fn set_indexer_cursor(&self, applied: i64) -> Result<()> {
        dispatch!(self.set_indexer_cursor(applied))
    }

    /// The last outbox id the indexer applied (0 when never set).
    pub async fn indexer_cursor(&self) -> Result<i64> {
        dispatch!(self.indexer_cursor())
    }

    /// One page of the public copies, ordered by act id: pass the last act id of the
    /// previous page as `after` (None for the first page). An empty page is the end.
    pub async fn published_acts(
        &self,
        after: Option<&ActId>,
        limit: u32,
    ) -> Result<Vec<PublicAct>> {
        dispatch!(self.published_acts(after, limit))
    }

    /// The act with its latest and published revisions; None if no revision of it was
    /// processed (failures alone do not make an act).
    pub async fn get_act(&self, act_id: &ActId) -> Result<Option<ActRecord>> {
        dispatch!(self.get_act(act_id))
    }

    /// Every stored revision of an act (processed or failed), oldest first.
    pub async fn revisions(&self, act_id: &ActId) -> Result<Vec<RevisionSummary>> {
        dispatch!(self.revisions(act_id))
    }

    /// Everything stored about one revision, restricted data included.
    pub async fn get_revision(
        &self,
        act_id: &ActId,
        revision: u32,
    ) -> Result<Option<RevisionRecord>> {
        dispatch!(self.get_revision(act_id, revision))
    }

    /// Acts whose latest revision waits for review, oldest first.
    pub async fn list_review_queue(&self, limit: u32) -> Result<Vec<ReviewItem>> {
        dispatch!(self.list_review_queue(limit))
    }

    /// Appends to the audit log; returns the entry's id. There is no way to change or
    /// remove an entry.
    pub async fn append_audit(&self, entry: &NewAuditEntry) -> Result<i64> {
        dispatch!(self.append_audit(entry))
    }

    /// Audit entries with `id > after`, oldest first, optionally for one act only.
    pub async fn audit_log(
        &self,
        act_id: Option<&ActId>,
        after: i64,
        limit: u32,
    ) -> Result<Vec<AuditRecord>> {
        dispatch!(self.audit_log(act_id, after, limit))
    }

    /// Creates a staff account; [`Error::UserExists`] if the login is taken.
    pub async fn create_user(&self, user: &NewUser) -> Result<i64> {
        dispatch!(self.create_user(user))
    }

    /// Replaces an account's password hash and lifts a lock; false if no such login.
    pub async fn set_password(&self, login: &str, password_hash: &str) -> Result<bool> {
        dispatch!(self.set_password(login, password_hash))
    }

    pub async fn user_by_login(&self, login: &str) -> Result<Option<UserRecord>> {
        dispatch!(self.user_by_login(login))
    }

    /// Every staff account, by login.
    pub async fn users(&self) -> Result<Vec<UserRecord>> {
        dispatch!(self.users())
    }

    /// Counts a failed login; the `max_failures`-th in a row locks the account for
    /// `lock_for` (and starts the count again).
    pub async fn record_login_failure(
        &self,
        user_id: i64,
        max_failures: u32,
        lock_for: chrono::Duration,
    ) -> Result<LoginFailure> {
        dispatch!(self.record_login_failure(user_id, max_failures, lock_for))
    }

    /// A successful login clears the failure count and any lock.
    pub async fn record_login_success(&self, user_id: i64) -> Result<()> {
        dispatch!(self.record_login_success(user_id))
    }

    /// Stores a new session (and drops expired ones).
    pub async fn create_session(&self, session: &NewSession) -> Result<()> {
        dispatch!(self.create_session(session))
    }

    /// The live session with this token hash: None if unknown, expired or its account is
    /// disabled.
    pub async fn session(&self, token_sha256: &str) -> Result<Option<SessionRecord>> {
        dispatch!(self.session(token_sha256))
    }

    /// Ends a session (logout); false if there was none.
    pub async fn delete_session(&self, token_sha256: &str) -> Result<bool> {
        dispatch!(self.delete_session(token_sha256))
    }

    /// Stores a correction of an act and its audit row in one transaction; returns the
    /// correction's id.
    pub async fn add_correction(&self, correction: &NewCorrection) -> Result<i64> {
        dispatch!(self.add_correction(correction))
    }

    /// The corrections of an act, in the order they were made (the order they apply in).
    pub async fn corrections(&self, act_id: &ActId) -> Result<Vec<CorrectionRecord>> {
        dispatch!(self.corrections(act_id))
    }

    /// Corrections counted by kind, category, court and engine rule, largest first.
    pub async fn correction_stats(&self) -> Result<Vec<CorrectionStat>> {
        dispatch!(self.correction_stats())
    }

    /// Decides, for up to `limit` published revisions not decided yet, whether each is
    /// drawn for review: `rate` gives the fraction (0–1) per case category. The draw is a
    /// hash of act id and revision, so every staff process draws the same acts.
    pub async fn sample_published(
        &self,
        rate: &(dyn Fn(CaseCategory) -> f64 + Sync),
        limit: u32,
    ) -> Result<SampleRound> {
        dispatch!(self.sample_published(rate, limit))
    }

    /// The review queue, oldest first: acts the engine held and sampled published acts
    /// not reviewed yet.
    pub async fn review_queue(&self, filter: &ReviewFilter, limit: u32) -> Result<Vec<QueueItem>> {
        dispatch!(self.review_queue(filter, limit))
    }

    /// Publishes a reviewed masking of the act's latest revision: the revision's spans
    /// and masked text are replaced, it becomes the public copy (an outbox upsert), it
    /// leaves the review queue, and an audit row records it, in one transaction.
    /// Refused for a withdrawn act and for a revision that is no longer the latest.
    pub async fn republish(&self, publish: &Republish) -> Result<Republished> {
        dispatch!(self.republish(publish))
    }

    /// Promotes a correction of `act_id` into a dictionary, with its audit row; None when
    /// the entry is already there (nothing written).
    pub async fn add_dictionary_entry(&self, entry: &NewDictionaryEntry) -> Result<Option<i64>> {
        dispatch!(self.add_dictionary_entry(entry))
    }

    /// Every promoted dictionary entry, oldest first; engines add them at start-up.
    pub async fn dictionary_entries(&self) -> Result<Vec<DictionaryEntry>> {
        dispatch!(self.dictionary_entries())
    }

    /// Figures for `/metrics`, in one round trip.
    pub async fn counts(&self) -> Result<Counts> {
        dispatch!(self.counts())
    }
}

/// Same answer on both backends: SQLite would store a NUL, PostgreSQL refuses it.
fn reject_nul(act: &RecordAct) -> Result<()> {
    let meta = &act.meta;
    let fields: [(&'static str, &str); 7] = [
        ("act id", &meta.act_id.0),
        ("court", &meta.court.code),
        ("court name", &meta.court.name),
        ("case number", &meta.case_number),
        ("file name", &act.file_name),
        ("text", &act.text),
        ("masked text", &act.masking.masked_text),
    ];
    let judges = meta.judges.iter().map(|j| ("judges", j.as_str()));
    let spans = act.masking.spans.iter().flat_map(|s| {
        [
            ("span rule", s.rule.as_str()),
            ("span replacement", s.replacement.as_str()),
        ]
        .into_iter()
        .chain(s.person_key.as_deref().map(|k| ("span person key", k)))
    });
    match fields
        .into_iter()
        .chain(judges)
        .chain(spans)
        .find(|(_, v)| v.contains('\0'))
    {
        Some((what, _)) => Err(Error::NulCharacter {
            what,
            act_id: meta.act_id.0.replace('\0', "\u{FFFD}"),
        }),
        None => Ok(()),
    }
}
