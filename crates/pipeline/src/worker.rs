//! The worker loop: receive → decode → extract → mask → registry → ack.
//!
//! Every delivery ends in exactly one of three ways:
//! - **ack** after the registry transaction has committed (published, duplicate, stale…);
//! - **dead letter** after the failure has been recorded, for a permanent error;
//! - **left unsettled** (redelivered later) when the worker stops while a transient error
//!   (database down) is still being retried. Nothing is dropped.
//!
//! Extraction and masking are CPU work and run on blocking threads; the async side only
//! moves bytes and waits on the database and the broker.

use crate::message::{self, ActMessage, ActSubmission, MessageLimits};
use crate::metrics::Metrics;
use crate::queue::{Acker, Delivery, Queue};
use courtpub_domain::{ActId, ActMeta, Correction, Masking, MediaType};
use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;

/// The CPU stages, implemented over the extraction crate and the engine.
pub trait Stages: Send + Sync + 'static {
    /// The text of the document; `Err` is a permanent, human-readable reason.
    fn extract(&self, bytes: &[u8]) -> Result<(MediaType, String), String>;
    /// Pure masking of the text.
    fn mask(&self, text: &str, meta: &ActMeta) -> Masking;
    /// Replays the staff's corrections of the act on a fresh masking (see
    /// `courtpub_depersonalize::corrections`). Whether the act goes to review stays the
    /// engine's decision.
    fn apply_corrections(
        &self,
        text: &str,
        masking: Masking,
        corrections: &[Correction],
    ) -> Masking {
        let _ = (text, corrections);
        masking
    }
}

/// A processed revision, ready for the registry transaction.
pub struct Processed {
    pub submission: ActSubmission,
    pub media_type: MediaType,
    pub text: String,
    pub masking: Masking,
}

impl fmt::Debug for Processed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Processed")
            .field("act_id", &self.submission.meta.act_id)
            .field("revision", &self.submission.meta.revision)
            .field("text_len", &self.text.len())
            .field("masking", &self.masking)
            .finish()
    }
}

/// A delivery that could not be processed, as recorded in the registry.
#[derive(Debug, Clone)]
pub struct Failure {
    pub act_id: Option<ActId>,
    pub revision: Option<u32>,
    /// Stable short code (`not_json`, `bad_base64`, `bad_document`…).
    pub code: &'static str,
    pub reason: String,
    /// The message minus the document, for diagnosis.
    pub raw_metadata: Option<String>,
}

/// What the registry did with a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    Published,
    Unpublished,
    Duplicate,
    Stale,
    Withdrawn,
}

impl Recorded {
    fn as_str(self) -> &'static str {
        match self {
            Self::Published => "published",
            Self::Unpublished => "unpublished",
            Self::Duplicate => "duplicate",
            Self::Stale => "stale",
            Self::Withdrawn => "withdrawn",
        }
    }
}

/// The restricted registry, as the worker sees it.
pub trait Store: Send + Sync + 'static {
    type Error: std::error::Error + Send + Sync + 'static;
    /// True when the same call may succeed later (database down or busy).
    fn is_transient(error: &Self::Error) -> bool;
    /// One transaction: revision, original, text, spans, masked text, status, outbox row.
    fn record(&self, act: &Processed)
    -> impl Future<Output = Result<Recorded, Self::Error>> + Send;
    fn record_failed(
        &self,
        failure: &Failure,
    ) -> impl Future<Output = Result<(), Self::Error>> + Send;
    fn withdraw(
        &self,
        act_id: &ActId,
        reason: Option<&str>,
    ) -> impl Future<Output = Result<(), Self::Error>> + Send;
    /// The staff's corrections of an act, in order; they apply to every new revision.
    fn corrections(
        &self,
        act_id: &ActId,
    ) -> impl Future<Output = Result<Vec<Correction>, Self::Error>> + Send {
        let _ = act_id;
        async { Ok(Vec::new()) }
    }
}

