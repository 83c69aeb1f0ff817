//! Synthetic acts, the index built from them, and a request helper.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use chrono::NaiveDate;
use courtpub_domain::{
    ActId, ActKind, ActMeta, CaseCategory, Court, Instance, Language, PublicAct,
};
use courtpub_index::{ActIndex, IndexReader};
use http_body_util::BodyExt;
use tower::ServiceExt;

pub const BASE: &str = "http://courtpub.test";

/// A synthetic act as the registry holds it: the original names private persons;
/// only `public()` — what the index may receive — is ever indexed.
pub struct SyntheticAct {
    pub meta: ActMeta,
    pub original: String,
    /// (surface form in the original, pseudonym in the masked text)
    pub replacements: Vec<(&'static str, &'static str)>,
}

impl SyntheticAct {
    pub fn public(&self) -> PublicAct {
        let mut masked = self.original.clone();
        for (surface, pseudonym) in &self.replacements {
            masked = masked.replace(surface, pseudonym);
        }
        PublicAct {
            meta: self.meta.clone(),
            masked_text: masked,
        }
    }
}

/// Restricted strings of the corpus: names and identifiers that must never be served.
pub const RESTRICTED: &[&str] = &[
    "Бекмуратов",
    "Бекмуратова",
    "Нурлана Асановича",
    "Жылдызкан",
    "Сыдыковой",
    "21204199000123",
    "Ахунбаева, д. 17",
    "Токтосунов",
];

fn meta(
    id: &str,
    court: (&str, &str),
    kind: ActKind,
    category: CaseCategory,
    date: (i32, u32, u32),
) -> ActMeta {
    ActMeta {
        act_id: ActId(id.to_string()),
        revision: 1,
        court: Court {
            code: court.0.to_string(),
            name: court.1.to_string(),
        },
        case_number: format!(
            "{}-{id}/26",
            match category {
                CaseCategory::Criminal => "УД",
                _ => "ГД",
            }
        ),
        kind,
        case_category: category,
        instance: Instance::First,
        decision_date: NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap(),
        judges: vec!["Асанов Б.Ж.".to_string()],
        language: Language::Ru,
    }
}

pub const PERVOMAI: (&str, &str) = ("bishkek-pervomaisky", "Первомайский районный суд г. Бишкек");
pub const OSH: (&str, &str) = ("osh-city", "Ошский городской суд");

pub fn corpus() -> Vec<SyntheticAct> {
    let mut acts = vec![
        SyntheticAct {
            meta: meta("act-theft-1", PERVOMAI, ActKind::Verdict, CaseCategory::Criminal, (2026, 2, 10)),
            original: "ПРИГОВОР\nИменем Кыргызской Республики\n\
                Первомайский районный суд г. Бишкек в составе председательствующего судьи Асанова Б.Ж. \
                рассмотрел уголовное дело в отношении Бекмуратова Нурлана Асановича, ПИН 21204199000123, \
                проживающего по адресу: г. Бишкек, ул. Ахунбаева, д. 17.\n\
                Бекмуратов Н.А. совершил кражу сотового телефона у потерпевшей Сыдыковой Жылдызкан.\n\
                Суд приговорил: признать Бекмуратова виновным по ст. 201 УК КР.".to_string(),
            replacements: vec![
                ("Бекмуратова Нурлана Асановича", "[ФИО-1]"),
                ("Бекмуратов Н.А.", "[ФИО-1]"),
                ("Бекмуратова", "[ФИО-1]"),
                ("Сыдыковой Жылдызкан", "[ФИО-2]"),
                ("21204199000123", "[ПИН]"),
                ("г. Бишкек, ул. Ахунбаева, д. 17", "[АДРЕС-1]"),
            ],
        },
        SyntheticAct {
            meta: meta("act-divorce-1", OSH, ActKind::Decision, CaseCategory::Civil, (2026, 1, 20)),
            original: "РЕШЕНИЕ\nОшский городской суд рассмотрел иск Токтосунова А. о расторжении брака \
                и взыскании алиментов на содержание несовершеннолетнего ребёнка.\n\
                Иск удовлетворить: брак расторгнуть, взыскать алименты.".to_string(),
            replacements: vec![("Токтосунова А.", "[ФИО-1]")],
        },
        SyntheticAct {
            meta: meta("act-theft-osh", OSH, ActKind::Verdict, CaseCategory::Criminal, (2025, 11, 3)),
            original: "ПРИГОВОР\nОшский городской суд рассмотрел дело о краже имущества из магазина.\n\
                Подсудимый [ФИО-1] признан виновным.".to_string(),
            replacements: vec![],
        },
    ];
    // Enough filler acts for more than one page of results.
    for i in 0..25u32 {
        acts.push(SyntheticAct {
            meta: meta(&format!("act-fill-{i:02}"), PERVOMAI, ActKind::Ruling, CaseCategory::Criminal, (2024, 1 + i % 12, 1 + i)),
            original: format!("ОПРЕДЕЛЕНИЕ\nСуд рассмотрел ходатайство по делу о краже № {i}.\nХодатайство удовлетворить."),
            replacements: vec![],
        });
    }
    acts
}

pub struct Site {
    pub index: ActIndex,
    pub reader: IndexReader,
    pub router: Router,
    pub acts: Vec<SyntheticAct>,
}

pub fn site() -> Site {
    let acts = corpus();
    let index = ActIndex::in_ram();
    let mut writer = index.writer().unwrap();
    for a in &acts {
        writer.upsert(&a.public()).unwrap();
    }
    writer.commit().unwrap();
    let reader = index.reader().unwrap();
    let router = courtpub_web::public_router(reader.clone(), BASE);
    Site {
        index,
        reader,
        router,
        acts,
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

pub async fn get(router: &Router, uri: &str) -> Reply {
    get_with(router, Request::get(uri).body(Body::empty()).unwrap()).await
}

pub async fn get_with(router: &Router, request: Request<Body>) -> Reply {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}
