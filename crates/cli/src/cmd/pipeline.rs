//! Pipeline subcommands: worker, indexer, submit, run, migrate, check, reindex, backfill,
//! bench. Each is a thin wrapper over `courtpub-pipeline`.

pub(crate) mod app;
mod backfill;
mod bench;
mod submit;

use anyhow::Context as _;
use std::path::PathBuf;

#[derive(clap::Args, Clone)]
pub struct Common {
    /// Config file (default: $COURTPUB_CONFIG or config/courtpub.toml).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(clap::Subcommand)]
pub enum Command {
    /// Run everything on this machine: registry, queue, index, worker and indexer; ingests
    /// the sample acts on first start. Stop with Ctrl-C.
    Run(Common),
    /// Consume acts from the queue: extract, depersonalize, record in the registry, ack.
    Worker(Common),
    /// The single index writer: apply the registry outbox to the public index.
    Indexer(Common),
    /// Publish one act (or a withdrawal) to the queue with publisher confirms.
    Submit(submit::Args),
    /// Load a folder of legacy acts with metadata from a CSV file.
    Backfill(backfill::Args),
    /// Rebuild the public index from the registry.
    Reindex(Common),
    /// Apply the registry migrations.
    Migrate(Common),
    /// Validate the configuration and connect to everything it names.
    Check(Common),
    /// Measure acts/s end to end through the configured queue and registry, and the bare
    /// extract+mask cost of the same acts.
    Bench(bench::Args),
}

pub fn run(command: Command) -> anyhow::Result<()> {
    app::init_tracing();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        match command {
            Command::Run(c) => app::run_embedded(&app::load(&c)?).await,
            Command::Worker(c) => app::worker(&app::load(&c)?).await,
            Command::Indexer(c) => app::indexer(&app::load(&c)?).await,
            Command::Submit(a) => submit::run(a).await,
            Command::Backfill(a) => backfill::run(a).await,
            Command::Reindex(c) => app::reindex(&app::load(&c)?).await,
            Command::Migrate(c) => app::migrate(&app::load(&c)?).await,
            Command::Check(c) => app::check(&app::load(&c)?).await,
            Command::Bench(a) => bench::run(a).await,
        }
    })
}
