//! Builders for synthetic DOCX and PDF test documents (synthetic text only).

pub mod docx;
pub mod pdf;

use courtpub_extract::{ExtractError, Extracted, Limits, extract};

pub fn ok(bytes: &[u8]) -> Extracted {
    match extract(bytes, &Limits::default()) {
        Ok(e) => e,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

pub fn err(bytes: &[u8]) -> ExtractError {
    match extract(bytes, &Limits::default()) {
        Ok(e) => panic!("expected an error, got {e:?}"),
        Err(e) => e,
    }
}

/// Whitespace collapsed to single spaces, for comparing formats.
pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
