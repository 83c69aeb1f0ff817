//! Message contract v1: what a court system posts to `courtpub.acts`.
//!
//! The wire format is JSON, described by `schema/act-message.v1.schema.json`. Decoding is
//! strict: an unknown field, a missing field, an unknown schema version, bad base64 or a
//! body over the size limit is a [`MessageError`] that names the field, and every such
//! error is permanent (the message is dead-lettered, never retried).

use base64::Engine as _;
use chrono::NaiveDate;
use courtpub_domain::{
    ActId, ActKind, ActMeta, CaseCategory, Court, Instance, Language, MediaType,
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The only schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

/// Longest accepted act id, in bytes.
const MAX_ACT_ID_LEN: usize = 128;

/// A decoded, validated message.
#[derive(Debug, Clone, PartialEq)]
pub enum ActMessage {
    /// A new act or a new revision of one.
    Act(ActSubmission),
    /// Remove the act from the public index; the registry keeps it.
    Withdraw(Withdrawal),
}

impl ActMessage {
    pub fn act_id(&self) -> &ActId {
        match self {
            Self::Act(a) => &a.meta.act_id,
            Self::Withdraw(w) => &w.act_id,
        }
    }

    /// Revision the message is about (absent for a withdrawal, which covers every revision).
    pub fn revision(&self) -> Option<u32> {
        match self {
            Self::Act(a) => Some(a.meta.revision),
            Self::Withdraw(_) => None,
        }
    }

    /// The wire form: JSON as the schema describes it.
    pub fn to_json(&self) -> Vec<u8> {
        let wire = match self {
            Self::Act(a) => Wire::Act(WireAct {
                schema_version: SCHEMA_VERSION,
                act_id: a.meta.act_id.0.clone(),
                revision: a.meta.revision,
                court: a.meta.court.clone(),
                case_number: a.meta.case_number.clone(),
                kind: a.meta.kind,
                case_category: a.meta.case_category,
                instance: a.meta.instance,
                decision_date: a.meta.decision_date,
                judges: a.meta.judges.clone(),
                language: a.meta.language,
                document: WireDocument {
                    file_name: a.document.file_name.clone(),
                    media_type: a.document.media_type,
                    content_base64: base64::engine::general_purpose::STANDARD
                        .encode(&a.document.content),
                },
            }),
            Self::Withdraw(w) => Wire::Withdraw(WireWithdraw {
                schema_version: SCHEMA_VERSION,
                act_id: w.act_id.0.clone(),
                reason: w.reason.clone(),
            }),
        };
        // Serializing plain structs of strings and numbers cannot fail.
        serde_json::to_vec(&wire).unwrap_or_default()
    }
}

/// One revision of an act with its document, decoded from base64.
#[derive(Debug, Clone, PartialEq)]
pub struct ActSubmission {
    pub meta: ActMeta,
    pub document: Document,
}

/// The act's file exactly as the court sent it.
#[derive(Clone, PartialEq)]
pub struct Document {
    pub file_name: String,
    /// As declared by the sender; extraction detects the real type from the bytes.
    pub media_type: MediaType,
    pub content: Vec<u8>,
}

impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Document")
            .field("file_name_len", &self.file_name.len())
            .field("media_type", &self.media_type)
            .field("content_len", &self.content.len())
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Withdrawal {
    pub act_id: ActId,
    /// Why the court withdraws the act (free text for staff; must not name parties).
    pub reason: Option<String>,
}

/// Size limits applied before and while decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MessageLimits {
    /// Largest accepted message body (JSON with base64 document), in bytes.
    pub max_message_bytes: usize,
}

impl Default for MessageLimits {
    fn default() -> Self {
        // 50 MiB document, base64-inflated by 4/3, plus metadata.
        Self {
            max_message_bytes: 70 * 1024 * 1024,
        }
    }
}

/// Why a message was refused. Every variant is permanent.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MessageError {
    #[error("message is {bytes} bytes, over the limit of {limit}; split or compress the document")]
    TooLarge { bytes: usize, limit: usize },
    #[error("message is not valid json: {0}")]
    NotJson(String),
    #[error("field `schema_version` is missing; this server reads version {SCHEMA_VERSION}")]
    MissingVersion,
    #[error("unsupported schema_version {found}; this server reads version {SCHEMA_VERSION} only")]
    UnsupportedVersion { found: String },
    #[error("field `{field}` is invalid: {reason}")]
    Invalid { field: String, reason: String },
}

