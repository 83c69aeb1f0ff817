//! The specification of the registry, one function per behaviour, each run against
//! both backends by `registry_test_suite!`.

use crate::fixture::{self, NAME, id, published};
use crate::support::TestDb;
use courtpub_registry::{
    NewAuditEntry, OutboxEntry, OutboxOp, Outcome, RecordFailure, Registry, Status, Withdrawal,
};

async fn all_outbox(reg: &Registry) -> Vec<OutboxEntry> {
    reg.outbox_after(0, 10_000).await.expect("read outbox")
}

fn upsert_text(entry: &OutboxEntry) -> &str {
    match &entry.op {
        OutboxOp::Upsert(public) => &public.masked_text,
        OutboxOp::Delete => panic!("expected an upsert, got a delete for {:?}", entry.act_id),
    }
}

pub async fn idempotent_redelivery(db: &TestDb) {
    let reg = &db.registry;
    let act = published("A-1", 1);
    let first = reg.record_processed(&act).await.expect("first delivery");
    assert!(matches!(first, Outcome::Published { .. }), "{first:?}");
    for _ in 0..3 {
        let again = reg.record_processed(&act).await.expect("redelivery");
        assert_eq!(again, Outcome::Duplicate);
    }
    // Even a redelivery with different bytes is the same revision: the first one stays.
    let mut changed = act.clone();
    changed.masking.masked_text = "something else".to_owned();
    assert_eq!(
        reg.record_processed(&changed)
            .await
            .expect("changed redelivery"),
        Outcome::Duplicate
    );
    let outbox = all_outbox(reg).await;
    assert_eq!(outbox.len(), 1, "one outbox row, not one per delivery");
    assert_eq!(upsert_text(&outbox[0]), act.masking.masked_text);
    assert_eq!(reg.revisions(&id("A-1")).await.expect("revisions").len(), 1);
}

pub async fn higher_revision_replaces_public_copy(db: &TestDb) {
    let reg = &db.registry;
    let r1 = published("A-1", 1);
    let r2 = published("A-1", 2);
    reg.record_processed(&r1).await.expect("r1");
    let out = reg.record_processed(&r2).await.expect("r2");
    assert!(matches!(out, Outcome::Published { .. }), "{out:?}");

    let act = reg
        .get_act(&id("A-1"))
        .await
        .expect("get")
        .expect("act exists");
    assert_eq!(act.latest_revision, 2);
    assert_eq!(act.published_revision, Some(2));
    assert_eq!(act.status, Status::Published);
    assert_eq!(act.meta, r2.meta);

    let history = reg.revisions(&id("A-1")).await.expect("revisions");
    let statuses: Vec<(u32, Status)> = history.iter().map(|r| (r.revision, r.status)).collect();
    assert_eq!(
        statuses,
        vec![(1, Status::Superseded), (2, Status::Published)]
    );

    let outbox = all_outbox(reg).await;
    assert_eq!(outbox.len(), 2);
    assert_eq!((outbox[0].revision, outbox[1].revision), (1, 2));
    assert_eq!(upsert_text(&outbox[1]), r2.masking.masked_text);

    let public = reg.published_acts(None, 10).await.expect("published");
    assert_eq!(public.len(), 1);
    assert_eq!(public[0].meta.revision, 2);
    assert_eq!(public[0].masked_text, r2.masking.masked_text);
}

pub async fn stale_revision_is_kept_but_not_published(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&published("A-1", 3))
        .await
        .expect("r3");
    let out = reg
        .record_processed(&published("A-1", 2))
        .await
        .expect("r2 late");
    assert_eq!(out, Outcome::Stale);

    let act = reg.get_act(&id("A-1")).await.expect("get").expect("act");
    assert_eq!((act.latest_revision, act.published_revision), (3, Some(3)));
    let stale = reg
        .get_revision(&id("A-1"), 2)
        .await
        .expect("get r2")
        .expect("stale revision is stored");
    assert_eq!(stale.status, Status::Masked);
    assert!(stale.content.is_some());
    assert_eq!(
        all_outbox(reg).await.len(),
        1,
        "stale revision publishes nothing"
    );
    // The stale revision is now recorded: its redelivery is a duplicate.
    assert_eq!(
        reg.record_processed(&published("A-1", 2))
            .await
            .expect("again"),
        Outcome::Duplicate
    );
}

