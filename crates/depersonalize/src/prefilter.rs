//! Regexes that skip the acts they cannot match.
//!
//! Each identifier and address pattern is a full scan of the act by the regex crate's lazy
//! DFA, and most acts hold no match of most patterns: a Russian act has no "көчөсү", a
//! Kyrgyz act no "ответчик". Every match of a pattern contains one of a few literals
//! ("гос", "номер", "көчө"…), read off its syntax tree here; a text that contains none of
//! them (one SIMD literal scan, which stops at the first hit) is not searched at all. The
//! answer is always the regex's own: the gate only decides whether to ask.

use regex::{CaptureMatches, Captures, Match, Matches, Regex};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

/// Below this length a text is searched without asking the gate first.
const GATE_FROM: usize = 512;
/// Most literals a gate may hold.
const MAX_LITERALS: usize = 128;

/// A regex and, when its syntax allows one, a gate: literals one of which every match
/// contains. Methods that are not gated reach the regex through `Deref`.
pub(crate) struct Pattern {
    regex: Regex,
    gate: Option<Regex>,
}

impl Pattern {
    /// Where the gate's literals occur in the text (non-overlapping), or None when the
    /// pattern has no gate.
    /// The regex itself, without the gate.
    #[cfg(test)]
    pub(crate) fn regex(&self) -> &Regex {
        &self.regex
    }

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
        let gate = regex_syntax::parse(regex.as_str())
            .ok()
            .and_then(|hir| required(&hir))
            .and_then(|literals| {
                let alternation: Vec<&str> = literals.iter().map(|l| l.syntax.as_str()).collect();
                Regex::new(&alternation.join("|")).ok()
            });
        Self { regex, gate }
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

/// A literal of a gate as regex syntax, and its length in bytes: a letter that a pattern
/// matches in either case stays one `(?i:…)` letter, not two literals per letter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Literal {
    syntax: String,
    len: usize,
}

impl Literal {
    fn empty() -> Self {
        Self {
            syntax: String::new(),
            len: 0,
        }
    }
}

/// Literals one of which every match of `hir` contains, or None when no short list of
/// non-empty literals is known.
fn required(hir: &Hir) -> Option<Vec<Literal>> {
    if let Some(all) = exact(hir) {
        return (!all.iter().any(|l| l.len == 0)).then_some(all);
    }
    match hir.kind() {
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Alternation(subs) => {
            let mut all = Vec::new();
            for sub in subs {
                all.extend(required(sub)?);
            }
            (all.len() <= MAX_LITERALS).then_some(all)
        }
        HirKind::Concat(subs) => {
            // Neighbours with few strings each join into longer literals: "ном", "[еу]",
            // "рл" give "номерл", "номурл". The list whose shortest literal is longest wins.
            let mut best: Option<Vec<Literal>> = None;
            let mut consider = |list: Option<Vec<Literal>>| {
                let shortest = |l: &[Literal]| l.iter().map(|l| l.len).min().unwrap_or(0);
                let Some(list) = list.filter(|l| shortest(l) > 0) else {
                    return;
                };
                if best.as_ref().is_none_or(|b| shortest(&list) > shortest(b)) {
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
                        consider(required(sub));
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
        HirKind::Literal(l) => {
            let text = std::str::from_utf8(&l.0).ok()?;
            Some(vec![Literal {
                syntax: regex::escape(text),
                len: text.len(),
            }])
        }
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
                return Some(vec![Literal {
                    syntax,
                    len: first.len_utf8(),
                }]);
            }
            Some(
                chars
                    .into_iter()
                    .map(|c| Literal {
                        syntax: regex::escape(&c.to_string()),
                        len: c.len_utf8(),
                    })
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
        let literals = required(&regex_syntax::parse(pattern).unwrap())?;
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
}
