//! RabbitMQ through lapin.
//!
//! Topology (declared on connect; the same as deploy/rabbitmq/definitions.json):
//! durable direct exchange `courtpub.acts` → durable queue `courtpub.acts.incoming`
//! (quorum where the broker supports it, with a delivery limit), whose dead-letter
//! exchange `courtpub.acts.dead` (fanout) feeds the durable queue `courtpub.acts.dead`.
//! Messages are published persistent with publisher confirms; consumers use a bounded
//! prefetch. Publishing and consuming use separate connections, re-opened after a loss.

use super::{Acker, DEAD, Delivery, EXCHANGE, INCOMING, Queue, QueueError, ROUTING_KEY};
use futures_util::StreamExt;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicNackOptions, BasicPublishOptions, BasicQosOptions,
    BasicRejectOptions, ConfirmSelectOptions, ExchangeDeclareOptions, QueueBindOptions,
    QueueDeclareOptions,
};
use lapin::types::{AMQPValue, FieldTable, ShortString};
use lapin::{BasicProperties, Channel, Connection, ConnectionProperties, Consumer, ExchangeKind};
use std::future::Future;
use std::time::Duration;
use tokio::sync::Mutex;

/// `fut`, or [`QueueError::Timeout`] when the broker takes longer than `limit`. Every
/// broker round trip (connect, declare, confirm, ack) is bounded so; waiting for the next
/// delivery is not: an idle queue is normal, and a dead connection ends the consumer
/// stream (TCP close or missed heartbeats).
async fn bounded<T, E>(
    limit: Duration,
    operation: &'static str,
    fut: impl Future<Output = Result<T, E>>,
) -> Result<T, QueueError>
where
    QueueError: From<E>,
{
    match tokio::time::timeout(limit, fut).await {
        Ok(result) => result.map_err(QueueError::from),
        Err(_) => Err(QueueError::Timeout {
            operation,
            after: limit,
        }),
    }
}

/// Names of the broker objects; tests use fresh ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topology {
    pub exchange: String,
    pub incoming: String,
    pub dead: String,
}

impl Default for Topology {
    fn default() -> Self {
        Self {
            exchange: EXCHANGE.into(),
            incoming: INCOMING.into(),
            dead: DEAD.into(),
        }
    }
}