/// Exponential backoff for transient failures.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub initial: Duration,
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            initial: Duration::from_millis(200),
            max: Duration::from_secs(30),
        }
    }
}

impl Backoff {
    fn next(&self, current: Duration) -> Duration {
        (current * 2).min(self.max)
    }
}

#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Deliveries processed at once.
    pub concurrency: usize,
    pub limits: MessageLimits,
    pub backoff: Backoff,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        Self {
            concurrency: 2,
            limits: MessageLimits::default(),
            backoff: Backoff::default(),
        }
    }
}

/// Everything one worker shares between its deliveries.
pub struct Worker<Q, S, R> {
    pub queue: Arc<Q>,
    pub stages: Arc<S>,
    pub store: Arc<R>,
    pub options: WorkerOptions,
    pub metrics: Metrics,
}

impl<Q, S, R> Clone for Worker<Q, S, R> {
    fn clone(&self) -> Self {
        Self {
            queue: self.queue.clone(),
            stages: self.stages.clone(),
            store: self.store.clone(),
            options: self.options.clone(),
            metrics: self.metrics.clone(),
        }
    }
}

impl<Q: Queue, S: Stages, R: Store> Worker<Q, S, R> {
    /// Consumes until `shutdown` is cancelled, then waits for deliveries in flight.
    pub async fn run(self, shutdown: CancellationToken) {
        let concurrency = self.options.concurrency.max(1);
        let permits = Arc::new(Semaphore::new(concurrency));
        let mut backoff = self.options.backoff.initial;
        loop {
            let permit = tokio::select! {
                _ = shutdown.cancelled() => break,
                p = permits.clone().acquire_owned() => match p {
                    Ok(p) => p,
                    Err(_) => break,
                },
            };
            let delivery = tokio::select! {
                _ = shutdown.cancelled() => break,
                d = self.queue.receive() => d,
            };
            match delivery {
                Ok(delivery) => {
                    backoff = self.options.backoff.initial;
                    let worker = self.clone();
                    let token = shutdown.clone();
                    tokio::spawn(async move {
                        worker.handle(delivery, &token).await;
                        drop(permit);
                    });
                }
                Err(err) if err.is_transient() => {
                    tracing::warn!(error = %err, retry_in_ms = backoff.as_millis() as u64, "queue unavailable");
                    self.metrics.retries.with_label_values(&["queue"]).inc();
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(backoff) => {}
                    }
                    backoff = self.options.backoff.next(backoff);
                }
                Err(err) => {
                    tracing::error!(error = %err, "queue closed; worker stops");
                    break;
                }
            }
        }
        // Wait for deliveries in flight; they stop retrying once `shutdown` is cancelled.
        let _ = permits.acquire_many(concurrency as u32).await;
    }

    /// Settles one delivery.
    pub async fn handle(&self, delivery: Delivery<Q::Ack>, shutdown: &CancellationToken) {
        self.metrics.received.inc();
        let Delivery {
            body,
            redelivered,
            ack,
            ..
        } = delivery;
        let started = Instant::now();
        let decoded = message::decode(&body, &self.options.limits);
        self.observe("decode", started);
        let msg = match decoded {
            Ok(msg) => msg,
            Err(rejected) => {
                let failure = Failure {
                    act_id: rejected.act_id,
                    revision: rejected.revision,
                    code: rejected.error.code(),
                    reason: rejected.error.to_string(),
                    raw_metadata: raw_metadata(&body),
                };
                return self.fail(ack, failure, shutdown).await;
            }
        };
        drop(body);
        let act_id = msg.act_id().clone();
        tracing::debug!(act_id = %act_id, revision = ?msg.revision(), redelivered, "processing");
        match msg {
            ActMessage::Withdraw(w) => {
                let store = self.store.clone();
                let done = self
                    .retry("registry", shutdown, || {
                        let store = store.clone();
                        let w = w.clone();
                        async move { store.withdraw(&w.act_id, w.reason.as_deref()).await }
                    })
                    .await;
                match done {
                    Some(Ok(())) => {
                        self.metrics
                            .not_published
                            .with_label_values(&["withdrawn"])
                            .inc();
                        self.settle_ack(ack, &act_id).await
                    }
                    Some(Err(err)) => {
                        let failure = Failure {
                            act_id: Some(act_id),
                            revision: None,
                            code: "registry_rejected",
                            reason: err.to_string(),
                            raw_metadata: None,
                        };
                        self.fail(ack, failure, shutdown).await
                    }
                    None => {}
                }
            }
            ActMessage::Act(submission) => {
                let revision = submission.meta.revision;
                // A correction staff made on an earlier revision holds for this one too.
                let store = self.store.clone();
                let corrections = self
                    .retry("registry", shutdown, || {
                        let store = store.clone();
                        let act_id = act_id.clone();
                        async move { store.corrections(&act_id).await }
                    })
                    .await;
                let corrections = match corrections {
                    Some(Ok(c)) => c,
                    Some(Err(err)) => {
                        let failure = Failure {
                            act_id: Some(act_id),
                            revision: Some(revision),
                            code: "registry_rejected",
                            reason: err.to_string(),
                            raw_metadata: None,
                        };
                        return self.fail(ack, failure, shutdown).await;
                    }
                    None => {
                        tracing::info!(act_id = %act_id, revision, "stopping with the act unsettled; it will be redelivered");
                        return;
                    }
                };
                let processed = match self.process(submission, corrections).await {
                    Ok(p) => p,
                    Err((code, reason, raw)) => {
                        let failure = Failure {
                            act_id: Some(act_id),
                            revision: Some(revision),
                            code,
                            reason,
                            raw_metadata: raw,
                        };
                        return self.fail(ack, failure, shutdown).await;
                    }
                };
                let processed = Arc::new(processed);
                let store = self.store.clone();
                let started = Instant::now();
                let done = self
                    .retry("registry", shutdown, || {
                        let store = store.clone();
                        let processed = processed.clone();
                        async move { store.record(&processed).await }
                    })
                    .await;
                self.observe("registry", started);
                match done {
                    Some(Ok(outcome)) => {
                        if outcome == Recorded::Published {
                            self.metrics.published.inc();
                        } else {
                            self.metrics
                                .not_published
                                .with_label_values(&[outcome.as_str()])
                                .inc();
                        }
                        tracing::info!(act_id = %act_id, revision, outcome = outcome.as_str(), "recorded");
                        self.settle_ack(ack, &act_id).await
                    }
                    Some(Err(err)) => {
                        let failure = Failure {
                            act_id: Some(act_id),
                            revision: Some(revision),
                            code: "registry_rejected",
                            reason: err.to_string(),
                            raw_metadata: None,
                        };
                        self.fail(ack, failure, shutdown).await
                    }
                    None => {
                        tracing::info!(act_id = %act_id, revision, "stopping with the act unsettled; it will be redelivered");
                    }
                }
            }
        }
    }

    /// Extraction and masking on a blocking thread.
    async fn process(
        &self,
        submission: ActSubmission,
        corrections: Vec<Correction>,
    ) -> Result<Processed, (&'static str, String, Option<String>)> {
        let stages = self.stages.clone();
        let metrics = self.metrics.clone();
        let joined = tokio::task::spawn_blocking(move || {
            let started = Instant::now();
            let extracted = stages.extract(&submission.document.content);
            metrics
                .stage_seconds
                .with_label_values(&["extract"])
                .observe(started.elapsed().as_secs_f64());
            let (media_type, text) = match extracted {
                Ok(x) => x,
                Err(reason) => {
                    let raw = serde_json::to_string(&submission.meta).ok();
                    return Err(("bad_document", reason, raw));
                }
            };
            let started = Instant::now();
            let mut masking = stages.mask(&text, &submission.meta);
            if !corrections.is_empty() {
                masking = stages.apply_corrections(&text, masking, &corrections);
            }
            metrics
                .stage_seconds
                .with_label_values(&["mask"])
                .observe(started.elapsed().as_secs_f64());
            Ok(Processed {
                submission,
                media_type,
                text,
                masking,
            })
        })
        .await;
        match joined {
            Ok(result) => result,
            // A panic in extraction or masking is a bug triggered by this document: record
            // it against the act rather than crash-looping on redelivery.
            Err(err) => Err((
                "internal_error",
                format!(
                    "processing the document failed unexpectedly ({err}); report this act id to the maintainers"
                ),
                None,
            )),
        }
    }

    /// Runs `f` until it succeeds, fails permanently, or `shutdown` is cancelled (`None`).
    async fn retry<T, F, Fut>(
        &self,
        stage: &'static str,
        shutdown: &CancellationToken,
        mut f: F,
    ) -> Option<Result<T, R::Error>>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, R::Error>>,
    {
        let mut delay = self.options.backoff.initial;
        loop {
            match f().await {
                Err(err) if R::is_transient(&err) => {
                    self.metrics.retries.with_label_values(&[stage]).inc();
                    tracing::warn!(stage, error = %err, retry_in_ms = delay.as_millis() as u64, "transient failure");
                    tokio::select! {
                        _ = shutdown.cancelled() => return None,
                        _ = tokio::time::sleep(delay) => {}
                    }
                    delay = self.options.backoff.next(delay);
                }
                other => return Some(other),
            }
        }
    }

    async fn fail(&self, ack: Q::Ack, failure: Failure, shutdown: &CancellationToken) {
        self.metrics.failed.with_label_values(&[failure.code]).inc();
        tracing::warn!(
            act_id = ?failure.act_id.as_ref().map(|a| a.0.as_str()),
            revision = ?failure.revision,
            code = failure.code,
            "dead-lettering"
        );
        let store = self.store.clone();
        let recorded = self
            .retry("registry", shutdown, || {
                let store = store.clone();
                let failure = failure.clone();
                async move { store.record_failed(&failure).await }
            })
            .await;
        match recorded {
            // Not recorded because we are stopping: leave the delivery for redelivery.
            None => return,
            Some(Err(err)) => {
                tracing::error!(error = %err, "could not record the failure; the dead-letter queue keeps the message")
            }
            Some(Ok(())) => {}
        }
        if let Err(err) = ack.dead_letter(&failure.reason).await {
            tracing::warn!(error = %err, "dead-lettering failed; the message will be redelivered and fail again");
        }
    }

    async fn settle_ack(&self, ack: Q::Ack, act_id: &ActId) {
        let started = Instant::now();
        if let Err(err) = ack.ack().await {
            // The registry has committed; redelivery will be recognised as a duplicate.
            tracing::warn!(act_id = %act_id, error = %err, "ack failed; the act will be redelivered as a duplicate");
        }
        self.observe("ack", started);
    }

    fn observe(&self, stage: &str, started: Instant) {
        self.metrics
            .stage_seconds
            .with_label_values(&[stage])
            .observe(started.elapsed().as_secs_f64());
    }
}

/// The message without its document, capped, for the failure record (restricted).
fn raw_metadata(body: &[u8]) -> Option<String> {
    const MAX: usize = 16 * 1024;
    let text = match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut v) => {
            if let Some(doc) = v.get_mut("document").and_then(|d| d.as_object_mut())
                && let Some(c) = doc.get_mut("content_base64")
            {
                *c = serde_json::Value::String(format!(
                    "<{} bytes omitted>",
                    c.as_str().map_or(0, str::len)
                ));
            }
            v.to_string()
        }
        Err(_) => String::from_utf8_lossy(&body[..body.len().min(MAX)]).into_owned(),
    };
    let mut end = text.len().min(MAX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Some(text[..end].to_owned())
}
