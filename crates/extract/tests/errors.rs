//! Every bad input gets a clear, permanent error naming what was detected.

use std::time::Duration;

use crate::support::docx::{docx, p, zip};
use crate::support::err;
use crate::support::pdf::{PdfBuilder, text_at};
use courtpub_extract::{Detected, ExtractError, Limits, extract, sniff};
use courtpub_extract::{ImageKind, ZipKind};

fn ole(extra: &[u8]) -> Vec<u8> {
    let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    b.resize(512, 0);
    b.extend_from_slice(extra);
    b
}

#[test]
fn formats_are_sniffed_from_bytes() {
    let encrypted_marker: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let cases: Vec<(&str, Vec<u8>, Detected)> = vec![
        ("empty", vec![], Detected::Empty),
        ("docx", docx(&p("x")), Detected::Docx),
        ("pdf", b"%PDF-1.7\n...".to_vec(), Detected::Pdf),
        (
            "pdf after junk",
            [b"\r\n\r\n".as_slice(), b"%PDF-1.4"].concat(),
            Detected::Pdf,
        ),
        ("utf8 text", "Решение".as_bytes().to_vec(), Detected::Text),
        ("legacy doc", ole(b""), Detected::LegacyOffice),
        (
            "encrypted docx (OLE)",
            ole(&encrypted_marker),
            Detected::EncryptedOffice,
        ),
        (
            "rtf",
            br"{\rtf1\ansi\deff0 {\fonttbl}}".to_vec(),
            Detected::Rtf,
        ),
        (
            "html renamed docx",
            b"<!DOCTYPE html><html><body>Act</body></html>".to_vec(),
            Detected::Html,
        ),
        (
            "word html",
            "\u{feff}<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
                .as_bytes()
                .to_vec(),
            Detected::Html,
        ),
        (
            "xml",
            b"<?xml version=\"1.0\"?><w:wordDocument/>".to_vec(),
            Detected::Xml,
        ),
        (
            "png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            Detected::Image(ImageKind::Png),
        ),
        (
            "jpeg",
            vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10],
            Detected::Image(ImageKind::Jpeg),
        ),
        (
            "xlsx",
            zip(&[("xl/workbook.xml", b"<workbook/>")]),
            Detected::Zip(ZipKind::Spreadsheet),
        ),
        (
            "odt",
            zip(&[
                ("mimetype", b"application/vnd.oasis.opendocument.text"),
                ("content.xml", b"<x/>"),
            ]),
            Detected::Zip(ZipKind::OpenDocument),
        ),
        (
            "plain zip",
            zip(&[("a.txt", b"a")]),
            Detected::Zip(ZipKind::Other),
        ),
        (
            "truncated zip",
            docx(&p("x"))[..30].to_vec(),
            Detected::DamagedZip,
        ),
        (
            "binary",
            vec![0x00, 0x01, 0x02, 0xFF, 0x00],
            Detected::Unknown,
        ),
    ];
    for (name, bytes, want) in cases {
        assert_eq!(sniff(&bytes), want, "{name}");
    }
}

#[test]
fn unsupported_formats_name_what_was_detected() {
    for (bytes, detected, words) in [
        (
            b"<html><body>renamed.docx</body></html>".to_vec(),
            Detected::Html,
            "HTML",
        ),
        (ole(b""), Detected::LegacyOffice, ".doc"),
        (br"{\rtf1 text}".to_vec(), Detected::Rtf, "RTF"),
        (
            b"\x89PNG\r\n\x1a\nxxxx".to_vec(),
            Detected::Image(ImageKind::Png),
            "PNG",
        ),
    ] {
        let e = err(&bytes);
        match &e {
            ExtractError::Unsupported { detected: d } => assert_eq!(*d, detected),
            other => panic!("{other}"),
        }
        let msg = e.to_string();
        assert!(msg.contains(words) && msg.contains("DOCX, PDF"), "{msg}");
        assert!(
            !msg.ends_with('.') && msg.starts_with(char::is_lowercase),
            "{msg}"
        );
    }
}

#[test]
fn bad_inputs_get_their_own_error() {
    assert!(matches!(err(b""), ExtractError::Empty));
    assert!(matches!(
        err(&ole(&"EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect::<Vec<_>>())),
        ExtractError::Encrypted { .. }
    ));
    assert!(matches!(
        err(b"   \n\r\n  "),
        ExtractError::NoText {
            detected: Detected::Text
        }
    ));
    assert!(matches!(
        err(&docx(&p("x"))[..40]),
        ExtractError::Corrupt {
            detected: Detected::DamagedZip,
            ..
        }
    ));
    assert!(matches!(
        err(b"%PDF-1.4\ngarbage"),
        ExtractError::Corrupt {
            detected: Detected::Pdf,
            ..
        }
    ));
}

#[test]
fn limits_are_enforced() {
    let small = Limits {
        max_file_bytes: 1024,
        ..Limits::default()
    };
    let e = extract(&vec![b'a'; 2048], &small).unwrap_err();
    assert!(
        matches!(
            e,
            ExtractError::TooLarge {
                size: 2048,
                limit: 1024
            }
        ),
        "{e}"
    );

    let mut b = PdfBuilder::new();
    let f = b.type0("F1", "абв");
    for _ in 0..3 {
        b.page(text_at("F1", 10.0, 72.0, 700.0, f.encode("абв")));
    }
    let pdf = b.build();
    let two_pages = Limits {
        max_pages: 2,
        ..Limits::default()
    };
    assert!(matches!(
        extract(&pdf, &two_pages),
        Err(ExtractError::TooManyPages { pages: 3, limit: 2 })
    ));

    let no_time = Limits {
        max_duration: Duration::ZERO,
        ..Limits::default()
    };
    for bytes in [pdf.clone(), docx(&p("x"))] {
        assert!(matches!(
            extract(&bytes, &no_time),
            Err(ExtractError::Timeout { .. })
        ));
    }
}

#[test]
fn limits_deserialize_from_config_and_reject_typos() {
    let l: Limits = serde_json::from_str(r#"{"max_pages": 10, "max_duration": "1500ms"}"#).unwrap();
    assert_eq!(l.max_pages, 10);
    assert_eq!(l.max_duration, Duration::from_millis(1500));
    assert_eq!(l.max_file_bytes, Limits::default().max_file_bytes);
    let l: Limits = serde_json::from_str(r#"{"max_duration": 5}"#).unwrap();
    assert_eq!(l.max_duration, Duration::from_secs(5));
    assert!(serde_json::from_str::<Limits>(r#"{"max_page": 10}"#).is_err());
}

#[test]
fn debug_shows_lengths_not_text() {
    let e = crate::support::ok("Асанов Бакыт".as_bytes());
    let dbg = format!("{e:?}");
    assert!(
        !dbg.contains("Асанов") && dbg.contains("text_bytes"),
        "{dbg}"
    );
}
