//! PDF: lopdf parses the file (and recovers broken xref tables); the text is rebuilt from
//! glyph positions by a small content-stream interpreter instead of lopdf's
//! `extract_text`, which splits a word where its font changes and puts one glyph per line
//! when glyphs are placed one by one.

mod cmap;
mod content;
mod font;
mod layout;
mod nesting;
mod repair;
mod running;

use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};

use lopdf::{Document, Object, ObjectId, Stream};

use crate::limits::Deadline;
use crate::{Detected, ExtractError, Limits};

fn corrupt(reason: impl Into<String>) -> ExtractError {
    ExtractError::Corrupt {
        detected: Detected::Pdf,
        reason: reason.into(),
    }
}

/// Follows references (a bounded number of times: reference cycles exist in the wild).
pub(crate) fn resolve<'a>(doc: &'a Document, mut o: &'a Object) -> &'a Object {
    for _ in 0..16 {
        match o {
            Object::Reference(id) => match doc.objects.get(id) {
                Some(next) => o = next,
                None => return &Object::Null,
            },
            _ => return o,
        }
    }
    &Object::Null
}

/// Counts decoded stream bytes against [`Limits::max_uncompressed_bytes`].
pub(crate) struct StreamBudget {
    remaining: u64,
    exceeded: bool,
}

impl StreamBudget {
    /// The decoded bytes of `s`, or `None` when they cannot be decoded or the budget ran out.
    pub(crate) fn decode(&mut self, s: &Stream) -> Option<Vec<u8>> {
        let filters: Vec<&[u8]> = match s.dict.get(b"Filter") {
            Ok(Object::Name(n)) => vec![n.as_slice()],
            Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_name().ok()).collect(),
            _ => Vec::new(),
        };
        let plain_flate =
            filters == [b"FlateDecode".as_slice()] && s.dict.get(b"DecodeParms").is_err();
        let data = if filters.is_empty() {
            s.content.clone()
        } else if plain_flate {
            // Inflate ourselves so that a deflate bomb stops at the budget.
            let mut out = Vec::new();
            let mut decoder =
                flate2::read::ZlibDecoder::new(s.content.as_slice()).take(self.remaining + 1);
            let mut chunk = [0u8; 16 * 1024];
            loop {
                match decoder.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => out.extend_from_slice(&chunk[..n]),
                }
            }
            if out.is_empty() && !s.content.is_empty() {
                s.decompressed_content().ok()?
            } else {
                out
            }
        } else {
            s.decompressed_content().ok()?
        };
        let n = data.len() as u64;
        if n > self.remaining {
            self.exceeded = true;
            self.remaining = 0;
            return None;
        }
        self.remaining -= n;
        Some(data)
    }
}

/// Bottom and height of the page's MediaBox (inherited from the page tree), A4 if absent.
fn media_box(doc: &Document, page: ObjectId) -> (f64, f64) {
    let mut dict = doc.get_dictionary(page).ok();
    for _ in 0..16 {
        let Some(d) = dict else { break };
        if let Ok(Object::Array(b)) = d.get(b"MediaBox").map(|o| resolve(doc, o)) {
            let n: Vec<f64> = b
                .iter()
                .filter_map(|o| match resolve(doc, o) {
                    Object::Integer(i) => Some(*i as f64),
                    Object::Real(r) => Some(f64::from(*r)),
                    _ => None,
                })
                .collect();
            if let [_, y0, _, y1] = n[..]
                && (y1 - y0).abs() > 1.0
            {
                return (y0.min(y1), (y1 - y0).abs());
            }
        }
        dict = d
            .get(b"Parent")
            .ok()
            .and_then(|o| o.as_reference().ok())
            .and_then(|id| doc.get_dictionary(id).ok());
    }
    (0.0, 842.0)
}

fn page_content(doc: &Document, page: ObjectId, budget: &mut StreamBudget) -> Vec<u8> {
    let mut data = Vec::new();
    for id in doc.get_page_contents(page) {
        if let Some(Object::Stream(s)) = doc.objects.get(&id)
            && let Some(bytes) = budget.decode(s)
        {
            data.extend_from_slice(&bytes);
            data.push(b'\n');
        }
    }
    data
}

