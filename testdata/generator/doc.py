"""An act under construction: paragraphs of annotated pieces, rendered to TXT/DOCX/PDF.

A template appends paragraphs made of pieces: plain strings, `M` (a mention of personal
data, goes to gold "mentions"), `K` (something that must be kept, goes to gold "kept")
and `B` (bold plain text). The TXT is the concatenation; offsets are computed while
concatenating, so every annotation is exact by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class M:
    text: str
    category: str
    entity: str
    role: str | None = None
    bold_from: int | None = None   # font change mid-word: bold from this char on


@dataclass
class K:
    text: str
    kind: str
    role: str | None = None


@dataclass
class B:
    text: str


@dataclass
class Para:
    pieces: list
    align: str = "justify"        # left | center | right | justify
    bold: bool = False
    size: float | None = None
    space_before: float = 0


@dataclass
class Table:
    rows: list                    # list of rows; row = list of cells; cell = list of pieces
    header: bool = True


@dataclass
class PageBreak:
    pass


@dataclass
class Footnote:
    anchor: int                   # index of the body block the reference is attached to
    pieces: list


@dataclass
class Act:
    id: str
    family: str
    language: str
    blocks: list = field(default_factory=list)
    header: list | None = None    # running header pieces (DOCX header, PDF every page)
    footer: list | None = None
    footnotes: list = field(default_factory=list)
    wrap: int = 0                 # >0: hard-wrap paragraphs at this width (PDF-derived look)
    soft_hyphen_dashes: bool = False
    page_numbers: bool = False

    def p(self, *pieces, **opts) -> int:
        self.blocks.append(Para(flatten(pieces), **opts))
        return len(self.blocks) - 1

    def table(self, rows, header=True):
        self.blocks.append(Table(rows, header))

    def page_break(self):
        self.blocks.append(PageBreak())

    def footnote(self, *pieces):
        anchor = len(self.blocks) - 1
        self.footnotes.append(Footnote(anchor, list(pieces)))


def flatten(pieces) -> list:
    out = []
    for pc in pieces:
        if isinstance(pc, (list, tuple)):
            out.extend(flatten(pc))
        elif pc != "":
            out.append(pc)
    return out


# ---------------------------------------------------------------- compile to text
def _piece_text(pc) -> str:
    return pc if isinstance(pc, str) else pc.text


def _wrap_positions(text: str, width: int) -> list[int]:
    """Indexes of spaces to turn into line breaks so lines are at most `width` chars."""
    out, line_start, last_space = [], 0, -1
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start, last_space = i + 1, -1
            continue
        if ch == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            out.append(last_space)
            line_start, last_space = last_space + 1, -1
    return out


class Compiled:
    """Text, annotations (char offsets) and per-paragraph runs for the renderers."""

    def __init__(self):
        self.text_parts: list[str] = []
        self.pos = 0
        self.mentions: list[tuple] = []
        self.kept: list[tuple] = []
        self.layout: list = []       # rendered structure: ("p", runs, para) / ("table", ...)

    def emit_pieces(self, pieces, wrap=0, soft=False):
        """Append pieces; return runs [(text, bold)] as they appear in the text."""
        raw = "".join(_piece_text(pc) for pc in pieces)
        breaks = set(_wrap_positions(raw, wrap)) if wrap else set()
        runs, i = [], 0
        for pc in pieces:
            t = _piece_text(pc)
            chars = list(t)
            for j in range(len(chars)):
                if i + j in breaks:
                    chars[j] = "\n"
                elif soft and chars[j] == "-" and (isinstance(pc, str) or (
                        isinstance(pc, M) and pc.category == "address")):
                    chars[j] = "\u00ad"
            t = "".join(chars)
            start = self.pos
            if isinstance(pc, M):
                self.mentions.append((start, start + len(t), t, pc))
            elif isinstance(pc, K):
                self.kept.append((start, start + len(t), t, pc))
            if isinstance(pc, M) and pc.bold_from:
                runs.append((t[: pc.bold_from], False))
                runs.append((t[pc.bold_from:], True))
            else:
                runs.append((t, isinstance(pc, B)))
            self.text_parts.append(t)
            self.pos += len(t)
            i += len(_piece_text(pc))
        return runs

    def newline(self):
        self.text_parts.append("\n")
        self.pos += 1

    @property
    def text(self) -> str:
        return "".join(self.text_parts)


def compile_act(act: Act) -> Compiled:
    c = Compiled()
    if act.header:
        runs = c.emit_pieces(act.header)
        c.newline()
        c.layout.append(("header", runs))
    for idx, blk in enumerate(act.blocks):
        if isinstance(blk, Para):
            runs = c.emit_pieces(blk.pieces, act.wrap, act.soft_hyphen_dashes)
            c.newline()
            c.layout.append(("p", runs, blk, idx))
        elif isinstance(blk, Table):
            rows = []
            for row in blk.rows:
                cells = []
                for k, cell in enumerate(row):
                    if k:
                        c.text_parts.append("\t")
                        c.pos += 1
                    cells.append(c.emit_pieces(cell))
                c.newline()
                rows.append(cells)
            c.layout.append(("table", rows, blk, idx))
        elif isinstance(blk, PageBreak):
            c.layout.append(("pagebreak",))
    for fn in act.footnotes:
        runs = c.emit_pieces(fn.pieces)
        c.newline()
        c.layout.append(("footnote", runs, fn))
    if act.footer:
        runs = c.emit_pieces(act.footer)
        c.newline()
        c.layout.append(("footer", runs))
    return c


def gold_json(act: Act, c: Compiled) -> dict:
    text = c.text
    # char offset -> byte offset
    byte_at = [0] * (len(text) + 1)
    acc = 0
    for i, ch in enumerate(text):
        byte_at[i] = acc
        acc += len(ch.encode("utf-8"))
    byte_at[len(text)] = acc
    mentions = []
    for s, e, t, m in sorted(c.mentions, key=lambda x: x[0]):
        d = {"start": byte_at[s], "end": byte_at[e], "text": t, "category": m.category,
             "entity": m.entity}
        if m.category == "name":
            d["role"] = m.role or "unknown"
        mentions.append(d)
    kept = []
    for s, e, t, k in sorted(c.kept, key=lambda x: x[0]):
        d = {"start": byte_at[s], "end": byte_at[e], "text": t, "kind": k.kind}
        if k.role:
            d["role"] = k.role
        kept.append(d)
    return {"id": act.id, "family": act.family, "language": act.language,
            "mentions": mentions, "kept": kept}
