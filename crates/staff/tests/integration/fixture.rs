//! A staff app over a fresh SQLite registry with two synthetic acts (invented names), two
//! accounts, and a client that signs in and sends forms with the session's CSRF token.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use chrono::NaiveDate;
use courtpub_depersonalize::{Engine, Policy};
use courtpub_domain::{
    ActId, ActKind, ActMeta, CaseCategory, Category, Court, Instance, Language, Masking, MediaType,
    Role, Span,
};
use courtpub_registry::{NewUser, RecordAct, Registry, StaffRole};
use courtpub_staff::{SamplePercent, StaffSettings, StaffState};
use http_body_util::BodyExt;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

pub const PASSWORD: &str = "correct horse battery staple";
/// The held act: the engine masked the defendant but missed the victim.
pub const HELD: &str = "act-held-1";
/// An auto-published act.
pub const PUBLISHED: &str = "act-pub-1";
pub const DEFENDANT: &str = "Бекмуратова Нурлана Асановича";
pub const VICTIM: &str = "Сыдыковой Жылдызкан";
/// Every form of the victim's name in the held act.
pub const VICTIM_FORMS: &[&str] = &["Сыдыковой", "Сыдыкова", "Жылдызкан"];

pub const HELD_TEXT: &str = "ПРИГОВОР\nПервомайский районный суд г. Бишкек в составе председательствующего \
судьи Асанова Б.Ж. рассмотрел уголовное дело в отношении Бекмуратова Нурлана Асановича.\n\
Бекмуратов Н.А. совершил кражу сотового телефона у потерпевшей Сыдыковой Жылдызкан.\n\
Потерпевшая Сыдыкова Ж. пояснила, что телефон ей вернули.";

pub fn meta(id: &str, category: CaseCategory) -> ActMeta {
    ActMeta {
        act_id: ActId(id.to_owned()),
        revision: 1,
        court: Court {
            code: "bishkek-pervomaisky".to_owned(),
            name: "Первомайский районный суд г. Бишкек".to_owned(),
        },
        case_number: format!("УД-{id}/26"),
        kind: ActKind::Verdict,
        case_category: category,
        instance: Instance::First,
        decision_date: NaiveDate::from_ymd_opt(2026, 2, 10).expect("date"),
        judges: vec!["Асанов Б.Ж.".to_owned()],
        language: Language::Ru,
    }
}

fn name_span(text: &str, surface: &str, nth: usize, confidence: f32) -> Span {
    let start = text
        .match_indices(surface)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{surface} #{nth} in the fixture"));
    Span {
        start,
        end: start + surface.len(),
        category: Category::Name,
        person_key: Some("P1".to_owned()),
        role: Some(Role::Defendant),
        rule: "name.context.role".to_owned(),
        confidence,
        replacement: "[ФИО-1]".to_owned(),
    }
}

/// The held act as the worker would record it: the defendant masked with one uncertain
/// span, the victim missed.
pub fn held_act() -> RecordAct {
    let text = HELD_TEXT;
    let spans = vec![
        name_span(text, DEFENDANT, 0, 0.95),
        name_span(text, "Бекмуратов Н.А.", 0, 0.5),
    ];
    let mut masked = text.to_owned();
    for s in spans.iter().rev() {
        masked.replace_range(s.start..s.end, "[ФИО-1]");
    }
    RecordAct {
        meta: meta(HELD, CaseCategory::Criminal),
        original: text.as_bytes().to_vec(),
        file_name: "act.txt".to_owned(),
        media_type: MediaType::Txt,
        text: text.to_owned(),
        masking: Masking {
            spans,
            masked_text: masked,
            needs_review: true,
        },
        publish: false,
    }
}

pub fn published_act() -> RecordAct {
    let text = "РЕШЕНИЕ\nСуд рассмотрел иск о взыскании долга и удовлетворил его.";
    RecordAct {
        meta: meta(PUBLISHED, CaseCategory::Civil),
        original: text.as_bytes().to_vec(),
        file_name: "act.txt".to_owned(),
        media_type: MediaType::Txt,
        text: text.to_owned(),
        masking: Masking {
            spans: Vec::new(),
            masked_text: text.to_owned(),
            needs_review: false,
        },
        publish: true,
    }
}

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// The engine is loaded once for all tests: the dictionaries take a moment.
pub fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            let policy = Policy::from_file(&repo("config/policy.toml")).expect("policy");
            Arc::new(Engine::load(&repo("dictionaries"), policy).expect("dictionaries"))
        })
        .clone()
}

