//! Integration tests of the pipeline: the embedded path (local queue, SQLite registry,
//! index) always; RabbitMQ and PostgreSQL when they run (with CI=true a missing server
//! fails the run, otherwise those tests skip loudly).

mod support;

mod amqp;
mod contract;
mod embedded;
mod local_queue;
