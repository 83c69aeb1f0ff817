//! Fonts: byte codes → Unicode text and glyph widths.
//!
//! Unicode comes from the ToUnicode CMap when there is one (Identity-H fonts from Word and
//! LibreOffice always have it); otherwise from the simple font's base encoding (WinAnsi,
//! MacRoman, Standard) with its `/Differences` glyph names (`afii10017` = «А», `uni0410`…).
//! Old Russian generators put CP1251 bytes in a font declared WinAnsi: such strings are
//! recognised by their bytes and decoded as CP1251.

use std::collections::HashMap;

use encoding_rs::{MACINTOSH, WINDOWS_1251, WINDOWS_1252};
use lopdf::{Dictionary, Document, Object};

use super::cmap::ToUnicode;
use super::{StreamBudget, resolve};

pub(crate) struct Font {
    pub(crate) two_byte: bool,
    to_unicode: Option<ToUnicode>,
    simple: Option<Vec<Option<char>>>,
    cp1251_candidate: bool,
    first_char: u32,
    widths: Vec<f64>,
    cid_widths: HashMap<u32, f64>,
    default_width: f64,
    pub(crate) widths_known: bool,
}

fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    dict.get(key).ok().map(|o| resolve(doc, o))
}

fn get_num(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<f64> {
    get(doc, dict, key).and_then(number)
}

fn base_table(name: &[u8]) -> Vec<Option<char>> {
    let decode = |enc: &'static encoding_rs::Encoding| {
        (0u8..=255)
            .map(|b| {
                let byte = [b];
                let (s, _, bad) = enc.decode(&byte);
                let c = s.chars().next()?;
                (!bad && !c.is_control()).then_some(c)
            })
            .collect()
    };
    match name {
        b"WinAnsiEncoding" => decode(WINDOWS_1252),
        b"MacRomanEncoding" => decode(MACINTOSH),
        _ => (0u8..=255)
            .map(|b| match b {
                b'\'' => Some('\u{2019}'),
                b'`' => Some('\u{2018}'),
                0x20..=0x7E => Some(b as char),
                _ => None,
            })
            .collect(),
    }
}

/// Unicode of an Adobe glyph name, for the names found in `/Differences` of Cyrillic fonts.
pub(crate) fn glyph_char(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    let name = name.split('.').next()?;
    if let Some(hex) = name.strip_prefix("uni").or_else(|| name.strip_prefix('u'))
        && (4..=6).contains(&hex.len())
        && let Ok(v) = u32::from_str_radix(hex, 16)
    {
        return char::from_u32(v);
    }
    if let Some(n) = name
        .strip_prefix("afii")
        .and_then(|n| n.parse::<u32>().ok())
    {
        let cp = match n {
            10017..=10022 => 0x0410 + (n - 10017),
            10023 => 0x0401,
            10024..=10049 => 0x0416 + (n - 10024),
            10051..=10061 => 0x0402 + (n - 10051),
            10062 => 0x040E,
            10145 => 0x040F,
            10065..=10070 => 0x0430 + (n - 10065),
            10071 => 0x0451,
            10072..=10097 => 0x0436 + (n - 10072),
            10099..=10109 => 0x0452 + (n - 10099),
            10110 => 0x045E,
            10193 => 0x045F,
            61352 => 0x2116,
            _ => return None,
        };
        return char::from_u32(cp);
    }
    if name.len() == 1 && name.as_bytes()[0].is_ascii_alphabetic() {
        return name.chars().next();
    }
    Some(match name {
        "space" | "nbspace" => ' ',
        "zero" => '0',
        "one" => '1',
        "two" => '2',
        "three" => '3',
        "four" => '4',
        "five" => '5',
        "six" => '6',
        "seven" => '7',
        "eight" => '8',
        "nine" => '9',
        "exclam" => '!',
        "quotedbl" => '"',
        "numbersign" => '#',
        "dollar" => '$',
        "percent" => '%',
        "ampersand" => '&',
        "quotesingle" => '\'',
        "parenleft" => '(',
        "parenright" => ')',
        "asterisk" => '*',
        "plus" => '+',
        "comma" => ',',
        "hyphen" | "minus" => '-',
        "period" => '.',
        "slash" => '/',
        "colon" => ':',
        "semicolon" => ';',
        "less" => '<',
        "equal" => '=',
        "greater" => '>',
        "question" => '?',
        "at" => '@',
        "bracketleft" => '[',
        "backslash" => '\\',
        "bracketright" => ']',
        "underscore" => '_',
        "braceleft" => '{',
        "bar" => '|',
        "braceright" => '}',
        "quoteleft" => '\u{2018}',
        "quoteright" => '\u{2019}',
        "quotedblleft" => '\u{201C}',
        "quotedblright" => '\u{201D}',
        "quotedblbase" => '\u{201E}',
        "guillemotleft" => '«',
        "guillemotright" => '»',
        "endash" => '\u{2013}',
        "emdash" => '\u{2014}',
        "bullet" => '\u{2022}',
        "ellipsis" => '\u{2026}',
        "degree" => '°',
        "section" => '§',
        "numero" => '\u{2116}',
        "softhyphen" => '\u{00AD}',
        _ => return None,
    })
}

