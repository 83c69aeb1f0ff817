//! What goes into the registry and what comes out of it.
//!
//! Every type here that can hold act text, a file name or raw metadata implements
//! `Debug` by hand and prints lengths only.

use chrono::{DateTime, Utc};
use courtpub_domain::{
    ActId, ActMeta, Category, Correction, CorrectionKind, DictionaryList, Masking, MediaType,
    PublicAct, Span,
};
use std::fmt;

/// Where a revision (or an act, through its latest revision) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Stored before masking. `record_processed` never leaves a revision here; kept for
    /// callers that record receipt separately.
    Received,
    /// Masked, not published (the caller asked not to publish, or it is stale).
    Masked,
    /// Masked with uncertain spans; waits for judicial staff.
    NeedsReview,
    /// The public copy of the act.
    Published,
    /// Was the public copy until a higher revision replaced it.
    Superseded,
    /// Removed from the public index at the court's request; kept in the registry.
    Withdrawn,
    /// Could not be processed; see the failure reason.
    Failed,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Self::Received,
        Self::Masked,
        Self::NeedsReview,
        Self::Published,
        Self::Superseded,
        Self::Withdrawn,
        Self::Failed,
    ];

    /// The value stored in the `status` columns.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Received => "received",
            Self::Masked => "masked",
            Self::NeedsReview => "needs_review",
            Self::Published => "published",
            Self::Superseded => "superseded",
            Self::Withdrawn => "withdrawn",
            Self::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One processed revision of an act, as the worker hands it over after masking.
#[derive(Clone)]
pub struct RecordAct {
    pub meta: ActMeta,
    /// The document exactly as the court sent it.
    pub original: Vec<u8>,
    pub file_name: String,
    pub media_type: MediaType,
    /// The extracted (unmasked) text.
    pub text: String,
    pub masking: Masking,
    /// Publish this revision now. When false the revision is kept as `needs_review`
    /// (if `masking.needs_review`) or `masked`, and nothing reaches the public index.
    pub publish: bool,
}

impl fmt::Debug for RecordAct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordAct")
            .field("act_id", &self.meta.act_id)
            .field("revision", &self.meta.revision)
            .field("original_len", &self.original.len())
            .field("file_name_len", &self.file_name.len())
            .field("media_type", &self.media_type)
            .field("text_len", &self.text.len())
            .field("masking", &self.masking)
            .field("publish", &self.publish)
            .finish()
    }
}

/// What `record_processed` did with a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The revision is now the public copy; the outbox row `outbox_id` tells the indexer.
    Published { outbox_id: i64 },
    /// The revision is now the act's latest but is not published (`Masked` or
    /// `NeedsReview`). A previously published revision stays public until this one is
    /// approved.
    Unpublished { status: Status },
    /// This (act id, revision) was already recorded: nothing was written.
    Duplicate,
    /// A higher revision is already recorded: this one is stored, the public copy is
    /// untouched.
    Stale,
    /// The act was withdrawn: the revision is stored, nothing is published.
    Withdrawn,
}

/// A permanent failure to process a delivery. The act id and revision are absent when
/// the message could not be read far enough to know them.
#[derive(Clone, Default)]
pub struct RecordFailure {
    pub act_id: Option<ActId>,
    pub revision: Option<u32>,
    /// Stable short code of the kind of failure (`not_json`, `bad_document`…), for
    /// metrics and filtering.
    pub code: String,
    /// Why it failed, for staff and for the dead-letter record. Must not quote act text.
    pub reason: String,
    /// The metadata as received (possibly invalid JSON), kept for diagnosis.
    pub raw_metadata: Option<String>,
}

impl fmt::Debug for RecordFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordFailure")
            .field("act_id", &self.act_id)
            .field("revision", &self.revision)
            .field("code", &self.code)
            .field("reason", &self.reason)
            .field(
                "raw_metadata_len",
                &self.raw_metadata.as_ref().map(String::len),
            )
            .finish()
    }
}

/// A stored failure.
#[derive(Clone)]
pub struct FailureRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub act_id: Option<ActId>,
    pub revision: Option<u32>,
    pub code: String,
    pub reason: String,
    pub raw_metadata: Option<String>,
}

impl fmt::Debug for FailureRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FailureRecord")
            .field("id", &self.id)
            .field("at", &self.at)
            .field("act_id", &self.act_id)
            .field("revision", &self.revision)
            .field("code", &self.code)
            .field("reason", &self.reason)
            .field(
                "raw_metadata_len",
                &self.raw_metadata.as_ref().map(String::len),
            )
            .finish()
    }
}

/// What `withdraw` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawal {
    /// The act is withdrawn; the outbox row `outbox_id` tells the indexer to delete it.
    Withdrawn { outbox_id: i64 },
    /// It was already withdrawn: nothing written.
    AlreadyWithdrawn,
    /// No revision of this act has arrived yet: a tombstone is recorded (with an audit
    /// row), and any revision that arrives later is stored but never published.
    BeforeReceipt,
}

