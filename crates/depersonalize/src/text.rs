//! Tokens of an act with byte offsets into the original text.
//!
//! Words keep their exact place in the text; their normalized form (lowercase, `ё`→`е`,
//! soft hyphens and dash variants folded to `-`) is what every rule compares. Cyrillic
//! case folding is done here once, so matching never depends on a library's ASCII-only
//! folding.

/// One token of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Normalized form of a word (empty for other kinds).
    pub norm: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct(char),
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
}

/// Dash-like characters that real acts use inside words, including the soft hyphen
/// (U+00AD) that many published acts carry where a hyphen was typed.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{00AD}' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}'
    )
}

/// `char::is_alphabetic`, answered quickly for ASCII and Cyrillic (see [`is_word_char`]).
pub fn is_letter(c: char) -> bool {
    is_word_char(c)
}

/// A letter. ASCII and the Cyrillic block (U+0400–U+0481, U+048A–U+04FF: letters only) are
/// answered without the Unicode tables, which dominate tokenizing otherwise.
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

/// Whitespace, with the ASCII cases first.
fn is_space(c: char) -> bool {
    match c {
        ' ' | '\n' | '\r' | '\t' => true,
        _ if c.is_ascii() => c.is_ascii_whitespace() || c == '\u{000B}',
        _ => c.is_whitespace(),
    }
}

/// Lowercase of one char, `ё`→`е`; Russian letters and ASCII without the Unicode tables.
fn push_lower(out: &mut String, c: char) {
    match c {
        'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        'а'..='я' | 'a'..='z' => out.push(c),
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        'Ё' | 'ё' => out.push('е'),
        _ => {
            for l in c.to_lowercase() {
                out.push(if l == 'ё' { 'е' } else { l });
            }
        }
    }
}

/// Lowercase, `ё`→`е`, dashes folded to `-`. In a capitalized word a soft hyphen between
/// letters of one case ("Сей\u{AD}тов", "ТОКТО\u{AD}ГУЛОВИЧА") is the invisible break of a
/// word and is dropped; before a capital ("Ак\u{AD}Кудук"), or inside a lowercase compound
/// ("башчысы\u{AD}аким"), it stands for a typed hyphen.
pub fn normalize_word(word: &str) -> String {
    normalize_plain(word).unwrap_or_else(|| normalize_any(word))
}

/// [`normalize_word`] of a word of ASCII letters, `-` and the Russian and Kyrgyz letters
/// (most words of an act); `None` for a word with any other char.
fn normalize_plain(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    // The chars that stay are copied in runs (most of a word: all but a capital); only
    // the others are pushed one by one.
    let mut copied = 0;
    for (i, c) in word.char_indices() {
        let folded = match c {
            'a'..='z' | '-' | 'а'..='я' | 'ң' | 'ү' | 'ө' => continue,
            'A'..='Z' => c.to_ascii_lowercase(),
            'А'..='Я' => char::from_u32(c as u32 + 0x20)?,
            'Ё' | 'ё' => 'е',
            'Ң' => 'ң',
            'Ү' => 'ү',
            'Ө' => 'ө',
            _ => return None,
        };
        out.push_str(&word[copied..i]);
        out.push(folded);
        copied = i + c.len_utf8();
    }
    out.push_str(&word[copied..]);
    Some(out)
}

/// [`normalize_word`] of any word.
fn normalize_any(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut prev: Option<char> = None;
    let proper = word.chars().next().is_some_and(is_upper);
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        // The hyphen of a line-end break and the break itself ("Жума-\nбаева").
        if is_dash(c) && chars.peek().is_some_and(|n| n.is_whitespace()) {
            while chars.peek().is_some_and(|n| n.is_whitespace()) {
                chars.next();
            }
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        if c == '\u{00AD}'
            && proper
            && let (Some(p), Some(&n)) = (prev, chars.peek())
            && is_word_char(p)
            && is_word_char(n)
            && is_upper(p) == is_upper(n)
        {
            continue;
        }
        if is_dash(c) {
            out.push('-');
        } else {
            push_lower(&mut out, c);
        }
        prev = Some(c);
    }
    out
}

