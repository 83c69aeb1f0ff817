//! Sign-in, sessions and CSRF.
//!
//! - Passwords are verified against argon2id PHC hashes (`courtpub user add` writes them).
//! - A session is a random 256-bit token in an HttpOnly, SameSite=Strict cookie (Secure
//!   when configured); the registry stores only its SHA-256, so sessions survive restarts
//!   and are shared by several staff processes.
//! - Every POST behind the login carries the session's CSRF token in a `csrf` form field;
//!   [`require_staff`] checks it before any handler runs. The login form uses a
//!   double-submit cookie instead, since there is no session yet.
//! - Consecutive failures lock the account for a while; an unknown login costs the same
//!   hashing time as a known one and is audited without the login typed (it may be a
//!   password typed into the wrong field).

use crate::error::StaffError;
use crate::i18n::Lang;
use crate::{StaffState, layout};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::Form;
use axum::body::{Body, Bytes};
use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use courtpub_registry::{NewAuditEntry, NewSession, StaffRole};
use maud::html;
use serde::Deserialize;
use sha2::{Digest, Sha256};

pub const SESSION_COOKIE: &str = "courtpub_staff";
const LOGIN_CSRF_COOKIE: &str = "courtpub_login_csrf";
const LANG_COOKIE: &str = "courtpub_lang";
/// Largest form body accepted behind the login (a correction names a few words).
const MAX_FORM_BYTES: usize = 64 * 1024;

/// The signed-in staff member, put into the request by [`require_staff`].
#[derive(Clone)]
pub struct Staff {
    pub user_id: i64,
    pub login: String,
    pub display_name: String,
    pub role: StaffRole,
    /// This session's CSRF token, for the forms of the page.
    pub csrf: String,
    pub token_sha256: String,
    pub lang: Lang,
}

impl std::fmt::Debug for Staff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Staff")
            .field("login", &self.login)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

impl Staff {
    /// How the audit log names this member.
    pub fn actor(&self) -> String {
        actor(&self.login)
    }

    pub fn require_admin(&self) -> Result<(), StaffError> {
        if self.role == StaffRole::Admin {
            Ok(())
        } else {
            Err(StaffError::Forbidden)
        }
    }
}

pub fn actor(login: &str) -> String {
    format!("staff:{login}")
}

/// An argon2id PHC string for `password` with a fresh salt.
pub fn hash_password(password: &str) -> Result<String, StaffError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| StaffError::Random(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| StaffError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StaffError::Hash(e.to_string()))
}

/// True when `password` matches the PHC string; false for a wrong password or an
/// unreadable hash.
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// A hash of a password nobody has, verified for unknown logins so that they take as
/// long as known ones.
fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("no account has this password").unwrap_or_default())
}