pub(crate) fn extract(
    bytes: &[u8],
    limits: &Limits,
    deadline: &Deadline,
) -> Result<String, ExtractError> {
    match catch_unwind(AssertUnwindSafe(|| extract_inner(bytes, limits, deadline))) {
        Ok(result) => result,
        Err(_) => {
            tracing::warn!(input_bytes = bytes.len(), "pdf parser panicked");
            Err(corrupt("the pdf structure could not be parsed"))
        }
    }
}

fn extract_inner(
    bytes: &[u8],
    limits: &Limits,
    deadline: &Deadline,
) -> Result<String, ExtractError> {
    let too_deep = || {
        corrupt(format!(
            "objects nest more than {} levels deep",
            nesting::MAX_NESTING
        ))
    };
    if nesting::too_deep(bytes, true) {
        return Err(too_deep());
    }
    match nesting::check_object_streams(bytes, limits.max_uncompressed_bytes) {
        Ok(()) => {}
        Err(nesting::ObjectStreamProblem::TooDeep) => return Err(too_deep()),
        Err(nesting::ObjectStreamProblem::TooLarge) => {
            return Err(ExtractError::UncompressedTooLarge {
                detected: Detected::Pdf,
                limit: limits.max_uncompressed_bytes,
            });
        }
    }
    let doc = match Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(first) => {
            let repaired =
                repair::rebuild_xref(bytes).and_then(|fixed| Document::load_mem(&fixed).ok());
            match repaired {
                Some(doc) => {
                    tracing::debug!(
                        input_bytes = bytes.len(),
                        "pdf cross-reference table rebuilt"
                    );
                    doc
                }
                None if bytes.windows(8).any(|w| w == b"/Encrypt") => {
                    return Err(ExtractError::Encrypted {
                        detected: Detected::Pdf,
                    });
                }
                None => {
                    let mut reason = first.to_string();
                    reason.truncate(160);
                    return Err(corrupt(reason));
                }
            }
        }
    };
    if doc.trailer.get(b"Encrypt").is_ok() && doc.encryption_state.is_none() {
        return Err(ExtractError::Encrypted {
            detected: Detected::Pdf,
        });
    }
    deadline.check()?;
    let pages = doc.get_pages();
    let page_count = pages.len() as u64;
    if page_count > limits.max_pages {
        return Err(ExtractError::TooManyPages {
            pages: page_count,
            limit: limits.max_pages,
        });
    }
    if page_count == 0 {
        return Err(corrupt("the document has no pages"));
    }
    let mut budget = StreamBudget {
        remaining: limits.max_uncompressed_bytes,
        exceeded: false,
    };
    let too_large = || ExtractError::UncompressedTooLarge {
        detected: Detected::Pdf,
        limit: limits.max_uncompressed_bytes,
    };
    let mut cache = content::FontCache::new();
    let mut lines = Vec::new();
    let (mut glyphs, mut unmapped, mut unreadable_pages) = (0usize, 0usize, 0usize);
    for (_, page_id) in pages {
        deadline.check()?;
        let resources = content::Resources::of_page(&doc, page_id);
        let data = page_content(&doc, page_id, &mut budget);
        if budget.exceeded {
            return Err(too_large());
        }
        if nesting::too_deep(&data, false) {
            unreadable_pages += 1;
            continue;
        }
        let ops = match lopdf::content::Content::decode(&data) {
            Ok(c) => c.operations,
            Err(_) => {
                unreadable_pages += 1;
                continue;
            }
        };
        deadline.check()?;
        let page = content::Interpreter::new(&doc, resources, &mut cache, &mut budget)
            .run(&ops, deadline)?;
        if budget.exceeded {
            return Err(too_large());
        }
        glyphs += page.glyphs.len();
        unmapped += page.unmapped;
        let (y0, height) = media_box(&doc, page_id);
        lines.push(running::PageLines {
            lines: layout::page_lines(&page),
            y0,
            height,
        });
    }
    tracing::debug!(
        pages = page_count,
        glyphs,
        unmapped,
        unreadable_pages,
        "pdf pages read"
    );
    let mut lines = running::assemble(&lines);
    if lines.is_empty() {
        if unmapped > 0 {
            return Err(ExtractError::Encoding {
                reason: "the pdf fonts carry no Unicode mapping (no ToUnicode); export the pdf again with embedded fonts".into(),
            });
        }
        if unreadable_pages > 0 {
            return Err(corrupt("the page content streams could not be parsed"));
        }
        return Err(ExtractError::NoTextLayer { pages: page_count });
    }
    layout::join_hyphens(&mut lines);
    Ok(lines.join("\n"))
}