/// What the indexer must do for one outbox entry.
#[derive(Debug, Clone, PartialEq)]
pub enum OutboxOp {
    Upsert(PublicAct),
    Delete,
}

impl OutboxOp {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Upsert(_) => "upsert",
            Self::Delete => "delete",
        }
    }
}

/// One row of the outbox, in commit order (`id` grows with commit order on both
/// backends, so an indexer that applies `id > cursor` never skips an entry).
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxEntry {
    pub id: i64,
    pub act_id: ActId,
    pub revision: u32,
    pub op: OutboxOp,
    pub created_at: DateTime<Utc>,
}

/// An act as the registry knows it: its latest and published revisions.
#[derive(Debug, Clone, PartialEq)]
pub struct ActRecord {
    pub act_id: ActId,
    /// Highest revision processed.
    pub latest_revision: u32,
    /// The revision in the public index, if any.
    pub published_revision: Option<u32>,
    /// Status of the latest revision, or `Withdrawn`.
    pub status: Status,
    /// Metadata of the latest revision.
    pub meta: ActMeta,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Everything stored about one revision (restricted: the original and the unmasked text).
#[derive(Clone, PartialEq)]
pub struct RevisionRecord {
    pub act_id: ActId,
    pub revision: u32,
    pub status: Status,
    pub failure_reason: Option<String>,
    /// Absent for a revision that failed before its metadata was read.
    pub meta: Option<ActMeta>,
    pub content: Option<RevisionContent>,
    pub received_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl fmt::Debug for RevisionRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RevisionRecord")
            .field("act_id", &self.act_id)
            .field("revision", &self.revision)
            .field("status", &self.status)
            .field("failure_reason", &self.failure_reason)
            .field("meta", &self.meta)
            .field("content", &self.content)
            .field("received_at", &self.received_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}

/// The stored document, text and masking of a processed revision.
#[derive(Clone, PartialEq)]
pub struct RevisionContent {
    pub original: Vec<u8>,
    /// Lowercase hex SHA-256 of `original`.
    pub original_sha256: String,
    pub media_type: MediaType,
    pub file_name: String,
    pub text: String,
    pub spans: Vec<Span>,
    pub masked_text: String,
    pub needs_review: bool,
}

impl fmt::Debug for RevisionContent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RevisionContent")
            .field("original_len", &self.original.len())
            .field("original_sha256", &self.original_sha256)
            .field("media_type", &self.media_type)
            .field("file_name_len", &self.file_name.len())
            .field("text_len", &self.text.len())
            .field("spans", &self.spans.len())
            .field("masked_text_len", &self.masked_text.len())
            .field("needs_review", &self.needs_review)
            .finish()
    }
}

/// One act waiting for judicial staff.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    pub act_id: ActId,
    pub revision: u32,
    pub court_code: String,
    pub spans: usize,
    pub received_at: DateTime<Utc>,
}

/// An audit entry to append. `details` must hold ids and counts, not act text or names.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAuditEntry {
    /// Who did it: a staff login, `"court:<code>"`, `"system"`.
    pub actor: String,
    /// What was done, e.g. `"withdraw"`, `"correct"`, `"publish"`.
    pub action: String,
    pub act_id: Option<ActId>,
    pub details: serde_json::Value,
}

/// A stored audit entry. The log has no update or delete, in the API or in the database.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub act_id: Option<ActId>,
    pub details: serde_json::Value,
}

/// Figures for `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Acts with at least one processed revision.
    pub acts: i64,
    pub published: i64,
    pub needs_review: i64,
    pub withdrawn: i64,
    /// Failure rows (one per failed delivery).
    pub failures: i64,
    /// Highest outbox id written (0 when empty).
    pub outbox_head: i64,
    /// Outbox id the indexer has applied (0 when never set).
    pub indexer_cursor: i64,
}

impl Counts {
    /// Outbox entries the indexer has not applied yet.
    pub fn indexer_lag(&self) -> i64 {
        (self.outbox_head - self.indexer_cursor).max(0)
    }
}

/// One line of an act's revision history.
#[derive(Debug, Clone, PartialEq)]
pub struct RevisionSummary {
    pub revision: u32,
    pub status: Status,
    pub failure_reason: Option<String>,
    pub received_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a staff account may do. Auditors review, correct, publish and withdraw; admins
/// also read and export the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StaffRole {
    Auditor,
    Admin,
}

impl StaffRole {
    pub const ALL: [StaffRole; 2] = [Self::Auditor, Self::Admin];

