//! A staff correction of the masking, stored as intent so that it survives a re-run of the
//! engine: spans move when the text or the dictionaries change, "mask this person" does not.

use crate::span::Category;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a staff member asked for. `surface` is act text (restricted): a name as written,
/// an address, a number.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Correction {
    /// The engine missed it: mask every occurrence as `category`; for a name, every
    /// mention of that person in any case form, with one pseudonym.
    Mask { surface: String, category: Category },
    /// Not personal data to hide (an official, a namesake street…): keep every mention
    /// of the person one of whose mentions reads `surface`.
    Keep { surface: String },
    /// Over-masked text: drop the spans that read exactly `surface`.
    Remove { surface: String },
    /// Masked, but as the wrong category: spans that read `surface` become `category`.
    Recategorize { surface: String, category: Category },
}

/// The kind of a correction without its text, for statistics and the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionKind {
    Mask,
    Keep,
    Remove,
    Recategorize,
}

impl CorrectionKind {
    pub const ALL: [CorrectionKind; 4] = [Self::Mask, Self::Keep, Self::Remove, Self::Recategorize];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mask => "mask",
            Self::Keep => "keep",
            Self::Remove => "remove",
            Self::Recategorize => "recategorize",
        }
    }

    pub fn parse(s: &str) -> Option<CorrectionKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether it tells of a miss (the engine masked too little) rather than of
    /// over-masking or a wrong category.
    pub fn is_miss(self) -> bool {
        self == Self::Mask
    }
}

/// A dictionary of the engine that staff may add an entry to from a correction (admins
/// only): a word that looks like a name but is not, or a name the engine did not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DictionaryList {
    AllowWords,
    FirstNames,
    Surnames,
}

impl DictionaryList {
    pub const ALL: [DictionaryList; 3] = [Self::AllowWords, Self::FirstNames, Self::Surnames];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AllowWords => "allow_words",
            Self::FirstNames => "first_names",
            Self::Surnames => "surnames",
        }
    }

    pub fn parse(s: &str) -> Option<DictionaryList> {
        Self::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

impl Correction {
    pub fn kind(&self) -> CorrectionKind {
        match self {
            Self::Mask { .. } => CorrectionKind::Mask,
            Self::Keep { .. } => CorrectionKind::Keep,
            Self::Remove { .. } => CorrectionKind::Remove,
            Self::Recategorize { .. } => CorrectionKind::Recategorize,
        }
    }

    pub fn surface(&self) -> &str {
        match self {
            Self::Mask { surface, .. }
            | Self::Keep { surface }
            | Self::Remove { surface }
            | Self::Recategorize { surface, .. } => surface,
        }
    }

    /// The category it gives, for `Mask` and `Recategorize`.
    pub fn category(&self) -> Option<Category> {
        match self {
            Self::Mask { category, .. } | Self::Recategorize { category, .. } => Some(*category),
            Self::Keep { .. } | Self::Remove { .. } => None,
        }
    }
}

impl fmt::Debug for Correction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Correction")
            .field("kind", &self.kind())
            .field("category", &self.category())
            .field("surface_len", &self.surface().len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_surface() {
        let c = Correction::Mask {
            surface: "Тестов".into(),
            category: Category::Name,
        };
        let shown = format!("{c:?}");
        assert!(!shown.contains("Тестов"), "{shown}");
        assert!(shown.contains("surface_len"), "{shown}");
    }

    #[test]
    fn kinds_round_trip() {
        for k in CorrectionKind::ALL {
            assert_eq!(CorrectionKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(CorrectionKind::parse("delete"), None);
    }
}
