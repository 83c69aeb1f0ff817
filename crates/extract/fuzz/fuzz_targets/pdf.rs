//! PDF: raw bytes through lopdf, the xref repair and the content interpreter.
#![no_main]

use courtpub_extract::{Limits, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_uncompressed_bytes: 16 << 20,
        max_duration: std::time::Duration::from_secs(2),
        ..Limits::default()
    };
    let _ = extract(data, &limits);
});
