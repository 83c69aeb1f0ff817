//! DOCX: the parts are read straight from the zip with a streaming XML reader.
//!
//! docx-rs was tried first and rejected (see the `docx_rs_failures` tests): its reader hangs
//! on a truncated `word/document.xml`, rejects a whole document over one empty attribute,
//! returns an empty body when the WordprocessingML prefix is not literally `w:`, ignores
//! footnotes, and is two orders of magnitude slower. Here elements are matched by namespace
//! URI, unknown markup is ignored, and every inflated byte is counted against
//! [`Limits::max_uncompressed_bytes`].

use std::io::{Cursor, Read};

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use zip::ZipArchive;
use zip::result::ZipError;

use crate::limits::Deadline;
use crate::{Detected, ExtractError, Limits};

const W_NS: [&[u8]; 2] = [
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
];
const MC_NS: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";
const MAIN_PART: &str = "word/document.xml";
/// `_rels/.rels` is tiny; a huge one is not a real DOCX.
const RELS_LIMIT: u64 = 1 << 20;

fn corrupt(reason: impl Into<String>) -> ExtractError {
    ExtractError::Corrupt {
        detected: Detected::Docx,
        reason: reason.into(),
    }
}

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Counts inflated bytes across all parts read from one archive.
struct Budget {
    remaining: u64,
    limit: u64,
}

fn read_part(
    archive: &mut Archive<'_>,
    name: &str,
    budget: &mut Budget,
) -> Result<Option<Vec<u8>>, ExtractError> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(corrupt(format!("cannot open {name}: {e}"))),
    };
    if file.size() > budget.remaining {
        return Err(ExtractError::UncompressedTooLarge {
            detected: Detected::Docx,
            limit: budget.limit,
        });
    }
    let mut buf = Vec::with_capacity(file.size().min(16 << 20) as usize);
    let read = file
        .take(budget.remaining.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| corrupt(format!("cannot inflate {name}: {e}")))? as u64;
    if read > budget.remaining {
        return Err(ExtractError::UncompressedTooLarge {
            detected: Detected::Docx,
            limit: budget.limit,
        });
    }
    budget.remaining -= read;
    Ok(Some(buf))
}

/// The main part named by `_rels/.rels` when it is not `word/document.xml`.
pub(crate) fn main_part_name(bytes: &[u8]) -> Option<String> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut budget = Budget {
        remaining: RELS_LIMIT,
        limit: RELS_LIMIT,
    };
    office_document_target(&mut archive, &mut budget)
}

fn office_document_target(archive: &mut Archive<'_>, budget: &mut Budget) -> Option<String> {
    let rels = read_part(archive, "_rels/.rels", budget).ok()??;
    let mut reader = NsReader::from_reader(rels.as_slice());
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == b"Relationship" => {
                let attr = |key: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == key)
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                };
                let is_main = attr(b"Type").is_some_and(|t| t.ends_with("/officeDocument"));
                if let (true, Some(target)) = (is_main, attr(b"Target")) {
                    let target = target.trim_start_matches('/').to_owned();
                    let exists = archive.file_names().any(|n| n == target);
                    return (exists && target.ends_with(".xml")).then_some(target);
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
}

