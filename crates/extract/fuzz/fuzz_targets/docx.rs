//! DOCX: most inputs are taken as `word/document.xml` and zipped here, so the fuzzer
//! spends its time in the XML walker rather than on zip headers; inputs starting with
//! `PK` go in raw to fuzz the archive handling too.
#![no_main]

use std::io::{Cursor, Write};

use courtpub_extract::{Limits, extract};
use libfuzzer_sys::fuzz_target;

fn limits() -> Limits {
    Limits {
        max_uncompressed_bytes: 16 << 20,
        max_duration: std::time::Duration::from_secs(2),
        ..Limits::default()
    }
}

fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"PK") {
        let _ = extract(data, &limits());
        return;
    }
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    if w.start_file("word/document.xml", opts).is_err() || w.write_all(data).is_err() {
        return;
    }
    let Ok(bytes) = w.finish() else { return };
    let _ = extract(&bytes.into_inner(), &limits());
});
