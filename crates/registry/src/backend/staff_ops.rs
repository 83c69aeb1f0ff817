// The staff operations (accounts, sessions, corrections, the review queue and sample,
// re-publication), written once like `ops.rs` and `include!`d into each backend module
// after it, so they share its imports, `Db`, `begin` and helpers.

use crate::backend::sample_point;
use crate::model::{
    CorrectionRecord, CorrectionStat, LoginFailure, NewCorrection, NewSession, NewUser,
    QueueItem, Republish, Republished, ReviewFilter, ReviewReason, SampleRound, SessionRecord,
    StaffRole, UserRecord,
};
use crate::model::{DictionaryEntry, NewDictionaryEntry};
use courtpub_domain::{CaseCategory, Category, Correction, CorrectionKind, DictionaryList};

const USER_COLUMNS: &str = "u.id, u.login, u.display_name, u.role, u.password_hash, u.disabled, \
     u.failed_logins, u.locked_until, u.created_at";

fn user_from_row(r: &Row_) -> Result<UserRecord> {
    let login: String = r.try_get("login")?;
    let role: String = r.try_get("role")?;
    let failed: i32 = r.try_get("failed_logins")?;
    Ok(UserRecord {
        id: r.try_get("id")?,
        role: StaffRole::parse(&role)
            .ok_or_else(|| Error::corrupt("staff role", "", format!("unknown role {role:?}")))?,
        display_name: r.try_get("display_name")?,
        password_hash: r.try_get("password_hash")?,
        disabled: r.try_get("disabled")?,
        failed_logins: u32::try_from(failed).unwrap_or(0),
        locked_until: r.try_get("locked_until")?,
        created_at: r.try_get("created_at")?,
        login,
    })
}

pub(crate) async fn create_user(pool: &Pool, user: &NewUser) -> Result<i64> {
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO users (login, display_name, role, password_hash, disabled, created_at) \
         VALUES ($1, $2, $3, $4, FALSE, $5) ON CONFLICT (login) DO NOTHING RETURNING id",
    )
    .bind(user.login.as_str())
    .bind(user.display_name.as_str())
    .bind(user.role.as_str())
    .bind(user.password_hash.as_str())
    .bind(Utc::now())
    .fetch_optional(pool)
    .await?;
    inserted.ok_or_else(|| Error::UserExists {
        login: user.login.clone(),
    })
}

pub(crate) async fn set_password(pool: &Pool, login: &str, password_hash: &str) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL \
         WHERE login = $1",
    )
    .bind(login)
    .bind(password_hash)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() > 0)
}

pub(crate) async fn user_by_login(pool: &Pool, login: &str) -> Result<Option<UserRecord>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.login = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(login)
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(user_from_row).transpose()
}

pub(crate) async fn users(pool: &Pool) -> Result<Vec<UserRecord>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u ORDER BY u.login");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await?;
    rows.iter().map(user_from_row).collect()
}

pub(crate) async fn record_login_failure(
    pool: &Pool,
    user_id: i64,
    max_failures: u32,
    lock_for: chrono::Duration,
) -> Result<LoginFailure> {
    let now = Utc::now();
    let mut tx = begin(pool).await?;
    let failed: i32 = sqlx::query_scalar(
        "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 \
         RETURNING failed_logins",
    )
    .bind(user_id)
    .fetch_one(&mut *tx)
    .await?;
    let failed = u32::try_from(failed).unwrap_or(u32::MAX);
    let locked_until = if failed >= max_failures.max(1) {
        let until = now + lock_for;
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = $2 WHERE id = $1")
            .bind(user_id)
            .bind(until)
            .execute(&mut *tx)
            .await?;
        Some(until)
    } else {
        None
    };
    tx.commit().await?;
    Ok(LoginFailure {
        failed_logins: failed,
        locked_until,
    })
}

