//! Engine throughput in CPU time, which a busy machine disturbs less than wall-clock time:
//! `cargo run --release -p courtpub-depersonalize --example throughput -- testdata/acts 8`
//! masks every `.txt` of the folder once with a fresh engine, then ROUNDS more times, and
//! prints the CPU time of the masking thread per pass (Linux; wall-clock time elsewhere).

use courtpub_depersonalize::{Engine, Policy};
use std::path::Path;
use std::time::Instant;

/// CPU time of this thread in seconds (`/proc/thread-self/schedstat`), or wall-clock time
/// since `start` where that file does not exist.
fn seconds(start: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| start.elapsed().as_secs_f64(), |ns| ns / 1e9)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: throughput DIR [ROUNDS]")?;
    let rounds: usize = args.next().map_or(Ok(8), |r| r.parse())?;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let acts = paths
        .iter()
        .map(std::fs::read_to_string)
        .collect::<Result<Vec<_>, _>>()?;
    let bytes: usize = acts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;

    let start = Instant::now();
    let t = seconds(start);
    let policy = Policy::from_file(Path::new("config/policy.toml"))?;
    let engine = Engine::load(Path::new("dictionaries"), policy)?;
    println!("start-up {:.3} s", seconds(start) - t);

    let pass = || {
        let t = seconds(start);
        for text in &acts {
            std::hint::black_box(engine.mask_with_judges(text, &[]));
        }
        seconds(start) - t
    };
    let fresh = pass();
    println!(
        "{} acts, {mb:.2} MB; fresh engine {fresh:.3} s = {:.2} MB/s",
        acts.len(),
        mb / fresh
    );
    let steady: Vec<f64> = (0..rounds).map(|_| pass()).collect();
    if !steady.is_empty() {
        let best = steady.iter().copied().fold(f64::INFINITY, f64::min);
        let mean = steady.iter().sum::<f64>() / steady.len() as f64;
        println!(
            "steady, {rounds} passes: best {best:.3} s = {:.2} MB/s ({:.0} acts/s), mean {mean:.3} s = {:.2} MB/s",
            mb / best,
            acts.len() as f64 / best,
            mb / mean
        );
    }
    Ok(())
}
