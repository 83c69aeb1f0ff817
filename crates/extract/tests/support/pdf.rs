//! Small PDFs built with lopdf: Type0/Identity-H fonts with a ToUnicode CMap (as Word and
//! LibreOffice write them), simple fonts with WinAnsi, CP1251 bytes or `/Differences`.
//! Every glyph is 500/1000 em wide so positions are easy to reason about.

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

pub struct Type0 {
    chars: Vec<char>,
}

impl Type0 {
    /// The 2-byte codes of `text` (code = 1 + index in the font's character list).
    pub fn encode(&self, text: &str) -> Vec<u8> {
        text.chars()
            .flat_map(|c| {
                let i = self
                    .chars
                    .iter()
                    .position(|&x| x == c)
                    .expect("char not in font") as u16
                    + 1;
                i.to_be_bytes()
            })
            .collect()
    }
}

pub struct PdfBuilder {
    pub doc: Document,
    pages_id: ObjectId,
    fonts: Dictionary,
    xobjects: Dictionary,
    pages: Vec<ObjectId>,
}

pub fn op(name: &str, operands: Vec<Object>) -> Operation {
    Operation::new(name, operands)
}

pub fn s(bytes: Vec<u8>) -> Object {
    Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

impl Default for PdfBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl PdfBuilder {
    pub fn new() -> Self {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        Self {
            doc,
            pages_id,
            fonts: Dictionary::new(),
            xobjects: Dictionary::new(),
            pages: Vec::new(),
        }
    }

    /// An Identity-H font covering `alphabet`, with a ToUnicode CMap.
    pub fn type0(&mut self, name: &str, alphabet: &str) -> Type0 {
        let chars: Vec<char> = alphabet.chars().collect();
        let mut cmap = String::from(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
        );
        for chunk in chars.chunks(100).enumerate() {
            let (base, chunk) = chunk;
            cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
            for (k, c) in chunk.iter().enumerate() {
                let code = base * 100 + k + 1;
                let mut units = [0u16; 2];
                let hex: String = c
                    .encode_utf16(&mut units)
                    .iter()
                    .map(|u| format!("{u:04X}"))
                    .collect();
                cmap.push_str(&format!("<{code:04X}> <{hex}>\n"));
            }
            cmap.push_str("endbfchar\n");
        }
        cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        let cmap_id = self
            .doc
            .add_object(Stream::new(Dictionary::new(), cmap.into_bytes()));
        let descendant = self.doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "CIDFontType2",
            "BaseFont" => format!("AAAAAA+{name}"),
            "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
            "DW" => 500,
        });
        let font = self.doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type0",
            "BaseFont" => format!("AAAAAA+{name}"),
            "Encoding" => "Identity-H",
            "DescendantFonts" => vec![Object::Reference(descendant)],
            "ToUnicode" => cmap_id,
        });
        self.fonts.set(name, font);
        Type0 { chars }
    }

    /// A simple TrueType font with `encoding` (a name or a dictionary) and 500-wide glyphs.
    pub fn simple(&mut self, name: &str, encoding: Object) {
        let font = self.doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "TrueType",
            "BaseFont" => "TimesNewRoman",
            "FirstChar" => 32,
            "LastChar" => 255,
            "Widths" => (32..=255).map(|_| Object::Integer(500)).collect::<Vec<_>>(),
            "Encoding" => encoding,
        });
        self.fonts.set(name, font);
    }

    /// An 8×8 grey image usable with `/Im1 Do`.
    pub fn image(&mut self) {
        let img = self.doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => 8, "Height" => 8,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            },
            vec![128u8; 64],
        ));
        self.xobjects.set("Im1", img);
    }

    /// Registers an XObject (a form) under `name` in the shared resources.
    pub fn xobject(&mut self, name: &str, id: ObjectId) {
        self.xobjects.set(name, id);
    }

    pub fn page(&mut self, operations: Vec<Operation>) {
        let content = Content { operations };
        let content_id = self
            .doc
            .add_object(Stream::new(Dictionary::new(), content.encode().unwrap()));
        let page_id = self.doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => self.pages_id,
            "Contents" => content_id,
        });
        self.pages.push(page_id);
    }

    pub fn build(mut self) -> Vec<u8> {
        let resources = self.doc.add_object(dictionary! {
            "Font" => self.fonts.clone(),
            "XObject" => self.xobjects.clone(),
        });
        let pages = dictionary! {
            "Type" => "Pages",
            "Kids" => self.pages.iter().map(|&id| Object::Reference(id)).collect::<Vec<_>>(),
            "Count" => self.pages.len() as i64,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        };
        self.doc
            .objects
            .insert(self.pages_id, Object::Dictionary(pages));
        let catalog = self
            .doc
            .add_object(dictionary! { "Type" => "Catalog", "Pages" => self.pages_id });
        self.doc.trailer.set("Root", catalog);
        self.doc.trailer.set(
            "ID",
            vec![
                Object::string_literal("0123456789abcdef"),
                Object::string_literal("0123456789abcdef"),
            ],
        );
        let mut out = Vec::new();
        self.doc.save_to(&mut out).unwrap();
        out
    }
}

/// `BT /font size Tf x y Td <codes> Tj ET`
pub fn text_at(font: &str, size: f64, x: f64, y: f64, codes: Vec<u8>) -> Vec<Operation> {
    vec![
        op("BT", vec![]),
        op(
            "Tf",
            vec![Object::Name(font.as_bytes().to_vec()), size.into()],
        ),
        op("Td", vec![x.into(), y.into()]),
        op("Tj", vec![s(codes)]),
        op("ET", vec![]),
    ]
}