pub(crate) async fn record_login_success(pool: &Pool, user_id: i64) -> Result<()> {
    sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

pub(crate) async fn create_session(pool: &Pool, session: &NewSession) -> Result<()> {
    let now = Utc::now();
    let mut tx = begin(pool).await?;
    // Expired sessions go on every sign-in, so the table holds live ones only.
    sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO sessions (token_sha256, user_id, csrf_token, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(session.token_sha256.as_str())
    .bind(session.user_id)
    .bind(session.csrf_token.as_str())
    .bind(now)
    .bind(session.expires_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn session(pool: &Pool, token_sha256: &str) -> Result<Option<SessionRecord>> {
    let sql = format!(
        "SELECT {USER_COLUMNS}, s.csrf_token, s.created_at AS session_created_at, s.expires_at \
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_sha256 = $1"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(token_sha256)
        .fetch_optional(pool)
        .await?;
    let Some(r) = row else { return Ok(None) };
    let record = SessionRecord {
        user: user_from_row(&r)?,
        csrf_token: r.try_get("csrf_token")?,
        created_at: r.try_get("session_created_at")?,
        expires_at: r.try_get("expires_at")?,
    };
    // Compared here rather than in SQL: SQLite stores timestamps as text.
    if record.expires_at <= Utc::now() || record.user.disabled {
        return Ok(None);
    }
    Ok(Some(record))
}

pub(crate) async fn delete_session(pool: &Pool, token_sha256: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM sessions WHERE token_sha256 = $1")
        .bind(token_sha256)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub(crate) async fn add_correction(pool: &Pool, new: &NewCorrection) -> Result<i64> {
    let id = new.act_id.0.as_str();
    let now = Utc::now();
    let correction = &new.correction;
    let kind = correction.kind();
    let category = match correction.category() {
        Some(c) => c,
        None => new.removed_category.unwrap_or(Category::Name),
    };
    let mut tx = begin(pool).await?;
    let court: Option<String> = sqlx::query_scalar(
        "SELECT a.court_code FROM acts a JOIN revisions r ON r.act_id = a.act_id \
         WHERE a.act_id = $1 AND r.revision = $2 AND r.status <> 'failed'",
    )
    .bind(id)
    .bind(i64::from(new.revision))
    .fetch_optional(&mut *tx)
    .await?
    .flatten();
    let Some(court) = court else {
        return Err(Error::NotFound {
            act_id: id.to_owned(),
            revision: new.revision,
        });
    };
    let correction_id: i64 = sqlx::query_scalar(
        "INSERT INTO corrections (act_id, revision, court_code, at, actor, kind, category, \
         previous_category, rule, surface, spans_before, spans_after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(id)
    .bind(i64::from(new.revision))
    .bind(court.as_str())
    .bind(now)
    .bind(new.actor.as_str())
    .bind(kind.as_str())
    .bind(category.as_str())
    .bind(new.previous_category.map(Category::as_str))
    .bind(new.rule.as_deref())
    .bind(correction.surface())
    .bind(i32::try_from(new.spans_before).unwrap_or(i32::MAX))
    .bind(i32::try_from(new.spans_after).unwrap_or(i32::MAX))
    .fetch_one(&mut *tx)
    .await?;
    // The audit row names the correction, not its text: the log is exported.
    let details = serde_json::json!({
        "revision": new.revision,
        "correction_id": correction_id,
        "kind": kind.as_str(),
        "category": category.as_str(),
        "previous_category": new.previous_category.map(Category::as_str),
        "rule": new.rule,
        "spans_before": new.spans_before,
        "spans_after": new.spans_after,
    });
    insert_audit(&mut tx, now, &new.actor, "correct", Some(id), &details).await?;
    tx.commit().await?;
    Ok(correction_id)
}

fn category_of(s: &str, act_id: &str) -> Result<Category> {
    Category::parse(s).ok_or_else(|| Error::corrupt("category", act_id, format!("{s:?}")))
}

fn count_from_db(v: i32) -> u32 {
    u32::try_from(v).unwrap_or(0)
}

pub(crate) async fn corrections(pool: &Pool, act_id: &ActId) -> Result<Vec<CorrectionRecord>> {
    let id = act_id.0.as_str();
    let rows = sqlx::query(
        "SELECT id, revision, court_code, at, actor, kind, category, previous_category, rule, \
         surface, spans_before, spans_after FROM corrections WHERE act_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let category = category_of(&r.try_get::<String, _>("category")?, id)?;
            let previous: Option<String> = r.try_get("previous_category")?;
            let surface: String = r.try_get("surface")?;
            let correction = match CorrectionKind::parse(&kind) {
                Some(CorrectionKind::Mask) => Correction::Mask { surface, category },
                Some(CorrectionKind::Keep) => Correction::Keep { surface },
                Some(CorrectionKind::Remove) => Correction::Remove { surface },
                Some(CorrectionKind::Recategorize) => {
                    Correction::Recategorize { surface, category }
                }
                None => return Err(Error::corrupt("correction kind", id, kind)),
            };
            Ok(CorrectionRecord {
                id: r.try_get("id")?,
                act_id: act_id.clone(),
                revision: revision_from_db(r.try_get("revision")?, id)?,
                court_code: r.try_get("court_code")?,
                at: r.try_get("at")?,
                actor: r.try_get("actor")?,
                correction,
                category,
                previous_category: previous.map(|p| category_of(&p, id)).transpose()?,
                rule: r.try_get("rule")?,
                spans_before: count_from_db(r.try_get("spans_before")?),
                spans_after: count_from_db(r.try_get("spans_after")?),
            })
        })
        .collect()
}

pub(crate) async fn correction_stats(pool: &Pool) -> Result<Vec<CorrectionStat>> {
    let rows = sqlx::query(
        "SELECT kind, category, court_code, rule, COUNT(*) AS n FROM corrections \
         GROUP BY kind, category, court_code, rule ORDER BY n DESC, kind, category, court_code",
    )
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            Ok(CorrectionStat {
                kind: CorrectionKind::parse(&kind)
                    .ok_or_else(|| Error::corrupt("correction kind", "", kind.clone()))?,
                category: category_of(&r.try_get::<String, _>("category")?, "")?,
                court_code: r.try_get("court_code")?,
                rule: r.try_get("rule")?,
                count: r.try_get("n")?,
            })
        })
        .collect()
}

pub(crate) async fn sample_published(
    pool: &Pool,
    rate: &(dyn Fn(CaseCategory) -> f64 + Sync),
    limit: u32,
) -> Result<SampleRound> {
    let rows = sqlx::query(
        "SELECT r.act_id, r.revision, r.metadata FROM revisions r \
         LEFT JOIN review_samples s ON s.act_id = r.act_id AND s.revision = r.revision \
         WHERE r.status = 'published' AND s.act_id IS NULL ORDER BY r.updated_at LIMIT $1",
    )
    .bind(i64::from(limit))
    .fetch_all(pool)
    .await?;
    let now = Utc::now();
    let mut round = SampleRound::default();
    for r in &rows {
        let act_id: String = r.try_get("act_id")?;
        let revision: i64 = r.try_get("revision")?;
        let Json(meta): Json<ActMeta> = r
            .try_get("metadata")
            .map_err(|e| Error::corrupt("metadata", &act_id, e))?;
        let sampled = sample_point(&act_id, revision) < rate(meta.case_category);
        // Another staff process may decide the same revision at the same moment: the
        // first decision stands (the draw is the same anyway).
        let done = sqlx::query(
            "INSERT INTO review_samples (act_id, revision, sampled, decided_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (act_id, revision) DO NOTHING",
        )
        .bind(act_id.as_str())
        .bind(revision)
        .bind(sampled)
        .bind(now)
        .execute(pool)
        .await?;
        if done.rows_affected() > 0 {
            round.decided += 1;
            round.sampled += u32::from(sampled);
        }
    }
    Ok(round)
}

pub(crate) async fn review_queue(
    pool: &Pool,
    filter: &ReviewFilter,
    limit: u32,
) -> Result<Vec<QueueItem>> {
    let rows = sqlx::query(
        "SELECT act_id, revision, reason, metadata, spans, received_at FROM ( \
           SELECT r.act_id, r.revision, 'held' AS reason, r.metadata, r.spans, r.received_at, \
                  a.court_code \
           FROM revisions r JOIN acts a ON a.act_id = r.act_id AND a.latest_revision = r.revision \
           WHERE r.status = 'needs_review' AND a.status = 'needs_review' \
           UNION ALL \
           SELECT r.act_id, r.revision, 'sample' AS reason, r.metadata, r.spans, r.received_at, \
                  a.court_code \
           FROM review_samples s \
           JOIN revisions r ON r.act_id = s.act_id AND r.revision = s.revision \
           JOIN acts a ON a.act_id = r.act_id AND a.published_revision = r.revision \
           WHERE s.sampled = TRUE AND s.reviewed_at IS NULL AND a.status = 'published' \
         ) q WHERE ($1 IS NULL OR court_code = $1) AND ($2 IS NULL OR reason = $2) \
         ORDER BY received_at, act_id LIMIT $3",
    )
    .bind(filter.court_code.as_deref())
    .bind(filter.reason.map(ReviewReason::as_str))
    .bind(i64::from(limit))
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let act_id: String = r.try_get("act_id")?;
            let reason: String = r.try_get("reason")?;
            let Json(meta): Json<ActMeta> = r
                .try_get("metadata")
                .map_err(|e| Error::corrupt("metadata", &act_id, e))?;
            let Json(spans): Json<Vec<Span>> = r
                .try_get("spans")
                .map_err(|e| Error::corrupt("spans", &act_id, e))?;
            Ok(QueueItem {
                revision: revision_from_db(r.try_get("revision")?, &act_id)?,
                reason: ReviewReason::parse(&reason)
                    .ok_or_else(|| Error::corrupt("review reason", &act_id, reason.clone()))?,
                meta,
                spans,
                received_at: r.try_get("received_at")?,
                act_id: ActId(act_id),
            })
        })
        .collect()
}

pub(crate) async fn republish(pool: &Pool, publish: &Republish) -> Result<Republished> {
    let id = publish.act_id.0.as_str();
    let rev = i64::from(publish.revision);
    let now = Utc::now();
    let mut tx = begin(pool).await?;
    let not_found = || Error::NotFound {
        act_id: id.to_owned(),
        revision: publish.revision,
    };
    let act = sqlx::query(SELECT_ACT_FOR_UPDATE)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(not_found)?;
    let latest: Option<i64> = act.try_get("latest_revision")?;
    let published: Option<i64> = act.try_get("published_revision")?;
    if status_of(&act.try_get::<String, _>("status")?, id)? == Status::Withdrawn {
        return Err(Error::ActWithdrawn { act_id: id.to_owned() });
    }
    let latest = latest.ok_or_else(not_found)?;
    if latest != rev {
        return Err(Error::StaleRevision {
            act_id: id.to_owned(),
            revision: publish.revision,
            latest: revision_from_db(latest, id)?,
        });
    }
    let before = sqlx::query(
        "SELECT metadata, spans, masked_text FROM revisions \
         WHERE act_id = $1 AND revision = $2 AND status <> 'failed'",
    )
    .bind(id)
    .bind(rev)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(not_found)?;
    let Json(meta): Json<ActMeta> = before
        .try_get("metadata")
        .map_err(|e| Error::corrupt("metadata", id, e))?;
    let Json(old_spans): Json<Vec<Span>> = before
        .try_get("spans")
        .map_err(|e| Error::corrupt("spans", id, e))?;
    let old_masked: String = before.try_get("masked_text")?;

    sqlx::query(
        "UPDATE revisions SET status = 'published', spans = $3, masked_text = $4, \
         needs_review = FALSE, updated_at = $5 WHERE act_id = $1 AND revision = $2",
    )
    .bind(id)
    .bind(rev)
    .bind(Json(&publish.spans))
    .bind(publish.masked_text.as_str())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if let Some(previous) = published.filter(|p| *p != rev) {
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
    sqlx::query(
        "UPDATE acts SET published_revision = $2, status = 'published', updated_at = $3 \
         WHERE act_id = $1",
    )
    .bind(id)
    .bind(rev)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    // Reviewed now: it is not drawn for the sample later, and leaves the queue if it was.
    sqlx::query(
        "INSERT INTO review_samples (act_id, revision, sampled, decided_at, reviewed_at, \
         reviewed_by) VALUES ($1, $2, FALSE, $3, $3, $4) ON CONFLICT (act_id, revision) \
         DO UPDATE SET reviewed_at = excluded.reviewed_at, reviewed_by = excluded.reviewed_by",
    )
    .bind(id)
    .bind(rev)
    .bind(now)
    .bind(publish.actor.as_str())
    .execute(&mut *tx)
    .await?;
    let payload = PublicActRef {
        meta: &meta,
        masked_text: &publish.masked_text,
    };
    let outbox_id = insert_outbox(&mut tx, id, rev, "upsert", Some(payload), now).await?;
    let details = serde_json::json!({
        "revision": publish.revision,
        "previous_published_revision": published,
        "outbox_id": outbox_id,
        "spans_before": old_spans.len(),
        "spans_after": publish.spans.len(),
        "masked_sha256_before": sha256_hex(old_masked.as_bytes()),
        "masked_sha256_after": sha256_hex(publish.masked_text.as_bytes()),
    });
    let audit_id = insert_audit(&mut tx, now, &publish.actor, "publish", Some(id), &details).await?;
    tx.commit().await?;
    Ok(Republished {
        outbox_id,
        audit_id,
    })
}

pub(crate) async fn add_dictionary_entry(
    pool: &Pool,
    new: &NewDictionaryEntry,
) -> Result<Option<i64>> {
    let now = Utc::now();
    let act_id = new.act_id.0.as_str();
    let mut tx = begin(pool).await?;
    let known: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM corrections WHERE id = $1 AND act_id = $2",
    )
    .bind(new.correction_id)
    .bind(act_id)
    .fetch_optional(&mut *tx)
    .await?;
    if known.is_none() {
        return Err(Error::NotFound {
            act_id: act_id.to_owned(),
            revision: 0,
        });
    }
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO dictionary_entries (list, entry, correction_id, added_by, at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (list, entry) DO NOTHING RETURNING id",
    )
    .bind(new.list.as_str())
    .bind(new.entry.as_str())
    .bind(new.correction_id)
    .bind(new.actor.as_str())
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(entry_id) = id {
        // The entry itself is act text (a name): the audit row points to it instead.
        let details = serde_json::json!({
            "list": new.list.as_str(),
            "dictionary_entry_id": entry_id,
            "correction_id": new.correction_id,
        });
        insert_audit(&mut tx, now, &new.actor, "promote", Some(act_id), &details).await?;
    }
    tx.commit().await?;
    Ok(id)
}

pub(crate) async fn dictionary_entries(pool: &Pool) -> Result<Vec<DictionaryEntry>> {
    let rows = sqlx::query(
        "SELECT id, list, entry, correction_id, added_by, at FROM dictionary_entries ORDER BY id",
    )
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let list: String = r.try_get("list")?;
            Ok(DictionaryEntry {
                id: r.try_get("id")?,
                list: DictionaryList::parse(&list)
                    .ok_or_else(|| Error::corrupt("dictionary list", "", list.clone()))?,
                entry: r.try_get("entry")?,
                correction_id: r.try_get("correction_id")?,
                added_by: r.try_get("added_by")?,
                at: r.try_get("at")?,
            })
        })
        .collect()
}
