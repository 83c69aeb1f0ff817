//! Quality evaluation against ground truth (`testdata/acts/<id>.gold.json`).
//!
//! Measured per act and summed:
//! - *leaked mentions*: a gold mention of personal data with an identifying token (a word
//!   starting with a capital, a number, a month name) not fully covered by a masked span;
//! - *over-masked kept items*: officials, courts, statutes, case numbers… touched by a span;
//! - *non-personal words kept*: words outside every gold mention that stay unmasked;
//! - *pseudonym consistency*: the mentions of one person that carry that person's most
//!   common pseudonym, and distinct persons wrongly given the same pseudonym.

use crate::text::{TokenKind, tokenize};
use courtpub_domain::{Category, Masking};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub id: String,
    #[serde(default)]
    pub family: String,
    #[serde(default)]
    pub language: String,
    pub mentions: Vec<GoldMention>,
    #[serde(default)]
    pub kept: Vec<GoldKept>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub category: String,
    pub entity: String,
    #[serde(default)]
    pub role: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldKept {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: String,
}

#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error(
        "gold {id}: mention or kept item {start}..{end} does not match the text (expected {expected:?})"
    )]
    Mismatch {
        id: String,
        start: usize,
        end: usize,
        expected: String,
    },
    #[error("gold {id}: unknown category {category:?}")]
    UnknownCategory { id: String, category: String },
}

impl Gold {
    /// Checks that every offset points at the text it claims.
    pub fn check(&self, text: &str) -> Result<(), GoldError> {
        let items = self
            .mentions
            .iter()
            .map(|m| (m.start, m.end, &m.text))
            .chain(self.kept.iter().map(|k| (k.start, k.end, &k.text)));
        for (start, end, expected) in items {
            if text.get(start..end) != Some(expected.as_str()) {
                return Err(GoldError::Mismatch {
                    id: self.id.clone(),
                    start,
                    end,
                    expected: expected.clone(),
                });
            }
        }
        for m in &self.mentions {
            if Category::parse(&m.category).is_none() {
                return Err(GoldError::UnknownCategory {
                    id: self.id.clone(),
                    category: m.category.clone(),
                });
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Counts {
    pub total: usize,
    pub failed: usize,
}

impl Counts {
    fn add(&mut self, failed: bool) {
        self.total += 1;
        self.failed += usize::from(failed);
    }

    pub fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.failed as f64 / self.total as f64
        }
    }
}

/// Evaluation of one or many acts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub acts: usize,
    pub acts_needing_review: usize,
    /// Gold mentions per category, `failed` = leaked.
    pub leaked: BTreeMap<String, Counts>,
    /// The same, counting any letter/digit token left unmasked (also "ул.", "уулу", "года"),
    /// the definition the Natasha reference script uses.
    pub leaked_strict: BTreeMap<String, Counts>,
    /// Kept items per kind, `failed` = over-masked.
    pub over_masked: BTreeMap<String, Counts>,
    /// Words outside personal data, `failed` = masked anyway.
    pub non_personal_words: Counts,
    /// Name mentions, `failed` = not carrying the person's usual pseudonym.
    pub pseudonym_consistency: Counts,
    /// Pairs of distinct gold persons that share one pseudonym.
    pub merged_persons: usize,
    /// Leaked mentions as (act id, category, text) for the human reading the report.
    #[serde(skip)]
    pub leak_examples: Vec<(String, String, String)>,
    #[serde(skip)]
    pub over_mask_examples: Vec<(String, String, String)>,
    /// Name mentions that do not carry their person's usual pseudonym, as (act id,
    /// "SPLIT", "text: got ≠ usual"), and pseudonyms shared by two gold persons, as (act id,
    /// "MERGED", "pseudonym: entity + entity").
    #[serde(skip)]
    pub consistency_examples: Vec<(String, String, String)>,
}

impl Report {
    pub fn add_act(&mut self, text: &str, gold: &Gold, masking: &Masking) {
        self.acts += 1;
        self.acts_needing_review += usize::from(masking.needs_review);
        let spans = &masking.spans;
        let covered = |s: usize, e: usize| spans.iter().any(|sp| sp.start <= s && e <= sp.end);
        let touched = |s: usize, e: usize| spans.iter().any(|sp| sp.start < e && s < sp.end);
        let tokens = tokenize(text);

        let mut replacement_of: HashMap<&str, Vec<(Option<&str>, &str)>> = HashMap::new();
        for m in &gold.mentions {
            let identifying: Vec<_> = tokens
                .iter()
                .filter(|t| t.start >= m.start && t.end <= m.end)
                .filter(|t| is_identifying(text, t.kind, &t.norm, t.start))
                .collect();
            let leaked = identifying.iter().any(|t| !covered(t.start, t.end));
            let strict = tokens
                .iter()
                .filter(|t| t.start >= m.start && t.end <= m.end)
                .filter(|t| !matches!(t.kind, TokenKind::Punct(_)))
                .any(|t| !covered(t.start, t.end));
            self.leaked_strict
                .entry(m.category.clone())
                .or_default()
                .add(strict);
            self.leaked
                .entry(m.category.clone())
                .or_default()
                .add(leaked);
            if leaked && self.leak_examples.len() < 2000 {
                self.leak_examples
                    .push((gold.id.clone(), m.category.clone(), m.text.clone()));
            }
            if m.category == "name" {
                let rep = identifying.first().and_then(|t| {
                    spans
                        .iter()
                        .find(|sp| sp.start <= t.start && t.end <= sp.end)
                        .map(|sp| sp.replacement.as_str())
                });
                replacement_of
                    .entry(m.entity.as_str())
                    .or_default()
                    .push((rep, m.text.as_str()));
            }
        }

        for k in &gold.kept {
            let over = tokens
                .iter()
                .filter(|t| t.start >= k.start && t.end <= k.end && t.kind != TokenKind::Punct('.'))
                .filter(|t| !matches!(t.kind, TokenKind::Punct(_)))
                .any(|t| touched(t.start, t.end));
            self.over_masked
                .entry(k.kind.clone())
                .or_default()
                .add(over);
            if over && self.over_mask_examples.len() < 2000 {
                self.over_mask_examples
                    .push((gold.id.clone(), k.kind.clone(), k.text.clone()));
            }
        }

        for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            let personal = gold
                .mentions
                .iter()
                .any(|m| m.start < t.end && t.start < m.end);
            if !personal {
                self.non_personal_words.add(touched(t.start, t.end));
            }
        }