/// After a hyphen, `rest` is a line break (spaces around it allowed) and a lowercase letter:
/// the bytes up to that letter, which continue the word.
fn line_end_hyphenation(rest: &str) -> Option<usize> {
    let trimmed = rest.trim_start_matches([' ', '\t', '\r']);
    let after_break = trimmed.strip_prefix('\n')?.trim_start_matches([' ', '\t']);
    after_break
        .chars()
        .next()
        .filter(|c| c.is_lowercase())
        .map(|_| rest.len() - after_break.len())
}

/// `rest` opens with an initial: one capital letter and a full stop ("Т.С. Асанов").
fn starts_with_initial(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.')
}

/// `head` is an abbreviation in capitals ("КР", "ГНС") and `rest` opens with a capitalized
/// word in lowercase ("Асановой").
fn abbreviation_before_name(head: &str, rest: &str) -> bool {
    let caps = head.chars().count();
    let mut tail = rest.chars();
    (2..=5).contains(&caps)
        && head.chars().all(char::is_uppercase)
        && tail.next().is_some_and(char::is_uppercase)
        && tail.next().is_some_and(char::is_lowercase)
}

/// Splits text into words (letters, with inner dashes and apostrophes), numbers and
/// single punctuation characters; whitespace separates tokens and is not a token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let start = pos;
        pos += c.len_utf8();
        if is_space(c) || c == '\u{feff}' {
            continue;
        }
        if is_word_char(c) {
            pos = word_end(text, start, pos);
            tokens.push(Token {
                start,
                end: pos,
                kind: TokenKind::Word,
                norm: normalize_word(&text[start..pos]),
            });
        } else if c.is_ascii_digit() {
            pos += text.as_bytes()[pos..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            tokens.push(Token {
                start,
                end: pos,
                kind: TokenKind::Number,
                norm: String::new(),
            });
        } else {
            tokens.push(Token {
                start,
                end: pos,
                kind: TokenKind::Punct(c),
                norm: String::new(),
            });
        }
    }
    tokens
}

/// The end of the word that starts at `start` and whose first letter ends at `end`: it
/// goes on over letters, and over an inner dash or apostrophe before a letter.
fn word_end(text: &str, start: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and the letters of the Cyrillic block (see `is_word_char`; U+0482–
        // U+0489, lead byte 0xD2, are no letters) by their first byte, without decoding:
        // most chars of an act.
        match bytes.get(end) {
            None => return end,
            Some(b'a'..=b'z' | b'A'..=b'Z') => {
                end += 1;
                continue;
            }
            Some(0xD0 | 0xD1 | 0xD3) => {
                end += 2;
                continue;
            }
            Some(0xD2) if !(0x82..=0x89).contains(&bytes[end + 1]) => {
                end += 2;
                continue;
            }
            Some(_) => {}
        }
        let Some(next) = text[end..].chars().next() else {
            return end;
        };
        if is_word_char(next) {
            end += next.len_utf8();
        } else if is_dash(next) || next == '\'' || next == '’' {
            // Inner joiner only when a letter follows: "Ак-Кудук", "Жаңы-Жер". Not
            // before an initial: "өкүлү­Т.С. Асанов" (a soft hyphen typed for a
            // space) is a title, then the initials.
            // Nor after an abbreviation in capitals before a capitalized word:
            // "Министерства финансов КР-Асановой" is the body, then the name.
            let rest = &text[end + next.len_utf8()..];
            // "Жума-\nбаева": a word hyphenated at a line end goes on, in lowercase, on the
            // next line.
            if let Some(wrapped) = line_end_hyphenation(rest) {
                end += next.len_utf8() + wrapped;
                continue;
            }
            let after = rest.chars().next();
            if after.is_some_and(is_word_char)
                && !starts_with_initial(rest)
                && !abbreviation_before_name(&text[start..end], rest)
            {
                end += next.len_utf8();
            } else {
                return end;
            }
        } else {
            return end;
        }
    }
}