/// 256 random bits as hex.
pub fn random_token() -> Result<String, StaffError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| StaffError::Random(e.to_string()))?;
    Ok(hex(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn sha256_hex(s: &str) -> String {
    hex(&Sha256::digest(s.as_bytes()))
}

/// Compares secrets in time independent of where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn set_cookie(
    state: &StaffState,
    name: &str,
    value: &str,
    path: &str,
    max_age: i64,
) -> HeaderValue {
    let secure = if state.settings.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let value = format!(
        "{name}={value}; Path={path}; Max-Age={max_age}; HttpOnly; SameSite=Strict{secure}"
    );
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The interface language: `?lang=` first (remembered in a cookie), then the cookie.
fn lang_of(req_query: Option<&str>, headers: &HeaderMap) -> (Lang, bool) {
    let from_query = req_query.and_then(|q| {
        q.split('&')
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| Lang::parse(v))
    });
    match from_query {
        Some(lang) => (lang, true),
        None => (
            cookie(headers, LANG_COOKIE)
                .and_then(Lang::parse)
                .unwrap_or_default(),
            false,
        ),
    }
}

fn with_lang_cookie(state: &StaffState, lang: Lang, set: bool, mut response: Response) -> Response {
    if set {
        let c = set_cookie(state, LANG_COOKIE, lang.code(), "/", 365 * 24 * 3600);
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    response
}

/// Guards every route but the login: no session, no page. A GET without a session is
/// sent to the login form; any other method gets 401. A POST must carry the session's
/// CSRF token in its `csrf` form field.
pub async fn require_staff(State(state): State<StaffState>, req: Request, next: Next) -> Response {
    let (lang, set_lang) = lang_of(req.uri().query(), req.headers());
    let session = match cookie(req.headers(), SESSION_COOKIE) {
        Some(token) => state.registry.session(&sha256_hex(token)).await,
        None => Ok(None),
    };
    let session = match session {
        Ok(s) => s,
        Err(e) => return StaffError::from(e).page(lang),
    };
    let Some(session) = session else {
        if req.method() == Method::GET || req.method() == Method::HEAD {
            let next_path = req
                .uri()
                .path_and_query()
                .map_or("/queue", |p| p.as_str())
                .to_owned();
            let to = format!("/login?next={}", encode(&next_path));
            return with_lang_cookie(&state, lang, set_lang, Redirect::to(&to).into_response());
        }
        return (
            StatusCode::UNAUTHORIZED,
            layout::message_page(lang, lang.t().login_title),
        )
            .into_response();
    };
    let token = cookie(req.headers(), SESSION_COOKIE).unwrap_or_default();
    let staff = Staff {
        user_id: session.user.id,
        login: session.user.login,
        display_name: session.user.display_name,
        role: session.user.role,
        csrf: session.csrf_token,
        token_sha256: sha256_hex(token),
        lang,
    };
    let mut req = if req.method() == Method::GET || req.method() == Method::HEAD {
        req
    } else {
        let (parts, body) = req.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
            return StaffError::BadRequest("form too large").page(lang);
        };
        if !form_csrf(&bytes).is_some_and(|t| same_secret(&t, &staff.csrf)) {
            tracing::warn!(login = %staff.login, path = %parts.uri.path(), "csrf check failed");
            return StaffError::Csrf.page(lang);
        }
        Request::from_parts(parts, Body::from(bytes))
    };
    req.extensions_mut().insert(staff);
    let response = crate::error::REQUEST_LANG.scope(lang, next.run(req)).await;
    with_lang_cookie(&state, lang, set_lang, response)
}

fn form_csrf(body: &Bytes) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v)
}

/// Percent-encodes a path for the `next` parameter.
fn encode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|e| e.trim_start_matches('=').to_owned())
        .unwrap_or_default()
}

/// Only a local path: never another host (`//evil`, `/\evil`).
fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") => n,
        _ => "/queue",
    }
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

pub async fn login_form(
    State(state): State<StaffState>,
    Query(q): Query<LoginQuery>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let (lang, set_lang) = lang_of(uri.query(), &headers);
    let token = match random_token() {
        Ok(t) => t,
        Err(e) => return e.page(lang),
    };
    let mut response = login_page(lang, &token, q.next.as_deref(), None).into_response();
    let c = set_cookie(&state, LOGIN_CSRF_COOKIE, &token, "/login", 3600);
    response.headers_mut().append(header::SET_COOKIE, c);
    with_lang_cookie(&state, lang, set_lang, response)
}

fn login_page(lang: Lang, csrf: &str, next: Option<&str>, error: Option<&str>) -> maud::Markup {
    let t = lang.t();
    layout::page(
        lang,
        None,
        t.login_title,
        html! {
            form.login method="post" action="/login" {
                h1 { (t.login_title) }
                @if let Some(error) = error {
                    p.error role="alert" id="login-error" { (error) }
                }
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="next" value=(safe_next(next));
                label for="login" { (t.login_field) }
                input id="login" name="login" type="text" autocomplete="username" required autofocus;
                label for="password" { (t.password_field) }
                input id="password" name="password" type="password" autocomplete="current-password" required;
                button.primary type="submit" { (t.login_button) }
            }
        },
    )
}

#[derive(Deserialize)]
pub struct LoginForm {
    login: String,
    password: String,
    csrf: String,
    next: Option<String>,
}

pub async fn login(
    State(state): State<StaffState>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let (lang, _) = lang_of(None, &headers);
    match login_inner(&state, &headers, &form, lang).await {
        Ok(response) => response,
        Err(e) => e.page(lang),
    }
}

async fn audit(
    state: &StaffState,
    actor: String,
    action: &str,
    details: serde_json::Value,
) -> Result<(), StaffError> {
    state
        .registry
        .append_audit(&NewAuditEntry {
            actor,
            action: action.to_owned(),
            act_id: None,
            details,
        })
        .await?;
    Ok(())
}

async fn verify_blocking(password: String, phc: String) -> Result<bool, StaffError> {
    tokio::task::spawn_blocking(move || verify_password(&password, &phc))
        .await
        .map_err(|e| StaffError::Task(e.to_string()))
}

