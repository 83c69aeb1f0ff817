//! Regexes that skip the acts they cannot match.
//!
//! Each identifier and address pattern is a full scan of the act by the regex crate's lazy
//! DFA, and most acts hold no match of most patterns: a Russian act has no "көчөсү", a
//! Kyrgyz act no "ответчик". Every match of a pattern contains one of a few literals
//! ("гос", "номер", "көчө"…), read off its syntax tree here; a text that contains none of
//! them (one SIMD literal scan, which stops at the first hit) is not searched at all. The
//! answer is always the regex's own: the gate only decides whether to ask.
//!
//! [`LiteralSet`] asks the gates of many patterns at once: one Aho-Corasick pass over a
//! case-folded copy of the text finds where the literals of each pattern occur.

use crate::folded::fold_char;
use aho_corasick::AhoCorasick;
use regex::{CaptureMatches, Captures, Match, Matches, Regex};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};
use rustc_hash::FxHashMap;

/// Below this length a text is searched without asking the gate first.
const GATE_FROM: usize = 512;
/// Most literals a gate may hold.
const MAX_LITERALS: usize = 128;

/// A regex and, when its syntax allows one, a gate: literals one of which every match
/// contains. Methods that are not gated reach the regex through `Deref`.
pub(crate) struct Pattern {
    regex: Regex,
    gate: Option<Regex>,
    /// Literals one of which every match contains, chosen for [`LiteralSet`]
    /// ([`Choice::Fewest`]); None when the pattern has no gate.
    literals: Option<Vec<Literal>>,
}

impl Pattern {
    /// The regex itself, without the gate.
    #[cfg(test)]
    pub(crate) fn regex(&self) -> &Regex {
        &self.regex
    }

    /// Where the gate's literals occur in the text (non-overlapping), or None when the
    /// pattern has no gate.
    pub(crate) fn literal_hits<'h>(&self, text: &'h str) -> Option<Matches<'_, 'h>> {
        self.gate.as_ref().map(|g| g.find_iter(text))
    }
}

impl std::ops::Deref for Pattern {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        &self.regex
    }
}

impl Pattern {
    pub(crate) fn new(regex: Regex) -> Self {
        let hir = regex_syntax::parse(regex.as_str()).ok();
        let gate = hir
            .as_ref()
            .and_then(|hir| required(hir, Choice::Longest))
            .and_then(|literals| {
                let alternation: Vec<&str> = literals.iter().map(|l| l.syntax.as_str()).collect();
                Regex::new(&alternation.join("|")).ok()
            });
        let literals = hir
            .as_ref()
            .and_then(|hir| required(hir, Choice::Fewest))
            .filter(|_| gate.is_some());
        Self {
            regex,
            gate,
            literals,
        }
    }

    /// False only when the text holds none of the gate's literals.
    fn may_match(&self, text: &str) -> bool {
        text.len() < GATE_FROM || self.gate.as_ref().is_none_or(|g| g.is_match(text))
    }

    pub(crate) fn find_iter<'h>(
        &self,
        text: &'h str,
    ) -> std::iter::Flatten<std::option::IntoIter<Matches<'_, 'h>>> {
        self.may_match(text)
            .then(|| self.regex.find_iter(text))
            .into_iter()
            .flatten()
    }

    pub(crate) fn captures_iter<'h>(
        &self,
        text: &'h str,
    ) -> std::iter::Flatten<std::option::IntoIter<CaptureMatches<'_, 'h>>> {
        self.may_match(text)
            .then(|| self.regex.captures_iter(text))
            .into_iter()
            .flatten()
    }

    pub(crate) fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        self.may_match(text).then(|| self.regex.find(text))?
    }

    pub(crate) fn captures<'h>(&self, text: &'h str) -> Option<Captures<'h>> {
        self.may_match(text).then(|| self.regex.captures(text))?
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.may_match(text) && self.regex.is_match(text)
    }
}

/// Byte ranges (start, end) in a text.
pub(crate) type Spans = Vec<(usize, usize)>;

