//! `courtpub bench`: acts/s end to end (queue → worker → registry → indexer) with 1 and 2
//! workers, and the bare extract+mask cost of the same acts, in one run.
//!
//! Uses the configured queue and registry (set COURTPUB_QUEUE_KIND=amqp and
//! COURTPUB_REGISTRY_URL=postgres://… for the production path), fresh queue names per
//! round, act ids unique to the run, and a temporary index folder.

use super::Common;
use super::app;
use super::submit;
use anyhow::Context as _;
use courtpub_domain::{ActId, ActMeta};
use courtpub_pipeline::config::{Config, QueueKind};
use courtpub_pipeline::indexer::{Indexer, IndexerOptions};
use courtpub_pipeline::message::ActMessage;
use courtpub_pipeline::metrics::Metrics;
use courtpub_pipeline::queue::Queue;
use courtpub_pipeline::queue::amqp::{AmqpQueue, Topology};
use courtpub_pipeline::queue::local::{LocalOptions, LocalQueue};
use courtpub_pipeline::worker::{Stages, Worker, WorkerOptions};
use courtpub_registry::Registry;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

#[derive(clap::Args)]
pub struct Args {
    /// Acts per round (the sample acts repeated with fresh ids).
    #[arg(long, default_value_t = 600)]
    pub acts: usize,
    /// Worker counts to measure, one round each.
    #[arg(long, value_delimiter = ',', default_value = "1,2")]
    pub workers: Vec<usize>,
    #[command(flatten)]
    pub common: Common,
}

fn samples(config: &Config, n: usize, run: &str, round: usize) -> anyhow::Result<Vec<ActMessage>> {
    let dir = &config.run.sample_acts;
    let mut base = Vec::new();
    let mut metas: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the sample acts {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".meta.json")))
        .collect();
    metas.sort();
    for meta_path in metas {
        let stem = meta_path
            .to_string_lossy()
            .trim_end_matches(".meta.json")
            .to_owned();
        let Some(doc) = ["docx", "pdf", "txt"]
            .iter()
            .map(|e| std::path::PathBuf::from(format!("{stem}.{e}")))
            .find(|p| p.is_file())
        else {
            continue;
        };
        let meta: ActMeta = serde_json::from_str(&std::fs::read_to_string(&meta_path)?)?;
        base.push(submit::build(&doc, meta, config)?);
    }
    anyhow::ensure!(!base.is_empty(), "no sample acts in {}", dir.display());
    Ok((0..n)
        .map(|i| {
            let mut m = base[i % base.len()].clone();
            if let ActMessage::Act(a) = &mut m {
                a.meta.act_id = ActId(format!("bench-{run}-{round}-{i}"));
            }
            m
        })
        .collect())
}

/// Single-threaded extract+mask of the same acts: seconds per act.
fn bare_cost<S: Stages>(stages: &S, acts: &[ActMessage]) -> f64 {
    let started = Instant::now();
    for m in acts {
        if let ActMessage::Act(a) = m
            && let Ok((_, text)) = stages.extract(&a.document.content)
        {
            std::hint::black_box(stages.mask(&text, &a.meta));
        }
    }
    started.elapsed().as_secs_f64() / acts.len().max(1) as f64
}

async fn round<Q: Queue>(
    queues: Vec<Arc<Q>>,
    config: &Config,
    registry: &Registry,
    stages: Arc<courtpub_pipeline::wiring::EngineStages>,
    acts: &[ActMessage],
) -> anyhow::Result<f64> {
    // Publish first (not timed): the round measures draining a full queue.
    for m in acts {
        queues[0]
            .publish(&m.to_json(), &submit::message_id(m))
            .await?;
    }
    // Every act is recorded (published or held for review, per the policy).
    let target = registry.counts().await?.acts + acts.len() as i64;
    let dir = tempfile_dir()?;
    let index = courtpub_index::ActIndex::open_or_create(&dir)?;
    // Start the indexer from the current head so it only applies this round.
    registry
        .set_indexer_cursor(registry.outbox_head().await?)
        .await?;
    let shutdown = CancellationToken::new();
    let metrics = Metrics::new();
    let started = Instant::now();
    let indexer = Indexer::new(
        registry.clone(),
        &index,
        IndexerOptions {
            batch: config.index.batch,
            poll_interval: Duration::from_millis(50),
        },
        metrics.clone(),
    )?;
    let indexer_task = tokio::spawn(indexer.run(shutdown.clone()));
    let mut tasks = Vec::new();
    for q in queues {
        let worker = Worker {
            queue: q,
            stages: stages.clone(),
            store: Arc::new(registry.clone()),
            options: WorkerOptions {
                concurrency: config.worker.concurrency,
                limits: config.worker.limits(),
                ..WorkerOptions::default()
            },
            metrics: metrics.clone(),
        };
        tasks.push(tokio::spawn(worker.run(shutdown.clone())));
    }
    loop {
        let c = registry.counts().await?;
        if c.acts >= target && c.indexer_cursor >= c.outbox_head {
            break;
        }
        anyhow::ensure!(
            started.elapsed() < Duration::from_secs(600),
            "round did not finish in 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    shutdown.cancel();
    for t in tasks {
        t.await?;
    }
    indexer_task.await??;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(acts.len() as f64 / elapsed)
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "courtpub-bench-index-{}-{}",
        std::process::id(),
        Instant::now().elapsed().as_nanos()
            ^ u128::from(chrono::Utc::now().timestamp_subsec_nanos())
    ));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let config = app::load(&args.common)?;
    let registry = app::registry(&config).await?;
    registry.migrate().await?;
    let stages = Arc::new(app::stages(&config)?);
    let run_id = chrono::Utc::now().format("%Y%m%d%H%M%S").to_string();
    let acts = samples(&config, args.acts, &run_id, 0)?;
    let per_act = tokio::task::block_in_place(|| bare_cost(stages.as_ref(), &acts));
    println!(
        "bare extract+mask: {:.2} ms/act, {:.0} acts/s on one thread ({} acts)",
        per_act * 1e3,
        1.0 / per_act,
        acts.len()
    );
    for (i, &workers) in args.workers.iter().enumerate() {
        let acts = samples(&config, args.acts, &run_id, i + 1)?;
        let rate = match config.queue.kind {
            QueueKind::Amqp => {
                let mut options = app::amqp_options(&config);
                options.topology = Topology::prefixed(&format!("bench-{run_id}-{i}"));
                let mut queues = Vec::new();
                for _ in 0..workers.max(1) {
                    queues.push(Arc::new(AmqpQueue::connect(options.clone()).await?));
                }
                let cleanup = queues[0].clone();
                let r = round(queues, &config, &registry, stages.clone(), &acts).await?;
                let _ = cleanup.delete_topology().await;
                r
            }
            QueueKind::Local => {
                let path =
                    std::env::temp_dir().join(format!("courtpub-bench-queue-{run_id}-{i}.sqlite"));
                let q = Arc::new(LocalQueue::open(&path, "bench", LocalOptions::default()).await?);
                let queues = (0..workers.max(1)).map(|_| q.clone()).collect();
                let r = round(queues, &config, &registry, stages.clone(), &acts).await?;
                let _ = std::fs::remove_file(&path);
                r
            }
        };
        println!(
            "end to end, {workers} worker(s) × concurrency {}: {rate:.0} acts/s ({} acts; {:.1}× the one-thread bare cost per act)",
            config.worker.concurrency,
            acts.len(),
            (1.0 / rate) / per_act
        );
    }
    Ok(())
}
