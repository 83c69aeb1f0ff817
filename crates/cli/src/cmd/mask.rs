//! `courtpub mask FILE` and `courtpub eval DIR`: the depersonalization engine from the
//! command line.

use super::extract::read_act_text;
use anyhow::Context;
use courtpub_depersonalize::eval::evaluate_dir;
use courtpub_depersonalize::{Engine, Policy};
use courtpub_domain::ActMeta;
use courtpub_extract::Limits;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct EngineArgs {
    /// Masking policy (TOML).
    #[arg(long, env = "COURTPUB_POLICY", default_value = "config/policy.toml")]
    pub policy: PathBuf,
    /// Folder with the dictionaries.
    #[arg(long, env = "COURTPUB_DICTIONARIES", default_value = "dictionaries")]
    pub dictionaries: PathBuf,
}

impl EngineArgs {
    pub fn load(&self) -> anyhow::Result<Engine> {
        let policy = Policy::from_file(&self.policy)?;
        Ok(Engine::load(&self.dictionaries, policy)?)
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// The masked text only.
    Text,
    /// Spans, review flag and masked text.
    Json,
}

#[derive(clap::Args)]
pub struct MaskArgs {
    /// The act: .docx, .pdf or .txt.
    pub file: PathBuf,
    /// The act's metadata (JSON, the message contract's fields); its judges are kept.
    #[arg(long)]
    pub meta: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub fn run_mask(args: MaskArgs) -> anyhow::Result<()> {
    let engine = args.engine.load()?;
    let text = read_act_text(&args.file, &Limits::default())?;
    let judges = match &args.meta {
        Some(path) => read_meta(path)?.judges,
        None => Vec::new(),
    };
    let masking = engine.mask_with_judges(&text, &judges);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Text => {
            out.write_all(masking.masked_text.as_bytes())?;
            if !masking.masked_text.ends_with('\n') {
                out.write_all(b"\n")?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &masking)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

fn read_meta(path: &Path) -> anyhow::Result<ActMeta> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_slice(&bytes)
        .with_context(|| format!("{}: not valid act metadata", path.display()))
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Folder of acts with ground truth: <id>.txt, <id>.gold.json, optional <id>.meta.json.
    pub dir: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also list each leaked mention and over-masked item (synthetic data only).
    #[arg(long)]
    pub details: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub fn run_eval(args: EvalArgs) -> anyhow::Result<()> {
    let engine = args.engine.load()?;
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} acts {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let report = evaluate_dir(&engine, &args.dir, |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    })?;
    bar.finish_and_clear();
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{report}")?;
        if args.details {
            for (id, cat, text) in &report.leak_examples {
                writeln!(out, "LEAK\t{id}\t{cat}\t{}", text.replace('\n', " "))?;
            }
            for (id, kind, text) in &report.over_mask_examples {
                writeln!(out, "OVER\t{id}\t{kind}\t{}", text.replace('\n', " "))?;
            }
            for (id, what, detail) in &report.consistency_examples {
                writeln!(out, "{what}\t{id}\t{}", detail.replace('\n', " "))?;
            }
        }
    }
    Ok(())
}
