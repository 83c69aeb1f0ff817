//! Staff corrections applied on top of the engine's spans.
//!
//! A correction is an intent ([`Correction`]), not a span: "mask Асанов as a name" still
//! means the same after the dictionaries change and the engine runs again, while byte
//! offsets would not. [`apply`] replays the corrections of an act, in the order they were
//! made, on any set of spans of the same text (the stored ones or a fresh run), then
//! numbers the pseudonyms again so every entity keeps one pseudonym.
//!
//! Matching is by words, not bytes: the surface and the text are tokenized alike, so
//! spacing and letter case do not matter, and a name matches in every case form (through
//! [`crate::morph::candidate_stems`]) together with the initials written next to it.

use crate::dictionaries::Dictionaries;
use crate::masking::key_prefix;
use crate::morph::{candidate_stems, is_patronymic};
use crate::policy::Policy;
use crate::text::{Token, TokenKind, tokenize};
use courtpub_domain::{Category, Correction, Masking, Role, Span};
use std::collections::HashMap;

/// Stems shorter than this match too much ("ан", "ов").
const MIN_STEM_CHARS: usize = 3;

/// What one correction did to the spans, for statistics and the audit log.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Effect {
    pub spans_before: usize,
    pub spans_after: usize,
    /// The rule of the first engine span it removed or changed.
    pub rule: Option<String>,
    /// The category of the first span it removed or changed.
    pub category: Option<Category>,
}

/// The corrected masking and, per correction, what it did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// `needs_review` is false: a corrected masking is a reviewed one.
    pub masking: Masking,
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone)]
struct Work {
    start: usize,
    end: usize,
    category: Category,
    entity: String,
    role: Option<Role>,
    rule: String,
    confidence: f32,
}

/// Replays `corrections` in order on `spans` (sorted, non-overlapping spans of `text`)
/// and writes the masked text with pseudonyms from `policy`. With `dictionaries`, a
/// masked name also takes the first names and patronymics written next to it
/// ("Сыдыковой Жылдызкан" when "Сыдыкова" was asked for).
pub fn apply(
    policy: &Policy,
    dictionaries: Option<&Dictionaries>,
    text: &str,
    spans: &[Span],
    corrections: &[Correction],
) -> Applied {
    let mut work: Vec<Work> = spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.start < s.end && s.end <= text.len())
        .map(|(i, s)| Work {
            start: s.start,
            end: s.end,
            category: s.category,
            entity: s.person_key.clone().unwrap_or_else(|| format!("span:{i}")),
            role: s.role,
            rule: s.rule.clone(),
            confidence: s.confidence,
        })
        .collect();
    let tokens = tokenize(text);
    let mut effects = Vec::with_capacity(corrections.len());
    for c in corrections {
        let before = work.len();
        let mut effect = match c {
            Correction::Mask {
                surface,
                category: Category::Name,
            } => mask_name(text, &tokens, &mut work, surface, dictionaries),
            Correction::Mask { surface, category } => {
                mask_value(text, &tokens, &mut work, surface, *category)
            }
            Correction::Keep { surface } => keep_person(text, &mut work, surface),
            Correction::Remove { surface } => remove(text, &mut work, surface),
            Correction::Recategorize { surface, category } => {
                recategorize(text, &mut work, surface, *category)
            }
        };
        work.sort_by_key(|w| (w.start, w.end));
        effect.spans_before = before;
        effect.spans_after = work.len();
        effects.push(effect);
    }
    Applied {
        masking: finish(policy, text, work),
        effects,
    }
}

/// The words of a name that identify it: no initials, no punctuation.
fn name_words(tokens: &[Token]) -> Vec<&Token> {
    tokens
        .iter()
        .filter(|t| t.is_word() && t.norm.chars().count() >= 2)
        .collect()
}

fn stems(norm: &str) -> Vec<&str> {
    candidate_stems(norm)
        .into_iter()
        .filter(|s| s.chars().count() >= MIN_STEM_CHARS)
        .collect()
}

/// Two words are forms of one name when they share a stem.
fn same_name(a: &str, b: &str) -> bool {
    let sb = stems(b);
    stems(a).iter().any(|s| sb.contains(s))
}

fn is_initial(tokens: &[Token], i: usize, text: &str) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    t.is_word()
        && t.norm.chars().count() == 1
        && text[t.start..t.end].chars().all(char::is_uppercase)
        && tokens.get(i + 1).is_some_and(|p| p.is_punct('.'))
}