        let mut owner_of: HashMap<&str, &str> = HashMap::new();
        for (entity, reps) in &replacement_of {
            let mut freq: HashMap<Option<&str>, usize> = HashMap::new();
            for (r, _) in reps {
                *freq.entry(*r).or_default() += 1;
            }
            // Ties go to the smallest pseudonym, so the figure does not depend on the
            // order a hash map is walked in.
            let usual = freq
                .iter()
                .max_by(|(ra, na), (rb, nb)| {
                    (**na, ra.is_some())
                        .cmp(&(**nb, rb.is_some()))
                        .then_with(|| rb.cmp(ra))
                })
                .and_then(|(r, _)| *r);
            for (r, mention) in reps {
                let split = r.is_none() || *r != usual;
                self.pseudonym_consistency.add(split);
                if split && r.is_some() && self.consistency_examples.len() < 2000 {
                    self.consistency_examples.push((
                        gold.id.clone(),
                        "SPLIT".into(),
                        format!("{mention}: {} ≠ {}", r.unwrap_or("-"), usual.unwrap_or("-")),
                    ));
                }
            }
            if let Some(usual) = usual
                && let Some(other) = owner_of.insert(usual, entity)
                && other != *entity
            {
                self.merged_persons += 1;
                if self.consistency_examples.len() < 2000 {
                    self.consistency_examples.push((
                        gold.id.clone(),
                        "MERGED".into(),
                        format!("{usual}: {other} + {entity}"),
                    ));
                }
            }
        }
    }

    pub fn name_leak_rate(&self) -> f64 {
        self.leaked.get("name").map_or(0.0, Counts::rate)
    }
}