/// Extracts headers, body, footnotes, endnotes and footers, in that order.
pub(crate) fn extract(
    bytes: &[u8],
    limits: &Limits,
    deadline: &Deadline,
) -> Result<String, ExtractError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| corrupt(format!("unreadable zip directory: {e}")))?;
    let mut budget = Budget {
        remaining: limits.max_uncompressed_bytes,
        limit: limits.max_uncompressed_bytes,
    };
    let main = if archive.file_names().any(|n| n == MAIN_PART) {
        MAIN_PART.to_owned()
    } else {
        office_document_target(&mut archive, &mut budget)
            .ok_or_else(|| corrupt("no word/document.xml"))?
    };
    let numbered = |prefix: &str| {
        let mut parts: Vec<(u32, String)> = archive
            .file_names()
            .filter_map(|n| {
                let digits = n.strip_prefix(prefix)?.strip_suffix(".xml")?;
                let number = if digits.is_empty() {
                    0
                } else {
                    digits.parse().ok()?
                };
                Some((number, n.to_owned()))
            })
            .collect();
        parts.sort();
        parts.into_iter().map(|(_, n)| n).collect::<Vec<_>>()
    };
    let headers = numbered("word/header");
    let footers = numbered("word/footer");
    let mut order: Vec<(String, bool)> = headers.into_iter().map(|n| (n, true)).collect();
    order.push((main, false));
    order.push(("word/footnotes.xml".into(), false));
    order.push(("word/endnotes.xml".into(), false));
    order.extend(footers.into_iter().map(|n| (n, true)));

    let mut out = String::new();
    let mut running: Vec<String> = Vec::new();
    for (name, is_running) in order {
        deadline.check()?;
        let Some(xml) = read_part(&mut archive, &name, &mut budget)? else {
            continue;
        };
        let paragraphs = paragraphs(&xml, deadline).map_err(|e| match e {
            PartError::Extract(e) => e,
            PartError::Xml(reason) => corrupt(format!("{name}: {reason}")),
        })?;
        // A page number field's cached value in a header or footer is not act text.
        let text = if is_running {
            paragraphs
                .iter()
                .map(|p| crate::text::strip_page_number(p))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            paragraphs.join("\n")
        };
        // First-page, even-page and default headers often repeat the same text.
        if is_running {
            if text.trim().is_empty() || running.contains(&text) {
                continue;
            }
            running.push(text.clone());
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&text);
    }
    tracing::debug!(parts = running.len() + 1, "docx parts read");
    Ok(out)
}

enum PartError {
    Extract(ExtractError),
    Xml(String),
}

impl From<ExtractError> for PartError {
    fn from(e: ExtractError) -> Self {
        Self::Extract(e)
    }
}

#[derive(Default)]
struct Table {
    row: Vec<String>,
    cell: Option<String>,
    /// Paragraph nesting depth when the open cell started.
    cell_base: usize,
}

#[derive(Default)]
struct Walker {
    out: Vec<String>,
    paragraphs: Vec<String>,
    tables: Vec<Table>,
    skip_depth: usize,
    tab_stops_depth: usize,
    in_text: bool,
}

#[derive(PartialEq)]
enum Kind {
    W,
    Mc,
    Other,
}

fn kind(ns: &ResolveResult<'_>, prefix: Option<&[u8]>) -> Kind {
    match ns {
        ResolveResult::Bound(Namespace(uri)) if W_NS.contains(uri) => Kind::W,
        ResolveResult::Bound(Namespace(uri)) if *uri == MC_NS => Kind::Mc,
        // Tolerate generators that write `w:` without declaring it.
        ResolveResult::Unknown(p) if p.as_slice() == b"w" => Kind::W,
        _ if prefix == Some(b"w") && !matches!(ns, ResolveResult::Bound(_)) => Kind::W,
        _ => Kind::Other,
    }
}

impl Walker {
    fn push_text(&mut self, s: &str) {
        if let Some(p) = self.paragraphs.last_mut() {
            p.push_str(s);
        }
    }