impl Topology {
    /// Fresh names under `prefix`, for tests and benchmarks.
    pub fn prefixed(prefix: &str) -> Self {
        Self {
            exchange: format!("{prefix}.acts"),
            incoming: format!("{prefix}.acts.incoming"),
            dead: format!("{prefix}.acts.dead"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AmqpOptions {
    pub url: String,
    pub topology: Topology,
    /// Unacked messages a consumer may hold.
    pub prefetch: u16,
    /// Deliveries before the broker dead-letters a message (quorum queues only).
    pub max_deliveries: u32,
    /// Declare exchanges and queues on connect (off when deploy/ definitions are loaded
    /// and the account may not configure).
    pub declare: bool,
    /// Longest wait for the broker's answer to one request.
    pub timeout: Duration,
}

pub struct AmqpQueue {
    options: AmqpOptions,
    publisher: Mutex<Option<(Connection, Channel)>>,
    consumer: Mutex<Option<(Connection, Channel, Consumer)>>,
}

impl AmqpQueue {
    /// Connects once to check the URL and declare the topology; later losses reconnect.
    pub async fn connect(options: AmqpOptions) -> Result<Self, QueueError> {
        let queue = Self {
            options,
            publisher: Mutex::new(None),
            consumer: Mutex::new(None),
        };
        {
            let mut publisher = queue.publisher.lock().await;
            *publisher = Some(queue.open_publisher().await?);
        }
        Ok(queue)
    }

    pub fn topology(&self) -> &Topology {
        &self.options.topology
    }

    async fn open(&self) -> Result<(Connection, Channel), QueueError> {
        bounded(self.options.timeout, "connect", async {
            let conn =
                Connection::connect(&self.options.url, ConnectionProperties::default()).await?;
            if self.options.declare {
                self.declare(&conn).await?;
            }
            let channel = conn.create_channel().await?;
            Ok::<_, QueueError>((conn, channel))
        })
        .await
    }

    async fn open_publisher(&self) -> Result<(Connection, Channel), QueueError> {
        let (conn, channel) = self.open().await?;
        bounded(
            self.options.timeout,
            "confirm.select",
            channel.confirm_select(ConfirmSelectOptions::default()),
        )
        .await?;
        Ok((conn, channel))
    }

    async fn declare(&self, conn: &Connection) -> Result<(), QueueError> {
        let t = &self.options.topology;
        let mut channel = conn.create_channel().await?;
        let durable = ExchangeDeclareOptions {
            durable: true,
            ..Default::default()
        };
        channel
            .exchange_declare(
                t.exchange.as_str().into(),
                ExchangeKind::Direct,
                durable,
                FieldTable::default(),
            )
            .await?;
        channel
            .exchange_declare(
                t.dead.as_str().into(),
                ExchangeKind::Fanout,
                durable,
                FieldTable::default(),
            )
            .await?;
        let queue_durable = QueueDeclareOptions {
            durable: true,
            ..Default::default()
        };
        channel
            .queue_declare(t.dead.as_str().into(), queue_durable, FieldTable::default())
            .await?;
        channel
            .queue_bind(
                t.dead.as_str().into(),
                t.dead.as_str().into(),
                "".into(),
                QueueBindOptions::default(),
                FieldTable::default(),
            )
            .await?;

        let mut args = FieldTable::default();
        args.insert(
            "x-dead-letter-exchange".into(),
            AMQPValue::LongString(t.dead.as_str().into()),
        );
        let mut quorum = args.clone();
        quorum.insert(
            "x-queue-type".into(),
            AMQPValue::LongString("quorum".into()),
        );
        quorum.insert(
            "x-delivery-limit".into(),
            AMQPValue::LongInt(i32::try_from(self.options.max_deliveries).unwrap_or(i32::MAX)),
        );
        if let Err(err) = channel
            .queue_declare(t.incoming.as_str().into(), queue_durable, quorum)
            .await
        {
            // A broker without quorum queues (or a classic queue declared earlier) closes
            // the channel; fall back to a classic durable queue with the same dead letter.
            tracing::warn!(error = %err, "quorum queue not available; declaring a classic durable queue");
            channel = conn.create_channel().await?;
            channel
                .queue_declare(t.incoming.as_str().into(), queue_durable, args)
                .await?;
        }
        channel
            .queue_bind(
                t.incoming.as_str().into(),
                t.exchange.as_str().into(),
                ROUTING_KEY.into(),
                QueueBindOptions::default(),
                FieldTable::default(),
            )
            .await?;
        let _ = channel.close(200, "declared".into()).await;
        Ok(())
    }

    async fn try_publish(&self, body: &[u8], message_id: &str) -> Result<(), QueueError> {
        let mut guard = self.publisher.lock().await;
        if guard
            .as_ref()
            .is_none_or(|(c, ch)| !c.status().connected() || !ch.status().connected())
        {
            *guard = Some(self.open_publisher().await?);
        }
        let Some((_, channel)) = guard.as_ref() else {
            return Err(QueueError::Closed);
        };
        let props = BasicProperties::default()
            .with_delivery_mode(2)
            .with_content_type("application/json".into())
            .with_message_id(ShortString::from(message_id));
        let result = bounded(self.options.timeout, "publish", async {
            let confirm = channel
                .basic_publish(
                    self.options.topology.exchange.as_str().into(),
                    ROUTING_KEY.into(),
                    BasicPublishOptions {
                        mandatory: true,
                        ..Default::default()
                    },
                    body,
                    props,
                )
                .await?
                .await?;
            Ok::<_, QueueError>(confirm)
        })
        .await;
        match result {
            Ok(lapin::Confirmation::Ack(None)) => Ok(()),
            Ok(_) => Err(QueueError::NotConfirmed),
            Err(err) => {
                *guard = None;
                Err(err)
            }
        }
    }

    /// Messages waiting in the dead-letter queue.
    pub async fn dead_depth(&self) -> Result<u64, QueueError> {
        self.count(&self.options.topology.dead).await
    }

    async fn count(&self, queue: &str) -> Result<u64, QueueError> {
        bounded(self.options.timeout, "queue.declare (passive)", async {
            let conn =
                Connection::connect(&self.options.url, ConnectionProperties::default()).await?;
            let channel = conn.create_channel().await?;
            let q = channel
                .queue_declare(
                    queue.into(),
                    QueueDeclareOptions {
                        passive: true,
                        ..Default::default()
                    },
                    FieldTable::default(),
                )
                .await?;
            let _ = conn.close(200, "done".into()).await;
            Ok::<_, QueueError>(u64::from(q.message_count()))
        })
        .await
    }

    /// Deletes this topology's exchanges and queues (test clean-up).
    pub async fn delete_topology(&self) -> Result<(), QueueError> {
        bounded(self.options.timeout, "delete", async {
            let conn =
                Connection::connect(&self.options.url, ConnectionProperties::default()).await?;
            let channel = conn.create_channel().await?;
            let t = &self.options.topology;
            for q in [&t.incoming, &t.dead] {
                channel
                    .queue_delete(q.as_str().into(), Default::default())
                    .await?;
            }
            for e in [&t.exchange, &t.dead] {
                channel
                    .exchange_delete(e.as_str().into(), Default::default())
                    .await?;
            }
            let _ = conn.close(200, "done".into()).await;
            Ok::<_, QueueError>(())
        })
        .await
    }
}

impl Queue for AmqpQueue {
    type Ack = AmqpAck;

    async fn publish(&self, body: &[u8], message_id: &str) -> Result<(), QueueError> {
        self.try_publish(body, message_id).await
    }

    async fn receive(&self) -> Result<Delivery<AmqpAck>, QueueError> {
        let mut guard = self.consumer.lock().await;
        if guard
            .as_ref()
            .is_none_or(|(c, ch, _)| !c.status().connected() || !ch.status().connected())
        {
            let (conn, channel) = self.open().await?;
            bounded(
                self.options.timeout,
                "basic.qos",
                channel.basic_qos(self.options.prefetch, BasicQosOptions::default()),
            )
            .await?;
            let consumer = bounded(
                self.options.timeout,
                "basic.consume",
                channel.basic_consume(
                    self.options.topology.incoming.as_str().into(),
                    "".into(),
                    BasicConsumeOptions::default(),
                    FieldTable::default(),
                ),
            )
            .await?;
            *guard = Some((conn, channel, consumer));
        }
        let next = match guard.as_mut() {
            Some((_, _, consumer)) => consumer.next().await,
            None => return Err(QueueError::Closed),
        };
        match next {
            Some(Ok(d)) => Ok(Delivery {
                body: d.data,
                redelivered: d.redelivered,
                ack: AmqpAck {
                    acker: d.acker,
                    timeout: self.options.timeout,
                },
            }),
            Some(Err(err)) => {
                *guard = None;
                Err(err.into())
            }
            None => {
                *guard = None;
                Err(QueueError::Closed)
            }
        }
    }

    async fn depth(&self) -> Result<u64, QueueError> {
        self.count(&self.options.topology.incoming).await
    }
}

/// The broker's delivery tag on its channel. If the channel is gone the broker has
/// already requeued the message, so a failed ack only means it will come again.
pub struct AmqpAck {
    acker: lapin::Acker,
    timeout: Duration,
}

impl Acker for AmqpAck {
    async fn ack(self) -> Result<(), QueueError> {
        bounded(
            self.timeout,
            "ack",
            self.acker.ack(BasicAckOptions::default()),
        )
        .await?;
        Ok(())
    }

    async fn dead_letter(self, reason: &str) -> Result<(), QueueError> {
        // The reason is recorded in the registry's failure record; the broker adds an
        // x-death header naming the queue and "rejected".
        tracing::debug!(
            reason_len = reason.len(),
            "rejecting to the dead-letter exchange"
        );
        bounded(
            self.timeout,
            "reject",
            self.acker.reject(BasicRejectOptions { requeue: false }),
        )
        .await?;
        Ok(())
    }

    async fn release(self, delay: Duration) -> Result<(), QueueError> {
        tokio::time::sleep(delay).await;
        bounded(
            self.timeout,
            "nack",
            self.acker.nack(BasicNackOptions {
                requeue: true,
                ..Default::default()
            }),
        )
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A peer that accepts TCP connections and never speaks AMQP: a half-open broker.
    async fn silent_broker() -> (tokio::task::JoinHandle<()>, String) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                held.push(socket);
            }
        });
        (task, format!("amqp://guest:guest@{addr}/%2f"))
    }

    #[tokio::test]
    async fn a_broker_that_never_answers_is_a_transient_timeout_not_a_hang() {
        let (server, url) = silent_broker().await;
        let options = AmqpOptions {
            url,
            topology: Topology::prefixed("t-silent"),
            prefetch: 1,
            max_deliveries: 1,
            declare: true,
            timeout: Duration::from_millis(300),
        };
        let outcome = tokio::time::timeout(Duration::from_secs(10), AmqpQueue::connect(options))
            .await
            .expect("connect must give up by itself");
        match outcome {
            Err(err @ QueueError::Timeout { operation, .. }) => {
                assert_eq!(operation, "connect");
                assert!(err.is_transient());
            }
            Err(other) => panic!("expected a timeout, got {other}"),
            Ok(_) => panic!("connected to a peer that never answered"),
        }
        server.abort();
    }
}
