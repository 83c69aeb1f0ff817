//! Plain-text acts in the encodings court systems produce.

use crate::support::{err, ok};
use courtpub_extract::{ExtractError, MediaType};

#[test]
fn text_encodings_are_detected() {
    let text = "ПРИГОВОР\r\nИменем Кыргызской Республики\r\nӨкмөт, Үсөнов";
    let want = "ПРИГОВОР\nИменем Кыргызской Республики\nӨкмөт, Үсөнов";
    let utf16 = |be: bool| {
        let mut v = if be {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in text.encode_utf16() {
            v.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        v
    };
    let ru = "Решение суда\r\nг. Ош";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("utf-8", text.as_bytes().to_vec(), want),
        (
            "utf-8 bom",
            [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
            want,
        ),
        ("utf-16le", utf16(false), want),
        ("utf-16be", utf16(true), want),
        (
            "cp1251",
            encoding_rs::WINDOWS_1251.encode(ru).0.into_owned(),
            "Решение суда\nг. Ош",
        ),
    ];
    for (name, bytes, want) in cases {
        let e = ok(&bytes);
        assert_eq!(e.media_type, MediaType::Txt, "{name}");
        assert_eq!(e.text, want, "{name}");
    }
}

#[test]
fn undecodable_text_is_an_encoding_error() {
    // High bytes that are not CP1251 letters (box drawing in CP866) are not guessed at.
    let e = err(b"\xb3\xb4\xb5\xb6\xb7\xb3\xb4\xb5 \xc4\xc4");
    assert!(
        matches!(
            e,
            ExtractError::Encoding { .. } | ExtractError::Unsupported { .. }
        ),
        "{e}"
    );
}
