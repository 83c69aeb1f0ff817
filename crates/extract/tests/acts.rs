//! Every synthetic act in testdata/acts gives the same text from its DOCX, PDF and TXT,
//! after collapsing whitespace (PDF lines and DOCX paragraphs break at different places),
//! reading the TXT's tab between table cells as the " | " DOCX and PDF give, and ignoring
//! a hyphen between two letters or digits: the generator turns some compound dashes into
//! soft hyphens ("2012\u{AD}жылы", "Бакай\u{AD}Атинский" in the TXT), which a PDF shows
//! as a hyphen at a line break, indistinguishable from "Бакай-Атинский". A hyphen left
//! before a space, the sign of a failed join, still fails the comparison.

use std::path::{Path, PathBuf};

use crate::support;
use courtpub_extract::{Limits, MediaType, extract};

fn normalize(text: &str) -> String {
    let text = support::normalize(&text.replace(" | ", " "));
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            let between_letters = i > 0
                && chars[i - 1].is_alphanumeric()
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            !(matches!(c, '-' | '\u{AD}') && between_letters)
        })
        .map(|(_, &c)| c)
        .collect()
}

pub fn acts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/acts")
}

pub fn act_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(acts_dir())
        .expect("testdata/acts exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".txt").map(str::to_owned)
        })
        .collect();
    ids.sort();
    ids
}

/// The first place two texts differ, with some context, for a readable failure.
fn first_difference(a: &str, b: &str) -> String {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let i = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let ctx = |v: &[char]| {
        v[i.saturating_sub(40)..(i + 40).min(v.len())]
            .iter()
            .collect::<String>()
    };
    format!(
        "at char {i}:\n    txt: {:?}\n    got: {:?}",
        ctx(&a),
        ctx(&b)
    )
}

#[test]
fn every_act_gives_the_same_text_in_docx_pdf_and_txt() {
    let ids = act_ids();
    assert!(!ids.is_empty(), "no acts in testdata/acts");
    let limits = Limits::default();
    let mut failures = Vec::new();
    for id in &ids {
        let read = |ext: &str| std::fs::read(acts_dir().join(format!("{id}.{ext}")));
        let txt = extract(&read("txt").unwrap(), &limits).unwrap();
        assert_eq!(txt.media_type, MediaType::Txt);
        let want = normalize(&txt.text);
        for (ext, media_type) in [("docx", MediaType::Docx), ("pdf", MediaType::Pdf)] {
            let Ok(bytes) = read(ext) else {
                failures.push(format!("{id}.{ext}: missing"));
                continue;
            };
            match extract(&bytes, &limits) {
                Ok(e) if e.media_type != media_type => {
                    failures.push(format!("{id}.{ext}: read as {:?}", e.media_type))
                }
                Ok(e) => {
                    let got = normalize(&e.text);
                    if got != want {
                        failures.push(format!(
                            "{id}.{ext} differs {}",
                            first_difference(&want, &got)
                        ));
                    }
                }
                Err(e) => failures.push(format!("{id}.{ext}: {e}")),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} acts differ:\n{}",
        failures.len(),
        ids.len() * 2,
        failures.join("\n")
    );
}
