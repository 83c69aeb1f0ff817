//! The single index writer: drains the registry outbox into tantivy.
//!
//! Each batch is applied, committed to the index, and only then recorded as the indexer's
//! cursor in the registry. A crash between the two re-applies the batch on restart, which
//! is harmless: upserts and deletes are idempotent per act id.

use crate::metrics::Metrics;
use courtpub_index::{ActIndex, IndexError, IndexWriter};
use courtpub_registry::{OutboxOp, Registry};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

#[derive(Debug, thiserror::Error)]
pub enum IndexerError {
    #[error(transparent)]
    Registry(#[from] courtpub_registry::Error),
    #[error("index error: {0}")]
    Index(#[from] IndexError),
    #[error("the index writer was lost after an earlier failure; restart the indexer")]
    WriterGone,
    #[error("index writer thread failed: {0}")]
    Join(#[from] tokio::task::JoinError),
}

impl IndexerError {
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Registry(e) => e.is_transient(),
            Self::Index(_) | Self::Join(_) | Self::WriterGone => false,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct IndexerOptions {
    /// Outbox entries per index commit.
    pub batch: u32,
    /// Wait between polls of an empty outbox.
    pub poll_interval: Duration,
}

impl Default for IndexerOptions {
    fn default() -> Self {
        Self {
            batch: 500,
            poll_interval: Duration::from_millis(500),
        }
    }
}

pub struct Indexer {
    registry: Registry,
    writer: Option<IndexWriter>,
    options: IndexerOptions,
    metrics: Metrics,
}

impl Indexer {
    /// Takes the index's writer lock: only one indexer may run per index folder.
    pub fn new(
        registry: Registry,
        index: &ActIndex,
        options: IndexerOptions,
        metrics: Metrics,
    ) -> Result<Self, IndexerError> {
        Ok(Self {
            registry,
            writer: Some(index.writer()?),
            options,
            metrics,
        })
    }

    /// Applies one batch; returns how many outbox entries it applied.
    pub async fn drain_once(&mut self) -> Result<usize, IndexerError> {
        let cursor = self.registry.indexer_cursor().await?;
        let entries = self
            .registry
            .outbox_after(cursor, self.options.batch)
            .await?;
        let Some(last) = entries.last().map(|e| e.id) else {
            self.metrics.outbox_lag.set(0);
            return Ok(0);
        };
        let n = entries.len();
        let mut writer = self.writer.take().ok_or(IndexerError::WriterGone)?;
        let started = std::time::Instant::now();
        let (writer, result) = tokio::task::spawn_blocking(move || {
            let result = (|| {
                for entry in &entries {
                    match &entry.op {
                        OutboxOp::Upsert(act) => {
                            writer.upsert(act)?;
                        }
                        OutboxOp::Delete => writer.delete(&entry.act_id)?,
                    }
                }
                writer.commit()
            })();
            (writer, result)
        })
        .await?;
        self.writer = Some(writer);
        result?;
        self.metrics
            .stage_seconds
            .with_label_values(&["index"])
            .observe(started.elapsed().as_secs_f64());
        self.registry.set_indexer_cursor(last).await?;
        self.metrics.indexed.inc_by(n as u64);
        let head = self.registry.outbox_head().await?;
        self.metrics.outbox_lag.set(head.saturating_sub(last));
        tracing::info!(applied = n, cursor = last, "index batch committed");
        Ok(n)
    }

    /// Drains until `shutdown`; transient registry errors are retried.
    pub async fn run(mut self, shutdown: CancellationToken) -> Result<(), IndexerError> {
        let mut delay = Duration::from_millis(200);
        loop {
            if shutdown.is_cancelled() {
                return Ok(());
            }
            match self.drain_once().await {
                // A full batch means more is waiting: go on at once. A partial one waits
                // for the poll interval so that a trickle of acts shares one commit.
                Ok(n) if n >= self.options.batch as usize => {
                    delay = Duration::from_millis(200);
                    continue;
                }
                Ok(_) => {
                    delay = Duration::from_millis(200);
                    tokio::select! {
                        _ = shutdown.cancelled() => return Ok(()),
                        _ = tokio::time::sleep(self.options.poll_interval) => {}
                    }
                }
                Err(err) if err.is_transient() => {
                    tracing::warn!(error = %err, retry_in_ms = delay.as_millis() as u64, "indexer retrying");
                    self.metrics.retries.with_label_values(&["indexer"]).inc();
                    tokio::select! {
                        _ = shutdown.cancelled() => return Ok(()),
                        _ = tokio::time::sleep(delay) => {}
                    }
                    delay = (delay * 2).min(Duration::from_secs(30));
                }
                Err(err) => return Err(err),
            }
        }
    }
}

/// Rebuilds the index from the registry's public copies. `progress` is called with the
/// number of acts written so far. Returns the number of acts indexed.
///
/// The outbox head is read first and becomes the cursor: entries written while the
/// rebuild runs are applied again by the indexer afterwards, which is idempotent.
pub async fn reindex(
    registry: &Registry,
    index: &ActIndex,
    page: u32,
    mut progress: impl FnMut(u64),
) -> Result<u64, IndexerError> {
    let head = registry.outbox_head().await?;
    let mut writer = index.writer()?;
    writer.delete_all()?;
    let mut after = None;
    let mut total = 0u64;
    loop {
        let acts = registry.published_acts(after.as_ref(), page).await?;
        let Some(last) = acts.last() else { break };
        after = Some(last.meta.act_id.clone());
        let (w, result) = tokio::task::spawn_blocking(move || {
            let r = acts.iter().try_for_each(|a| writer.upsert(a).map(|_| ()));
            (writer, r.map(|_| acts.len()))
        })
        .await?;
        writer = w;
        total += result? as u64;
        progress(total);
    }
    writer.commit()?;
    registry.set_indexer_cursor(head).await?;
    Ok(total)
}
