//! Home addresses by their grammar: region, district, aiyl okmotu, settlement, street,
//! house and flat, in Russian and Kyrgyz, chained by commas.
//!
//! A chain is a private home address when a residence cue precedes it ("проживающего по
//! адресу", "жашаган", "зарегистрированной") or when it goes down to a street with a house
//! or a flat. A city or region on its own (where the court sits, where a crime happened)
//! is not an address and stays.

use crate::patterns::{Hit, floor, re};
use courtpub_domain::Category;
use regex::Regex;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Region,
    District,
    Okmotu,
    Settlement,
    Street,
    House,
    Flat,
}

pub struct AddressGrammar {
    components: Vec<(Regex, Level)>,
    bare_house: Regex,
    residence_cue: Regex,
    residence_cue_after: Regex,
    address_cue: Regex,
    organization_cue: Regex,
}

impl Default for AddressGrammar {
    fn default() -> Self {
        Self::new()
    }
}

const NAME: &str = r"[А-ЯЁӨҮҢA-Z0-9][\w\-\u{00AD}]*(?:[ \u{00A0}][А-ЯЁӨҮҢ][\w\-\u{00AD}]*){0,2}";
const NAME1: &str = r"[А-ЯЁӨҮҢ][\w\-\u{00AD}]*(?:[\-\u{00AD}][А-ЯЁӨҮҢ][\w]*)?";
const NUM: &str = r"№?\s?\d+[а-яА-Яa-zA-Z]?(?:/\d+)?";

impl AddressGrammar {
    pub fn new() -> Self {
        let components = vec![
            (
                re(&format!(
                    r"{NAME1}\s+(?:област[ьиюе]|обл\.|облусу\w*|облусунун)"
                )),
                Level::Region,
            ),
            (
                re(&format!(
                    r"{NAME1}\s+(?:район\w*|р-н\w*|р-на|району\w*|районунун)"
                )),
                Level::District,
            ),
            (
                re(&format!(
                    r"{NAME1}\s+(?:айыл(?:ный|дык)?\s+окмоту\w*|а/о|айыл\s+аймаг\w*)"
                )),
                Level::Okmotu,
            ),
            (
                re(&format!(
                    r"(?:(?:с\.|село|селе|села|пгт\.?|п\.|пос\.|поселк\w*|поселок|г\.|город[еау]?|гор\.|ш\.)\s?{NAME1})"
                )),
                Level::Settlement,
            ),
            (
                re(&format!(r"{NAME1}\s+(?:айыл[ыд]\w*|шаар[ыд]\w*|кыштаг\w*)")),
                Level::Settlement,
            ),
            (
                re(&format!(
                    r"(?:(?:ул\.|улица|улице|улицы|пр\.|пр-т\.?|проспект\w*|пер\.|переул\w*|бул\.|бульвар\w*|ж/м|жилмассив\w*|ж\.м\.|мкр\.?|микрорайон\w*|м-н|кв-л|квартал\w*)\s?(?:{NAME}|\d+))"
                )),
                Level::Street,
            ),
            (
                re(&format!(
                    r"{NAME}\s+(?:көчөсү\w*|көч\.|проспектиси\w*|кичи\s?району\w*|кичирайону\w*|конушу\w*|тыгырыгы\w*|массиви\w*)"
                )),
                Level::Street,
            ),
            (
                re(&format!(r"(?:(?:д\.|дом[ау]?|үй|уй)\s?{NUM})")),
                Level::House,
            ),
            (
                re(r"\d+[а-я]?(?:/\d+)?\s?[-\u{00AD}]?\s?(?:үй\w*)"),
                Level::House,
            ),
            (
                re(&format!(r"(?:(?:кв\.|квартир[аеуы]|батир\w*)\s?{NUM})")),
                Level::Flat,
            ),
            (re(r"\d+\s?[-\u{00AD}]?\s?(?:батир\w*)"), Level::Flat),
        ];
        Self {
            components,
            bare_house: re(r"^[ ,\u{00A0}]*\d+[а-я]?(?:[/\-]\d+)?"),
            residence_cue: re(
                r"(?i)(?:прожива\w*|зарегистрир\w*|жительств\w*|жаша\w*|турган\w*|катталган\w*|место\s+проживания)[^.;]{0,40}$",
            ),
            residence_cue_after: re(
                r"^[^.;]{0,12}(?:дарегинде|дарегиндеги|жашаган\w*|жашайт|катталган\w*)",
            ),
            address_cue: re(r"(?i)(?:адрес\w*|дарег\w*|дарек\w*)[^.;]{0,20}$"),
            organization_cue: re(
                r"(?i)(?:располож\w*|находящ\w*|юридическ\w*|местонахожд\w*|суд\w*|сот\w*|офис\w*|организац\w*|канцеляр\w*|ОсОО|ООО|ОАО|АО)[^.;]{0,60}$",
            ),
        }
    }

