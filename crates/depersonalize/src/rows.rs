//! What stands beside a private person's name: in apposition ("Шахин Ахмет, 10.04.1969;"),
//! at the end of a list item ("1. Асанов Бакыт Жумабекович, 12.03.1985") or in the other
//! cells of the person's table row ("Асанов Б.Ж. | 12.03.1985 | г. Ош, ул. Садовая, 7").
//!
//! Runs after the name grammar, on the mentions of the persons the policy masks (officials
//! keep their dates and their offices' addresses). A date beside a full name is the
//! person's birth date when it is before the act's date and nothing marks it as the time
//! of an event (see [`Patterns::date_beside_a_name`]); a row's cell that the address
//! grammar reads as a street, house or flat is the person's home address.

use crate::address::AddressGrammar;
use crate::patterns::{ActLayout, Hit, Patterns, parse_date};
use courtpub_domain::Category;

/// Birth dates and home addresses beside the given name mentions (sorted by start);
/// `undecided` are the street addresses the address grammar left undecided (sorted).
pub(crate) fn beside_names(
    patterns: &Patterns,
    addresses: &AddressGrammar,
    text: &str,
    names: &[(usize, usize)],
    undecided: &[(usize, usize)],
    layout: &ActLayout,
) -> Vec<Hit> {
    let mut hits = Vec::new();
    if names.is_empty() {
        return hits;
    }
    let act = layout.date;
    for &(s, e) in names {
        // "уулу Нурбек (12.03.2015-ж.)": a child is often named by the given name alone.
        if let Some((ds, de)) = patterns.bracketed_birth_date(text, e, act) {
            hits.push(birth(ds, de, "birth_date.bracket_after_name"));
        }
        if !full_name(&text[s..e]) {
            continue;
        }
        if let Some((ds, de)) = patterns.birth_date_after(text, e, act) {
            hits.push(birth(ds, de, "birth_date.beside_name"));
        }
        // "1. Асанов Бакыт Жумабекович, 12.03.1985 г.р., г. Бишкек, ул. Садовая, 14": an
        // address with a house number, set off by a comma after the name with only the
        // person's particulars between (not "… Ибраимов көчөсүн көздөй", a direction), or
        // in brackets right after the name ("Асанов Б.Ж. (г. Ош, ул. Садовая, 7)"), or
        // on a line below a name that stands alone on its line, as a table extracted one
        // cell per line gives it ("1\nАсанов Бакыт\n12.03.1985\nг. Ош, ул. Садовая, 7"),
        // with no other name between.
        let next = undecided.partition_point(|&(us, _)| us < e);
        if let Some(&(us, ue)) = undecided.get(next)
            && us - e <= 160
            && (text[e..us].contains(',')
                || text[e..us].trim() == "("
                || text[e..us].contains('\n')
                    && alone_on_its_line(text, s, e)
                    && !names.iter().any(|&(ns, _)| e < ns && ns < us))
            && text[us..ue].chars().any(|c| c.is_ascii_digit())
            && particulars_only(&text[e..us])
            && !addresses.names_an_organization(&text[e..us])
        {
            hits.push(Hit {
                start: us,
                end: ue,
                category: Category::Address,
                rule: "address.beside_name",
                confidence: 0.8,
            });
        }
    }

    // Table rows: the header row (cells without digits) names what each column holds.
    let mut header: Option<Vec<String>> = None;
    for (_, row) in &layout.rows {
        let Some(cells) = row else {
            header = None;
            continue;
        };
        let texts: Vec<&str> = cells
            .iter()
            .map(|&(cs, ce)| trim_cell(&text[cs..ce]))
            .collect();
        if texts
            .iter()
            .all(|c| !c.chars().any(|ch| ch.is_ascii_digit()))
        {
            header = Some(texts.iter().map(|c| c.to_lowercase()).collect());
            continue;
        }
        let named = cells.iter().position(|&(cs, ce)| {
            names
                .iter()
                .any(|&(s, e)| cs <= s && e <= ce && full_name(&text[s..e]))
        });
        let Some(named) = named else {
            continue;
        };
        let column = |i: usize| header.as_ref().and_then(|h| h.get(i)).map(String::as_str);
        let mut dated = false;
        for (i, &(cs, ce)) in cells.iter().enumerate() {
            if i == named {
                continue;
            }
            let cell = &text[cs..ce];
            let trimmed = trim_cell(cell);
            let lead = cell.len() - cell.trim_start_matches(is_cell_edge).len();
            let (ts, te) = (cs + lead, cs + lead + trimmed.len());
            if let Some((ds, de)) = patterns.cell_date(&text[ts..te]) {
                // A year alone ("1985 г.") must be before the act's year.
                let date = &text[ts + ds..ts + de];
                let value = match date.parse::<u32>() {
                    Ok(year) => {
                        Some(year * 10000 + 101).filter(|_| act.is_none_or(|a| year < a / 10000))
                    }
                    Err(_) => parse_date(date),
                };
                // A year of birth lies between 1900 and 2099 ("5000" is an amount), before
                // the act's date where the act gives one.
                let plausible = value.is_some_and(|v| (1900..2100).contains(&(v / 10000)))
                    && value.zip(act).is_none_or(|(v, a)| v < a);
                let other_date =
                    column(i).is_some_and(|h| names_another_date(h) || names_an_amount(h));
                if !dated && plausible && !other_date {
                    dated = true;
                    hits.push(birth(ts + ds, ts + de, "birth_date.party_row"));
                }
                continue;
            }
            if column(i).is_some_and(names_an_organization)
                || !addresses.cell_address(&text[ts..te])
            {
                continue;
            }
            hits.push(Hit {
                start: ts,
                end: te,
                category: Category::Address,
                rule: "address.party_row",
                confidence: 0.85,
            });
        }
    }
    hits
}

