//! Prometheus metrics and the small listener that serves them at `/metrics`.

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry,
    TextEncoder,
};
use std::net::SocketAddr;

/// Counters and histograms of one process. Cheap to clone (shared handles).
#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    /// Messages taken from the queue.
    pub received: IntCounter,
    /// Revisions that became the public copy.
    pub published: IntCounter,
    /// Revisions recorded but not published (review, stale, duplicate, withdrawn).
    pub not_published: IntCounterVec,
    /// Deliveries dead-lettered, by reason code.
    pub failed: IntCounterVec,
    /// Transient failures that were retried, by stage.
    pub retries: IntCounterVec,
    /// Time spent per stage (decode, extract, mask, registry, ack, index).
    pub stage_seconds: HistogramVec,
    /// Messages waiting in the incoming queue.
    pub queue_depth: IntGauge,
    /// Outbox entries the indexer has applied.
    pub indexed: IntCounter,
    /// Outbox entries not yet applied to the index.
    pub outbox_lag: IntGauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new_custom(Some("courtpub".into()), None).unwrap_or_default();
        // Metric names and labels are constants: construction fails only on a typo here.
        let counter = |name: &str, help: &str| {
            let c = IntCounter::new(name, help).expect("constant metric name");
            let _ = registry.register(Box::new(c.clone()));
            c
        };
        let counter_vec = |name: &str, help: &str, label: &str| {
            let c =
                IntCounterVec::new(Opts::new(name, help), &[label]).expect("constant metric name");
            let _ = registry.register(Box::new(c.clone()));
            c
        };
        let gauge = |name: &str, help: &str| {
            let g = IntGauge::new(name, help).expect("constant metric name");
            let _ = registry.register(Box::new(g.clone()));
            g
        };
        let stage_seconds = HistogramVec::new(
            HistogramOpts::new("stage_duration_seconds", "time spent per pipeline stage").buckets(
                vec![
                    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                    10.0,
                ],
            ),
            &["stage"],
        )
        .expect("constant metric name");
        let _ = registry.register(Box::new(stage_seconds.clone()));
        Self {
            received: counter("acts_received_total", "messages taken from the queue"),
            published: counter(
                "acts_published_total",
                "revisions that became the public copy",
            ),
            not_published: counter_vec(
                "acts_not_published_total",
                "revisions recorded without publishing",
                "outcome",
            ),
            failed: counter_vec("acts_failed_total", "deliveries dead-lettered", "reason"),
            retries: counter_vec("retries_total", "transient failures retried", "stage"),
            stage_seconds,
            queue_depth: gauge("queue_depth", "messages waiting in the incoming queue"),
            indexed: counter("index_applied_total", "outbox entries applied to the index"),
            outbox_lag: gauge("outbox_lag", "outbox entries not yet applied to the index"),
            registry,
        }
    }

    /// The text exposition format.
    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut buf);
        String::from_utf8(buf).unwrap_or_default()
    }

    /// Serves `/metrics` on `addr` until the task is dropped.
    pub async fn serve(self, addr: SocketAddr) -> std::io::Result<()> {
        let app = axum::Router::new().route(
            "/metrics",
            axum::routing::get(move || {
                let m = self.clone();
                async move { m.render() }
            }),
        );
        let listener = tokio::net::TcpListener::bind(addr).await?;
        tracing::info!(%addr, "metrics listening");
        axum::serve(listener, app).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposes_the_named_series() {
        let m = Metrics::new();
        m.received.inc();
        m.failed.with_label_values(&["not_json"]).inc();
        m.stage_seconds.with_label_values(&["mask"]).observe(0.01);
        let text = m.render();
        for want in [
            "courtpub_acts_received_total 1",
            "courtpub_acts_failed_total{reason=\"not_json\"} 1",
            "courtpub_stage_duration_seconds_count{stage=\"mask\"} 1",
            "courtpub_queue_depth 0",
        ] {
            assert!(text.contains(want), "missing {want} in\n{text}");
        }
    }
}