pub async fn needs_review_publishes_nothing(db: &TestDb) {
    let reg = &db.registry;
    let out = reg
        .record_processed(&fixture::act("R-1", 1, false, true))
        .await
        .expect("record");
    assert_eq!(
        out,
        Outcome::Unpublished {
            status: Status::NeedsReview
        }
    );
    let held = reg
        .record_processed(&fixture::act("H-1", 1, false, false))
        .await
        .expect("record held");
    assert_eq!(
        held,
        Outcome::Unpublished {
            status: Status::Masked
        }
    );
    assert!(all_outbox(reg).await.is_empty());
    assert!(reg.published_acts(None, 10).await.expect("pub").is_empty());

    let queue = reg.list_review_queue(10).await.expect("queue");
    assert_eq!(queue.len(), 1, "{queue:?}");
    assert_eq!(queue[0].act_id, id("R-1"));
    assert_eq!(queue[0].revision, 1);
    assert_eq!(queue[0].spans, 1);
    assert_eq!(queue[0].court_code, "test-court");
    let act = reg.get_act(&id("R-1")).await.expect("get").expect("act");
    assert_eq!(act.status, Status::NeedsReview);
    assert_eq!(act.published_revision, None);
}

pub async fn review_of_new_revision_keeps_old_public_copy(db: &TestDb) {
    let reg = &db.registry;
    let r1 = published("A-1", 1);
    reg.record_processed(&r1).await.expect("r1");
    reg.record_processed(&fixture::act("A-1", 2, false, true))
        .await
        .expect("r2 for review");
    let act = reg.get_act(&id("A-1")).await.expect("get").expect("act");
    assert_eq!((act.latest_revision, act.published_revision), (2, Some(1)));
    let public = reg.published_acts(None, 10).await.expect("pub");
    assert_eq!(public.len(), 1);
    assert_eq!(public[0].masked_text, r1.masking.masked_text);
    let queue = reg.list_review_queue(10).await.expect("queue");
    assert_eq!(
        queue.iter().map(|q| q.revision).collect::<Vec<_>>(),
        vec![2]
    );
}

pub async fn withdraw_removes_public_copy_and_audits(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&published("W-1", 1))
        .await
        .expect("r1");
    let withdrawal = reg
        .withdraw(&id("W-1"), "court:test-court", Some("annulled on appeal"))
        .await
        .expect("withdraw");
    let Withdrawal::Withdrawn { outbox_id } = withdrawal else {
        panic!("expected Withdrawn, got {withdrawal:?}");
    };
    let outbox = all_outbox(reg).await;
    let last = outbox.last().expect("outbox has rows");
    assert_eq!(last.id, outbox_id);
    assert_eq!(last.op, OutboxOp::Delete);
    assert_eq!(last.act_id, id("W-1"));

    let act = reg
        .get_act(&id("W-1"))
        .await
        .expect("get")
        .expect("kept in registry");
    assert_eq!(act.status, Status::Withdrawn);
    assert_eq!(act.published_revision, None);
    assert!(reg.published_acts(None, 10).await.expect("pub").is_empty());
    let rev = reg
        .get_revision(&id("W-1"), 1)
        .await
        .expect("get")
        .expect("rev");
    assert_eq!(rev.status, Status::Withdrawn);
    assert!(rev.content.is_some(), "original kept after withdrawal");

    let audit = reg.audit_log(Some(&id("W-1")), 0, 10).await.expect("audit");
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].action, "withdraw");
    assert_eq!(audit[0].actor, "court:test-court");
    assert_eq!(audit[0].details["reason"], "annulled on appeal");
    assert_eq!(audit[0].details["published_revision"], 1);

    assert_eq!(
        reg.withdraw(&id("W-1"), "court:test-court", None)
            .await
            .expect("again"),
        Withdrawal::AlreadyWithdrawn
    );
    assert_eq!(
        all_outbox(reg).await.len(),
        outbox.len(),
        "no more outbox rows"
    );
    assert_eq!(reg.audit_log(None, 0, 10).await.expect("audit").len(), 1);
}