fn only_space(text: &str, from: usize, to: usize) -> bool {
    from <= to && text[from..to].chars().all(char::is_whitespace)
}

fn overlaps(w: &Work, start: usize, end: usize) -> bool {
    w.start < end && start < w.end
}

/// A capitalized first name or patronymic, which may stand next to a surname.
fn is_given_name(text: &str, t: &Token, dictionaries: Option<&Dictionaries>) -> bool {
    t.is_word()
        && t.norm.chars().count() >= 3
        && text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && (is_patronymic(&t.norm)
            || dictionaries.is_some_and(|d| d.is_first_name(&t.norm) || d.is_patronymic(&t.norm)))
}

fn mask_name(
    text: &str,
    tokens: &[Token],
    work: &mut Vec<Work>,
    surface: &str,
    dictionaries: Option<&Dictionaries>,
) -> Effect {
    let surface_tokens = tokenize(surface);
    let keys: Vec<&str> = name_words(&surface_tokens)
        .into_iter()
        .map(|t| t.norm.as_str())
        .collect();
    if keys.is_empty() {
        return Effect::default();
    }
    let matched = |t: &Token| {
        t.is_word()
            && text[t.start..t.end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && keys.iter().any(|k| same_name(&t.norm, k))
    };
    // Runs of matching words separated by whitespace only, widened over initials.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !matched(&tokens[i]) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        while last + 1 < tokens.len()
            && matched(&tokens[last + 1])
            && only_space(text, tokens[last].end, tokens[last + 1].start)
        {
            last += 1;
        }
        // Given names right after the run: "Сыдыковой Жылдызкан Маратовны".
        for _ in 0..2 {
            match tokens.get(last + 1) {
                Some(next)
                    if is_given_name(text, next, dictionaries)
                        && only_space(text, tokens[last].end, next.start) =>
                {
                    last += 1
                }
                _ => break,
            }
        }
        let mut first = first;
        for _ in 0..2 {
            match first.checked_sub(1).and_then(|p| tokens.get(p)) {
                Some(prev)
                    if is_given_name(text, prev, dictionaries)
                        && only_space(text, prev.end, tokens[first].start) =>
                {
                    first -= 1
                }
                _ => break,
            }
        }
        i = last + 1;
        let mut start = tokens[first].start;
        let mut end = tokens[last].end;
        // Initials after: "Асанов Б.Ж." (at most two).
        let mut j = last + 1;
        for _ in 0..2 {
            if is_initial(tokens, j, text) && only_space(text, end, tokens[j].start) {
                end = tokens[j + 1].end;
                j += 2;
            } else {
                break;
            }
        }
        i = i.max(j);
        // Initials before: "Б.Ж. Асанов".
        let mut k = first;
        for _ in 0..2 {
            if k >= 2
                && is_initial(tokens, k - 2, text)
                && only_space(text, tokens[k - 1].end, start)
            {
                start = tokens[k - 2].start;
                k -= 2;
            } else {
                break;
            }
        }
        runs.push((start, end));
    }
    // One entity for the person: the engine's, where it found some mentions already.
    let entity = runs
        .iter()
        .find_map(|&(s, e)| {
            work.iter()
                .find(|w| w.category == Category::Name && overlaps(w, s, e))
                .map(|w| (w.entity.clone(), w.role))
        })
        .unwrap_or_else(|| (format!("staff:name:{}", keys.join(" ")), None));
    for (start, end) in runs {
        // Inside another category's span (a street named after someone): already masked.
        if work
            .iter()
            .any(|w| w.category != Category::Name && overlaps(w, start, end))
        {
            continue;
        }
        let (mut s, mut e) = (start, end);
        let mut role = entity.1;
        work.retain(|w| {
            if overlaps(w, start, end) {
                s = s.min(w.start);
                e = e.max(w.end);
                role = role.or(w.role);
                false
            } else {
                true
            }
        });
        work.push(Work {
            start: s,
            end: e,
            category: Category::Name,
            entity: entity.0.clone(),
            role,
            rule: "staff.mask".to_owned(),
            confidence: 1.0,
        });
    }
    Effect::default()
}

