//! The act page: public metadata, downloads, and the masked text in paragraphs.

use super::{LangParam, court_name, date, link, page};
use crate::PublicState;
use axum::extract::{OriginalUri, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::html;

pub async fn act(
    State(state): State<PublicState>,
    Path(act_id): Path<String>,
    Query(lp): Query<LangParam>,
    OriginalUri(uri): OriginalUri,
) -> Response {
    let lang = lp.lang();
    let t = lang.t();
    let act = match crate::api::load_act(&state, act_id).await {
        Ok(Some(a)) => a,
        Ok(None) => {
            let body = html! {
                h1 { (t.act_not_found) }
                p { (t.act_not_found_hint) }
                (super::search_form(lang, ""))
            };
            return (
                StatusCode::NOT_FOUND,
                page(lang, &uri, t.act_not_found, body),
            )
                .into_response();
        }
        Err(_) => return super::server_error(lang, &uri),
    };
    let m = &act.act.meta;
    let path = crate::url::act_path(&m.act_id.0);
    let title = format!("{} {} {}", lang.kind(m.kind), t.case_no, m.case_number);
    let body = html! {
        article {
            h1 { (title) }
            dl.meta-list {
                dt { (t.court) } dd { (court_name(lang, &m.court.code, &m.court.name)) }
                dt { (t.decision_date) } dd { time datetime=(m.decision_date.to_string()) { (date(m.decision_date)) } }
                dt { (t.kind) } dd { (lang.kind(m.kind)) }
                dt { (t.category) } dd { (lang.category(m.case_category)) }
                dt { (t.instance) } dd { (lang.instance(m.instance)) }
                @if !m.judges.is_empty() {
                    dt { (t.judges) } dd { (m.judges.join(", ")) }
                }
                dt { (t.case_number) } dd { (m.case_number) }
                dt { (t.act_language) } dd { (lang.act_language(m.language)) }
                dt { (t.revision) } dd { (m.revision) }
                dt { (t.published_at) } dd { (act.published_at.format("%d.%m.%Y")) }
            }
            p {
                (t.download) ": "
                a href=(format!("{path}/text.txt")) download { (t.download_txt) } " · "
                a href=(format!("{path}/act.json")) download { (t.download_json) }
            }
            h2 { (t.text_of_act) }
            p.hint { (t.masked_notice) }
            div.act-text lang=(match m.language { courtpub_domain::Language::Ru => "ru", courtpub_domain::Language::Ky => "ky" }) {
                @for paragraph in act.act.masked_text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    p { (paragraph) }
                }
            }
            p { a href=(link(lang, "/search")) { "← " (t.back_to_search) } }
        }
    };
    page(lang, &uri, &title, body).into_response()
}