    fn start(&mut self, kind: Kind, local: &[u8], empty: bool) {
        if self.skip_depth > 0 {
            if !empty {
                self.skip_depth += 1;
            }
            return;
        }
        match (kind, local) {
            (Kind::W, b"del" | b"moveFrom" | b"instrText" | b"delText")
            | (Kind::Mc, b"Fallback")
                if !empty =>
            {
                self.skip_depth = 1
            }
            (Kind::W, b"p") => {
                self.paragraphs.push(String::new());
                if empty {
                    self.end(Kind::W, b"p");
                }
            }
            (Kind::W, b"t") => self.in_text = !empty,
            (Kind::W, b"tabs") if !empty => self.tab_stops_depth += 1,
            (Kind::W, b"tab") if self.tab_stops_depth == 0 => self.push_text("\t"),
            (Kind::W, b"br" | b"cr") => self.push_text("\n"),
            (Kind::W, b"noBreakHyphen") => self.push_text("-"),
            (Kind::W, b"tbl") if !empty => self.tables.push(Table::default()),
            (Kind::W, b"tr") => {
                if let Some(t) = self.tables.last_mut() {
                    t.row.clear();
                }
            }
            (Kind::W, b"tc") => {
                let base = self.paragraphs.len();
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(String::new());
                    t.cell_base = base;
                }
                if empty {
                    self.end(Kind::W, b"tc");
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, kind: Kind, local: &[u8]) {
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            return;
        }
        if kind != Kind::W {
            return;
        }
        match local {
            b"t" => self.in_text = false,
            b"tabs" => self.tab_stops_depth = self.tab_stops_depth.saturating_sub(1),
            b"p" => {
                if let Some(p) = self.paragraphs.pop() {
                    self.deliver(p);
                }
            }
            b"tc" => {
                if let Some(t) = self.tables.last_mut()
                    && let Some(cell) = t.cell.take()
                {
                    t.row.push(cell);
                }
            }
            b"tr" => {
                let Some(t) = self.tables.last_mut() else {
                    return;
                };
                let row = std::mem::take(&mut t.row);
                if row.iter().all(|c| c.trim().is_empty()) {
                    return;
                }
                let line = row.iter().map(|c| c.trim()).collect::<Vec<_>>().join(" | ");
                let n = self.tables.len();
                // A table nested in a cell: its rows become text of the outer cell.
                if n >= 2
                    && let Some(cell) = self.tables[n - 2].cell.as_mut()
                {
                    append_spaced(cell, &line);
                } else {
                    self.out.push(line);
                }
            }
            b"tbl" => {
                self.tables.pop();
            }
            _ => {}
        }
    }

    fn deliver(&mut self, paragraph: String) {
        let depth = self.paragraphs.len();
        if let Some(t) = self.tables.last_mut()
            && let Some(cell) = t.cell.as_mut()
            && depth == t.cell_base
        {
            append_spaced(cell, &paragraph);
            return;
        }
        self.out.push(paragraph);
    }
}

fn append_spaced(buf: &mut String, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    if !buf.is_empty() {
        buf.push(' ');
    }
    buf.push_str(text);
}

fn names<'a>(e: &'a BytesStart<'a>) -> (&'a [u8], Option<&'a [u8]>) {
    let name = e.name();
    let local = e.local_name().into_inner();
    let prefix = name.prefix().map(|p| p.into_inner());
    (local, prefix)
}

