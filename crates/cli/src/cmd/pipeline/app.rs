//! Building the pieces from the config and running them.

use super::Common;
use anyhow::Context as _;
use courtpub_depersonalize::{Engine, Policy};
use courtpub_index::ActIndex;
use courtpub_pipeline::config::{Config, QueueKind};
use courtpub_pipeline::indexer::{Indexer, IndexerOptions};
use courtpub_pipeline::metrics::Metrics;
use courtpub_pipeline::queue::Queue;
use courtpub_pipeline::queue::amqp::{AmqpOptions, AmqpQueue, Topology};
use courtpub_pipeline::queue::local::{LocalOptions, LocalQueue};
use courtpub_pipeline::wiring::EngineStages;
use courtpub_pipeline::worker::{Worker, WorkerOptions};
use courtpub_registry::{ConnectOptions, Registry};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("COURTPUB_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tantivy=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

pub fn config_path(common: &Common) -> PathBuf {
    common
        .config
        .clone()
        .or_else(|| std::env::var_os("COURTPUB_CONFIG").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("config/courtpub.toml"))
}

pub fn load(common: &Common) -> anyhow::Result<Config> {
    let path = config_path(common);
    Config::load(&path).context("fix the configuration (see config/courtpub.toml for every key)")
}

pub async fn registry(config: &Config) -> anyhow::Result<Registry> {
    if let Some(path) = config.registry.url.strip_prefix("sqlite://")
        && let Some(dir) = std::path::Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the registry folder {}", dir.display()))?;
    }
    let options = ConnectOptions {
        max_connections: config.registry.max_connections,
        ..ConnectOptions::default()
    };
    let registry = Registry::connect_with(&config.registry.url, &options)
        .await
        .context("cannot connect to the registry (registry.url / COURTPUB_REGISTRY_URL)")?;
    Ok(registry)
}

pub async fn local_queue(config: &Config) -> anyhow::Result<LocalQueue> {
    let options = LocalOptions {
        visibility_timeout: Duration::from_secs(config.queue.visibility_timeout_secs),
        max_deliveries: config.queue.max_deliveries,
        ..LocalOptions::default()
    };
    LocalQueue::open(&config.queue.path, LocalQueue::default_name(), options)
        .await
        .with_context(|| {
            format!(
                "cannot open the local queue {}",
                config.queue.path.display()
            )
        })
}

pub fn amqp_options(config: &Config) -> AmqpOptions {
    AmqpOptions {
        url: config.amqp.url.clone(),
        topology: if config.amqp.prefix.is_empty() {
            Topology::default()
        } else {
            Topology::prefixed(&config.amqp.prefix)
        },
        prefetch: config.amqp.prefetch,
        max_deliveries: config.queue.max_deliveries,
        declare: config.amqp.declare,
        timeout: std::time::Duration::from_secs(config.amqp.timeout_secs),
    }
}

pub async fn amqp_queue(config: &Config) -> anyhow::Result<AmqpQueue> {
    AmqpQueue::connect(amqp_options(config))
        .await
        .context("cannot connect to RabbitMQ (amqp.url / COURTPUB_AMQP_URL)")
}

pub fn stages(config: &Config) -> anyhow::Result<EngineStages> {
    let policy = Policy::from_file(&config.engine.policy)
        .with_context(|| format!("cannot load the policy {}", config.engine.policy.display()))?;
    let engine = Engine::load(&config.engine.dictionaries, policy).with_context(|| {
        format!(
            "cannot load the dictionaries from {}",
            config.engine.dictionaries.display()
        )
    })?;
    Ok(EngineStages {
        limits: config.extract.clone(),
        engine,
    })
}

pub fn index(config: &Config) -> anyhow::Result<ActIndex> {
    ActIndex::open_or_create(&config.index.path)
        .with_context(|| format!("cannot open the index {}", config.index.path.display()))
}

fn worker_options(config: &Config) -> WorkerOptions {
    WorkerOptions {
        concurrency: config.worker.concurrency,
        limits: config.worker.limits(),
        ..WorkerOptions::default()
    }
}

/// Cancelled on Ctrl-C or SIGTERM.
pub fn shutdown_signal() -> CancellationToken {
    let token = CancellationToken::new();
    let t = token.clone();
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let mut term = match signal(SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    t.cancel();
                    return;
                }
            };
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("stopping: finishing deliveries in flight");
        t.cancel();
    });
    token
}

