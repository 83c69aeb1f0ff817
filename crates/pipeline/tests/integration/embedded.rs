//! The embedded default end to end: local queue → worker → SQLite registry → indexer.

use crate::support::{self, PIN, Running};
use courtpub_domain::ActId;
use courtpub_index::{ActIndex, SearchRequest};
use courtpub_pipeline::message::{ActMessage, Withdrawal};
use courtpub_pipeline::queue::Queue;
use courtpub_pipeline::queue::local::{LocalOptions, LocalQueue};
use courtpub_registry::Status;
use std::sync::Arc;
use std::time::Duration;

async fn setup(dir: &std::path::Path) -> (Arc<LocalQueue>, courtpub_registry::Registry, ActIndex) {
    let q = LocalQueue::open(
        &dir.join("queue.sqlite"),
        "incoming",
        LocalOptions::default(),
    )
    .await
    .expect("queue");
    let registry = support::fresh_sqlite(dir).await;
    let index = ActIndex::open_or_create(&dir.join("index")).expect("index");
    (Arc::new(q), registry, index)
}

async fn publish(q: &LocalQueue, m: &ActMessage) {
    q.publish(&m.to_json(), &m.act_id().0)
        .await
        .expect("publish");
}

async fn drained(registry: &courtpub_registry::Registry, published: i64) -> bool {
    let c = registry.counts().await.expect("counts");
    c.published >= published && c.indexer_cursor >= c.outbox_head
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submitted_acts_are_recorded_masked_and_searchable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (q, registry, index) = setup(dir.path()).await;
    let n = 20;
    for i in 0..n {
        publish(
            &q,
            &support::act(&format!("e2e-{i}"), 1, &format!("велосипеда{i}")),
        )
        .await;
    }
    let running = Running::start(q.clone(), &registry, &index, 2);
    support::until(
        Duration::from_secs(120),
        "all acts published and indexed",
        || drained(&registry, n),
    )
    .await;
    running.stop().await;

    let reader = index.reader().expect("reader");
    reader.reload().expect("reload");
    assert_eq!(reader.count(), n as u64);
    let hits = reader
        .search(&SearchRequest {
            query: "велосипеда7".into(),
            limit: 10,
            ..Default::default()
        })
        .expect("search");
    assert_eq!(
        hits.hits
            .iter()
            .map(|h| h.meta.act_id.0.as_str())
            .collect::<Vec<_>>(),
        ["e2e-7"]
    );
    for i in 0..n {
        let got = reader
            .get(&ActId(format!("e2e-{i}")))
            .expect("get")
            .expect("indexed");
        assert!(!got.act.masked_text.contains(PIN), "PIN leaked in e2e-{i}");
        assert!(
            !got.act.masked_text.contains("Нурлана"),
            "name leaked in e2e-{i}"
        );
    }
    assert_eq!(q.depth().await.expect("depth"), 0, "every delivery acked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poison_messages_are_dead_lettered_with_reasons_and_the_worker_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (q, registry, index) = setup(dir.path()).await;
    let good = support::act("after-poison", 1, "ноутбука");
    let mut broken_docx = support::act("broken-docx", 1, "x");
    if let ActMessage::Act(a) = &mut broken_docx {
        a.document.content = b"PK\x03\x04 this is not a zip archive".to_vec();
        a.document.file_name = "broken.docx".into();
    }
    let mut huge = support::act("too-large", 1, "x");
    if let ActMessage::Act(a) = &mut huge {
        a.document.content = vec![b'a'; 200 * 1024];
    }
    let valid = String::from_utf8(good.to_json()).expect("utf8");
    // (message id, body, reason code the registry must record)
    let poison: Vec<(&str, Vec<u8>, &str)> = vec![
        ("bad-json", b"{\"schema_version\": 1, ".to_vec(), "not_json"),
        (
            "bad-base64",
            valid
                .replace("\"content_base64\":\"", "\"content_base64\":\"@@")
                .into_bytes(),
            "bad_base64",
        ),
        ("broken-docx", broken_docx.to_json(), "bad_document"),
        (
            "unknown-version",
            valid
                .replace("\"schema_version\":1", "\"schema_version\":9")
                .into_bytes(),
            "unsupported_version",
        ),
        ("too-large", huge.to_json(), "too_large"),
    ];
    for (id, body, _) in &poison {
        q.publish(body, id).await.expect("publish");
    }
    publish(&q, &good).await;

    let shutdown = tokio_util::sync::CancellationToken::new();
    let mut worker = support::worker(q.clone(), &registry, 2);
    worker.options.limits.max_message_bytes = 128 * 1024;
    let task = tokio::spawn(worker.run(shutdown.clone()));
    support::until(
        Duration::from_secs(60),
        "good act and failures recorded",
        || async {
            let c = registry.counts().await.expect("counts");
            c.published == 1 && c.failures == poison.len() as i64
        },
    )
    .await;
    shutdown.cancel();
    task.await.expect("worker");
    drop(index);

    let failures = registry.failures(0, 100).await.expect("failures");
    let mut codes: Vec<String> = failures.iter().map(|f| f.code.clone()).collect();
    codes.sort();
    let mut want: Vec<String> = poison.iter().map(|p| p.2.to_owned()).collect();
    want.sort();
    assert_eq!(codes, want);
    assert!(failures.iter().all(|f| !f.reason.is_empty()));
    let docx = failures
        .iter()
        .find(|f| f.code == "bad_document")
        .expect("docx failure");
    assert_eq!(
        docx.act_id,
        Some(ActId("broken-docx".into())),
        "identity kept for a bad document"
    );
    let dead = q.dead_letters().await.expect("dead letters");
    assert_eq!(dead.len(), poison.len());
    assert_eq!(q.depth().await.expect("depth"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicates_revisions_and_withdrawals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (q, registry, index) = setup(dir.path()).await;
    let sequence = [
        support::act("dup", 1, "первая"),
        support::act("dup", 1, "первая"),
        support::act("rev", 2, "вторая"),
        support::act("rev", 1, "устаревшая"),
        support::act("rev", 3, "третья"),
        support::act("gone", 1, "исчезнет"),
        ActMessage::Withdraw(Withdrawal {
            act_id: ActId("gone".into()),
            reason: Some("court order".into()),
        }),
    ];
    for m in &sequence {
        publish(&q, m).await;
    }
    // One at a time, so the queue order is the processing order.
    let running = Running::start(q.clone(), &registry, &index, 1);
    support::until(Duration::from_secs(60), "all settled", || async {
        let c = registry.counts().await.expect("counts");
        q.depth().await.expect("depth") == 0
            && c.withdrawn == 1
            && c.indexer_cursor >= c.outbox_head
    })
    .await;
    running.stop().await;

    let reader = index.reader().expect("reader");
    reader.reload().expect("reload");
    assert_eq!(reader.count(), 2, "dup and rev only");
    let rev = reader
        .get(&ActId("rev".into()))
        .expect("get")
        .expect("rev indexed");
    assert_eq!(rev.act.meta.revision, 3);
    assert!(rev.act.masked_text.contains("третья"));
    assert!(
        reader.get(&ActId("gone".into())).expect("get").is_none(),
        "withdrawn act left the index"
    );
    let gone = registry
        .get_act(&ActId("gone".into()))
        .await
        .expect("get")
        .expect("kept in registry");
    assert_eq!(gone.status, Status::Withdrawn);
    assert_eq!(
        registry
            .revisions(&ActId("dup".into()))
            .await
            .expect("revisions")
            .len(),
        1
    );
    assert_eq!(
        registry
            .revisions(&ActId("rev".into()))
            .await
            .expect("revisions")
            .len(),
        3
    );
}

/// A staff correction made on one revision holds when the court sends the next one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_corrections_apply_to_a_new_revision() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (q, registry, index) = setup(dir.path()).await;
    let id = ActId("corrected-1".into());
    publish(&q, &support::act(&id.0, 1, "велосипеда")).await;
    let running = Running::start(q.clone(), &registry, &index, 1);
    support::until(Duration::from_secs(60), "revision 1 published", || {
        drained(&registry, 1)
    })
    .await;
    // Staff decide "велосипеда" is a plate here (a stand-in for any missed value).
    registry
        .add_correction(&courtpub_registry::NewCorrection {
            act_id: id.clone(),
            revision: 1,
            actor: "staff:aida".into(),
            correction: courtpub_domain::Correction::Mask {
                surface: "велосипеда".into(),
                category: courtpub_domain::Category::Plate,
            },
            previous_category: None,
            removed_category: None,
            rule: None,
            spans_before: 0,
            spans_after: 1,
        })
        .await
        .expect("correction");
    publish(&q, &support::act(&id.0, 2, "велосипеда")).await;
    support::until(Duration::from_secs(60), "revision 2 published", || async {
        registry
            .get_act(&id)
            .await
            .expect("get")
            .is_some_and(|a| a.published_revision == Some(2))
            && drained(&registry, 1).await
    })
    .await;
    running.stop().await;
    let reader = index.reader().expect("reader");
    reader.reload().expect("reload");
    let public = reader.get(&id).expect("get").expect("indexed").act;
    assert_eq!(public.meta.revision, 2);
    assert!(
        !public.masked_text.contains("велосипеда"),
        "{}",
        public.masked_text
    );
    assert!(
        public.masked_text.contains("[ГОСНОМЕР]"),
        "{}",
        public.masked_text
    );
    assert!(
        !public.masked_text.contains(PIN),
        "the engine's own spans stay"
    );
}
