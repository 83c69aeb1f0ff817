//! ToUnicode CMaps: `bfchar` and `bfrange` sections, enough for what word processors write.

use std::collections::HashMap;

#[derive(Default)]
pub(crate) struct ToUnicode {
    chars: HashMap<u32, String>,
    /// `(lo, hi, first target)`: code `lo + k` maps to the target with its last unit + k.
    ranges: Vec<(u32, u32, Vec<u16>)>,
}

enum Token<'a> {
    Hex(Vec<u8>),
    Open,
    Close,
    Word(&'a [u8]),
}

fn tokens(data: &[u8]) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let start = i + 1;
                let end = data[start..]
                    .iter()
                    .position(|&b| b == b'>')
                    .map_or(data.len(), |p| start + p);
                let digits: Vec<u8> = data[start..end]
                    .iter()
                    .filter_map(|&b| (b as char).to_digit(16).map(|d| d as u8))
                    .collect();
                let bytes = digits
                    .chunks(2)
                    .map(|c| {
                        if c.len() == 2 {
                            c[0] << 4 | c[1]
                        } else {
                            c[0] << 4
                        }
                    })
                    .collect();
                out.push(Token::Hex(bytes));
                i = end + 1;
            }
            b'[' => {
                out.push(Token::Open);
                i += 1;
            }
            b']' => {
                out.push(Token::Close);
                i += 1;
            }
            b if b.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < data.len() && !b"<>[]% \t\r\n\x0c\0".contains(&data[i]) {
                    i += 1;
                }
                if i == start {
                    i += 1;
                } else {
                    out.push(Token::Word(&data[start..i]));
                }
            }
        }
    }
    out
}

fn code(bytes: &[u8]) -> Option<u32> {
    (bytes.len() <= 4).then(|| bytes.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b)))
}

fn utf16(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect()
}

fn to_string(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied())
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Ranges wider than this are broken input, not a font.
const MAX_RANGE: u32 = 1 << 16;

impl ToUnicode {
    pub(crate) fn parse(data: &[u8]) -> Self {
        let mut map = Self::default();
        let toks = tokens(data);
        let mut i = 0;
        let mut section: &[u8] = b"";
        while i < toks.len() {
            match &toks[i] {
                Token::Word(w) if w.starts_with(b"begin") || w.starts_with(b"end") => {
                    section = w;
                    i += 1;
                }
                Token::Hex(src) if section == b"beginbfchar" => {
                    if let (Some(Token::Hex(dst)), Some(c)) = (toks.get(i + 1), code(src)) {
                        map.chars.insert(c, to_string(&utf16(dst)));
                    }
                    i += 2;
                }
                Token::Hex(lo) if section == b"beginbfrange" => {
                    let (Some(Token::Hex(hi)), Some(lo)) = (toks.get(i + 1), code(lo)) else {
                        i += 1;
                        continue;
                    };
                    let hi = code(hi).unwrap_or(lo);
                    match toks.get(i + 2) {
                        Some(Token::Hex(dst)) => {
                            if hi >= lo && hi - lo <= MAX_RANGE {
                                map.ranges.push((lo, hi, utf16(dst)));
                            }
                            i += 3;
                        }
                        Some(Token::Open) => {
                            let mut j = i + 3;
                            let mut c = lo;
                            while let Some(Token::Hex(dst)) = toks.get(j) {
                                if c <= hi {
                                    map.chars.insert(c, to_string(&utf16(dst)));
                                }
                                c = c.saturating_add(1);
                                j += 1;
                            }
                            i = j + 1;
                        }
                        _ => i += 2,
                    }
                }
                _ => i += 1,
            }
        }
        map.ranges.sort_by_key(|r| r.0);
        map
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.chars.is_empty() && self.ranges.is_empty()
    }

    /// Appends the text of `code` to `out`; false when the CMap does not map it.
    pub(crate) fn get_into(&self, code: u32, out: &mut String) -> bool {
        if let Some(s) = self.chars.get(&code) {
            out.push_str(s);
            return true;
        }
        let idx = self.ranges.partition_point(|r| r.0 <= code);
        let Some((lo, _, base)) = self.ranges[..idx].iter().rev().find(|r| code <= r.1) else {
            return false;
        };
        let Some((last, head)) = base.split_last() else {
            return false;
        };
        let last = last.wrapping_add((code - lo) as u16);
        out.extend(
            char::decode_utf16(head.iter().copied().chain([last]))
                .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)),
        );
        true
    }

    #[cfg(test)]
    fn get(&self, code: u32) -> Option<String> {
        let mut s = String::new();
        self.get_into(code, &mut s).then_some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::ToUnicode;

    #[test]
    fn bfchar_and_bfrange_map_codes() {
        let cmap = ToUnicode::parse(
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
              1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0011> <0410> endbfchar\n\
              2 beginbfrange <0020> <0022> <0430> <0030> <0031> [<0451> <00660069>] endbfrange\n\
              endcmap",
        );
        for (code, want) in [
            (0x03, Some(" ")),
            (0x11, Some("А")),
            (0x20, Some("а")),
            (0x22, Some("в")),
            (0x23, None),
            (0x30, Some("ё")),
            (0x31, Some("fi")),
        ] {
            assert_eq!(cmap.get(code).as_deref(), want, "{code:#x}");
        }
    }
}