pub async fn revision_after_withdrawal_stays_unpublished(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&published("W-1", 1))
        .await
        .expect("r1");
    reg.withdraw(&id("W-1"), "staff:auditor", None)
        .await
        .expect("withdraw");
    let out = reg
        .record_processed(&published("W-1", 2))
        .await
        .expect("r2");
    assert_eq!(out, Outcome::Withdrawn);
    let act = reg.get_act(&id("W-1")).await.expect("get").expect("act");
    assert_eq!(act.status, Status::Withdrawn);
    assert_eq!((act.latest_revision, act.published_revision), (2, None));
    let last = all_outbox(reg).await.pop().expect("outbox");
    assert_eq!(
        last.op,
        OutboxOp::Delete,
        "nothing upserted after the delete"
    );
}

pub async fn outbox_order_and_cursor(db: &TestDb) {
    let reg = &db.registry;
    assert_eq!(reg.indexer_cursor().await.expect("cursor"), 0);
    assert_eq!(reg.outbox_head().await.expect("head"), 0);
    for n in 0..5 {
        reg.record_processed(&published(&format!("O-{n}"), 1))
            .await
            .expect("record");
    }
    let mut seen = Vec::new();
    let mut cursor = reg.indexer_cursor().await.expect("cursor");
    loop {
        let page = reg.outbox_after(cursor, 2).await.expect("page");
        if page.is_empty() {
            break;
        }
        assert!(page.len() <= 2);
        for entry in &page {
            assert!(entry.id > cursor, "ids grow: {} after {cursor}", entry.id);
            cursor = entry.id;
            seen.push(entry.act_id.0.clone());
        }
        reg.set_indexer_cursor(cursor).await.expect("set cursor");
        assert_eq!(reg.indexer_cursor().await.expect("cursor"), cursor);
    }
    assert_eq!(seen, ["O-0", "O-1", "O-2", "O-3", "O-4"]);
    assert_eq!(reg.outbox_head().await.expect("head"), cursor);
    let counts = reg.counts().await.expect("counts");
    assert_eq!(counts.indexer_lag(), 0);

    // Moving back replays, pruning removes applied entries but keeps ids growing.
    reg.set_indexer_cursor(0).await.expect("rewind");
    assert_eq!(reg.counts().await.expect("counts").indexer_lag(), 5);
    let pruned = reg.prune_outbox(cursor).await.expect("prune");
    assert_eq!(pruned, 5);
    assert!(all_outbox(reg).await.is_empty());
    let Outcome::Published { outbox_id } = reg
        .record_processed(&published("O-5", 1))
        .await
        .expect("record after prune")
    else {
        panic!("expected published");
    };
    assert!(outbox_id > cursor, "ids never reused after pruning");
}

pub async fn concurrent_writers_keep_outbox_in_commit_order(db: &TestDb) {
    let reg = &db.registry;
    const ACTS: u32 = 6;
    const REVISIONS: u32 = 4;
    let mut tasks = Vec::new();
    for a in 0..ACTS {
        for r in 1..=REVISIONS {
            let reg = reg.clone();
            tasks.push(tokio::spawn(async move {
                reg.record_processed(&published(&format!("C-{a}"), r)).await
            }));
        }
    }
    let mut published_count = 0;
    for task in tasks {
        match task.await.expect("task").expect("record") {
            Outcome::Published { .. } => published_count += 1,
            Outcome::Stale => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    let outbox = all_outbox(reg).await;
    assert_eq!(outbox.len(), published_count);
    assert!(outbox.windows(2).all(|w| w[0].id < w[1].id));
    for a in 0..ACTS {
        let act_id = id(&format!("C-{a}"));
        let act = reg.get_act(&act_id).await.expect("get").expect("act");
        assert_eq!(act.latest_revision, REVISIONS);
        assert_eq!(act.published_revision, Some(REVISIONS));
        // Replaying the outbox in id order ends on the highest revision.
        let last = outbox
            .iter()
            .rfind(|e| e.act_id == act_id)
            .expect("act in outbox");
        assert_eq!(last.revision, REVISIONS);
        assert_eq!(reg.revisions(&act_id).await.expect("revs").len(), 4);
    }
}

pub async fn audit_log_is_append_only(db: &TestDb) {
    let reg = &db.registry;
    let first = reg
        .append_audit(&NewAuditEntry {
            actor: "staff:aida".to_owned(),
            action: "correct".to_owned(),
            act_id: Some(id("A-1")),
            details: serde_json::json!({"added_spans": 2}),
        })
        .await
        .expect("append");
    let second = reg
        .append_audit(&NewAuditEntry {
            actor: "system".to_owned(),
            action: "reindex".to_owned(),
            act_id: None,
            details: serde_json::json!({}),
        })
        .await
        .expect("append");
    assert!(second > first);

    let update = db
        .raw_execute("UPDATE audit_log SET actor = 'someone else'")
        .await;
    let delete = db.raw_execute("DELETE FROM audit_log").await;
    for (what, result) in [("UPDATE", update), ("DELETE", delete)] {
        let err = result.expect_err(what);
        let err = courtpub_registry::Error::from(err);
        assert!(!err.is_transient(), "{what} rejection is permanent: {err}");
        assert!(err.to_string().contains("append-only"), "{what}: {err}");
    }
    if db.is_postgres() {
        assert!(db.raw_execute("TRUNCATE audit_log").await.is_err());
    }

    let log = reg.audit_log(None, 0, 10).await.expect("read");
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].actor, "staff:aida");
    assert_eq!(log[0].details, serde_json::json!({"added_spans": 2}));
    assert_eq!(log[1].act_id, None);
    assert_eq!(
        reg.audit_log(None, first, 10).await.expect("after").len(),
        1
    );
    assert_eq!(
        reg.audit_log(Some(&id("A-1")), 0, 10)
            .await
            .expect("act")
            .len(),
        1
    );
}

