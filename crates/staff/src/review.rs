//! The review page of one act and its actions: corrections, approve and publish,
//! withdraw, re-run the engine, download the original.
//!
//! What the page shows is always "base spans + the act's corrections replayed": the base
//! is the stored masking, or (after "re-run") a fresh run of the engine with the current
//! dictionaries. The engine is deterministic, so the publish form only says which base
//! it saw and the server computes the same masking again instead of trusting the page.

use crate::auth::Staff;
use crate::error::StaffError;
use crate::queue::Reason;
use crate::{StaffState, layout};
use axum::Extension;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use courtpub_depersonalize::corrections::Applied;
use courtpub_domain::{ActId, Category, Correction, DictionaryList, MediaType, Span};
use courtpub_registry::{
    ActRecord, CorrectionRecord, NewAuditEntry, NewCorrection, NewDictionaryEntry, Republish,
    RevisionContent, Status,
};
use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

/// Longest surface a correction may name (a full name with initials, an address).
const MAX_SURFACE_CHARS: usize = 300;

/// An act id as one URL path segment.
pub fn path_segment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Base {
    Stored,
    Engine,
}

impl Base {
    fn parse(s: Option<&str>) -> Base {
        match s {
            Some("engine") => Base::Engine,
            _ => Base::Stored,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Base::Stored => "stored",
            Base::Engine => "engine",
        }
    }
}

struct Loaded {
    act: ActRecord,
    content: RevisionContent,
    corrections: Vec<CorrectionRecord>,
    base_spans: Vec<Span>,
    applied: Applied,
}

impl Loaded {
    fn intents(&self) -> Vec<Correction> {
        self.corrections
            .iter()
            .map(|c| c.correction.clone())
            .collect()
    }
}

async fn load(state: &StaffState, act_id: &ActId, base: Base) -> Result<Loaded, StaffError> {
    let act = state
        .registry
        .get_act(act_id)
        .await?
        .ok_or(StaffError::NotFound)?;
    let content = state
        .registry
        .get_revision(act_id, act.latest_revision)
        .await?
        .and_then(|r| r.content)
        .ok_or(StaffError::NotFound)?;
    let corrections = state.registry.corrections(act_id).await?;
    let base_spans = match base {
        Base::Stored => content.spans.clone(),
        Base::Engine => {
            let engine = state.engine.clone();
            let (text, meta) = (content.text.clone(), act.meta.clone());
            tokio::task::spawn_blocking(move || engine.mask(&text, &meta).spans)
                .await
                .map_err(|e| StaffError::Task(e.to_string()))?
        }
    };
    let intents: Vec<Correction> = corrections.iter().map(|c| c.correction.clone()).collect();
    let applied = state
        .engine
        .apply_corrections(&content.text, &base_spans, &intents);
    Ok(Loaded {
        act,
        content,
        corrections,
        base_spans,
        applied,
    })
}

async fn audit(
    state: &StaffState,
    staff: &Staff,
    action: &str,
    act_id: &ActId,
    details: serde_json::Value,
) -> Result<(), StaffError> {
    state
        .registry
        .append_audit(&NewAuditEntry {
            actor: staff.actor(),
            action: action.to_owned(),
            act_id: Some(act_id.clone()),
            details,
        })
        .await?;
    Ok(())
}

#[derive(Deserialize)]
pub struct ActQuery {
    base: Option<String>,
    done: Option<String>,
}

pub async fn act(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Path(act_id): Path<String>,
    Query(q): Query<ActQuery>,
) -> Result<Markup, StaffError> {
    let act_id = ActId(act_id);
    let base = Base::parse(q.base.as_deref());
    let loaded = load(&state, &act_id, base).await?;
    // The page shows the original text: every view is audited.
    audit(
        &state,
        &staff,
        "view_original",
        &act_id,
        serde_json::json!({"revision": loaded.act.latest_revision, "base": base.code()}),
    )
    .await?;
    Ok(render(&state, &staff, &loaded, base, q.done.as_deref()))
}

fn mark_class(span: &Span) -> String {
    let mut class = span.category.as_str().to_owned();
    if span.rule.starts_with("staff.") {
        class.push_str(" staff");
    }
    class
}

fn span_title(staff: &Staff, span: &Span) -> String {
    format!(
        "{} · {} · {:.2} · {}",
        staff.lang.category(span.category),
        span.rule,
        span.confidence,
        span.person_key.as_deref().unwrap_or("-")
    )
}

