//! Errors: the library's own, and the stable error table of the JSON API.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

/// Why the public site could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error(transparent)]
    Index(#[from] courtpub_index::IndexError),
    #[error("cannot listen on {addr}: {source}; choose a free address with --listen")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("the public site stopped: {0}")]
    Serve(std::io::Error),
    #[error("cannot write the export: {0}")]
    Export(#[from] std::io::Error),
    #[error("cannot write the export: {0}")]
    Csv(#[from] csv::Error),
}

/// Every error the API can return: stable codes clients may rely on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiErrorCode {
    InvalidParameter,
    QueryTooLong,
    PerPageTooLarge,
    PageTooDeep,
    ActNotFound,
    RouteNotFound,
    Internal,
}

impl ApiErrorCode {
    pub const ALL: [ApiErrorCode; 7] = [
        Self::InvalidParameter,
        Self::QueryTooLong,
        Self::PerPageTooLarge,
        Self::PageTooDeep,
        Self::ActNotFound,
        Self::RouteNotFound,
        Self::Internal,
    ];

    /// (code, HTTP status, type, what it means) — the one table of API errors.
    pub fn describe(self) -> (&'static str, StatusCode, &'static str, &'static str) {
        use StatusCode as S;
        match self {
            Self::InvalidParameter => (
                "invalid_parameter",
                S::BAD_REQUEST,
                "invalid_request",
                "a query parameter has a value the API does not accept",
            ),
            Self::QueryTooLong => (
                "query_too_long",
                S::BAD_REQUEST,
                "invalid_request",
                "the q parameter is longer than 500 characters",
            ),
            Self::PerPageTooLarge => (
                "per_page_too_large",
                S::BAD_REQUEST,
                "invalid_request",
                "per_page is larger than 100",
            ),
            Self::PageTooDeep => (
                "page_too_deep",
                S::BAD_REQUEST,
                "invalid_request",
                "the page starts beyond the 10000th hit; narrow the search or use the export",
            ),
            Self::ActNotFound => (
                "act_not_found",
                S::NOT_FOUND,
                "invalid_request",
                "no published act has this id (never published, or withdrawn)",
            ),
            Self::RouteNotFound => (
                "route_not_found",
                S::NOT_FOUND,
                "invalid_request",
                "no endpoint at this path; see /api/v1/openapi.json",
            ),
            Self::Internal => (
                "internal",
                S::INTERNAL_SERVER_ERROR,
                "internal",
                "the server failed; try again later",
            ),
        }
    }

    pub fn as_str(self) -> &'static str {
        self.describe().0
    }
}

/// An API error response: `{message, code, type, link}`.
#[derive(Debug)]
pub struct ApiError {
    pub code: ApiErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn new(code: ApiErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    /// Logs the cause (never act text) and hides it from the client.
    pub fn internal(cause: &dyn std::fmt::Display) -> ApiError {
        tracing::error!(error = %cause, "public request failed");
        ApiError::new(ApiErrorCode::Internal, "the server failed; try again later")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (code, status, kind, _) = self.code.describe();
        let body = serde_json::json!({
            "message": self.message,
            "code": code,
            "type": kind,
            "link": format!("/api#error-{code}"),
        });
        (status, Json(body)).into_response()
    }
}