/// A comparable form of a token: the normalized word, or the text of a number or sign.
fn token_key<'a>(text: &'a str, t: &'a Token) -> &'a str {
    match t.kind {
        TokenKind::Word => &t.norm,
        TokenKind::Number | TokenKind::Punct(_) => &text[t.start..t.end],
    }
}

fn same_tokens(a_text: &str, a: &[Token], b_text: &str, b: &[Token]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| token_key(a_text, x) == token_key(b_text, y))
}

fn mask_value(
    text: &str,
    tokens: &[Token],
    work: &mut Vec<Work>,
    surface: &str,
    category: Category,
) -> Effect {
    let pattern = tokenize(surface);
    if pattern.is_empty() {
        return Effect::default();
    }
    let key: Vec<&str> = pattern.iter().map(|t| token_key(surface, t)).collect();
    let entity = format!("staff:{}:{}", category.as_str(), key.join(" "));
    let mut i = 0;
    while i + pattern.len() <= tokens.len() {
        let window = &tokens[i..i + pattern.len()];
        if !same_tokens(text, window, surface, &pattern) {
            i += 1;
            continue;
        }
        let (mut s, mut e) = (window[0].start, window[pattern.len() - 1].end);
        let (start, end) = (s, e);
        let mut entity_here = entity.clone();
        work.retain(|w| {
            if overlaps(w, start, end) {
                s = s.min(w.start);
                e = e.max(w.end);
                if w.category == category {
                    entity_here = w.entity.clone();
                }
                false
            } else {
                true
            }
        });
        work.push(Work {
            start: s,
            end: e,
            category,
            entity: entity_here,
            role: None,
            rule: "staff.mask".to_owned(),
            confidence: 1.0,
        });
        i += pattern.len();
    }
    Effect::default()
}

/// Drops every work item matching `hit`, reporting the first one's rule and category.
fn drop_where(work: &mut Vec<Work>, mut hit: impl FnMut(&Work) -> bool) -> Effect {
    let mut effect = Effect::default();
    work.retain(|w| {
        if hit(w) {
            if effect.rule.is_none() {
                effect.rule = Some(w.rule.clone());
                effect.category = Some(w.category);
            }
            false
        } else {
            true
        }
    });
    effect
}

fn keep_person(text: &str, work: &mut Vec<Work>, surface: &str) -> Effect {
    let surface_tokens = tokenize(surface);
    let keys = name_words(&surface_tokens);
    if keys.is_empty() {
        return Effect::default();
    }
    // A person is the one named when one of its mentions is the surface in some case
    // form: the same name words, in the same order.
    let entities: Vec<String> = work
        .iter()
        .filter(|w| w.category == Category::Name)
        .filter(|w| {
            let mention = tokenize(&text[w.start..w.end]);
            let words = name_words(&mention);
            words.len() == keys.len()
                && words
                    .iter()
                    .zip(&keys)
                    .all(|(a, b)| same_name(&a.norm, &b.norm))
        })
        .map(|w| w.entity.clone())
        .collect();
    drop_where(work, |w| {
        w.category == Category::Name && entities.contains(&w.entity)
    })
}

fn reads_as(text: &str, w: &Work, surface: &str, pattern: &[Token]) -> bool {
    let span = &text[w.start..w.end];
    same_tokens(span, &tokenize(span), surface, pattern)
}

fn remove(text: &str, work: &mut Vec<Work>, surface: &str) -> Effect {
    let pattern = tokenize(surface);
    if pattern.is_empty() {
        return Effect::default();
    }
    drop_where(work, |w| reads_as(text, w, surface, &pattern))
}

fn recategorize(text: &str, work: &mut [Work], surface: &str, category: Category) -> Effect {
    let pattern = tokenize(surface);
    let mut effect = Effect::default();
    if pattern.is_empty() {
        return effect;
    }
    let key: Vec<&str> = pattern.iter().map(|t| token_key(surface, t)).collect();
    for w in work.iter_mut() {
        if w.category != category && reads_as(text, w, surface, &pattern) {
            if effect.rule.is_none() {
                effect.rule = Some(w.rule.clone());
                effect.category = Some(w.category);
            }
            w.category = category;
            w.entity = format!("staff:{}:{}", category.as_str(), key.join(" "));
            w.role = None;
            w.rule = "staff.recategorize".to_owned();
            w.confidence = 1.0;
        }
    }
    effect
}

