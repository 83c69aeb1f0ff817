//! `courtpub`: the one binary. Each subcommand lives in `cmd/` and is a thin wrapper over
//! the library crates; this file only parses arguments and reports errors.

mod cmd;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "courtpub",
    version,
    about = "Publishes depersonalized court acts"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the text of an act (DOCX, PDF or TXT) to stdout.
    Extract(cmd::extract::Args),
    /// Print the depersonalized text of an act (or, with --format json, its spans).
    Mask(cmd::mask::MaskArgs),
    /// Measure masking quality on acts with ground truth.
    Eval(cmd::mask::EvalArgs),
    #[command(flatten)]
    Pipeline(cmd::pipeline::Command),
    #[command(flatten)]
    Web(cmd::web::Command),
    #[command(flatten)]
    Staff(cmd::staff::Command),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Mask(args) => cmd::mask::run_mask(args),
        Command::Eval(args) => cmd::mask::run_eval(args),
        Command::Pipeline(command) => cmd::pipeline::run(command),
        Command::Web(command) => cmd::web::run(command),
        Command::Staff(command) => cmd::staff::run(command),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            // One line a court IT person can act on: the chain of causes, outermost first.
            eprintln!("courtpub: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
