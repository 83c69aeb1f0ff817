//! Name, place and allow-list dictionaries, loaded once and shared read-only.
//!
//! Files are plain UTF-8, one entry per line, `#` starts a comment, TAB separates fields;
//! only the first field is used here. Every entry is stored under the stem that all its
//! case forms share (see [`crate::morph`]), so one lookup finds "Асановдун" from "Асанов".

use crate::Error;
use crate::morph::{candidate_stems, entry_stem, strip_russian};
use crate::text::normalize_word;
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::Path;

/// The dictionary files the engine needs, by role.
pub const FILES: [&str; 6] = [
    "first_names.txt",
    "surnames.txt",
    "patronymics.txt",
    "places.txt",
    "streets.txt",
    "allow_words.txt",
];

/// Which dictionaries hold a stem: one bit per dictionary, so one hash lookup per
/// candidate stem answers every dictionary at once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Bits(u8);

impl Bits {
    const FIRST_NAME: u8 = 1;
    const SURNAME: u8 = 1 << 1;
    const PATRONYMIC: u8 = 1 << 2;
    const PLACE: u8 = 1 << 3;
    const STREET: u8 = 1 << 4;
    const ALLOW: u8 = 1 << 5;
    /// The key followed by "а" is a place ("Талас" for "Таласа"): a place adjective's base.
    const PLACE_BEFORE_A: u8 = 1 << 6;

    fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

/// The dictionaries a word belongs to, from one reading of its candidate stems.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClasses {
    pub first_name: bool,
    pub surname: bool,
    pub patronymic: bool,
    pub place: bool,
    pub street: bool,
    pub allow_word: bool,
}

#[derive(Default)]
pub struct Dictionaries {
    /// Every stored stem with the dictionaries that hold it.
    stems: FxHashMap<Box<str>, Bits>,
    /// Entries per dictionary (for `Debug`).
    sizes: [usize; 6],
}

impl std::fmt::Debug for Dictionaries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [
            first_names,
            surnames,
            patronymics,
            places,
            streets,
            allow_words,
        ] = self.sizes;
        f.debug_struct("Dictionaries")
            .field("first_names", &first_names)
            .field("surnames", &surnames)
            .field("patronymics", &patronymics)
            .field("places", &places)
            .field("streets", &streets)
            .field("allow_words", &allow_words)
            .finish()
    }
}

fn entries(source: &str) -> impl Iterator<Item = String> + '_ {
    source
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalize_word)
}

fn stems(source: &str) -> FxHashSet<String> {
    let mut set = FxHashSet::default();
    for e in entries(source) {
        set.insert(entry_stem(&e));
        set.insert(e);
    }
    set
}

/// Places are often written with their kind ("Первомайский район", "Бишкек шаары"): the
/// capitalized words of an entry are places too.
fn place_stems(source: &str) -> FxHashSet<String> {
    let mut set = stems(source);
    for line in source.lines().filter(|l| !l.starts_with('#')) {
        let name = line.split('\t').next().unwrap_or("");
        for word in name
            .split_whitespace()
            .filter(|w| crate::text::is_capitalized(w))
        {
            let norm = normalize_word(word);
            set.insert(entry_stem(&norm));
            set.insert(norm);
        }
    }
    set
}

