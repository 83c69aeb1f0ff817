// The registry operations, written once and compiled for each backend: this file is
// `include!`d by `backend/mod.rs` into a module that defines `Db` (the sqlx database),
// `begin` (how a write transaction starts) and the few SQL statements whose syntax
// differs. Everything else is plain SQL both PostgreSQL and SQLite accept ($N
// placeholders, ON CONFLICT, RETURNING), bound with native types.

use crate::backend::{PublicActRef, media_type_from_mime, revision_from_db, sha256_hex};
use crate::error::{Error, Result};
use crate::model::{
    ActRecord, AuditRecord, Counts, FailureRecord, NewAuditEntry, Outcome, OutboxEntry, OutboxOp,
    RecordAct, RecordFailure, ReviewItem, RevisionContent, RevisionRecord, RevisionSummary,
    Status, Withdrawal,
};
use chrono::{DateTime, Utc};
use courtpub_domain::{ActId, ActMeta, PublicAct, Span};
use sqlx::Row;
use sqlx::types::Json;

type Pool = sqlx::Pool<Db>;
type Row_ = <Db as sqlx::Database>::Row;

/// The consumer name of the single public indexer in `indexer_cursor`.
const INDEXER: &str = "index";

fn status_of(s: &str, act_id: &str) -> Result<Status> {
    Status::parse(s).ok_or_else(|| Error::corrupt("status", act_id, format!("unknown status {s:?}")))
}

pub(crate) async fn ping(pool: &Pool) -> Result<()> {
    sqlx::query("SELECT 1").execute(pool).await?;
    Ok(())
}

