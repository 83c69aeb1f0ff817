//! Morphology of personal names: reduce any case form of a surname, first name or
//! patronymic to a stem that all its forms share.
//!
//! Russian declension changes the ending (Асанов, Асанова, Асановым, Асановой); Kyrgyz
//! attaches case suffixes after the whole name (Асановдун, Асановго, Бекдылдаеванын,
//! Ритага). A word's candidate stems are: the word, the word without a Russian ending, the
//! word without a Kyrgyz suffix, and both removed. Dictionary entries are reduced the same
//! way, so a lookup of any candidate finds the entry in any of its forms.

use std::sync::LazyLock;

/// Russian noun/adjective endings of personal names, longest first.
const RU_ENDINGS: &[&str] = &[
    "ыми", "ими", "ого", "его", "ому", "ему", "ою", "ею", "ой", "ей", "ом", "ем", "ым", "им", "ых",
    "их", "ую", "юю", "ая", "яя", "ий", "ый", "ью", "а", "я", "у", "ю", "ы", "и", "е", "ь", "й",
];

/// Kyrgyz case and plural suffixes that attach to names, longest first. Vowel harmony gives
/// the variants; dative "на/не" is left out because it collides with Russian patronymics.
const KY_SUFFIXES: &[&str] = &[
    "лардын",
    "лердин",
    "дардын",
    "дердин",
    "лорго",
    "лардан",
    "нын",
    "нин",
    "нун",
    "нүн",
    "дын",
    "дин",
    "дун",
    "дүн",
    "тын",
    "тин",
    "тун",
    "түн",
    "дан",
    "ден",
    "дон",
    "дөн",
    "тан",
    "тен",
    "тон",
    "төн",
    "нан",
    "нен",
    "нон",
    "нөн",
    "нда",
    "нде",
    "лар",
    "лер",
    "лор",
    "лөр",
    "дар",
    "дер",
    "дор",
    "дөр",
    "тар",
    "тер",
    "тор",
    "төр",
    "га",
    "ге",
    "го",
    "гө",
    "ка",
    "ке",
    "ко",
    "кө",
    "ны",
    "ни",
    "ну",
    "нү",
    "ды",
    "ди",
    "ду",
    "дү",
    "ты",
    "ти",
    "ту",
    "тү",
    "да",
    "де",
    "до",
    "дө",
    "та",
    "те",
    "то",
    "тө",
];

const MIN_STEM_CHARS: usize = 3;

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// At least `n` characters, without counting them all.
fn has_chars(s: &str, n: usize) -> bool {
    n == 0 || s.chars().nth(n - 1).is_some()
}

/// Endings grouped by their last byte, each group in list order: the first ending of the
/// list that a word has is found among the few that end like the word.
struct ByLastByte {
    groups: Vec<Vec<&'static str>>,
}

impl ByLastByte {
    fn new(endings: &[&'static str]) -> Self {
        let mut groups = vec![Vec::new(); 256];
        for e in endings {
            if let Some(&last) = e.as_bytes().last() {
                groups[usize::from(last)].push(*e);
            }
        }
        Self { groups }
    }

    /// The endings of the list whose last byte is the word's (a superset of those it has).
    fn endings_like(&self, word: &str) -> &[&'static str] {
        word.as_bytes()
            .last()
            .map_or(&[], |&last| &self.groups[usize::from(last)])
    }

    /// The word without the first ending of the list (longest first) that leaves a stem of
    /// at least [`MIN_STEM_CHARS`]. This runs for every distinct word of every act.
    fn strip<'a>(&self, word: &'a str) -> Option<&'a str> {
        let last = *word.as_bytes().last()?;
        self.groups[usize::from(last)].iter().find_map(|e| {
            // The suffix starts at a char boundary: it is a whole string's bytes.
            let stem = strip_short_suffix(word, e)?;
            has_chars(stem, MIN_STEM_CHARS).then_some(stem)
        })
    }
}

/// `word.strip_suffix(suffix)` for a suffix of a few bytes, compared byte by byte: a call
/// to `memcmp` for each of the endings that every word is compared with cost more than
/// the comparison.
fn strip_short_suffix<'a>(word: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = word.len().checked_sub(suffix.len())?;
    let tail = &word.as_bytes()[cut..];
    // Equal bytes start with the suffix's first byte, a char's first: `cut` is a char
    // boundary of the word.
    (tail.iter().zip(suffix.as_bytes()).all(|(a, b)| a == b)).then(|| &word[..cut])
}

static RU_BY_LAST_BYTE: LazyLock<ByLastByte> = LazyLock::new(|| ByLastByte::new(RU_ENDINGS));
static KY_BY_LAST_BYTE: LazyLock<ByLastByte> = LazyLock::new(|| ByLastByte::new(KY_SUFFIXES));

