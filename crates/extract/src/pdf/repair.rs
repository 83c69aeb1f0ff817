//! Cross-reference repair. lopdf reads a file only through its `startxref` chain; a file
//! whose table is missing, points to the wrong place or was cut off (a partial upload) is
//! rejected. Like pdftotext and qpdf, we then rebuild the table by scanning for
//! `N G obj` headers, append it with a fresh trailer, and let lopdf read the result.

use std::collections::BTreeMap;

/// Object numbers above this are not from a real act (and would make a huge table).
const MAX_OBJECT_NUMBER: u32 = 1_000_000;

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Digits ending right before `end` (exclusive), skipping whitespace first.
fn number_before(body: &[u8], end: usize) -> Option<(u64, usize)> {
    let mut i = end;
    while i > 0 && is_ws(body[i - 1]) {
        i -= 1;
    }
    let digits_end = i;
    while i > 0 && body[i - 1].is_ascii_digit() {
        i -= 1;
    }
    if i == digits_end || digits_end - i > 10 {
        return None;
    }
    let n = std::str::from_utf8(&body[i..digits_end])
        .ok()?
        .parse()
        .ok()?;
    Some((n, i))
}

/// `num gen R` right after `key` at `at`.
fn reference_after(body: &[u8], at: usize) -> Option<(u32, u16)> {
    let rest = body.get(at..)?;
    let text = std::str::from_utf8(&rest[..rest.len().min(40)])
        .ok()
        .or_else(|| {
            // Cut at a char boundary is not needed: the prefix we want is ASCII.
            let ascii_len = rest.iter().take(40).take_while(|b| b.is_ascii()).count();
            std::str::from_utf8(&rest[..ascii_len]).ok()
        })?;
    let mut parts = text.split_ascii_whitespace();
    let num = parts.next()?.parse().ok()?;
    let generation = parts.next()?.parse().ok()?;
    parts.next()?.starts_with('R').then_some((num, generation))
}

/// The file with a rebuilt cross-reference table appended, or `None` when no objects or
/// no catalog can be found.
pub(crate) fn rebuild_xref(bytes: &[u8]) -> Option<Vec<u8>> {
    let start = find(&bytes[..bytes.len().min(1024)], b"%PDF-", 0)?;
    let body = &bytes[start..];
    let mut objects: BTreeMap<u32, (u16, usize)> = BTreeMap::new();
    let mut pos = 0;
    while let Some(k) = find(body, b"obj", pos) {
        pos = k + 3;
        if body.get(k + 3).is_some_and(|&b| b.is_ascii_alphanumeric()) {
            continue; // "objstm" or a word
        }
        let Some((generation, gen_start)) = number_before(body, k) else {
            continue;
        };
        let Some((num, num_start)) = number_before(body, gen_start) else {
            continue;
        };
        if num_start == gen_start || (num_start > 0 && !is_ws(body[num_start - 1])) {
            continue;
        }
        if !(1..=u64::from(MAX_OBJECT_NUMBER)).contains(&num) || generation > 65535 {
            continue;
        }
        objects.insert(num as u32, (generation as u16, num_start));
    }
    let max = *objects.keys().next_back()?;

    // The catalog: the last trailer's /Root, else an object declaring /Type /Catalog.
    let mut root = None;
    let mut p = 0;
    while let Some(k) = find(body, b"/Root", p) {
        p = k + 5;
        if let Some(r) = reference_after(body, k + 5) {
            root = Some(r);
        }
    }
    if root.is_none() {
        let entries: Vec<_> = objects.iter().collect();
        for (i, &(&num, &(generation, off))) in entries.iter().enumerate() {
            let end = entries.get(i + 1).map_or(body.len(), |e| e.1.1).max(off);
            let end = end.min(off + 4096);
            let obj = &body[off..end];
            if find(obj, b"/Catalog", 0).is_some() {
                root = Some((num, generation));
                break;
            }
        }
    }
    let (root_num, root_gen) = root?;
    let trailer_at = body
        .windows(7)
        .rposition(|w| w == b"trailer")
        .unwrap_or(body.len());
    let tail = &body[trailer_at..];
    let encrypt = find(tail, b"/Encrypt", 0).and_then(|k| reference_after(tail, k + 8));
    let id = find(tail, b"/ID", 0).and_then(|k| {
        let open = find(tail, b"[", k)?;
        let close = find(tail, b"]", open)?;
        (close - k < 200).then(|| &tail[open..=close])
    });

    let mut out = Vec::with_capacity(body.len() + (max as usize + 1) * 20 + 256);
    out.extend_from_slice(body);
    out.push(b'\n');
    let xref_at = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", max + 1).as_bytes());
    for n in 1..=max {
        let line = match objects.get(&n) {
            Some((generation, off)) => format!("{off:010} {generation:05} n \n"),
            None => "0000000000 00000 f \n".to_owned(),
        };
        out.extend_from_slice(line.as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root {root_num} {root_gen} R",
            max + 1
        )
        .as_bytes(),
    );
    if let Some((n, g)) = encrypt {
        out.extend_from_slice(format!(" /Encrypt {n} {g} R").as_bytes());
    }
    if let Some(id) = id {
        out.extend_from_slice(b" /ID ");
        out.extend_from_slice(id);
    }
    out.extend_from_slice(format!(" >>\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    Some(out)
}
