//! Development loop for the engine without building the whole CLI:
//! `cargo run --release -p courtpub-depersonalize --example evaluate -- testdata/acts`
//! prints the evaluation report; with a `.txt` file instead of a folder it prints the
//! masking as JSON.

use courtpub_depersonalize::eval::{Gold, Report};
use courtpub_depersonalize::{Engine, Policy};
use courtpub_domain::ActMeta;
use std::path::Path;

fn judges_of(stem: &str) -> Vec<String> {
    std::fs::read(format!("{stem}.meta.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<ActMeta>(&b).ok())
        .map(|m| m.judges)
        .unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = std::env::args()
        .nth(1)
        .ok_or("usage: evaluate DIR|FILE.txt")?;
    let engine = Engine::load(
        Path::new("dictionaries"),
        Policy::from_file(Path::new("config/policy.toml"))?,
    )?;
    if target.ends_with(".txt") {
        let text = std::fs::read_to_string(&target)?;
        let masking = engine.mask_with_judges(&text, &judges_of(target.trim_end_matches(".txt")));
        println!("{}", serde_json::to_string(&masking)?);
        return Ok(());
    }
    let mut report = Report::default();
    let mut paths: Vec<_> = std::fs::read_dir(&target)?
        .filter_map(|e| e.ok().map(|e| e.path().to_string_lossy().to_string()))
        .filter(|p| p.ends_with(".gold.json"))
        .collect();
    paths.sort();
    for path in paths {
        let stem = path.trim_end_matches(".gold.json");
        let text = std::fs::read_to_string(format!("{stem}.txt"))?;
        let gold: Gold = serde_json::from_slice(&std::fs::read(&path)?)?;
        let masking = engine.mask_with_judges(&text, &judges_of(stem));
        report.add_act(&text, &gold, &masking);
    }
    print!("{report}");
    Ok(())
}