pub async fn failures_are_recorded_with_or_without_act_id(db: &TestDb) {
    let reg = &db.registry;
    let unknown = RecordFailure {
        act_id: None,
        revision: None,
        code: "not_json".to_owned(),
        reason: "invalid message: expected value at line 1 column 1".to_owned(),
        raw_metadata: Some("{not json".to_owned()),
    };
    let known = RecordFailure {
        act_id: Some(id("F-1")),
        revision: Some(3),
        code: "bad_document".to_owned(),
        reason: "broken docx: missing word/document.xml".to_owned(),
        raw_metadata: None,
    };
    let a = reg.record_failed(&unknown).await.expect("unknown id");
    let b = reg.record_failed(&known).await.expect("known id");
    assert!(b > a);

    let failures = reg.failures(0, 10).await.expect("failures");
    assert_eq!(failures.len(), 2);
    assert_eq!(failures[0].act_id, None);
    assert_eq!(failures[0].code, "not_json");
    assert_eq!(failures[0].reason, unknown.reason);
    assert_eq!(failures[0].raw_metadata.as_deref(), Some("{not json"));
    assert_eq!(failures[1].act_id, Some(id("F-1")));
    assert_eq!(failures[1].revision, Some(3));

    let rev = reg
        .get_revision(&id("F-1"), 3)
        .await
        .expect("get")
        .expect("failed revision");
    assert_eq!(rev.status, Status::Failed);
    assert_eq!(rev.failure_reason.as_deref(), Some(known.reason.as_str()));
    assert!(rev.content.is_none());
    assert!(reg.get_act(&id("F-1")).await.expect("get").is_none());
    assert!(all_outbox(reg).await.is_empty());
    assert_eq!(reg.counts().await.expect("counts").failures, 2);
}

pub async fn processed_revision_replaces_failed_one(db: &TestDb) {
    let reg = &db.registry;
    let failure = RecordFailure {
        act_id: Some(id("F-1")),
        revision: Some(1),
        code: "too_large".to_owned(),
        reason: "over the size limit".to_owned(),
        raw_metadata: None,
    };
    reg.record_failed(&failure).await.expect("fail");
    let out = reg
        .record_processed(&published("F-1", 1))
        .await
        .expect("record");
    assert!(matches!(out, Outcome::Published { .. }), "{out:?}");
    // A later failure of the same revision does not touch the processed one.
    reg.record_failed(&failure).await.expect("fail again");
    let rev = reg
        .get_revision(&id("F-1"), 1)
        .await
        .expect("get")
        .expect("rev");
    assert_eq!(rev.status, Status::Published);
    assert_eq!(rev.failure_reason, None);
    assert_eq!(reg.failures(0, 10).await.expect("failures").len(), 2);
}

