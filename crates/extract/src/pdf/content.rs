//! A content-stream interpreter that keeps only what text needs: the graphics and text
//! matrices, the text state and the shown glyphs with their positions in user space.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use lopdf::content::Operation;
use lopdf::{Dictionary, Document, Object, Stream};

use super::StreamBudget;
use super::font::Font;
use crate::ExtractError;
use crate::limits::Deadline;

/// One shown glyph: its baseline start and end in user space and its text.
pub(crate) struct Glyph {
    pub(crate) x0: f64,
    pub(crate) x1: f64,
    pub(crate) y: f64,
    pub(crate) size: f64,
    /// Byte range in [`Page::text`].
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) widths_known: bool,
}

/// A horizontal rule at `pos` = y from `from` to `to` (x), or a vertical one at x.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    pub(crate) pos: f64,
    pub(crate) from: f64,
    pub(crate) to: f64,
}

#[derive(Default)]
pub(crate) struct Page {
    pub(crate) glyphs: Vec<Glyph>,
    pub(crate) text: String,
    /// Glyphs whose font gave no Unicode.
    pub(crate) unmapped: usize,
    /// Table borders and other straight lines drawn on the page, in user space.
    pub(crate) h_rules: Vec<Rule>,
    pub(crate) v_rules: Vec<Rule>,
}

/// More rules than this is a drawing, not a table: table detection is skipped.
pub(crate) const MAX_RULES: usize = 4000;

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    char_spacing: f64,
    word_spacing: f64,
    h_scale: f64,
    leading: f64,
    font: Option<Rc<Font>>,
    size: f64,
    rise: f64,
}

impl Default for State {
    fn default() -> Self {
        Self {
            ctm: IDENTITY,
            char_spacing: 0.0,
            word_spacing: 0.0,
            h_scale: 1.0,
            leading: 0.0,
            font: None,
            size: 0.0,
            rise: 0.0,
        }
    }
}

/// Fonts already loaded, keyed by the address of their dictionary in the document, so a
/// font shared by many pages is parsed once.
pub(crate) type FontCache = HashMap<usize, Rc<Font>>;

const MAX_STACK: usize = 256;
const MAX_FORM_DEPTH: usize = 8;
const MAX_OPS_PER_PAGE: usize = 5_000_000;

/// The fonts and XObjects a content stream can name.
#[derive(Default)]
pub(crate) struct Resources<'a> {
    pub(crate) fonts: BTreeMap<Vec<u8>, &'a Dictionary>,
    pub(crate) xobjects: BTreeMap<Vec<u8>, &'a Stream>,
}

impl<'a> Resources<'a> {
    /// Adds the entries of one resource dictionary; entries already present win (a page's
    /// own resources come before those inherited from the page tree).
    pub(crate) fn add(&mut self, doc: &'a Document, resources: &'a Dictionary) {
        let entries = |key: &[u8]| {
            resources
                .get(key)
                .ok()
                .map(|o| super::resolve(doc, o))
                .and_then(|o| o.as_dict().ok())
                .into_iter()
                .flat_map(|d| d.iter())
        };
        for (name, o) in entries(b"Font") {
            if let Ok(dict) = super::resolve(doc, o).as_dict() {
                self.fonts.entry(name.clone()).or_insert(dict);
            }
        }
        for (name, o) in entries(b"XObject") {
            if let Ok(stream) = super::resolve(doc, o).as_stream() {
                self.xobjects.entry(name.clone()).or_insert(stream);
            }
        }
    }

    pub(crate) fn from_dict(doc: &'a Document, resources: &'a Dictionary) -> Self {
        let mut r = Self::default();
        r.add(doc, resources);
        r
    }

    /// The resources of a page, its own first, then those inherited from the page tree.
    pub(crate) fn of_page(doc: &'a Document, page: lopdf::ObjectId) -> Self {
        let mut r = Self::default();
        let mut node = doc.get_dictionary(page).ok();
        for _ in 0..32 {
            let Some(d) = node else { break };
            if let Some(res) = d
                .get(b"Resources")
                .ok()
                .map(|o| super::resolve(doc, o))
                .and_then(|o| o.as_dict().ok())
            {
                r.add(doc, res);
            }
            node = d
                .get(b"Parent")
                .ok()
                .map(|o| super::resolve(doc, o))
                .and_then(|o| o.as_dict().ok());
        }
        r
    }
}

