//! The masking policy: what to do per category and per role, when to ask for review, and
//! how pseudonyms look. Loaded from TOML (`config/policy.toml`); the default follows the
//! practice of publishing courts: mask all private persons and their identifiers, keep
//! officials acting in office.

use crate::Error;
use courtpub_domain::{Category, Role};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Replace with the pseudonym and publish.
    Mask,
    /// Leave as written.
    Keep,
    /// Mask, and hold the act for a human to confirm.
    Review,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Spans below this confidence send the act to the review queue.
    #[serde(default = "default_review_below")]
    pub review_below: f32,
    #[serde(default)]
    categories: BTreeMap<String, Action>,
    #[serde(default)]
    roles: BTreeMap<String, Action>,
    #[serde(default)]
    pseudonyms: BTreeMap<String, String>,
}

fn default_review_below() -> f32 {
    0.7
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            review_below: default_review_below(),
            categories: BTreeMap::new(),
            roles: BTreeMap::new(),
            pseudonyms: BTreeMap::new(),
        }
    }
}

impl Policy {
    pub fn from_file(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Policy {
            path: path.display().to_string(),
            reason: source.to_string(),
        })?;
        Self::from_toml(&text).map_err(|e| match e {
            Error::Policy { reason, .. } => Error::Policy {
                path: path.display().to_string(),
                reason,
            },
            other => other,
        })
    }

    pub fn from_toml(text: &str) -> Result<Self, Error> {
        let policy: Policy = toml::from_str(text).map_err(|e| Error::Policy {
            path: "<inline>".into(),
            reason: e.message().to_string(),
        })?;
        policy.validate()?;
        Ok(policy)
    }

    fn validate(&self) -> Result<(), Error> {
        let bad = |reason: String| Error::Policy {
            path: "<inline>".into(),
            reason,
        };
        for key in self.categories.keys().chain(self.pseudonyms.keys()) {
            if Category::parse(key).is_none() {
                return Err(bad(format!("unknown category `{key}`")));
            }
        }
        for key in self.roles.keys() {
            if Role::parse(key).is_none() {
                return Err(bad(format!("unknown role `{key}`")));
            }
        }
        if !(0.0..=1.0).contains(&self.review_below) {
            return Err(bad("review_below must be between 0 and 1".into()));
        }
        Ok(())
    }

    pub fn category(&self, category: Category) -> Action {
        self.categories
            .get(category.as_str())
            .copied()
            .unwrap_or(Action::Mask)
    }

    /// What to do with a person of this role.
    pub fn role(&self, role: Role) -> Action {
        self.roles
            .get(role.as_str())
            .copied()
            .unwrap_or(if role.is_official() {
                Action::Keep
            } else {
                Action::Mask
            })
    }

    /// The replacement for the `n`-th entity of a category (1-based).
    pub fn pseudonym(&self, category: Category, n: usize) -> String {
        let format = self
            .pseudonyms
            .get(category.as_str())
            .map(String::as_str)
            .unwrap_or_else(|| default_pseudonym(category));
        format.replace("{n}", &n.to_string())
    }
}

fn default_pseudonym(category: Category) -> &'static str {
    match category {
        Category::Name => "[ФИО-{n}]",
        Category::Pin => "[ПИН]",
        Category::Passport => "[ПАСПОРТ]",
        Category::Phone => "[ТЕЛЕФОН]",
        Category::Email => "[EMAIL]",
        Category::Plate => "[ГОСНОМЕР]",
        Category::Account => "[СЧЁТ]",
        Category::PropertyCode => "[КОД-ОБЪЕКТА]",
        Category::BirthDate => "[ДАТА-РОЖДЕНИЯ]",
        Category::Address => "[АДРЕС-{n}]",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_masks_private_and_keeps_officials() {
        let p = Policy::default();
        assert_eq!(p.role(Role::Judge), Action::Keep);
        assert_eq!(p.role(Role::Advocate), Action::Keep);
        assert_eq!(p.role(Role::Specialist), Action::Keep);
        assert_eq!(p.role(Role::Defendant), Action::Mask);
        assert_eq!(p.role(Role::Unknown), Action::Mask);
        assert_eq!(p.category(Category::Pin), Action::Mask);
        assert_eq!(p.pseudonym(Category::Name, 2), "[ФИО-2]");
    }

    #[test]
    fn toml_overrides() {
        let p = Policy::from_toml(
            "review_below = 0.8\n[roles]\nadvocate = \"mask\"\n[pseudonyms]\nname = \"<P{n}>\"\n",
        )
        .unwrap();
        assert_eq!(p.role(Role::Advocate), Action::Mask);
        assert_eq!(p.pseudonym(Category::Name, 3), "<P3>");
    }

    #[test]
    fn typos_are_errors() {
        for bad in [
            "[roles]\njudgee = \"keep\"",
            "[categories]\nname = \"hide\"",
            "reviw = 1",
        ] {
            assert!(Policy::from_toml(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn committed_policy_file_parses() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../config/policy.toml");
        Policy::from_file(&path).unwrap();
    }
}