impl Font {
    pub(crate) fn load(doc: &Document, dict: &Dictionary, budget: &mut StreamBudget) -> Font {
        let subtype = get(doc, dict, b"Subtype")
            .and_then(|o| o.as_name().ok())
            .unwrap_or(b"");
        let two_byte = subtype == b"Type0";
        let to_unicode = get(doc, dict, b"ToUnicode")
            .and_then(|o| o.as_stream().ok())
            .and_then(|s| budget.decode(s))
            .map(|data| ToUnicode::parse(&data))
            .filter(|m| !m.is_empty());
        let base_font = get(doc, dict, b"BaseFont")
            .and_then(|o| o.as_name().ok())
            .unwrap_or(b"");
        let mut font = Font {
            two_byte,
            to_unicode,
            simple: None,
            cp1251_candidate: false,
            first_char: 0,
            widths: Vec::new(),
            cid_widths: HashMap::new(),
            default_width: 500.0,
            widths_known: false,
        };
        if two_byte {
            font.load_cid_widths(doc, dict);
        } else {
            font.load_simple(doc, dict, base_font);
        }
        font
    }

    fn load_simple(&mut self, doc: &Document, dict: &Dictionary, base_font: &[u8]) {
        let encoding = get(doc, dict, b"Encoding");
        let (base, differences) = match encoding {
            Some(Object::Name(n)) => (n.as_slice(), None),
            Some(Object::Dictionary(d)) => (
                get(doc, d, b"BaseEncoding")
                    .and_then(|o| o.as_name().ok())
                    .unwrap_or(b""),
                get(doc, d, b"Differences").and_then(|o| o.as_array().ok()),
            ),
            _ => (&b""[..], None),
        };
        let mut table = base_table(base);
        if let Some(diffs) = differences {
            let mut code = 0usize;
            for item in diffs {
                match resolve(doc, item) {
                    Object::Integer(i) => code = (*i).clamp(0, 255) as usize,
                    Object::Name(n) => {
                        if code < 256 {
                            table[code] = glyph_char(n).or(table[code]);
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
        self.cp1251_candidate = self.to_unicode.is_none() && differences.is_none();
        self.simple = Some(table);
        self.first_char = get_num(doc, dict, b"FirstChar").unwrap_or(0.0).max(0.0) as u32;
        if let Some(w) = get(doc, dict, b"Widths").and_then(|o| o.as_array().ok()) {
            self.widths = w
                .iter()
                .map(|o| number(resolve(doc, o)).unwrap_or(0.0))
                .collect();
            self.widths_known = !self.widths.is_empty();
        }
        if let Some(fd) = get(doc, dict, b"FontDescriptor").and_then(|o| o.as_dict().ok())
            && let Some(mw) = get_num(doc, fd, b"MissingWidth")
            && mw > 0.0
        {
            self.default_width = mw;
        }
        if base_font.windows(7).any(|w| w == b"Courier") {
            self.default_width = 600.0;
            self.widths_known = true;
        }
    }

    fn load_cid_widths(&mut self, doc: &Document, dict: &Dictionary) {
        let Some(desc) = get(doc, dict, b"DescendantFonts")
            .and_then(|o| o.as_array().ok())
            .and_then(|a| a.first())
            .map(|o| resolve(doc, o))
            .and_then(|o| o.as_dict().ok())
        else {
            return;
        };
        self.default_width = get_num(doc, desc, b"DW").unwrap_or(1000.0);
        self.widths_known = true;
        let Some(w) = get(doc, desc, b"W").and_then(|o| o.as_array().ok()) else {
            return;
        };
        let mut i = 0;
        while i < w.len() {
            let Some(first) = number(resolve(doc, &w[i])) else {
                break;
            };
            let first = first.max(0.0) as u32;
            match w.get(i + 1).map(|o| resolve(doc, o)) {
                Some(Object::Array(list)) => {
                    for (k, o) in list.iter().enumerate().take(1 << 16) {
                        if let Some(v) = number(resolve(doc, o)) {
                            self.cid_widths.insert(first.saturating_add(k as u32), v);
                        }
                    }
                    i += 2;
                }
                Some(o) => {
                    let last = number(o).unwrap_or(0.0).max(0.0) as u32;
                    let v = w
                        .get(i + 2)
                        .and_then(|o| number(resolve(doc, o)))
                        .unwrap_or(self.default_width);
                    if last >= first && last - first <= 1 << 16 {
                        for c in first..=last {
                            self.cid_widths.insert(c, v);
                        }
                    }
                    i += 3;
                }
                None => break,
            }
        }
    }

    /// Glyph advance of `code`, in thousandths of the font size.
    pub(crate) fn width(&self, code: u32) -> f64 {
        if self.two_byte {
            return self
                .cid_widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width);
        }
        code.checked_sub(self.first_char)
            .and_then(|i| self.widths.get(i as usize))
            .copied()
            .filter(|w| *w > 0.0)
            .unwrap_or(self.default_width)
    }

    /// Calls `f(code, text)` for each glyph of a shown string; `text` is empty when the
    /// font gives no Unicode for the code.
    pub(crate) fn glyphs(&self, bytes: &[u8], scratch: &mut String, mut f: impl FnMut(u32, &str)) {
        if self.two_byte {
            for pair in bytes.chunks(2) {
                let code = pair.iter().fold(0u32, |a, &b| a << 8 | u32::from(b));
                scratch.clear();
                if let Some(m) = &self.to_unicode {
                    m.get_into(code, scratch);
                }
                f(code, scratch);
            }
            return;
        }
        let cp1251 = self.cp1251_candidate && looks_cp1251(bytes);
        for &b in bytes {
            let code = u32::from(b);
            scratch.clear();
            let mapped = self
                .to_unicode
                .as_ref()
                .is_some_and(|m| m.get_into(code, scratch));
            if !mapped {
                if cp1251 && b >= 0x80 {
                    let byte = [b];
                    let (s, _, _) = WINDOWS_1251.decode(&byte);
                    scratch.push_str(&s);
                } else if let Some(Some(c)) = self.simple.as_ref().map(|t| t[b as usize]) {
                    scratch.push(c);
                }
            }
            f(code, scratch);
        }
    }
}

/// A WinAnsi string whose high bytes are mostly in the CP1251 letter block (0xC0–0xFF)
/// is Russian text from a generator that never wrote an encoding.
fn looks_cp1251(bytes: &[u8]) -> bool {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let letters = bytes
        .iter()
        .filter(|&&b| b >= 0xC0 || b == 0xA8 || b == 0xB8)
        .count();
    high > 0 && letters * 10 >= high * 9
}

#[cfg(test)]
mod tests {
    use super::glyph_char;

    #[test]
    fn glyph_names_of_cyrillic_fonts() {
        for (name, want) in [
            (&b"afii10017"[..], Some('А')),
            (b"afii10023", Some('Ё')),
            (b"afii10049", Some('Я')),
            (b"afii10065", Some('а')),
            (b"afii10071", Some('ё')),
            (b"afii10097", Some('я')),
            (b"uni04E9", Some('ө')),
            (b"uni04AF", Some('ү')),
            (b"a", Some('a')),
            (b"seven", Some('7')),
            (b"afii99999", None),
            (b"g123", None),
        ] {
            assert_eq!(glyph_char(name), want, "{}", String::from_utf8_lossy(name));
        }
    }
}
