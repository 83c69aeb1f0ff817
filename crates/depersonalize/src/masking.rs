//! From candidates to the published result: policy, merging, the leak check, consistent
//! pseudonyms and the masked text.

use crate::Engine;
use crate::names::{NameFinder, key_stems};
use crate::patterns::Hit;
use crate::policy::Action;
use crate::text::{Token, only_space_between, tokenize};
use courtpub_domain::{Category, Masking, Role, Span};
use std::collections::HashMap;

/// What a span stands for: a person of the act, or a value (an address, a PIN…).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Entity {
    Person(usize),
    Value(Category, String),
}

#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    category: Category,
    entity: Entity,
    role: Option<Role>,
    rule: &'static str,
    confidence: f32,
    review: bool,
}

pub(crate) fn mask(engine: &Engine, text: &str, judges: &[String]) -> Masking {
    let policy = engine.policy();
    let tokens = tokenize(text);
    // The act in lowercase, same offsets, once for both: where the address components'
    // gates and the case-insensitive cues look for their literals.
    let folded = crate::folded::fold_text(text);
    let found = engine.addresses.find_all_folded(text, folded.as_deref());
    let (mut hits, streets): (Vec<Hit>, _) = (found.homes, found.streets);
    // The act's date and table rows, which the patterns and the rows beside names read.
    let layout = crate::patterns::ActLayout::of(&engine.patterns, text);
    hits.extend(
        engine
            .patterns
            .find_folded(text, folded.as_deref(), &layout),
    );

    let mut finder = NameFinder::new(text, &tokens, &engine.dictionaries);
    let mut claimed: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    claimed.extend(streets.iter().copied());
    let (mut quoted, trade_names) = quoted_names(text);
    quoted.extend(company_names(text, &tokens));
    claimed.extend(quoted.iter().copied());
    // Streets and quoted names keep a surname they contain ("ул. Асанова", ОсОО «Асанов»).
    // A street named after a person keeps the surname: "ул. Асанова", "Асанов көчөсү"
    // (decided by the neighbouring words in the leak check, not by street claims, which may
    // reach over a preceding name).
    let mut not_persons = quoted.clone();
    // The person a school or a university is named after ("СОШ имени К. Асанова").
    let namesakes = crate::names::named_after_persons(text, &tokens, &engine.dictionaries);
    claimed.extend(namesakes.iter().copied());
    not_persons.extend(namesakes);
    finder.exclude(&claimed);
    finder.hold_until_propagation(&trade_names);
    finder.run(judges);

    let mut candidates = Vec::with_capacity(hits.len() + finder.mentions.len());
    candidates.extend(hits.iter().filter_map(|h| value_candidate(h, policy, text)));

    let name_action = policy.category(Category::Name);
    let mut masked_persons = vec![false; finder.persons.len()];
    for m in &finder.mentions {
        let role = finder.persons[m.person].role();
        let action = match (name_action, policy.role(role)) {
            (Action::Keep, _) | (_, Action::Keep) => continue,
            (Action::Review, _) | (_, Action::Review) => Action::Review,
            _ => Action::Mask,
        };
        masked_persons[m.person] = true;
        candidates.push(Candidate {
            start: m.start,
            end: m.end,
            category: Category::Name,
            entity: Entity::Person(m.person),
            role: Some(role),
            rule: m.rule,
            confidence: m.confidence,
            review: action == Action::Review,
        });
    }

    // Birth dates and home addresses standing with a masked person's name (a list item,
    // a row of a table of parties).
    let named: Vec<(usize, usize)> = finder
        .mentions
        .iter()
        .filter(|m| masked_persons[m.person])
        .map(|m| (m.start, m.end))
        .collect();
    let beside = crate::rows::beside_names(
        &engine.patterns,
        &engine.addresses,
        text,
        &named,
        &found.undecided,
        &layout,
    );
    candidates.extend(
        beside
            .iter()
            .filter_map(|h| value_candidate(h, policy, text)),
    );

    let mut spans = merge(text, candidates);
    let leaks = leak_check(
        text,
        &tokens,
        &spans,
        &finder,
        &masked_persons,
        &not_persons,
    );
    let leaked = !leaks.is_empty();
    if leaked {
        spans.extend(leaks);
        spans = merge(text, spans);
    }

    let needs_review = leaked
        || spans
            .iter()
            .any(|c| c.review || c.confidence < policy.review_below);
    finish(engine, text, spans, needs_review)
}