/// Gates of several patterns asked in one pass: where the literals of each pattern occur
/// in a text (literals one of which every match contains, chosen as [`Choice::Fewest`]).
/// The text is folded ([`fold_char`]) and searched once by an Aho-Corasick automaton of
/// every pattern's folded literals, instead of once per pattern by its gate regex.
/// Folding lets a case-sensitive literal also hit its other case, so there may be hits
/// where the pattern cannot match: callers must only use them to decide where to run the
/// pattern itself.
pub(crate) struct LiteralSet {
    searcher: AhoCorasick,
    /// For each literal of the automaton, the patterns (bits) it belongs to.
    owners: Vec<u64>,
    /// Which patterns have a gate.
    gated: u64,
    patterns: usize,
    /// Letters that some literal matches but that do not fold to its letters (sorted).
    exotic: Vec<char>,
    /// [`fold_char`] of the Cyrillic block, as UTF-8.
    cyrillic: Box<[[u8; 2]; 256]>,
}

impl LiteralSet {
    /// At most 64 patterns.
    pub(crate) fn new(patterns: &[&Pattern]) -> Self {
        assert!(
            patterns.len() <= 64,
            "a literal set holds at most 64 patterns"
        );
        let mut index: FxHashMap<&str, usize> = FxHashMap::default();
        let mut literals: Vec<&str> = Vec::new();
        let mut owners: Vec<u64> = Vec::new();
        let mut gated = 0;
        let mut exotic = Vec::new();
        for (k, pattern) in patterns.iter().enumerate() {
            let Some(list) = &pattern.literals else {
                continue;
            };
            gated |= 1 << k;
            for literal in list {
                exotic.extend_from_slice(&literal.exotic);
                let id = *index.entry(literal.folded.as_str()).or_insert_with(|| {
                    literals.push(literal.folded.as_str());
                    owners.push(0);
                    literals.len() - 1
                });
                owners[id] |= 1 << k;
            }
        }
        exotic.sort_unstable();
        exotic.dedup();
        // `fold` checks only chars outside ASCII and the Cyrillic block: no letter there
        // has a case partner that folds elsewhere (the partners of "к" and "в" that do,
        // "K" and "ᲀ", lie outside).
        assert!(
            !exotic
                .iter()
                .any(|&c| c.is_ascii() || ('\u{0400}'..='\u{04FF}').contains(&c)),
            "letters of ASCII and the Cyrillic block fold simply"
        );
        Self {
            // Literal constants of this crate; a failure is a programming error. A DFA: the
            // default (an NFA) took twice as long over an act, the overlapping search
            // visiting every state.
            searcher: AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&literals)
                .expect("gate literals build an automaton"),
            owners,
            gated,
            patterns: patterns.len(),
            exotic,
            cyrillic: cyrillic_table(),
        }
    }

    /// For each pattern, the (start, end) of every occurrence of its literals in the text,
    /// or of the other case of a case-sensitive one, sorted by start; None for a pattern
    /// without a gate. None for all when the text holds an exotic letter.
    pub(crate) fn hits(&self, text: &str) -> Option<Vec<Option<Spans>>> {
        Some(self.hits_in_folded(&self.fold(text)?))
    }

    /// [`Self::hits`] in a text already folded char by char with [`fold_char`] (what
    /// `fold` would give).
    pub(crate) fn hits_in_folded(&self, folded: &[u8]) -> Vec<Option<Spans>> {
        let mut hits: Vec<Option<Spans>> = (0..self.patterns)
            .map(|k| (self.gated & (1 << k) != 0).then(Vec::new))
            .collect();
        for m in self.searcher.find_overlapping_iter(folded) {
            let mut owners = self.owners[m.pattern().as_usize()];
            while owners != 0 {
                let k = owners.trailing_zeros() as usize;
                owners &= owners - 1;
                if let Some(list) = &mut hits[k] {
                    list.push((m.start(), m.end()));
                }
            }
        }
        for list in hits.iter_mut().flatten() {
            list.sort_unstable();
        }
        hits
    }

    /// The text with every char folded, or None when it holds an exotic letter. Byte by
    /// byte: ASCII and the two-byte Cyrillic block through tables, any other char through
    /// [`fold_char`].
    fn fold(&self, text: &str) -> Option<Vec<u8>> {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut buf = [0u8; 4];
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                out.push(b.to_ascii_lowercase());
                i += 1;
            } else if (0xD0..=0xD3).contains(&b) {
                // U+0400–U+04FF: lead byte 0xD0–0xD3, one continuation byte.
                let index = usize::from(b & 0x03) << 6 | usize::from(bytes[i + 1] & 0x3F);
                out.extend_from_slice(&self.cyrillic[index]);
                i += 2;
            } else {
                let c = text[i..].chars().next()?;
                if self.exotic.binary_search(&c).is_ok() {
                    return None;
                }
                out.extend_from_slice(fold_char(c).encode_utf8(&mut buf).as_bytes());
                i += c.len_utf8();
            }
        }
        Some(out)
    }
}

