//! courtpub-staff: the application judicial staff use to audit the masking.
//!
//! It owns the staff HTTP surface, served on its own listener (an internal network in
//! production), in Russian and Kyrgyz: sign-in ([`auth`]), the review queue (acts the
//! engine held and a random sample of auto-published ones), the review page (original
//! and masked text side by side, every span with its category, rule, confidence and
//! person), corrections, approval and publication, withdrawal, a re-run of the engine,
//! correction statistics and, for admins, the audit log with its export.
//!
//! What it guarantees:
//! - Nothing but the login form answers without a session; every POST carries the
//!   session's CSRF token ([`auth::require_staff`]).
//! - Every action is in the append-only audit log, and so is every view of an original.
//!   Changes to the masking or the public copy write their audit row in the same
//!   registry transaction.
//! - Corrections are stored as intent and replayed on every run of the engine
//!   ([`courtpub_depersonalize::corrections`]); publishing writes the corrected masking
//!   to the outbox, so the indexer updates the public index.
//!
//! It is the only web process with registry credentials. The public site
//! (`courtpub-web`) does not link this crate or the registry: the staff routes do not
//! exist there.

mod audit;
pub mod auth;
mod error;
mod i18n;
mod layout;
mod queue;
mod review;
mod stats;

pub use auth::hash_password;
pub use error::StaffError;
pub use i18n::Lang;

use axum::Router;
use axum::response::Redirect;
use axum::routing::{get, post};
use courtpub_depersonalize::Engine;
use courtpub_domain::CaseCategory;
use courtpub_registry::Registry;
use std::net::SocketAddr;
use std::sync::Arc;

/// Settings of the staff application (the `[staff]` section of the config).
#[derive(Debug, Clone, PartialEq)]
pub struct StaffSettings {
    /// Mark cookies `Secure` (the site is served over HTTPS).
    pub secure_cookies: bool,
    /// A session ends this long after sign-in.
    pub session_ttl: chrono::Duration,
    /// Consecutive failed logins that lock an account.
    pub max_failed_logins: u32,
    /// How long a locked account stays locked.
    pub lockout: chrono::Duration,
    /// Percent (0–100) of auto-published acts drawn for review, per case category.
    pub sample_percent: SamplePercent,
}

impl Default for StaffSettings {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            session_ttl: chrono::Duration::hours(8),
            max_failed_logins: 5,
            lockout: chrono::Duration::minutes(15),
            sample_percent: SamplePercent::default(),
        }
    }
}

/// Sampling rates in percent, one per case category.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SamplePercent {
    pub criminal: f64,
    pub civil: f64,
    pub administrative: f64,
    pub economic: f64,
    pub misdemeanor: f64,
}

impl Default for SamplePercent {
    fn default() -> Self {
        Self {
            criminal: 5.0,
            civil: 2.0,
            administrative: 2.0,
            economic: 2.0,
            misdemeanor: 1.0,
        }
    }
}

impl SamplePercent {
    /// The same rate for every category.
    pub fn all(percent: f64) -> Self {
        Self {
            criminal: percent,
            civil: percent,
            administrative: percent,
            economic: percent,
            misdemeanor: percent,
        }
    }

    /// The fraction (0–1) drawn for one category.
    pub fn fraction(&self, category: CaseCategory) -> f64 {
        let percent = match category {
            CaseCategory::Criminal => self.criminal,
            CaseCategory::Civil => self.civil,
            CaseCategory::Administrative => self.administrative,
            CaseCategory::Economic => self.economic,
            CaseCategory::Misdemeanor => self.misdemeanor,
        };
        (percent / 100.0).clamp(0.0, 1.0)
    }
}

/// Shared by every handler. Cloning is cheap.
#[derive(Clone)]
pub struct StaffState {
    pub registry: Registry,
    /// For re-runs with the current dictionaries, and the policy's pseudonyms.
    pub engine: Arc<Engine>,
    pub settings: Arc<StaffSettings>,
}

impl std::fmt::Debug for StaffState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffState")
            .field("registry", &self.registry)
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

/// Every route behind the login, as (method, path with a sample act id). The tests check
/// each one without a session, and that the public site has none of them.
pub const PROTECTED_ROUTES: &[(&str, &str)] = &[
    ("GET", "/"),
    ("GET", "/queue"),
    ("GET", "/acts/A-1"),
    ("GET", "/acts/A-1/original"),
    ("POST", "/acts/A-1/corrections"),
    ("POST", "/acts/A-1/publish"),
    ("POST", "/acts/A-1/withdraw"),
    ("POST", "/acts/A-1/rerun"),
    ("POST", "/acts/A-1/promote"),
    ("GET", "/stats"),
    ("GET", "/audit"),
    ("GET", "/audit/export.csv"),
    ("GET", "/audit/export.jsonl"),
    ("POST", "/logout"),
];

/// The staff router. Only `/login` answers without a session.
pub fn staff_router(state: StaffState) -> Router {
    let protected = Router::new()
        .route("/", get(|| async { Redirect::to("/queue") }))
        .route("/queue", get(queue::queue))
        .route("/acts/{act_id}", get(review::act))
        .route("/acts/{act_id}/original", get(review::original))
        .route("/acts/{act_id}/corrections", post(review::correct))
        .route("/acts/{act_id}/publish", post(review::publish))
        .route("/acts/{act_id}/withdraw", post(review::withdraw))
        .route("/acts/{act_id}/rerun", post(review::rerun))
        .route("/acts/{act_id}/promote", post(review::promote))
        .route("/stats", get(stats::stats))
        .route("/audit", get(audit::log))
        .route("/audit/export.csv", get(audit::export_csv))
        .route("/audit/export.jsonl", get(audit::export_jsonl))
        .route("/logout", post(auth::logout))
        .fallback(|| async { StaffError::NotFound })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::require_staff,
        ));
    Router::new()
        .route("/login", get(auth::login_form).post(auth::login))
        .merge(protected)
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

/// Pages of the staff site are never cached, framed or sniffed.
async fn security_headers(mut response: axum::response::Response) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    response
}

/// Serves the staff site on `listen` until `shutdown` completes.
pub async fn serve_staff(
    state: StaffState,
    listen: SocketAddr,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), StaffError> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| StaffError::Bind {
            addr: listen,
            source,
        })?;
    tracing::info!(addr = %listen, "staff site listening");
    axum::serve(listener, staff_router(state))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(StaffError::Serve)
}
