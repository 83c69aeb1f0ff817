//! The embedded default's queue: a table in an SQLite file.
//!
//! A message is leased, not removed, when it is received: it becomes invisible for the
//! visibility timeout and reappears if the worker dies (kill -9) before acking. Every
//! write is a committed SQLite transaction (WAL, `synchronous = FULL`), so a published
//! message survives a crash of the process or the machine.

use super::{Acker, DEAD, Delivery, INCOMING, Queue, QueueError};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::Notify;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS queue_messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    queue       TEXT    NOT NULL,
    message_id  TEXT    NOT NULL,
    body        BLOB    NOT NULL,
    enqueued_at INTEGER NOT NULL,
    visible_at  INTEGER NOT NULL,
    deliveries  INTEGER NOT NULL DEFAULT 0,
    lease       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS queue_messages_ready ON queue_messages (queue, visible_at, id);
CREATE TABLE IF NOT EXISTS queue_dead_letters (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    queue       TEXT    NOT NULL,
    message_id  TEXT    NOT NULL,
    body        BLOB    NOT NULL,
    reason      TEXT    NOT NULL,
    deliveries  INTEGER NOT NULL,
    dead_at     INTEGER NOT NULL
);
"#;

/// Tuning of the local queue.
#[derive(Debug, Clone, Copy)]
pub struct LocalOptions {
    /// How long a received message stays invisible before it is handed out again.
    pub visibility_timeout: Duration,
    /// A message handed out this many times without being settled is dead-lettered
    /// (a document that crashes the worker must not loop forever).
    pub max_deliveries: u32,
    /// How often an idle consumer looks for messages published by other processes.
    pub poll_interval: Duration,
}

impl Default for LocalOptions {
    fn default() -> Self {
        Self {
            visibility_timeout: Duration::from_secs(120),
            max_deliveries: 10,
            poll_interval: Duration::from_millis(200),
        }
    }
}

/// A dead-lettered message, for inspection.
#[derive(Debug, Clone)]
pub struct DeadLetter {
    pub message_id: String,
    pub reason: String,
    pub deliveries: u32,
    pub body_len: usize,
}

#[derive(Clone)]
pub struct LocalQueue {
    pool: SqlitePool,
    queue: Arc<str>,
    options: LocalOptions,
    published: Arc<Notify>,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl LocalQueue {
    /// Opens (creating if needed) the queue file at `path`; `queue` names the logical
    /// queue inside it (tests use fresh names).
    pub async fn open(path: &Path, queue: &str, options: LocalOptions) -> Result<Self, QueueError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| QueueError::Local(sqlx::Error::Io(e)))?;
        }
        let connect = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(connect)
            .await?;
        sqlx::raw_sql(SCHEMA).execute(&pool).await?;
        Ok(Self {
            pool,
            queue: Arc::from(queue),
            options,
            published: Arc::new(Notify::new()),
        })
    }

    /// The default logical queue name, shared with AMQP naming.
    pub fn default_name() -> &'static str {
        INCOMING
    }

    /// Dead-lettered messages of this queue, oldest first.
    pub async fn dead_letters(&self) -> Result<Vec<DeadLetter>, QueueError> {
        let rows = sqlx::query(
            "SELECT message_id, reason, deliveries, length(body) AS len FROM queue_dead_letters \
             WHERE queue = ? ORDER BY id",
        )
        .bind(self.dead_name())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| DeadLetter {
                message_id: r.get("message_id"),
                reason: r.get("reason"),
                deliveries: u32::try_from(r.get::<i64, _>("deliveries")).unwrap_or(0),
                body_len: usize::try_from(r.get::<i64, _>("len")).unwrap_or(0),
            })
            .collect())
    }

    fn dead_name(&self) -> String {
        if &*self.queue == INCOMING {
            DEAD.to_owned()
        } else {
            format!("{}.dead", self.queue)
        }
    }

    /// Leases the oldest visible message, if any.
    async fn try_lease(&self) -> Result<Option<Delivery<LocalAck>>, QueueError> {
        let now = now_ms();
        let lease = now ^ i64::from(rand_u32());
        let row = sqlx::query(
            "UPDATE queue_messages SET visible_at = ?1, deliveries = deliveries + 1, lease = ?2 \
             WHERE id = (SELECT id FROM queue_messages WHERE queue = ?3 AND visible_at <= ?4 \
                         ORDER BY id LIMIT 1) \
             RETURNING id, body, deliveries",
        )
        .bind(now + ms(self.options.visibility_timeout))
        .bind(lease)
        .bind(&*self.queue)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.get("id");
        let deliveries: i64 = row.get("deliveries");
        let ack = LocalAck {
            pool: self.pool.clone(),
            id,
            lease,
            dead_queue: self.dead_name(),
        };
        if deliveries > i64::from(self.options.max_deliveries) {
            tracing::warn!(
                queue_row = id,
                deliveries,
                "message exceeded the delivery limit"
            );
            ack.dead_letter(&format!(
                "delivered {} times without being settled; the worker may crash on it",
                deliveries - 1
            ))
            .await?;
            return Ok(None);
        }
        Ok(Some(Delivery {
            body: row.get("body"),
            redelivered: deliveries > 1,
            ack,
        }))
    }
}

