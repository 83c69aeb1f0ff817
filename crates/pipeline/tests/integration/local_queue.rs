//! The local SQLite queue: leases, redelivery, dead letters, durability across reopen.

use courtpub_pipeline::queue::Queue;
use courtpub_pipeline::queue::local::{LocalOptions, LocalQueue};
use courtpub_pipeline::queue::{Acker, Delivery};
use std::time::Duration;

fn quick() -> LocalOptions {
    LocalOptions {
        visibility_timeout: Duration::from_millis(300),
        max_deliveries: 3,
        poll_interval: Duration::from_millis(20),
    }
}

async fn recv(q: &LocalQueue) -> Delivery<courtpub_pipeline::queue::local::LocalAck> {
    tokio::time::timeout(Duration::from_secs(5), q.receive())
        .await
        .expect("a message within 5s")
        .expect("receive")
}

#[tokio::test]
async fn unsettled_message_is_redelivered_after_the_lease() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = LocalQueue::open(&dir.path().join("q.sqlite"), "t", quick())
        .await
        .expect("open");
    q.publish(b"one", "m1").await.expect("publish");
    let first = recv(&q).await;
    assert!(!first.redelivered);
    // Invisible while leased.
    assert!(
        tokio::time::timeout(Duration::from_millis(150), q.receive())
            .await
            .is_err()
    );
    drop(first); // the worker died without settling
    let again = recv(&q).await;
    assert_eq!(again.body, b"one");
    assert!(again.redelivered);
    again.ack.ack().await.expect("ack");
    assert_eq!(q.depth().await.expect("depth"), 0);
}

#[tokio::test]
async fn published_messages_survive_reopening_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("q.sqlite");
    {
        let q = LocalQueue::open(&path, "t", quick()).await.expect("open");
        for i in 0..3 {
            q.publish(format!("m{i}").as_bytes(), &format!("m{i}"))
                .await
                .expect("publish");
        }
        let d = recv(&q).await;
        d.ack.ack().await.expect("ack");
    }
    let q = LocalQueue::open(&path, "t", quick()).await.expect("reopen");
    assert_eq!(q.depth().await.expect("depth"), 2);
    assert_eq!(recv(&q).await.body, b"m1", "FIFO order survives");
}

#[tokio::test]
async fn dead_letter_keeps_the_reason_and_a_crash_loop_is_bounded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = LocalQueue::open(&dir.path().join("q.sqlite"), "t", quick())
        .await
        .expect("open");
    q.publish(b"poison", "p").await.expect("publish");
    q.publish(b"crasher", "c").await.expect("publish");
    recv(&q)
        .await
        .ack
        .dead_letter("not_json: bad")
        .await
        .expect("dead letter");
    // "crasher" is received and never settled, max_deliveries (3) times.
    for _ in 0..3 {
        let d = recv(&q).await;
        assert_eq!(d.body, b"crasher");
        d.ack.release(Duration::ZERO).await.expect("release");
    }
    // The fourth hand-out dead-letters it instead.
    assert!(
        tokio::time::timeout(Duration::from_millis(400), q.receive())
            .await
            .is_err()
    );
    let dead = q.dead_letters().await.expect("dead letters");
    let got: Vec<_> = dead
        .iter()
        .map(|d| (d.message_id.as_str(), d.reason.contains("not_json")))
        .collect();
    assert_eq!(got, vec![("p", true), ("c", false)]);
    assert!(
        dead[1].reason.contains("delivered 3 times"),
        "{}",
        dead[1].reason
    );
    assert_eq!(q.depth().await.expect("depth"), 0);
}

#[tokio::test]
async fn a_stale_lease_cannot_ack_the_redelivered_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = LocalQueue::open(&dir.path().join("q.sqlite"), "t", quick())
        .await
        .expect("open");
    q.publish(b"x", "x").await.expect("publish");
    let old = recv(&q).await;
    tokio::time::sleep(Duration::from_millis(350)).await;
    let new = recv(&q).await;
    old.ack.ack().await.expect("stale ack is a no-op");
    assert_eq!(
        q.depth().await.expect("depth"),
        1,
        "the new lease still holds it"
    );
    new.ack.ack().await.expect("ack");
    assert_eq!(q.depth().await.expect("depth"), 0);
}
