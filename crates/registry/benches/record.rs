//! `cargo bench -p courtpub-registry --bench record`: how many processed acts per second
//! `record_processed` commits, on SQLite (a temporary file, WAL, full fsync) and on
//! PostgreSQL (a fresh database on `COURTPUB_TEST_POSTGRES_URL`, default
//! `postgres://postgres@127.0.0.1:5432/test`; skipped when unreachable), with 1 and 2
//! concurrent writers. `COURTPUB_BENCH_ACTS` sets the number of acts per run (2000).
//!
//! Each act is shaped like a real one: a 40 KB original, 30 KB of text, the same masked,
//! 60 spans.

use courtpub_domain::{
    ActId, ActKind, ActMeta, CaseCategory, Category, Court, Instance, Language, Masking, MediaType,
    Role, Span,
};
use courtpub_registry::{Outcome, RecordAct, Registry};
use sqlx::Connection;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn act(n: usize) -> RecordAct {
    let paragraph = "Суд, исследовав материалы дела и выслушав стороны, установил следующее. ";
    let text: String = paragraph.repeat(30_000 / paragraph.len());
    let spans = (0..60)
        .map(|i| Span {
            start: i * 100,
            end: i * 100 + 6,
            category: Category::Name,
            person_key: Some(format!("P{}", i % 5)),
            role: Some(Role::Witness),
            rule: "name.context.role".to_owned(),
            confidence: 0.9,
            replacement: "[ФИО-1]".to_owned(),
        })
        .collect();
    RecordAct {
        meta: ActMeta {
            act_id: ActId(format!("BENCH-{n}")),
            revision: 1,
            court: Court {
                code: "bench-court".to_owned(),
                name: "Суд".to_owned(),
            },
            case_number: format!("УД-{n}"),
            kind: ActKind::Decision,
            case_category: CaseCategory::Civil,
            instance: Instance::First,
            decision_date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
            judges: vec!["Судьев С.С.".to_owned()],
            language: Language::Ru,
        },
        // DOCX is a zip: incompressible bytes, like a real original.
        original: noise(40_000, n as u64),
        file_name: format!("{n}.docx"),
        media_type: MediaType::Docx,
        masking: Masking {
            spans,
            masked_text: text.clone(),
            needs_review: false,
        },
        text,
        publish: true,
    }
}

async fn run(registry: &Registry, acts: &Arc<Vec<RecordAct>>, writers: usize) -> (f64, Duration) {
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..writers {
        let (registry, acts, next) = (registry.clone(), acts.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut worst = Duration::ZERO;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(act) = acts.get(i) else { break };
                let t = Instant::now();
                let out = registry.record_processed(act).await.expect("record");
                assert!(matches!(out, Outcome::Published { .. }), "{out:?}");
                worst = worst.max(t.elapsed());
            }
            worst
        }));
    }
    let mut worst = Duration::ZERO;
    for t in tasks {
        worst = worst.max(t.await.expect("writer"));
    }
    (acts.len() as f64 / started.elapsed().as_secs_f64(), worst)
}

async fn postgres_fresh(name: &str) -> Option<(Registry, String)> {
    let admin_url = std::env::var("COURTPUB_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await else {
        eprintln!("PostgreSQL unreachable at the test URL: skipping its runs");
        return None;
    };
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("create bench database");
    let registry = Registry::connect(&with_database(&admin_url, name))
        .await
        .expect("connect");
    registry.migrate().await.expect("migrate");
    Some((registry, admin_url))
}

/// `url` with its database name replaced by `name` (keeps `?host=/socket/dir` etc.).
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    match query {
        Some(q) => format!("{}/{name}?{q}", &base[..host_end]),
        None => format!("{}/{name}", &base[..host_end]),
    }
}

async fn postgres_drop(admin_url: &str, name: &str) {
    let mut admin = sqlx::PgConnection::connect(admin_url).await.expect("admin");
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await
    .expect("drop bench database");
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let count: usize = std::env::var("COURTPUB_BENCH_ACTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let acts = Arc::new((0..count).map(act).collect::<Vec<_>>());
    println!("record_processed, {count} acts of 40 KB original + 30 KB text, 60 spans");
    println!(
        "{:<10} {:>7} {:>10} {:>12}",
        "backend", "writers", "acts/s", "worst (ms)"
    );
    for writers in [1, 2] {
        let path = std::env::temp_dir().join(format!(
            "courtpub_bench_{}_{writers}.db",
            std::process::id()
        ));
        let registry = Registry::connect(&format!("sqlite://{}", path.display()))
            .await
            .expect("sqlite");
        registry.migrate().await.expect("migrate");
        let (rate, worst) = run(&registry, &acts, writers).await;
        println!(
            "{:<10} {writers:>7} {rate:>10.0} {:>12.1}",
            "sqlite",
            worst.as_secs_f64() * 1e3
        );
        registry.close().await;
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }

        let name = format!("courtpub_bench_{}_{writers}", std::process::id());
        if let Some((registry, admin_url)) = postgres_fresh(&name).await {
            let (rate, worst) = run(&registry, &acts, writers).await;
            println!(
                "{:<10} {writers:>7} {rate:>10.0} {:>12.1}",
                "postgres",
                worst.as_secs_f64() * 1e3
            );
            registry.close().await;
            postgres_drop(&admin_url, &name).await;
        }
    }
}