fn serve_metrics(config: &Config, metrics: &Metrics) -> anyhow::Result<()> {
    if let Some(addr) = config.metrics.addr()? {
        let m = metrics.clone();
        tokio::spawn(async move {
            if let Err(err) = m.serve(addr).await {
                tracing::error!(%addr, error = %err, "metrics listener failed; check metrics.listen");
            }
        });
    }
    Ok(())
}

/// Samples the queue depth into the metrics every few seconds.
fn watch_depth<Q: Queue>(queue: Arc<Q>, metrics: Metrics, shutdown: CancellationToken) {
    tokio::spawn(async move {
        loop {
            if let Ok(n) = queue.depth().await {
                metrics
                    .queue_depth
                    .set(i64::try_from(n).unwrap_or(i64::MAX));
            }
            tokio::select! {
                _ = shutdown.cancelled() => return,
                _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            }
        }
    });
}

async fn run_worker<Q: Queue>(
    queue: Arc<Q>,
    config: &Config,
    registry: Registry,
    metrics: Metrics,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    // Entries staff promoted from corrections, on top of the dictionary files.
    let additions = registry
        .dictionary_entries()
        .await
        .context("cannot read the promoted dictionary entries from the registry")?;
    let stages = Arc::new(
        tokio::task::spawn_blocking({
            let c = config.clone();
            move || {
                let mut s = stages(&c)?;
                for e in &additions {
                    s.engine.add_dictionary_entry(e.list, &e.entry);
                }
                Ok::<_, anyhow::Error>(s)
            }
        })
        .await??,
    );
    watch_depth(queue.clone(), metrics.clone(), shutdown.clone());
    let worker = Worker {
        queue,
        stages,
        store: Arc::new(registry),
        options: worker_options(config),
        metrics,
    };
    tracing::info!(concurrency = config.worker.concurrency, "worker started");
    worker.run(shutdown).await;
    Ok(())
}

pub async fn worker(config: &Config) -> anyhow::Result<()> {
    let registry = registry(config).await?;
    let metrics = Metrics::new();
    serve_metrics(config, &metrics)?;
    let shutdown = shutdown_signal();
    match config.queue.kind {
        QueueKind::Local => {
            let q = Arc::new(local_queue(config).await?);
            run_worker(q, config, registry, metrics, shutdown).await
        }
        QueueKind::Amqp => {
            let q = Arc::new(amqp_queue(config).await?);
            run_worker(q, config, registry, metrics, shutdown).await
        }
    }
}

pub async fn indexer(config: &Config) -> anyhow::Result<()> {
    let registry = registry(config).await?;
    let metrics = Metrics::new();
    serve_metrics(config, &metrics)?;
    let index = index(config)?;
    let indexer = Indexer::new(registry, &index, indexer_options(config), metrics)
        .context("cannot open the index writer (is another indexer running?)")?;
    indexer.run(shutdown_signal()).await?;
    Ok(())
}

fn indexer_options(config: &Config) -> IndexerOptions {
    IndexerOptions {
        batch: config.index.batch,
        ..IndexerOptions::default()
    }
}