/// A byte range of the act.
type Range = (usize, usize);

/// Text in «guillemets» or “curly quotes” names an organization, a product or a document
/// ("ОсОО «Азия Транс»", “Дэу Тико”), not a person. A quotation with a comma is a cited
/// sentence ("в письме: «Гражданин Асанов Б.Б., 1960 г.р., на учете не состоит»"), whose
/// names are persons like any others.
///
/// Returns the quoted names, then the trade names of sole traders (see
/// [`is_sole_traders_trade_name`]).
fn quoted_names(text: &str) -> (Vec<Range>, Vec<Range>) {
    let mut out = Vec::new();
    let mut trade_names = Vec::new();
    for (open_q, close_q) in [('«', '»'), ('“', '”'), ('„', '“')] {
        let mut rest = 0;
        while let Some(open) = text[rest..].find(open_q) {
            let start = rest + open;
            let inner = start + open_q.len_utf8();
            let Some(close) = text[inner..].find(close_q) else {
                break;
            };
            let end = inner + close + close_q.len_utf8();
            // A hard wrap may break a long name once; more line breaks mean a stray mark.
            // A surname quoted as a document spells it is a person's ("фамилия отца
            // записана как «Асанв»").
            if close <= 160
                && text[start..end].matches('\n').count() <= 1
                && !crate::names::surname_word_before(text, start)
                && !text[inner..end].contains(',')
            {
                if is_sole_traders_trade_name(&text[..start], &text[inner..end]) {
                    trade_names.push((start, end));
                } else {
                    out.push((start, end));
                }
            }
            rest = end;
        }
    }
    (out, trade_names)
}

/// The trade name of an individual entrepreneur ("ИП «Асанов»", "ЖИ «Асанова»", a sign
/// «ИП Асанов») may be that person's name: a natural person trades under it. It is no
/// person's name to the grammar ("ИП «Мир Ковров»"), but a surname of a person the act
/// names elsewhere is masked in it like the person's other mentions.
fn is_sole_traders_trade_name(before: &str, quoted: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !crate::text::is_letter(c))
        .next()
        .unwrap_or("");
    matches!(word, "ИП" | "ЖИ")
        || word.to_lowercase().starts_with("предпринимател")
        || quoted.starts_with("ИП ")
        || quoted.starts_with("ЖИ ")
}

/// A bank or a company named without quotes: the capitalized word right before a
/// capitalized "Банк" in any case or a trade word ("в Демир Банке", "ОАО Бакай Банк",
/// "Ак-Суу Банктан", "ОсОО Асель Строй", "Нурлан Трейд ЖЧК"), with it; not when a
/// capitalized word other than a company form stands before that word ("Сыдыков Бакыт
/// Банктан": a person's name may end there).
fn company_names(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    const TRADE_WORDS: &[&str] = &[
        "банк",
        "строй",
        "сервис",
        "трейд",
        "тревел",
        "телеком",
        "холдинг",
        "инвест",
        "электроник",
        "моторс",
        "маркет",
    ];
    let capitalized = |t: &Token| t.is_word() && text[t.start..].starts_with(crate::text::is_upper);
    let mut out = Vec::new();
    for k in 1..tokens.len() {
        let (name, trade) = (&tokens[k - 1], &tokens[k]);
        let glued = capitalized(trade)
            && TRADE_WORDS.iter().any(|w| trade.norm.starts_with(w))
            && capitalized(name)
            && only_space_between(text, name.end, trade.start);
        if !glued {
            continue;
        }
        let after_a_name = k >= 2 && {
            let before = &tokens[k - 2];
            let raw = &text[before.start..before.end];
            capitalized(before)
                && !crate::text::is_all_caps(raw)
                && before.norm != "осоо"
                && only_space_between(text, before.end, name.start)
        };
        if !after_a_name {
            out.push((name.start, trade.end));
        }
    }
    out
}

