//! Case-insensitive cue patterns, searched from the words they start with.
//!
//! A `(?i)` pattern such as `(?i)(?:р/с|расч[её]тн\w*…|сч[её]т\w*|карт\w*)[:\s]*([0-9]…)`
//! leaves the regex crate only two-letter prefixes to look for: case folding multiplies the
//! spellings of each word ("СЧ", "Сч", "сЧ", "сч", and Unicode's rare variant letters), so
//! its literal extractor cuts them down to "ра", "сч", "ка", "ли", and a search starts at
//! nearly every other word of an act.
//!
//! Here the pattern's literal prefixes are read off a lowercased copy of its syntax tree
//! ("р/с", "расчет", "счет", "карт"…) and looked for in a lowercased copy of the act, which
//! has the same byte offsets: each character is replaced by its lowercase only when that
//! is one character of the same UTF-8 length ([`fold_char`]). At each place a prefix
//! occurs, the regex itself is run, anchored there, on the original text. The regex finds
//! its leftmost match at the first place where one starts, and every match starts with one
//! of the prefixes (the folded tree matches the folded form of whatever the tree matches),
//! so the matches are exactly those of the regex's own search.
//!
//! Unicode's variant letters (the old Cyrillic "ᲃ" that case folding equates with "с", the
//! Kelvin sign for "k") would multiply the prefixes; the folded tree leaves them out, and
//! an act that contains one ([`is_variant`]: none of the test acts does) is searched by the
//! regex alone.

use regex_automata::util::captures::Captures;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{Anchored, Input, MatchKind, meta};
use regex_syntax::hir::literal::Extractor;
use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition,
};

/// Prefixes shorter than this (in bytes) start too many searches to be worth looking for;
/// such a pattern is searched by the regex alone.
const MIN_PREFIX: usize = 3;
/// A class with more characters than this is not folded; for the literal extractor it is
/// "any character" either way.
const MAX_FOLDED_CLASS: usize = 256;

/// The lowercase of a character when it is one character of the same UTF-8 length, else the
/// character itself: folding keeps every byte offset of the text.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        _ if c.is_ascii() => c,
        // Russian capitals: one code point apart from their lowercase, two bytes both.
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'а'..='я' => c,
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        }
    }
}

/// A letter that case folding equates with a letter [`fold_char`] folds differently: its
/// lowercase has another UTF-8 length ("K", U+212A, the Kelvin sign, is "k"), or its
/// uppercase does not fold back to it ("ᲃ", U+1C83, is an old "с"; "ſ" is "s").
pub(crate) fn is_variant(c: char) -> bool {
    let mut lower = c.to_lowercase();
    if let (Some(l), None) = (lower.next(), lower.next())
        && fold_char(c) != l
    {
        return true;
    }
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => fold_char(u) != fold_char(c),
        _ => false,
    }
}

/// [`is_variant`], with the characters of Russian and Kyrgyz acts answered first.
fn is_variant_fast(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' | '\u{A0}'..='\u{B4}' | '\u{B6}'..='\u{BF}' => false,
        '\u{0400}'..='\u{052F}' => false,
        '\u{2000}'..='\u{206F}' | '№' => false,
        _ => is_variant(c),
    }
}

/// The text with every character folded by [`fold_char`] (same length, same char
/// boundaries), or None when it holds a variant letter ([`is_variant`]).
pub(crate) fn fold_text(text: &str) -> Option<String> {
    if text.is_ascii() {
        return Some(text.to_ascii_lowercase());
    }
    // Lowercase ASCII and Russian letters, most of an act, are copied in runs; every other
    // char goes through `fold_char`.
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1)) {
            (b'A'..=b'Z', _) => {}
            (0..=0x7F, _) => {
                i += 1;
                continue;
            }
            (0xD0, Some(0xB0..=0xBF)) | (0xD1, Some(0x80..=0x8F)) => {
                i += 2;
                continue;
            }
            _ => {}
        }
        let c = text[i..].chars().next()?;
        if is_variant_fast(c) {
            return None;
        }
        let folded = fold_char(c);
        i += c.len_utf8();
        // A char that folds to itself ("«", "№", a dash) stays in the run.
        if folded != c {
            out.push_str(&text[copied..i - c.len_utf8()]);
            out.push(folded);
            copied = i;
        }
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// A regex and, when its matches start with a few long enough literals, those literals in
/// folded form (see the module docs).
pub(crate) struct FoldedPattern {
    regex: meta::Regex,
    starts: Option<Prefilter>,
    /// The folded prefixes, for tests.
    #[cfg(test)]
    prefixes: Vec<String>,
}

/// The spans of the groups of one match (group 0 is the whole match).
pub(crate) struct Groups {
    spans: Vec<Option<(usize, usize)>>,
}

/// One group of a match: a byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Group {
    start: usize,
    end: usize,
}

impl Group {
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

impl Groups {
    pub(crate) fn get(&self, i: usize) -> Option<Group> {
        let (start, end) = (*self.spans.get(i)?)?;
        Some(Group { start, end })
    }

