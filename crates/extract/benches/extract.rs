//! Extraction throughput on the synthetic acts of testdata/acts, one core:
//! `cargo bench -p courtpub-extract`. Each format is measured twice over the same corpus,
//! once reporting acts/s and once MB/s. When poppler's `pdftotext` is installed, the same
//! PDFs also go through it in the same run (one process per file, output to a pipe): the
//! fair comparison for process start-up is `benches/compare_pdftotext.sh`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use courtpub_extract::{Limits, extract};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus(ext: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/acts");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p: &PathBuf| p.extension().is_some_and(|e| e == ext));
    files.sort();
    files
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect()
}

fn bench_format(c: &mut Criterion, ext: &str) {
    let files = corpus(ext);
    if files.is_empty() {
        eprintln!("no .{ext} files in testdata/acts: skipping");
        return;
    }
    let limits = Limits::default();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    eprintln!("{ext}: {} acts, {:.2} MB", files.len(), bytes as f64 / 1e6);
    let mut g = c.benchmark_group(ext);
    g.measurement_time(Duration::from_secs(8)).sample_size(20);
    for (label, throughput) in [
        ("acts", Throughput::Elements(files.len() as u64)),
        ("bytes", Throughput::Bytes(bytes)),
    ] {
        g.throughput(throughput);
        g.bench_function(format!("courtpub/{label}"), |b| {
            b.iter(|| {
                for (_, data) in &files {
                    let text = extract(data, &limits).expect("testdata act extracts");
                    std::hint::black_box(text);
                }
            })
        });
    }
    if ext == "pdf" && Command::new("pdftotext").arg("-v").output().is_ok() {
        g.throughput(Throughput::Elements(files.len() as u64));
        g.bench_function("pdftotext/acts", |b| {
            b.iter(|| {
                for (path, _) in &files {
                    let out = Command::new("pdftotext")
                        .arg(path)
                        .arg("-")
                        .stderr(Stdio::null())
                        .output()
                        .expect("pdftotext runs");
                    std::hint::black_box(out.stdout);
                }
            })
        });
    }
    g.finish();
}

fn docx(c: &mut Criterion) {
    bench_format(c, "docx");
}

fn pdf(c: &mut Criterion) {
    bench_format(c, "pdf");
}

criterion_group!(benches, docx, pdf);
criterion_main!(benches);
