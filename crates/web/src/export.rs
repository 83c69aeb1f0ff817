//! Bulk open-data export (JSON Lines, CSV) and the per-act TXT download.

use crate::PublicState;
use crate::error::{ApiError, ApiErrorCode, WebError};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use courtpub_index::{IndexReader, IndexedAct};
use serde::Serialize;
use std::io::Write;

/// Format of the bulk export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object per line; judges as an array.
    JsonLines,
    /// A header row, then one row per act; judges joined with "; ".
    Csv,
}

/// Columns of the export, in order: public metadata and the masked text, nothing else.
pub const COLUMNS: [&str; 13] = [
    "act_id",
    "revision",
    "court_code",
    "court_name",
    "case_number",
    "kind",
    "case_category",
    "instance",
    "decision_date",
    "judges",
    "language",
    "published_at",
    "masked_text",
];

#[derive(Serialize)]
struct Record<'a> {
    act_id: &'a str,
    revision: u32,
    court_code: &'a str,
    court_name: &'a str,
    case_number: &'a str,
    kind: &'static str,
    case_category: &'static str,
    instance: &'static str,
    decision_date: String,
    judges: &'a [String],
    language: &'static str,
    published_at: String,
    masked_text: &'a str,
}

impl<'a> Record<'a> {
    fn of(a: &'a IndexedAct) -> Record<'a> {
        let m = &a.act.meta;
        Record {
            act_id: &m.act_id.0,
            revision: m.revision,
            court_code: &m.court.code,
            court_name: &m.court.name,
            case_number: &m.case_number,
            kind: m.kind.as_str(),
            case_category: m.case_category.as_str(),
            instance: m.instance.as_str(),
            decision_date: m.decision_date.to_string(),
            judges: &m.judges,
            language: match m.language {
                courtpub_domain::Language::Ru => "ru",
                courtpub_domain::Language::Ky => "ky",
            },
            published_at: a.published_at.to_rfc3339(),
            masked_text: &a.act.masked_text,
        }
    }

    fn csv_row(&self) -> [String; 13] {
        [
            self.act_id.to_string(),
            self.revision.to_string(),
            self.court_code.to_string(),
            self.court_name.to_string(),
            self.case_number.to_string(),
            self.kind.to_string(),
            self.case_category.to_string(),
            self.instance.to_string(),
            self.decision_date.clone(),
            self.judges.join("; "),
            self.language.to_string(),
            self.published_at.clone(),
            self.masked_text.to_string(),
        ]
    }
}

/// Writes every public act of one index snapshot to `out`; returns how many.
pub fn write_export(
    reader: &IndexReader,
    format: ExportFormat,
    out: impl Write,
) -> Result<u64, WebError> {
    let mut count = 0u64;
    match format {
        ExportFormat::JsonLines => {
            let mut out = std::io::BufWriter::new(out);
            for act in reader.acts() {
                let act = act?;
                serde_json::to_writer(&mut out, &Record::of(&act)).map_err(std::io::Error::from)?;
                out.write_all(b"\n")?;
                count += 1;
            }
            out.flush()?;
        }
        ExportFormat::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            csv.write_record(COLUMNS)?;
            for act in reader.acts() {
                let act = act?;
                csv.write_record(Record::of(&act).csv_row())?;
                count += 1;
            }
            csv.flush()?;
        }
    }
    Ok(count)
}

/// A `Write` that hands chunks to the response body as they fill.
struct ChunkSender {
    tx: tokio::sync::mpsc::Sender<Result<Vec<u8>, std::io::Error>>,
    buf: Vec<u8>,
}

const CHUNK: usize = 64 * 1024;

impl Write for ChunkSender {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::take(&mut self.buf);
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client went away"))
    }
}

fn stream(state: &PublicState, format: ExportFormat) -> Response {
    let (tx, rx) = tokio::sync::mpsc::channel(8);
    let reader = state.reader.clone();
    tokio::task::spawn_blocking(move || {
        let sender = ChunkSender {
            tx: tx.clone(),
            buf: Vec::with_capacity(CHUNK),
        };
        match write_export(&reader, format, sender) {
            Ok(count) => tracing::info!(count, "open-data export served"),
            Err(e) => {
                tracing::warn!(error = %e, "open-data export interrupted");
                let _ = tx.blocking_send(Err(std::io::Error::other("export interrupted")));
            }
        }
    });
    let (content_type, name) = match format {
        ExportFormat::JsonLines => ("application/x-ndjson; charset=utf-8", "courtpub-acts.jsonl"),
        ExportFormat::Csv => ("text/csv; charset=utf-8", "courtpub-acts.csv"),
    };
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        Body::from_stream(tokio_stream::wrappers::ReceiverStream::new(rx)),
    )
        .into_response()
}

pub async fn jsonl(State(state): State<PublicState>) -> Response {
    stream(&state, ExportFormat::JsonLines)
}

pub async fn csv(State(state): State<PublicState>) -> Response {
    stream(&state, ExportFormat::Csv)
}

/// A safe file name from an act id.
pub fn file_stem(act_id: &str) -> String {
    act_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The act as plain text: a short header of public metadata, then the masked text.
pub async fn act_txt(
    State(state): State<PublicState>,
    Path(act_id): Path<String>,
) -> Result<Response, ApiError> {
    let act = crate::api::load_act(&state, act_id.clone())
        .await?
        .ok_or_else(|| {
            ApiError::new(
                ApiErrorCode::ActNotFound,
                format!("no published act has id `{act_id}`"),
            )
        })?;
    let m = &act.act.meta;
    let mut text = format!(
        "{} · {} · {} № {}\n{}\n\n",
        m.court.name,
        m.kind.name_ru(),
        m.decision_date,
        m.case_number,
        format_args!("{}{}", state.base_url, crate::url::act_path(&m.act_id.0)),
    );
    text.push_str(&act.act.masked_text);
    text.push('\n');
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/plain; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.txt\"", file_stem(&act_id)),
            ),
        ],
        text,
    )
        .into_response())
}
