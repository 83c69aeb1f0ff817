//! JSON API v1: the same searches as the pages, for reuse.

use crate::PublicState;
use crate::error::{ApiError, ApiErrorCode};
use crate::params::SearchParams;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use courtpub_domain::{ActId, ActMeta};
use courtpub_index::{Facets, Hit, IndexedAct, SearchRequest, SearchResults};
use serde::{Deserialize, Serialize};

/// An act as the API and the JSON download give it.
#[derive(Serialize)]
pub struct ApiAct<'a> {
    #[serde(flatten)]
    pub meta: &'a ActMeta,
    pub published_at: DateTime<Utc>,
    pub url: String,
    pub text_url: String,
    /// The depersonalized text; paragraphs are separated by newlines.
    pub masked_text: &'a str,
}

impl<'a> ApiAct<'a> {
    pub fn new(act: &'a IndexedAct, base_url: &str) -> ApiAct<'a> {
        let path = crate::url::act_path(&act.act.meta.act_id.0);
        ApiAct {
            meta: &act.act.meta,
            published_at: act.published_at,
            url: format!("{base_url}{path}"),
            text_url: format!("{base_url}{path}/text.txt"),
            masked_text: &act.act.masked_text,
        }
    }
}

#[derive(Serialize)]
struct ApiSnippet<'a> {
    fragment: &'a str,
    /// Byte ranges `[start, end)` of the matches in `fragment`.
    highlighted: Vec<[usize; 2]>,
    /// `fragment` as HTML with `<mark>` around matches, everything else escaped.
    html: String,
}

#[derive(Serialize)]
struct ApiHit<'a> {
    #[serde(flatten)]
    meta: &'a ActMeta,
    published_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f32>,
    url: String,
    snippet: ApiSnippet<'a>,
}

impl<'a> ApiHit<'a> {
    fn new(hit: &'a Hit, base_url: &str) -> ApiHit<'a> {
        ApiHit {
            meta: &hit.meta,
            published_at: hit.published_at,
            score: hit.score,
            url: format!("{base_url}{}", crate::url::act_path(&hit.meta.act_id.0)),
            snippet: ApiSnippet {
                fragment: &hit.snippet.fragment,
                highlighted: hit
                    .snippet
                    .highlighted
                    .iter()
                    .map(|r| [r.start, r.end])
                    .collect(),
                html: hit.snippet.to_html(),
            },
        }
    }
}

#[derive(Serialize)]
struct ApiSearch<'a> {
    query: &'a str,
    total: usize,
    page: usize,
    per_page: usize,
    hits: Vec<ApiHit<'a>>,
    facets: &'a Facets,
    warnings: &'a [String],
}

/// Runs a search on a blocking thread.
pub(crate) async fn run_search(
    state: &PublicState,
    request: SearchRequest,
) -> Result<SearchResults, ApiError> {
    let reader = state.reader.clone();
    let _slot = state
        .search_slots
        .acquire()
        .await
        .map_err(|e| ApiError::internal(&e))?;
    match tokio::task::spawn_blocking(move || reader.search(&request)).await {
        Ok(Ok(results)) => Ok(results),
        Ok(Err(e)) => Err(ApiError::internal(&e)),
        Err(e) => Err(ApiError::internal(&e)),
    }
}

pub(crate) async fn load_act(
    state: &PublicState,
    act_id: String,
) -> Result<Option<IndexedAct>, ApiError> {
    let reader = state.reader.clone();
    match tokio::task::spawn_blocking(move || reader.get(&ActId(act_id))).await {
        Ok(Ok(act)) => Ok(act),
        Ok(Err(e)) => Err(ApiError::internal(&e)),
        Err(e) => Err(ApiError::internal(&e)),
    }
}

fn strict(params: &SearchParams) -> Result<crate::params::Parsed, ApiError> {
    let parsed = params.parse();
    match parsed.problems.first() {
        Some(problem) => Err(problem.clone().into()),
        None => Ok(parsed),
    }
}

pub async fn search(
    State(state): State<PublicState>,
    Query(params): Query<SearchParams>,
) -> Result<Response, ApiError> {
    let parsed = strict(&params)?;
    let query = parsed.request.query.clone();
    let results = run_search(&state, parsed.request).await?;
    let body = ApiSearch {
        query: &query,
        total: results.total,
        page: parsed.page,
        per_page: parsed.per_page,
        hits: results
            .hits
            .iter()
            .map(|h| ApiHit::new(h, &state.base_url))
            .collect(),
        facets: &results.facets,
        warnings: &results.warnings,
    };
    Ok(Json(body).into_response())
}

pub async fn facets(
    State(state): State<PublicState>,
    Query(params): Query<SearchParams>,
) -> Result<Response, ApiError> {
    let mut parsed = strict(&params)?;
    parsed.request.limit = 0;
    let results = run_search(&state, parsed.request).await?;
    Ok(Json(serde_json::json!({
        "total": results.total,
        "facets": results.facets,
    }))
    .into_response())
}

#[derive(Deserialize)]
pub struct LatestParams {
    limit: Option<String>,
}

pub async fn latest(
    State(state): State<PublicState>,
    Query(params): Query<LatestParams>,
) -> Result<Response, ApiError> {
    let limit = match params.limit.as_deref().map(str::trim) {
        None | Some("") => 20,
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => {
                return Err(ApiError::new(
                    ApiErrorCode::InvalidParameter,
                    "parameter `limit` must be a whole number from 1 to 100",
                ));
            }
        },
    };
    let reader = state.reader.clone();
    let acts = match tokio::task::spawn_blocking(move || reader.latest(limit)).await {
        Ok(Ok(acts)) => acts,
        Ok(Err(e)) => return Err(ApiError::internal(&e)),
        Err(e) => return Err(ApiError::internal(&e)),
    };
    let items: Vec<_> = acts
        .iter()
        .map(|a| ApiAct::new(a, &state.base_url))
        .collect();
    Ok(Json(serde_json::json!({ "acts": items })).into_response())
}

fn not_found(act_id: &str) -> ApiError {
    ApiError::new(
        ApiErrorCode::ActNotFound,
        format!("no published act has id `{act_id}`"),
    )
}

pub async fn act(
    State(state): State<PublicState>,
    Path(act_id): Path<String>,
) -> Result<Response, ApiError> {
    let act = load_act(&state, act_id.clone())
        .await?
        .ok_or_else(|| not_found(&act_id))?;
    Ok(Json(ApiAct::new(&act, &state.base_url)).into_response())
}

/// The same JSON as the API, as a file to save.
pub async fn act_download(
    State(state): State<PublicState>,
    Path(act_id): Path<String>,
) -> Result<Response, ApiError> {
    let act = load_act(&state, act_id.clone())
        .await?
        .ok_or_else(|| not_found(&act_id))?;
    let body = serde_json::to_vec_pretty(&ApiAct::new(&act, &state.base_url))
        .map_err(|e| ApiError::internal(&e))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}.json\"",
                    crate::export::file_stem(&act_id)
                ),
            ),
        ],
        body,
    )
        .into_response())
}