/// Sorted, non-overlapping candidates: at one start the longest wins; an overlapping later
/// candidate extends the earlier one rather than leaving its tail unmasked.
/// Overlapping candidates become one span; so do two mentions of the same person with
/// only spaces between them ("Айнисахан" + "Турсунова"): one name, one pseudonym.
fn merge(text: &str, mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(b.confidence.total_cmp(&a.confidence))
    });
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        match out.last_mut() {
            Some(last)
                if c.start < last.end
                    || c.category == Category::Name
                        && last.category == Category::Name
                        && c.entity == last.entity
                        && c.start - last.end <= 2
                        && text[last.end..c.start].chars().all(|ch| ch == ' ') =>
            {
                if c.end > last.end {
                    last.end = c.end;
                }
                last.review |= c.review;
            }
            _ => out.push(c),
        }
    }
    out
}

/// The safety net: any word left unmasked that is a form of a masked person's surname
/// (any case, any capitalization, inside a hyphenated word) is masked too, and the act is
/// sent to review because the grammar missed it. A quoted organization name is left alone
/// even when it contains the surname (ОсОО «Асанов и К»): the company is not the person.
fn leak_check(
    text: &str,
    tokens: &[Token],
    spans: &[Candidate],
    finder: &NameFinder<'_>,
    masked_persons: &[bool],
    quoted: &[(usize, usize)],
) -> Vec<Candidate> {
    let keys: Vec<(usize, &str)> = finder
        .persons
        .iter()
        .enumerate()
        .filter(|(i, _)| masked_persons[*i])
        .filter_map(|(i, p)| p.surname.as_deref().map(|s| (i, s)))
        .filter(|(_, s)| !s.contains(' ') && s.chars().count() >= 4)
        .collect();
    if keys.is_empty() {
        return Vec::new();
    }
    // A kept person's mention right after an official's title ("төрагасы К.Т. Асанов",
    // "при секретаре судебного заседания Асановой Б.") stays even when a masked relative
    // shares the surname. Other kept mentions are still checked: the grammar may have cut
    // a party's name off a title's list.
    let titled = |start: usize| {
        let before = tokens.partition_point(|t| t.start < start);
        tokens[..before]
            .iter()
            .rev()
            .find(|t| {
                !matches!(t.kind, crate::text::TokenKind::Punct(':' | ','))
                    && !matches!(t.norm.as_str(), "судебного" | "заседания")
            })
            .filter(|t| t.is_word())
            .and_then(|t| crate::lexicon::role_cue(&t.norm))
            .is_some_and(|crate::lexicon::Cue::Role(r)| r.is_official())
    };
    let kept: Vec<(usize, usize)> = finder
        .mentions
        .iter()
        .filter(|m| !masked_persons[m.person] && titled(m.start))
        .map(|m| (m.start, m.end))
        .collect();
    let mut out = Vec::new();
    let mut span_idx = 0;
    let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word()).collect();
    for (w, t) in words.iter().enumerate() {
        // Only capitalized forms: a lowercase word is a common word ("сельской"), and a
        // name part inside a hyphenated word is capitalized ("КР-Асановой"). Asked first:
        // it rules out most words at once.
        let raw = &text[t.start..t.end];
        if !may_have_capitalized_part(raw) {
            continue;
        }
        let capitalized_parts: Vec<usize> = raw
            .split(|c: char| c == '-' || crate::text::is_dash(c))
            .enumerate()
            .filter(|(_, part)| part.starts_with(crate::text::is_upper))
            .map(|(i, _)| i)
            .collect();
        if capitalized_parts.is_empty() {
            continue;
        }
        // "Асанов көчөсүн", "Асанова району": a street or a place named after a person.
        let after_street_word = w > 0
            && matches!(
                words[w - 1].norm.as_str(),
                "ул" | "улица"
                    | "улицы"
                    | "улице"
                    | "улицу"
                    | "пр"
                    | "проспект"
                    | "проспекта"
                    | "бульвар"
                    | "переулок"
                    | "мкр"
                    | "им"
            );
        if kept.iter().any(|&(s, e)| s <= t.start && t.end <= e) {
            continue;
        }
        if after_street_word
            || words
                .get(w + 1)
                .is_some_and(|n| crate::names::is_institution_word(&n.norm))
        {
            continue;
        }
        while span_idx < spans.len() && spans[span_idx].end <= t.start {
            span_idx += 1;
        }
        if spans.get(span_idx).is_some_and(|s| s.start < t.end)
            || quoted.iter().any(|&(s, e)| s <= t.start && t.end <= e)
        {
            continue;
        }
        let hit = t
            .norm
            .split('-')
            .enumerate()
            .filter(|(i, _)| capitalized_parts.contains(i))
            .find_map(|(_, part)| {
                let stems = key_stems(part);
                keys.iter().find(|(_, k)| stems.iter().any(|s| s == k))
            });
        if let Some(&(person, _)) = hit {
            out.push(Candidate {
                start: t.start,
                end: t.end,
                category: Category::Name,
                entity: Entity::Person(person),
                role: Some(finder.persons[person].role()),
                rule: "name.leak_check",
                confidence: 0.6,
                review: true,
            });
        }
    }
    out
}

