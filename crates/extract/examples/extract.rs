//! Prints the text of each file given (or an error line), for comparing with other tools:
//! `cargo run --release -p courtpub-extract --example extract -- FILE...`
//! With `--repeat N` every file is extracted N times (for timing) and printed once.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat = 1usize;
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        repeat = args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(1);
        args.drain(i..(i + 2).min(args.len()));
    }
    let quiet = args.iter().any(|a| a == "--quiet");
    args.retain(|a| a != "--quiet");
    let limits = courtpub_extract::Limits::default();
    let mut status = ExitCode::SUCCESS;
    for path in &args {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let mut result = courtpub_extract::extract(&bytes, &limits);
        for _ in 1..repeat {
            result = courtpub_extract::extract(&bytes, &limits);
        }
        match result {
            Ok(e) if !quiet => println!("{}", e.text),
            Ok(_) => {}
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
