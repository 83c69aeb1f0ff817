//! An act as the court system describes it: identity, court, case and the document's kind.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The act's id as assigned by the court's case management system.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActId(pub String);

impl fmt::Debug for ActId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ActId({})", self.0)
    }
}

impl fmt::Display for ActId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Court {
    /// Stable code of the court, e.g. `"bishkek-pervomaisky"`.
    pub code: String,
    /// The court's official name as published.
    pub name: String,
}

/// Kind of judicial act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActKind {
    /// приговор / өкүм
    Verdict,
    /// решение / чечим
    Decision,
    /// постановление / токтом
    Resolution,
    /// определение / аныктама
    Ruling,
}

impl ActKind {
    pub const ALL: [ActKind; 4] = [
        Self::Verdict,
        Self::Decision,
        Self::Resolution,
        Self::Ruling,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Verdict => "verdict",
            Self::Decision => "decision",
            Self::Resolution => "resolution",
            Self::Ruling => "ruling",
        }
    }

    /// Russian name as printed on the act.
    pub fn name_ru(self) -> &'static str {
        match self {
            Self::Verdict => "приговор",
            Self::Decision => "решение",
            Self::Resolution => "постановление",
            Self::Ruling => "определение",
        }
    }
}

/// Category of the case the act belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseCategory {
    Criminal,
    Civil,
    Administrative,
    Economic,
    Misdemeanor,
}

impl CaseCategory {
    pub const ALL: [CaseCategory; 5] = [
        Self::Criminal,
        Self::Civil,
        Self::Administrative,
        Self::Economic,
        Self::Misdemeanor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Criminal => "criminal",
            Self::Civil => "civil",
            Self::Administrative => "administrative",
            Self::Economic => "economic",
            Self::Misdemeanor => "misdemeanor",
        }
    }
}

/// Level of the court that issued the act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Instance {
    First,
    Appeal,
    Cassation,
}

impl Instance {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::First => "first",
            Self::Appeal => "appeal",
            Self::Cassation => "cassation",
        }
    }
}

/// Language the act is written in (acts often mix both; this is the main one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    Ru,
    Ky,
}

/// Media type of an act's document, detected from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MediaType {
    #[serde(rename = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    Docx,
    #[serde(rename = "application/pdf")]
    Pdf,
    #[serde(rename = "text/plain")]
    Txt,
}

impl MediaType {
    pub fn as_mime(self) -> &'static str {
        match self {
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Pdf => "application/pdf",
            Self::Txt => "text/plain",
        }
    }
}

/// Public metadata of one revision of an act. Everything here may be published:
/// it names the court and the judges (officials acting in office), never the parties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActMeta {
    pub act_id: ActId,
    /// Revision number from the court system; a higher one replaces the public copy.
    pub revision: u32,
    pub court: Court,
    pub case_number: String,
    pub kind: ActKind,
    pub case_category: CaseCategory,
    pub instance: Instance,
    pub decision_date: NaiveDate,
    /// Judges as written by the court system, e.g. `"Асанов Б.Ж."`; they are kept in the text.
    #[serde(default)]
    pub judges: Vec<String>,
    #[serde(default)]
    pub language: Language,
}

/// What the public side may ever hold of an act: public metadata and the masked text.
/// The registry builds it; the outbox carries it; the index stores it.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicAct {
    pub meta: ActMeta,
    pub masked_text: String,
}

impl fmt::Debug for PublicAct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicAct")
            .field("meta", &self.meta)
            .field("masked_text_len", &self.masked_text.len())
            .finish()
    }
}