    /// Every street named in the text ("ул. Токтогула", "Манас проспектиси"), home or not:
    /// a street named after a person is never that person.
    pub fn streets(&self, text: &str) -> Vec<(usize, usize)> {
        self.components
            .iter()
            .filter(|(_, level)| *level == Level::Street)
            .flat_map(|(regex, _)| regex.find_iter(text).map(|m| (m.start(), m.end())))
            .collect()
    }

    /// Home-address spans in the text.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut parts: Vec<(usize, usize, Level)> = Vec::new();
        for (regex, level) in &self.components {
            for m in regex.find_iter(text) {
                // Word boundary checked by hand: Unicode `\b` would force the slow engine.
                if text[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                let mut end = m.end();
                if *level == Level::Street {
                    // "ул. Ленина, 5": a bare number after a street is the house.
                    if let Some(h) = self.bare_house.find(&text[end..]) {
                        let after = text[end + h.end()..].chars().next();
                        if !after.is_some_and(|c| c.is_ascii_digit() || c == '.') {
                            end += h.end();
                        }
                    }
                }
                parts.push((m.start(), end, *level));
            }
        }
        parts.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));

        let mut hits = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            let (start, mut end, level) = parts[i];
            let mut levels = vec![level];
            let mut j = i + 1;
            while j < parts.len() {
                let (s, e, l) = parts[j];
                if s < end {
                    end = end.max(e);
                    levels.push(l);
                    j += 1;
                    continue;
                }
                let gap = &text[end..s];
                if gap.len() <= 4
                    && gap
                        .chars()
                        .all(|c| c == ',' || c.is_whitespace() || c == ';')
                {
                    end = e;
                    levels.push(l);
                    j += 1;
                } else {
                    break;
                }
            }
            if let Some(confidence) = self.home_confidence(text, start, end, &levels) {
                hits.push(Hit {
                    start,
                    end,
                    category: Category::Address,
                    rule: "address.chain",
                    confidence,
                });
            }
            i = j;
        }
        hits
    }

    fn home_confidence(
        &self,
        text: &str,
        start: usize,
        end: usize,
        levels: &[Level],
    ) -> Option<f32> {
        let before = &text[floor(text, start.saturating_sub(120))..start];
        let after = &text[end..floor(text, (end + 80).min(text.len()))];
        if self.residence_cue_after.is_match(after) {
            return Some(0.95);
        }
        let fine = levels.iter().any(|l| *l >= Level::Street);
        let dwelling = levels
            .iter()
            .any(|l| matches!(l, Level::House | Level::Flat));
        if self.residence_cue.is_match(before) {
            return Some(0.95);
        }
        let organization = self.organization_cue.is_match(before);
        if self.address_cue.is_match(before)
            && !organization
            && (fine || levels.contains(&Level::Settlement))
        {
            return Some(0.85);
        }
        if levels.contains(&Level::Flat) {
            return Some(0.9);
        }
        if fine && dwelling && !organization {
            return Some(0.7);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        AddressGrammar::new()
            .find(text)
            .into_iter()
            .map(|h| &text[h.start..h.end])
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $text:expr => [$($surface:expr),*];)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(found($text), vec![$($surface),*] as Vec<&str>, "{}", $text);
            }
        )*};
    }

    t! {
        full_ru: "проживающего по адресу: Чуйская область, Сокулукский район, с. Жаңы-Жер, ул. Садовая, д. 14." =>
            ["Чуйская область, Сокулукский район, с. Жаңы-Жер, ул. Садовая, д. 14"];
        city_street_flat: "зарегистрированной по адресу г. Бишкек, мкр. Джал, д. 5, кв. 12, ранее" =>
            ["г. Бишкек, мкр. Джал, д. 5, кв. 12"];
        bare_house_number: "проживает: г.Ош, ул. Ленина, 45 и" => ["г.Ош, ул. Ленина, 45"];
        kyrgyz: "Ош шаары, Масалиев көчөсү, 12-үй, 4-батир дарегинде жашаган" =>
            ["Ош шаары, Масалиев көчөсү, 12-үй, 4-батир"];
        city_alone_is_a_place: "8 января 2013 года город Бишкек" => [];
        court_street_without_house_kept: "Первомайский районный суд, ул. Токтогула" => [];
        organization_address_kept: "ОсОО «Ала-Тоо», расположенное по адресу: г. Бишкек, ул. Киевская, 96" => [];
    }
}
