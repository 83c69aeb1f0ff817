//! Running headers and footers. A PDF repeats them on every page, where DOCX and TXT hold
//! them once; left in place they cut sentences (and names) in two at every page break.
//! A line in the top or bottom band of a page that recurs on other pages (digits aside)
//! is running: a header is kept at its first occurrence, a footer once at the end of the
//! document, and page numbers ("стр. 2", "- 3 -", "Страница 2 из 5") are dropped.

use std::collections::{HashMap, HashSet};

use super::layout::Line;
use crate::text::strip_page_number;

/// Share of the page height, at the top and at the bottom, where running lines live.
const BAND: f64 = 0.08;
/// Only this many lines from the top or bottom of a page can be running lines.
const EDGE_LINES: usize = 3;

pub(crate) struct PageLines {
    pub(crate) lines: Vec<Line>,
    /// MediaBox bottom and height.
    pub(crate) y0: f64,
    pub(crate) height: f64,
}

#[derive(PartialEq, Clone, Copy)]
enum Zone {
    Top,
    Bottom,
    Body,
}

fn zone(page: &PageLines, index: usize) -> Zone {
    let line = &page.lines[index];
    let n = page.lines.len();
    let rel = (line.y - page.y0) / page.height;
    if index < EDGE_LINES && rel > 1.0 - BAND {
        Zone::Top
    } else if index + EDGE_LINES >= n && rel < BAND {
        Zone::Bottom
    } else {
        Zone::Body
    }
}

fn key(text: &str) -> String {
    let t: String = text
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The document's lines with running headers and footers folded.
pub(crate) fn assemble(pages: &[PageLines]) -> Vec<String> {
    let mut pages_with: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let mut seen = HashSet::new();
        for (i, line) in page.lines.iter().enumerate() {
            if zone(page, i) != Zone::Body && seen.insert(key(&line.text)) {
                *pages_with.entry(key(&line.text)).or_default() += 1;
            }
        }
    }
    let mut out = Vec::new();
    let mut footers: Vec<String> = Vec::new();
    let mut headers: HashSet<String> = HashSet::new();
    for page in pages {
        for (i, line) in page.lines.iter().enumerate() {
            let z = zone(page, i);
            if z == Zone::Body {
                out.push(line.text.clone());
                continue;
            }
            let stripped = strip_page_number(&line.text);
            if stripped.is_empty() {
                continue;
            }
            let running =
                pages.len() > 1 && pages_with.get(&key(&line.text)).is_some_and(|&n| n >= 2);
            if !running {
                out.push(stripped);
            } else if z == Zone::Top {
                if headers.insert(key(&stripped)) {
                    out.push(stripped);
                }
            } else if !footers.contains(&stripped) {
                footers.push(stripped);
            }
        }
    }
    out.extend(footers);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[(&str, f64)]) -> PageLines {
        PageLines {
            lines: lines
                .iter()
                .map(|(t, y)| Line {
                    text: t.to_string(),
                    y: *y,
                })
                .collect(),
            y0: 0.0,
            height: 842.0,
        }
    }

    #[test]
    fn running_lines_fold_and_page_numbers_go() {
        let pages = [
            page(&[
                ("Ленинский районный суд", 808.0),
                ("Суд установил, что Аса-", 700.0),
                ("Копия верна стр. 1", 28.0),
            ]),
            page(&[
                ("Ленинский районный суд", 808.0),
                ("нов виновен.", 700.0),
                ("Копия верна стр. 2", 28.0),
            ]),
        ];
        assert_eq!(
            assemble(&pages),
            [
                "Ленинский районный суд",
                "Суд установил, что Аса-",
                "нов виновен.",
                "Копия верна"
            ]
        );
        // One page: nothing recurs, the page number still goes, the rest stays in place.
        let single = [page(&[
            ("Дело № 123", 808.0),
            ("Текст", 700.0),
            ("2", 28.0),
        ])];
        assert_eq!(assemble(&single), ["Дело № 123", "Текст"]);
    }
}
