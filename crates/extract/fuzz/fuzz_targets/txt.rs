//! Text and sniffing: any bytes, including BOMs and markup starts.
#![no_main]

use courtpub_extract::{Limits, extract, sniff};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = sniff(data);
    if let Ok(e) = extract(data, &Limits::default()) {
        assert!(!e.text.is_empty());
    }
});