/// The paragraphs of one WordprocessingML part.
fn paragraphs(xml: &[u8], deadline: &Deadline) -> Result<Vec<String>, PartError> {
    let mut reader = NsReader::from_reader(xml);
    let mut buf = Vec::new();
    let mut w = Walker::default();
    let mut depth: usize = 0;
    let mut events: u32 = 0;
    loop {
        events = events.wrapping_add(1);
        if events.is_multiple_of(4096) {
            deadline.check()?;
        }
        let position = reader.buffer_position();
        let (ns, event) = reader
            .read_resolved_event_into(&mut buf)
            .map_err(|e| PartError::Xml(format!("malformed XML near byte {position}: {e}")))?;
        match event {
            Event::Start(ref e) => {
                depth += 1;
                let (local, prefix) = names(e);
                w.start(kind(&ns, prefix), local, false);
            }
            Event::Empty(ref e) => {
                let (local, prefix) = names(e);
                let k = kind(&ns, prefix);
                let k2 = kind(&ns, prefix);
                w.start(k, local, true);
                if matches!(local, b"t" | b"tabs") {
                    w.end(k2, local);
                }
            }
            Event::End(ref e) => {
                depth = depth.saturating_sub(1);
                let name = e.name();
                let prefix = name.prefix().map(|p| p.into_inner());
                w.end(kind(&ns, prefix), e.local_name().into_inner());
            }
            Event::Text(ref t) if w.in_text && w.skip_depth == 0 => {
                let text = t
                    .decode()
                    .map_err(|e| PartError::Xml(format!("bad text encoding: {e}")))?;
                w.push_text(&text);
            }
            Event::CData(ref t) if w.in_text && w.skip_depth == 0 => {
                w.push_text(&String::from_utf8_lossy(t));
            }
            Event::GeneralRef(ref r) if w.in_text && w.skip_depth == 0 => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    w.push_text(c.encode_utf8(&mut [0; 4]));
                } else {
                    let s = match r.as_ref() {
                        b"amp" => "&",
                        b"lt" => "<",
                        b"gt" => ">",
                        b"quot" => "\"",
                        b"apos" => "'",
                        _ => "",
                    };
                    w.push_text(s);
                }
            }
            Event::Eof => {
                if depth > 0 {
                    return Err(PartError::Xml(
                        "the XML ends before its elements are closed (truncated)".into(),
                    ));
                }
                break;
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(w.out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    fn body(inner: &str) -> Vec<String> {
        let xml = format!("<w:document {NS}><w:body>{inner}</w:body></w:document>");
        match paragraphs(xml.as_bytes(), &Deadline::new(Duration::from_secs(5))) {
            Ok(p) => p,
            Err(PartError::Xml(r)) => panic!("xml error {r}"),
            Err(PartError::Extract(e)) => panic!("{e}"),
        }
    }

    #[test]
    fn inline_markup_becomes_text() {
        let r = |t: &str| format!("<w:r><w:t>{t}</w:t></w:r>");
        for (name, inner, want) in [
            (
                "split runs",
                format!(
                    "<w:p>{}<w:r><w:rPr><w:b/></w:rPr><w:t>нова</w:t></w:r></w:p>",
                    r("Аса")
                ),
                vec!["Асанова"],
            ),
            (
                "deleted revision",
                format!(
                    "<w:p>{}<w:del><w:r><w:delText>старый</w:delText></w:r></w:del>{}</w:p>",
                    r("А"),
                    r("Б")
                ),
                vec!["АБ"],
            ),
            (
                "tab and break",
                format!(
                    "<w:p>{}<w:r><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>",
                    r("a")
                ),
                vec!["a\tb\nc"],
            ),
            (
                "tab stops are not tabs",
                format!(
                    "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>{}</w:p>",
                    r("x")
                ),
                vec!["x"],
            ),
            (
                "entities",
                format!(
                    "<w:p>{}</w:p>",
                    r("&lt;ООО &quot;Ак&quot; &amp; К&#176;&gt;")
                ),
                vec!["<ООО \"Ак\" & К°>"],
            ),
            ("empty paragraph", "<w:p/><w:p></w:p>".into(), vec!["", ""]),
            (
                "table",
                format!(
                    "<w:tbl><w:tr><w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p><w:p>{}</w:p></w:tc></w:tr><w:tr><w:tc/><w:tc><w:p>{}</w:p></w:tc></w:tr></w:tbl>",
                    r("a"),
                    r("b"),
                    r("c"),
                    r("d")
                ),
                vec!["a | b c", " | d"],
            ),
            (
                "field code skipped",
                format!(
                    "<w:p><w:r><w:instrText> PAGE </w:instrText></w:r>{}</w:p>",
                    r("1")
                ),
                vec!["1"],
            ),
        ] {
            assert_eq!(body(&inner), want, "{name}");
        }
    }

    #[test]
    fn truncated_xml_is_an_error() {
        let xml = format!("<w:document {NS}><w:body><w:p><w:r><w:t>текст");
        assert!(matches!(
            paragraphs(xml.as_bytes(), &Deadline::new(Duration::from_secs(5))),
            Err(PartError::Xml(_))
        ));
    }
}