    /// The value stored in `users.role`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auditor => "auditor",
            Self::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<StaffRole> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A staff account to create. `password_hash` is a PHC string (argon2id), never a password.
#[derive(Clone, PartialEq, Eq)]
pub struct NewUser {
    pub login: String,
    pub display_name: String,
    pub role: StaffRole,
    pub password_hash: String,
}

impl fmt::Debug for NewUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewUser")
            .field("login", &self.login)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// A stored staff account.
#[derive(Clone, PartialEq, Eq)]
pub struct UserRecord {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    pub role: StaffRole,
    /// None: the account cannot sign in with a password.
    pub password_hash: Option<String>,
    pub disabled: bool,
    /// Consecutive failed logins since the last success or lock.
    pub failed_logins: u32,
    pub locked_until: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl fmt::Debug for UserRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserRecord")
            .field("id", &self.id)
            .field("login", &self.login)
            .field("role", &self.role)
            .field("disabled", &self.disabled)
            .field("failed_logins", &self.failed_logins)
            .field("locked_until", &self.locked_until)
            .finish_non_exhaustive()
    }
}

/// The state of an account after a failed login.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginFailure {
    pub failed_logins: u32,
    /// Set when this failure reached the limit and locked the account.
    pub locked_until: Option<DateTime<Utc>>,
}

/// A session to store: the SHA-256 of the cookie's token, never the token.
#[derive(Clone, PartialEq, Eq)]
pub struct NewSession {
    pub token_sha256: String,
    pub user_id: i64,
    pub csrf_token: String,
    pub expires_at: DateTime<Utc>,
}

impl fmt::Debug for NewSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewSession")
            .field("user_id", &self.user_id)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// A stored session with its account.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub user: UserRecord,
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

impl fmt::Debug for SessionRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionRecord")
            .field("user", &self.user)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// A correction to store, with what it did to the masking when it was made.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCorrection {
    pub act_id: ActId,
    /// The revision under review; it must be stored.
    pub revision: u32,
    pub actor: String,
    pub correction: Correction,
    /// For `Recategorize`: the category the engine had given.
    pub previous_category: Option<Category>,
    /// The category of the spans taken away (`Keep`, `Remove`); ignored for the others.
    pub removed_category: Option<Category>,
    /// The engine rule whose spans were overridden; None for a miss.
    pub rule: Option<String>,
    pub spans_before: u32,
    pub spans_after: u32,
}

/// A stored correction.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionRecord {
    pub id: i64,
    pub act_id: ActId,
    pub revision: u32,
    pub court_code: String,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub correction: Correction,
    pub category: Category,
    pub previous_category: Option<Category>,
    pub rule: Option<String>,
    pub spans_before: u32,
    pub spans_after: u32,
}

/// How many corrections of one kind, category, court and engine rule there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionStat {
    pub kind: CorrectionKind,
    pub category: Category,
    pub court_code: String,
    pub rule: Option<String>,
    pub count: i64,
}

/// Why an act is in the review queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewReason {
    /// The engine held it (uncertain spans, a "review" category or role, a leak).
    Held,
    /// Auto-published, drawn at random for a check.
    Sample,
}

impl ReviewReason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::Sample => "sample",
        }
    }

    pub fn parse(s: &str) -> Option<ReviewReason> {
        [Self::Held, Self::Sample]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// Which part of the queue to list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReviewFilter {
    pub court_code: Option<String>,
    pub reason: Option<ReviewReason>,
}

/// One act waiting for review, with what the page needs to list it.
#[derive(Clone, PartialEq)]
pub struct QueueItem {
    pub act_id: ActId,
    pub revision: u32,
    pub reason: ReviewReason,
    pub meta: ActMeta,
    pub spans: Vec<Span>,
    pub received_at: DateTime<Utc>,
}

impl fmt::Debug for QueueItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QueueItem")
            .field("act_id", &self.act_id)
            .field("revision", &self.revision)
            .field("reason", &self.reason)
            .field("spans", &self.spans.len())
            .finish_non_exhaustive()
    }
}

/// What one round of sampling decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SampleRound {
    /// Published revisions looked at for the first time.
    pub decided: u32,
    /// Of those, drawn for review.
    pub sampled: u32,
}

/// A reviewed masking to publish as the act's public copy.
#[derive(Clone, PartialEq)]
pub struct Republish {
    pub act_id: ActId,
    /// The revision reviewed; it must still be the act's latest.
    pub revision: u32,
    pub spans: Vec<Span>,
    pub masked_text: String,
    pub actor: String,
}

impl fmt::Debug for Republish {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Republish")
            .field("act_id", &self.act_id)
            .field("revision", &self.revision)
            .field("spans", &self.spans.len())
            .field("masked_text_len", &self.masked_text.len())
            .field("actor", &self.actor)
            .finish()
    }
}

/// What `republish` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Republished {
    pub outbox_id: i64,
    pub audit_id: i64,
}

/// An entry an admin promotes from a correction into the engine's dictionaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDictionaryEntry {
    pub list: DictionaryList,
    /// One word, as written; the engine finds it in any case form.
    pub entry: String,
    pub correction_id: i64,
    /// The act the correction belongs to, for the audit row.
    pub act_id: ActId,
    pub actor: String,
}

/// A stored dictionary entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryEntry {
    pub id: i64,
    pub list: DictionaryList,
    pub entry: String,
    pub correction_id: Option<i64>,
    pub added_by: String,
    pub at: DateTime<Utc>,
}
