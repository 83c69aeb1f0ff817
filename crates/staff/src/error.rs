//! Staff errors and the page each one shows. Internals (database messages) go to the log
//! with the act id, never to the page.

use crate::i18n::Lang;
use crate::layout;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("registry: {0}")]
    Registry(#[from] courtpub_registry::Error),
    #[error("cannot load the engine: {0}")]
    Engine(#[from] courtpub_depersonalize::Error),
    #[error("cannot bind the staff listener {addr}: {source}; is another process using it?")]
    Bind {
        addr: std::net::SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("staff listener failed: {0}")]
    Serve(#[source] std::io::Error),
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error("the operating system gave no random bytes: {0}")]
    Random(String),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("csrf token missing or wrong")]
    Csrf,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("a background task failed: {0}")]
    Task(String),
}

impl StaffError {
    fn status(&self) -> StatusCode {
        use courtpub_registry::Error as R;
        match self {
            Self::NotFound | Self::Registry(R::NotFound { .. }) => StatusCode::NOT_FOUND,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::Csrf => StatusCode::FORBIDDEN,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Registry(
                R::StaleRevision { .. } | R::ActWithdrawn { .. } | R::UserExists { .. },
            ) => StatusCode::CONFLICT,
            Self::Registry(e) if e.is_transient() => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The page for this error in `lang`.
    pub fn page(&self, lang: Lang) -> Response {
        let t = lang.t();
        let status = self.status();
        let message = match status {
            StatusCode::NOT_FOUND => t.not_found,
            StatusCode::FORBIDDEN if matches!(self, Self::Csrf) => t.csrf_failed,
            StatusCode::FORBIDDEN => t.forbidden,
            StatusCode::CONFLICT => t.conflict,
            StatusCode::BAD_REQUEST => t.conflict,
            _ => {
                tracing::error!(error = %self, "staff request failed");
                t.server_error
            }
        };
        (status, layout::message_page(lang, message)).into_response()
    }
}

tokio::task_local! {
    /// The interface language of the request being handled, set by the login guard so
    /// that an error a handler returns is shown in the member's language.
    pub static REQUEST_LANG: Lang;
}

impl IntoResponse for StaffError {
    fn into_response(self) -> Response {
        let lang = REQUEST_LANG.try_with(|l| *l).unwrap_or_default();
        self.page(lang)
    }
}