impl MessageError {
    /// A short stable code for metrics and the failure record.
    pub fn code(&self) -> &'static str {
        match self {
            Self::TooLarge { .. } => "too_large",
            Self::NotJson(_) => "not_json",
            Self::MissingVersion | Self::UnsupportedVersion { .. } => "unsupported_version",
            Self::Invalid { field, .. } if field == "document.content_base64" => "bad_base64",
            Self::Invalid { .. } => "invalid_message",
        }
    }

    fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

/// A refused message with whatever could be read of its identity, so the failure can be
/// recorded against the act.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub act_id: Option<ActId>,
    pub revision: Option<u32>,
    pub error: MessageError,
}

/// Decodes and validates one message body.
pub fn decode(body: &[u8], limits: &MessageLimits) -> Result<ActMessage, Rejected> {
    let reject = |act_id, revision, error| Rejected {
        act_id,
        revision,
        error,
    };
    if body.len() > limits.max_message_bytes {
        return Err(reject(
            None,
            None,
            MessageError::TooLarge {
                bytes: body.len(),
                limit: limits.max_message_bytes,
            },
        ));
    }
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| reject(None, None, MessageError::NotJson(e.to_string())))?;
    let act_id = value
        .get("act_id")
        .and_then(|v| v.as_str())
        .filter(|s| valid_act_id(s))
        .map(|s| ActId(s.to_owned()));
    let revision = value
        .get("revision")
        .and_then(|v| v.as_u64())
        .and_then(|r| u32::try_from(r).ok());
    let fail = |error| reject(act_id.clone(), revision, error);

    let Some(obj) = value.as_object() else {
        return Err(fail(MessageError::NotJson(
            "the top level must be an object".into(),
        )));
    };
    match obj.get("schema_version") {
        None => return Err(fail(MessageError::MissingVersion)),
        Some(v) if v.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(v) => {
            return Err(fail(MessageError::UnsupportedVersion {
                found: v.to_string(),
            }));
        }
    }
    let mut obj = obj.clone();
    let kind = obj.remove("type");
    let named = |e: serde_path_to_error::Error<serde_json::Error>| {
        fail(MessageError::invalid(
            e.path().to_string(),
            e.into_inner().to_string(),
        ))
    };
    let object = serde_json::Value::Object(obj);
    let wire = match kind.as_ref().and_then(|k| k.as_str()) {
        Some("act") => Wire::Act(serde_path_to_error::deserialize(&object).map_err(named)?),
        Some("withdraw") => {
            Wire::Withdraw(serde_path_to_error::deserialize(&object).map_err(named)?)
        }
        _ => {
            return Err(fail(MessageError::invalid(
                "type",
                "must be \"act\" or \"withdraw\"",
            )));
        }
    };
    wire.validate().map_err(fail)
}

