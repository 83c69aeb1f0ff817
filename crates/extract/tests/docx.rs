//! DOCX layouts that break naive readers.

use crate::support::docx::{W, document, docx, docx_parts, p, part};
use crate::support::{err, ok};
use courtpub_extract::{Detected, ExtractError, Limits, MediaType, extract};

fn text(body: &str) -> String {
    ok(&docx(body)).text
}

#[test]
fn body_layouts_give_the_expected_text() {
    let run = |t: &str| format!("<w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r>");
    let bold =
        |t: &str| format!("<w:r><w:rPr><w:b/><w:sz w:val=\"\"/></w:rPr><w:t>{t}</w:t></w:r>");
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "split runs stay one word",
            format!(
                "<w:p>{}{}{}</w:p>",
                run("Подсудимый "),
                run("Аса"),
                bold("нова")
            ),
            "Подсудимый Асанова",
        ),
        (
            "paragraphs in order",
            format!("{}{}", p("ПРИГОВОР"), p("Именем Кыргызской Республики")),
            "ПРИГОВОР\nИменем Кыргызской Республики",
        ),
        (
            "deleted revision skipped, inserted kept",
            format!(
                "<w:p>{}<w:del w:id=\"1\" w:author=\"\"><w:r><w:delText>Петров</w:delText></w:r></w:del><w:ins w:id=\"2\">{}</w:ins></w:p>",
                run("гр. "),
                run("Иванов")
            ),
            "гр. Иванов",
        ),
        (
            "tab and soft break are whitespace",
            "<w:p><w:r><w:t>г. Бишкек</w:t><w:tab/><w:t>12 мая</w:t><w:br/><w:t>2024 года</w:t></w:r></w:p>".to_string(),
            "г. Бишкек\t12 мая\n2024 года",
        ),
        (
            "table rows are lines, cells separated",
            format!(
                "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr><w:tr><w:tc>{}</w:tc><w:tc>{}{}</w:tc></w:tr></w:tbl>",
                p("Сторона"),
                p("ФИО"),
                p("Истец"),
                p("Бекова"),
                p("Айгуль")
            ),
            "Сторона | ФИО\nИстец | Бекова Айгуль",
        ),
        (
            "text box once, fallback skipped",
            format!(
                "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><w:txbxContent>{}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:txbxContent>{}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>{}</w:p>",
                p("Копия верна"),
                p("Копия верна"),
                run("Судья")
            ),
            "Копия верна\nСудья",
        ),
        (
            "soft hyphen and no-break hyphen",
            "<w:p><w:r><w:t>Кара</w:t><w:noBreakHyphen/><w:t>Суу при\u{00AD}говор</w:t><w:softHyphen/></w:r></w:p>".to_string(),
            "Кара-Суу приговор",
        ),
        (
            "empty attribute tolerated",
            format!(
                "<w:p><w:pPr><w:jc w:val=\"\"/></w:pPr>{}</w:p>",
                bold("Решение")
            ),
            "Решение",
        ),
    ];
    for (name, body, want) in cases {
        assert_eq!(text(&body), want, "{name}");
    }
}

#[test]
fn namespace_prefix_is_resolved_by_uri() {
    let xml = format!(
        r#"<?xml version="1.0"?><ns0:document xmlns:ns0="{W}"><ns0:body><ns0:p><ns0:r><ns0:t>Определение суда</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"#
    );
    assert_eq!(ok(&docx_parts(&xml, &[])).text, "Определение суда");
    // Default namespace, no prefix at all.
    let xml = format!(
        r#"<document xmlns="{W}"><body><p><r><t>Постановление</t></r></p></body></document>"#
    );
    assert_eq!(ok(&docx_parts(&xml, &[])).text, "Постановление");
    // `w:` bound to another URI is not WordprocessingML.
    let xml = r#"<w:document xmlns:w="urn:other"><w:body><w:p><w:r><w:t>чужой</w:t></w:r></w:p></w:body></w:document>"#;
    assert!(matches!(
        err(&docx_parts(xml, &[])),
        ExtractError::NoText { .. }
    ));
}