/// False for a word of one part (no dash of any kind) that starts in lowercase: most
/// words of an act, which the leak check then skips without splitting them. The dashes
/// of [`crate::text::is_dash`] other than '-' start with the bytes 0xC2 or 0xE2.
fn may_have_capitalized_part(raw: &str) -> bool {
    raw.starts_with(crate::text::is_upper)
        || memchr::memchr3(b'-', 0xC2, 0xE2, raw.as_bytes()).is_some()
}

/// A pattern's hit as a candidate span, unless the policy keeps its category.
fn value_candidate(h: &Hit, policy: &crate::policy::Policy, text: &str) -> Option<Candidate> {
    let action = policy.category(h.category);
    (action != Action::Keep).then(|| Candidate {
        start: h.start,
        end: h.end,
        category: h.category,
        entity: Entity::Value(h.category, value_key(h.category, &text[h.start..h.end])),
        role: None,
        rule: h.rule,
        confidence: h.confidence,
        review: action == Action::Review,
    })
}

fn value_key(category: Category, surface: &str) -> String {
    match category {
        Category::Address | Category::BirthDate | Category::Email => {
            crate::text::lowercase(&surface.split_whitespace().collect::<Vec<_>>().join(" "))
        }
        _ => surface
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect(),
    }
}

fn finish(engine: &Engine, text: &str, spans: Vec<Candidate>, needs_review: bool) -> Masking {
    let policy = engine.policy();
    let mut numbers: HashMap<Entity, usize> = HashMap::new();
    let mut per_category: HashMap<Category, usize> = HashMap::new();
    let mut out_spans = Vec::with_capacity(spans.len());
    let mut masked = String::with_capacity(text.len());
    let mut cursor = 0;
    for c in spans {
        let n = *numbers.entry(c.entity.clone()).or_insert_with(|| {
            let counter = per_category.entry(c.category).or_insert(0);
            *counter += 1;
            *counter
        });
        let replacement = policy.pseudonym(c.category, n);
        masked.push_str(&text[cursor..c.start]);
        masked.push_str(&replacement);
        cursor = c.end;
        out_spans.push(Span {
            start: c.start,
            end: c.end,
            category: c.category,
            person_key: Some(format!("{}{n}", key_prefix(c.category))),
            role: c.role,
            rule: c.rule.to_string(),
            confidence: c.confidence,
            replacement,
        });
    }
    masked.push_str(&text[cursor..]);
    Masking {
        spans: out_spans,
        masked_text: masked,
        needs_review,
    }
}

pub(crate) fn key_prefix(category: Category) -> &'static str {
    match category {
        Category::Name => "P",
        Category::Pin => "PIN",
        Category::Passport => "PASS",
        Category::Phone => "TEL",
        Category::Email => "MAIL",
        Category::Plate => "PLATE",
        Category::Account => "ACC",
        Category::PropertyCode => "PROP",
        Category::BirthDate => "DOB",
        Category::Address => "ADDR",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_the_quick_check_skips_has_no_capitalized_part() {
        let dashes = [
            '-', '\u{00AD}', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}',
        ];
        for dash in dashes {
            assert!(crate::text::is_dash(dash));
            for word in [
                format!("кр{dash}Асановой"),
                format!("ак{dash}суу"),
                format!("{dash}Б"),
                "асанов".to_string(),
                "Асанов".to_string(),
                "ёлка".to_string(),
                "Ёлка".to_string(),
                "élan".to_string(),
            ] {
                let capitalized = word
                    .split(|c: char| c == '-' || crate::text::is_dash(c))
                    .any(|part| part.starts_with(char::is_uppercase));
                assert!(!capitalized || may_have_capitalized_part(&word), "{word}");
            }
        }
        assert!(!may_have_capitalized_part("асанова"));
        assert!(may_have_capitalized_part("кр-Асановой"));
    }
}
