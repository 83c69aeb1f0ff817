//! The review queue: acts the engine held and the random sample of auto-published acts,
//! oldest first, filtered by court and reason.

use crate::auth::Staff;
use crate::error::StaffError;
use crate::i18n::Lang;
use crate::{StaffState, layout};
use axum::Extension;
use axum::extract::{Query, State};
use courtpub_depersonalize::Policy;
use courtpub_registry::{QueueItem, ReviewFilter, ReviewReason};
use maud::{Markup, html};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Most acts listed at once; the oldest come first, so nothing is starved.
const QUEUE_LIMIT: u32 = 500;
/// Published revisions decided for the sample per visit of the queue.
const SAMPLE_BATCH: u32 = 2_000;

/// Why one act is listed, finer than the registry's held/sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Spans below the policy's confidence threshold, or a leak the safety net caught.
    Uncertain,
    /// Held by a "review" category or role of the policy.
    Policy,
    Sample,
}

impl Reason {
    fn of(item: &QueueItem, policy: &Policy) -> Reason {
        match item.reason {
            ReviewReason::Sample => Reason::Sample,
            ReviewReason::Held
                if item
                    .spans
                    .iter()
                    .any(|s| s.confidence < policy.review_below || s.rule == "name.leak_check") =>
            {
                Reason::Uncertain
            }
            ReviewReason::Held => Reason::Policy,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Reason::Uncertain => "uncertain",
            Reason::Policy => "policy",
            Reason::Sample => "sample",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.t();
        match self {
            Reason::Uncertain => t.reason_uncertain,
            Reason::Policy => t.reason_policy,
            Reason::Sample => t.reason_sample,
        }
    }
}

#[derive(Deserialize)]
pub struct QueueQuery {
    court: Option<String>,
    reason: Option<String>,
}

pub async fn queue(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Query(q): Query<QueueQuery>,
) -> Result<Markup, StaffError> {
    let lang = staff.lang;
    let t = lang.t();
    let rates = state.settings.sample_percent;
    state
        .registry
        .sample_published(&move |c| rates.fraction(c), SAMPLE_BATCH)
        .await?;
    let court = q.court.filter(|c| !c.is_empty());
    let reason = q.reason.filter(|r| !r.is_empty());
    let registry_reason = match reason.as_deref() {
        Some("sample") => Some(ReviewReason::Sample),
        Some("held" | "uncertain" | "policy") => Some(ReviewReason::Held),
        _ => None,
    };
    let filter = ReviewFilter {
        court_code: None,
        reason: registry_reason,
    };
    let items = state.registry.review_queue(&filter, QUEUE_LIMIT).await?;
    let policy = state.engine.policy();
    let courts: BTreeMap<String, String> = items
        .iter()
        .map(|i| (i.meta.court.code.clone(), i.meta.court.name.clone()))
        .collect();
    let listed: Vec<(&QueueItem, Reason)> = items
        .iter()
        .map(|i| (i, Reason::of(i, policy)))
        .filter(|(i, _)| court.as_ref().is_none_or(|c| &i.meta.court.code == c))
        .filter(|(_, r)| match reason.as_deref() {
            Some("uncertain" | "policy") => Some(r.code()) == reason.as_deref(),
            _ => true,
        })
        .collect();
    let reasons = [
        ("held", t.reason_held),
        ("uncertain", t.reason_uncertain),
        ("policy", t.reason_policy),
        ("sample", t.reason_sample),
    ];
    Ok(layout::page(
        lang,
        Some(&staff),
        t.queue_title,
        html! {
            h1 { (t.queue_title) }
            form.actions method="get" action="/queue" {
                div {
                    label for="f-court" { (t.filter_court) }
                    select id="f-court" name="court" {
                        option value="" { (t.filter_any) }
                        @for (code, name) in &courts {
                            option value=(code) selected[court.as_deref() == Some(code)] { (name) }
                        }
                    }
                }
                div {
                    label for="f-reason" { (t.filter_reason) }
                    select id="f-reason" name="reason" {
                        option value="" { (t.filter_any) }
                        @for (code, label) in reasons {
                            option value=(code) selected[reason.as_deref() == Some(code)] { (label) }
                        }
                    }
                }
                button type="submit" { (t.filter_apply) }
            }
            @if listed.is_empty() {
                p id="queue-empty" { (t.queue_empty) }
            } @else {
                table id="queue" {
                    thead { tr {
                        th scope="col" { (t.col_act) }
                        th scope="col" { (t.col_court) }
                        th scope="col" { (t.col_received) }
                        th scope="col" { (t.col_reason) }
                        th scope="col" { (t.col_spans) }
                    } }
                    tbody {
                        @for (item, reason) in &listed {
                            tr data-reason=(reason.code()) {
                                td {
                                    a href={ "/acts/" (crate::review::path_segment(&item.act_id.0)) } {
                                        (item.act_id.0)
                                    }
                                    " · " (t.case_number) " " (item.meta.case_number)
                                }
                                td { (item.meta.court.name) }
                                td { (item.received_at.format("%Y-%m-%d %H:%M")) }
                                td { (reason.label(lang)) }
                                td { (item.spans.len()) }
                            }
                        }
                    }
                }
            }
        },
    ))
}