async fn login_inner(
    state: &StaffState,
    headers: &HeaderMap,
    form: &LoginForm,
    lang: Lang,
) -> Result<Response, StaffError> {
    let t = lang.t();
    let cookie_token = cookie(headers, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if cookie_token.is_empty() || !same_secret(cookie_token, &form.csrf) {
        return Err(StaffError::Csrf);
    }
    let fail = |message: &'static str| {
        (
            StatusCode::UNAUTHORIZED,
            login_page(lang, cookie_token, form.next.as_deref(), Some(message)),
        )
            .into_response()
    };
    let login = form.login.trim();
    let user = state.registry.user_by_login(login).await?;
    let Some(user) = user else {
        verify_blocking(form.password.clone(), dummy_hash().to_owned()).await?;
        audit(
            state,
            "anonymous".into(),
            "login_failed",
            serde_json::json!({"reason": "unknown_login"}),
        )
        .await?;
        return Ok(fail(t.login_failed));
    };
    if user
        .locked_until
        .is_some_and(|until| until > chrono::Utc::now())
    {
        audit(
            state,
            actor(&user.login),
            "login_refused",
            serde_json::json!({"reason": "locked"}),
        )
        .await?;
        return Ok(fail(t.login_locked));
    }
    let phc = user
        .password_hash
        .clone()
        .filter(|_| !user.disabled)
        .unwrap_or_else(|| dummy_hash().to_owned());
    let ok = verify_blocking(form.password.clone(), phc).await?
        && !user.disabled
        && user.password_hash.is_some();
    if !ok {
        let failure = state
            .registry
            .record_login_failure(
                user.id,
                state.settings.max_failed_logins,
                state.settings.lockout,
            )
            .await?;
        audit(
            state,
            actor(&user.login),
            "login_failed",
            serde_json::json!({
                "reason": if user.disabled { "disabled" } else { "wrong_password" },
                "failed_logins": failure.failed_logins,
                "locked": failure.locked_until.is_some(),
            }),
        )
        .await?;
        return Ok(fail(if failure.locked_until.is_some() {
            t.login_locked
        } else {
            t.login_failed
        }));
    }
    state.registry.record_login_success(user.id).await?;
    let token = random_token()?;
    let csrf = random_token()?;
    state
        .registry
        .create_session(&NewSession {
            token_sha256: sha256_hex(&token),
            user_id: user.id,
            csrf_token: csrf,
            expires_at: chrono::Utc::now() + state.settings.session_ttl,
        })
        .await?;
    audit(state, actor(&user.login), "login", serde_json::json!({})).await?;
    let mut response = Redirect::to(safe_next(form.next.as_deref())).into_response();
    let ttl = state.settings.session_ttl.num_seconds();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(state, SESSION_COOKIE, &token, "/", ttl),
    );
    headers.append(
        header::SET_COOKIE,
        set_cookie(state, LOGIN_CSRF_COOKIE, "", "/login", 0),
    );
    Ok(response)
}

pub async fn logout(
    State(state): State<StaffState>,
    axum::Extension(staff): axum::Extension<Staff>,
) -> Result<Response, StaffError> {
    state.registry.delete_session(&staff.token_sha256).await?;
    audit(&state, staff.actor(), "logout", serde_json::json!({})).await?;
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", "/", 0),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_round_trip() {
        let phc = hash_password("correct horse battery").expect("hash");
        assert!(phc.starts_with("$argon2id$"), "{phc}");
        assert!(verify_password("correct horse battery", &phc));
        assert!(!verify_password("correct horse batterz", &phc));
        assert!(!verify_password("correct horse battery", "not a hash"));
        assert_ne!(
            phc,
            hash_password("correct horse battery").expect("hash"),
            "salted"
        );
    }

    #[test]
    fn next_stays_on_this_site() {
        let cases = [
            (Some("/acts/A-1"), "/acts/A-1"),
            (Some("//evil.example/x"), "/queue"),
            (Some("/\\evil.example"), "/queue"),
            (Some("https://evil.example"), "/queue"),
            (None, "/queue"),
        ];
        for (next, want) in cases {
            assert_eq!(safe_next(next), want, "{next:?}");
        }
    }

    #[test]
    fn cookies_and_secrets() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; courtpub_staff=tok; b=2"),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("tok"));
        assert_eq!(cookie(&h, "c"), None);
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
        let t = random_token().expect("token");
        assert_eq!(t.len(), 64);
        assert_ne!(t, random_token().expect("token"));
    }
}
