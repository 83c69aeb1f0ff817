//! A content-stream interpreter that keeps only what text needs: the graphics and text
//! matrices, the text state and the shown glyphs with their positions in user space.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::content::Operation;
use lopdf::{Dictionary, Document, Object};

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

#[derive(Default)]
pub(crate) struct Page {
    pub(crate) glyphs: Vec<Glyph>,
    pub(crate) text: String,
    /// Glyphs whose font gave no Unicode.
    pub(crate) unmapped: usize,
}

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

pub(crate) struct Interpreter<'a> {
    doc: &'a Document,
    fonts: &'a std::collections::BTreeMap<Vec<u8>, &'a Dictionary>,
    cache: &'a mut FontCache,
    budget: &'a mut StreamBudget,
    state: State,
    stack: Vec<State>,
    tm: Matrix,
    tlm: Matrix,
    page: Page,
    scratch: String,
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
        fonts: &'a std::collections::BTreeMap<Vec<u8>, &'a Dictionary>,
        cache: &'a mut FontCache,
        budget: &'a mut StreamBudget,
    ) -> Self {
        Self {
            doc,
            fonts,
            cache,
            budget,
            state: State::default(),
            stack: Vec::new(),
            tm: IDENTITY,
            tlm: IDENTITY,
            page: Page::default(),
            scratch: String::new(),
        }
    }

    pub(crate) fn run(
        mut self,
        ops: &[Operation],
        deadline: &Deadline,
    ) -> Result<Page, ExtractError> {
        for (i, op) in ops.iter().enumerate() {
            if i % 2048 == 2047 {
                deadline.check()?;
            }
            self.op(op);
        }
        Ok(self.page)
    }

    fn next_line(&mut self, tx: f64, ty: f64) {
        self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
        self.tm = self.tlm;
    }

    fn op(&mut self, op: &Operation) {
        let o = &op.operands;
        match op.operator.as_str() {
            "q" => {
                if self.stack.len() < MAX_STACK {
                    self.stack.push(self.state.clone());
                }
            }
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
            "BT" => {
                self.tm = IDENTITY;
                self.tlm = IDENTITY;
            }
            "Tc" => self.state.char_spacing = nums::<1>(o).map_or(0.0, |v| v[0]),
            "Tw" => self.state.word_spacing = nums::<1>(o).map_or(0.0, |v| v[0]),
            "Tz" => self.state.h_scale = nums::<1>(o).map_or(100.0, |v| v[0]) / 100.0,
            "TL" => self.state.leading = nums::<1>(o).map_or(0.0, |v| v[0]),
            "Ts" => self.state.rise = nums::<1>(o).map_or(0.0, |v| v[0]),
            "Tf" => {
                if o.len() >= 2 {
                    self.state.size = num(&o[1]);
                    self.state.font = o[0].as_name().ok().and_then(|n| self.font(n));
                }
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
            "\"" => {
                if o.len() >= 3 {
                    self.state.word_spacing = num(&o[0]);
                    self.state.char_spacing = num(&o[1]);
                    self.next_line(0.0, -self.state.leading);
                    if let Object::String(s, _) = &o[2] {
                        self.show(s);
                    }
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

    fn font(&mut self, name: &[u8]) -> Option<Rc<Font>> {
        let dict = *self.fonts.get(name)?;
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
