//! PDF text rebuilt from glyph positions.

use lopdf::{Document, Object, dictionary};

use crate::support::pdf::{PdfBuilder, op, s, text_at};
use crate::support::{err, ok};
use courtpub_extract::{ExtractError, Limits, MediaType};

const ALPHABET: &str = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяҢңӨөҮүABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;-№()«»\"\u{00AD}";

/// Glyphs are 500/1000 wide: at 10 pt each advances 5 pt.
fn two_fonts() -> (
    PdfBuilder,
    crate::support::pdf::Type0,
    crate::support::pdf::Type0,
) {
    let mut b = PdfBuilder::new();
    let regular = b.type0("F1", ALPHABET);
    let bold = b.type0("F2", ALPHABET);
    (b, regular, bold)
}

/// "Аса" in F1 then "нова" in bold F2 right after it, each run in its own text object as
/// Word writes a name with a bold tail.
fn split_font_word_pdf() -> Vec<u8> {
    let (mut b, f1, f2) = two_fonts();
    // 10 pt glyphs of 500/1000 em advance 5 pt each.
    let mut ops = text_at("F1", 10.0, 72.0, 700.0, f1.encode("Осужденный Аса"));
    ops.extend(text_at(
        "F2",
        10.0,
        72.0 + 14.0 * 5.0,
        700.0,
        f2.encode("нова"),
    ));
    ops.extend(text_at(
        "F1",
        10.0,
        72.0 + 18.0 * 5.0,
        700.0,
        f1.encode(" Б.К."),
    ));
    ops.extend(text_at(
        "F1",
        10.0,
        72.0,
        686.0,
        f1.encode("признана виновной"),
    ));
    b.page(ops);
    b.build()
}

#[test]
fn font_change_inside_a_word_keeps_the_word() {
    let e = ok(&split_font_word_pdf());
    assert_eq!(e.media_type, MediaType::Pdf);
    assert_eq!(e.text, "Осужденный Асанова Б.К.\nпризнана виновной");
}

#[test]
fn lopdf_extract_text_splits_the_word_we_keep() {
    // The trap the issue describes: lopdf's own extract_text breaks the name apart, so
    // a depersonalizer would never see "Асанова".
    let doc = Document::load_mem(&split_font_word_pdf()).unwrap();
    let theirs = doc.extract_text(&[1]).unwrap_or_default();
    assert!(
        theirs.contains("Аса\nнова"),
        "lopdf now keeps the word: {theirs:?}"
    );
    assert!(ok(&split_font_word_pdf()).text.contains("Асанова"));
    // Glyphs placed one by one: lopdf loses every word break.
    let text = "Суд Первомайского района";
    let doc = Document::load_mem(&glyph_by_glyph_pdf(text)).unwrap();
    let theirs = doc.extract_text(&[1]).unwrap_or_default();
    assert_eq!(theirs.trim_end(), "СудПервомайскогорайона");
    assert_eq!(ok(&glyph_by_glyph_pdf(text)).text, text);
}

/// Every glyph placed by its own `Td`, as some generators do; word gaps are 0.5 em.
fn glyph_by_glyph_pdf(text: &str) -> Vec<u8> {
    let (mut b, f1, _) = two_fonts();
    let mut ops = vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 10.into()]),
        op("Td", vec![72.into(), 700.into()]),
    ];
    for c in text.chars() {
        if c == ' ' {
            ops.push(op("Td", vec![5.into(), 0.into()]));
            continue;
        }
        ops.push(op("Tj", vec![s(f1.encode(&c.to_string()))]));
        ops.push(op("Td", vec![5.into(), 0.into()]));
    }
    ops.push(op("ET", vec![]));
    b.page(ops);
    b.build()
}

#[test]
fn glyphs_placed_one_by_one_give_words() {
    let text = "Суд Первомайского района г. Бишкек";
    assert_eq!(ok(&glyph_by_glyph_pdf(text)).text, text);
}

#[test]
fn tj_spacing_separates_words_and_kerning_does_not() {
    let (mut b, f1, _) = two_fonts();
    let tj = Object::Array(vec![
        s(f1.encode("Жалоба")),
        Object::Integer(-300), // 0.3 em: a word gap without a space glyph
        s(f1.encode("Үсөн")),
        Object::Integer(40), // tightening kern inside a word
        s(f1.encode("овой")),
        Object::Integer(-20),
        s(f1.encode("ң")),
    ]);
    b.page(vec![
        op("BT", vec![]),
        op("Tf", vec!["F1".into(), 12.into()]),
        op(
            "Tm",
            vec![
                1.into(),
                0.into(),
                0.into(),
                1.into(),
                72.into(),
                600.into(),
            ],
        ),
        op("TJ", vec![tj]),
        op("ET", vec![]),
    ]);
    assert_eq!(ok(&b.build()).text, "Жалоба Үсөновойң");
}

