//! Highlighted snippets, made fast for long acts.
//!
//! tantivy's `SnippetGenerator` tokenizes (and stems) the whole text to pick the best
//! fragment: about a millisecond for a 9 KB act, twenty times per page. Russian Snowball
//! stems are prefixes of the lowercased word, so a plain scan for words starting with a
//! query term finds every possible match cheaply; the generator then runs on a window of
//! about a kilobyte around the best cluster of candidates and makes the final choice.

use crate::search::Snippet;
use crate::tokenizer::is_word_char;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::{Searcher, TantivyError};

/// Bytes of text handed to the generator around the best candidate.
const WINDOW_BEFORE: usize = 300;
const WINDOW_AFTER: usize = 900;
/// Span in bytes over which candidate matches count together when choosing the window.
const CLUSTER: usize = 480;

pub(crate) struct Snippets {
    generator: SnippetGenerator,
    /// Lowercased query terms of the field (stems for Russian).
    terms: Vec<String>,
}

impl Snippets {
    pub(crate) fn new(
        searcher: &Searcher,
        query: &dyn Query,
        field: Field,
        max_chars: usize,
    ) -> Result<Snippets, TantivyError> {
        let mut generator = SnippetGenerator::create(searcher, query, field)?;
        generator.set_max_num_chars(max_chars);
        let mut terms = Vec::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field
                && let Some(text) = term.value().as_str()
                && !text.is_empty()
                && !terms.iter().any(|t: &String| t == text)
            {
                terms.push(text.to_string());
            }
        });
        Ok(Snippets { generator, terms })
    }

    pub(crate) fn snippet(&self, text: &str) -> Snippet {
        let Some(center) = self.best_candidate(text) else {
            return Snippet::default();
        };
        let start = word_start(text, center.saturating_sub(WINDOW_BEFORE));
        let end = word_end(text, (center + WINDOW_AFTER).min(text.len()));
        let windowed = self.generator.snippet(&text[start..end]);
        let chosen = if windowed.fragment().is_empty() {
            // A prefix that was no stem match after all: let the generator see everything.
            self.generator.snippet(text)
        } else {
            windowed
        };
        Snippet {
            fragment: chosen.fragment().to_string(),
            highlighted: chosen.highlighted().to_vec(),
        }
    }

    /// Byte offset of the candidate match with the most distinct terms close after it.
    fn best_candidate(&self, text: &str) -> Option<usize> {
        if self.terms.is_empty() {
            return None;
        }
        // First chars of the terms: most words are rejected on their first char.
        let firsts: Vec<char> = self.terms.iter().filter_map(|t| t.chars().next()).collect();
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        for (at, word) in words(text) {
            let Some(first) = word.chars().next().map(lower) else {
                continue;
            };
            if !firsts.contains(&first) {
                continue;
            }
            if let Some(t) = self
                .terms
                .iter()
                .position(|t| starts_with_lowercase(word, t))
            {
                candidates.push((at, t));
            }
        }
        let mut best: Option<(usize, usize)> = None;
        for (i, &(at, _)) in candidates.iter().enumerate() {
            let mut seen = 0u64;
            for &(other, t) in &candidates[i..] {
                if other > at + CLUSTER {
                    break;
                }
                seen |= 1 << (t % 64);
            }
            let score = seen.count_ones() as usize;
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((at, score));
            }
        }
        best.map(|(at, _)| at)
    }
}

/// Alphanumeric runs of `text` with their byte offsets, as tantivy's simple tokenizer cuts.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = rest.peek() {
            if is_word_char(c) {
                break;
            }
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// First char of `char::to_lowercase`, with a fast path for Russian capitals.
fn lower(c: char) -> char {
    match c {
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'а'..='я' => c,
        _ if c.is_ascii() => c.to_ascii_lowercase(),
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

fn starts_with_lowercase(word: &str, lower_prefix: &str) -> bool {
    let mut word = word.chars().map(lower);
    lower_prefix.chars().all(|p| word.next() == Some(p))
}

/// Back from `at` to the start of a word (a char boundary after whitespace).
fn word_start(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    match text[..at].rfind(char::is_whitespace) {
        Some(ws) if at - ws < 64 => ws + 1,
        _ => at,
    }
}

/// Forward from `at` to the end of a word.
fn word_end(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    match text[at..].find(char::is_whitespace) {
        Some(ws) if ws < 64 => at + ws,
        _ => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_cut_like_the_simple_tokenizer() {
        let got: Vec<_> = words("«Кража», ст.201 — УК").collect();
        assert_eq!(got, [(2, "Кража"), (16, "ст"), (21, "201"), (29, "УК")]);
    }

    #[test]
    fn fast_lowercase_agrees_with_unicode() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let unicode_lower = c.to_lowercase().next().unwrap();
            if c.to_lowercase().count() == 1 {
                assert_eq!(lower(c), unicode_lower, "{c:?}");
            }
        }
    }

    #[test]
    fn prefix_match_ignores_case() {
        assert!(starts_with_lowercase("КРАЖУ", "краж"));
        assert!(!starts_with_lowercase("кра", "краж"));
        assert!(!starts_with_lowercase("скража", "краж"));
    }

    #[test]
    fn window_bounds_stay_on_char_boundaries() {
        let text = "ё".repeat(500);
        for at in 0..text.len() {
            assert!(text.is_char_boundary(word_start(&text, at)));
            assert!(text.is_char_boundary(word_end(&text, at)));
        }
    }
}
