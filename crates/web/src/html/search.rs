//! The search page: form with filters, facets, hits with snippets, pagination.

use super::{court_name, date, link, page, search_form};
use crate::PublicState;
use crate::i18n::Lang;
use crate::params::SearchParams;
use axum::extract::{OriginalUri, Query, State};
use axum::response::{IntoResponse, Response};
use courtpub_domain::{ActKind, CaseCategory, Instance};
use courtpub_index::{SearchResults, Sort};
use maud::{Markup, PreEscaped, html};

pub async fn search(
    State(state): State<PublicState>,
    Query(params): Query<SearchParams>,
    OriginalUri(uri): OriginalUri,
) -> Response {
    let lang = params
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default();
    let t = lang.t();
    let parsed = params.parse();
    let results = match crate::api::run_search(&state, parsed.request.clone()).await {
        Ok(r) => r,
        Err(_) => return super::server_error(lang, &uri),
    };
    let q = parsed.request.query.as_str();
    let title = if q.is_empty() {
        t.results.to_string()
    } else {
        format!("{q} — {}", t.results)
    };
    let body = html! {
        h1 { (t.results) }
        (search_form(lang, q))
        (filters_form(lang, &params, &results))
        @if !parsed.problems.is_empty() || !results.warnings.is_empty() {
            div.notice role="status" {
                ul {
                    @for p in &parsed.problems {
                        li { (problem_text(lang, p)) }
                    }
                    @if !results.warnings.is_empty() { li { (t.query_warning) "." } }
                }
            }
        }
        h2 #found aria-live="polite" { (t.found) ": " (results.total) }
        div.layout {
            (facets(lang, &params, &results))
            section aria-labelledby="found" {
                @if results.hits.is_empty() {
                    div.notice {
                        p { strong { (t.nothing_found) } }
                        ul { @for tip in t.nothing_found_tips { li { (tip) } } }
                        p { a href=(link(lang, "/search")) { (t.reset) } }
                    }
                } @else {
                    ol.hits start=(parsed.request.offset + 1) {
                        @for hit in &results.hits {
                            @let m = &hit.meta;
                            li {
                                h3 { a href=(link(lang, &crate::url::act_path(&m.act_id.0))) {
                                    (lang.kind(m.kind)) " " (t.case_no) " " (m.case_number)
                                } }
                                p.meta {
                                    (court_name(lang, &m.court.code, &m.court.name)) " · "
                                    time datetime=(m.decision_date.to_string()) { (date(m.decision_date)) }
                                    " · " (lang.category(m.case_category)) " · " (lang.instance(m.instance))
                                }
                                p.snippet { (PreEscaped(hit.snippet.to_html())) }
                            }
                        }
                    }
                    (pagination(lang, &params, parsed.page, parsed.per_page, results.total))
                }
            }
        }
    };
    page(lang, &uri, &title, body).into_response()
}

fn problem_text(lang: Lang, p: &crate::params::Problem) -> String {
    use crate::error::ApiErrorCode as C;
    let t = lang.t();
    match p.code {
        C::QueryTooLong => t.query_too_long.to_string(),
        C::PageTooDeep => t.page_too_deep.to_string(),
        _ => format!("{}: {}", t.ignored_parameter, p.parameter),
    }
}

