//! courtpub-extract: the bytes of one court act → its text, as paragraphs in reading order.
//!
//! This crate owns format detection ([`sniff`]) and text extraction for the formats courts
//! post: DOCX (streamed with `zip` + `quick-xml`), PDF (parsed with `lopdf`, words and lines
//! rebuilt from glyph positions) and plain text (UTF-8, UTF-16 with BOM, CP1251 detected).
//! Everything else is refused with [`ExtractError::Unsupported`] naming what was detected.
//!
//! What it must never do:
//! - trust a file name or a declared media type: the format is sniffed from the bytes;
//! - panic, hang or exhaust memory on any input: every input is bounded by [`Limits`]
//!   (file size before parsing, uncompressed size while inflating, page count, a deadline
//!   checked inside the loops);
//! - log act text: logs carry sizes and counts only, and `Debug` of [`Extracted`] prints
//!   lengths, not text;
//! - do I/O: it works on a byte slice the caller already holds.
//!
//! Every [`ExtractError`] is **permanent**: it describes the document, not the machine, so
//! retrying the same bytes gives the same error. A worker records the act as failed with the
//! error's message and dead-letters it; it never retries.

mod docx;
mod limits;
mod pdf;
mod sniff;
mod text;
mod txt;

use std::fmt;

pub use courtpub_domain::MediaType;
pub use limits::Limits;
pub use sniff::{Detected, ImageKind, ZipKind, sniff};

use limits::Deadline;

/// The text of one act, ready for depersonalization.
#[derive(Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The format the text was read from (sniffed, not declared).
    pub media_type: MediaType,
    /// Paragraphs (for PDF: lines) separated by `"\n"`, in reading order. Table rows are one
    /// line each with cells separated by `" | "`. Never empty.
    pub text: String,
}

impl fmt::Debug for Extracted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extracted")
            .field("media_type", &self.media_type)
            .field("text_bytes", &self.text.len())
            .field("lines", &self.text.lines().count())
            .finish()
    }
}

/// Why a document could not be turned into text.
///
/// Every variant is permanent (a property of the document): do not retry, record the act as
/// failed with this message and dead-letter it. Messages are written for the court IT person
/// who has to fix the file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExtractError {
    #[error("the file is empty (0 bytes); export the act again and resend it")]
    Empty,
    #[error(
        "unsupported document format: detected {detected}; send the act as DOCX, PDF or plain text"
    )]
    Unsupported { detected: Detected },
    #[error(
        "file is {size} bytes, over the limit of {limit} bytes; split the act or raise extract.max_file_bytes"
    )]
    TooLarge { size: u64, limit: u64 },
    #[error(
        "{detected} unpacks to more than {limit} bytes (possible zip bomb); re-save the act in the word processor or raise extract.max_uncompressed_bytes"
    )]
    UncompressedTooLarge { detected: Detected, limit: u64 },
    #[error(
        "pdf has {pages} pages, over the limit of {limit}; split the act or raise extract.max_pages"
    )]
    TooManyPages { pages: u64, limit: u64 },
    #[error(
        "extraction took longer than {}s; the file is probably malformed, re-export it or raise extract.max_duration", limit.as_secs_f64()
    )]
    Timeout { limit: std::time::Duration },
    #[error("{detected} is damaged: {reason}; export the act again and resend it")]
    Corrupt { detected: Detected, reason: String },
    #[error("{detected} is password-protected; send an unprotected copy of the act")]
    Encrypted { detected: Detected },
    #[error(
        "pdf has no text layer ({pages} page(s) of images, probably scanned); it needs OCR, or send the original DOCX/PDF from the word processor"
    )]
    NoTextLayer { pages: u64 },
    #[error("{detected} contains no text; check that the right file was sent")]
    NoText { detected: Detected },
    #[error("text encoding not recognised: {reason}; save the file as UTF-8")]
    Encoding { reason: String },
}

/// Extracts the text of one act from its bytes.
///
/// The format is sniffed from the bytes ([`sniff`]). The whole call is bounded by `limits`;
/// exceeding a limit is an error, never a hang. All errors are permanent, see [`ExtractError`].
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<Extracted, ExtractError> {
    let size = bytes.len() as u64;
    if size > limits.max_file_bytes {
        return Err(ExtractError::TooLarge {
            size,
            limit: limits.max_file_bytes,
        });
    }
    let deadline = Deadline::new(limits.max_duration);
    let detected = sniff(bytes);
    let (media_type, raw) = match detected {
        Detected::Empty => return Err(ExtractError::Empty),
        Detected::Docx => (MediaType::Docx, docx::extract(bytes, limits, &deadline)?),
        Detected::DamagedZip => {
            return Err(ExtractError::Corrupt {
                detected,
                reason: "the zip archive is truncated or its directory is unreadable".into(),
            });
        }
        Detected::EncryptedOffice => return Err(ExtractError::Encrypted { detected }),
        Detected::Pdf => (MediaType::Pdf, pdf::extract(bytes, limits, &deadline)?),
        Detected::Text => (MediaType::Txt, txt::decode(bytes)?),
        other => return Err(ExtractError::Unsupported { detected: other }),
    };
    let text = text::finish(&raw);
    if text.is_empty() {
        return Err(ExtractError::NoText { detected });
    }
    tracing::debug!(
        media_type = media_type.as_mime(),
        input_bytes = bytes.len(),
        text_bytes = text.len(),
        "extracted"
    );
    Ok(Extracted { media_type, text })
}
