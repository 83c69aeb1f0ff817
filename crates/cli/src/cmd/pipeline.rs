//! Pipeline subcommands (worker, submit, indexer, run…); owned by the pipeline work.

#[derive(clap::Subcommand)]
pub enum Command {
    /// Apply the registry migrations.
    Migrate,
}

pub fn run(_command: Command) -> anyhow::Result<()> {
    anyhow::bail!("the pipeline is not built yet")
}
