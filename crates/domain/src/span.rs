//! What the depersonalization engine finds: categories, roles and spans.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A kind of personal data. Each category has its own pseudonym and rule set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Name of a private person (any form, initials, Kyrgyz patronymics).
    Name,
    /// 14-digit personal identification number.
    Pin,
    /// Passport or ID card number.
    Passport,
    Phone,
    Email,
    /// Vehicle registration plate.
    Plate,
    /// Bank account or card number.
    Account,
    /// Property identification code of real estate.
    PropertyCode,
    BirthDate,
    /// Home address of a private person.
    Address,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Self::Name,
        Self::Pin,
        Self::Passport,
        Self::Phone,
        Self::Email,
        Self::Plate,
        Self::Account,
        Self::PropertyCode,
        Self::BirthDate,
        Self::Address,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Pin => "pin",
            Self::Passport => "passport",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Plate => "plate",
            Self::Account => "account",
            Self::PropertyCode => "property_code",
            Self::BirthDate => "birth_date",
            Self::Address => "address",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The procedural role a person has in the act, from context or metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    // Officials acting in office: kept by default.
    Judge,
    Secretary,
    Prosecutor,
    Advocate,
    Investigator,
    /// An interpreter acting in the case (kept by default, a separate policy role).
    Interpreter,
    /// A forensic expert acting in the case (kept by default, a separate policy role).
    Expert,
    /// A pedagogue, psychologist, social worker or specialist of a state body who takes
    /// part in the case in office (kept by default, a separate policy role).
    Specialist,
    Official,
    // Private persons: masked by default.
    Defendant,
    Victim,
    Witness,
    Plaintiff,
    Respondent,
    Representative,
    ThirdParty,
    /// A private person whose role the context does not tell.
    Unknown,
}

impl Role {
    pub const ALL: [Role; 17] = [
        Self::Judge,
        Self::Secretary,
        Self::Prosecutor,
        Self::Advocate,
        Self::Investigator,
        Self::Interpreter,
        Self::Expert,
        Self::Specialist,
        Self::Official,
        Self::Defendant,
        Self::Victim,
        Self::Witness,
        Self::Plaintiff,
        Self::Respondent,
        Self::Representative,
        Self::ThirdParty,
        Self::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Judge => "judge",
            Self::Secretary => "secretary",
            Self::Prosecutor => "prosecutor",
            Self::Advocate => "advocate",
            Self::Investigator => "investigator",
            Self::Interpreter => "interpreter",
            Self::Expert => "expert",
            Self::Specialist => "specialist",
            Self::Official => "official",
            Self::Defendant => "defendant",
            Self::Victim => "victim",
            Self::Witness => "witness",
            Self::Plaintiff => "plaintiff",
            Self::Respondent => "respondent",
            Self::Representative => "representative",
            Self::ThirdParty => "third_party",
            Self::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Officials acting in office; the default policy keeps their names.
    pub fn is_official(self) -> bool {
        matches!(
            self,
            Self::Judge
                | Self::Secretary
                | Self::Prosecutor
                | Self::Advocate
                | Self::Investigator
                | Self::Interpreter
                | Self::Expert
                | Self::Specialist
                | Self::Official
        )
    }
}

/// One detected piece of personal data: byte offsets into the act's text.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte (always on a char boundary).
    pub start: usize,
    /// Byte offset one past the last byte (always on a char boundary).
    pub end: usize,
    pub category: Category,
    /// The entity this mention belongs to, stable within one act (`"P1"`, `"ADDR2"`…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_key: Option<String>,
    /// Role of the person, where the span is a name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Name of the rule that produced the span, e.g. `"name.context.role"`.
    pub rule: String,
    /// 0.0–1.0; below the policy's threshold the act goes to review.
    pub confidence: f32,
    /// What replaces the span in the masked text, e.g. `"[ФИО-1]"`.
    pub replacement: String,
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Span")
            .field("range", &(self.start..self.end))
            .field("category", &self.category)
            .field("person_key", &self.person_key)
            .field("role", &self.role)
            .field("rule", &self.rule)
            .field("confidence", &self.confidence)
            .finish()
    }
}

/// The engine's result for one act.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Masking {
    /// Masked spans, sorted by `start`, never overlapping.
    pub spans: Vec<Span>,
    pub masked_text: String,
    /// True when any span is uncertain or the policy asks for review.
    pub needs_review: bool,
}

impl fmt::Debug for Masking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Masking")
            .field("spans", &self.spans.len())
            .field("masked_text_len", &self.masked_text.len())
            .field("needs_review", &self.needs_review)
            .finish()
    }
}
