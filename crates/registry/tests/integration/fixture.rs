//! Synthetic acts for the suite (invented text, no real act).

use chrono::NaiveDate;
use courtpub_domain::{
    ActId, ActKind, ActMeta, CaseCategory, Category, Court, Instance, Language, Masking, MediaType,
    Role, Span,
};
use courtpub_registry::RecordAct;

pub const NAME: &str = "Тестов Тест Тестович";

pub fn meta(act_id: &str, revision: u32) -> ActMeta {
    ActMeta {
        act_id: ActId(act_id.to_owned()),
        revision,
        court: Court {
            code: "test-court".to_owned(),
            name: "Тестовый районный суд".to_owned(),
        },
        case_number: format!("УД-{act_id}"),
        kind: ActKind::Verdict,
        case_category: CaseCategory::Criminal,
        instance: Instance::First,
        decision_date: NaiveDate::from_ymd_opt(2026, 3, 14).expect("valid date"),
        judges: vec!["Судьев С.С.".to_owned()],
        language: Language::Ru,
    }
}

/// A processed revision: `publish` and `needs_review` as given. Text and masked text
/// name the act and revision so a test can tell revisions apart.
pub fn act(act_id: &str, revision: u32, publish: bool, needs_review: bool) -> RecordAct {
    let prefix = format!("Приговор {act_id} ред. {revision}. Подсудимый ");
    let text = format!("{prefix}{NAME} признан виновным.");
    let start = prefix.len();
    let end = start + NAME.len();
    let masked_text = format!("{prefix}[ФИО-1] признан виновным.");
    RecordAct {
        meta: meta(act_id, revision),
        original: format!("original bytes of {act_id} r{revision}").into_bytes(),
        file_name: format!("{NAME} {act_id}.docx"),
        media_type: MediaType::Docx,
        text,
        masking: Masking {
            spans: vec![Span {
                start,
                end,
                category: Category::Name,
                person_key: Some("P1".to_owned()),
                role: Some(Role::Defendant),
                rule: "name.context.role".to_owned(),
                confidence: if needs_review { 0.4 } else { 0.95 },
                replacement: "[ФИО-1]".to_owned(),
            }],
            masked_text,
            needs_review,
        },
        publish,
    }
}

pub fn published(act_id: &str, revision: u32) -> RecordAct {
    act(act_id, revision, true, false)
}

pub fn id(act_id: &str) -> ActId {
    ActId(act_id.to_owned())
}