/// A cell's text without the spaces around it, nor a separator left at the end of a row
/// whose last cell is empty ("Асанов Б.Ж. | 12.03.1985 |").
fn trim_cell(cell: &str) -> &str {
    cell.trim_matches(is_cell_edge)
}

fn is_cell_edge(c: char) -> bool {
    c.is_whitespace() || c == '|'
}

fn birth(start: usize, end: usize, rule: &'static str) -> Hit {
    Hit {
        start,
        end,
        category: Category::BirthDate,
        rule,
        confidence: 0.9,
    }
}

/// What may stand between a person's name and the person's address in apposition: commas,
/// numbers and dates, the words of a birth date, a citizenship, a birthplace or an
/// identifier, and capitalized names (a birthplace, "КР"). Any other word (a verb, "возле",
/// "магазина") or a clause end means the address is not the person's.
fn particulars_only(between: &str) -> bool {
    const WORDS: &[&str] = &[
        "г",
        "р",
        "гр",
        "года",
        "год",
        "рождения",
        "туулган",
        "ж",
        "т",
        "жылы",
        "жылдын",
        "гражданин",
        "гражданка",
        "гражданина",
        "гражданки",
        "жараны",
        "жаран",
        "республики",
        "республикасынын",
        "кыргызской",
        "уроженец",
        "уроженка",
        "уроженца",
        "уроженки",
        "туулган",
        "жери",
        "пин",
        "жин",
        "инн",
        "паспорт",
        "паспорту",
        "серии",
        "сериясы",
        "номер",
        "номери",
        "выдан",
        "берилген",
        "и",
        "жана",
        "с",
        "ш",
        "шаары",
    ];
    if between.contains([';', '\u{2014}']) || between.contains("\n\n") {
        return false;
    }
    // A full stop after a word (or right after the name) ends the sentence; the dots of
    // "г.р." and "г." do not.
    let chars: Vec<char> = between.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let spaced = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        let word = chars[..i]
            .iter()
            .rev()
            .take_while(|p| crate::text::is_letter(**p))
            .count();
        if c == '.' && spaced && (i == 0 || word >= 3) {
            return false;
        }
    }
    between
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\u{00AD}'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                || w.chars().next().is_some_and(char::is_uppercase)
                || WORDS.contains(&crate::text::lowercase(w).as_str())
        })
}

/// The name fills its line: nothing but spaces after it, nothing but spaces or a list
/// number ("1.", "2)") before it.
fn alone_on_its_line(text: &str, start: usize, end: usize) -> bool {
    let head = &text[text[..start].rfind('\n').map_or(0, |i| i + 1)..start];
    let tail = &text[end..text[end..].find('\n').map_or(text.len(), |i| end + i)];
    tail.trim().is_empty()
        && head
            .trim()
            .trim_end_matches(['.', ')'])
            .chars()
            .all(|c| c.is_ascii_digit())
}

/// A name with a second word or initials ("Шахин Ахмет", "Асанов Б.Ж.", "Асан уулу
/// Бакыт"), not a surname alone.
fn full_name(mention: &str) -> bool {
    mention.split_whitespace().count() >= 2
        || mention.chars().filter(|&c| c == '.').count() >= 1
            && mention.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// A column header naming a date other than a birth date ("Дата договора", "Число
/// заседания", "Мөөнөтү").
fn names_another_date(header: &str) -> bool {
    let birth = header.contains("рожд") || header.contains("туулган") || header.contains("г.р");
    !birth
        && ["дат", "число", "срок", "период", "күнү", "мөөнөт", "год"]
            .iter()
            .any(|w| header.contains(w))
}

/// A column header naming an amount or a share ("Сумма", "Размер", "Доля", "Суммасы").
fn names_an_amount(header: &str) -> bool {
    [
        "сумм",
        "размер",
        "дол",
        "сом",
        "стоимост",
        "наркы",
        "өлчөм",
        "үлүш",
    ]
    .iter()
    .any(|w| header.contains(w))
}

/// A column header naming a workplace or an organization ("Место работы", "Иш орду").
fn names_an_organization(header: &str) -> bool {
    ["работ", "организац", "иш орд", "суд", "орган"]
        .iter()
        .any(|w| header.contains(w))
}