fn valid_act_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ACT_ID_LEN
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':' | b'/'))
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Wire {
    Act(WireAct),
    Withdraw(WireWithdraw),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireAct {
    schema_version: u32,
    act_id: String,
    revision: u32,
    court: Court,
    case_number: String,
    kind: ActKind,
    case_category: CaseCategory,
    instance: Instance,
    decision_date: NaiveDate,
    #[serde(default)]
    judges: Vec<String>,
    language: Language,
    document: WireDocument,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireDocument {
    file_name: String,
    media_type: MediaType,
    content_base64: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireWithdraw {
    schema_version: u32,
    act_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

fn check_act_id(act_id: &str) -> Result<ActId, MessageError> {
    if valid_act_id(act_id) {
        Ok(ActId(act_id.to_owned()))
    } else {
        Err(MessageError::invalid(
            "act_id",
            format!("must be 1–{MAX_ACT_ID_LEN} characters of A–Z, a–z, 0–9, - _ . : /"),
        ))
    }
}

fn non_blank(field: &str, value: &str) -> Result<(), MessageError> {
    if value.trim().is_empty() {
        Err(MessageError::invalid(field, "must not be empty"))
    } else {
        Ok(())
    }
}

impl Wire {
    fn validate(self) -> Result<ActMessage, MessageError> {
        match self {
            Wire::Withdraw(w) => Ok(ActMessage::Withdraw(Withdrawal {
                act_id: check_act_id(&w.act_id)?,
                reason: w.reason,
            })),
            Wire::Act(a) => {
                let act_id = check_act_id(&a.act_id)?;
                if a.revision == 0 {
                    return Err(MessageError::invalid("revision", "must be 1 or more"));
                }
                non_blank("court.code", &a.court.code)?;
                non_blank("court.name", &a.court.name)?;
                non_blank("case_number", &a.case_number)?;
                for (i, judge) in a.judges.iter().enumerate() {
                    non_blank(&format!("judges[{i}]"), judge)?;
                }
                let doc = a.document;
                non_blank("document.file_name", &doc.file_name)?;
                if doc.file_name.contains(['/', '\\']) {
                    return Err(MessageError::invalid(
                        "document.file_name",
                        "must be a bare file name without directories",
                    ));
                }
                let content = base64::engine::general_purpose::STANDARD
                    .decode(doc.content_base64.as_bytes())
                    .map_err(|e| {
                        MessageError::invalid(
                            "document.content_base64",
                            format!("not standard base64: {e}"),
                        )
                    })?;
                if content.is_empty() {
                    return Err(MessageError::invalid(
                        "document.content_base64",
                        "the document is empty",
                    ));
                }
                Ok(ActMessage::Act(ActSubmission {
                    meta: ActMeta {
                        act_id,
                        revision: a.revision,
                        court: a.court,
                        case_number: a.case_number,
                        kind: a.kind,
                        case_category: a.case_category,
                        instance: a.instance,
                        decision_date: a.decision_date,
                        judges: a.judges,
                        language: a.language,
                    },
                    document: Document {
                        file_name: doc.file_name,
                        media_type: doc.media_type,
                        content,
                    },
                }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn valid() -> serde_json::Value {
        json!({
            "schema_version": 1,
            "type": "act",
            "act_id": "bishkek-1/2025-0001",
            "revision": 1,
            "court": {"code": "bishkek-pervomaisky", "name": "Первомайский районный суд г. Бишкек"},
            "case_number": "УД-123/25",
            "kind": "verdict",
            "case_category": "criminal",
            "instance": "first",
            "decision_date": "2025-03-14",
            "judges": ["Асанов Б.Ж."],
            "language": "ru",
            "document": {"file_name": "act.txt", "media_type": "text/plain", "content_base64": "0J/RgNC40LPQvtCy0L7RgA=="}
        })
    }

    fn with(path: &[&str], value: Option<serde_json::Value>) -> Vec<u8> {
        let mut v = valid();
        let mut cur = &mut v;
        for key in &path[..path.len() - 1] {
            cur = &mut cur[*key];
        }
        let last = path[path.len() - 1];
        match value {
            Some(x) => cur[last] = x,
            None => {
                cur.as_object_mut().map(|o| o.remove(last));
            }
        }
        serde_json::to_vec(&v).unwrap_or_default()
    }

    #[test]
    fn valid_message_round_trips() {
        let body = serde_json::to_vec(&valid()).unwrap_or_default();
        let msg = decode(&body, &MessageLimits::default()).expect("valid message");
        let ActMessage::Act(act) = &msg else {
            panic!("expected an act, got {msg:?}")
        };
        assert_eq!(act.meta.act_id.0, "bishkek-1/2025-0001");
        assert_eq!(act.document.content, "Приговор".as_bytes());
        let again = decode(&msg.to_json(), &MessageLimits::default()).expect("re-encoded");
        assert_eq!(again, msg);
    }

    type Case<'a> = (
        &'a str,
        &'a [&'a str],
        Option<serde_json::Value>,
        &'a str,
        &'a str,
    );

    #[test]
    fn invalid_messages_name_the_field() {
        // (name, path, replacement (None = remove), expected error code, field named)
        let cases: &[Case] = &[
            (
                "no_version",
                &["schema_version"],
                None,
                "unsupported_version",
                "schema_version",
            ),
            (
                "version_2",
                &["schema_version"],
                Some(json!(2)),
                "unsupported_version",
                "2",
            ),
            (
                "version_text",
                &["schema_version"],
                Some(json!("1")),
                "unsupported_version",
                "\"1\"",
            ),
            ("no_act_id", &["act_id"], None, "invalid_message", "act_id"),
            (
                "bad_act_id",
                &["act_id"],
                Some(json!("a b")),
                "invalid_message",
                "act_id",
            ),
            (
                "revision_zero",
                &["revision"],
                Some(json!(0)),
                "invalid_message",
                "revision",
            ),
            (
                "revision_negative",
                &["revision"],
                Some(json!(-1)),
                "invalid_message",
                "revision",
            ),
            (
                "no_court_name",
                &["court", "name"],
                None,
                "invalid_message",
                "court",
            ),
            (
                "blank_court_code",
                &["court", "code"],
                Some(json!(" ")),
                "invalid_message",
                "court.code",
            ),
            (
                "bad_kind",
                &["kind"],
                Some(json!("sentence")),
                "invalid_message",
                "kind",
            ),
            (
                "bad_date",
                &["decision_date"],
                Some(json!("14.03.2025")),
                "invalid_message",
                "decision_date",
            ),
            (
                "bad_language",
                &["language"],
                Some(json!("en")),
                "invalid_message",
                "language",
            ),
            (
                "blank_judge",
                &["judges"],
                Some(json!(["", "x"])),
                "invalid_message",
                "judges[0]",
            ),
            (
                "unknown_field",
                &["extra"],
                Some(json!(true)),
                "invalid_message",
                "extra",
            ),
            (
                "bad_base64",
                &["document", "content_base64"],
                Some(json!("@@@")),
                "bad_base64",
                "document.content_base64",
            ),
            (
                "empty_doc",
                &["document", "content_base64"],
                Some(json!("")),
                "bad_base64",
                "document.content_base64",
            ),
            (
                "path_in_name",
                &["document", "file_name"],
                Some(json!("../x.docx")),
                "invalid_message",
                "document.file_name",
            ),
            (
                "bad_media",
                &["document", "media_type"],
                Some(json!("image/png")),
                "invalid_message",
                "document.media_type",
            ),
            (
                "bad_type",
                &["type"],
                Some(json!("delete")),
                "invalid_message",
                "type",
            ),
        ];
        for (name, path, value, code, field) in cases {
            let body = with(path, value.clone());
            let err = decode(&body, &MessageLimits::default())
                .expect_err(&format!("case {name} must be rejected"));
            assert_eq!(err.error.code(), *code, "case {name}: {}", err.error);
            assert!(
                err.error.to_string().contains(field),
                "case {name}: {} does not name {field}",
                err.error
            );
        }
    }

    #[test]
    fn identity_is_kept_when_the_rest_is_bad() {
        let body = with(&["kind"], Some(json!("nope")));
        let err = decode(&body, &MessageLimits::default()).expect_err("bad kind");
        assert_eq!(err.act_id, Some(ActId("bishkek-1/2025-0001".into())));
        assert_eq!(err.revision, Some(1));
    }

    #[test]
    fn size_and_syntax_limits() {
        let body = serde_json::to_vec(&valid()).unwrap_or_default();
        let small = MessageLimits {
            max_message_bytes: body.len() - 1,
        };
        assert_eq!(
            decode(&body, &small).map_err(|e| e.error.code()),
            Err("too_large")
        );
        for junk in [&b"{"[..], b"", b"\xff\xfe", b"[1,2]", b"null"] {
            let err = decode(junk, &MessageLimits::default()).expect_err("junk");
            assert_eq!(err.error.code(), "not_json", "{junk:?}");
        }
    }

    #[test]
    fn withdraw_message() {
        let body =
            br#"{"schema_version":1,"type":"withdraw","act_id":"A-1","reason":"court order"}"#;
        let msg = decode(body, &MessageLimits::default()).expect("withdraw");
        assert_eq!(
            msg,
            ActMessage::Withdraw(Withdrawal {
                act_id: ActId("A-1".into()),
                reason: Some("court order".into())
            })
        );
        assert_eq!(decode(&msg.to_json(), &MessageLimits::default()), Ok(msg));
    }
}