pub(crate) struct Interpreter<'a> {
    doc: &'a Document,
    resources: Resources<'a>,
    cache: &'a mut FontCache,
    budget: &'a mut StreamBudget,
    state: State,
    stack: Vec<State>,
    tm: Matrix,
    tlm: Matrix,
    page: Page,
    scratch: String,
    /// Segments of the path under construction (user space), and whether each came from
    /// a thin rectangle (a rule drawn as a filled box, as Word does).
    path: Vec<(f64, f64, f64, f64, bool)>,
    /// Nesting of form XObjects being run, and operators run so far on this page (forms
    /// can draw forms: both are bounded so a hostile file cannot blow up).
    form_depth: usize,
    executed: usize,
    current: (f64, f64),
    subpath_start: (f64, f64),
}

fn num(o: &Object) -> f64 {
    match o {
        Object::Integer(i) => *i as f64,
        Object::Real(r) => f64::from(*r),
        _ => 0.0,
    }
    .clamp(-1e7, 1e7)
}

fn nums<const N: usize>(ops: &[Object]) -> Option<[f64; N]> {
    if ops.len() < N {
        return None;
    }
    let mut out = [0.0; N];
    for (o, v) in out.iter_mut().zip(&ops[ops.len() - N..]) {
        *o = num(v);
    }
    Some(out)
}

impl<'a> Interpreter<'a> {
    pub(crate) fn new(
        doc: &'a Document,
        resources: Resources<'a>,
        cache: &'a mut FontCache,
        budget: &'a mut StreamBudget,
    ) -> Self {
        Self {
            doc,
            resources,
            form_depth: 0,
            executed: 0,
            cache,
            budget,
            state: State::default(),
            stack: Vec::new(),
            tm: IDENTITY,
            tlm: IDENTITY,
            page: Page::default(),
            scratch: String::new(),
            path: Vec::new(),
            current: (0.0, 0.0),
            subpath_start: (0.0, 0.0),
        }
    }

    pub(crate) fn run(
        mut self,
        ops: &[Operation],
        deadline: &Deadline,
    ) -> Result<Page, ExtractError> {
        self.run_ops(ops, deadline)?;
        Ok(self.page)
    }

