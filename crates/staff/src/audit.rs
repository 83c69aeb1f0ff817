//! The audit log for admins: read it page by page, export it whole. There is no route
//! that changes it, and the database refuses updates and deletes anyway.

use crate::auth::Staff;
use crate::error::StaffError;
use crate::review::path_segment;
use crate::{StaffState, layout};
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use courtpub_domain::ActId;
use courtpub_registry::{AuditRecord, NewAuditEntry};
use maud::{Markup, html};
use serde::Deserialize;

const PAGE: u32 = 200;
const EXPORT_BATCH: u32 = 5_000;

#[derive(Deserialize)]
pub struct LogQuery {
    after: Option<i64>,
    act: Option<String>,
}

pub async fn log(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Query(q): Query<LogQuery>,
) -> Result<Markup, StaffError> {
    staff.require_admin()?;
    let lang = staff.lang;
    let t = lang.t();
    let act = q.act.filter(|a| !a.is_empty()).map(ActId);
    let after = q.after.unwrap_or(0);
    let entries = state.registry.audit_log(act.as_ref(), after, PAGE).await?;
    let next = entries
        .last()
        .map(|e| e.id)
        .filter(|_| entries.len() == PAGE as usize);
    Ok(layout::page(
        lang,
        Some(&staff),
        t.audit_title,
        html! {
            h1 { (t.audit_title) }
            p {
                (t.audit_export) ": "
                a href="/audit/export.csv" { "CSV" } " · "
                a href="/audit/export.jsonl" { "JSON Lines" }
            }
            table id="audit" {
                thead { tr {
                    th scope="col" { "#" }
                    th scope="col" { (t.col_when) }
                    th scope="col" { (t.col_who) }
                    th scope="col" { (t.col_action) }
                    th scope="col" { (t.col_act) }
                    th scope="col" { (t.col_details) }
                } }
                tbody {
                    @for e in &entries {
                        tr {
                            td { (e.id) }
                            td { (e.at.format("%Y-%m-%d %H:%M:%S")) }
                            td { (e.actor) }
                            td { code { (e.action) } }
                            td {
                                @if let Some(a) = &e.act_id {
                                    a href={ "/acts/" (path_segment(&a.0)) } { (a.0) }
                                }
                            }
                            td { code { (e.details.to_string()) } }
                        }
                    }
                }
            }
            @if let Some(next) = next {
                p { a href={ "/audit?after=" (next) } { (t.audit_older) } }
            }
        },
    ))
}

async fn all_entries(
    state: &StaffState,
    staff: &Staff,
    format: &str,
) -> Result<Vec<AuditRecord>, StaffError> {
    staff.require_admin()?;
    // Exporting the log is itself an action worth recording.
    state
        .registry
        .append_audit(&NewAuditEntry {
            actor: staff.actor(),
            action: "export_audit".to_owned(),
            act_id: None,
            details: serde_json::json!({"format": format}),
        })
        .await?;
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let page = state.registry.audit_log(None, after, EXPORT_BATCH).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        let full = page.len() == EXPORT_BATCH as usize;
        out.extend(page);
        if !full {
            break;
        }
    }
    Ok(out)
}

fn download(body: Vec<u8>, mime: &'static str, name: &str) -> Response {
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

pub async fn export_csv(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
) -> Result<Response, StaffError> {
    let entries = all_entries(&state, &staff, "csv").await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| StaffError::Task(e.to_string());
    w.write_record(["id", "at", "actor", "action", "act_id", "details"])
        .map_err(io)?;
    for e in &entries {
        w.write_record([
            e.id.to_string(),
            e.at.to_rfc3339(),
            e.actor.clone(),
            e.action.clone(),
            e.act_id.as_ref().map(|a| a.0.clone()).unwrap_or_default(),
            e.details.to_string(),
        ])
        .map_err(io)?;
    }
    let body = w
        .into_inner()
        .map_err(|e| StaffError::Task(e.to_string()))?;
    Ok(download(body, "text/csv; charset=utf-8", "audit-log.csv"))
}

pub async fn export_jsonl(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
) -> Result<Response, StaffError> {
    let entries = all_entries(&state, &staff, "jsonl").await?;
    let mut body = Vec::new();
    for e in &entries {
        let line = serde_json::json!({
            "id": e.id,
            "at": e.at.to_rfc3339(),
            "actor": e.actor,
            "action": e.action,
            "act_id": e.act_id.as_ref().map(|a| a.0.as_str()),
            "details": e.details,
        });
        body.extend_from_slice(line.to_string().as_bytes());
        body.push(b'\n');
    }
    Ok(download(body, "application/x-ndjson", "audit-log.jsonl"))
}
