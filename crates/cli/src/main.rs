//! `courtpub`: the one binary. Subcommands are thin wrappers over the library crates.

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "courtpub",
    version,
    about = "Publishes depersonalized court acts"
)]
enum Command {}

fn main() -> anyhow::Result<()> {
    let _ = Command::parse();
    Ok(())
}
