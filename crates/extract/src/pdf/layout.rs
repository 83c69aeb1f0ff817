//! Glyphs → lines of words. Glyphs that continue one another on a baseline form a
//! fragment; fragments on the same baseline form a line, ordered left to right; lines are
//! ordered top to bottom. A word break is a space glyph or a gap wider than a fraction of
//! the font size — never a font change, so "Аса" + bold "нова" stays "Асанова".

use std::collections::{BTreeMap, HashMap};

use super::content::{Glyph, Page, Rule};

/// Gap (in font sizes) between two glyphs that is a word break, when the font's widths
/// are known and when they are guessed.
const WORD_GAP: f64 = 0.15;
const WORD_GAP_GUESSED: f64 = 0.4;
/// Baselines closer than this (in font sizes) are the same line.
const SAME_LINE: f64 = 0.3;

struct Fragment {
    y: f64,
    x0: f64,
    size: f64,
    glyphs: Vec<usize>,
}

/// One line of a page, with its baseline (user space, y grows upwards).
pub(crate) struct Line {
    pub(crate) text: String,
    pub(crate) y: f64,
}

fn size_of(g: &Glyph) -> f64 {
    if g.size.is_finite() && g.size > 0.1 {
        g.size
    } else {
        1.0
    }
}

fn is_blank(page: &Page, g: &Glyph) -> bool {
    page.text[g.start as usize..g.end as usize]
        .trim()
        .is_empty()
}

/// The table cell a glyph sits in: the nearest rules left, right, above and below it,
/// as quantized coordinates.
type CellKey = [i64; 4];

fn q(v: f64) -> i64 {
    (v * 4.0).round() as i64
}

fn cell_of(page: &Page, g: &Glyph) -> Option<CellKey> {
    let mid_x = (g.x0 + g.x1) / 2.0;
    let spans_y = |r: &&Rule| r.from - 1.0 <= g.y && g.y <= r.to + 1.0;
    let spans_x = |r: &&Rule| r.from - 1.0 <= mid_x && mid_x <= r.to + 1.0;
    let left = page
        .v_rules
        .iter()
        .filter(spans_y)
        .filter(|r| r.pos <= mid_x)
        .map(|r| r.pos)
        .reduce(f64::max)?;
    let right = page
        .v_rules
        .iter()
        .filter(spans_y)
        .filter(|r| r.pos > mid_x)
        .map(|r| r.pos)
        .reduce(f64::min)?;
    let above = page
        .h_rules
        .iter()
        .filter(spans_x)
        .filter(|r| r.pos > g.y)
        .map(|r| r.pos)
        .reduce(f64::min)?;
    let below = page
        .h_rules
        .iter()
        .filter(spans_x)
        .filter(|r| r.pos <= g.y)
        .map(|r| r.pos)
        .reduce(f64::max)?;
    Some([q(left), q(right), q(above), q(below)])
}