    fn run_ops(&mut self, ops: &[Operation], deadline: &Deadline) -> Result<(), ExtractError> {
        for op in ops {
            self.executed += 1;
            if self.executed.is_multiple_of(2048) {
                deadline.check()?;
            }
            if self.executed > MAX_OPS_PER_PAGE {
                return Ok(());
            }
            if op.operator == "Do" {
                if let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) {
                    self.form(name, deadline)?;
                }
            } else {
                self.op(op);
            }
        }
        Ok(())
    }

    /// Runs a form XObject (`/Name Do`): its own matrix and resources, the caller's state
    /// restored afterwards. Images and unknown names are ignored.
    fn form(&mut self, name: &[u8], deadline: &Deadline) -> Result<(), ExtractError> {
        if self.form_depth >= MAX_FORM_DEPTH {
            return Ok(());
        }
        let Some(stream) = self.resources.xobjects.get(name).copied() else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form".as_slice()) {
            return Ok(());
        }
        let Some(data) = self.budget.decode(stream) else {
            return Ok(());
        };
        if super::nesting::too_deep(&data, false) {
            return Ok(());
        }
        let Ok(content) = lopdf::content::Content::decode(&data) else {
            return Ok(());
        };
        let saved_state = self.state.clone();
        let (saved_tm, saved_tlm) = (self.tm, self.tlm);
        if let Ok(Object::Array(m)) = stream.dict.get(b"Matrix")
            && m.len() == 6
        {
            let mut matrix = [0.0; 6];
            for (v, o) in matrix.iter_mut().zip(m) {
                *v = num(super::resolve(self.doc, o));
            }
            self.state.ctm = mul(&matrix, &self.state.ctm);
        }
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .map(|o| super::resolve(self.doc, o))
            .and_then(|o| o.as_dict().ok())
            .map(|d| Resources::from_dict(self.doc, d));
        let saved_resources = own.map(|r| std::mem::replace(&mut self.resources, r));
        let saved_stack = self.stack.len();
        self.form_depth += 1;
        let result = self.run_ops(&content.operations, deadline);
        self.form_depth -= 1;
        self.stack.truncate(saved_stack);
        if let Some(r) = saved_resources {
            self.resources = r;
        }
        self.state = saved_state;
        self.tm = saved_tm;
        self.tlm = saved_tlm;
        result
    }

    fn next_line(&mut self, tx: f64, ty: f64) {
        self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
        self.tm = self.tlm;
    }

    fn op(&mut self, op: &Operation) {
        let o = &op.operands;
        match op.operator.as_str() {
            "q" if self.stack.len() < MAX_STACK => self.stack.push(self.state.clone()),
            "Q" => {
                if let Some(s) = self.stack.pop() {
                    self.state = s;
                }
            }
            "cm" => {
                if let Some(m) = nums::<6>(o) {
                    self.state.ctm = mul(&m, &self.state.ctm);
                }
            }
            "m" => {
                if let Some([x, y]) = nums::<2>(o) {
                    self.current = apply(&self.state.ctm, x, y);
                    self.subpath_start = self.current;
                }
            }
            "l" => {
                if let Some([x, y]) = nums::<2>(o) {
                    let p = apply(&self.state.ctm, x, y);
                    self.segment(self.current, p, false);
                    self.current = p;
                }
            }
            "c" | "v" | "y" => {
                if let Some([x, y]) = nums::<2>(o) {
                    self.current = apply(&self.state.ctm, x, y);
                }
            }
            "h" => self.segment(self.current, self.subpath_start, false),
            "re" => {
                if let Some([x, y, w, h]) = nums::<4>(o) {
                    let m = self.state.ctm;
                    let corners = [
                        apply(&m, x, y),
                        apply(&m, x + w, y),
                        apply(&m, x + w, y + h),
                        apply(&m, x, y + h),
                    ];
                    let (dx, dy) = (
                        (corners[2].0 - corners[0].0).abs(),
                        (corners[2].1 - corners[0].1).abs(),
                    );
                    if dx.min(dy) < 2.5 {
                        // A thin box is a rule along its long side.
                        let (c0, c2) = (corners[0], corners[2]);
                        let mid = ((c0.0 + c2.0) / 2.0, (c0.1 + c2.1) / 2.0);
                        if dx >= dy {
                            self.segment((c0.0, mid.1), (c2.0, mid.1), true);
                        } else {
                            self.segment((mid.0, c0.1), (mid.0, c2.1), true);
                        }
                    } else {
                        for k in 0..4 {
                            self.segment(corners[k], corners[(k + 1) % 4], false);
                        }
                    }
                    self.current = corners[0];
                    self.subpath_start = corners[0];
                }
            }
            "S" | "s" | "B" | "B*" | "b" | "b*" => self.paint(true),
            "f" | "F" | "f*" => self.paint(false),
            "n" => self.path.clear(),
            "BT" => {
                self.tm = IDENTITY;
                self.tlm = IDENTITY;
            }
            "Tc" => self.state.char_spacing = nums::<1>(o).map_or(0.0, |v| v[0]),
            "Tw" => self.state.word_spacing = nums::<1>(o).map_or(0.0, |v| v[0]),
            "Tz" => self.state.h_scale = nums::<1>(o).map_or(100.0, |v| v[0]) / 100.0,
            "TL" => self.state.leading = nums::<1>(o).map_or(0.0, |v| v[0]),
            "Ts" => self.state.rise = nums::<1>(o).map_or(0.0, |v| v[0]),
            "Tf" if o.len() >= 2 => {
                self.state.size = num(&o[1]);
                self.state.font = o[0].as_name().ok().and_then(|n| self.font(n));
            }
            "Td" => {
                if let Some([x, y]) = nums::<2>(o) {
                    self.next_line(x, y);
                }
            }
            "TD" => {
                if let Some([x, y]) = nums::<2>(o) {
                    self.state.leading = -y;
                    self.next_line(x, y);
                }
            }
            "Tm" => {
                if let Some(m) = nums::<6>(o) {
                    self.tlm = m;
                    self.tm = m;
                }
            }
            "T*" => self.next_line(0.0, -self.state.leading),
            "Tj" => {
                if let Some(Object::String(s, _)) = o.first() {
                    self.show(s);
                }
            }
            "'" => {
                self.next_line(0.0, -self.state.leading);
                if let Some(Object::String(s, _)) = o.first() {
                    self.show(s);
                }
            }
            "\"" if o.len() >= 3 => {
                self.state.word_spacing = num(&o[0]);
                self.state.char_spacing = num(&o[1]);
                self.next_line(0.0, -self.state.leading);
                if let Object::String(s, _) = &o[2] {
                    self.show(s);
                }
            }
            "TJ" => {
                if let Some(Object::Array(items)) = o.first() {
                    for item in items {
                        match item {
                            Object::String(s, _) => self.show(s),
                            other => {
                                let adj = num(other);
                                let tx = -adj / 1000.0 * self.state.size * self.state.h_scale;
                                self.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.tm);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn segment(&mut self, a: (f64, f64), b: (f64, f64), thin_box: bool) {
        if self.path.len() < MAX_RULES {
            self.path.push((a.0, a.1, b.0, b.1, thin_box));
        }
    }

    /// Keeps the straight axis-aligned segments of the painted path as rules. A filled
    /// path contributes only its thin boxes: the edges of a shaded area are not borders.
    fn paint(&mut self, stroked: bool) {
        for (x0, y0, x1, y1, thin_box) in std::mem::take(&mut self.path) {
            if !stroked && !thin_box {
                continue;
            }
            let (dx, dy) = ((x1 - x0).abs(), (y1 - y0).abs());
            let rules = if dy <= 1.0 && dx > 2.0 {
                Some((
                    &mut self.page.h_rules,
                    (y0 + y1) / 2.0,
                    x0.min(x1),
                    x0.max(x1),
                ))
            } else if dx <= 1.0 && dy > 2.0 {
                Some((
                    &mut self.page.v_rules,
                    (x0 + x1) / 2.0,
                    y0.min(y1),
                    y0.max(y1),
                ))
            } else {
                None
            };
            if let Some((rules, pos, from, to)) = rules
                && rules.len() < MAX_RULES
                && pos.is_finite()
                && from.is_finite()
                && to.is_finite()
            {
                rules.push(Rule { pos, from, to });
            }
        }
    }

    fn font(&mut self, name: &[u8]) -> Option<Rc<Font>> {
        let dict = *self.resources.fonts.get(name)?;
        let key = dict as *const Dictionary as usize;
        if let Some(f) = self.cache.get(&key) {
            return Some(f.clone());
        }
        let font = Rc::new(Font::load(self.doc, dict, self.budget));
        self.cache.insert(key, font.clone());
        Some(font)
    }

    fn show(&mut self, bytes: &[u8]) {
        let Some(font) = self.state.font.clone() else {
            return;
        };
        let st = &self.state;
        let (size, cs, ws, th, rise) = (
            st.size,
            st.char_spacing,
            st.word_spacing,
            st.h_scale,
            st.rise,
        );
        let ctm = st.ctm;
        let mut scratch = std::mem::take(&mut self.scratch);
        let two_byte = font.two_byte;
        let widths_known = font.widths_known;
        let mut tm = self.tm;
        let page = &mut self.page;
        font.glyphs(bytes, &mut scratch, |code, text| {
            let w0 = font.width(code) / 1000.0;
            let space = !two_byte && code == 32;
            let tx = (w0 * size + cs + if space { ws } else { 0.0 }) * th;
            let trm = mul(&tm, &ctm);
            let (x0, y) = apply(&trm, 0.0, rise);
            let (x1, _) = apply(&trm, tx, rise);
            // Vertical scale of the rendering matrix: the size the reader sees.
            let eff = (size * (trm[2] * trm[2] + trm[3] * trm[3]).sqrt()).abs();
            if text.is_empty() {
                page.unmapped += 1;
            } else if page.text.len() < u32::MAX as usize / 2 {
                let start = page.text.len() as u32;
                page.text.push_str(text);
                page.glyphs.push(Glyph {
                    x0,
                    x1,
                    y,
                    size: eff,
                    start,
                    end: page.text.len() as u32,
                    widths_known,
                });
            }
            tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
        });
        self.tm = tm;
        self.scratch = scratch;
    }
}