/// Numbers the entities per category in order of first appearance (as the engine does)
/// and writes the masked text.
fn finish(policy: &Policy, text: &str, mut work: Vec<Work>) -> Masking {
    work.sort_by_key(|w| (w.start, std::cmp::Reverse(w.end)));
    let mut numbers: HashMap<(Category, String), usize> = HashMap::new();
    let mut per_category: HashMap<Category, usize> = HashMap::new();
    let mut spans = Vec::with_capacity(work.len());
    let mut masked = String::with_capacity(text.len());
    let mut cursor = 0;
    for w in work {
        if w.start < cursor {
            // Overlaps the previous span (cannot happen through `apply`): skip, the text
            // there is masked already.
            continue;
        }
        let n = *numbers
            .entry((w.category, w.entity.clone()))
            .or_insert_with(|| {
                let counter = per_category.entry(w.category).or_insert(0);
                *counter += 1;
                *counter
            });
        let replacement = policy.pseudonym(w.category, n);
        masked.push_str(&text[cursor..w.start]);
        masked.push_str(&replacement);
        cursor = w.end;
        spans.push(Span {
            start: w.start,
            end: w.end,
            category: w.category,
            person_key: Some(format!("{}{n}", key_prefix(w.category))),
            role: w.role,
            rule: w.rule,
            confidence: w.confidence,
            replacement,
        });
    }
    masked.push_str(&text[cursor..]);
    Masking {
        spans,
        masked_text: masked,
        needs_review: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text with the engine's spans marked: `[Асанов Б.Ж.]` is a name span of person
    /// `P1`; `{…}` an address span. Returns the plain text and the spans.
    fn marked(src: &str) -> (String, Vec<Span>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut open: Option<(usize, Category)> = None;
        for c in src.chars() {
            match c {
                '[' => open = Some((text.len(), Category::Name)),
                '{' => open = Some((text.len(), Category::Address)),
                ']' | '}' => {
                    let (start, category) = open.take().expect("balanced marks");
                    let key = if category == Category::Name {
                        "P1"
                    } else {
                        "ADDR1"
                    };
                    spans.push(Span {
                        start,
                        end: text.len(),
                        category,
                        person_key: Some(key.to_owned()),
                        role: None,
                        rule: "engine.rule".to_owned(),
                        confidence: 0.9,
                        replacement: String::new(),
                    });
                }
                c => text.push(c),
            }
        }
        (text, spans)
    }

    fn name(s: &str) -> Correction {
        Correction::Mask {
            surface: s.to_owned(),
            category: Category::Name,
        }
    }

    fn keep(s: &str) -> Correction {
        Correction::Keep {
            surface: s.to_owned(),
        }
    }

    fn remove(s: &str) -> Correction {
        Correction::Remove {
            surface: s.to_owned(),
        }
    }

    fn as_address(s: &str) -> Correction {
        Correction::Recategorize {
            surface: s.to_owned(),
            category: Category::Address,
        }
    }

    fn phone(s: &str) -> Correction {
        Correction::Mask {
            surface: s.to_owned(),
            category: Category::Phone,
        }
    }

    fn dictionaries() -> Dictionaries {
        Dictionaries::from_sources(&crate::dictionaries::Sources {
            first_names: "Жылдызкан\nБакыт\n",
            surnames: "",
            patronymics: "",
            places: "",
            streets: "",
            allow_words: "",
        })
    }

    macro_rules! t {
        ($name:ident, $src:expr, [$($c:expr),*], $want:expr) => {
            #[test]
            fn $name() {
                let (text, spans) = marked($src);
                let applied = apply(&Policy::default(), Some(&dictionaries()), &text, &spans, &[$($c),*]);
                assert_eq!(applied.masking.masked_text, $want);
                for s in &applied.masking.spans {
                    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                }
            }
        };
    }

    t!(
        no_corrections_renumbers_only,
        "[Асанов Б.] и {ул. Токтогула, 5}.",
        [],
        "[ФИО-1] и [АДРЕС-1]."
    );
    t!(
        missed_name_every_case_form,
        "Свидетель Бекова показала, что Бековой звонил сын. Бекову Ж. вызвали.",
        [name("Бекова")],
        "Свидетель [ФИО-1] показала, что [ФИО-1] звонил сын. [ФИО-1] вызвали."
    );
    t!(
        missed_name_joins_the_engines_person,
        "[Асанов Б.Ж.] признан. Асанову назначено. Асановдун иши.",
        [name("Асанову")],
        "[ФИО-1] признан. [ФИО-1] назначено. [ФИО-1] иши."
    );
    t!(
        missed_name_takes_initials_before,
        "Потерпевший Б.Ж. Кадыров пояснил, Кадырова не было.",
        [name("Кадыров")],
        "Потерпевший [ФИО-1] пояснил, [ФИО-1] не было."
    );
    t!(
        missed_name_lowercase_word_is_not_a_name,
        "Осмонова вызвали; осмонова трава.",
        [name("Осмонов")],
        "[ФИО-1] вызвали; осмонова трава."
    );
    t!(
        missed_second_person_numbered_in_order,
        "Жолдошев ударил [Асанова Б.].",
        [name("Жолдошев")],
        "[ФИО-1] ударил [ФИО-2]."
    );
    t!(
        missed_name_inside_an_address_stays_an_address,
        "{ул. Исанова, 5}, где жил Исанов.",
        [name("Исанов")],
        "[АДРЕС-1], где жил [ФИО-1]."
    );
    t!(
        keep_person_removes_every_mention,
        "Судья [Мамытов А.] и [Мамытова] вне зала.",
        [keep("Мамытов А.")],
        "Судья Мамытов А. и Мамытова вне зала."
    );
    t!(
        keep_needs_the_same_name_words,
        "[Асанов Бакыт] и [Бакыт Токтогулов].",
        [keep("Бакыт")],
        "[ФИО-1] и [ФИО-1]."
    );
    t!(
        remove_exact_text_only,
        "Цветок [Роза] и [Роза Асанова].",
        [remove("роза")],
        "Цветок Роза и [ФИО-1]."
    );
    t!(
        recategorize_changes_the_pseudonym,
        "Жил [Ленина 5] у [Асанова].",
        [as_address("Ленина 5")],
        "Жил [АДРЕС-1] у [ФИО-1]."
    );
    t!(
        value_masked_at_every_occurrence_any_spacing,
        "Тел. 0555 123 456, ещё раз 0555  123 456.",
        [phone("0555 123 456")],
        "Тел. [ТЕЛЕФОН], ещё раз [ТЕЛЕФОН]."
    );
    t!(
        missed_name_takes_given_names_next_to_it,
        "Потерпевшая Сыдыковой Жылдызкан Маратовны; Сыдыкова Ж. пояснила. Бакыт пришёл.",
        [name("Сыдыкова Ж.")],
        "Потерпевшая [ФИО-1]; [ФИО-1] пояснила. Бакыт пришёл."
    );
    t!(
        later_correction_wins,
        "Осмонов пришёл.",
        [name("Осмонов"), keep("Осмонов")],
        "Осмонов пришёл."
    );
    t!(
        empty_surface_does_nothing,
        "[Асанов] пришёл.",
        [name(" . "), remove(""), keep("")],
        "[ФИО-1] пришёл."
    );

    #[test]
    fn corrections_are_idempotent() {
        let (text, spans) = marked("Бекова и [Асанов] пришли; Бековой нет. {ул. Садовая, 1}");
        let corrections = [name("Бекова"), keep("Асанов"), as_address("ул. Садовая, 1")];
        let once = apply(&Policy::default(), None, &text, &spans, &corrections);
        let twice = apply(
            &Policy::default(),
            None,
            &text,
            &once.masking.spans,
            &corrections,
        );
        assert_eq!(once.masking, twice.masking);
    }

    #[test]
    fn effects_name_the_overridden_rule() {
        let (text, spans) = marked("[Роза] цветёт, Асанов смотрит.");
        let applied = apply(
            &Policy::default(),
            None,
            &text,
            &spans,
            &[remove("Роза"), name("Асанов")],
        );
        assert_eq!(
            applied.effects,
            vec![
                Effect {
                    spans_before: 1,
                    spans_after: 0,
                    rule: Some("engine.rule".to_owned()),
                    category: Some(Category::Name),
                },
                Effect {
                    spans_before: 0,
                    spans_after: 1,
                    rule: None,
                    category: None,
                },
            ]
        );
        assert_eq!(applied.masking.spans[0].rule, "staff.mask");
        assert_eq!(applied.masking.spans[0].person_key.as_deref(), Some("P1"));
        assert!(!applied.masking.needs_review);
    }
}
