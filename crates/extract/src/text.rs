//! Clean-up shared by every format: one `"\n"` between non-empty lines, no invisible
//! characters that would split a word for the depersonalizer.

/// Normalizes raw extracted text: CR/CRLF → LF, soft hyphens and zero-width characters
/// removed, other control characters (but tab) dropped, trailing whitespace trimmed,
/// blank lines removed.
pub(crate) fn finish(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for line in raw.split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{000B}', '\u{000C}']) {
        let start = out.len();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                // Published acts carry U+00AD where a hyphen was typed ("Ак\u{AD}Кудук",
                // "05\u{AD}1977/12", "2013\u{AD}жылдын"): before a capital or a digit, or
                // after a digit, it is a hyphen; inside a lowercase word it is a soft hyphen.
                '\u{00AD}' => {
                    let prev = out[start..].chars().next_back();
                    let next = chars.peek().copied();
                    let hyphen = prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit())
                        || prev.is_some_and(|p| p.is_ascii_digit())
                            && next.is_some_and(char::is_alphanumeric);
                    if hyphen {
                        out.push('-');
                    }
                }
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
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
            (
                "Ак\u{00AD}Кудук № 05\u{00AD}1977/12, 2013\u{00AD}жылдын",
                "Ак-Кудук № 05-1977/12, 2013-жылдын",
            ),
            ("col1\tcol2", "col1\tcol2"),
            ("", ""),
        ] {
            assert_eq!(finish(raw), want, "{raw:?}");
        }
    }
}

/// Words that label a page number in a running header or footer.
const PAGE_LABELS: [&str; 9] = [
    "стр.",
    "стр",
    "страница",
    "с.",
    "лист",
    "бет",
    "бет:",
    "page",
    "стр.:",
];

fn is_number(t: &str) -> bool {
    !t.is_empty() && t.len() <= 5 && t.bytes().all(|b| b.is_ascii_digit())
}

/// A running header/footer line without its page number: "Копия верна стр. 2" → "Копия
/// верна", "Страница 2 из 5" → "", "- 3 -" → "", "2" → "", "3-бет" → "". A number without
/// a page label after other words ("Дело № 123") is kept.
pub(crate) fn strip_page_number(line: &str) -> String {
    let mut tokens: Vec<&str> = line.split_whitespace().collect();
    let dash = |t: &str| matches!(t, "-" | "—" | "–");
    let page_no = |t: &str| is_number(t) || t.strip_suffix("-бет").is_some_and(is_number);
    let n = tokens.len();
    if n >= 3
        && is_number(tokens[n - 1])
        && matches!(tokens[n - 2], "из" | "/" | "of")
        && is_number(tokens[n - 3])
    {
        tokens.truncate(n - 2);
    }
    match tokens.as_slice() {
        [t] if page_no(t) => return String::new(),
        [a, t, b] if dash(a) && is_number(t) && dash(b) => return String::new(),
        _ => {}
    }
    let n = tokens.len();
    if n >= 2
        && page_no(tokens[n - 1])
        && PAGE_LABELS.contains(&tokens[n - 2].to_lowercase().as_str())
    {
        tokens.truncate(n - 2);
    }
    tokens.join(" ")
}

#[cfg(test)]
mod page_number_tests {
    use super::strip_page_number;

    #[test]
    fn page_numbers_are_stripped_from_running_lines() {
        for (line, want) in [
            ("Копия верна стр. 2", "Копия верна"),
            ("Көчүрмөсү туура стр. 1", "Көчүрмөсү туура"),
            ("Страница 2 из 5", ""),
            ("- 3 -", ""),
            ("12", ""),
            ("3-бет", ""),
            ("Ленинский районный суд", "Ленинский районный суд"),
            ("Дело № 5-123", "Дело № 5-123"),
            ("Дело № 123", "Дело № 123"),
        ] {
            assert_eq!(strip_page_number(line), want, "{line}");
        }
    }
}