#[test]
fn lines_come_out_top_to_bottom_whatever_the_drawing_order() {
    let (mut b, f1, _) = two_fonts();
    let mut ops = Vec::new();
    // Drawn bottom-up, and the first line in two pieces drawn right piece first.
    ops.extend(text_at("F1", 10.0, 72.0, 660.0, f1.encode("третья строка")));
    ops.extend(text_at("F1", 10.0, 72.0, 680.0, f1.encode("вторая строка")));
    ops.extend(text_at("F1", 10.0, 122.0, 700.0, f1.encode("строка")));
    ops.extend(text_at("F1", 10.0, 72.0, 700.0, f1.encode("первая")));
    b.page(ops);
    assert_eq!(
        ok(&b.build()).text,
        "первая строка\nвторая строка\nтретья строка"
    );
}

#[test]
fn pages_are_in_order_and_hyphens_are_joined() {
    let (mut b, f1, _) = two_fonts();
    let mut page1 = text_at(
        "F1",
        10.0,
        72.0,
        700.0,
        f1.encode("Суд, рассмотрев дело в отношении Аса-"),
    );
    page1.extend(text_at(
        "F1",
        10.0,
        72.0,
        686.0,
        f1.encode("новой Б., при\u{00AD}"),
    ));
    page1.extend(text_at(
        "F1",
        10.0,
        72.0,
        672.0,
        f1.encode("говорил: жителя с. Кара-"),
    ));
    page1.extend(text_at("F1", 10.0, 72.0, 658.0, f1.encode("Суу")));
    b.page(page1);
    b.page(text_at(
        "F1",
        10.0,
        72.0,
        700.0,
        f1.encode("Вторая страница"),
    ));
    b.page(text_at(
        "F1",
        10.0,
        72.0,
        700.0,
        f1.encode("Третья страница"),
    ));
    assert_eq!(
        ok(&b.build()).text,
        "Суд, рассмотрев дело в отношении Асановой\nБ., приговорил:\nжителя с. Кара-Суу\nВторая страница\nТретья страница"
    );
}

#[test]
fn simple_font_encodings_give_cyrillic() {
    let cp1251 = encoding_rs::WINDOWS_1251
        .encode("Приговор суда")
        .0
        .into_owned();
    let mut b = PdfBuilder::new();
    b.simple("F1", Object::Name(b"WinAnsiEncoding".to_vec()));
    b.simple(
        "F2",
        Object::Dictionary(dictionary! {
            "Type" => "Encoding",
            "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![
                Object::Integer(192), "afii10033".into(), "afii10066".into(), "afii10082".into(),
                Object::Integer(200), "uni04E8".into(), "afii10073".into(),
            ],
        }),
    );
    let mut ops = text_at("F1", 10.0, 72.0, 700.0, cp1251);
    ops.extend(text_at(
        "F2",
        10.0,
        72.0,
        686.0,
        vec![192, 193, 194, 32, 200, 201],
    ));
    ops.extend(text_at(
        "F1",
        10.0,
        72.0,
        672.0,
        b"Case No. 5-12/24".to_vec(),
    ));
    b.page(ops);
    assert_eq!(
        ok(&b.build()).text,
        "Приговор суда\nПбр Өз\nCase No. 5-12/24"
    );
}

#[test]
fn image_only_pdf_needs_ocr() {
    let mut b = PdfBuilder::new();
    b.image();
    for _ in 0..2 {
        b.page(vec![
            op("q", vec![]),
            op(
                "cm",
                vec![
                    595.into(),
                    0.into(),
                    0.into(),
                    842.into(),
                    0.into(),
                    0.into(),
                ],
            ),
            op("Do", vec!["Im1".into()]),
            op("Q", vec![]),
        ]);
    }
    let e = err(&b.build());
    assert!(matches!(e, ExtractError::NoTextLayer { pages: 2 }), "{e}");
    assert!(e.to_string().contains("OCR"));
}

fn encrypted(user_password: &str) -> Vec<u8> {
    let (mut b, f1, _) = two_fonts();
    b.page(text_at(
        "F1",
        10.0,
        72.0,
        700.0,
        f1.encode("Секретный текст"),
    ));
    let plain = b.build();
    let mut doc = Document::load_mem(&plain).unwrap();
    let version = lopdf::EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password,
        key_length: 128,
        permissions: lopdf::Permissions::all(),
    };
    let state = lopdf::EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn password_protected_pdf_is_refused_and_empty_password_is_read() {
    let e = err(&encrypted("secret"));
    assert!(matches!(e, ExtractError::Encrypted { .. }), "{e}");
    assert_eq!(ok(&encrypted("")).text, "Секретный текст");
}

#[test]
fn broken_xref_is_recovered() {
    let (mut b, f1, _) = two_fonts();
    b.page(text_at(
        "F1",
        10.0,
        72.0,
        700.0,
        f1.encode("Решение вступило в силу"),
    ));
    let mut bytes = b.build();
    // Point startxref at garbage: lopdf rebuilds the table by scanning objects.
    let pos = bytes.windows(9).rposition(|w| w == b"startxref").unwrap();
    bytes.truncate(pos);
    bytes.extend_from_slice(b"startxref\n999999\n%%EOF\n");
    assert_eq!(ok(&bytes).text, "Решение вступило в силу");
}