/// The UTF-8 bytes of [`fold_char`] of each char of U+0400–U+04FF.
fn cyrillic_table() -> Box<[[u8; 2]; 256]> {
    let mut table = Box::new([[0u8; 2]; 256]);
    for (k, entry) in table.iter_mut().enumerate() {
        let c = char::from_u32(0x0400 + k as u32).unwrap_or('\u{0400}');
        fold_char(c).encode_utf8(entry);
    }
    table
}

/// A literal of a gate as regex syntax, and its length in bytes: a letter that a pattern
/// matches in either case stays one `(?i:…)` letter, not two literals per letter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Literal {
    syntax: String,
    len: usize,
    /// The literal through [`fold_char`]: what a folded text holds wherever the text holds
    /// the literal, at the same offsets.
    folded: String,
    /// Letters the literal matches that [`fold_char`] does not fold to its own letters
    /// (the regex's case folding also matches "ᲀ" for "в"); a text holding one is not
    /// searched folded.
    exotic: Vec<char>,
}

impl Literal {
    fn empty() -> Self {
        Self {
            syntax: String::new(),
            len: 0,
            folded: String::new(),
            exotic: Vec::new(),
        }
    }

    /// A literal that matches exactly `text`.
    fn exactly(text: &str) -> Self {
        Self {
            syntax: regex::escape(text),
            len: text.len(),
            folded: text.chars().map(fold_char).collect(),
            exotic: Vec::new(),
        }
    }
}

/// How [`required`] chooses between the literal lists of the parts of a sequence, each
/// of which every match contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    /// The list whose shortest literal is longest (for a gate regex, which stops at the
    /// first hit).
    Longest,
    /// The list with the fewest literals among those of three letters or more (for
    /// [`LiteralSet`], which finds every hit): many literals are the endings of a word
    /// class ("-ская", "-ского", … of any adjective) and occur in every sentence, a few
    /// are a word ("област", "обл.") that occurs where the pattern matches.
    Fewest,
}

/// Every literal of the list has three letters (chars) or more.
fn few_worthy(list: &[Literal]) -> bool {
    list.iter().all(|l| l.folded.chars().count() >= 3)
}

/// Literals one of which every match of `hir` contains, or None when no short list of
/// non-empty literals is known.
fn required(hir: &Hir, choice: Choice) -> Option<Vec<Literal>> {
    if let Some(all) = exact(hir) {
        return (!all.iter().any(|l| l.len == 0)).then_some(all);
    }
    match hir.kind() {
        HirKind::Capture(c) => required(&c.sub, choice),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub, choice),
        HirKind::Alternation(subs) => {
            let mut all = Vec::new();
            for sub in subs {
                all.extend(required(sub, choice)?);
            }
            (all.len() <= MAX_LITERALS).then_some(all)
        }
        HirKind::Concat(subs) => {
            // Neighbours with few strings each join into longer literals: "ном", "[еу]",
            // "рл" give "номерл", "номурл". Which list wins: see `Choice`.
            let mut best: Option<Vec<Literal>> = None;
            let mut consider = |list: Option<Vec<Literal>>| {
                let shortest = |l: &[Literal]| l.iter().map(|l| l.len).min().unwrap_or(0);
                let Some(list) = list.filter(|l| shortest(l) > 0) else {
                    return;
                };
                let better = match (choice, &best) {
                    (_, None) => true,
                    (Choice::Longest, Some(b)) => shortest(&list) > shortest(b),
                    (Choice::Fewest, Some(b)) => match (few_worthy(&list), few_worthy(b)) {
                        (true, true) => list.len() < b.len(),
                        (true, false) => true,
                        (false, true) => false,
                        (false, false) => shortest(&list) > shortest(b),
                    },
                };
                if better {
                    best = Some(list);
                }
            };
            let mut run: Option<Vec<Literal>> = None;
            for sub in subs {
                match exact(sub) {
                    Some(strings) => {
                        run = match run.take() {
                            None => Some(strings),
                            Some(r) => match cross(&r, &strings) {
                                Some(joined) => Some(joined),
                                None => {
                                    consider(Some(r));
                                    Some(strings)
                                }
                            },
                        }
                    }
                    None => {
                        consider(run.take());
                        consider(required(sub, choice));
                    }
                }
            }
            consider(run);
            best
        }
        _ => None,
    }
}

