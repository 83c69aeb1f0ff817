//! Format detection from magic bytes. The file name and the declared media type are never
//! consulted: courts rename HTML to `.docx` and `.doc` to `.docx`.

use std::fmt;
use std::io::Cursor;

/// What a byte string looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detected {
    /// Zero bytes.
    Empty,
    /// A zip holding `word/document.xml` (Office Open XML word processing).
    Docx,
    /// Starts with the zip magic but the archive directory cannot be read (truncated).
    DamagedZip,
    /// A readable zip that is not a DOCX.
    Zip(ZipKind),
    /// `%PDF-` in the first kilobyte.
    Pdf,
    /// Text in UTF-8, UTF-16 (with BOM) or CP1251 that is not markup.
    Text,
    /// OLE compound file: legacy Word `.doc` (or `.xls`/`.ppt`).
    LegacyOffice,
    /// A password-protected Word/Office file (an OLE file holding an `EncryptedPackage`).
    EncryptedOffice,
    /// Rich Text Format.
    Rtf,
    /// HTML, often saved by Word as "web page" and renamed.
    Html,
    /// Other XML (for example Word 2003 XML or flat OpenDocument).
    Xml,
    /// An image format.
    Image(ImageKind),
    /// Nothing recognised.
    Unknown,
}

/// Readable zip archives that are not DOCX.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipKind {
    OpenDocument,
    Spreadsheet,
    Presentation,
    Other,
}

/// Image formats recognised by their magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Jpeg,
    Png,
    Tiff,
    Gif,
    Bmp,
}

impl fmt::Display for Detected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            Self::Empty => "an empty file",
            Self::Docx => "docx",
            Self::DamagedZip => "a zip/docx archive",
            Self::Zip(ZipKind::OpenDocument) => "an OpenDocument file (odt)",
            Self::Zip(ZipKind::Spreadsheet) => "an Excel spreadsheet (xlsx)",
            Self::Zip(ZipKind::Presentation) => "a PowerPoint presentation (pptx)",
            Self::Zip(ZipKind::Other) => "a zip archive that is not docx",
            Self::Pdf => "pdf",
            Self::Text => "plain text",
            Self::LegacyOffice => "a legacy Word .doc (OLE) file",
            Self::EncryptedOffice => "a password-protected Word file",
            Self::Rtf => "an RTF file",
            Self::Html => "an HTML page",
            Self::Xml => "an XML file that is not docx",
            Self::Image(ImageKind::Jpeg) => "a JPEG image",
            Self::Image(ImageKind::Png) => "a PNG image",
            Self::Image(ImageKind::Tiff) => "a TIFF image",
            Self::Image(ImageKind::Gif) => "a GIF image",
            Self::Image(ImageKind::Bmp) => "a BMP image",
            Self::Unknown => "an unknown binary format",
        };
        f.write_str(name)
    }
}

/// Detects the format of `bytes` from their content.
pub fn sniff(bytes: &[u8]) -> Detected {
    if bytes.is_empty() {
        return Detected::Empty;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return sniff_zip(bytes);
    }
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Detected::Pdf;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        let marker: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        return if bytes.windows(marker.len()).any(|w| w == marker) {
            Detected::EncryptedOffice
        } else {
            Detected::LegacyOffice
        };
    }
    if let Some(kind) = image_kind(bytes) {
        return Detected::Image(kind);
    }
    if crate::txt::looks_like_text(bytes) {
        return markup_kind(bytes).unwrap_or(Detected::Text);
    }
    Detected::Unknown
}

fn image_kind(b: &[u8]) -> Option<ImageKind> {
    Some(if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
        ImageKind::Jpeg
    } else if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        ImageKind::Png
    } else if b.starts_with(b"II*\0") || b.starts_with(b"MM\0*") {
        ImageKind::Tiff
    } else if b.starts_with(b"GIF8") {
        ImageKind::Gif
    } else if b.starts_with(b"BM") && b.len() > 14 && b[6..10] == [0, 0, 0, 0] {
        ImageKind::Bmp
    } else {
        return None;
    })
}

/// RTF, HTML and XML are text too; tell them apart from a plain text act by their start.
fn markup_kind(bytes: &[u8]) -> Option<Detected> {
    let text = crate::txt::decode_lossy_head(bytes);
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let lower: String = start
        .chars()
        .take(256)
        .flat_map(char::to_lowercase)
        .collect();
    if lower.starts_with("{\\rtf") {
        Some(Detected::Rtf)
    } else if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with('<') && lower.contains("<html"))
    {
        Some(Detected::Html)
    } else if lower.starts_with("<?xml") {
        Some(if lower.contains("<html") {
            Detected::Html
        } else {
            Detected::Xml
        })
    } else {
        None
    }
}

fn sniff_zip(bytes: &[u8]) -> Detected {
    let Ok(archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Detected::DamagedZip;
    };
    let mut kind = ZipKind::Other;
    for name in archive.file_names() {
        if name.eq_ignore_ascii_case("word/document.xml") {
            return Detected::Docx;
        }
        if name == "mimetype" || name == "content.xml" {
            kind = ZipKind::OpenDocument;
        } else if name.starts_with("xl/") {
            kind = ZipKind::Spreadsheet;
        } else if name.starts_with("ppt/") {
            kind = ZipKind::Presentation;
        }
    }
    // A DOCX whose main part has another name: `_rels/.rels` points to it.
    if crate::docx::main_part_name(bytes).is_some() {
        return Detected::Docx;
    }
    Detected::Zip(kind)
}