/// Cheap per-lease nonce; uniqueness only has to hold among leases of one row.
fn rand_u32() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(now_ms().unsigned_abs());
    h.finish() as u32
}

impl Queue for LocalQueue {
    type Ack = LocalAck;

    async fn publish(&self, body: &[u8], message_id: &str) -> Result<(), QueueError> {
        let now = now_ms();
        sqlx::query(
            "INSERT INTO queue_messages (queue, message_id, body, enqueued_at, visible_at) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&*self.queue)
        .bind(message_id)
        .bind(body)
        .bind(now)
        .bind(now)
        .execute(&self.pool)
        .await?;
        self.published.notify_one();
        Ok(())
    }

    async fn receive(&self) -> Result<Delivery<LocalAck>, QueueError> {
        loop {
            if self.pool.is_closed() {
                return Err(QueueError::Closed);
            }
            if let Some(delivery) = self.try_lease().await? {
                return Ok(delivery);
            }
            let _ =
                tokio::time::timeout(self.options.poll_interval, self.published.notified()).await;
        }
    }

    async fn depth(&self) -> Result<u64, QueueError> {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM queue_messages WHERE queue = ?")
            .bind(&*self.queue)
            .fetch_one(&self.pool)
            .await?;
        Ok(n.unsigned_abs())
    }
}

/// The lease on one local message.
pub struct LocalAck {
    pool: SqlitePool,
    id: i64,
    lease: i64,
    dead_queue: String,
}

impl Acker for LocalAck {
    async fn ack(self) -> Result<(), QueueError> {
        // A stale lease (the message was re-leased after a timeout) deletes nothing: the
        // new holder settles it, and the registry makes its second processing a no-op.
        sqlx::query("DELETE FROM queue_messages WHERE id = ? AND lease = ?")
            .bind(self.id)
            .bind(self.lease)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn dead_letter(self, reason: &str) -> Result<(), QueueError> {
        let mut tx = self.pool.begin().await?;
        let moved = sqlx::query(
            "INSERT INTO queue_dead_letters (queue, message_id, body, reason, deliveries, dead_at) \
             SELECT ?, message_id, body, ?, deliveries, ? FROM queue_messages WHERE id = ? AND lease = ?",
        )
        .bind(&self.dead_queue)
        .bind(reason)
        .bind(now_ms())
        .bind(self.id)
        .bind(self.lease)
        .execute(&mut *tx)
        .await?;
        if moved.rows_affected() > 0 {
            sqlx::query("DELETE FROM queue_messages WHERE id = ?")
                .bind(self.id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn release(self, delay: Duration) -> Result<(), QueueError> {
        sqlx::query(
            "UPDATE queue_messages SET visible_at = ?, lease = 0 WHERE id = ? AND lease = ?",
        )
        .bind(now_ms() + ms(delay))
        .bind(self.id)
        .bind(self.lease)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