/// All the strings `hir` matches, when they are few (a literal, a small class, an
/// optional part, alternations and sequences of these).
fn exact(hir: &Hir) -> Option<Vec<Literal>> {
    match hir.kind() {
        HirKind::Empty => Some(vec![Literal::empty()]),
        HirKind::Literal(l) => Some(vec![Literal::exactly(std::str::from_utf8(&l.0).ok()?)]),
        HirKind::Class(Class::Unicode(class)) => {
            let mut chars = Vec::new();
            for range in class.ranges() {
                for c in range.start()..=range.end() {
                    chars.push(c);
                    if chars.len() > 8 {
                        return None;
                    }
                }
            }
            let first = *chars.first()?;
            let mut folded = ClassUnicode::new([ClassUnicodeRange::new(first, first)]);
            folded.case_fold_simple();
            if chars.len() > 1 && folded == *class {
                let syntax = format!("(?i:{})", regex::escape(&first.to_string()));
                let base = fold_char(first);
                return Some(vec![Literal {
                    syntax,
                    len: first.len_utf8(),
                    folded: base.to_string(),
                    exotic: chars
                        .into_iter()
                        .filter(|&c| fold_char(c) != base)
                        .collect(),
                }]);
            }
            Some(
                chars
                    .into_iter()
                    .map(|c| Literal::exactly(&c.to_string()))
                    .collect(),
            )
        }
        HirKind::Capture(c) => exact(&c.sub),
        HirKind::Repetition(r) if r.max == Some(1) => {
            let mut strings = exact(&r.sub)?;
            if r.min == 0 {
                strings.push(Literal::empty());
            }
            Some(strings)
        }
        HirKind::Concat(subs) => subs
            .iter()
            .try_fold(vec![Literal::empty()], |acc, sub| cross(&acc, &exact(sub)?)),
        HirKind::Alternation(subs) => {
            let mut all = Vec::new();
            for sub in subs {
                all.extend(exact(sub)?);
            }
            (all.len() <= MAX_LITERALS).then_some(all)
        }
        _ => None,
    }
}

