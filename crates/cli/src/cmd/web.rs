//! Public-site subcommands: `courtpub serve` and `courtpub export`. The lead wires
//! `Command` into `main.rs` with `#[command(flatten)]`.

use anyhow::Context;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Serve the public search site and open-data API from an index folder.
    /// Needs no database: the public side reads only the index.
    Serve(ServeArgs),
    /// Write every published act (public metadata + masked text) as JSON Lines or CSV.
    Export(ExportArgs),
}

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The index folder written by `courtpub indexer` (created empty if missing).
    #[arg(long, env = "COURTPUB_INDEX", default_value = "data/index")]
    pub index: PathBuf,
    /// Address to listen on.
    #[arg(long, env = "COURTPUB_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Absolute URL the site is reached at, for feed and export links
    /// (default: http://LISTEN).
    #[arg(long, env = "COURTPUB_PUBLIC_URL")]
    pub public_url: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// The index folder written by `courtpub indexer`.
    #[arg(long, env = "COURTPUB_INDEX", default_value = "data/index")]
    pub index: PathBuf,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Output file; standard output when absent.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve(args) => serve(args),
        Command::Export(args) => export(args),
    }
}

fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let config = courtpub_web::PublicConfig {
        index_dir: args.index,
        listen: args.listen,
        public_url: args.public_url,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(courtpub_web::serve_public(config))?;
    Ok(())
}

fn export(args: ExportArgs) -> anyhow::Result<()> {
    if !args.index.join("meta.json").exists() {
        anyhow::bail!(
            "no index at {}; run `courtpub indexer` or `courtpub reindex` first, or pass --index",
            args.index.display()
        );
    }
    let index = courtpub_index::ActIndex::open_or_create(&args.index)?;
    let reader = index.reader()?;
    let format = match args.format {
        Format::Jsonl => courtpub_web::ExportFormat::JsonLines,
        Format::Csv => courtpub_web::ExportFormat::Csv,
    };
    let count = match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            courtpub_web::write_export(&reader, format, file)
                .with_context(|| format!("cannot write {}", path.display()))?
        }
        None => courtpub_web::write_export(&reader, format, std::io::stdout().lock())
            .context("cannot write the export to standard output")?,
    };
    eprintln!("exported {count} acts");
    Ok(())
}