const MONTHS: &[&str] = &[
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

fn is_identifying(text: &str, kind: TokenKind, norm: &str, start: usize) -> bool {
    match kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            text[start..].chars().next().is_some_and(char::is_uppercase) || MONTHS.contains(&norm)
        }
        TokenKind::Punct(_) => false,
    }
}

fn pct(c: &Counts) -> String {
    format!("{:.2} %", 100.0 * c.rate())
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "acts evaluated: {}  (needing review: {})",
            self.acts, self.acts_needing_review
        )?;
        writeln!(f, "\nleaked mentions (personal data left in the output)")?;
        writeln!(
            f,
            "  {:<16} {:>8} {:>8} {:>9} {:>12}",
            "category", "mentions", "leaked", "rate", "strict rate"
        )?;
        for (cat, c) in &self.leaked {
            let strict = self.leaked_strict.get(cat).cloned().unwrap_or_default();
            writeln!(
                f,
                "  {:<16} {:>8} {:>8} {:>9} {:>12}",
                cat,
                c.total,
                c.failed,
                pct(c),
                pct(&strict)
            )?;
        }
        writeln!(f, "\nover-masked kept items (must stay readable)")?;
        writeln!(
            f,
            "  {:<16} {:>8} {:>8} {:>9}",
            "kind", "items", "masked", "rate"
        )?;
        for (kind, c) in &self.over_masked {
            writeln!(
                f,
                "  {:<16} {:>8} {:>8} {:>9}",
                kind,
                c.total,
                c.failed,
                pct(c)
            )?;
        }
        let kept = &self.non_personal_words;
        writeln!(
            f,
            "\nnon-personal words kept: {:.2} % of {}",
            100.0 * (1.0 - kept.rate()),
            kept.total
        )?;
        let cons = &self.pseudonym_consistency;
        writeln!(
            f,
            "pseudonym consistency: {:.2} % of {} name mentions; distinct persons merged: {}",
            100.0 * (1.0 - cons.rate()),
            cons.total,
            self.merged_persons
        )
    }
}

/// Why a folder of acts could not be evaluated.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not valid JSON of its kind: {source}")]
    Json {
        path: String,
        #[source]
        source: serde_json::Error,
    },
    #[error(transparent)]
    Gold(#[from] GoldError),
    #[error("{0}: no *.gold.json files to evaluate")]
    Empty(String),
}

/// Evaluates every `<id>.gold.json` of a folder against `<id>.txt`, with the judges of
/// `<id>.meta.json` when present; `on_act` is called after each act (progress bars).
pub fn evaluate_dir(
    engine: &crate::Engine,
    dir: &std::path::Path,
    mut on_act: impl FnMut(usize, usize),
) -> Result<Report, EvalError> {
    let read = |path: &str| {
        std::fs::read(path).map_err(|source| EvalError::Read {
            path: path.to_string(),
            source,
        })
    };
    let mut golds: Vec<String> = std::fs::read_dir(dir)
        .map_err(|source| EvalError::Read {
            path: dir.display().to_string(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path().to_string_lossy().into_owned()))
        .filter(|p| p.ends_with(".gold.json"))
        .collect();
    golds.sort();
    if golds.is_empty() {
        return Err(EvalError::Empty(dir.display().to_string()));
    }
    let mut report = Report::default();
    for (i, gold_path) in golds.iter().enumerate() {
        let stem = gold_path.trim_end_matches(".gold.json");
        let text_path = format!("{stem}.txt");
        let text = String::from_utf8_lossy(&read(&text_path)?).into_owned();
        let gold: Gold =
            serde_json::from_slice(&read(gold_path)?).map_err(|source| EvalError::Json {
                path: gold_path.clone(),
                source,
            })?;
        gold.check(&text)?;
        let meta_path = format!("{stem}.meta.json");
        let judges = if std::path::Path::new(&meta_path).exists() {
            serde_json::from_slice::<courtpub_domain::ActMeta>(&read(&meta_path)?)
                .map_err(|source| EvalError::Json {
                    path: meta_path.clone(),
                    source,
                })?
                .judges
        } else {
            Vec::new()
        };
        let masking = engine.mask_with_judges(&text, &judges);
        report.add_act(&text, &gold, &masking);
        on_act(i + 1, golds.len());
    }
    Ok(report)
}