pub async fn run_embedded(config: &Config) -> anyhow::Result<()> {
    if config.queue.kind != QueueKind::Local {
        tracing::warn!(
            "queue.kind is amqp: `run` uses the local queue anyway; use `worker` for RabbitMQ"
        );
    }
    let registry = registry(config).await?;
    registry
        .migrate()
        .await
        .context("registry migration failed")?;
    let queue = Arc::new(local_queue(config).await?);
    let index = index(config)?;
    let metrics = Metrics::new();
    serve_metrics(config, &metrics)?;
    let shutdown = shutdown_signal();

    let counts = registry.counts().await?;
    if counts.acts == 0 && counts.failures == 0 && queue.depth().await? == 0 {
        let dir = &config.run.sample_acts;
        if !dir.as_os_str().is_empty() && dir.is_dir() {
            let n = super::backfill::ingest_samples(dir, queue.as_ref(), config).await?;
            tracing::info!(acts = n, "first start: sample acts queued");
        }
    }

    let indexer = Indexer::new(
        registry.clone(),
        &index,
        indexer_options(config),
        metrics.clone(),
    )
    .context("cannot open the index writer (is another courtpub run or indexer running?)")?;
    let indexer_task = tokio::spawn(indexer.run(shutdown.clone()));
    let web = courtpub_web::PublicConfig {
        index_dir: config.index.path.clone(),
        listen: config.web.public_addr()?,
        public_url: Some(config.web.public_url.clone()).filter(|u| !u.is_empty()),
    };
    let web_task = tokio::spawn(courtpub_web::serve_public(web));
    // The staff site too, unless staff.listen is empty: the embedded default is the whole
    // job on one machine.
    let staff_task = match config.staff.addr()? {
        Some(addr) => {
            let state = crate::cmd::staff::state(config, registry.clone()).await?;
            let stop = shutdown.clone();
            Some(tokio::spawn(courtpub_staff::serve_staff(
                state,
                addr,
                async move { stop.cancelled().await },
            )))
        }
        None => None,
    };
    let worker = run_worker(queue, config, registry.clone(), metrics, shutdown.clone());
    eprintln!(
        "courtpub: running; public site http://{}, staff site {} (registry {}, queue {}, index {}); Ctrl-C to stop",
        config.web.public_listen,
        if config.staff.listen.is_empty() {
            "off".to_owned()
        } else {
            format!("http://{}", config.staff.listen)
        },
        config.registry.url,
        config.queue.path.display(),
        config.index.path.display()
    );
    worker.await?;
    indexer_task.await??;
    web_task.abort();
    if let Some(task) = staff_task {
        task.abort();
    }
    Ok(())
}

pub async fn migrate(config: &Config) -> anyhow::Result<()> {
    let registry = registry(config).await?;
    registry
        .migrate()
        .await
        .context("registry migration failed")?;
    eprintln!("courtpub: registry migrated ({})", registry.backend_name());
    Ok(())
}

pub async fn reindex(config: &Config) -> anyhow::Result<()> {
    let registry = registry(config).await?;
    let index = index(config)?;
    let total = registry.counts().await?.published;
    let bar = indicatif::ProgressBar::new(u64::try_from(total).unwrap_or(0));
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} acts {elapsed} eta {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let n =
        courtpub_pipeline::indexer::reindex(&registry, &index, 500, |done| bar.set_position(done))
            .await
            .context("reindex failed (stop the indexer first: it holds the index writer)")?;
    bar.finish();
    eprintln!(
        "courtpub: reindexed {n} acts into {}",
        config.index.path.display()
    );
    Ok(())
}

pub async fn check(config: &Config) -> anyhow::Result<()> {
    let mut failures = 0;
    let mut report = |what: &str, result: anyhow::Result<String>| match result {
        Ok(detail) => println!("ok    {what}: {detail}"),
        Err(err) => {
            failures += 1;
            println!("FAIL  {what}: {err:#}");
        }
    };
    report("config", Ok("valid".into()));
    let reg = async {
        let r = registry(config).await?;
        r.ping().await?;
        Ok::<_, anyhow::Error>(r.backend_name().to_owned())
    }
    .await;
    report("registry", reg);
    let q = match config.queue.kind {
        QueueKind::Local => local_queue(config)
            .await
            .map(|_| format!("local {}", config.queue.path.display())),
        QueueKind::Amqp => amqp_queue(config)
            .await
            .map(|_| "rabbitmq reachable, topology declared".into()),
    };
    report("queue", q);
    report(
        "engine",
        stages(config).map(|_| "dictionaries and policy loaded".into()),
    );
    report(
        "index",
        index(config).map(|_| config.index.path.display().to_string()),
    );
    let staff = async {
        let listen = match config.staff.addr()? {
            Some(addr) => format!("listen {addr}"),
            None => "off (staff.listen is empty)".to_owned(),
        };
        let accounts = registry(config).await?.users().await.map_or_else(
            |_| "accounts unknown (run `courtpub migrate`)".to_owned(),
            |u| match u.len() {
                0 => "no accounts yet: `courtpub user add`".to_owned(),
                n => format!("{n} accounts"),
            },
        );
        Ok::<_, anyhow::Error>(format!("{listen}, {accounts}"))
    }
    .await;
    report("staff", staff);
    report(
        "metrics",
        config
            .metrics
            .addr()
            .map(|a| format!("{a:?}"))
            .map_err(Into::into),
    );
    if failures > 0 {
        anyhow::bail!("{failures} check(s) failed");
    }
    Ok(())
}
