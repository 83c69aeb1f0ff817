//! The depersonalization engine: act text (+ public metadata) → the spans of personal data
//! and the masked text. Pure and synchronous: no I/O after [`Engine::load`], no logging of
//! text; one `Engine` is built at start-up and shared across threads.
//!
//! How an act is read, in order:
//! 1. [`text`] tokenizes once, with normalized (case-folded, `ё`→`е`) forms;
//! 2. [`patterns`] and [`address`] find identifiers and home addresses by their shape
//!    (each of their regexes skips an act that lacks the literals its matches need:
//!    `prefilter`; case-insensitive cues are searched from their cue words in a case-folded
//!    copy of the act: `folded`);
//! 3. [`names`] finds person mentions by the grammar of names (surname, first name,
//!    patronymic, initials on either side, Kyrgyz "уулу"/"кызы"), gives each a role from
//!    context and metadata, groups mentions into persons and finds every other mention of
//!    each person in any case form ([`morph`]);
//!    Beside the name of each person the policy masks, [`rows`] finds the birth date and
//!    the home address that stand with it in apposition, a list item or a table row;
//! 4. [`masking`] applies the [`Policy`], numbers pseudonyms per act, runs the leak check
//!    (no surface form of a masked person may remain) and writes the masked text.
//!
//! The engine never decides what is published: it reports `needs_review` and the caller
//! (the pipeline) holds such acts for staff.

pub mod address;
pub mod corrections;
pub mod dictionaries;
pub mod eval;
mod folded;
pub mod lexicon;
pub mod masking;
pub mod morph;
pub mod names;
pub mod patterns;
pub mod policy;
mod prefilter;
mod rows;
pub mod text;

pub use dictionaries::Dictionaries;
pub use policy::{Action, Policy};

use courtpub_domain::{ActMeta, Correction, Masking};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "cannot read dictionary {path}: {source} (run from the repository root or set the dictionaries path)"
    )]
    Dictionary {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid policy {path}: {reason}")]
    Policy { path: String, reason: String },
}

/// The engine: dictionaries, compiled patterns and the policy.
pub struct Engine {
    dictionaries: Dictionaries,
    patterns: patterns::Patterns,
    addresses: address::AddressGrammar,
    policy: Policy,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("dictionaries", &self.dictionaries)
            .field("policy", &self.policy)
            .finish()
    }
}

impl Engine {
    /// Loads the dictionaries from a directory (see [`dictionaries::FILES`]).
    pub fn load(dictionaries_dir: &Path, policy: Policy) -> Result<Self, Error> {
        Ok(Self::new(Dictionaries::load_dir(dictionaries_dir)?, policy))
    }

    pub fn new(dictionaries: Dictionaries, policy: Policy) -> Self {
        Self {
            dictionaries,
            patterns: patterns::Patterns::new(),
            addresses: address::AddressGrammar::new(),
            policy,
        }
    }

    /// Adds a staff-promoted entry to the dictionaries (see [`Dictionaries::add`]).
    pub fn add_dictionary_entry(&mut self, list: courtpub_domain::DictionaryList, entry: &str) {
        self.dictionaries.add(list, entry);
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Masks one act. The judges in the metadata are kept wherever they appear.
    pub fn mask(&self, text: &str, meta: &ActMeta) -> Masking {
        self.mask_with_judges(text, &meta.judges)
    }

    /// Masks a text for which only the judges' names are known (or none).
    pub fn mask_with_judges(&self, text: &str, judges: &[String]) -> Masking {
        masking::mask(self, text, judges)
    }

    /// Masks one act afresh and replays the staff's corrections on the result (see
    /// [`corrections`]).
    pub fn mask_corrected(
        &self,
        text: &str,
        meta: &ActMeta,
        corrections: &[Correction],
    ) -> corrections::Applied {
        let masking = self.mask(text, meta);
        self.apply_corrections(text, &masking.spans, corrections)
    }

    /// Replays the staff's corrections on spans of `text` (stored or fresh), with this
    /// engine's policy and dictionaries.
    pub fn apply_corrections(
        &self,
        text: &str,
        spans: &[courtpub_domain::Span],
        corrections: &[Correction],
    ) -> corrections::Applied {
        corrections::apply(
            &self.policy,
            Some(&self.dictionaries),
            text,
            spans,
            corrections,
        )
    }
}