/// The lines of one page, top to bottom. Glyphs inside ruled table cells become one line
/// per table row, cells left to right separated by `" | "`, as DOCX tables do; a ruled box
/// that is alone on its row (a frame around the page or a paragraph) is not a table.
pub(crate) fn page_lines(page: &Page) -> Vec<Line> {
    let mut cells: HashMap<CellKey, Vec<usize>> = HashMap::new();
    let mut flow = Vec::with_capacity(page.glyphs.len());
    let detect = !page.v_rules.is_empty()
        && !page.h_rules.is_empty()
        && page.v_rules.len() + page.h_rules.len() < super::content::MAX_RULES;
    for (i, g) in page.glyphs.iter().enumerate() {
        match detect.then(|| cell_of(page, g)).flatten() {
            Some(key) => cells.entry(key).or_default().push(i),
            None => flow.push(i),
        }
    }
    // Group cells into rows by their top and bottom rules.
    let mut rows: BTreeMap<(i64, i64), Vec<CellKey>> = BTreeMap::new();
    for key in cells.keys() {
        rows.entry((key[2], key[3])).or_default().push(*key);
    }
    let mut lines = Vec::new();
    for (_, mut row) in rows {
        if row.len() < 2 {
            for key in row {
                flow.extend(cells.remove(&key).unwrap_or_default());
            }
            continue;
        }
        row.sort();
        let mut texts = Vec::with_capacity(row.len());
        let mut top = f64::MIN;
        for key in &row {
            let glyphs = cells.remove(key).unwrap_or_default();
            let cell_lines = lines_of(page, &glyphs);
            top = cell_lines.iter().map(|l| l.y).fold(top, f64::max);
            let mut cell: Vec<String> = cell_lines.into_iter().map(|l| l.text).collect();
            join_hyphens(&mut cell);
            texts.push(
                cell.iter()
                    .map(|t| t.trim())
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        // A cell's text can be blank (spaces only): the row keeps its place for the others.
        lines.push(Line {
            text: texts.join(" | "),
            y: top,
        });
    }
    flow.sort_unstable();
    lines.extend(lines_of(page, &flow));
    lines.sort_by(|a, b| b.y.total_cmp(&a.y));
    lines
}

/// Glyphs (indices in content order) → lines, top to bottom.
fn lines_of(page: &Page, indices: &[usize]) -> Vec<Line> {
    let mut frags: Vec<Fragment> = Vec::new();
    for &i in indices {
        let g = &page.glyphs[i];
        if !(g.x0.is_finite() && g.x1.is_finite() && g.y.is_finite()) {
            continue;
        }
        let size = size_of(g);
        if let Some(f) = frags.last_mut() {
            let last = &page.glyphs[*f.glyphs.last().unwrap_or(&i)];
            let tol = f.size.max(size);
            if (g.y - f.y).abs() <= SAME_LINE * tol && g.x0 >= last.x1.min(last.x0) - 0.6 * tol {
                f.glyphs.push(i);
                f.size = f.size.max(size);
                continue;
            }
        }
        frags.push(Fragment {
            y: g.y,
            x0: g.x0,
            size,
            glyphs: vec![i],
        });
    }
    frags.sort_by(|a, b| b.y.total_cmp(&a.y));

    let mut lines = Vec::new();
    let mut i = 0;
    while i < frags.len() {
        let y = frags[i].y;
        let tol = frags[i].size;
        let mut j = i + 1;
        while j < frags.len() && (frags[j].y - y).abs() <= SAME_LINE * tol.max(frags[j].size) {
            j += 1;
        }
        let line = &mut frags[i..j];
        line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let text = line_text(page, line);
        if !text.trim().is_empty() {
            lines.push(Line { text, y });
        }
        i = j;
    }
    lines
}

fn line_text(page: &Page, frags: &[Fragment]) -> String {
    let mut out = String::new();
    let mut prev: Option<&Glyph> = None;
    let mut pending_space = false;
    for g in frags
        .iter()
        .flat_map(|f| f.glyphs.iter())
        .map(|&i| &page.glyphs[i])
    {
        if is_blank(page, g) {
            pending_space = true;
            prev = Some(g);
            continue;
        }
        if let Some(p) = prev {
            let size = size_of(g).max(size_of(p));
            let factor = if g.widths_known && p.widths_known {
                WORD_GAP
            } else {
                WORD_GAP_GUESSED
            };
            let gap = g.x0 - p.x1;
            if gap > factor * size || gap < -1.5 * size {
                pending_space = true;
            }
        }
        if pending_space && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        pending_space = false;
        out.push_str(&page.text[g.start as usize..g.end as usize]);
        prev = Some(g);
    }
    out
}

/// Joins a word hyphenated at a line end. A soft hyphen (U+00AD) before a letter goes; a
/// hard hyphen between a letter and a lowercase letter goes ("Аса-" + "нова" →
/// "Асанова"); before an uppercase letter it is a compound and stays ("Кара-" + "Суу" →
/// "Кара-Суу", "Петрова-" + "Водкина"), and after a digit too ("2012-" + "жылдын" →
/// "2012-жылдын"). The rest of the word moves up; lines stay lines.
pub(crate) fn join_hyphens(lines: &mut [String]) {
    for i in 1..lines.len() {
        let (head, tail) = lines.split_at_mut(i);
        let cur = &mut head[i - 1];
        let next = &mut tail[0];
        let kept = cur.trim_end().len();
        cur.truncate(kept);
        let (soft, hyphen_len) = if cur.ends_with('\u{00AD}') {
            (true, '\u{00AD}'.len_utf8())
        } else if cur.ends_with('-') {
            (false, 1)
        } else {
            continue;
        };
        let Some(before) = cur[..cur.len() - hyphen_len]
            .chars()
            .next_back()
            .filter(|c| c.is_alphanumeric())
        else {
            continue;
        };
        let rest = next.trim_start();
        let Some(first) = rest.chars().next().filter(|c| c.is_alphanumeric()) else {
            continue;
        };
        // Numbers are never hyphenated: "2012-" + "жылдын" is "2012-жылдын".
        let keep_hyphen = !soft && (!first.is_lowercase() || before.is_numeric());
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        if !keep_hyphen {
            cur.truncate(cur.len() - hyphen_len);
        }
        cur.push_str(&rest[..word_end]);
        *next = rest[word_end..].trim_start().to_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::join_hyphens;

    #[test]
    fn hyphens_join_only_where_safe() {
        for (lines, want) in [
            (vec!["суд Аса-", "нова Б. и"], vec!["суд Асанова", "Б. и"]),
            (vec!["при\u{00AD}", "говор суда"], vec!["приговор", "суда"]),
            (
                vec!["село Кара-", "Суу района"],
                vec!["село Кара-Суу", "района"],
            ),
            (vec!["статья 12-", "я часть"], vec!["статья 12-я", "часть"]),
            (vec!["Аса\u{00AD}", "Нова"], vec!["АсаНова", ""]),
            (
                vec!["2012-", "жылдын 4-", "сентябрындагы"],
                vec!["2012-жылдын", "4-сентябрындагы", ""],
            ),
            (vec!["сумма 100 -", "сом"], vec!["сумма 100 -", "сом"]),
        ] {
            let mut got: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            join_hyphens(&mut got);
            assert_eq!(got, want);
        }
    }
}