/// The word without its Russian case ending, or the word itself.
pub fn strip_russian(word: &str) -> &str {
    RU_BY_LAST_BYTE.strip(word).unwrap_or(word)
}

/// The word without a Kyrgyz case suffix, if it has one; a plural suffix before the case
/// suffix goes too ("Асановдордун" → "асанов").
pub fn strip_kyrgyz(word: &str) -> Option<&str> {
    let stem = KY_BY_LAST_BYTE.strip(word)?;
    // Only after a case suffix: a plural alone was the suffix just stripped.
    if KY_PLURAL.iter().any(|p| word.ends_with(p)) {
        return Some(stem);
    }
    let without_plural = KY_PLURAL.iter().find_map(|p| {
        stem.strip_suffix(p)
            .filter(|s| has_chars(s, MIN_STEM_CHARS))
    });
    Some(without_plural.unwrap_or(stem))
}

/// Kyrgyz plural suffixes, which a case suffix may follow.
const KY_PLURAL: &[&str] = &[
    "лар", "лер", "лор", "лөр", "дар", "дер", "дор", "дөр", "тар", "тер", "тор", "төр",
];

/// The stem a dictionary entry is stored under (entries are in the nominative).
pub fn entry_stem(normalized: &str) -> String {
    strip_russian(normalized).to_string()
}

/// The candidate stems of a word: at most four slices of it, most literal first. Derefs to
/// a slice; built on the stack, since every word of an act gets one.
#[derive(Clone, Copy)]
pub struct Stems<'a> {
    items: [&'a str; 4],
    len: usize,
}

impl<'a> Stems<'a> {
    fn push(&mut self, stem: &'a str) {
        self.items[self.len] = stem;
        self.len += 1;
    }
}

impl<'a> std::ops::Deref for Stems<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.items[..self.len]
    }
}

impl<'a> IntoIterator for Stems<'a> {
    type Item = &'a str;
    type IntoIter = std::iter::Take<std::array::IntoIter<&'a str, 4>>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(self.len)
    }
}

impl std::fmt::Debug for Stems<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Candidate stems of a normalized word in any case form, most literal first.
pub fn candidate_stems(normalized: &str) -> Stems<'_> {
    let mut out = Stems {
        items: [normalized; 4],
        len: 1,
    };
    let ru = strip_russian(normalized);
    if ru != normalized {
        out.push(ru);
    }
    if let Some(ky) = strip_kyrgyz(normalized) {
        out.push(ky);
        let ky_ru = strip_russian(ky);
        if ky_ru != ky {
            out.push(ky_ru);
        }
    }
    out
}

/// Surname shapes that alone make a capitalized word a likely surname.
const SURNAME_STEM_ENDINGS: &[&str] = &[
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ский",
    "цкий",
    "ская",
    "цкая",
    "ск",
    "цк",
    "енко",
    "бек",
    "бай",
    "баев",
    "беков",
];

/// True when some candidate stem of the word has the shape of a surname
/// (Асанов*, Бекдылдаев*, Горшковск*, Шевченко).
pub fn has_surname_shape(normalized: &str) -> bool {
    stems_have_surname_shape(&candidate_stems(normalized))
}

/// [`has_surname_shape`] for stems already computed.
/// Every capitalized word of every act asks this: only the endings that end like the stem
/// are compared, and its chars are counted only when one of them may fit.
pub fn stems_have_surname_shape(stems: &[&str]) -> bool {
    static BY_LAST_BYTE: LazyLock<ByLastByte> =
        LazyLock::new(|| ByLastByte::new(SURNAME_STEM_ENDINGS));
    stems.iter().any(|stem| {
        let endings = BY_LAST_BYTE.endings_like(stem);
        if endings.is_empty() {
            return false;
        }
        let chars = char_len(stem);
        chars >= 4
            && endings
                .iter()
                .any(|e| stem.ends_with(e) && chars > char_len(e) + 1)
    })
}

/// Russian-style patronymics: Жумабекович(а, у, ем), Жумабековна(ы, е, ой), Ильинична.
pub fn is_patronymic(normalized: &str) -> bool {
    stems_are_patronymic(&candidate_stems(normalized))
}

/// [`is_patronymic`] for stems already computed.
pub fn stems_are_patronymic(stems: &[&str]) -> bool {
    const ENDS: &[&str] = &["ович", "евич", "ьич", "овна", "евна", "ична", "инична"];
    stems.iter().any(|stem| {
        has_chars(stem, 6)
            && (ENDS.iter().any(|e| stem.ends_with(e))
                || stem.ends_with("овн")
                || stem.ends_with("евн")
                || stem.ends_with("ичн"))
    })
}