/// Hashing is slow on purpose: hash the test password once.
fn password_hash() -> String {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| courtpub_staff::hash_password(PASSWORD).expect("hash"))
        .clone()
}

pub struct App {
    pub _dir: tempfile::TempDir,
    pub registry: Registry,
    #[allow(dead_code)] // for the browser test
    pub state: StaffState,
    pub router: Router,
}

pub async fn app() -> App {
    app_with(StaffSettings {
        sample_percent: SamplePercent::all(100.0),
        ..StaffSettings::default()
    })
    .await
}

pub async fn app_with(settings: StaffSettings) -> App {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("registry.sqlite").display());
    let registry = Registry::connect(&url).await.expect("registry");
    registry.migrate().await.expect("migrate");
    for (login, role) in [("aida", StaffRole::Auditor), ("admin", StaffRole::Admin)] {
        registry
            .create_user(&NewUser {
                login: login.to_owned(),
                display_name: format!("Тест {login}"),
                role,
                password_hash: password_hash(),
            })
            .await
            .expect("user");
    }
    registry
        .record_processed(&held_act())
        .await
        .expect("held act");
    registry
        .record_processed(&published_act())
        .await
        .expect("published act");
    let state = StaffState {
        registry: registry.clone(),
        engine: engine(),
        settings: Arc::new(settings),
    };
    App {
        _dir: dir,
        router: courtpub_staff::staff_router(state.clone()),
        registry,
        state,
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    }

    /// `name=value` of a cookie this reply sets.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.set_cookies().into_iter().find_map(|c| {
            let pair = c.split(';').next()?.to_owned();
            pair.starts_with(&format!("{name}=")).then_some(pair)
        })
    }
}

pub async fn send(router: &Router, request: Request<Body>) -> Reply {
    let response = router.clone().oneshot(request).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub fn form(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).expect("form")
}

/// The value of the first `name="csrf"` hidden field of a page.
pub fn csrf_of(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a csrf field");
    let rest = &html[at + "name=\"csrf\" value=\"".len()..];
    rest[..rest.find('"').expect("end of value")].to_owned()
}

/// Posts the login form as a browser would (with the login form's cookie).
pub async fn try_login(router: &Router, login: &str, password: &str) -> Reply {
    let page = send(router, Request::get("/login").body(Body::empty()).unwrap()).await;
    let cookie = page
        .cookie("courtpub_login_csrf")
        .expect("login csrf cookie");
    let csrf = csrf_of(&page.body);
    send(
        router,
        Request::post("/login")
            .header(header::COOKIE, cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form(&[
                ("login", login),
                ("password", password),
                ("csrf", &csrf),
                ("next", "/queue"),
            ])))
            .unwrap(),
    )
    .await
}

/// A signed-in browser.
pub struct Client {
    pub router: Router,
    pub cookie: String,
    pub csrf: String,
}

pub async fn login(app: &App, login: &str) -> Client {
    let reply = try_login(&app.router, login, PASSWORD).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let cookie = reply.cookie("courtpub_staff").expect("session cookie");
    let mut client = Client {
        router: app.router.clone(),
        cookie,
        csrf: String::new(),
    };
    let queue = client.get("/queue").await;
    assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
    client.csrf = csrf_of(&queue.body);
    client
}

impl Client {
    pub async fn get(&self, uri: &str) -> Reply {
        send(
            &self.router,
            Request::get(uri)
                .header(header::COOKIE, &self.cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    /// Posts a form with this session's CSRF token.
    pub async fn post(&self, uri: &str, pairs: &[(&str, &str)]) -> Reply {
        let mut all = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(pairs);
        self.post_raw(uri, &form(&all)).await
    }

    pub async fn post_raw(&self, uri: &str, body: &str) -> Reply {
        send(
            &self.router,
            Request::post(uri)
                .header(header::COOKIE, &self.cookie)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body.to_owned()))
                .unwrap(),
        )
        .await
    }
}
