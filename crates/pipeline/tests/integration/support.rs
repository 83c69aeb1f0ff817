//! Shared fixtures: synthetic acts, the real engine, fresh databases and queue names.

use courtpub_depersonalize::{Engine, Policy};
use courtpub_domain::{
    ActId, ActKind, ActMeta, CaseCategory, Court, Instance, Language, MediaType,
};
use courtpub_index::ActIndex;
use courtpub_pipeline::indexer::{Indexer, IndexerOptions};
use courtpub_pipeline::message::{ActMessage, ActSubmission, Document};
use courtpub_pipeline::metrics::Metrics;
use courtpub_pipeline::queue::Queue;
use courtpub_pipeline::wiring::EngineStages;
use courtpub_pipeline::worker::{Backoff, Worker, WorkerOptions};
use courtpub_registry::Registry;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

pub const AMQP_URL: &str = "amqp://guest:guest@127.0.0.1:5672/%2f";
pub const PG_ADMIN: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A unique suffix for names in this test run.
pub fn nonce() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_micros())
        .unwrap_or(0);
    format!(
        "{}_{}_{}",
        std::process::id(),
        t % 1_000_000_000,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// True when `addr` accepts connections. When it does not: panics under CI=true, else
/// prints a loud skip notice and returns false.
pub fn service(name: &str, addr: &str) -> bool {
    let up = addr
        .parse()
        .ok()
        .and_then(|a| std::net::TcpStream::connect_timeout(&a, Duration::from_secs(2)).ok())
        .is_some();
    if !up {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("{name} is not reachable at {addr} and CI=true: start it (see .ci/run)");
        }
        eprintln!("\n*** SKIPPED: {name} is not reachable at {addr} ***\n");
    }
    up
}

pub fn rabbitmq() -> bool {
    service("RabbitMQ", "127.0.0.1:5672")
}

pub fn postgres() -> bool {
    service("PostgreSQL", "127.0.0.1:5432")
}

/// Serializes the tests that use RabbitMQ: one of them stops and starts the broker.
static BROKER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Longest a test that talks to the broker may run once it holds the broker.
const BROKER_TEST_LIMIT: Duration = Duration::from_secs(600);

/// Exclusive use of the broker for one test, under a watchdog: a test still running after
/// [`BROKER_TEST_LIMIT`] ends the whole test binary with its name, so that a hung broker
/// or database fails CI at once instead of stalling it (a tokio timeout cannot fire while
/// the hung call blocks the runtime's threads; a plain thread always can).
pub struct BrokerTest {
    _lock: tokio::sync::MutexGuard<'static, ()>,
    done: Arc<std::sync::atomic::AtomicBool>,
}

pub async fn broker_test(name: &'static str) -> BrokerTest {
    use std::sync::atomic::{AtomicBool, Ordering};
    let lock = BROKER.lock().await;
    let done = Arc::new(AtomicBool::new(false));
    let seen = done.clone();
    std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < BROKER_TEST_LIMIT {
            if seen.load(Ordering::Relaxed) {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        eprintln!(
            "\n*** {name} still runs after {} s: ending the test binary (failed) ***\n",
            BROKER_TEST_LIMIT.as_secs()
        );
        std::process::exit(101);
    });
    BrokerTest { _lock: lock, done }
}