fn filters_form(lang: Lang, params: &SearchParams, results: &SearchResults) -> Markup {
    let t = lang.t();
    let current = |v: &Option<String>| v.clone().unwrap_or_default();
    let court = current(&params.court);
    // Known courts first, then any other court the index has acts of.
    let mut courts: Vec<(String, String)> = crate::courts::COURTS
        .iter()
        .map(|c| (c.code.to_string(), court_name(lang, c.code, c.name_ru)))
        .collect();
    for c in &results.facets.courts {
        if !courts.iter().any(|(code, _)| *code == c.code) {
            courts.push((c.code.clone(), c.name.clone()));
        }
    }
    let kind = current(&params.kind);
    let category = current(&params.category);
    let instance = current(&params.instance);
    let sort = current(&params.sort);
    html! {
        @let any_filter = params.pairs().iter().any(|(k, _)| !matches!(*k, "q" | "lang" | "page" | "per_page"));
        details.filters open[any_filter] {
        summary { (t.filters) }
        form action="/search" method="get" aria-label=(t.filters) {
            input type="hidden" name="q" value=(current(&params.q));
            @if lang == Lang::Ky { input type="hidden" name="lang" value="ky"; }
            fieldset {
                legend { (t.filters) }
                div { label for="f-court" { (t.court) }
                    select #f-court name="court" {
                        option value="" { (t.any) }
                        @for (code, name) in &courts {
                            option value=(code) selected[*code == court] { (name) }
                        }
                    }
                }
                div { label for="f-kind" { (t.kind) }
                    select #f-kind name="kind" {
                        option value="" { (t.any) }
                        @for k in ActKind::ALL { option value=(k.as_str()) selected[k.as_str() == kind] { (lang.kind(k)) } }
                    }
                }
                div { label for="f-category" { (t.category) }
                    select #f-category name="category" {
                        option value="" { (t.any) }
                        @for c in CaseCategory::ALL { option value=(c.as_str()) selected[c.as_str() == category] { (lang.category(c)) } }
                    }
                }
                div { label for="f-instance" { (t.instance) }
                    select #f-instance name="instance" {
                        option value="" { (t.any) }
                        @for i in [Instance::First, Instance::Appeal, Instance::Cassation] {
                            option value=(i.as_str()) selected[i.as_str() == instance] { (lang.instance(i)) }
                        }
                    }
                }
                div { label for="f-judge" { (t.judge) }
                    input #f-judge type="text" name="judge" value=(current(&params.judge)) autocomplete="off";
                }
                div { label for="f-case" { (t.case_number) }
                    input #f-case type="text" name="case_number" value=(current(&params.case_number)) autocomplete="off";
                }
                div { label for="f-from" { (t.date_from) }
                    input #f-from type="date" name="date_from" value=(current(&params.date_from));
                }
                div { label for="f-to" { (t.date_to) }
                    input #f-to type="date" name="date_to" value=(current(&params.date_to));
                }
                div { label for="f-sort" { (t.sort) }
                    select #f-sort name="sort" {
                        @for s in Sort::ALL { option value=(s.as_str()) selected[s.as_str() == sort] { (lang.sort(s)) } }
                    }
                }
                div {
                    button type="submit" { (t.apply) } " "
                    a href=(link(lang, "/search")) { (t.reset) }
                }
            }
        }
        }
    }
}

fn facets(lang: Lang, params: &SearchParams, results: &SearchResults) -> Markup {
    let t = lang.t();
    let f = &results.facets;
    let item = |key: &str, value: &str, label: String, count: u64| {
        let selected = params.pairs().iter().any(|(k, v)| *k == key && *v == value);
        let href = params.with(key, Some(value)).search_url();
        html! {
            li {
                @if selected { strong aria-current="true" { (label) } " (" (count) ")" }
                @else { a href=(href) { (label) } " (" (count) ")" }
            }
        }
    };
    html! {
        nav.facets aria-label=(t.filters) {
            @if !f.courts.is_empty() {
                h3 { (t.court) }
                ul { @for c in &f.courts { (item("court", &c.code, court_name(lang, &c.code, &c.name), c.count)) } }
            }
            @if !f.kinds.is_empty() {
                h3 { (t.kind) }
                ul { @for k in &f.kinds { (item("kind", k.value.as_str(), lang.kind(k.value).to_string(), k.count)) } }
            }
            @if !f.categories.is_empty() {
                h3 { (t.category) }
                ul { @for k in &f.categories { (item("category", k.value.as_str(), lang.category(k.value).to_string(), k.count)) } }
            }
            @if !f.instances.is_empty() {
                h3 { (t.instance) }
                ul { @for k in &f.instances { (item("instance", k.value.as_str(), lang.instance(k.value).to_string(), k.count)) } }
            }
            @if !f.judges.is_empty() {
                h3 { (t.judges) }
                ul { @for k in &f.judges { (item("judge", &k.value, k.value.clone(), k.count)) } }
            }
        }
    }
}

fn pagination(
    lang: Lang,
    params: &SearchParams,
    page: usize,
    per_page: usize,
    total: usize,
) -> Markup {
    let t = lang.t();
    let reachable = total.min(courtpub_index::MAX_OFFSET + per_page);
    let pages = reachable.div_ceil(per_page).max(1);
    let url = |p: usize| params.with("page", Some(&p.to_string())).search_url();
    let window: Vec<usize> = (page.saturating_sub(2).max(1)..=(page + 2).min(pages)).collect();
    html! {
        @if pages > 1 {
            nav.pages aria-label=(t.pagination) {
                ul {
                    @if page > 1 { li { a href=(url(page - 1)) rel="prev" { "← " (t.previous_page) } } }
                    @for p in window {
                        li {
                            @if p == page { span aria-current="page" { (t.page) " " (p) } }
                            @else { a href=(url(p)) aria-label=(format!("{} {p}", t.page)) { (p) } }
                        }
                    }
                    @if page < pages { li { a href=(url(page + 1)) rel="next" { (t.next_page) " →" } } }
                }
            }
        }
    }
}