pub(crate) async fn record_processed(pool: &Pool, act: &RecordAct) -> Result<Outcome> {
    let meta = &act.meta;
    let id = meta.act_id.0.as_str();
    let rev = i64::from(meta.revision);
    let now = Utc::now();
    let sha = sha256_hex(&act.original);

    let mut tx = begin(pool).await?;

    // One statement creates the act if it is new and locks its row until commit, so
    // concurrent writers of the same act take turns (on SQLite, BEGIN IMMEDIATE already
    // holds the single write lock). It returns the act as it was before this revision.
    let row = sqlx::query(
        "INSERT INTO acts (act_id, latest_revision, published_revision, status, court_code, \
         metadata, created_at, updated_at) \
         VALUES ($1, NULL, NULL, 'received', $2, $3, $4, $4) \
         ON CONFLICT (act_id) DO UPDATE SET act_id = excluded.act_id \
         RETURNING latest_revision, published_revision, status",
    )
    .bind(id)
    .bind(meta.court.code.as_str())
    .bind(Json(meta))
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let latest: Option<i64> = row.try_get("latest_revision")?;
    let published: Option<i64> = row.try_get("published_revision")?;
    let act_status = status_of(&row.try_get::<String, _>("status")?, id)?;

    let existing = sqlx::query(
        "SELECT status, original_sha256 FROM revisions WHERE act_id = $1 AND revision = $2",
    )
    .bind(id)
    .bind(rev)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(existing) = existing {
        let status = status_of(&existing.try_get::<String, _>("status")?, id)?;
        if status != Status::Failed {
            let old_sha: Option<String> = existing.try_get("original_sha256")?;
            if old_sha.as_deref() != Some(sha.as_str()) {
                tracing::warn!(
                    act_id = id,
                    revision = meta.revision,
                    "redelivered revision differs from the recorded one; keeping the first"
                );
            }
            tx.rollback().await?;
            return Ok(Outcome::Duplicate);
        }
    }

    let is_latest = latest.is_none_or(|l| rev > l);
    let held = if act.masking.needs_review {
        Status::NeedsReview
    } else {
        Status::Masked
    };
    let withdrawn = act_status == Status::Withdrawn;
    let publish = is_latest && !withdrawn && act.publish;
    let revision_status = if publish { Status::Published } else { held };

    let spans: &Vec<Span> = &act.masking.spans;
    sqlx::query(
        "INSERT INTO revisions (act_id, revision, status, failure_reason, metadata, original, \
         original_sha256, media_type, file_name, text, spans, masked_text, needs_review, \
         received_at, updated_at) \
         VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) \
         ON CONFLICT (act_id, revision) DO UPDATE SET \
         status = excluded.status, failure_reason = NULL, metadata = excluded.metadata, \
         original = excluded.original, original_sha256 = excluded.original_sha256, \
         media_type = excluded.media_type, file_name = excluded.file_name, \
         text = excluded.text, spans = excluded.spans, masked_text = excluded.masked_text, \
         needs_review = excluded.needs_review, updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(rev)
    .bind(revision_status.as_str())
    .bind(Json(meta))
    .bind(act.original.as_slice())
    .bind(sha.as_str())
    .bind(act.media_type.as_mime())
    .bind(act.file_name.as_str())
    .bind(act.text.as_str())
    .bind(Json(spans))
    .bind(act.masking.masked_text.as_str())
    .bind(act.masking.needs_review)
    .bind(now)
    .execute(&mut *tx)
    .await?;

    if !is_latest {
        tx.commit().await?;
        return Ok(Outcome::Stale);
    }

    if publish && let Some(previous) = published {
        sqlx::query(
            "UPDATE revisions SET status = 'superseded', updated_at = $3 \
             WHERE act_id = $1 AND revision = $2",
        )
        .bind(id)
        .bind(previous)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    let new_published = if publish { Some(rev) } else { published };
    let new_act_status = if withdrawn {
        Status::Withdrawn
    } else {
        revision_status
    };
    sqlx::query(
        "UPDATE acts SET latest_revision = $2, published_revision = $3, status = $4, \
         court_code = $5, metadata = $6, updated_at = $7 WHERE act_id = $1",
    )
    .bind(id)
    .bind(rev)
    .bind(new_published)
    .bind(new_act_status.as_str())
    .bind(meta.court.code.as_str())
    .bind(Json(meta))
    .bind(now)
    .execute(&mut *tx)
    .await?;

    let outcome = if publish {
        let payload = PublicActRef {
            meta,
            masked_text: &act.masking.masked_text,
        };
        let outbox_id = insert_outbox(&mut tx, id, rev, "upsert", Some(payload), now).await?;
        Outcome::Published { outbox_id }
    } else if withdrawn {
        Outcome::Withdrawn
    } else {
        Outcome::Unpublished { status: held }
    };
    tx.commit().await?;
    Ok(outcome)
}

async fn insert_outbox(
    tx: &mut sqlx::Transaction<'static, Db>,
    act_id: &str,
    revision: i64,
    op: &str,
    payload: Option<PublicActRef<'_>>,
    now: DateTime<Utc>,
) -> Result<i64> {
    if let Some(lock) = LOCK_OUTBOX {
        sqlx::query(lock).execute(&mut **tx).await?;
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (act_id, revision, op, payload, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(act_id)
    .bind(revision)
    .bind(op)
    .bind(payload.map(Json))
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

pub(crate) async fn record_failed(pool: &Pool, failure: &RecordFailure) -> Result<i64> {
    let now = Utc::now();
    let act_id = failure.act_id.as_ref().map(|a| a.0.as_str());
    let revision = failure.revision.map(i64::from);
    let mut tx = begin(pool).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO failures (at, act_id, revision, code, reason, raw_metadata) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(now)
    .bind(act_id)
    .bind(revision)
    .bind(failure.code.as_str())
    .bind(failure.reason.as_str())
    .bind(failure.raw_metadata.as_deref())
    .fetch_one(&mut *tx)
    .await?;
    if let (Some(act_id), Some(revision)) = (act_id, revision) {
        // A revision already processed stays as it is; a failed one gets the new reason.
        sqlx::query(
            "INSERT INTO revisions (act_id, revision, status, failure_reason, received_at, \
             updated_at) VALUES ($1, $2, 'failed', $3, $4, $4) \
             ON CONFLICT (act_id, revision) DO UPDATE SET \
             failure_reason = excluded.failure_reason, updated_at = excluded.updated_at \
             WHERE revisions.status = 'failed'",
        )
        .bind(act_id)
        .bind(revision)
        .bind(failure.reason.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

pub(crate) async fn failures(pool: &Pool, after: i64, limit: u32) -> Result<Vec<FailureRecord>> {
    let rows = sqlx::query(
        "SELECT id, at, act_id, revision, code, reason, raw_metadata FROM failures \
         WHERE id > $1 ORDER BY id LIMIT $2",
    )
    .bind(after)
    .bind(i64::from(limit))
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let act_id: Option<String> = r.try_get("act_id")?;
            let revision: Option<i64> = r.try_get("revision")?;
            let revision = revision
                .map(|v| revision_from_db(v, act_id.as_deref().unwrap_or("")))
                .transpose()?;
            Ok(FailureRecord {
                id: r.try_get("id")?,
                at: r.try_get("at")?,
                act_id: act_id.map(ActId),
                revision,
                code: r.try_get("code")?,
                reason: r.try_get("reason")?,
                raw_metadata: r.try_get("raw_metadata")?,
            })
        })
        .collect()
}

pub(crate) async fn withdraw(
    pool: &Pool,
    act_id: &ActId,
    actor: &str,
    reason: Option<&str>,
) -> Result<Withdrawal> {
    let id = act_id.0.as_str();
    let now = Utc::now();
    let mut tx = begin(pool).await?;
    let mut row = sqlx::query(SELECT_ACT_FOR_UPDATE)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    if row.is_none() {
        // Between competing workers a withdrawal can overtake its act: leave a tombstone
        // so that the act, when it arrives, is stored but never published. If a writer
        // is creating the act right now, the insert waits for it and does nothing.
        let created: Option<String> = sqlx::query_scalar(
            "INSERT INTO acts (act_id, latest_revision, published_revision, status, \
             court_code, metadata, created_at, updated_at) \
             VALUES ($1, NULL, NULL, 'withdrawn', NULL, NULL, $2, $2) \
             ON CONFLICT (act_id) DO NOTHING RETURNING act_id",
        )
        .bind(id)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        if created.is_some() {
            let details = serde_json::json!({ "before_receipt": true, "reason": reason });
            insert_audit(&mut tx, now, actor, "withdraw", Some(id), &details).await?;
            tx.commit().await?;
            return Ok(Withdrawal::BeforeReceipt);
        }
        row = sqlx::query(SELECT_ACT_FOR_UPDATE)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    }
    let Some(row) = row else {
        return Err(Error::corrupt("act", id, "row vanished during withdrawal"));
    };
    let latest: Option<i64> = row.try_get("latest_revision")?;
    let published: Option<i64> = row.try_get("published_revision")?;
    let status = status_of(&row.try_get::<String, _>("status")?, id)?;
    if status == Status::Withdrawn {
        tx.rollback().await?;
        return Ok(Withdrawal::AlreadyWithdrawn);
    }
    let Some(latest) = latest else {
        return Err(Error::corrupt("act", id, "no latest revision"));
    };
    sqlx::query(
        "UPDATE acts SET status = 'withdrawn', published_revision = NULL, updated_at = $2 \
         WHERE act_id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if let Some(published) = published {
        sqlx::query(
            "UPDATE revisions SET status = 'withdrawn', updated_at = $3 \
             WHERE act_id = $1 AND revision = $2",
        )
        .bind(id)
        .bind(published)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    let outbox_id = insert_outbox(&mut tx, id, latest, "delete", None, now).await?;
    let details = serde_json::json!({
        "latest_revision": latest,
        "published_revision": published,
        "outbox_id": outbox_id,
        "reason": reason,
    });
    insert_audit(&mut tx, now, actor, "withdraw", Some(id), &details).await?;
    tx.commit().await?;
    Ok(Withdrawal::Withdrawn { outbox_id })
}

pub(crate) async fn outbox_after(pool: &Pool, cursor: i64, limit: u32) -> Result<Vec<OutboxEntry>> {
    let rows = sqlx::query(
        "SELECT id, act_id, revision, op, payload, created_at FROM outbox \
         WHERE id > $1 ORDER BY id LIMIT $2",
    )
    .bind(cursor)
    .bind(i64::from(limit))
    .fetch_all(pool)
    .await?;
    rows.iter().map(outbox_entry).collect()
}

fn outbox_entry(r: &Row_) -> Result<OutboxEntry> {
    let act_id: String = r.try_get("act_id")?;
    let op: String = r.try_get("op")?;
    let payload: Option<Json<PublicAct>> = r
        .try_get("payload")
        .map_err(|e| Error::corrupt("outbox payload", &act_id, e))?;
    let op = match (op.as_str(), payload) {
        ("upsert", Some(Json(public))) => OutboxOp::Upsert(public),
        ("delete", None) => OutboxOp::Delete,
        (other, _) => {
            return Err(Error::corrupt(
                "outbox entry",
                &act_id,
                format!("op {other:?} with a mismatched payload"),
            ));
        }
    };
    Ok(OutboxEntry {
        id: r.try_get("id")?,
        revision: revision_from_db(r.try_get("revision")?, &act_id)?,
        op,
        created_at: r.try_get("created_at")?,
        act_id: ActId(act_id),
    })
}

pub(crate) async fn outbox_head(pool: &Pool) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM outbox")
        .fetch_one(pool)
        .await?)
}

pub(crate) async fn prune_outbox(pool: &Pool, up_to: i64) -> Result<u64> {
    let done = sqlx::query("DELETE FROM outbox WHERE id <= $1")
        .bind(up_to)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

pub(crate) async fn set_indexer_cursor(pool: &Pool, applied: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO indexer_cursor (consumer, applied_outbox_id, updated_at) \
         VALUES ($1, $2, $3) ON CONFLICT (consumer) DO UPDATE SET \
         applied_outbox_id = excluded.applied_outbox_id, updated_at = excluded.updated_at",
    )
    .bind(INDEXER)
    .bind(applied)
    .bind(Utc::now())
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn indexer_cursor(pool: &Pool) -> Result<i64> {
    let cursor: Option<i64> =
        sqlx::query_scalar("SELECT applied_outbox_id FROM indexer_cursor WHERE consumer = $1")
            .bind(INDEXER)
            .fetch_optional(pool)
            .await?;
    Ok(cursor.unwrap_or(0))
}

pub(crate) async fn published_acts(
    pool: &Pool,
    after: Option<&ActId>,
    limit: u32,
) -> Result<Vec<PublicAct>> {
    let rows = sqlx::query(
        "SELECT a.act_id, r.metadata, r.masked_text FROM acts a \
         JOIN revisions r ON r.act_id = a.act_id AND r.revision = a.published_revision \
         WHERE a.published_revision IS NOT NULL AND ($1 IS NULL OR a.act_id > $1) \
         ORDER BY a.act_id LIMIT $2",
    )
    .bind(after.map(|a| a.0.as_str()))
    .bind(i64::from(limit))
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let act_id: String = r.try_get("act_id")?;
            let meta: Option<Json<ActMeta>> = r
                .try_get("metadata")
                .map_err(|e| Error::corrupt("metadata", &act_id, e))?;
            let masked_text: Option<String> = r.try_get("masked_text")?;
            match (meta, masked_text) {
                (Some(Json(meta)), Some(masked_text)) => Ok(PublicAct { meta, masked_text }),
                _ => Err(Error::corrupt(
                    "published revision",
                    &act_id,
                    "metadata or masked text missing",
                )),
            }
        })
        .collect()
}

pub(crate) async fn get_act(pool: &Pool, act_id: &ActId) -> Result<Option<ActRecord>> {
    let id = act_id.0.as_str();
    let row = sqlx::query(
        "SELECT latest_revision, published_revision, status, metadata, created_at, updated_at \
         FROM acts WHERE act_id = $1 AND latest_revision IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let latest: i64 = r.try_get("latest_revision")?;
    let published: Option<i64> = r.try_get("published_revision")?;
    let Json(meta): Json<ActMeta> = r
        .try_get("metadata")
        .map_err(|e| Error::corrupt("metadata", id, e))?;
    Ok(Some(ActRecord {
        act_id: act_id.clone(),
        latest_revision: revision_from_db(latest, id)?,
        published_revision: published.map(|p| revision_from_db(p, id)).transpose()?,
        status: status_of(&r.try_get::<String, _>("status")?, id)?,
        meta,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    }))
}

pub(crate) async fn revisions(pool: &Pool, act_id: &ActId) -> Result<Vec<RevisionSummary>> {
    let id = act_id.0.as_str();
    let rows = sqlx::query(
        "SELECT revision, status, failure_reason, received_at, updated_at FROM revisions \
         WHERE act_id = $1 ORDER BY revision",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(RevisionSummary {
                revision: revision_from_db(r.try_get("revision")?, id)?,
                status: status_of(&r.try_get::<String, _>("status")?, id)?,
                failure_reason: r.try_get("failure_reason")?,
                received_at: r.try_get("received_at")?,
                updated_at: r.try_get("updated_at")?,
            })
        })
        .collect()
}

pub(crate) async fn get_revision(
    pool: &Pool,
    act_id: &ActId,
    revision: u32,
) -> Result<Option<RevisionRecord>> {
    let id = act_id.0.as_str();
    let row = sqlx::query(
        "SELECT status, failure_reason, metadata, original, original_sha256, media_type, \
         file_name, text, spans, masked_text, needs_review, received_at, updated_at \
         FROM revisions WHERE act_id = $1 AND revision = $2",
    )
    .bind(id)
    .bind(i64::from(revision))
    .fetch_optional(pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let meta: Option<Json<ActMeta>> = r
        .try_get("metadata")
        .map_err(|e| Error::corrupt("metadata", id, e))?;
    let original: Option<Vec<u8>> = r.try_get("original")?;
    let content = match original {
        None => None,
        Some(original) => {
            let mime: String = r.try_get("media_type")?;
            let Json(spans): Json<Vec<Span>> = r
                .try_get("spans")
                .map_err(|e| Error::corrupt("spans", id, e))?;
            Some(RevisionContent {
                original,
                original_sha256: r.try_get("original_sha256")?,
                media_type: media_type_from_mime(&mime)
                    .ok_or_else(|| Error::corrupt("media type", id, mime.clone()))?,
                file_name: r.try_get("file_name")?,
                text: r.try_get("text")?,
                spans,
                masked_text: r.try_get("masked_text")?,
                needs_review: r.try_get("needs_review")?,
            })
        }
    };
    Ok(Some(RevisionRecord {
        act_id: act_id.clone(),
        revision,
        status: status_of(&r.try_get::<String, _>("status")?, id)?,
        failure_reason: r.try_get("failure_reason")?,
        meta: meta.map(|Json(m)| m),
        content,
        received_at: r.try_get("received_at")?,
        updated_at: r.try_get("updated_at")?,
    }))
}

pub(crate) async fn list_review_queue(pool: &Pool, limit: u32) -> Result<Vec<ReviewItem>> {
    let rows = sqlx::query(
        "SELECT r.act_id, r.revision, a.court_code, r.spans, r.received_at FROM revisions r \
         JOIN acts a ON a.act_id = r.act_id AND a.latest_revision = r.revision \
         WHERE r.status = 'needs_review' AND a.status = 'needs_review' \
         ORDER BY r.received_at, r.act_id LIMIT $1",
    )
    .bind(i64::from(limit))
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let act_id: String = r.try_get("act_id")?;
            let Json(spans): Json<Vec<Span>> = r
                .try_get("spans")
                .map_err(|e| Error::corrupt("spans", &act_id, e))?;
            Ok(ReviewItem {
                revision: revision_from_db(r.try_get("revision")?, &act_id)?,
                court_code: r.try_get("court_code")?,
                spans: spans.len(),
                received_at: r.try_get("received_at")?,
                act_id: ActId(act_id),
            })
        })
        .collect()
}

async fn insert_audit(
    tx: &mut sqlx::Transaction<'static, Db>,
    at: DateTime<Utc>,
    actor: &str,
    action: &str,
    act_id: Option<&str>,
    details: &serde_json::Value,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO audit_log (at, actor, action, act_id, details) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(at)
    .bind(actor)
    .bind(action)
    .bind(act_id)
    .bind(Json(details))
    .fetch_one(&mut **tx)
    .await?)
}

pub(crate) async fn append_audit(pool: &Pool, entry: &NewAuditEntry) -> Result<i64> {
    let mut tx = begin(pool).await?;
    let id = insert_audit(
        &mut tx,
        Utc::now(),
        &entry.actor,
        &entry.action,
        entry.act_id.as_ref().map(|a| a.0.as_str()),
        &entry.details,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub(crate) async fn audit_log(
    pool: &Pool,
    act_id: Option<&ActId>,
    after: i64,
    limit: u32,
) -> Result<Vec<AuditRecord>> {
    let rows = sqlx::query(
        "SELECT id, at, actor, action, act_id, details FROM audit_log \
         WHERE id > $1 AND ($2 IS NULL OR act_id = $2) ORDER BY id LIMIT $3",
    )
    .bind(after)
    .bind(act_id.map(|a| a.0.as_str()))
    .bind(i64::from(limit))
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let act_id: Option<String> = r.try_get("act_id")?;
            let Json(details): Json<serde_json::Value> = r.try_get("details").map_err(|e| {
                Error::corrupt("audit details", act_id.as_deref().unwrap_or(""), e)
            })?;
            Ok(AuditRecord {
                id: r.try_get("id")?,
                at: r.try_get("at")?,
                actor: r.try_get("actor")?,
                action: r.try_get("action")?,
                act_id: act_id.map(ActId),
                details,
            })
        })
        .collect()
}

pub(crate) async fn counts(pool: &Pool) -> Result<Counts> {
    let r = sqlx::query(
        "SELECT \
         (SELECT COUNT(*) FROM acts WHERE latest_revision IS NOT NULL) AS acts, \
         (SELECT COUNT(*) FROM acts WHERE published_revision IS NOT NULL) AS published, \
         (SELECT COUNT(*) FROM acts WHERE status = 'needs_review') AS needs_review, \
         (SELECT COUNT(*) FROM acts WHERE status = 'withdrawn') AS withdrawn, \
         (SELECT COUNT(*) FROM failures) AS failures, \
         (SELECT COALESCE(MAX(id), 0) FROM outbox) AS outbox_head, \
         (SELECT COALESCE(MAX(applied_outbox_id), 0) FROM indexer_cursor \
          WHERE consumer = $1) AS indexer_cursor",
    )
    .bind(INDEXER)
    .fetch_one(pool)
    .await?;
    Ok(Counts {
        acts: r.try_get("acts")?,
        published: r.try_get("published")?,
        needs_review: r.try_get("needs_review")?,
        withdrawn: r.try_get("withdrawn")?,
        failures: r.try_get("failures")?,
        outbox_head: r.try_get("outbox_head")?,
        indexer_cursor: r.try_get("indexer_cursor")?,
    })
}