/// `str::to_lowercase`, with ASCII and Russian letters answered without the Unicode tables
/// (a string with any other char is lowercased by `str::to_lowercase`).
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            'Ё' => 'ё',
            '\0'..='\u{7F}' | 'а'..='я' | 'ё' => c,
            _ => return s.to_lowercase(),
        });
    }
    out
}

/// True when the first letter is uppercase.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(is_upper)
}

/// `char::is_uppercase`, with Russian letters and ASCII answered first.
pub fn is_upper(c: char) -> bool {
    match c {
        'А'..='Я' | 'Ё' | 'A'..='Z' => true,
        'а'..='я' | 'ё' | 'a'..='z' => false,
        _ => c.is_uppercase(),
    }
}

/// True when every letter is uppercase and there are at least two.
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if is_word_char(c) {
            if !is_upper(c) {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// True when only whitespace lies between two byte offsets.
pub fn only_space_between(text: &str, from: usize, to: usize) -> bool {
    from <= to && text[from..to].chars().all(is_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|t| match t.kind {
                TokenKind::Word => t.norm,
                TokenKind::Number => format!("#{}", &text[t.start..t.end]),
                TokenKind::Punct(c) => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("Асанов Б.Ж., 1985 г."),
            ["асанов", "б", ".", "ж", ".", ",", "#1985", "г", "."]
        );
    }

    #[test]
    fn a_word_hyphenated_at_a_line_end_is_one_word() {
        assert_eq!(
            words("Жума-\nбаева Ай- \n гуль, Жалал-\nАбад"),
            ["жумабаева", "айгуль", ",", "жалал", "-", "абад"]
        );
    }

    #[test]
    fn soft_hyphen_inside_a_word_is_a_dash() {
        assert_eq!(words("Ак\u{00AD}Кудукского"), ["ак-кудукского"]);
    }

    #[test]
    fn soft_hyphen_between_letters_of_one_case_is_dropped() {
        assert_eq!(
            words("Сей\u{00AD}тов ТОКТО\u{00AD}ГУЛОВИЧА"),
            ["сейтов", "токтогуловича"]
        );
    }

    #[test]
    fn a_dash_before_an_initial_ends_the_word() {
        assert_eq!(
            words("өкүлү\u{00AD}Т.С. Ак-Т"),
            ["өкүлү", "\u{00AD}", "т", ".", "с", ".", "ак-т"]
        );
    }

    #[test]
    fn a_dash_after_an_abbreviation_before_a_name_ends_the_word() {
        assert_eq!(
            words("КР-Асановой КР-нын ТЕН-ЛИ Ак-Суу"),
            ["кр", "-", "асановой", "кр-нын", "тен-ли", "ак-суу"]
        );
    }

    #[test]
    fn trailing_dash_is_not_part_of_the_word() {
        assert_eq!(words("Асанов- и"), ["асанов", "-", "и"]);
    }

    #[test]
    fn yo_folds_to_ye_and_case_folds_cyrillic() {
        assert_eq!(words("СЕМЁНОВ Өмүрбеков"), ["семенов", "өмүрбеков"]);
    }

    #[test]
    fn fast_paths_agree_with_unicode() {
        for c in (0..=0x2FFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            let mut fast = String::new();
            push_lower(&mut fast, c);
            let slow: String = c
                .to_lowercase()
                .map(|l| if l == 'ё' { 'е' } else { l })
                .collect();
            assert_eq!(fast, slow, "{c:?}");
        }
    }

    #[test]
    fn plain_normalization_agrees_with_the_general_one() {
        for c in (0..=0x2FFF).filter_map(char::from_u32) {
            for word in [
                format!("{c}"),
                format!("Ак{c}ЯЁ"),
                format!("{c}-бӨ"),
                format!("z{c}"),
            ] {
                if let Some(plain) = normalize_plain(&word) {
                    assert_eq!(plain, normalize_any(&word), "{word:?}");
                }
            }
        }
        assert!(normalize_plain("АСАНОВА-Үмүт-Ңурлан-ёлка").is_some());
        // Every char of the plain set is folded there, not by the general path.
        let plain_chars = ('a'..='z')
            .chain('A'..='Z')
            .chain('а'..='я')
            .chain('А'..='Я')
            .chain("-ЁёҢңҮүӨө".chars());
        for c in plain_chars {
            assert!(normalize_plain(&format!("Ак{c}")).is_some(), "{c:?}");
        }
        assert!(normalize_plain("Сей\u{00AD}тов").is_none());
    }

    #[test]
    fn tokenizing_by_bytes_is_tokenizing_by_chars() {
        let pieces = [
            "Асанов",
            "ТОКТО",
            "ёлка",
            "Ё",
            "Ңурлан",
            "үй",
            "Ө",
            "Ak",
            "z",
            "Т.С.",
            "КР",
            "-",
            "\u{00AD}",
            "\u{2010}",
            "\u{2013}",
            "'",
            "’",
            " ",
            "\n",
            "\u{a0}",
            "\u{feff}",
            "12",
            "7",
            ".",
            ",",
            "«",
            "»",
            "҂",
            "\u{0483}",
            "ѐ",
            "ӿ",
            "Ҋ",
            "é",
            "中",
            "😀",
            "ᲃ",
            "-\n",
            "-\r\n  ",
        ];
        // A fixed pseudo-random sequence of pieces.
        let mut state = 2024u32;
        let mut text = String::new();
        for _ in 0..20_000 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            text.push_str(pieces[(state >> 16) as usize % pieces.len()]);
        }
        assert_eq!(tokenize(&text), tokenize_by_chars(&text));
        for piece in pieces {
            let word = format!("а{piece}б {piece}");
            assert_eq!(tokenize(&word), tokenize_by_chars(&word), "{word:?}");
        }
    }

    /// `tokenize` as it was first written, char by char.
    fn tokenize_by_chars(text: &str) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(text.len() / 6);
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if is_space(c) || c == '\u{feff}' {
                continue;
            }
            if is_word_char(c) {
                let mut end = start + c.len_utf8();
                while let Some(&(i, next)) = chars.peek() {
                    if is_word_char(next) {
                        end = i + next.len_utf8();
                        chars.next();
                    } else if is_dash(next) || next == '\'' || next == '’' {
                        // Inner joiner only when a letter follows: "Ак-Кудук", "Жаңы-Жер". Not
                        // before an initial: "өкүлү­Т.С. Асанов" (a soft hyphen typed for a
                        // space) is a title, then the initials.
                        // Nor after an abbreviation in capitals before a capitalized word:
                        // "Министерства финансов КР-Асановой" is the body, then the name.
                        let rest = &text[i + next.len_utf8()..];
                        // "Жума-\nбаева": a word hyphenated at a line end goes on, in lowercase,
                        // on the next line.
                        if let Some(wrapped) = line_end_hyphenation(rest) {
                            end = i + next.len_utf8() + wrapped;
                            chars.next();
                            while chars.peek().is_some_and(|&(k, _)| k < end) {
                                chars.next();
                            }
                            continue;
                        }
                        let after = rest.chars().next();
                        if after.is_some_and(is_word_char)
                            && !starts_with_initial(rest)
                            && !abbreviation_before_name(&text[start..i], rest)
                        {
                            end = i + next.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                tokens.push(Token {
                    start,
                    end,
                    kind: TokenKind::Word,
                    norm: normalize_word(&text[start..end]),
                });
            } else if c.is_ascii_digit() {
                let mut end = start + 1;
                while let Some(&(i, next)) = chars.peek() {
                    if next.is_ascii_digit() {
                        end = i + 1;
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(Token {
                    start,
                    end,
                    kind: TokenKind::Number,
                    norm: String::new(),
                });
            } else {
                tokens.push(Token {
                    start,
                    end: start + c.len_utf8(),
                    kind: TokenKind::Punct(c),
                    norm: String::new(),
                });
            }
        }
        tokens
    }

    #[test]
    fn lowercase_is_str_to_lowercase() {
        for c in (0..=0x2FFF).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("АсЁ{c}z"), format!("{c}Σ Ая")] {
                assert_eq!(lowercase(&s), s.to_lowercase(), "{s:?}");
            }
        }
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "гр. Ңурлан";
        let t = tokenize(text);
        assert_eq!(&text[t[2].start..t[2].end], "Ңурлан");
    }
}