impl Drop for BrokerTest {
    fn drop(&mut self) {
        self.done.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// `fut`, or a panic naming `what` when it takes longer than `limit`.
pub async fn within<T>(
    limit: Duration,
    what: &str,
    fut: impl std::future::Future<Output = T>,
) -> T {
    match tokio::time::timeout(limit, fut).await {
        Ok(value) => value,
        Err(_) => panic!("{what} did not finish within {} s", limit.as_secs()),
    }
}

/// A fresh, migrated PostgreSQL database, dropped when the value goes out of scope.
pub struct PgTestDb {
    pub registry: Registry,
    pub url: String,
    name: String,
}

impl Drop for PgTestDb {
    fn drop(&mut self) {
        // FORCE closes the pool's connections still open in this test.
        let _ = std::process::Command::new("psql")
            .args([PG_ADMIN, "-q", "-c"])
            .arg(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .status();
    }
}

pub async fn fresh_postgres() -> PgTestDb {
    let name = format!("courtpub_test_{}", nonce());
    let status = std::process::Command::new("psql")
        .args([PG_ADMIN, "-q", "-c", &format!("CREATE DATABASE {name}")])
        .status()
        .expect("psql runs");
    assert!(status.success(), "CREATE DATABASE {name} failed");
    let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
    let registry = Registry::connect(&url)
        .await
        .expect("connect to the fresh database");
    registry.migrate().await.expect("migrate");
    PgTestDb {
        registry,
        url,
        name,
    }
}

/// A fresh, migrated SQLite registry in `dir`.
pub async fn fresh_sqlite(dir: &std::path::Path) -> Registry {
    let url = format!("sqlite://{}", dir.join("registry.sqlite").display());
    let registry = Registry::connect(&url).await.expect("sqlite registry");
    registry.migrate().await.expect("migrate");
    registry
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The real engine with the shipped dictionaries; nothing goes to review, so that every
/// act is published and searchable.
pub fn stages() -> Arc<EngineStages> {
    static ENGINE: OnceLock<Arc<EngineStages>> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            let mut policy = Policy::default();
            policy.review_below = 0.0;
            let engine =
                Engine::load(&repo().join("dictionaries"), policy).expect("dictionaries load");
            Arc::new(EngineStages {
                limits: courtpub_extract::Limits::default(),
                engine,
            })
        })
        .clone()
}

/// A private person's PIN in every synthetic act: it must never reach the index.
pub const PIN: &str = "21203198500123";

pub fn meta(act_id: &str, revision: u32) -> ActMeta {
    ActMeta {
        act_id: ActId(act_id.to_owned()),
        revision,
        court: Court {
            code: "bishkek-pervomaisky".into(),
            name: "Первомайский районный суд города Бишкек".into(),
        },
        case_number: format!("УД-{act_id}"),
        kind: ActKind::Verdict,
        case_category: CaseCategory::Criminal,
        instance: Instance::First,
        decision_date: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap_or_default(),
        judges: vec!["Асанов Б.Ж.".into()],
        language: Language::Ru,
    }
}

/// A synthetic act as plain text; `marker` is a word to search for.
pub fn act(act_id: &str, revision: u32, marker: &str) -> ActMessage {
    let text = format!(
        "ПРИГОВОР\nИменем Кыргызской Республики\nПервомайский районный суд города Бишкек в составе \
         председательствующего судьи Асанова Б.Ж. рассмотрел уголовное дело в отношении \
         Токтогулова Нурлана Бекболотовича, ПИН {PIN}, проживающего по адресу г. Бишкек, \
         ул. Киевская, д. 5, кв. 12, обвиняемого в краже {marker}.\nПодсудимый Токтогулов Н.Б. \
         вину признал.\nРевизия {revision}.\n"
    );
    ActMessage::Act(ActSubmission {
        meta: meta(act_id, revision),
        document: Document {
            file_name: format!("{act_id}.txt"),
            media_type: MediaType::Txt,
            content: text.into_bytes(),
        },
    })
}

pub fn worker<Q: Queue>(
    queue: Arc<Q>,
    registry: &Registry,
    concurrency: usize,
) -> Worker<Q, EngineStages, Registry> {
    Worker {
        queue,
        stages: stages(),
        store: Arc::new(registry.clone()),
        options: WorkerOptions {
            concurrency,
            backoff: Backoff {
                initial: Duration::from_millis(50),
                max: Duration::from_millis(500),
            },
            ..WorkerOptions::default()
        },
        metrics: Metrics::new(),
    }
}

pub fn indexer(registry: &Registry, index: &ActIndex) -> Indexer {
    Indexer::new(
        registry.clone(),
        index,
        IndexerOptions {
            batch: 500,
            poll_interval: Duration::from_millis(50),
        },
        Metrics::new(),
    )
    .expect("index writer")
}

/// Polls `f` until it returns true or `timeout` passes.
pub async fn until<F, Fut>(timeout: Duration, what: &str, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    loop {
        // A check that itself hangs (a query on a dead connection) counts against the
        // same limit.
        let left = timeout
            .saturating_sub(start.elapsed())
            .max(Duration::from_secs(1));
        if within(left, what, f()).await {
            return;
        }
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Runs a worker and an indexer until `done` holds.
pub struct Running {
    pub shutdown: CancellationToken,
    /// The worker's metrics (retries show that a failure was really met).
    pub metrics: Metrics,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Running {
    pub fn start<Q: Queue>(
        queue: Arc<Q>,
        registry: &Registry,
        index: &ActIndex,
        concurrency: usize,
    ) -> Self {
        let shutdown = CancellationToken::new();
        let w = worker(queue, registry, concurrency);
        let metrics = w.metrics.clone();
        let i = indexer(registry, index);
        let t1 = tokio::spawn(w.run(shutdown.clone()));
        let s = shutdown.clone();
        let t2 = tokio::spawn(async move {
            i.run(s).await.expect("indexer");
        });
        Self {
            shutdown,
            metrics,
            tasks: vec![t1, t2],
        }
    }

    pub async fn stop(self) {
        self.shutdown.cancel();
        within(
            Duration::from_secs(120),
            "worker and indexer shutdown",
            async {
                for t in self.tasks {
                    t.await.expect("task");
                }
            },
        )
        .await;
    }
}