    fn of(caps: &Captures) -> Self {
        Self {
            spans: (0..caps.group_len())
                .map(|i| caps.get_group(i).map(|s| (s.start, s.end)))
                .collect(),
        }
    }
}

impl FoldedPattern {
    /// Compiles a pattern constant (as [`crate::patterns::re`] does, the lazy DFA with a
    /// large cache).
    pub(crate) fn new(pattern: &str) -> Self {
        // Patterns are constants of this crate; a failure is a programming error caught by
        // the unit tests, never by input.
        let regex = meta::Builder::new()
            .configure(
                meta::Config::new()
                    .match_kind(MatchKind::LeftmostFirst)
                    .utf8_empty(true)
                    .hybrid_cache_capacity(64 << 20),
            )
            .build(pattern)
            .expect("pattern constants compile");
        let prefixes = regex_syntax::parse(pattern)
            .ok()
            .and_then(|hir| folded_prefixes(&hir))
            .unwrap_or_default();
        let starts = (!prefixes.is_empty())
            .then(|| Prefilter::new(MatchKind::LeftmostFirst, &prefixes))
            .flatten();
        Self {
            regex,
            starts,
            #[cfg(test)]
            prefixes,
        }
    }

    /// Every match, as the regex's `captures_iter` gives them. `folded` is
    /// [`fold_text`] of `text` (or the same slice of the folded act).
    pub(crate) fn captures(&self, text: &str, folded: Option<&str>) -> Vec<Groups> {
        let mut out = Vec::new();
        let mut caps = self.regex.create_captures();
        let (Some(starts), Some(folded)) = (&self.starts, folded) else {
            for caps in self.regex.captures_iter(text) {
                out.push(Groups::of(&caps));
            }
            return out;
        };
        let mut at = 0;
        while let Some(start) = self.next_start(starts, text, folded, at, &mut caps) {
            match caps.get_match() {
                Some(m) => {
                    out.push(Groups::of(&caps));
                    // Every match holds a non-empty prefix, so it is never empty.
                    at = m.end().max(start + 1);
                }
                None => at = start + 1,
            }
        }
        out
    }

    /// The spans of one group of every match, in order.
    pub(crate) fn group_spans(
        &self,
        text: &str,
        folded: Option<&str>,
        group: usize,
    ) -> Vec<(usize, usize)> {
        self.captures(text, folded)
            .iter()
            .filter_map(|g| g.get(group).map(|g| (g.start(), g.end())))
            .collect()
    }

    /// True when the regex matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str, folded: Option<&str>) -> bool {
        let (Some(starts), Some(folded)) = (&self.starts, folded) else {
            return self.regex.is_match(text);
        };
        let mut caps = self.regex.create_captures();
        let mut at = 0;
        while let Some(start) = self.next_start(starts, text, folded, at, &mut caps) {
            if caps.is_match() {
                return true;
            }
            at = start + 1;
        }
        false
    }

    /// The next place at or after `at` where a prefix occurs; `caps` then holds the regex's
    /// anchored match there, if any.
    fn next_start(
        &self,
        starts: &Prefilter,
        text: &str,
        folded: &str,
        at: usize,
        caps: &mut Captures,
    ) -> Option<usize> {
        debug_assert_eq!(text.len(), folded.len());
        if at >= text.len() {
            return None;
        }
        let span = starts.find(folded.as_bytes(), (at..folded.len()).into())?;
        // A prefix is whole characters, so it starts at a char boundary of the text too.
        let input = Input::new(text).range(span.start..).anchored(Anchored::Yes);
        self.regex.search_captures(&input, caps);
        Some(span.start)
    }
}

/// The literals, folded, one of which every match of `hir` starts with, when there are
/// such literals and all are at least [`MIN_PREFIX`] bytes long.
fn folded_prefixes(hir: &Hir) -> Option<Vec<String>> {
    let seq = Extractor::new().extract(&fold_hir(hir));
    let literals = seq.literals()?;
    let mut out = Vec::with_capacity(literals.len());
    for l in literals {
        let s = std::str::from_utf8(l.as_bytes()).ok()?;
        if s.len() < MIN_PREFIX {
            return None;
        }
        out.push(s.to_string());
    }
    // A literal that extends another adds no place to look at.
    out.sort();
    out.dedup();
    let mut minimal: Vec<String> = Vec::with_capacity(out.len());
    for l in out {
        if !minimal.iter().any(|m| l.starts_with(m.as_str())) {
            minimal.push(l);
        }
    }
    (!minimal.is_empty()).then_some(minimal)
}

