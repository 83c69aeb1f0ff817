//! Plain-text acts: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or CP1251.
//!
//! CP1251 is *detected*, not assumed: bytes that are not UTF-8 are accepted as CP1251 only
//! when their non-ASCII bytes are overwhelmingly Cyrillic letters in that code page.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1251};

use crate::ExtractError;

enum Charset {
    Utf8 { bom: bool },
    Utf16Le,
    Utf16Be,
    Cp1251,
}

fn detect(bytes: &[u8]) -> Option<Charset> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Some(Charset::Utf8 { bom: true });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Some(Charset::Utf16Le);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Some(Charset::Utf16Be);
    }
    if has_binary_controls(bytes) {
        return None;
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Some(Charset::Utf8 { bom: false });
    }
    looks_like_cp1251(bytes).then_some(Charset::Cp1251)
}

/// NUL and the C0 controls that never occur in text (tab, LF, FF, CR and ESC aside).
fn has_binary_controls(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1A | 0x1B))
}

fn looks_like_cp1251(bytes: &[u8]) -> bool {
    let mut high = 0usize;
    let mut letters = 0usize;
    for &b in bytes {
        if b >= 0x80 {
            high += 1;
            // А..я, Ё, ё, and the Kyrgyz/Ukrainian letters CP1251 has (Ў ў Є є І і Ї ї Ґ ґ).
            if b >= 0xC0
                || matches!(
                    b,
                    0xA8 | 0xB8
                        | 0xA1
                        | 0xA2
                        | 0xAA
                        | 0xBA
                        | 0xB2
                        | 0xB3
                        | 0xAF
                        | 0xBF
                        | 0xA5
                        | 0xB4
                )
            {
                letters += 1;
            } else if b == 0x98 {
                // unassigned in CP1251
                return false;
            }
        }
    }
    high > 0 && letters * 10 >= high * 8
}

/// Whether `bytes` decode as text in one of the accepted encodings.
pub(crate) fn looks_like_text(bytes: &[u8]) -> bool {
    detect(bytes).is_some()
}

/// The first kilobytes decoded leniently, for telling markup from plain text.
pub(crate) fn decode_lossy_head(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(4096)];
    match detect(bytes) {
        Some(Charset::Utf16Le) => UTF_16LE.decode(head).0.into_owned(),
        Some(Charset::Utf16Be) => UTF_16BE.decode(head).0.into_owned(),
        _ => String::from_utf8_lossy(head).into_owned(),
    }
}

/// Decodes a plain-text act.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, ExtractError> {
    let charset = detect(bytes).ok_or_else(|| ExtractError::Encoding {
        reason: "the bytes are neither UTF-8, UTF-16 with BOM nor CP1251".into(),
    })?;
    let text = match charset {
        Charset::Utf8 { bom } => {
            let body = if bom { &bytes[3..] } else { bytes };
            std::str::from_utf8(body)
                .map_err(|e| ExtractError::Encoding {
                    reason: format!(
                        "invalid UTF-8 after the BOM at byte {}",
                        e.valid_up_to() + 3
                    ),
                })?
                .to_owned()
        }
        Charset::Utf16Le | Charset::Utf16Be => {
            let enc = if matches!(charset, Charset::Utf16Le) {
                UTF_16LE
            } else {
                UTF_16BE
            };
            let (text, had_errors) = enc.decode_with_bom_removal(bytes);
            if had_errors {
                return Err(ExtractError::Encoding {
                    reason: "invalid UTF-16 after the byte order mark".into(),
                });
            }
            text.into_owned()
        }
        Charset::Cp1251 => WINDOWS_1251
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    };
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            let b = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend_from_slice(&b);
        }
        out
    }

    #[test]
    fn decodes_every_accepted_encoding() {
        let text = "Приговор Ысык-Көл\r\nсуд";
        let cp1251 = WINDOWS_1251.encode("Приговор суда, Ёлкин").0.into_owned();
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("utf8", text.as_bytes().to_vec(), text),
            (
                "utf8 bom",
                [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
                text,
            ),
            ("utf16le", utf16(text, false), text),
            ("utf16be", utf16(text, true), text),
            ("cp1251", cp1251, "Приговор суда, Ёлкин"),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(decode(&bytes).unwrap(), want, "{name}");
        }
    }

    #[test]
    fn cp1251_is_detected_not_assumed() {
        // Latin-1 accented text is not Cyrillic: most high bytes are below 0xC0 here.
        let latin1 = b"caf\xe9 \xa9 \xb0 \xb1 \xbc \xbd \xbe";
        assert!(decode(latin1).is_err());
        // Binary with NULs is not text at all.
        assert!(!looks_like_text(b"abc\0def"));
    }
}