impl Dictionaries {
    /// Reads the files of [`FILES`] from a directory.
    pub fn load_dir(dir: &Path) -> Result<Self, Error> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| Error::Dictionary {
                path: path.display().to_string(),
                source,
            })
        };
        Ok(Self::from_sources(&Sources {
            first_names: &read(FILES[0])?,
            surnames: &read(FILES[1])?,
            patronymics: &read(FILES[2])?,
            places: &read(FILES[3])?,
            streets: &read(FILES[4])?,
            allow_words: &read(FILES[5])?,
        }))
    }

    /// Builds the dictionaries from file contents (used by tests and embedders).
    pub fn from_sources(src: &Sources<'_>) -> Self {
        let sets = [
            (stems(src.first_names), Bits::FIRST_NAME),
            (stems(src.surnames), Bits::SURNAME),
            (stems(src.patronymics), Bits::PATRONYMIC),
            (place_stems(src.places), Bits::PLACE),
            (stems(src.streets), Bits::STREET),
            (stems(src.allow_words), Bits::ALLOW),
        ];
        let mut out = Self::default();
        out.stems
            .reserve(sets.iter().map(|(set, _)| set.len()).sum());
        for (i, (set, bit)) in sets.into_iter().enumerate() {
            out.sizes[i] = set.len();
            for stem in set {
                if bit == Bits::PLACE
                    && let Some(base) = stem.strip_suffix('а')
                {
                    out.stems.entry(base.into()).or_default().0 |= Bits::PLACE_BEFORE_A;
                }
                out.stems.entry(stem.into_boxed_str()).or_default().0 |= bit;
            }
        }
        out
    }

    /// Adds one entry (in any case form) to a dictionary: what staff promoted from a
    /// correction, kept in the registry and added at start-up.
    pub fn add(&mut self, list: courtpub_domain::DictionaryList, entry: &str) {
        use courtpub_domain::DictionaryList as L;
        let (i, bit) = match list {
            L::FirstNames => (0, Bits::FIRST_NAME),
            L::Surnames => (1, Bits::SURNAME),
            L::AllowWords => (5, Bits::ALLOW),
        };
        let norm = normalize_word(entry.trim());
        if norm.is_empty() {
            return;
        }
        for stem in [entry_stem(&norm), norm] {
            self.stems.entry(stem.into_boxed_str()).or_default().0 |= bit;
        }
        self.sizes[i] += 1;
    }

    fn bits(&self, stem: &str) -> Bits {
        self.stems.get(stem).copied().unwrap_or_default()
    }

    /// Every dictionary a word belongs to, in any case form.
    pub fn classes(&self, norm: &str) -> WordClasses {
        self.classes_of(&candidate_stems(norm))
    }

    /// [`Self::classes`] for the candidate stems of a word, already computed.
    pub fn classes_of(&self, stems: &[&str]) -> WordClasses {
        let mut bits = 0;
        for stem in stems {
            bits |= self.bits(stem).0;
        }
        let bits = Bits(bits);
        WordClasses {
            first_name: bits.has(Bits::FIRST_NAME),
            surname: bits.has(Bits::SURNAME),
            patronymic: bits.has(Bits::PATRONYMIC),
            place: bits.has(Bits::PLACE) || self.is_place_adjective(stems),
            street: bits.has(Bits::STREET),
            allow_word: bits.has(Bits::ALLOW),
        }
    }

    /// An adjective made from a place ("Таласский" from Талас, "Кара-Балтинский").
    fn is_place_adjective(&self, stems: &[&str]) -> bool {
        stems.iter().any(|stem| {
            ["инск", "ынск", "енск", "ск"].iter().any(|suffix| {
                stem.strip_suffix(suffix).is_some_and(|base| {
                    base.chars().nth(2).is_some()
                        && (self.bits(base).has(Bits::PLACE)
                            || self.bits(base).has(Bits::PLACE_BEFORE_A)
                            || self.bits(strip_russian(base)).has(Bits::PLACE))
                })
            })
        })
    }

    pub fn is_first_name(&self, norm: &str) -> bool {
        self.classes(norm).first_name
    }

    pub fn is_surname(&self, norm: &str) -> bool {
        self.classes(norm).surname
    }

    pub fn is_patronymic(&self, norm: &str) -> bool {
        self.classes(norm).patronymic
    }

    /// A place, or an adjective made from one ("Таласский" from Талас, "Кара-Балтинский").
    pub fn is_place(&self, norm: &str) -> bool {
        self.classes(norm).place
    }

    pub fn is_street(&self, norm: &str) -> bool {
        self.classes(norm).street
    }

    /// A common word that coincides with a name ("надежда", "роза"): never a name alone.
    pub fn is_allow_word(&self, norm: &str) -> bool {
        self.classes(norm).allow_word
    }
}

/// The contents of the dictionary files.
pub struct Sources<'a> {
    pub first_names: &'a str,
    pub surnames: &'a str,
    pub patronymics: &'a str,
    pub places: &'a str,
    pub streets: &'a str,
    pub allow_words: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use courtpub_domain::DictionaryList;

    #[test]
    fn added_entries_are_found_in_any_case_form() {
        let mut d = Dictionaries::default();
        assert!(!d.is_surname("сыдыковой"));
        d.add(DictionaryList::Surnames, "Сыдыкова");
        d.add(DictionaryList::AllowWords, " Роза ");
        d.add(DictionaryList::FirstNames, "  ");
        for form in ["сыдыкова", "сыдыковой", "сыдыков"] {
            assert!(d.is_surname(form), "{form}");
        }
        assert!(d.is_allow_word("розы"));
        assert!(!d.is_first_name("роза"));
        assert_eq!(format!("{d:?}").matches(": 1").count(), 2, "{d:?}");
    }
}
