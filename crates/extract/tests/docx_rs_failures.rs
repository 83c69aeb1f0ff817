//! Why DOCX is not read with docx-rs (0.4.22): each case below is a document Word opens, on
//! which docx-rs fails, and which our reader handles; each first checks that docx-rs reads
//! the same document without the defect, so the failure is the defect's. If a docx-rs
//! upgrade fixes one, its test fails and the choice can be revisited.
//!
//! The spike's report that docx-rs hangs on a truncated `word/document.xml` did not
//! reproduce with 0.4.22 (it returns an error at every cut point we tried), so there is no
//! test for it; our reader's own truncation tests are in `docx.rs`.

use crate::support::docx::{W, document, docx_parts, p, part};
use crate::support::ok;

/// docx-rs's view of a document as JSON, or its error.
fn docx_rs(bytes: &[u8]) -> Result<String, String> {
    docx_rs::read_docx(bytes)
        .map(|d| d.json())
        .map_err(|e| format!("{e:?}"))
}

#[test]
fn empty_attribute_rejects_the_whole_document_in_docx_rs() {
    let body = "<w:p><w:r><w:rPr><w:sz w:val=\"\"/></w:rPr><w:t>Приговор</w:t></w:r></w:p>";
    let control = docx_parts(&document(&body.replace("w:val=\"\"", "w:val=\"24\"")), &[]);
    assert!(docx_rs(&control).unwrap().contains("Приговор"));
    let bytes = docx_parts(&document(body), &[]);
    assert!(docx_rs(&bytes).is_err(), "docx-rs accepted w:sz w:val=\"\"");
    assert_eq!(ok(&bytes).text, "Приговор");
}

#[test]
fn other_prefix_gives_docx_rs_an_empty_body() {
    let xml = format!(
        r#"<?xml version="1.0"?><ns0:document xmlns:ns0="{W}"><ns0:body><ns0:p><ns0:r><ns0:t>Решение</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"#
    );
    let control = docx_parts(
        &xml.replace("ns0:", "w:").replace("xmlns:ns0", "xmlns:w"),
        &[],
    );
    assert!(docx_rs(&control).unwrap().contains("Решение"));
    let bytes = docx_parts(&xml, &[]);
    let theirs = docx_rs(&bytes).unwrap_or_default();
    assert!(!theirs.contains("Решение"), "docx-rs read the ns0: body");
    assert_eq!(ok(&bytes).text, "Решение");
}

#[test]
fn docx_rs_ignores_footnotes() {
    let notes = part(
        "footnotes",
        &format!("<w:footnote w:id=\"1\">{}</w:footnote>", p("Сноскатекст")),
    );
    let bytes = docx_parts(&document(&p("Тело")), &[("word/footnotes.xml", &notes)]);
    let theirs = docx_rs(&bytes).expect("docx-rs reads this document");
    assert!(
        theirs.contains("Тело") && !theirs.contains("Сноскатекст"),
        "docx-rs read the footnote"
    );
    assert_eq!(ok(&bytes).text, "Тело\nСноскатекст");
}