/// The original with every span highlighted, and the masked text with its pseudonyms
/// highlighted, from the same spans.
fn texts(staff: &Staff, text: &str, spans: &[Span]) -> (Markup, Markup) {
    let mut original = String::new();
    let mut masked = String::new();
    let mut cursor = 0;
    for span in spans {
        if span.start < cursor || span.end > text.len() {
            continue;
        }
        esc(&mut original, &text[cursor..span.start]);
        esc(&mut masked, &text[cursor..span.start]);
        let attrs = html! {
            mark class=(mark_class(span)) data-category=(span.category.as_str())
                data-rule=(span.rule) data-confidence=(format!("{:.2}", span.confidence))
                data-person=(span.person_key.as_deref().unwrap_or(""))
                title=(span_title(staff, span)) { (&text[span.start..span.end]) }
        };
        original.push_str(&attrs.into_string());
        let pseudonym = html! {
            mark class=(mark_class(span)) data-person=(span.person_key.as_deref().unwrap_or(""))
                title=(span_title(staff, span)) { (span.replacement) }
        };
        masked.push_str(&pseudonym.into_string());
        cursor = span.end;
    }
    esc(&mut original, &text[cursor..]);
    esc(&mut masked, &text[cursor..]);
    (PreEscaped(original), PreEscaped(masked))
}

fn esc(out: &mut String, s: &str) {
    let _ = std::fmt::Write::write_str(&mut maud::Escaper::new(out), s);
}

fn csrf(staff: &Staff) -> Markup {
    html! { input type="hidden" name="csrf" value=(staff.csrf); }
}

fn category_select(staff: &Staff, id: &str, selected: Category) -> Markup {
    html! {
        select name="category" id=(id) {
            @for c in Category::ALL {
                option value=(c.as_str()) selected[c == selected] { (staff.lang.category(c)) }
            }
        }
    }
}

