//! Clean-up shared by every format: one `"\n"` between non-empty lines, no invisible
//! characters that would split a word for the depersonalizer.

/// Normalizes raw extracted text: CR/CRLF → LF, soft hyphens and zero-width characters
/// removed, other control characters (but tab) dropped, trailing whitespace trimmed,
/// blank lines removed.
pub(crate) fn finish(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for line in raw.split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{000B}', '\u{000C}']) {
        let start = out.len();
        for c in line.chars() {
            match c {
                '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
                '\t' => out.push('\t'),
                c if c.is_control() => {}
                c => out.push(c),
            }
        }
        let trimmed = out[start..].trim_end().len();
        out.truncate(start + trimmed);
        if out.len() == start || out[start..].trim_start().is_empty() {
            out.truncate(start);
        } else {
            out.push('\n');
        }
    }
    if out.ends_with('\n') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::finish;

    #[test]
    fn normalizes_lines_and_invisible_characters() {
        for (raw, want) in [
            ("a\r\nb\rc\n", "a\nb\nc"),
            ("\n\n  \nАса\u{00AD}нов  \n\n", "Асанов"),
            ("x\u{200B}y\u{0007}z", "xyz"),
            ("col1\tcol2", "col1\tcol2"),
            ("", ""),
        ] {
            assert_eq!(finish(raw), want, "{raw:?}");
        }
    }
}
