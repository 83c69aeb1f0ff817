//! `courtpub extract FILE`: the act's text to stdout.

use anyhow::Context;
use courtpub_extract::Limits;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The act's file: .docx, .pdf or .txt (the type is detected from its bytes).
    pub file: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let text = read_act_text(&args.file, &Limits::default())?;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Reads a file and extracts its text; errors name the file and what to do.
pub fn read_act_text(path: &Path, limits: &Limits) -> anyhow::Result<String> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if meta.len() > limits.max_file_bytes {
        anyhow::bail!(
            "{}: file is {} bytes, over the limit of {} bytes; split the act or raise the limit",
            path.display(),
            meta.len(),
            limits.max_file_bytes
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let extracted = courtpub_extract::extract(&bytes, limits)
        .with_context(|| format!("{}: cannot extract text", path.display()))?;
    Ok(extracted.text)
}