#[test]
fn headers_footnotes_endnotes_and_footers_are_read_in_order() {
    let bytes = docx_parts(
        &document(&format!(
            "{}{}",
            p("Текст решения"),
            "<w:p><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"
        )),
        &[
            (
                "word/header1.xml",
                &part("hdr", &p("Ленинский районный суд")),
            ),
            (
                "word/header2.xml",
                &part("hdr", &p("Ленинский районный суд")),
            ),
            (
                "word/footer1.xml",
                &part("ftr", &format!("{}{}", p("Копия верна"), p("Страница 1"))),
            ),
            (
                "word/footnotes.xml",
                &part(
                    "footnotes",
                    &format!(
                        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id=\"2\">{}</w:footnote>",
                        p("Сноска: ст. 38 УК")
                    ),
                ),
            ),
            (
                "word/endnotes.xml",
                &part(
                    "endnotes",
                    &format!("<w:endnote w:id=\"1\">{}</w:endnote>", p("Концевая сноска")),
                ),
            ),
        ],
    );
    let e = ok(&bytes);
    assert_eq!(e.media_type, MediaType::Docx);
    assert_eq!(
        e.text,
        "Ленинский районный суд\nТекст решения\nСноска: ст. 38 УК\nКонцевая сноска\nКопия верна"
    );
}

#[test]
fn truncated_document_xml_is_corrupt_not_a_hang() {
    let full = document(&p("Приговор").repeat(20));
    let truncated = &full[..full.len() - 40];
    let e = err(&docx_parts(truncated, &[]));
    assert!(
        matches!(
            e,
            ExtractError::Corrupt {
                detected: Detected::Docx,
                ..
            }
        ),
        "{e}"
    );
    assert!(e.to_string().contains("word/document.xml"), "{e}");
}

#[test]
fn truncated_zip_is_corrupt() {
    let bytes = docx(&p("Приговор").repeat(50));
    let e = err(&bytes[..bytes.len() / 2]);
    assert!(matches!(e, ExtractError::Corrupt { .. }), "{e}");
}

#[test]
fn zip_bomb_stops_at_the_uncompressed_limit() {
    // 24 MiB of spaces inside a paragraph deflate to ~24 KiB.
    let body = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", " ".repeat(24 << 20));
    let bytes = docx(&body);
    assert!(bytes.len() < 1 << 20);
    let limits = Limits {
        max_uncompressed_bytes: 4 << 20,
        ..Limits::default()
    };
    let e = extract(&bytes, &limits).unwrap_err();
    assert!(
        matches!(e, ExtractError::UncompressedTooLarge { .. }),
        "{e}"
    );
}

#[test]
fn docx_without_text_is_an_error() {
    assert!(matches!(
        err(&docx("<w:p/><w:p></w:p>")),
        ExtractError::NoText { .. }
    ));
}

/// Sets the declared uncompressed size of `name` in the zip's local and central headers.
fn lie_about_size(zip: &mut [u8], name: &str, size: u32) {
    let name = name.as_bytes();
    for (sig, size_at, name_at) in [(b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)] {
        let mut i = 0;
        while let Some(p) = zip[i..].windows(4).position(|w| w == sig) {
            let at = i + p;
            if zip.get(at + name_at..at + name_at + name.len()) == Some(name) {
                zip[at + size_at..at + size_at + 4].copy_from_slice(&size.to_le_bytes());
            }
            i = at + 4;
        }
    }
}

#[test]
fn zip_bomb_with_lying_headers_stops_while_inflating() {
    let body = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", " ".repeat(24 << 20));
    let mut bytes = docx(&body);
    lie_about_size(&mut bytes, "word/document.xml", 1000);
    let limits = Limits {
        max_uncompressed_bytes: 4 << 20,
        ..Limits::default()
    };
    let e = extract(&bytes, &limits).unwrap_err();
    // Either our count stops it or the archive reader refuses the size mismatch.
    assert!(
        matches!(
            e,
            ExtractError::UncompressedTooLarge { .. } | ExtractError::Corrupt { .. }
        ),
        "{e}"
    );
}