#[test]
fn truncated_pdf_is_corrupt_or_partially_read_never_a_panic() {
    let bytes = split_font_word_pdf();
    for cut in [10, 100, bytes.len() / 3, bytes.len() / 2, bytes.len() - 20] {
        match courtpub_extract::extract(&bytes[..cut], &Default::default()) {
            Ok(e) => assert!(!e.text.is_empty()),
            Err(e) => assert!(
                matches!(
                    e,
                    ExtractError::Corrupt { .. }
                        | ExtractError::NoTextLayer { .. }
                        | ExtractError::Encoding { .. }
                ),
                "cut {cut}: {e}"
            ),
        }
    }
}

#[test]
fn text_inside_form_xobjects_is_read_in_place() {
    let (mut b, f1, _) = two_fonts();
    // A form drawing "Копия верна" at its origin, placed twice by its Matrix and a cm.
    let form_ops = lopdf::content::Content {
        operations: text_at("F1", 10.0, 0.0, 0.0, f1.encode("Копия верна")),
    };
    let form = b.doc.add_object(lopdf::Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 200.into(), 20.into()], "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 72.into(), 0.into()] },
        form_ops.encode().unwrap(),
    ));
    b.xobject("Fm1", form);
    let mut ops = text_at("F1", 10.0, 72.0, 700.0, f1.encode("Решение суда"));
    ops.extend([
        op("q", vec![]),
        op(
            "cm",
            vec![1.into(), 0.into(), 0.into(), 1.into(), 0.into(), 650.into()],
        ),
        op("Do", vec!["Fm1".into()]),
        op("Q", vec![]),
    ]);
    ops.extend(text_at(
        "F1",
        10.0,
        72.0,
        600.0,
        f1.encode("вступило в силу"),
    ));
    b.page(ops);
    assert_eq!(
        ok(&b.build()).text,
        "Решение суда\nКопия верна\nвступило в силу"
    );
}

/// lopdf parses nesting recursively: these files used to abort the process with a stack
/// overflow (no panic, nothing to catch). They must be refused as damaged.
#[test]
fn deeply_nested_objects_are_refused_not_a_stack_overflow() {
    let page_tree = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n";
    let with_content = |content: &[u8]| {
        [
            b"%PDF-1.4\n".as_slice(),
            page_tree,
            format!("4 0 obj\n<< /Length {} >>\nstream\n", content.len()).as_bytes(),
            content,
            b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        ]
        .concat()
    };
    let deep_array = [
        b"%PDF-1.4\n1 0 obj\n".as_slice(),
        &b"[".repeat(200_000),
        b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    ]
    .concat();
    let deep_dict = [
        b"%PDF-1.4\n1 0 obj\n".as_slice(),
        &b"<<".repeat(100_000),
        b"\nendobj\n%%EOF\n",
    ]
    .concat();
    let deep_content = with_content(&b"[".repeat(100_000));
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(
        &mut z,
        &[b"5 0 ".as_slice(), &b"[".repeat(100_000)].concat(),
    )
    .unwrap();
    let z = z.finish().unwrap();
    let deep_objstm = [
        b"%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".as_slice(),
        format!(
            "6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {} >>\nstream\n",
            z.len()
        )
        .as_bytes(),
        &z,
        b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    ]
    .concat();
    for (name, bytes) in [
        ("array", deep_array),
        ("dict", deep_dict),
        ("content", deep_content),
        ("object stream", deep_objstm),
    ] {
        let e = err(&bytes);
        assert!(matches!(e, ExtractError::Corrupt { .. }), "{name}: {e}");
    }
}

/// lopdf inflates every compressed object stream into memory while loading: a small file
/// whose object stream inflates past the limit is refused before lopdf sees it.
#[test]
fn object_stream_bomb_stops_at_the_uncompressed_limit() {
    let objstm_pdf = |inflated: &[u8]| {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut z, inflated).unwrap();
        let z = z.finish().unwrap();
        [
            b"%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".as_slice(),
            format!(
                "6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {} >>\nstream\n",
                z.len()
            )
            .as_bytes(),
            &z,
            b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        ]
        .concat()
    };
    let limits = Limits {
        max_uncompressed_bytes: 1 << 20,
        ..Limits::default()
    };
    let bomb = objstm_pdf(&[b"5 0 ".as_slice(), &b" ".repeat(4 << 20)].concat());
    assert!(
        bomb.len() < 20_000,
        "the bomb is small: {} bytes",
        bomb.len()
    );
    match courtpub_extract::extract(&bomb, &limits) {
        Err(ExtractError::UncompressedTooLarge { limit, .. }) => assert_eq!(limit, 1 << 20),
        other => panic!("expected UncompressedTooLarge, got {other:?}"),
    }
    // The same stream under the limit is not refused for its size.
    let small = objstm_pdf(&[b"5 0 ".as_slice(), &b" ".repeat(1000)].concat());
    assert!(!matches!(
        courtpub_extract::extract(&small, &limits),
        Err(ExtractError::UncompressedTooLarge { .. })
    ));
}