/// A stem ending in a whole patronymic suffix in some case ("-ович", "-евна", "-овичу"…),
/// stricter than [`stems_are_patronymic`], which also takes the bare stem shape "-овн".
pub fn has_whole_patronymic_suffix(stems: &[&str]) -> bool {
    const ENDS: &[&str] = &[
        "ович",
        "евич",
        "овича",
        "евича",
        "овичу",
        "евичу",
        "овичем",
        "евичем",
        "овиче",
        "евиче",
        "овна",
        "евна",
        "овны",
        "евны",
        "овне",
        "евне",
        "овну",
        "евну",
        "овной",
        "евной",
    ];
    stems.iter().any(|s| ENDS.iter().any(|e| s.ends_with(e)))
}

/// Kyrgyz and Kazakh patronymic markers written as a separate word: "Жумабек уулу"; and
/// the Uzbek ones, «угли» (son of) and «кизи» (daughter of), also as Uzbek spells them
/// («ўғли», «қизи») and with a Kyrgyz case suffix ("Бахром углинин", "Акмал кизиге").
pub fn is_patronymic_marker(normalized: &str) -> bool {
    const UZBEK: &[&str] = &["угли", "кизи", "ўғли", "қизи"];
    const CASE: &[&str] = &["", ",", "нин", "ни", "ге", "де", "ден"];
    matches!(
        normalized,
        "уулу" | "кызы" | "улы" | "кызы-" | "оглы" | "кызынын" | "уулунун"
    ) || normalized.starts_with("уулу")
        || (normalized.starts_with("кызы") && normalized.len() <= "кызынын".len())
        || UZBEK.iter().any(|m| {
            normalized
                .strip_prefix(m)
                .is_some_and(|rest| CASE.contains(&rest))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_suffixes_strip_as_strip_suffix() {
        for word in ["", "а", "асанова", "асановдун", "ova", "ёлка", "аа"] {
            for suffix in [
                "",
                "а",
                "ова",
                "дун",
                "ва",
                "ka",
                "ёлка",
                "аасанова",
                "\u{430}",
            ] {
                assert_eq!(
                    strip_short_suffix(word, suffix),
                    word.strip_suffix(suffix),
                    "{word} {suffix}"
                );
            }
        }
    }

    macro_rules! stems_meet {
        ($($name:ident: $entry:expr, $form:expr;)*) => {$(
            #[test]
            fn $name() {
                let stem = entry_stem($entry);
                assert!(
                    candidate_stems($form).contains(&stem.as_str()),
                    "{} should reduce to the stem of {} ({stem}), got {:?}",
                    $form, $entry, candidate_stems($form)
                );
            }
        )*};
    }

    stems_meet! {
        ru_genitive: "асанов", "асанова";
        ru_dative: "асанов", "асанову";
        ru_instrumental: "асанов", "асановым";
        ru_prepositional: "асанов", "асанове";
        ru_feminine_genitive: "асанова", "асановой";
        ru_first_name: "бакыт", "бакытом";
        ru_patronymic: "жумабекович", "жумабековича";
        ru_patronymic_f: "жумабековна", "жумабековной";
        ru_adjective_surname: "горшковская", "горшковской";
        ru_ending_in_y: "хегай", "хегаем";
        ru_short: "ким", "кима";
        ky_genitive: "асанов", "асановдун";
        ky_dative: "шамурзаев", "шамурзаевге";
        ky_feminine_genitive: "бекдылдаева", "бекдылдаеванын";
        ky_first_name_dative: "рита", "ритага";
        ky_accusative: "асанов", "асановду";
        ky_ablative: "токтосунов", "токтосуновдон";
    }

    #[test]
    fn short_words_are_not_stripped_to_nothing() {
        assert_eq!(strip_russian("ким"), "ким");
        assert_eq!(strip_russian("ли"), "ли");
    }

    #[test]
    fn surname_shapes() {
        for w in [
            "асанов",
            "асановдун",
            "бекдылдаевой",
            "горшковская",
            "шевченко",
            "токтобек",
        ] {
            assert!(has_surname_shape(w), "{w}");
        }
        for w in ["суд", "решение", "республики", "закон"] {
            assert!(!has_surname_shape(w), "{w}");
        }
    }

    #[test]
    fn patronymics() {
        for w in [
            "жумабекович",
            "жумабековича",
            "алексеевны",
            "ильиничной",
            "октябрьевича",
        ] {
            assert!(is_patronymic(w), "{w}");
        }
        for w in ["асанов", "бакыт", "кирпич"] {
            assert!(!is_patronymic(w), "{w}");
        }
    }
}