/// A trigger that rejects the outbox row of act `BOOM` makes the last statement of
/// `record_processed` fail: nothing of the transaction may remain.
pub async fn failed_transaction_writes_nothing(db: &TestDb) {
    let reg = &db.registry;
    install_outbox_bomb(db).await;
    let before = reg.counts().await.expect("counts");
    let err = reg
        .record_processed(&published("BOOM", 1))
        .await
        .expect_err("outbox insert rejected");
    assert!(!err.is_transient(), "{err}");
    assert!(reg.get_act(&id("BOOM")).await.expect("get").is_none());
    assert!(reg.revisions(&id("BOOM")).await.expect("revs").is_empty());
    assert!(all_outbox(reg).await.is_empty());
    assert_eq!(reg.counts().await.expect("counts"), before);
    // Other acts are unaffected, and the same act can be retried once the cause is gone.
    reg.record_processed(&published("OK-1", 1))
        .await
        .expect("other act");
    remove_outbox_bomb(db).await;
    let out = reg
        .record_processed(&published("BOOM", 1))
        .await
        .expect("retry");
    assert!(matches!(out, Outcome::Published { .. }), "{out:?}");
}

pub async fn failed_withdrawal_writes_nothing(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&published("BOOM", 1))
        .await
        .expect("record");
    install_outbox_bomb(db).await;
    reg.withdraw(&id("BOOM"), "staff:x", None)
        .await
        .expect_err("outbox insert rejected");
    let act = reg.get_act(&id("BOOM")).await.expect("get").expect("act");
    assert_eq!(act.status, Status::Published);
    assert_eq!(act.published_revision, Some(1));
    assert!(reg.audit_log(None, 0, 10).await.expect("audit").is_empty());
    assert_eq!(reg.published_acts(None, 10).await.expect("pub").len(), 1);
}

async fn install_outbox_bomb(db: &TestDb) {
    let sql = if db.is_postgres() {
        "CREATE FUNCTION outbox_bomb() RETURNS trigger LANGUAGE plpgsql AS $$ \
         BEGIN IF NEW.act_id = 'BOOM' THEN RAISE EXCEPTION 'boom' \
         USING ERRCODE = '23514'; END IF; RETURN NEW; END $$; \
         CREATE TRIGGER outbox_bomb BEFORE INSERT ON outbox \
         FOR EACH ROW EXECUTE FUNCTION outbox_bomb();"
    } else {
        "CREATE TRIGGER outbox_bomb BEFORE INSERT ON outbox WHEN NEW.act_id = 'BOOM' \
         BEGIN SELECT RAISE(ABORT, 'boom'); END;"
    };
    db.raw_execute(sql).await.expect("install trigger");
}

async fn remove_outbox_bomb(db: &TestDb) {
    let sql = if db.is_postgres() {
        "DROP TRIGGER outbox_bomb ON outbox"
    } else {
        "DROP TRIGGER outbox_bomb"
    };
    db.raw_execute(sql).await.expect("drop trigger");
}

pub async fn revision_content_round_trips(db: &TestDb) {
    let reg = &db.registry;
    let mut act = fixture::act("RT-1", 7, true, false);
    act.original = (0..=255u8).cycle().take(70_000).collect();
    reg.record_processed(&act).await.expect("record");
    let rev = reg
        .get_revision(&id("RT-1"), 7)
        .await
        .expect("get")
        .expect("rev");
    assert_eq!(rev.meta.as_ref(), Some(&act.meta));
    let content = rev.content.as_ref().expect("content");
    assert_eq!(content.original, act.original);
    assert_eq!(content.original_sha256.len(), 64);
    assert_eq!(content.file_name, act.file_name);
    assert_eq!(content.media_type, act.media_type);
    assert_eq!(content.text, act.text);
    assert_eq!(content.spans, act.masking.spans);
    assert_eq!(content.masked_text, act.masking.masked_text);
    assert!(!content.needs_review);
    assert!(
        reg.get_revision(&id("RT-1"), 8)
            .await
            .expect("get")
            .is_none()
    );

    // The outbox and the public copy carry the masked text and public metadata only.
    let entry = all_outbox(reg).await.pop().expect("outbox");
    let OutboxOp::Upsert(public) = &entry.op else {
        panic!("expected upsert");
    };
    assert_eq!(public.meta, act.meta);
    let json = serde_json::to_string(public).expect("json");
    assert!(
        !json.contains(NAME),
        "the outbox never carries the unmasked text"
    );

    // Debug of what holds restricted data shows lengths, never text or file names.
    for debug in [format!("{act:?}"), format!("{rev:?}"), format!("{entry:?}")] {
        assert!(!debug.contains(NAME), "{debug}");
        assert!(!debug.contains("признан"), "{debug}");
    }
}