fn render(state: &StaffState, staff: &Staff, l: &Loaded, base: Base, done: Option<&str>) -> Markup {
    let lang = staff.lang;
    let t = lang.t();
    let meta = &l.act.meta;
    let id = path_segment(&meta.act_id.0);
    let spans = &l.applied.masking.spans;
    let (original, masked) = texts(staff, &l.content.text, spans);
    let revision = l.act.latest_revision;
    let held = l.act.status == Status::NeedsReview;
    let policy = state.engine.policy();
    let uncertain = l
        .content
        .spans
        .iter()
        .any(|s| s.confidence < policy.review_below || s.rule == "name.leak_check");
    let reason = if held {
        Some(if uncertain {
            Reason::Uncertain
        } else {
            Reason::Policy
        })
    } else {
        None
    };
    let admin = staff.role == courtpub_registry::StaffRole::Admin;
    let notice = match done {
        Some("published") => Some(t.published_notice),
        Some("withdrawn") => Some(t.withdrawn_notice),
        Some("corrected") => Some(t.corrected_notice),
        Some("promoted") => Some(t.promote_notice),
        _ => None,
    };
    let hidden = |staff: &Staff| {
        html! {
            (csrf(staff))
            input type="hidden" name="revision" value=(revision);
            input type="hidden" name="base" value=(base.code());
        }
    };
    layout::page(
        lang,
        Some(staff),
        &meta.act_id.0,
        html! {
            h1 { (meta.act_id.0) " · " (t.case_number) " " (meta.case_number) }
            p {
                (meta.court.name) " · " (meta.decision_date.format("%d.%m.%Y")) " · "
                (t.revision) " " (revision) " · " (t.status) ": "
                span id="status" { (l.act.status.as_str()) }
                @if let Some(r) = reason { " · " (r.label(lang)) }
            }
            @if let Some(n) = notice { p.notice role="status" id="notice" { (n) } }
            @if base == Base::Engine { p.notice role="status" { (t.rerun_notice) } }
            div.actions {
                form method="post" action={ "/acts/" (id) "/publish" } {
                    (hidden(staff))
                    button.primary type="submit" id="publish" { (t.publish_button) }
                }
                form method="post" action={ "/acts/" (id) "/rerun" } {
                    (csrf(staff))
                    button type="submit" id="rerun" { (t.rerun_button) }
                }
                form method="post" action={ "/acts/" (id) "/withdraw" } {
                    (csrf(staff))
                    div {
                        label for="withdraw-reason" { (t.withdraw_reason) }
                        input id="withdraw-reason" name="reason" type="text" maxlength="200";
                    }
                    button.danger type="submit" id="withdraw" { (t.withdraw_button) }
                }
                a href={ "/acts/" (id) "/original" } { (t.download_original) }
            }
            section aria-labelledby="add-title" {
                h2 id="add-title" { (t.add_span_title) }
                p { (t.add_span_help) }
                form.actions method="post" action={ "/acts/" (id) "/corrections" } {
                    (hidden(staff))
                    input type="hidden" name="kind" value="mask";
                    div {
                        label for="add-surface" { (t.add_span_field) }
                        input id="add-surface" name="surface" type="text" required maxlength="300" size="40";
                    }
                    div {
                        label for="add-category" { (t.col_category) }
                        (category_select(staff, "add-category", Category::Name))
                    }
                    button.primary type="submit" id="add-span" { (t.add_span_button) }
                }
            }
            div.columns {
                section aria-labelledby="original-title" {
                    h2 id="original-title" { (t.original) }
                    div.text id="original" lang=(lang_of_act(meta.language)) { (original) }
                }
                section aria-labelledby="masked-title" {
                    h2 id="masked-title" { (t.masked) }
                    div.text id="masked" lang=(lang_of_act(meta.language)) { (masked) }
                }
            }
            section aria-labelledby="spans-title" {
                h2 id="spans-title" { (t.spans_title) " (" (spans.len()) ")" }
                table id="spans" {
                    thead { tr {
                        th scope="col" { (t.col_text) }
                        th scope="col" { (t.col_category) }
                        th scope="col" { (t.col_rule) }
                        th scope="col" { (t.col_confidence) }
                        th scope="col" { (t.col_person) }
                        th scope="col" { (t.col_actions) }
                    } }
                    tbody {
                        @for (i, span) in spans.iter().enumerate() {
                            @let surface = &l.content.text[span.start..span.end];
                            tr {
                                td { mark class=(mark_class(span)) { (surface) } }
                                td { (lang.category(span.category)) }
                                td { code { (span.rule) } }
                                td { (format!("{:.2}", span.confidence)) }
                                td { (span.person_key.as_deref().unwrap_or("")) " → " (span.replacement) }
                                td {
                                    form.inline method="post" action={ "/acts/" (id) "/corrections" } {
                                        (hidden(staff))
                                        input type="hidden" name="kind" value="remove";
                                        input type="hidden" name="surface" value=(surface);
                                        button type="submit" { (t.remove_span) }
                                    }
                                    @if span.category == Category::Name {
                                        " "
                                        form.inline method="post" action={ "/acts/" (id) "/corrections" } {
                                            (hidden(staff))
                                            input type="hidden" name="kind" value="keep";
                                            input type="hidden" name="surface" value=(surface);
                                            input type="hidden" name="person_key" value=(span.person_key.as_deref().unwrap_or(""));
                                            button type="submit" { (t.keep_person) }
                                        }
                                    }
                                    " "
                                    form.inline method="post" action={ "/acts/" (id) "/corrections" } {
                                        (hidden(staff))
                                        input type="hidden" name="kind" value="recategorize";
                                        input type="hidden" name="surface" value=(surface);
                                        label.inline for={ "cat-" (i) } { (t.change_category) ": " }
                                        (category_select(staff, &format!("cat-{i}"), span.category))
                                        button type="submit" { "OK" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="corrections-title" {
                h2 id="corrections-title" { (t.corrections_title) }
                @if l.corrections.is_empty() {
                    p { (t.corrections_none) }
                } @else {
                    table id="corrections" {
                        thead { tr {
                            th scope="col" { (t.col_when) }
                            th scope="col" { (t.col_who) }
                            th scope="col" { (t.col_action) }
                            th scope="col" { (t.col_category) }
                            th scope="col" { (t.col_text) }
                            @if admin { th scope="col" { (t.promote_list) } }
                        } }
                        tbody {
                            @for c in &l.corrections {
                                tr {
                                    td { (c.at.format("%Y-%m-%d %H:%M")) }
                                    td { (c.actor) }
                                    td { (lang.correction_kind(c.correction.kind())) }
                                    td { (lang.category(c.category)) }
                                    td { (c.correction.surface()) }
                                    @if admin {
                                        td { (promote_form(staff, &id, c)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p { small { "base: " (base.code()) ", " (l.base_spans.len()) " → " (spans.len()) } }
            // Selecting text in the original fills the "mask" field; typing works as well.
            script { (PreEscaped(SELECT_SCRIPT)) }
        },
    )
}

/// Admins may add a word of a correction to a dictionary: an over-masked word to the
/// allow-list, a missed name to the first names or surnames.
fn promote_form(staff: &Staff, id: &str, c: &CorrectionRecord) -> Markup {
    let t = staff.lang.t();
    let suggested = match &c.correction {
        Correction::Keep { .. } | Correction::Remove { .. } => DictionaryList::AllowWords,
        _ => DictionaryList::Surnames,
    };
    let first_word = c
        .correction
        .surface()
        .split_whitespace()
        .find(|w| w.chars().filter(|ch| ch.is_alphabetic()).count() >= 2)
        .unwrap_or("")
        .trim_matches(|ch: char| !ch.is_alphabetic() && ch != '-');
    let field = format!("promote-{}", c.id);
    html! {
        form.inline method="post" action={ "/acts/" (id) "/promote" } {
            (csrf(staff))
            input type="hidden" name="correction_id" value=(c.id);
            label.inline for=(field) { (t.promote_list) ": " }
            input id=(field) name="entry" type="text" value=(first_word) size="14" maxlength="64" required;
            select name="list" aria-label=(t.promote_list) {
                @for l in DictionaryList::ALL {
                    option value=(l.as_str()) selected[l == suggested] { (staff.lang.dictionary(l)) }
                }
            }
            button type="submit" { (t.promote_button) }
        }
    }
}

const SELECT_SCRIPT: &str = r#"(function(){var o=document.getElementById('original'),f=document.getElementById('add-surface');
if(!o||!f)return;function take(){var s=window.getSelection();if(!s||s.rangeCount===0)return;
var r=s.getRangeAt(0);if(!o.contains(r.commonAncestorContainer))return;var v=s.toString().trim();
if(v){f.value=v.slice(0,300);}}o.addEventListener('mouseup',take);o.addEventListener('keyup',take);})();"#;

fn lang_of_act(language: courtpub_domain::Language) -> &'static str {
    match language {
        courtpub_domain::Language::Ru => "ru",
        courtpub_domain::Language::Ky => "ky",
    }
}

#[derive(Deserialize)]
pub struct CorrectionForm {
    revision: u32,
    base: Option<String>,
    kind: String,
    surface: String,
    category: Option<String>,
    person_key: Option<String>,
}

fn redirect_to(act_id: &ActId, query: &str) -> Response {
    Redirect::to(&format!("/acts/{}?{query}", path_segment(&act_id.0))).into_response()
}

pub async fn correct(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Path(act_id): Path<String>,
    Form(form): Form<CorrectionForm>,
) -> Result<Response, StaffError> {
    let act_id = ActId(act_id);
    let base = Base::parse(form.base.as_deref());
    let loaded = load(&state, &act_id, base).await?;
    if form.revision != loaded.act.latest_revision {
        return Err(courtpub_registry::Error::StaleRevision {
            act_id: act_id.0,
            revision: form.revision,
            latest: loaded.act.latest_revision,
        }
        .into());
    }
    let surface = form
        .surface
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if surface.is_empty() || surface.chars().count() > MAX_SURFACE_CHARS {
        return Err(StaffError::BadRequest("surface"));
    }
    let category = match form.category.as_deref() {
        Some(c) => Category::parse(c).ok_or(StaffError::BadRequest("category"))?,
        None => Category::Name,
    };
    let correction = match form.kind.as_str() {
        "mask" => Correction::Mask { surface, category },
        "keep" => {
            // The person's longest mention identifies them best after a re-run.
            let key = form.person_key.as_deref().filter(|k| !k.is_empty());
            let longest = key.and_then(|key| {
                loaded
                    .applied
                    .masking
                    .spans
                    .iter()
                    .filter(|s| s.person_key.as_deref() == Some(key))
                    .map(|s| &loaded.content.text[s.start..s.end])
                    .max_by_key(|s| s.chars().count())
            });
            Correction::Keep {
                surface: longest.map_or(surface, |s| {
                    s.split_whitespace().collect::<Vec<_>>().join(" ")
                }),
            }
        }
        "remove" => Correction::Remove { surface },
        "recategorize" => Correction::Recategorize { surface, category },
        _ => return Err(StaffError::BadRequest("kind")),
    };
    let mut intents = loaded.intents();
    intents.push(correction.clone());
    let applied =
        state
            .engine
            .apply_corrections(&loaded.content.text, &loaded.base_spans, &intents);
    let effect = applied.effects.last().cloned().unwrap_or_default();
    let recategorize = matches!(correction, Correction::Recategorize { .. });
    state
        .registry
        .add_correction(&NewCorrection {
            act_id: act_id.clone(),
            revision: form.revision,
            actor: staff.actor(),
            previous_category: effect.category.filter(|_| recategorize),
            removed_category: effect.category,
            rule: effect.rule,
            spans_before: u32::try_from(loaded.applied.masking.spans.len()).unwrap_or(u32::MAX),
            spans_after: u32::try_from(applied.masking.spans.len()).unwrap_or(u32::MAX),
            correction,
        })
        .await?;
    Ok(redirect_to(
        &act_id,
        &format!("done=corrected&base={}", base.code()),
    ))
}

#[derive(Deserialize)]
pub struct PublishForm {
    revision: u32,
    base: Option<String>,
}

pub async fn publish(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Path(act_id): Path<String>,
    Form(form): Form<PublishForm>,
) -> Result<Response, StaffError> {
    let act_id = ActId(act_id);
    let loaded = load(&state, &act_id, Base::parse(form.base.as_deref())).await?;
    let masking = loaded.applied.masking;
    state
        .registry
        .republish(&Republish {
            act_id: act_id.clone(),
            revision: form.revision,
            spans: masking.spans,
            masked_text: masking.masked_text,
            actor: staff.actor(),
        })
        .await?;
    Ok(redirect_to(&act_id, "done=published"))
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    reason: Option<String>,
}

pub async fn withdraw(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Path(act_id): Path<String>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, StaffError> {
    let act_id = ActId(act_id);
    state
        .registry
        .get_act(&act_id)
        .await?
        .ok_or(StaffError::NotFound)?;
    let reason: Option<String> = form
        .reason
        .map(|r| r.trim().chars().take(200).collect())
        .filter(|r: &String| !r.is_empty());
    state
        .registry
        .withdraw(&act_id, &staff.actor(), reason.as_deref())
        .await?;
    Ok(redirect_to(&act_id, "done=withdrawn"))
}

pub async fn rerun(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Path(act_id): Path<String>,
) -> Result<Response, StaffError> {
    let act_id = ActId(act_id);
    let loaded = load(&state, &act_id, Base::Engine).await?;
    audit(
        &state,
        &staff,
        "rerun",
        &act_id,
        serde_json::json!({
            "revision": loaded.act.latest_revision,
            "spans_stored": loaded.content.spans.len(),
            "spans_engine": loaded.base_spans.len(),
            "spans_corrected": loaded.applied.masking.spans.len(),
        }),
    )
    .await?;
    Ok(redirect_to(&act_id, "base=engine"))
}

pub async fn original(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Path(act_id): Path<String>,
) -> Result<Response, StaffError> {
    let act_id = ActId(act_id);
    let act = state
        .registry
        .get_act(&act_id)
        .await?
        .ok_or(StaffError::NotFound)?;
    let content = state
        .registry
        .get_revision(&act_id, act.latest_revision)
        .await?
        .and_then(|r| r.content)
        .ok_or(StaffError::NotFound)?;
    audit(
        &state,
        &staff,
        "download_original",
        &act_id,
        serde_json::json!({"revision": act.latest_revision, "sha256": content.original_sha256}),
    )
    .await?;
    let ext = match content.media_type {
        MediaType::Docx => "docx",
        MediaType::Pdf => "pdf",
        MediaType::Txt => "txt",
    };
    // Named after the act, not the court's file name (which may name a party).
    let disposition = format!(
        "attachment; filename=\"{}-r{}.{ext}\"",
        path_segment(&act_id.0),
        act.latest_revision
    );
    let mut response = content.original.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content.media_type.as_mime()),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

#[derive(Deserialize)]
pub struct PromoteForm {
    correction_id: i64,
    list: String,
    entry: String,
}

pub async fn promote(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
    Path(act_id): Path<String>,
    Form(form): Form<PromoteForm>,
) -> Result<Response, StaffError> {
    staff.require_admin()?;
    let act_id = ActId(act_id);
    let list = DictionaryList::parse(&form.list).ok_or(StaffError::BadRequest("list"))?;
    let entry = form.entry.trim();
    // One word: dictionaries hold single names and words.
    if entry.is_empty()
        || entry.chars().count() > 64
        || entry.chars().any(char::is_whitespace)
        || !entry.chars().any(char::is_alphabetic)
    {
        return Err(StaffError::BadRequest("entry"));
    }
    state
        .registry
        .add_dictionary_entry(&NewDictionaryEntry {
            list,
            entry: entry.to_owned(),
            correction_id: form.correction_id,
            act_id: act_id.clone(),
            actor: staff.actor(),
        })
        .await?;
    Ok(redirect_to(&act_id, "done=promoted"))
}
