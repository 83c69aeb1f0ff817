//! `courtpub extract FILE`.

use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The act's file: .docx, .pdf or .txt (the type is detected from its bytes).
    pub file: PathBuf,
}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("extraction is not wired yet")
}
