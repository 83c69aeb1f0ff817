//! courtpub-web: the public site and open-data API of the published acts.
//!
//! This crate owns the public HTTP surface: server-rendered pages in Russian and Kyrgyz
//! (home, search, act), the JSON API v1 with its OpenAPI document, the Atom feed of new
//! acts and the bulk open-data export (JSON Lines, CSV).
//!
//! **It reads only the public tantivy index and never holds registry credentials**: the
//! one input of [`PublicConfig`] is the index folder, and the index itself only ever
//! contains [`courtpub_domain::PublicAct`]s (public metadata and masked text). Nothing
//! restricted can be shown because nothing restricted is reachable from here. The staff
//! application (originals, spans, corrections) is a separate router on a separate listener.
//!
//! Searches run on blocking threads (tantivy is synchronous); the index reader reloads
//! by itself shortly after each indexer commit, so withdrawn acts disappear and revised
//! acts show their latest revision without a restart.

mod api;
mod courts;
mod error;
mod export;
mod feed;
mod html;
mod i18n;
mod openapi;
mod params;
mod url;

pub use error::{ApiErrorCode, WebError};
pub use export::{ExportFormat, write_export};
pub use i18n::Lang;

use axum::Router;
use axum::routing::{MethodRouter, get};
use courtpub_index::{ActIndex, IndexReader};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// Everything the public web process needs. There is deliberately no database URL here:
/// the public side cannot reach the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicConfig {
    /// The tantivy index folder written by the indexer.
    pub index_dir: PathBuf,
    pub listen: SocketAddr,
    /// Absolute URL the site is reached at, for the feed and export links;
    /// defaults to `http://{listen}`.
    pub public_url: Option<String>,
}

/// Shared by every handler.
#[derive(Clone)]
pub(crate) struct PublicState {
    pub reader: IndexReader,
    /// Absolute base URL without a trailing slash.
    pub base_url: Arc<str>,
    /// One search per core at a time: more only thrash the caches and stretch every
    /// request's latency; waiting requests queue in order instead.
    pub search_slots: Arc<tokio::sync::Semaphore>,
}

/// Paths of the machine-readable endpoints; the OpenAPI document describes exactly these.
pub fn machine_paths() -> Vec<&'static str> {
    machine_routes().into_iter().map(|(path, _)| path).collect()
}

fn machine_routes() -> Vec<(&'static str, MethodRouter<PublicState>)> {
    vec![
        ("/api/v1/search", get(api::search)),
        ("/api/v1/facets", get(api::facets)),
        ("/api/v1/latest", get(api::latest)),
        ("/api/v1/acts/{act_id}", get(api::act)),
        ("/api/v1/openapi.json", get(openapi::document)),
        ("/feed.atom", get(feed::atom)),
        ("/export/acts.jsonl", get(export::jsonl)),
        ("/export/acts.csv", get(export::csv)),
    ]
}

/// The public router over an index reader. `base_url` is the absolute URL of the site.
pub fn public_router(reader: IndexReader, base_url: &str) -> Router {
    let state = PublicState {
        reader,
        base_url: Arc::from(base_url.trim_end_matches('/')),
        search_slots: Arc::new(tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, |n| n.get()),
        )),
    };
    let mut router = Router::new()
        .route("/", get(html::home))
        .route("/search", get(html::search))
        .route("/acts/{act_id}", get(html::act))
        .route("/acts/{act_id}/text.txt", get(export::act_txt))
        .route("/acts/{act_id}/act.json", get(api::act_download))
        .route("/api", get(html::api_help))
        .route("/healthz", get(|| async { "ok" }));
    for (path, handler) in machine_routes() {
        router = router.route(path, handler);
    }
    router
        .fallback(html::not_found)
        .layer(
            tower_http::cors::CorsLayer::new()
                .allow_origin(tower_http::cors::Any)
                .allow_methods([axum::http::Method::GET, axum::http::Method::HEAD]),
        )
        .with_state(state)
}

/// Opens the index folder and serves the public site until Ctrl-C or SIGTERM.
pub async fn serve_public(config: PublicConfig) -> Result<(), WebError> {
    let index = ActIndex::open_or_create(&config.index_dir)?;
    let reader = index.reader()?;
    let base_url = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", config.listen));
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|source| WebError::Bind {
            addr: config.listen,
            source,
        })?;
    tracing::info!(addr = %config.listen, acts = reader.count(), "public site listening");
    axum::serve(listener, public_router(reader, &base_url))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(WebError::Serve)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
