//! Engine throughput on the synthetic acts: `cargo bench -p courtpub-depersonalize`.
//! Reports bytes/s (criterion's throughput) for one thread over every act in testdata, with
//! an engine that has masked them before (steady state) and with a fresh one.

use courtpub_depersonalize::{Engine, Policy};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::Path;

fn acts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/acts");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("testdata/acts")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("act text"))
        .collect()
}

fn engine_throughput(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let policy = Policy::from_file(&root.join("config/policy.toml")).expect("policy");
    let engine = Engine::load(&root.join("dictionaries"), policy.clone()).expect("dictionaries");
    let acts = acts();
    let bytes: usize = acts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("engine");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("mask {} acts", acts.len()), |b| {
        b.iter(|| {
            for text in &acts {
                std::hint::black_box(engine.mask_with_judges(text, &[]));
            }
        })
    });
    // A fresh engine: its regexes build their lazy-DFA states while masking, as in the
    // first acts a worker process masks after start-up.
    group.bench_function(format!("mask {} acts, fresh engine", acts.len()), |b| {
        b.iter_batched(
            || Engine::load(&root.join("dictionaries"), policy.clone()).expect("dictionaries"),
            |engine| {
                for text in &acts {
                    std::hint::black_box(engine.mask_with_judges(text, &[]));
                }
                engine
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();

    c.bench_function("engine/load dictionaries", |b| {
        b.iter(|| {
            Engine::load(&root.join("dictionaries"), Policy::default()).expect("dictionaries")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = engine_throughput
}
criterion_main!(benches);