pub async fn published_acts_pages_cover_every_public_act(db: &TestDb) {
    let reg = &db.registry;
    for n in 0..7 {
        reg.record_processed(&published(&format!("P-{n}"), 1))
            .await
            .expect("record");
    }
    reg.record_processed(&published("P-3", 2))
        .await
        .expect("r2");
    reg.record_processed(&fixture::act("Q-1", 1, false, true))
        .await
        .expect("review");
    reg.withdraw(&id("P-5"), "court:test-court", None)
        .await
        .expect("withdraw");

    let mut all = Vec::new();
    let mut after = None;
    loop {
        let page = reg.published_acts(after.as_ref(), 2).await.expect("page");
        if page.is_empty() {
            break;
        }
        after = page.last().map(|p| p.meta.act_id.clone());
        all.extend(page);
    }
    let ids: Vec<(String, u32)> = all
        .iter()
        .map(|p| (p.meta.act_id.0.clone(), p.meta.revision))
        .collect();
    let want: Vec<(String, u32)> = [
        ("P-0", 1),
        ("P-1", 1),
        ("P-2", 1),
        ("P-3", 2),
        ("P-4", 1),
        ("P-6", 1),
    ]
    .into_iter()
    .map(|(a, r)| (a.to_owned(), r))
    .collect();
    assert_eq!(ids, want);
}

pub async fn counts_for_metrics(db: &TestDb) {
    let reg = &db.registry;
    assert_eq!(reg.counts().await.expect("counts"), Default::default());
    reg.record_processed(&published("M-1", 1)).await.expect("1");
    reg.record_processed(&published("M-2", 1)).await.expect("2");
    reg.record_processed(&fixture::act("M-3", 1, false, true))
        .await
        .expect("3");
    reg.withdraw(&id("M-2"), "court:test-court", None)
        .await
        .expect("w");
    reg.record_failed(&RecordFailure {
        code: "bad_base64".to_owned(),
        reason: "bad base64".to_owned(),
        ..Default::default()
    })
    .await
    .expect("fail");
    reg.set_indexer_cursor(1).await.expect("cursor");
    let c = reg.counts().await.expect("counts");
    assert_eq!(
        (c.acts, c.published, c.needs_review, c.withdrawn, c.failures),
        (3, 1, 1, 1, 1)
    );
    assert_eq!(c.outbox_head, reg.outbox_head().await.expect("head"));
    assert_eq!(c.indexer_cursor, 1);
    assert_eq!(c.indexer_lag(), c.outbox_head - 1);
}

pub async fn migrate_twice_is_a_no_op(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&published("MG-1", 1))
        .await
        .expect("record");
    reg.migrate().await.expect("second migrate");
    reg.ping().await.expect("ping");
    assert!(reg.get_act(&id("MG-1")).await.expect("get").is_some());
}

pub async fn closed_pool_is_transient(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&published("X-1", 1))
        .await
        .expect("record");
    reg.close().await;
    let err = reg
        .record_processed(&published("X-1", 2))
        .await
        .expect_err("pool closed");
    assert!(err.is_transient(), "{err}");
    let err = reg.outbox_after(0, 10).await.expect_err("pool closed");
    assert!(err.is_transient(), "{err}");
}

pub async fn dropped_database_is_transient(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&published("X-1", 1))
        .await
        .expect("record");
    db.drop_database().await;
    for attempt in 0..3 {
        let err = reg
            .record_processed(&published("X-1", 2))
            .await
            .expect_err("database is gone");
        assert!(err.is_transient(), "attempt {attempt}: {err}");
    }
    let err = reg.counts().await.expect_err("database is gone");
    assert!(err.is_transient(), "{err}");
}

