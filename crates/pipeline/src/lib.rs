//! courtpub-pipeline: moves an act from the court's message to the public index.
//!
//! It owns the message contract ([`message`]), the queue abstraction with its AMQP and
//! local (SQLite) implementations ([`queue`]), the worker loop that settles every
//! delivery ([`worker`]), the indexer loop ([`indexer`]), configuration ([`config`]) and
//! metrics ([`metrics`]).
//!
//! The rules it enforces: a delivery is acked only after the registry transaction has
//! committed; a permanent error (invalid message, unknown schema version, broken or
//! oversized document) is recorded as failed with its reason and dead-lettered, never
//! retried; a transient error (database or broker down) is retried with backoff and the
//! delivery is never dropped. It never logs act text, names or file names: ids and
//! counts only.

pub mod message;
pub mod metrics;
pub mod queue;

pub use message::{ActMessage, ActSubmission, Document, MessageError, MessageLimits, Withdrawal};
pub mod config;
pub mod indexer;
pub mod wiring;
pub mod worker;
