//! Development loop for the engine without building the whole CLI:
//! `cargo run --release -p courtpub-depersonalize --example evaluate -- testdata/acts`
//! prints the evaluation report; with a `.txt` file instead of a folder it prints the
//! masking as JSON (several `.txt` files: one JSON line each, in order). `--details`
//! after a folder also lists every leaked mention, every over-masked kept item, every name
//! mention off its person's usual pseudonym and every pseudonym two persons share
//! (`LEAK`/`OVER`/`SPLIT`/`MERGED`, tab-separated), as `courtpub eval --details` does.

use courtpub_depersonalize::eval::evaluate_dir;
use courtpub_depersonalize::{Engine, Policy};
use courtpub_domain::ActMeta;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = std::env::args()
        .nth(1)
        .ok_or("usage: evaluate DIR [--details] | FILE.txt...")?;
    let policy = Policy::from_file(Path::new("config/policy.toml"))?;
    let engine = Engine::load(Path::new("dictionaries"), policy)?;
    if target.ends_with(".txt") {
        // One JSON line per file, in the order given (one engine load for all of them).
        for path in std::env::args().skip(1).filter(|a| a.ends_with(".txt")) {
            let text = std::fs::read_to_string(&path)?;
            let stem = path.trim_end_matches(".txt");
            let judges = std::fs::read(format!("{stem}.meta.json"))
                .ok()
                .and_then(|b| serde_json::from_slice::<ActMeta>(&b).ok())
                .map(|m| m.judges)
                .unwrap_or_default();
            let masking = engine.mask_with_judges(&text, &judges);
            println!("{}", serde_json::to_string(&masking)?);
        }
        return Ok(());
    }
    let report = evaluate_dir(&engine, Path::new(&target), |_, _| {})?;
    print!("{report}");
    if std::env::args().any(|a| a == "--details") {
        for (id, category, text) in &report.leak_examples {
            println!("LEAK\t{id}\t{category}\t{}", text.replace('\n', " "));
        }
        for (id, kind, text) in &report.over_mask_examples {
            println!("OVER\t{id}\t{kind}\t{}", text.replace('\n', " "));
        }
        for (id, what, detail) in &report.consistency_examples {
            println!("{what}\t{id}\t{}", detail.replace('\n', " "));
        }
    }
    Ok(())
}
