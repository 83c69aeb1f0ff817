//! Name, place and allow-list dictionaries, loaded once and shared read-only.
//!
//! Files are plain UTF-8, one entry per line, `#` starts a comment, TAB separates fields;
//! only the first field is used here. Every entry is stored under the stem that all its
//! case forms share (see [`crate::morph`]), so one lookup finds "Асановдун" from "Асанов".

use crate::Error;
use crate::morph::{candidate_stems, entry_stem};
use crate::text::normalize_word;
use std::collections::HashSet;
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

#[derive(Default)]
pub struct Dictionaries {
    first_names: HashSet<String>,
    surnames: HashSet<String>,
    patronymics: HashSet<String>,
    places: HashSet<String>,
    streets: HashSet<String>,
    allow_words: HashSet<String>,
}

impl std::fmt::Debug for Dictionaries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionaries")
            .field("first_names", &self.first_names.len())
            .field("surnames", &self.surnames.len())
            .field("patronymics", &self.patronymics.len())
            .field("places", &self.places.len())
            .field("streets", &self.streets.len())
            .field("allow_words", &self.allow_words.len())
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

fn stems(source: &str) -> HashSet<String> {
    let mut set = HashSet::new();
    for e in entries(source) {
        set.insert(entry_stem(&e));
        set.insert(e);
    }
    set
}

/// Places are often written with their kind ("Первомайский район", "Бишкек шаары"): the
/// capitalized words of an entry are places too.
fn place_stems(source: &str) -> HashSet<String> {
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
        Self {
            first_names: stems(src.first_names),
            surnames: stems(src.surnames),
            patronymics: stems(src.patronymics),
            places: place_stems(src.places),
            streets: stems(src.streets),
            allow_words: stems(src.allow_words),
        }
    }

    fn hit(set: &HashSet<String>, norm: &str) -> bool {
        candidate_stems(norm).into_iter().any(|s| set.contains(s))
    }

    pub fn is_first_name(&self, norm: &str) -> bool {
        Self::hit(&self.first_names, norm)
    }

    pub fn is_surname(&self, norm: &str) -> bool {
        Self::hit(&self.surnames, norm)
    }

    pub fn is_patronymic(&self, norm: &str) -> bool {
        Self::hit(&self.patronymics, norm)
    }

    /// A place, or an adjective made from one ("Таласский" from Талас, "Кара-Балтинский").
    pub fn is_place(&self, norm: &str) -> bool {
        if Self::hit(&self.places, norm) {
            return true;
        }
        candidate_stems(norm).into_iter().any(|stem| {
            ["инск", "ынск", "енск", "ск"].iter().any(|suffix| {
                stem.strip_suffix(suffix).is_some_and(|base| {
                    base.chars().count() >= 3
                        && (self.places.contains(base)
                            || self.places.contains(&format!("{base}а"))
                            || self.places.contains(&entry_stem(base)))
                })
            })
        })
    }

    pub fn is_street(&self, norm: &str) -> bool {
        Self::hit(&self.streets, norm)
    }

    /// A common word that coincides with a name ("надежда", "роза"): never a name alone.
    pub fn is_allow_word(&self, norm: &str) -> bool {
        Self::hit(&self.allow_words, norm)
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
