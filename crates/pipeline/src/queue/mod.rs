//! Where messages wait: a durable queue with acknowledgements.
//!
//! Two implementations: [`amqp::AmqpQueue`] (RabbitMQ, for production) and
//! [`local::LocalQueue`] (an SQLite table, for the embedded default). Both hand out a
//! [`Delivery`] whose ack handle travels with the act to the last stage: the worker acks
//! only after the registry commit, dead-letters a permanent failure with its reason, and
//! leaves a delivery it could not finish to be redelivered.

pub mod amqp;
pub mod local;

use std::future::Future;
use std::time::Duration;

/// Name of the exchange courts publish to.
pub const EXCHANGE: &str = "courtpub.acts";
/// Routing key of act messages.
pub const ROUTING_KEY: &str = "act";
/// The queue workers consume.
pub const INCOMING: &str = "courtpub.acts.incoming";
/// Dead-letter exchange and queue.
pub const DEAD: &str = "courtpub.acts.dead";

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error(
        "message broker unavailable: {0}; check that RabbitMQ is running and amqp.url is right"
    )]
    Broker(#[from] lapin::Error),
    #[error("broker did not confirm the message (nack); publish it again")]
    NotConfirmed,
    #[error("local queue database error: {0}; check the queue.path file and its disk")]
    Local(#[from] sqlx::Error),
    #[error("local queue migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("the queue is closed")]
    Closed,
    /// The broker accepted the connection but did not answer in time (a resource alarm
    /// blocks publishers, a half-open connection never answers): transient.
    #[error("message broker did not answer {operation} within {}s", after.as_secs())]
    Timeout {
        operation: &'static str,
        after: Duration,
    },
}

impl QueueError {
    /// Broker and database failures are transient: reconnect and try again.
    pub fn is_transient(&self) -> bool {
        !matches!(self, Self::Migrate(_))
    }
}

/// What a consumer receives: the body and the handle that settles it.
pub struct Delivery<A> {
    pub body: Vec<u8>,
    /// True when the queue has handed this message out before (possibly to a worker that
    /// died); the registry's idempotency makes that harmless.
    pub redelivered: bool,
    pub ack: A,
}

/// Settles one delivery. Each method consumes the handle: a delivery is settled once.
pub trait Acker: Send + 'static {
    /// Done: the result is committed, drop the message.
    fn ack(self) -> impl Future<Output = Result<(), QueueError>> + Send;
    /// Permanent failure: move the message to the dead-letter queue with `reason`.
    fn dead_letter(self, reason: &str) -> impl Future<Output = Result<(), QueueError>> + Send;
    /// Give the message back so that it is delivered again (now or after `delay`).
    fn release(self, delay: Duration) -> impl Future<Output = Result<(), QueueError>> + Send;
}

/// A durable queue of act messages.
pub trait Queue: Send + Sync + 'static {
    type Ack: Acker;

    /// Publishes one message durably; returns once the queue has confirmed it.
    fn publish(
        &self,
        body: &[u8],
        message_id: &str,
    ) -> impl Future<Output = Result<(), QueueError>> + Send;

    /// Waits for the next message. `Err` with a transient error means the connection
    /// was lost: call again (the implementation reconnects).
    fn receive(&self) -> impl Future<Output = Result<Delivery<Self::Ack>, QueueError>> + Send;

    /// Messages waiting to be consumed (queue lag), when the queue can tell.
    fn depth(&self) -> impl Future<Output = Result<u64, QueueError>> + Send;
}