/// An indexer that polls `outbox_after(cursor)` while workers commit concurrently must
/// see every entry exactly once: an id that commits after a higher one would be skipped.
pub async fn reader_following_writers_misses_no_entry(db: &TestDb) {
    let reg = &db.registry;
    const WRITERS: u32 = 4;
    const ACTS_PER_WRITER: u32 = 25;
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let reg = reg.clone();
        writers.push(tokio::spawn(async move {
            for n in 0..ACTS_PER_WRITER {
                reg.record_processed(&published(&format!("F-{w}-{n}"), 1))
                    .await
                    .expect("record");
            }
        }));
    }
    let reader = {
        let reg = reg.clone();
        tokio::spawn(async move {
            let mut cursor = 0;
            let mut seen = Vec::new();
            while seen.len() < (WRITERS * ACTS_PER_WRITER) as usize {
                let page = reg.outbox_after(cursor, 7).await.expect("poll");
                for entry in page {
                    cursor = entry.id;
                    seen.push(entry.act_id.0);
                }
                tokio::task::yield_now().await;
            }
            seen
        })
    };
    for w in writers {
        w.await.expect("writer");
    }
    let seen = tokio::time::timeout(std::time::Duration::from_secs(30), reader)
        .await
        .expect("the reader saw every entry (none skipped)")
        .expect("reader");
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "no entry seen twice");
    assert_eq!(seen.len(), (WRITERS * ACTS_PER_WRITER) as usize);
}

/// Between competing workers a withdrawal can be processed before its act.
pub async fn withdrawal_before_the_act_arrives_still_holds(db: &TestDb) {
    let reg = &db.registry;
    let w = reg
        .withdraw(&id("E-1"), "court:test-court", Some("sent in error"))
        .await
        .expect("withdraw unknown act");
    assert_eq!(w, Withdrawal::BeforeReceipt);
    assert!(reg.get_act(&id("E-1")).await.expect("get").is_none());
    assert_eq!(
        reg.withdraw(&id("E-1"), "court:test-court", None)
            .await
            .expect("again"),
        Withdrawal::AlreadyWithdrawn
    );
    let out = reg
        .record_processed(&published("E-1", 1))
        .await
        .expect("act arrives");
    assert_eq!(out, Outcome::Withdrawn);
    let act = reg.get_act(&id("E-1")).await.expect("get").expect("stored");
    assert_eq!(act.status, Status::Withdrawn);
    assert_eq!((act.latest_revision, act.published_revision), (1, None));
    assert!(
        all_outbox(reg).await.is_empty(),
        "nothing reaches the index"
    );
    assert!(reg.published_acts(None, 10).await.expect("pub").is_empty());
    let audit = reg.audit_log(Some(&id("E-1")), 0, 10).await.expect("audit");
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].details["before_receipt"], true);
}

/// PostgreSQL cannot store NUL; both backends must answer the same.
pub async fn nul_characters_are_rejected_or_replaced_alike(db: &TestDb) {
    let reg = &db.registry;
    let mut in_text = published("N-1", 1);
    in_text.text.push('\0');
    let mut in_judges = published("N-2", 1);
    in_judges.meta.judges.push("Судьев\0".to_owned());
    for act in [&in_text, &in_judges] {
        let err = reg.record_processed(act).await.expect_err("NUL rejected");
        assert!(
            matches!(err, courtpub_registry::Error::NulCharacter { .. }),
            "{err}"
        );
        assert!(!err.is_transient());
    }
    assert_eq!(reg.counts().await.expect("counts").acts, 0);

    reg.record_failed(&RecordFailure {
        act_id: Some(id("N-1")),
        revision: Some(1),
        code: "not_json".to_owned(),
        reason: "unexpected \0 at byte 3".to_owned(),
        raw_metadata: Some("{\"a\0".to_owned()),
    })
    .await
    .expect("a garbled failure is still recorded");
    let failures = reg.failures(0, 10).await.expect("failures");
    assert_eq!(failures[0].reason, "unexpected \u{FFFD} at byte 3");
    assert_eq!(failures[0].raw_metadata.as_deref(), Some("{\"a\u{FFFD}"));
}

pub use crate::staff::{
    accounts_lockout_and_sessions, corrections_are_stored_as_intent_and_audited,
    promoted_dictionary_entries_are_kept_once_and_audited,
    republish_makes_the_reviewed_masking_public, review_queue_holds_held_acts_and_the_sample,
};
