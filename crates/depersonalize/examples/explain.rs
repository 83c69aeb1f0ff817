//! Developer aid: the persons the name grammar finds in one act, with the role that
//! decides the policy and every mention (rule, text). Prints act text: synthetic acts only.
//!
//! `cargo run --release -p courtpub-depersonalize --example explain -- ACT.txt [JUDGE…]`

use courtpub_depersonalize::names::NameFinder;
use courtpub_depersonalize::{Dictionaries, text};
use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: explain ACT.txt [JUDGE…]");
        std::process::exit(2);
    };
    let judges: Vec<String> = args.collect();
    let act = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(1)
    });
    let dict = Dictionaries::load_dir(Path::new("dictionaries")).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let tokens = text::tokenize(&act);
    let mut finder = NameFinder::new(&act, &tokens, &dict);
    finder.run(&judges);
    for (i, p) in finder.persons.iter().enumerate() {
        println!(
            "person {i}: role {:?}  official {:?} private {:?}  key {:?}/{:?}/{:?}",
            p.role(),
            p.official_cues,
            p.private_cues,
            p.surname,
            p.first,
            p.patronymic
        );
        for m in finder.mentions.iter().filter(|m| m.person == i) {
            println!(
                "    {:<28} {:.2}  {}",
                m.rule,
                m.confidence,
                &act[m.start..m.end]
            );
        }
    }
}
