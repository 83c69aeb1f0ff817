//! The shared nouns of courtpub: an act's public metadata, the kinds of personal data,
//! a detected span. No I/O and no behaviour beyond validation lives here; every other
//! crate speaks in these types.
//!
//! Anything here that can hold act text implements `Debug` by hand so that a log line
//! shows lengths, never the text itself.

pub mod act;
pub mod correction;
pub mod span;

pub use act::{
    ActId, ActKind, ActMeta, CaseCategory, Court, Instance, Language, MediaType, PublicAct,
};
pub use correction::{Correction, CorrectionKind, DictionaryList};
pub use span::{Category, Masking, Role, Span};
