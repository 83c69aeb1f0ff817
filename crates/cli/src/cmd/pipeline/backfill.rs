//! `courtpub backfill DIR --csv META.csv`: legacy acts from a folder, metadata from a CSV
//! (the digitized paper archive), published to the queue like any court submission.
//! Also the first-start ingestion of the sample acts for `courtpub run`.

use super::Common;
use super::app;
use super::submit;
use anyhow::Context as _;
use courtpub_domain::{ActId, ActKind, ActMeta, CaseCategory, Court, Instance, Language};
use courtpub_pipeline::config::Config;
use courtpub_pipeline::message::ActMessage;
use courtpub_pipeline::queue::Queue;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Folder holding the act files named in the CSV.
    pub dir: PathBuf,
    /// One row per act, with a header: file, act_id, revision, court_code, court_name,
    /// case_number, kind, case_category, instance, decision_date (YYYY-MM-DD), judges
    /// (separated by ";"), language (ru/ky).
    #[arg(long, value_name = "META.csv")]
    pub csv: PathBuf,
    #[command(flatten)]
    pub common: Common,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    file: String,
    act_id: String,
    revision: u32,
    court_code: String,
    court_name: String,
    case_number: String,
    kind: ActKind,
    case_category: CaseCategory,
    instance: Instance,
    decision_date: chrono::NaiveDate,
    #[serde(default)]
    judges: String,
    language: Language,
}

impl Row {
    fn meta(&self) -> ActMeta {
        ActMeta {
            act_id: ActId(self.act_id.clone()),
            revision: self.revision,
            court: Court {
                code: self.court_code.clone(),
                name: self.court_name.clone(),
            },
            case_number: self.case_number.clone(),
            kind: self.kind,
            case_category: self.case_category,
            instance: self.instance,
            decision_date: self.decision_date,
            judges: self
                .judges
                .split(';')
                .map(str::trim)
                .filter(|j| !j.is_empty())
                .map(str::to_owned)
                .collect(),
            language: self.language,
        }
    }
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let config = app::load(&args.common)?;
    let mut reader = csv::Reader::from_path(&args.csv)
        .with_context(|| format!("cannot read {}", args.csv.display()))?;
    let rows: Vec<Row> = reader
        .deserialize()
        .enumerate()
        .map(|(i, r)| r.with_context(|| format!("{} row {}", args.csv.display(), i + 2)))
        .collect::<anyhow::Result<_>>()?;
    let bar = indicatif::ProgressBar::new(rows.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} acts {elapsed} eta {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut messages = Vec::with_capacity(64);
    let mut failed = 0usize;
    for (i, row) in rows.iter().enumerate() {
        let file = args.dir.join(&row.file);
        match submit::build(&file, row.meta(), &config) {
            Ok(m) => messages.push(m),
            Err(err) => {
                failed += 1;
                bar.println(format!("skipped row {}: {err:#}", i + 2));
            }
        }
        if messages.len() == 64 || i + 1 == rows.len() {
            let n = messages.len() as u64;
            submit::publish_all(&config, &messages).await?;
            messages.clear();
            bar.inc(n);
        }
    }
    bar.finish();
    eprintln!(
        "courtpub: backfill queued {} acts, skipped {failed}",
        rows.len() - failed
    );
    Ok(())
}

/// Publishes every `<id>.meta.json` in `dir` with its document (DOCX preferred, then PDF,
/// then TXT). Returns how many were queued.
pub async fn ingest_samples<Q: Queue>(
    dir: &Path,
    queue: &Q,
    config: &Config,
) -> anyhow::Result<usize> {
    let mut metas: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the sample folder {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".meta.json")))
        .collect();
    metas.sort();
    let mut n = 0;
    for meta_path in metas {
        let Some(stem) = meta_path
            .file_name()
            .and_then(|s| s.to_str())
            .and_then(|s| s.strip_suffix(".meta.json"))
        else {
            continue;
        };
        let Some(doc) = ["docx", "pdf", "txt"]
            .iter()
            .map(|ext| dir.join(format!("{stem}.{ext}")))
            .find(|p| p.is_file())
        else {
            tracing::warn!(
                sample = stem,
                "sample has metadata but no document; skipped"
            );
            continue;
        };
        let meta: ActMeta = serde_json::from_str(&std::fs::read_to_string(&meta_path)?)
            .with_context(|| format!("{} is not valid act metadata", meta_path.display()))?;
        let msg: ActMessage = submit::build(&doc, meta, config)?;
        queue
            .publish(&msg.to_json(), &submit::message_id(&msg))
            .await?;
        n += 1;
    }
    Ok(n)
}
