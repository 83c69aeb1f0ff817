//! lopdf parses nested arrays and dictionaries recursively: a file of a few hundred
//! kilobytes of `[[[[…` overflows the stack and aborts the whole worker, which no
//! `catch_unwind` can stop. Files and content streams are therefore scanned first, and a
//! nesting deeper than any real document has is refused as damaged.

/// Real documents nest a handful of levels; this leaves ample room.
pub(crate) const MAX_NESTING: usize = 64;

/// Whether `data` nests arrays/dictionaries deeper than [`MAX_NESTING`]. Strings,
/// comments and (with `skip_streams`) the bytes between `stream` and `endstream` are
/// skipped, so binary data cannot look nested.
pub(crate) fn too_deep(data: &[u8], skip_streams: bool) -> bool {
    let mut depth = 0usize;
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' => {
                // Literal string: balanced parentheses, backslash escapes.
                let mut level = 0usize;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => level += 1,
                        b')' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'[' => depth += 1,
            b'<' if data.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 1;
            }
            b'<' => {
                // Hex string.
                while i < data.len() && data[i] != b'>' {
                    i += 1;
                }
            }
            b']' => depth = depth.saturating_sub(1),
            b'>' if data.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b's' if skip_streams
                && data[i..].starts_with(b"stream")
                && !data[i..].starts_with(b"streams") =>
            {
                let from = i + 6;
                match data[from..].windows(9).position(|w| w == b"endstream") {
                    Some(p) => i = from + p + 8,
                    None => return false,
                }
            }
            b'B' if !skip_streams && data[i..].starts_with(b"BI") => {
                // Inline image data runs from ID to EI and is binary.
                if let Some(p) = data[i..].windows(3).position(|w| w == b"ID ") {
                    let from = i + p + 3;
                    i = data[from..]
                        .windows(2)
                        .position(|w| w == b"EI")
                        .map_or(data.len(), |q| from + q + 1);
                }
            }
            _ => {}
        }
        if depth > MAX_NESTING {
            return true;
        }
        i += 1;
    }
    false
}

/// What the pre-scan of compressed object streams found wrong.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ObjectStreamProblem {
    /// An object inside nests deeper than [`MAX_NESTING`].
    TooDeep,
    /// Together they inflate to more than the budget (lopdf would inflate them all into
    /// memory while loading, with no limit of its own).
    TooLarge,
}

/// Checks the compressed object streams (`/Type /ObjStm`), which lopdf inflates and
/// parses while loading, before lopdf sees them. At most `budget` inflated bytes are
/// produced in all; more than that is [`ObjectStreamProblem::TooLarge`].
pub(crate) fn check_object_streams(
    data: &[u8],
    mut budget: u64,
) -> Result<(), ObjectStreamProblem> {
    use std::io::Read;
    let mut i = 0;
    while let Some(p) = data[i..].windows(6).position(|w| w == b"stream") {
        let at = i + p;
        i = at + 6;
        let dict = &data[at.saturating_sub(300)..at];
        if !dict.windows(7).any(|w| w == b"/ObjStm") || data[at..].starts_with(b"streams") {
            continue;
        }
        let mut from = at + 6;
        while from < data.len() && matches!(data[from], b'\r' | b'\n') {
            from += 1;
        }
        let end = data[from..]
            .windows(9)
            .position(|w| w == b"endstream")
            .map_or(data.len(), |q| from + q);
        let mut inflated = Vec::new();
        // One byte over the budget tells "too large" from "exactly at the limit".
        let _ = flate2::read::ZlibDecoder::new(&data[from..end])
            .take(budget.saturating_add(1))
            .read_to_end(&mut inflated);
        if inflated.len() as u64 > budget {
            return Err(ObjectStreamProblem::TooLarge);
        }
        budget -= inflated.len() as u64;
        if too_deep(&inflated, true) {
            return Err(ObjectStreamProblem::TooDeep);
        }
        i = end;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::too_deep;

    #[test]
    fn deep_nesting_is_caught_and_binary_is_not_counted() {
        let deep = [b"1 0 obj\n".as_slice(), &[b'['; 1000], &[b']'; 1000]].concat();
        assert!(too_deep(&deep, true));
        let dicts = b"<<".repeat(500);
        assert!(too_deep(&dicts, true));
        let normal = b"<< /Kids [3 0 R] /Font << /F1 5 0 R >> >> [(a[[[[) <5b5b>]";
        assert!(!too_deep(normal, true));
        let stream = [
            b"<< /Length 300 >>\nstream\n".as_slice(),
            &[b'['; 300],
            b"\nendstream",
        ]
        .concat();
        assert!(!too_deep(&stream, true));
        assert!(too_deep(&stream, false));
    }
}