/// Every string of `a` followed by every string of `b`, unless there are too many.
fn cross(a: &[Literal], b: &[Literal]) -> Option<Vec<Literal>> {
    if a.len() * b.len() > MAX_LITERALS {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            out.push(Literal {
                syntax: format!("{}{}", x.syntax, y.syntax),
                len: x.len + y.len,
                folded: format!("{}{}", x.folded, y.folded),
                exotic: [x.exotic.as_slice(), y.exotic.as_slice()].concat(),
            });
        }
    }
    out.sort();
    out.dedup();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(pattern: &str) -> Option<Vec<String>> {
        let literals = required(&regex_syntax::parse(pattern).unwrap(), Choice::Longest)?;
        let mut syntax: Vec<String> = literals.into_iter().map(|l| l.syntax).collect();
        syntax.sort();
        Some(syntax)
    }

    #[test]
    fn literals_every_match_contains() {
        let v = |l: &[&str]| Some(l.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(gate(r"[0-9]+\s+ном[еу]рл\w*"), v(&["номерл", "номурл"]));
        assert_eq!(gate(r"\w+\s+(?:көчө\w*|көч\.)"), v(&["көч\\.", "көчө"]));
        assert_eq!(gate(r"(?i)ул\."), v(&["(?i:У)(?i:Л)\\."]));
        assert_eq!(gate(r"(?:ab|c)\w*"), v(&["ab", "c"]));
        // An optional word or a branch without a literal leaves no gate.
        assert_eq!(gate(r"[0-9]+(?:жылы)?"), None);
        assert_eq!(gate(r"ab|\w+"), None);
        assert_eq!(gate(r"\w+"), None);
    }

    #[test]
    fn a_gated_pattern_finds_what_the_regex_finds() {
        let text = format!(
            "{}автомашина г/н 01 KG 123 ABC, {} Орто көчөсү, 5-үй",
            "Асанов Б. ".repeat(60),
            "Кара-Суу айылы, ".repeat(40)
        );
        for pattern in [
            r"(?i)(?:г/н|гос\.?\s*номер\w*)[:\s№]*(\w+)",
            r"[А-ЯЁӨҮҢ]\w*\s+(?:көчө\w*|көч\.)",
            r"[А-ЯЁӨҮҢ]\w*\s+(?:район\w*)",
            r"[0-9]+",
        ] {
            let plain = Regex::new(pattern).unwrap();
            let gated = Pattern::new(Regex::new(pattern).unwrap());
            let a: Vec<_> = plain.find_iter(&text).map(|m| m.range()).collect();
            let b: Vec<_> = gated.find_iter(&text).map(|m| m.range()).collect();
            assert_eq!(a, b, "{pattern}");
            assert_eq!(plain.is_match(&text), gated.is_match(&text), "{pattern}");
        }
    }

    #[test]
    fn a_literal_set_finds_a_literal_in_every_match() {
        let patterns: Vec<Pattern> = [
            r"(?i)(?:ул|кв)\.\s?[А-Я]\w+",
            r"[А-ЯЁӨҮҢ]\w*\s+(?:көчө\w*|көч\.)",
            r"(?:Г|С)\.\s?[А-Я]+",
            r"\w+",
        ]
        .iter()
        .map(|p| Pattern::new(Regex::new(p).unwrap()))
        .collect();
        let set = LiteralSet::new(&patterns.iter().collect::<Vec<_>>());
        let text = "УЛ. Садовая, Ул.Орто; Орто КӨЧӨСҮ, Орто көч., Г.ОШ, г. Ош, С.КЕНЕШ";
        let hits = set.hits(text).unwrap();
        for (pattern, found) in patterns.iter().zip(&hits) {
            let Some(found) = found else {
                assert!(pattern.literal_hits(text).is_none());
                continue;
            };
            for m in pattern.regex().find_iter(text) {
                assert!(
                    found.iter().any(|&(s, e)| m.start() <= s && e <= m.end()),
                    "{}",
                    pattern.as_str()
                );
            }
        }
        let upper = text.find("КӨЧӨ").unwrap();
        assert!(
            hits[1].as_ref().unwrap().contains(&(upper, upper + 8)),
            "КӨЧӨ as көчө"
        );
        assert_eq!(hits[2].as_ref().unwrap().len(), 3, "Г. г. С.");
        // "ᲀ" (U+1C80), which the regex folds to "в" but the scan does not: no folded
        // answer.
        assert_eq!(set.exotic, vec!['\u{1C80}']);
        assert!(set.hits("к\u{1C80}. Садовая").is_none());
        // Of an adjective with a place word, the place word: "Чуйская область".
        let region = Pattern::new(
            Regex::new(r"[А-Я]\w*(?:ск|цк)(?:ая|ой|ий|ого)\s+(?i:област\w*|обл\.)").unwrap(),
        );
        let set = LiteralSet::new(&[&region]);
        let text = "Кыргызской Республики, Чуйская область";
        let hits = set.hits(text).unwrap().remove(0).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].0, text.find("область").unwrap());
    }
}