/// The tree with every literal and every small class folded by [`fold_char`] (a class
/// without its variant letters), and every large class widened to any character. Whatever
/// `hir` matches in a text without variant letters, its folded form matches the result
/// (the result serves literal extraction only, never matching).
fn fold_hir(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(s) => Hir::literal(s.chars().map(fold_char).collect::<String>().into_bytes()),
            // Bytes that are no text (patterns here are Unicode): any character.
            Err(_) => any_char(),
        },
        HirKind::Class(Class::Unicode(class)) => {
            let size: usize = class
                .ranges()
                .iter()
                .map(|r| r.end() as usize - r.start() as usize + 1)
                .sum();
            if size > MAX_FOLDED_CLASS {
                return any_char();
            }
            let mut chars: Vec<char> = class
                .ranges()
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .filter(|&c| !is_variant(c))
                .map(fold_char)
                .collect();
            chars.sort_unstable();
            chars.dedup();
            Hir::class(Class::Unicode(ClassUnicode::new(
                chars.into_iter().map(|c| ClassUnicodeRange::new(c, c)),
            )))
        }
        HirKind::Class(Class::Bytes(_)) => any_char(),
        HirKind::Look(look) => Hir::look(*look),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(fold_hir(&r.sub)),
            ..r.clone()
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(fold_hir(&c.sub)),
            ..c.clone()
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(fold_hir).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(fold_hir).collect()),
    }
}

fn any_char() -> Hir {
    Hir::class(Class::Unicode(ClassUnicode::new([ClassUnicodeRange::new(
        '\0',
        char::MAX,
    )])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_offsets() {
        for c in (0..=0x1_FFFF).filter_map(char::from_u32) {
            assert_eq!(fold_char(c).len_utf8(), c.len_utf8(), "{c:?}");
        }
        assert_eq!(
            fold_text("Счёт ИНН Ёлка ӨМҮР Kg «№»").as_deref(),
            Some("счёт инн ёлка өмүр kg «№»")
        );
        assert_eq!(fold_text("ᲃчет"), None);
        assert_eq!(fold_text("\u{212A}g"), None);
    }

    #[test]
    fn folding_in_place_is_folding_each_char() {
        let by_char = |text: &str| -> Option<String> {
            text.chars()
                .map(|c| (!is_variant_fast(c)).then(|| fold_char(c)))
                .collect()
        };
        for c in (0..=0x2FFF).filter_map(char::from_u32) {
            for text in [format!("{c}"), format!("Ая{c}Ёр"), format!("{c}Zя Ә")] {
                assert_eq!(fold_text(&text), by_char(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn variant_letters() {
        for c in ['\u{1C83}', '\u{212A}', 'ſ', '\u{2126}'] {
            assert!(is_variant(c), "{c:?}");
        }
        for c in (0..=0x1_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_variant_fast(c), is_variant(c), "{c:?}");
        }
    }

    #[test]
    fn prefixes_are_the_cue_words() {
        let p = FoldedPattern::new(
            r"(?i)(?:р/с|р/сч|расч[её]тн\w*\s+сч[её]т\w*|сч[её]т\w*|IBAN|карт\w*)[:\s]*([0-9]{10,})",
        );
        assert_eq!(
            p.prefixes,
            ["iban", "карт", "р/с", "расчетн", "расчётн", "счет", "счёт"]
        );
        // A one-letter cue leaves no useful prefix: the regex alone searches.
        assert!(
            FoldedPattern::new(r"(?i)(?:г|город)\s+[0-9]+")
                .prefixes
                .is_empty()
        );
        assert!(FoldedPattern::new(r"[0-9]+").prefixes.is_empty());
    }

    #[test]
    fn matches_are_the_regex_s_own() {
        let patterns = [
            r"(?i)(?:р/с|расч[её]тн\w*\s+сч[её]т\w*|сч[её]т\w*|карт\w*)[:\s]*(?:№\s?)?([0-9](?:[ -]?[0-9]){9,29})",
            r"(?i)(?:родивш\w+|(?:дата|год)\s+рожд(?:ения|\.)|д\.\s?р\.)(?:[:\s,]|—)*([0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}|[0-9]{4})",
            r"(?i)(?:сч|счсч)\w*\b",
            r"(?i)ᲃч[её]т",
        ];
        let texts = [
            "р/с 1234567890123, Р/С: 9876543210987, РАСЧЁТНЫЙ СЧЕТ № 1234 5678 90, счет 12",
            "Счета нет; карта 4169585312345678; СЧСЧ счсчсч сч",
            "Дата рождения: 05.06.1977; д.р. 01.02.1960; ГОД РОЖДЕНИЯ 1971; родившегося 1985",
            "ᲃчет ᲃЧЁТ сЧеТ Kелвин",
            "\u{212A}арта 1234567890123 карта 1234567890123",
            "",
            "год",
        ];
        for pattern in patterns {
            let plain = regex::Regex::new(pattern).unwrap();
            let folded = FoldedPattern::new(pattern);
            for text in texts {
                let f = fold_text(text);
                let want: Vec<Vec<Option<(usize, usize)>>> = plain
                    .captures_iter(text)
                    .map(|c| c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect())
                    .collect();
                let got: Vec<Vec<Option<(usize, usize)>>> = folded
                    .captures(text, f.as_deref())
                    .into_iter()
                    .map(|g| g.spans)
                    .collect();
                assert_eq!(got, want, "{pattern} {text:?}");
                assert_eq!(
                    folded.is_match(text, f.as_deref()),
                    plain.is_match(text),
                    "{pattern}"
                );
            }
        }
    }
}
