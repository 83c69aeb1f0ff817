//! Server-rendered pages. maud escapes every interpolated value; the only pre-escaped
//! HTML is the snippet, which [`courtpub_index::Snippet::to_html`] escapes itself.

mod act;
mod search;

pub use act::act;
pub use search::search;

use crate::PublicState;
use crate::error::ApiErrorCode;
use crate::i18n::Lang;
use axum::extract::{OriginalUri, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use courtpub_domain::CaseCategory;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde::Deserialize;

const STYLE: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fafafa}
a{color:#0b4f9c}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f2a900;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header{background:#0b3d6e;color:#fff;padding:.75rem 1rem}header a{color:#fff}
.bar{max-width:64rem;margin:0 auto;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
.brand{font-weight:700;text-decoration:none}
main{max-width:64rem;margin:0 auto;padding:1rem}
footer{max-width:64rem;margin:2rem auto;padding:1rem;color:#555;font-size:.9rem}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
form.search input[type=search]{flex:1 1 16rem;font-size:1.1rem;padding:.5rem;border:1px solid #767676;border-radius:4px}
button{font-size:1rem;padding:.5rem 1rem;background:#0b4f9c;color:#fff;border:0;border-radius:4px;cursor:pointer}
fieldset{border:1px solid #ccc;border-radius:4px;margin:.5rem 0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.5rem 1rem}
fieldset label{display:block;font-size:.9rem}fieldset input,fieldset select{width:100%;padding:.4rem;font-size:1rem}
.hint{color:#555;font-size:.9rem;margin:.25rem 0}
.notice{background:#fff4d6;border-left:4px solid #f2a900;padding:.5rem 1rem;margin:.5rem 0}
.layout{display:grid;grid-template-columns:1fr;gap:1rem}
@media(min-width:50rem){.layout{grid-template-columns:15rem 1fr}}
.facets h3{font-size:1rem;margin:1rem 0 .25rem}.facets ul{list-style:none;padding:0;margin:0}
.hits{list-style:none;padding:0}.hits li{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:.75rem 1rem;margin:.5rem 0}
.hits h3{margin:0 0 .25rem;font-size:1.05rem}.meta{color:#555;font-size:.9rem;margin:.1rem 0}
mark{background:#ffe27a;color:inherit}
nav.pages ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
nav.pages a,nav.pages span{display:inline-block;padding:.4rem .8rem;border:1px solid #ccc;border-radius:4px}
dl.meta-list{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.meta-list dt{font-weight:600}
.act-text{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:1rem 1.25rem;max-width:48rem}
.act-text p{margin:0 0 .8rem;text-align:justify;hyphens:auto}
.counts{columns:2 16rem}
details.filters{margin:.5rem 0}details.filters summary{cursor:pointer;font-weight:600;padding:.25rem 0}
@media(min-width:50rem){details.filters:not([open]) summary{font-size:1.05rem}}
"#;

/// `lang` from the query string; every page accepts it.
#[derive(Deserialize, Default)]
pub struct LangParam {
    pub lang: Option<String>,
}

impl LangParam {
    pub fn lang(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or_default()
    }
}

/// `path` with the interface language kept (Russian is the default and adds nothing).
pub fn link(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Ru => path.to_string(),
        Lang::Ky => {
            let sep = if path.contains('?') { '&' } else { '?' };
            format!("{path}{sep}lang=ky")
        }
    }
}

/// The URL of the same page in the other language.
fn switch_url(lang: Lang, uri: &axum::http::Uri) -> String {
    let other = lang.other();
    let kept: Vec<&str> = uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    let mut query = kept.join("&");
    if other == Lang::Ky {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str("lang=ky");
    }
    if query.is_empty() {
        uri.path().to_string()
    } else {
        format!("{}?{query}", uri.path())
    }
}

pub fn page(lang: Lang, uri: &axum::http::Uri, title: &str, body: Markup) -> Markup {
    let t = lang.t();
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — " (t.site_title) }
                link rel="alternate" type="application/atom+xml" title=(t.feed) href="/feed.atom";
                style { (PreEscaped(STYLE)) }
            }
            body {
                a.skip href="#content" { (t.skip_to_content) }
                header {
                    div.bar {
                        a.brand href=(link(lang, "/")) { (t.site_title) }
                        nav aria-label=(t.language) {
                            a href=(switch_url(lang, uri)) hreflang=(lang.other().code()) lang=(lang.other().code()) {
                                (lang.other().native_name())
                            }
                        }
                    }
                }
                main #content tabindex="-1" { (body) }
                footer {
                    p { (t.masked_notice) }
                    p {
                        a href=(link(lang, "/api")) { (t.api_docs) } " · "
                        a href="/feed.atom" { (t.feed) } " · "
                        a href="/export/acts.jsonl" { (t.export_jsonl) } " · "
                        a href="/export/acts.csv" { (t.export_csv) }
                    }
                }
            }
        }
    }
}

pub fn search_form(lang: Lang, q: &str) -> Markup {
    let t = lang.t();
    html! {
        form.search role="search" action="/search" method="get" {
            label for="q" { (t.search_label) }
            input #q type="search" name="q" value=(q) placeholder=(t.search_placeholder)
                maxlength="500" aria-describedby="q-hint";
            @if lang == Lang::Ky { input type="hidden" name="lang" value="ky"; }
            button type="submit" { (t.search) }
        }
        p.hint #q-hint { (t.search_hint) }
    }
}

/// The court's name in the interface language when it is a known court.
pub fn court_name(lang: Lang, code: &str, indexed_name: &str) -> String {
    match (lang, crate::courts::find(code)) {
        (Lang::Ky, Some(c)) => c.name_ky.to_string(),
        _ => indexed_name.to_string(),
    }
}

pub fn date(d: chrono::NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

fn server_error(lang: Lang, uri: &axum::http::Uri) -> Response {
    let t = lang.t();
    let body =
        html! { h1 { (t.error_page) } p { a href=(link(lang, "/")) { (t.back_to_search) } } };
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        page(lang, uri, t.error_page, body),
    )
        .into_response()
}

pub async fn home(
    State(state): State<PublicState>,
    Query(lp): Query<LangParam>,
    OriginalUri(uri): OriginalUri,
) -> Response {
    let lang = lp.lang();
    let t = lang.t();
    let reader = state.reader.clone();
    let loaded = tokio::task::spawn_blocking(move || {
        let latest = reader.latest(10)?;
        let counts = reader.search(&courtpub_index::SearchRequest::default())?;
        Ok::<_, courtpub_index::IndexError>((latest, counts))
    })
    .await;
    let (latest, counts) = match loaded {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            tracing::error!(error = %e, "home page failed");
            return server_error(lang, &uri);
        }
        Err(e) => {
            tracing::error!(error = %e, "home page failed");
            return server_error(lang, &uri);
        }
    };
    let body = html! {
        h1 { (t.site_title) }
        p { (t.site_subtitle) ". " (t.acts_in_index) ": " strong { (counts.total) } }
        (search_form(lang, ""))
        section aria-labelledby="latest" {
            h2 #latest { (t.latest_acts) }
            @if latest.is_empty() {
                p { (t.no_acts_yet) }
            } @else {
                ul.hits {
                    @for a in &latest {
                        @let m = &a.act.meta;
                        li {
                            h3 { a href=(link(lang, &crate::url::act_path(&m.act_id.0))) {
                                (lang.kind(m.kind)) " " (t.case_no) " " (m.case_number)
                            } }
                            p.meta { (court_name(lang, &m.court.code, &m.court.name)) " · " (date(m.decision_date)) " · " (lang.category(m.case_category)) }
                        }
                    }
                }
            }
        }
        section aria-labelledby="by-court" {
            h2 #by-court { (t.by_court) }
            ul.counts {
                @for c in &counts.facets.courts {
                    li { a href=(link(lang, &format!("/search?court={}", crate::url::encode(&c.code)))) {
                        (court_name(lang, &c.code, &c.name))
                    } " — " (c.count) }
                }
            }
        }
        section aria-labelledby="by-category" {
            h2 #by-category { (t.by_category) }
            ul.counts {
                @for c in &counts.facets.categories {
                    li { a href=(link(lang, &format!("/search?category={}", c.value.as_str()))) {
                        (lang.category(c.value))
                    } " — " (c.count) }
                }
            }
        }
        section aria-labelledby="open-data" {
            h2 #open-data { (t.open_data) }
            p { (t.open_data_text) }
            ul {
                li { a href="/export/acts.jsonl" { (t.export_jsonl) } }
                li { a href="/export/acts.csv" { (t.export_csv) } }
                li { a href="/api/v1/openapi.json" { (t.api_docs) } }
                li { a href="/feed.atom" { (t.feed) } }
            }
        }
    };
    page(lang, &uri, t.site_title, body).into_response()
}

/// A human page describing the API, with an anchor per error code (the errors' `link`).
pub async fn api_help(Query(lp): Query<LangParam>, OriginalUri(uri): OriginalUri) -> Response {
    let lang = lp.lang();
    let body = html! {
        h1 { "API v1" }
        p { "OpenAPI: " a href="/api/v1/openapi.json" { "/api/v1/openapi.json" } }
        ul {
            @for path in crate::machine_paths() { li { code { "GET " (path) } } }
        }
        h2 #errors { "Errors" }
        p { "Every error is JSON: " code { "{\"message\", \"code\", \"type\", \"link\"}" } "." }
        dl.meta-list {
            @for code in ApiErrorCode::ALL {
                @let (name, status, kind, meaning) = code.describe();
                dt #{"error-" (name)} { code { (name) } }
                dd { (status.as_u16()) " · " (kind) " · " (meaning) }
            }
        }
        p { "Categories: " @for c in CaseCategory::ALL { code { (c.as_str()) } " " } }
    };
    page(lang, &uri, "API", body).into_response()
}

pub async fn not_found(Query(lp): Query<LangParam>, OriginalUri(uri): OriginalUri) -> Response {
    if uri.path().starts_with("/api/") {
        return crate::error::ApiError::new(
            ApiErrorCode::RouteNotFound,
            format!("no endpoint at `{}`; see /api/v1/openapi.json", uri.path()),
        )
        .into_response();
    }
    let lang = lp.lang();
    let t = lang.t();
    let body = html! {
        h1 { (t.page_not_found) }
        (search_form(lang, ""))
    };
    (
        StatusCode::NOT_FOUND,
        page(lang, &uri, t.page_not_found, body),
    )
        .into_response()
}
